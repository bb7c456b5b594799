"""The combined evaluator: reducers, parallel members, failing members, provenance."""

from __future__ import annotations

import threading
import time

import pytest

from evaluators.combine import CombinedEvaluator, make_combined
from evaluators.types import DIMENSIONS, Provenance, Score, Scores, TurnEvaluation, TurnInput

TURN = TurnInput(history=[{"role": "client", "text": "I hate my job."}], utterance="You hate it.")


class Member:
    """A scripted evaluator returning fixed scores (None = unscored), optionally slow/failing."""

    version = "t"

    def __init__(self, name: str, values: dict[str, float | None], behaviors=None,
                 delay: float = 0.0, error: Exception | None = None, barrier=None) -> None:
        self.name = name
        self.values = values
        self.behaviors = behaviors or []
        self.delay = delay
        self.error = error
        self.barrier = barrier
        self.args = {"scripted": True}

    def evaluate(self, turn: TurnInput) -> TurnEvaluation:
        if self.barrier is not None:
            self.barrier.wait(timeout=5)
        time.sleep(self.delay)
        if self.error:
            raise self.error
        scores = {
            d: Score(value=v, explanation=self.name) if v is not None else Score.unscored("x")
            for d, v in self.values.items()
        }
        return TurnEvaluation(
            utterance=turn.utterance, scores=Scores(**scores), behaviors=self.behaviors,
            provenance=[Provenance(evaluator=self.name, version="t", latency_ms=1.0)],
        )


ALL = dict.fromkeys(DIMENSIONS)


def test_mean_ignores_unscored_members() -> None:
    a = Member("local", {**dict.fromkeys(DIMENSIONS, 2.0)}, behaviors=["simple_reflection"])
    b = Member("llm_judge", {**dict.fromkeys(DIMENSIONS, 4.0), "validation": None})
    result = CombinedEvaluator([a, b], reducer="mean").evaluate(TURN)
    assert result.score_values() == {"active_listening": 3.0, "validation": 2.0,
                                     "non_authoritative": 3.0}
    assert result.behaviors == ["simple_reflection"]


def test_all_unscored_stays_unscored() -> None:
    a = Member("local", ALL)
    b = Member("llm_judge", ALL)
    result = CombinedEvaluator([a, b], reducer="mean").evaluate(TURN)
    assert all(v is None for v in result.score_values().values())
    assert result.scores.validation.unscored_reason


def test_prefer_judge_with_fallback_per_dimension() -> None:
    local = Member("local", dict.fromkeys(DIMENSIONS, 3.0), behaviors=["other"])
    judge = Member("llm_judge", {**dict.fromkeys(DIMENSIONS, 5.0), "validation": None},
                   behaviors=["affirm"])
    result = CombinedEvaluator([local, judge], reducer="prefer_judge").evaluate(TURN)
    assert result.score_values() == {"active_listening": 5.0, "validation": 3.0,
                                     "non_authoritative": 5.0}
    assert result.behaviors == ["other"]  # behaviours come from the coder by default
    assert "judge unscored" in result.scores.validation.explanation


def test_failing_member_is_unscored_and_the_other_stands() -> None:
    local = Member("local", dict.fromkeys(DIMENSIONS, 4.0))
    judge = Member("llm_judge", ALL, error=TimeoutError("too slow"))
    result = CombinedEvaluator([local, judge]).evaluate(TURN)
    assert result.score_values() == dict.fromkeys(DIMENSIONS, 4.0)
    names = [p.evaluator for p in result.provenance]
    assert names == ["local", "llm_judge"]


def test_members_run_in_parallel() -> None:
    barrier = threading.Barrier(2)  # each member waits for the other: deadlocks if sequential
    a = Member("local", dict.fromkeys(DIMENSIONS, 3.0), barrier=barrier, delay=0.2)
    b = Member("llm_judge", dict.fromkeys(DIMENSIONS, 3.0), barrier=barrier, delay=0.2)
    started = time.perf_counter()
    CombinedEvaluator([a, b]).evaluate(TURN)
    assert time.perf_counter() - started < 0.39


def test_unknown_reducer_rejected() -> None:
    with pytest.raises(ValueError, match="reducer"):
        CombinedEvaluator([Member("local", ALL)], reducer="median")  # type: ignore[arg-type]


def test_registry_names_and_unbuildable_judge() -> None:
    # Without a configured judge model, the judge member is unavailable: local still scores.
    combined = make_combined(["local", "llm_judge"])
    result = combined.evaluate(TURN)
    assert all(v is not None for v in result.score_values().values())
    assert combined.args["evaluators"] == ["local", "llm_judge"]
    with pytest.raises(KeyError):
        make_combined(["no_such_evaluator"])
