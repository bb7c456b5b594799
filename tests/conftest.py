"""Shared fixtures: settings pointed at a temporary data directory, a test persona, a scripted
evaluator (a test double behind the Evaluator interface), and a runtime wired to fakes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evaluators.types import Provenance, Score, Scores, TurnEvaluation, TurnInput
from personas.loader import load_persona
from simulator.fakes import RecordingChatModel
from simulator.runtime import Runtime
from simulator.settings import Settings, _default_home, load_settings

TEST_DATA = Path(__file__).parent / "data"
TEST_PERSONA = TEST_DATA / "personas" / "sam-test.yaml"
# The joined model file is 1.1 GB: tests share the user's model directory instead of a tmp copy.
SHARED_MODEL_DIR = Path(os.environ.get("PEER_PRACTICE_MODEL_DIR") or (_default_home() / "models"))


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("PEER_PRACTICE_") and name != "PEER_PRACTICE_MODEL_DIR":
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings({}, data_dir=tmp_path / "data", model_dir=SHARED_MODEL_DIR, client_backend="fake", seed=7)


@pytest.fixture
def persona():
    return load_persona(TEST_PERSONA)


class ScriptedEvaluator:
    """Returns the behaviours and score given for a phrase found in the utterance."""

    name = "scripted"
    version = "test"

    def __init__(self, script: dict[str, tuple[list[str], float]] | None = None):
        self.script = script or {}
        self.args = {"phrases": sorted(self.script)}
        self.seen: list[TurnInput] = []

    def evaluate(self, turn: TurnInput) -> TurnEvaluation:
        self.seen.append(turn)
        codes, value = ["open_question"], 3.0
        for phrase, (c, v) in self.script.items():
            if phrase.lower() in turn.utterance.lower():
                codes, value = c, v
                break
        score = Score(value=value, explanation="scripted", evidence=[turn.utterance[:40]])
        return TurnEvaluation(
            utterance=turn.utterance,
            scores=Scores(active_listening=score, validation=score, non_authoritative=score),
            behaviors=codes,
            suggestion=None if value > 2 else "Try reflecting what you heard.",
            provenance=[Provenance(evaluator=self.name, version=self.version, args=self.args)],
        )


@pytest.fixture
def scripted_evaluator() -> ScriptedEvaluator:
    return ScriptedEvaluator(
        {
            "sounds like": (["complex_reflection"], 5.0),
            "you need to": (["direct"], 1.0),
            "addict": (["label"], 1.0),
            "proud": (["affirm"], 4.5),
        }
    )


@pytest.fixture
def fake_model() -> RecordingChatModel:
    return RecordingChatModel()


@pytest.fixture
def runtime(settings: Settings, fake_model: RecordingChatModel, scripted_evaluator: ScriptedEvaluator) -> Runtime:
    rt = Runtime(settings=settings, client_model=fake_model, evaluator=scripted_evaluator)
    yield rt
    rt.store.close()
