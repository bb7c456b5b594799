"""The small pieces the research toolkit stands on: AUC, pseudonyms, re-score keys, job seeds."""

from __future__ import annotations

import math

import pytest

from evaluators.registry import get_evaluator
from simulator.batch import BatchSpec, session_seed
from simulator.pseudonym import Pseudonymiser
from simulator.rescore import parse_args, rescore_key
from simulator.stats import auc, auc_bootstrap


def test_auc_counts_ties_half_and_handles_empty_groups():
    assert auc([3, 4, 5], [1, 2]) == 1.0
    assert auc([1, 2], [3, 4]) == 0.0
    assert auc([1, 1], [1, 1]) == 0.5
    assert auc([2, 1], [1]) == 0.75
    assert math.isnan(auc([], [1]))


def test_bootstrap_interval_is_seeded_and_brackets_the_estimate():
    pos, neg = [0.8, 0.7, 0.9, 0.4, 0.85], [0.1, 0.5, 0.2, 0.45, 0.3]
    a = auc_bootstrap(pos, neg, n_boot=500, seed=3)
    b = auc_bootstrap(pos, neg, n_boot=500, seed=3)
    assert (a.auc, a.low, a.high) == (b.auc, b.low, b.high)
    assert a.low <= a.auc <= a.high <= 1.0
    assert a.text().startswith(f"{a.auc:.2f} [")
    assert math.isnan(auc_bootstrap([], neg).auc)


def test_pseudonyms_are_stable_and_cover_persona_and_people_names():
    p = Pseudonymiser([{"id": "marcus-bell", "name": "Marcus Bell"}], salt="s")
    texts = ["My sister Denise worries. Denise means well.", "Dr. Okafor knows. I told Marcus Bell."]
    p.learn_all(texts)
    out = [p.text(t) for t in texts]
    joined = " ".join(out)
    for name in ("Denise", "Okafor", "Marcus", "Bell"):
        assert name not in joined
    assert out[0].count(p.names["Denise"]) == 2  # sentence-initial too, once learned
    assert p.names["Marcus"] == p.names["Marcus Bell"] == p.persona_name("Marcus Bell")
    assert "My sister" in out[0] and out[1].startswith("Dr.")  # common words stay
    assert p.persona_id("marcus-bell").startswith("client-")
    again = Pseudonymiser([{"id": "marcus-bell", "name": "Marcus Bell"}], salt="s")
    assert again.persona_name("Marcus Bell") == p.persona_name("Marcus Bell")
    assert Pseudonymiser([{"id": "marcus-bell", "name": "Marcus Bell"}], salt="t").persona_name(
        "Marcus Bell") != p.persona_name("Marcus Bell")


def test_rescore_args_and_keys():
    assert parse_args(["suggest=false", "n=3", "name=x y"]) == {"suggest": False, "n": 3, "name": "x y"}
    with pytest.raises(ValueError, match="key=value"):
        parse_args(["oops"])
    same = rescore_key(get_evaluator("local", suggest=False))
    assert same == rescore_key(get_evaluator("local", suggest=False))
    assert same != rescore_key(get_evaluator("local", suggest=True))


def test_job_seeds_are_stable_and_distinct():
    spec = BatchSpec(name="x", personas=["a", "b"], profiles=["skilled", "novice"], repeats=2)
    keys = [job.key for job in spec.jobs()]
    assert len(keys) == 8 and keys[0] == "a|skilled:scripted|1"
    seeds = {session_seed(1, k) for k in keys}
    assert len(seeds) == 8 and session_seed(1, keys[0]) == session_seed(1, keys[0])
    assert session_seed(2, keys[0]) != session_seed(1, keys[0])


class _CountingEvaluator:
    """evaluate_many records its batch sizes; an utterance containing "boom" fails."""

    name, version, args = "counting", "1", {"x": 1}

    def __init__(self):
        self.batches: list[int] = []

    def evaluate(self, turn):
        if "boom" in turn.utterance:
            raise ValueError("boom")
        return get_evaluator("local", classifier=False).evaluate(turn)

    def evaluate_many(self, turns):
        self.batches.append(len(turns))
        return [self.evaluate(t) for t in turns]


def test_micro_batching_evaluator_batches_threads_and_isolates_failures():
    from concurrent.futures import ThreadPoolExecutor

    from evaluators.types import TurnInput
    from simulator.eval_batching import MicroBatchingEvaluator, can_batch

    inner = _CountingEvaluator()
    assert can_batch(inner)
    with MicroBatchingEvaluator(inner) as batching:
        assert (batching.name, batching.version, batching.args) == ("counting", "1", {"x": 1})
        texts = [f"It sounds like this week was hard, part {i}." for i in range(24)] + ["boom"]
        with ThreadPoolExecutor(max_workers=12) as pool:
            futures = [pool.submit(batching.evaluate, TurnInput(utterance=t)) for t in texts]
        results = [f.exception() or f.result() for f in futures]
    assert isinstance(results[-1], ValueError)  # only the bad turn fails
    assert all(r.utterance == t for r, t in zip(results[:-1], texts[:-1], strict=True))
    assert sum(inner.batches) >= 24 and max(inner.batches) > 1  # calls were grouped
