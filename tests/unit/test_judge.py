"""The LLM judge with scripted chat models: valid, fenced, malformed and out-of-range answers,
on both the plain-JSON path and the function-calling path; and its fallback in `combined`."""

from __future__ import annotations

import json
from typing import Any

import pytest
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from evaluators.combine import make_combined
from evaluators.judge import JudgeVerdict, make_llm_judge, parse_verdict, supports_tools
from evaluators.types import DIMENSIONS, TurnInput
from simulator.fakes import RecordingChatModel

TURN = TurnInput(
    history=[{"role": "client", "text": "I got thirty days on Sunday. Nobody even noticed."}],
    utterance="Thirty days, and nobody saw how hard you worked for it.",
)
VALID = {
    "rationale": "Complex reflection that names the unseen effort.",
    "behaviors": ["complex_reflection", "affirm"],
    "active_listening": 5, "validation": 5, "non_authoritative": 4,
    "evidence": ["nobody saw how hard you worked for it"], "suggestion": None,
}


class ToolCallingFake(RecordingChatModel):
    """A recording fake that supports tool binding and answers with a tool call."""

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        return self.bind(tools=tools, **kwargs)

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[override]
        text = self._next_reply(messages)
        try:
            args = json.loads(text)
            message = AIMessage(
                content="", tool_calls=[{"name": "JudgeVerdict", "args": args, "id": "call-1"}]
            )
        except json.JSONDecodeError:
            message = AIMessage(content=text)
        return ChatResult(generations=[ChatGeneration(message=message)])


def test_plain_json_answer_is_scored() -> None:
    model = RecordingChatModel(responses=["Here you go:\n```json\n" + json.dumps(VALID) + "\n```"])
    judge = make_llm_judge(model)
    assert not judge.structured and not supports_tools(model)
    result = judge.evaluate(TURN)
    assert result.score_values() == {"active_listening": 5.0, "validation": 5.0,
                                     "non_authoritative": 4.0}
    assert result.behaviors == ["complex_reflection", "affirm"]
    assert result.raw is None
    assert result.scores.validation.evidence == ["nobody saw how hard you worked for it"]
    prompt = model.last_prompt_text
    assert "MITI" in prompt and "N.A.P.S." in prompt and TURN.utterance in prompt
    assert result.provenance[0].evaluator == "llm_judge"


@pytest.mark.parametrize(
    "reply",
    [
        "I think this is a pretty good reflection, maybe a 4.",
        '{"active_listening": 5, "validation": ',
        json.dumps({**VALID, "active_listening": 7}),
        json.dumps({**VALID, "validation": 0}),
        json.dumps({**VALID, "non_authoritative": "high"}),
    ],
)
def test_bad_answers_are_unscored_with_raw_kept(reply: str) -> None:
    result = make_llm_judge(RecordingChatModel(responses=[reply])).evaluate(TURN)
    for dim in DIMENSIONS:
        score = result.scores.get(dim)
        assert score.value is None and score.unscored_reason
    assert result.raw == reply


def test_unknown_codes_dropped_and_string_digits_accepted() -> None:
    verdict = parse_verdict(json.dumps({**VALID, "behaviors": ["affirm", "hug"],
                                        "validation": "4"}), "raw")
    assert isinstance(verdict, JudgeVerdict)
    assert verdict.behaviors == ["affirm"] and verdict.validation == 4


def test_function_calling_path() -> None:
    model = ToolCallingFake(responses=[json.dumps(VALID)])
    judge = make_llm_judge(model)
    assert judge.structured
    result = judge.evaluate(TURN)
    assert result.score_values()["active_listening"] == 5.0
    assert "complex_reflection" in result.behaviors


def test_function_calling_out_of_range_is_unscored() -> None:
    bad = json.dumps({**VALID, "validation": 9})
    result = make_llm_judge(ToolCallingFake(responses=[bad])).evaluate(TURN)
    assert result.scores.validation.value is None
    assert result.raw and '"validation": 9' in result.raw


def test_function_calling_model_answering_in_text_is_parsed() -> None:
    model = ToolCallingFake(responses=["Sure. " + json.dumps(VALID)])
    result = make_llm_judge(model).evaluate(TURN)
    assert result.score_values()["non_authoritative"] == 4.0


def test_both_orders_averages_and_swaps_the_anchor_order() -> None:
    first = {**VALID, "active_listening": 4}
    second = {**VALID, "active_listening": 5}
    model = RecordingChatModel(responses=[json.dumps(first), json.dumps(second)])
    result = make_llm_judge(model, both_orders=True).evaluate(TURN)
    assert result.scores.active_listening.value == pytest.approx(4.5)
    asc, desc = (str(call[0].content) for call in model.calls)
    assert asc.index("  1: not listening") < asc.index("  5: a complex reflection")
    assert desc.index("  5: a complex reflection") < desc.index("  1: not listening")


def test_both_orders_one_bad_answer_uses_the_other() -> None:
    model = RecordingChatModel(responses=[json.dumps(VALID), "garbage"])
    result = make_llm_judge(model, both_orders=True).evaluate(TURN)
    assert result.score_values()["validation"] == 5.0
    assert result.raw == "garbage"


def test_endpoint_error_is_unscored() -> None:
    model = RecordingChatModel(errors=[ConnectionError("endpoint down")])
    result = make_llm_judge(model).evaluate(TURN)
    assert result.scores.active_listening.value is None
    assert "endpoint down" in result.scores.active_listening.unscored_reason


def test_temperature_forced_to_zero() -> None:
    class WithTemperature(RecordingChatModel):
        temperature: float = 0.7

    judge = make_llm_judge(WithTemperature(responses=[json.dumps(VALID)]))
    assert judge.model.temperature == 0.0 and judge.args["temperature"] == 0


@pytest.mark.parametrize("reply", ["not json at all", json.dumps({**VALID, "validation": 6})])
def test_combined_falls_back_to_local_when_judge_unscored(reply: str) -> None:
    combined = make_combined(["local", "llm_judge"], reducer="prefer_judge",
                             llm_judge={"model": RecordingChatModel(responses=[reply])})
    result = combined.evaluate(TURN)
    local = make_combined(["local"]).evaluate(TURN)
    assert result.score_values() == local.score_values()
    assert all(v is not None for v in result.score_values().values())
    assert result.raw == reply
    assert [p.evaluator for p in result.provenance] == ["local", "llm_judge"]


def test_combined_prefers_a_valid_judge() -> None:
    answer = {**VALID, "active_listening": 2, "validation": 2, "non_authoritative": 2}
    combined = make_combined(["local", "llm_judge"],
                             llm_judge={"model": RecordingChatModel(responses=[json.dumps(answer)])})
    result = combined.evaluate(TURN)
    assert result.score_values() == {d: 2.0 for d in DIMENSIONS}
    assert "complex_reflection" in result.behaviors or "simple_reflection" in result.behaviors


def test_judge_from_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("PEER_PRACTICE_JUDGE_BACKEND", "fake")
    monkeypatch.setenv("PEER_PRACTICE_DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    judge = make_llm_judge()
    assert isinstance(judge.model, RecordingChatModel)
    # the default fake replies are not verdicts: unscored, never an exception
    assert judge.evaluate(TURN).scores.validation.value is None
