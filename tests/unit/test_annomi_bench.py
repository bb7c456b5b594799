"""The AnnoMI agreement bench reads the real file format and turns rows into scoring cases.

The rows below are invented (AnnoMI itself is not vendored); they use AnnoMI-full.csv's
columns, quoting and label values, so a change in how the bench reads them shows up here.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import annomi_agreement as bench  # noqa: E402

HEADER = ["mi_quality", "transcript_id", "video_title", "video_url", "topic", "utterance_id",
          "interlocutor", "timestamp", "utterance_text", "annotator_id", "therapist_input_exists",
          "therapist_input_subtype", "reflection_exists", "reflection_subtype", "question_exists",
          "question_subtype", "main_therapist_behaviour", "client_talk_type"]
NA = ["n/a"] * 7


def _therapist(q: str, t: int, u: int, text: str, a: int, labels: list[str]) -> list[str]:
    return [q, str(t), 'A "title", quoted', "https://example.org", "smoking", str(u), "therapist",
            "00:00:01", text, str(a), *labels, "n/a"]


def _client(q: str, t: int, u: int, text: str) -> list[str]:
    return [q, str(t), "title", "https://example.org", "smoking", str(u), "client", "00:00:02",
            text, "0", *NA, "neutral"]


REFLECT = ["False", "n/a", "True", "complex", "False", "n/a", "reflection"]
OPEN_Q = ["False", "n/a", "False", "n/a", "True", "open", "question"]
ADVICE = ["True", "advice", "False", "n/a", "False", "n/a", "therapist_input"]


@pytest.fixture
def annomi_csv(tmp_path: Path) -> Path:
    rows = [
        _client("high", 2, 0, "I smoke more when work gets busy, like a pack a day."),
        _therapist("high", 2, 1, "So the stress, uh, it kind of pulls the cigarettes along with it.",
                   0, REFLECT),
        _therapist("high", 2, 1, "So the stress, uh, it kind of pulls the cigarettes along with it.",
                   5, OPEN_Q),  # the same turn coded by a second annotator
        _client("high", 2, 2, "Yeah, exactly."),
        _therapist("high", 2, 3, "What would a calmer week look like, for you?", 0, OPEN_Q),
        _client("low", 3, 0, "I don't think it's a big deal."),
        _therapist("low", 3, 1, "You need to quit, honestly, it's going to kill you.", 1, ADVICE),
    ]
    path = tmp_path / "AnnoMI-full.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_rows_become_cases_with_history_and_gold_codes(annomi_csv: Path) -> None:
    items, second = bench.build_items(bench.read_rows(annomi_csv), "all")
    assert [i["id"] for i in items] == ["annomi-2-1", "annomi-2-3", "annomi-3-1"]
    first = items[0]
    assert first["history"] == [{"role": "client",
                                 "text": "I smoke more when work gets busy, like a pack a day."}]
    assert first["behaviors"] == ["complex_reflection"]  # the first annotator is the gold
    assert items[1]["history"][-2]["role"] == "trainee"  # the therapist's own earlier turn
    assert items[2]["behaviors"] == ["advise"] and items[2]["quality"] == "low"
    assert second == [(["complex_reflection"], ["open_question"])]  # the double-coded turn


def test_parts_split_by_transcript(annomi_csv: Path) -> None:
    rows = bench.read_rows(annomi_csv)
    tune, _ = bench.build_items(rows, "tune")
    check, _ = bench.build_items(rows, "check")
    assert {i["transcript"] for i in tune} == {2}
    assert {i["transcript"] for i in check} == {3}


def test_low_quality_session_scores_lower_on_this_toy_pair(annomi_csv: Path) -> None:
    from evaluators.accuracy import run_evaluator
    from evaluators.registry import get_evaluator

    items, _ = bench.build_items(bench.read_rows(annomi_csv), "all")
    preds, _ = run_evaluator(get_evaluator("local"), items)
    sessions = bench.session_quality(items, preds)
    assert sessions["mean"]["high"] > sessions["mean"]["low"]
    assert sessions["mean"]["auc"] == 1.0


def test_auc_counts_ties_as_half() -> None:
    assert bench.auc([3.0, 4.0], [3.0]) == 0.75
    assert bench.auc([], [1.0]) != bench.auc([], [1.0])  # nan when a side is empty


def test_three_or_more_coders_decide_by_majority() -> None:
    def row(labels: list[str]) -> dict[str, str]:
        keys = ["ti", "tis", "re", "res", "qe", "qs", "main"]
        return dict(zip(keys, labels, strict=True))

    simple = ["False", "n/a", "True", "simple", "False", "n/a", "reflection"]
    # Two of three say complex reflection, one says open question: the majority wins.
    assert bench.consensus_codes([row(OPEN_Q), row(REFLECT), row(REFLECT)]) == ["complex_reflection"]
    # Reflection given by all three; the kind follows the majority of those who gave it.
    assert bench.consensus_codes([row(simple), row(simple), row(REFLECT)]) == ["simple_reflection"]
    # With two coders the first coder stands (a 1-1 split has no majority).
    assert bench.consensus_codes([row(OPEN_Q), row(REFLECT)]) == ["open_question"]


def test_learned_ceiling_picks_a_threshold_that_separates() -> None:
    import annomi_learned_ceiling as ceiling
    import numpy as np

    rng = np.random.RandomState(0)
    y = (rng.rand(200) > 0.7).astype(float)
    x = np.hstack([y[:, None] * 2.0 + rng.randn(200, 1) * 0.3, rng.randn(200, 3)])
    transcripts = np.arange(200) % 16
    cv, lam, threshold = ceiling.choose(x, y, transcripts)
    assert cv > 0.9 and lam in ceiling.LAMBDAS and 0.2 <= threshold < 0.8
