"""The LLM judge (name "llm_judge"): a LangChain chain with the written rubric, few-shot
examples, temperature 0 and structured output.

Why this design:
- Scores are `Literal[1, 2, 3, 4, 5]`, not bounded ints: llama.cpp grammars ignore JSON-schema
  min/max but do enforce an enum.
- Models that support tool calling get `with_structured_output(method="function_calling",
  include_raw=True)` (llama.cpp-style OpenAI servers answer json_schema with HTTP 500, while
  function calling works). Models without tool calling (the scripted fake, plain completion
  models) get the same rubric with a JSON answer format, parsed from the text.
- An answer that cannot be parsed, or has a score outside 1..5, makes all three scores
  *unscored* with the reason, and the raw reply is kept in `TurnEvaluation.raw`; the
  combined evaluator then falls back to the local scores.
- Position bias: a single-utterance rubric has no candidate order to swap, but the order in
  which the level anchors are read can bias a model toward the first or last level. With
  `both_orders=True` the judge is asked twice, anchors listed 1->5 and 5->1, and the scores
  are averaged (a dimension unscored in one order takes the other's value).
"""

from __future__ import annotations

import json
import time
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, Field, ValidationError

from evaluators.rubric import system_prompt
from evaluators.types import (
    BEHAVIORS,
    DIMENSIONS,
    Behavior,
    Provenance,
    Score,
    Scores,
    TurnEvaluation,
    TurnInput,
)

VERSION = "0.2.0"
Level = Literal[1, 2, 3, 4, 5]


class JudgeVerdict(BaseModel):
    """Rate one trainee turn: behaviour codes and three 1-5 scores with evidence."""

    rationale: str = Field(description="two sentences: what the turn did, in context")
    behaviors: list[Behavior] = Field(description="every behaviour code present")
    active_listening: Level = Field(description="1-5, does the turn follow the client")
    validation: Level = Field(description="1-5, are feelings accepted as understandable")
    non_authoritative: Level = Field(description="1-5, is power shared with the client")
    evidence: list[str] = Field(default_factory=list, description="exact quotes")
    suggestion: str | None = Field(default=None, description="a better reply if any score <= 2")


class JudgeParseError(ValueError):
    """The model's answer is not a valid verdict; `raw` holds what it said."""

    def __init__(self, reason: str, raw: str) -> None:
        super().__init__(reason)
        self.raw = raw


def supports_tools(model: BaseChatModel) -> bool:
    """True when the model class implements tool binding (needed for function calling)."""
    return type(model).bind_tools is not BaseChatModel.bind_tools


def _balanced_json(text: str) -> str | None:
    """The first balanced {...} block in text (models like to wrap JSON in prose/fences)."""
    start = text.find("{")
    while start != -1:
        depth, in_str, esc = 0, False, False
        for i in range(start, len(text)):
            ch = text[i]
            if in_str:
                esc = (ch == "\\") and not esc
                if ch == '"' and not esc:
                    in_str = False
                continue
            if ch == '"':
                in_str = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    return text[start : i + 1]
        start = text.find("{", start + 1)
    return None


def parse_verdict(data: Any, raw: str) -> JudgeVerdict:
    """Validate a dict (or JSON text) as a verdict; unknown codes are dropped, bad scores fail."""
    if isinstance(data, str):
        block = _balanced_json(data)
        if block is None:
            raise JudgeParseError("no JSON object in the answer", raw)
        try:
            data = json.loads(block)
        except json.JSONDecodeError as exc:
            raise JudgeParseError(f"invalid JSON: {exc.msg}", raw) from None
    if not isinstance(data, dict):
        raise JudgeParseError("the answer is not a JSON object", raw)
    data = dict(data)
    if isinstance(data.get("scores"), dict):  # tolerate {"scores": {...}} nesting
        for dim in DIMENSIONS:
            data.setdefault(dim, data["scores"].get(dim))
    behaviors = data.get("behaviors") or []
    if isinstance(behaviors, list):
        data["behaviors"] = [b for b in behaviors if b in BEHAVIORS]
    data.setdefault("rationale", "")
    for dim in DIMENSIONS:  # "4" or 4.0 -> 4; 7 or "high" stay invalid
        value = data.get(dim)
        if isinstance(value, str) and value.strip().isdigit():
            data[dim] = int(value.strip())
        elif isinstance(value, float) and value.is_integer():
            data[dim] = int(value)
    try:
        return JudgeVerdict.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise JudgeParseError(f"invalid verdict: {where}: {first['msg']}", raw) from None


def _raw_text(message: Any) -> str:
    if isinstance(message, BaseMessage):
        parts = [str(message.content or "")]
        for call in getattr(message, "tool_calls", None) or []:
            parts.append(json.dumps(call.get("args", {}), ensure_ascii=False))
        return "\n".join(p for p in parts if p)
    return str(message)


