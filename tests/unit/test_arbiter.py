"""The reflection arbiter (evaluators/arbiter.py): in a reply to a written post it decides the
reflection code; elsewhere it stays out; it was trained only on tuning sets the n-gram model
never saw; without its weight file the evaluator decides as before and says so."""

from __future__ import annotations

import json

import pytest

from evaluators import arbiter
from evaluators.accuracy import TUNING_SPLITS
from evaluators.arbiter import FEATURES, ReflectionArbiter, features
from evaluators.local import LocalEvaluator
from evaluators.ngram import get_model as get_ngram_model
from evaluators.types import TurnInput

POST = ("Had my third therapy session today and I basically cried the entire fifty minutes, could "
        "barely get a sentence out. I feel so embarrassed and like I wasted the whole session and "
        "her time. My partner says it's fine but I keep replaying it. Is this normal? Do therapists "
        "get annoyed when clients do this")
CHAT = "i cried the whole session and wasted her time"
REFLECTIONS = {"simple_reflection", "complex_reflection"}


def fixed(decision: bool) -> ReflectionArbiter:
    """An arbiter that always answers `decision` (all weights zero, a large bias)."""
    n = len(FEATURES)
    return ReflectionArbiter(mean=(0.0,) * n, std=(1.0,) * n, weight=(0.0,) * n,
                             bias=10.0 if decision else -10.0, meta={})


def codes(ev: LocalEvaluator, utterance: str, client: str = POST) -> set[str]:
    return set(ev.evaluate(TurnInput(history=[{"role": "client", "text": client}],
                                     utterance=utterance)).behaviors)


def test_the_shipped_arbiter_was_trained_on_sets_the_ngram_model_never_saw() -> None:
    shipped = arbiter.get_arbiter()
    assert shipped is not None, "evaluators/data/reflection_arbiter.json is missing: " \
                                "python -m evaluators.train_arbiter"
    ngram = get_ngram_model()
    assert ngram is not None
    # every tuning set the n-gram model did not see, so adding a tuning set means retraining
    assert shipped.meta["trained_on"] == [s for s in TUNING_SPLITS
                                          if s not in ngram.meta["trained_on"]]
    assert not set(shipped.meta["trained_on"]) & set(ngram.meta["trained_on"])
    assert len(shipped.weight) == len(FEATURES) == len(features(0.5, 0.3, True, {"inform"}))


def test_in_a_reply_to_a_written_post_the_arbiter_decides_the_reflection() -> None:
    ev = LocalEvaluator(suggest=False)
    reflection = "It sounds like you walked out feeling you'd let her down."
    assert REFLECTIONS & codes(ev, reflection)
    ev.arbiter = fixed(False)
    assert not REFLECTIONS & codes(ev, reflection)  # dropped, even in a reflection's form
    information = "Most therapists see this every single week."
    ev.arbiter = fixed(True)
    assert REFLECTIONS & codes(ev, information)


def test_outside_replies_to_written_posts_it_stays_out() -> None:
    ev = LocalEvaluator(suggest=False)
    reflection = "It sounds like you walked out feeling you'd let her down."
    before = codes(ev, reflection, client=CHAT)
    ev.arbiter = fixed(False)
    assert codes(ev, reflection, client=CHAT) == before


def test_the_shipped_arbiter_on_a_written_reply() -> None:
    ev = LocalEvaluator(suggest=False)
    assert REFLECTIONS & codes(ev, "It sounds like you walked out feeling you'd let her down.")
    assert not REFLECTIONS & codes(ev, "Therapists genuinely expect tears, it's part of the job.")


def test_without_its_weight_file_the_evaluator_decides_as_before(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(arbiter, "WEIGHTS", tmp_path / "missing.json")
    monkeypatch.setattr(arbiter, "_ARBITER", None)
    ev = LocalEvaluator()
    assert ev.arbiter is None
    assert "arbiter_off" in ev.args


def test_a_weight_file_for_other_features_says_how_to_fix_it(tmp_path) -> None:
    path = tmp_path / "old.json"
    fixed(True).save(path)
    data = json.loads(path.read_text())
    data["features"] = data["features"][:-1]
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match="retrain with python -m evaluators.train_arbiter"):
        ReflectionArbiter.load(path)
