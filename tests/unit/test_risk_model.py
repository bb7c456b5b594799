"""The learned reader of risk cues (`evaluators/risk_model.py`): what it adds and what it leaves."""

from __future__ import annotations

import pytest

from evaluators import context, risk_model
from evaluators.context import _find_risk


def test_the_weight_file_loads_with_its_provenance() -> None:
    model = risk_model.get_model()
    assert model is not None, "evaluators/data/risk_ngram.npz is missing: python -m evaluators.train_risk_model"
    assert model.meta["trained_on"] == ["tune", "written", "fresh", "fresh2", "fresh5"]
    assert 0.5 <= model.threshold < 1.0 and model.weight.shape == (model.dim,)


@pytest.mark.parametrize("text", [
    # no pattern names these; the model reads them (out of fold at training time)
    "I quit eating, mostly. It's not a diet. I just figure, uh, if I stop, sooner or later it all stops.",
    "I've been using heavier on purpose. Not to party. Kind of hoping one night it just takes me",
])
def test_it_finds_a_cue_no_pattern_names(text: str) -> None:
    assert _find_risk(text, [], use_model=False) is None
    assert _find_risk(text, []) is not None


@pytest.mark.parametrize("text", [
    "No, I'm not suicidal, just tired of my job. I quit eating lunch because there's no time.",
    "Two years ago I tried to take my own life over the debts. I'm in GA now and I'm proud.",
    "How was your weekend? Mine was fine, we went to the beach.",
])
def test_it_adds_nothing_where_the_patterns_blank_or_the_talk_is_ordinary(text: str) -> None:
    assert _find_risk(text, []) is None


def test_without_the_weight_file_the_patterns_run_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "get_risk_model", lambda: None)
    text = "I've been using heavier on purpose. Not to party. Kind of hoping one night it just takes me"
    assert _find_risk(text, []) is None
    assert _find_risk("I want to end my life", []) is not None