def format_turn(turn: TurnInput, max_messages: int = 8) -> str:
    lines = [f"{m.role.capitalize()}: {m.text}" for m in turn.history[-max_messages:]]
    history = "\n".join(lines) if lines else "(no earlier messages)"
    return (
        f"Conversation so far:\n{history}\n\nTrainee utterance to rate:\n{turn.utterance}\n\n"
        "Rate the trainee utterance."
    )


class LLMJudge:
    """Scores a turn with a chat model and the rubric; never raises on a bad answer."""

    name = "llm_judge"
    version = VERSION

    def __init__(self, model: BaseChatModel, both_orders: bool = False,
                 structured: bool | None = None, **extra: Any) -> None:
        self.model = _temperature_zero(model)
        self.both_orders = both_orders
        self.structured = supports_tools(self.model) if structured is None else structured
        self.args: dict[str, Any] = {
            "model": getattr(model, "model_name", None) or getattr(model, "_llm_type", "?"),
            "both_orders": both_orders,
            "structured": self.structured,
            "temperature": 0,
            **extra,
        }
        prompt = ChatPromptTemplate.from_messages([("system", "{rubric}"), ("human", "{turn}")])
        if self.structured:
            self.chain = prompt | self.model.with_structured_output(
                JudgeVerdict, method="function_calling", include_raw=True
            )
        else:
            self.chain = prompt | self.model | StrOutputParser()

    def _ask(self, turn: TurnInput, order: Literal["ascending", "descending"]) -> JudgeVerdict:
        inputs = {"rubric": system_prompt(order), "turn": format_turn(turn)}
        out = self.chain.invoke(inputs)
        if not self.structured:
            return parse_verdict(out, str(out))
        raw = _raw_text(out.get("raw"))
        parsed = out.get("parsed")
        if isinstance(parsed, JudgeVerdict):
            return parsed
        # No tool call (or an invalid one): the model may have put JSON in the content.
        message = out.get("raw")
        calls = getattr(message, "tool_calls", None) or []
        if calls:
            return parse_verdict(calls[0].get("args", {}), raw)
        return parse_verdict(str(getattr(message, "content", "") or ""), raw)

    def evaluate(self, turn: TurnInput) -> TurnEvaluation:
        started = time.perf_counter()
        orders: list[Literal["ascending", "descending"]] = ["ascending"]
        if self.both_orders:
            orders.append("descending")
        verdicts: list[JudgeVerdict] = []
        failures: list[str] = []
        raws: list[str] = []
        for order in orders:
            try:
                verdicts.append(self._ask(turn, order))
            except JudgeParseError as exc:
                failures.append(str(exc))
                raws.append(exc.raw)
            except Exception as exc:  # endpoint down, timeout after retries, ...
                failures.append(f"judge call failed: {type(exc).__name__}: {exc}")
        provenance = Provenance(
            evaluator=self.name, version=self.version, args=dict(self.args),
            latency_ms=(time.perf_counter() - started) * 1000,
        )
        if not verdicts:
            reason = "; ".join(failures) or "no answer"
            scores = Scores(**{d: Score.unscored(reason) for d in DIMENSIONS})
            return TurnEvaluation(
                utterance=turn.utterance, scores=scores, behaviors=[], provenance=[provenance],
                raw="\n---\n".join(raws) if raws else None,
            )
        return self._combine(turn, verdicts, provenance, raws)

    def _combine(self, turn: TurnInput, verdicts: list[JudgeVerdict], provenance: Provenance,
                 raws: list[str]) -> TurnEvaluation:
        first = verdicts[0]
        evidence = [q for q in first.evidence if q and q.lower() in turn.utterance.lower()][:3]
        scores = {}
        for dim in DIMENSIONS:
            values = [float(getattr(v, dim)) for v in verdicts]
            explanation = first.rationale
            if len(values) > 1:
                explanation += f" (mean of {len(values)} rubric orders: {values})"
            scores[dim] = Score(value=sum(values) / len(values), explanation=explanation,
                                evidence=evidence)
        return TurnEvaluation(
            utterance=turn.utterance,
            scores=Scores(**scores),
            behaviors=list(dict.fromkeys(first.behaviors)),
            suggestion=first.suggestion or None,
            provenance=[provenance],
            raw="\n---\n".join(raws) if raws else None,
        )


def _temperature_zero(model: BaseChatModel) -> BaseChatModel:
    """A copy of the model at temperature 0 when it has a temperature setting."""
    temperature = getattr(model, "temperature", None)
    if temperature not in (None, 0, 0.0):
        try:
            return model.model_copy(update={"temperature": 0.0})
        except Exception:  # a model that can't be copied is used as given
            return model
    return model


def make_llm_judge(model: BaseChatModel | None = None, **args: Any) -> LLMJudge:
    """Build the judge; without a model, the `judge` role model from settings is used."""
    if model is None:
        from simulator.models import make_chat_model
        from simulator.settings import load_settings

        model = make_chat_model(load_settings(), role="judge")
    return LLMJudge(model, **args)
