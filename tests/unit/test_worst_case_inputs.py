"""Pathological input codes like the ordinary text it contains, and the patterns that used to
take quadratic time on it still find what they are for.

Why: a run of thousands of spaces, line breaks or digits made some of the coder's patterns
retry at every position (6 s for 20,000 spaces). Whitespace is now squeezed before the rules
read a turn, and two patterns no longer restart inside a run. Timing is measured by
`bench/worst_case_inputs.py`, not asserted here; these tests pin the behaviour the fix must
keep.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from evaluators import get_evaluator
from evaluators import patterns as P
from evaluators.segment import sentences, squeeze_space
from evaluators.types import Message, TurnEvaluation, TurnInput

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import worst_case_inputs as bench  # noqa: E402

CLIENT = "I keep telling myself I'll stop, and then Friday comes and I'm at the bar again."
REPLY = "So part of you wants to stop, and Fridays pull you back. What happens on Fridays?"


def test_a_typed_line_ends_a_sentence_but_a_wrapped_line_runs_on() -> None:
    """Chat comes one thought a line; text wrapped by hand breaks after "to" or a comma."""
    assert sentences(squeeze_space("ugh im so sorry\nthat must feel crushing")) == [
        "ugh im so sorry", "that must feel crushing"]
    assert squeeze_space("you need to\n  keep going,\nok") == "you need to keep going, ok"


def test_squeeze_space_turns_every_run_of_whitespace_into_one_space() -> None:
    assert squeeze_space("So  part\tof\n\nyou\u00a0 wants") == "So part of you wants"
    assert squeeze_space(REPLY) == REPLY


DIMS = ("active_listening", "validation", "non_authoritative")


def _evaluate(client: str, reply: str) -> TurnEvaluation:
    return get_evaluator("local").evaluate(
        TurnInput(history=[Message(role="client", text=client)], utterance=reply))


def test_a_turn_pasted_with_line_breaks_and_padding_is_coded_like_the_plain_one() -> None:
    padded_client = CLIENT.replace(", and ", ",\n\n   and ")
    padded_reply = "  " + REPLY.replace(". ", ".\n\n" + " " * 5000).replace(" on ", "   on ") + "\t"
    plain, padded = _evaluate(CLIENT, REPLY), _evaluate(padded_client, padded_reply)
    assert list(plain.behaviors) == ["complex_reflection", "open_question"]
    assert padded.behaviors == plain.behaviors
    assert [padded.scores.get(d).value for d in DIMS] == [plain.scores.get(d).value for d in DIMS]
    # the quotes shown as evidence read like the plain turn, not like the padding
    quoted = [span for d in DIMS for span in padded.scores.get(d).evidence]
    assert "What happens on Fridays?" in quoted
    assert not any(re.search(r"\s{2,}|[\n\t]", span) for span in quoted)


@pytest.mark.parametrize("text", [
    "so, honestly, i lost my job the same week",
    "and yeah, um, i tapered off klonopin in 2021",
])
def test_own_story_after_several_lead_words_is_still_self_disclosure(text: str) -> None:
    assert P.SELF_DISCLOSE.search(text)


@pytest.mark.parametrize("text", ["about 40% of people relapse in the first year",
                                  "roughly 1 in 3, so 33 % or so"])
def test_a_percentage_is_still_information(text: str) -> None:
    assert P.INFORM.search(text)


def test_the_bench_times_every_case_against_ordinary_prose(capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    assert bench.main(["--chars", "300", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "ordinary prose (baseline)" in out
    for name in bench.CASES:
        assert name in out
