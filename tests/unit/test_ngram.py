"""The n-gram second opinion (evaluators/ngram.py): it may add a reflection, an advice or an
affirmation the rules missed, name as information what they left `other`, and drop a reflection
the rules inferred only from a weak cue (never one said in a reflection's form, never another
code); it is trained on the tuning sets only, and the evaluator runs on the rules alone (and
says so) when its weights are missing."""

from __future__ import annotations

import numpy as np
import pytest

from evaluators import ngram
from evaluators.local import LocalEvaluator
from evaluators.ngram import HEADS, VETO_AT, NgramModel, added_codes, grams, vetoes_reflection
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


def test_it_adds_a_missed_code_and_keeps_the_rules_codes() -> None:
    ev = LocalEvaluator(ngram=False)
    rules_only = evaluate(ev, "What time is your shift tomorrow?")
    ev.ngram = fake_model(affirm=10.0)
    with_opinion = evaluate(ev, "What time is your shift tomorrow?")
    assert set(rules_only) <= set(with_opinion)
    assert "affirm" in with_opinion and "affirm" not in rules_only
    ev.ngram = fake_model()  # confident of nothing: the rules stand
    assert evaluate(ev, "What time is your shift tomorrow?") == rules_only


def test_a_weakly_inferred_reflection_goes_when_the_model_is_sure_it_is_none() -> None:
    # The rules read an unmarked statement about the client's world as a weak reflection.
    utterance = "Your boss is piling it on and sleep is going."
    ev = LocalEvaluator(ngram=False)
    assert evaluate(ev, utterance) == ["simple_reflection"]
    ev.ngram = fake_model(reflection=-10.0)  # p(reflection) ~ 0: nearly sure it reflects nothing
    assert evaluate(ev, utterance) == ["other"]
    ev.ngram = fake_model(reflection=0.0)  # p = 0.5: unsure, so the rules stand
    assert evaluate(ev, utterance) == ["simple_reflection"]


def test_a_reflection_in_a_reflections_form_is_never_dropped() -> None:
    ev = LocalEvaluator(ngram=False)
    ev.ngram = fake_model(reflection=-10.0)
    assert evaluate(ev, "It sounds like you're exhausted and nobody sees it.") == ["complex_reflection"]
    # only the reflection goes: the rest of the turn keeps its codes
    ev.ngram = None
    rules = evaluate(ev, "Your boss is piling it on. What's the hardest part?")
    ev.ngram = fake_model(reflection=-10.0)
    assert set(rules) - set(evaluate(ev, "Your boss is piling it on. What's the hardest part?")) == {
        "simple_reflection"}


def test_the_veto_needs_every_reflecting_clause_weak_and_a_confident_model() -> None:
    sure_not = {"reflection": VETO_AT / 2}
    assert vetoes_reflection(sure_not, [0.5, 1.0])
    assert not vetoes_reflection(sure_not, [0.5, 2.0])  # one clause said as a reflection
    assert not vetoes_reflection(sure_not, [])  # the rules found no reflection
    assert not vetoes_reflection({"reflection": VETO_AT}, [0.5])


@pytest.mark.parametrize(("client", "utterance"), [
    ("My husband was diagnosed with glioblastoma in June and he's just... not him anymore. He "
     "snaps at me over nothing and I snap back.",
     "There's a name for some of this, anticipatory grief, and for a lot of spouses it comes out as "
     "anger just as often as sadness."),
])
def test_the_shipped_model_drops_a_reflection_the_rules_misread(client: str, utterance: str) -> None:
    assert {"simple_reflection", "complex_reflection"} & set(evaluate(LocalEvaluator(ngram=False),
                                                                      utterance, client))
    assert not {"simple_reflection", "complex_reflection"} & set(evaluate(LocalEvaluator(),
                                                                          utterance, client))


@pytest.mark.parametrize("utterance", [
    "You lost your dad and now it feels like your sister's gone quiet on you too.",
    "Your sister hasn't called since the funeral.",
])
def test_the_shipped_model_keeps_a_plain_reflection(utterance: str) -> None:
    client = "My sister hasn't called since the funeral and I feel like I lost her too."
    assert {"simple_reflection", "complex_reflection"} & set(evaluate(LocalEvaluator(), utterance, client))


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


def test_inform_names_only_what_the_rules_left_other() -> None:
    """The inform head turns a bare `other` into `inform`, never replaces a found code."""
    ev = LocalEvaluator(ngram=False)
    fact = "Vet Centers are separate from VA hospitals and do free counseling for combat vets."
    question = "What time is your shift tomorrow?"
    assert evaluate(ev, fact) == ["other"]
    ev.ngram = fake_model(inform=10.0)
    assert evaluate(ev, fact) == ["inform"]
    assert "inform" not in evaluate(ev, question)
    assert "inform" not in evaluate(ev, "Mm-hmm.")  # a backchannel is left alone
    assert ngram.informs({"inform": 0.9}, {"other"})
    assert not ngram.informs({"inform": 0.9}, {"other", "affirm"})
    assert not ngram.informs({"inform": ngram.INFORM_AT - 0.01}, {"other"})


def test_the_shipped_model_reads_a_service_fact_as_information() -> None:
    """A sentence cut from a forum reply (no client turn), as MI-coded forum corpora score them."""
    fact = ("Vet Centers are separate from VA hospitals and do free counseling for combat vets "
            "and their families.")
    assert list(LocalEvaluator().evaluate(TurnInput(history=[], utterance=fact)).behaviors) == [
        "inform"]
    assert list(LocalEvaluator(ngram=False).evaluate(TurnInput(history=[], utterance=fact))
                .behaviors) == ["other"]


def test_self_disclosure_is_added_in_written_replies_but_not_to_an_offer_to_share() -> None:
    probs = {"self_disclose": 0.9}
    assert "self_disclose" in added_codes(probs, ["other"], False, False, written=True)
    assert "self_disclose" not in added_codes(probs, ["other"], False, False, written=False)
    assert "self_disclose" not in added_codes(probs, ["closed_question", "seek_collaboration"],
                                              False, False, written=True)
    assert "self_disclose" not in added_codes({"self_disclose": ngram.ADD_AT - 0.01}, ["other"],
                                              False, False, written=True)
