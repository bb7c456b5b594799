"""The n-gram second opinion (evaluators/ngram.py): it may add a reflection, an advice or an
affirmation the rules missed, never removes a rule code, is trained on the tuning sets only,
and the evaluator runs on the rules alone (and says so) when its weights are missing."""

from __future__ import annotations

import numpy as np
import pytest

from evaluators import ngram
from evaluators.local import LocalEvaluator
from evaluators.ngram import HEADS, NgramModel, added_codes, grams
from evaluators.types import TurnInput

CLIENT = "My boss keeps piling work on me and I can't sleep."


def fake_model(**bias: float) -> NgramModel:
    """A model whose probabilities are fixed by its biases (all weights zero)."""
    width = 8 + 6
    return NgramModel(dim=8, mean=np.zeros(6), std=np.ones(6), weight=np.zeros((len(HEADS), width)),
                      bias=np.array([bias.get(h, -10.0) for h in HEADS]), heads=HEADS, meta={})


def evaluate(ev: LocalEvaluator, utterance: str, client: str = CLIENT) -> list[str]:
    return list(ev.evaluate(TurnInput(history=[{"role": "client", "text": client}],
                                      utterance=utterance)).behaviors)


def test_the_shipped_model_was_trained_on_the_tuning_sets_only() -> None:
    model = ngram.get_model()
    assert model is not None, "evaluators/data/ngram.npz is missing: python -m evaluators.train_ngram"
    assert model.meta["trained_on"] == ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"]
    assert model.heads == HEADS
    p = model.predict("It sounds like you're exhausted and nobody sees it.", CLIENT)
    assert set(p) == set(HEADS) and all(0.0 <= v <= 1.0 for v in p.values())


def test_grams_are_words_pairs_and_the_opening_word() -> None:
    assert grams("Try it?") == ["try", "it", "?", "try it", "it ?", "<s> try"]


def test_it_adds_a_missed_code_and_never_removes_one() -> None:
    ev = LocalEvaluator(ngram=False)
    rules_only = evaluate(ev, "What time is your shift tomorrow?")
    ev.ngram = fake_model(affirm=10.0)
    with_opinion = evaluate(ev, "What time is your shift tomorrow?")
    assert set(rules_only) <= set(with_opinion)
    assert "affirm" in with_opinion and "affirm" not in rules_only
    ev.ngram = fake_model()  # confident of nothing: the rules stand
    assert evaluate(ev, "What time is your shift tomorrow?") == rules_only


def test_added_advice_follows_permission_and_a_found_code_is_not_added_twice() -> None:
    probs = {"reflection": 0.9, "advice": 0.9, "affirm": 0.2}
    assert added_codes(probs, ["open_question"], advice_allowed=False,
                       complex_reflection=True) == ["complex_reflection", "advise"]
    assert added_codes(probs, ["simple_reflection"], advice_allowed=True,
                       complex_reflection=False) == ["advise_with_permission"]
    assert added_codes(probs, ["simple_reflection", "advise"], advice_allowed=False,
                       complex_reflection=False) == []


def test_without_the_weight_file_the_rules_run_alone(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path) -> None:
    monkeypatch.setattr(ngram, "WEIGHTS", tmp_path / "missing.npz")
    monkeypatch.setattr(ngram, "_MODEL", None)
    ev = LocalEvaluator()
    assert ev.ngram is None
    assert "ngram_off" in ev.args
    assert evaluate(ev, "Mm-hmm.") == ["other"]
