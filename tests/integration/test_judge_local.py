"""The LLM judge once on the real embedded model: recorded, not graded.

Measured here: the 1.5B model is not a usable judge (scores barely separate good from bad
turns), which is why the judge is off by default with the `local` backend. This test checks the
plumbing on a real model (a verdict or an explicit unscored state with the raw reply kept,
provenance with latency) and writes what it said to test-output/judge_local.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluators.registry import get_evaluator
from evaluators.types import Message, TurnInput
from simulator.models import make_chat_model

pytestmark = [pytest.mark.slow, pytest.mark.integration]

TURNS = [
    "It sounds like the nights are the hardest, when it's quiet and the cravings come.",
    "You need to go to a meeting tonight. No excuses.",
]


@pytest.mark.timeout(1500)  # ~1 min alone; a 1,700-token rubric on 2 shared cores can take far longer
def test_judge_on_the_local_model_returns_a_verdict_or_an_explicit_unscored(settings):
    model = make_chat_model(settings.model_copy(update={"judge_backend": "local"}), role="judge")
    judge = get_evaluator("llm_judge", model=model)
    history = [Message(role="client", text="I get through the day okay. It's the nights. I lie there and want to use.")]
    record = []
    for utterance in TURNS:
        result = judge.evaluate(TurnInput(history=history, utterance=utterance))
        assert result.provenance and result.provenance[0].evaluator == "llm_judge"
        assert result.provenance[0].latency_ms > 0
        for dim in ("active_listening", "validation", "non_authoritative"):
            score = result.scores.get(dim)
            assert (score.value is not None and 1 <= score.value <= 5) or (
                score.unscored_reason and result.raw is not None
            )
        record.append({"utterance": utterance, **result.model_dump(mode="json")})
    out = Path("test-output")
    out.mkdir(exist_ok=True)
    (out / "judge_local.json").write_text(json.dumps(record, indent=2))
