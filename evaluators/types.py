"""The typed results every evaluator returns (the `TurnEvaluation` contract in DESIGN.md).

A score is either a value on 1..5 or explicitly *unscored* with a reason: there is no silent 0.
Every evaluation carries the provenance (evaluator name, version, args, latency) of what made it.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

Behavior = Literal[
    "open_question",
    "closed_question",
    "simple_reflection",
    "complex_reflection",
    "affirm",
    "emphasize_autonomy",
    "seek_collaboration",
    "advise_with_permission",
    "advise",
    "direct",
    "confront",
    "warn",
    "inform",
    "self_disclose",
    "minimize",
    "label",
    "other",
]
BEHAVIORS: tuple[str, ...] = get_args(Behavior)

Dimension = Literal["active_listening", "validation", "non_authoritative"]
DIMENSIONS: tuple[str, ...] = get_args(Dimension)

# MITI 4.2.1 groupings used by the debrief, the client state rule and the reports.
MI_ADHERENT: frozenset[str] = frozenset({"affirm", "emphasize_autonomy", "seek_collaboration"})
MI_NON_ADHERENT: frozenset[str] = frozenset({"advise", "confront", "direct", "warn"})
REFLECTIONS: frozenset[str] = frozenset({"simple_reflection", "complex_reflection"})
QUESTIONS: frozenset[str] = frozenset({"open_question", "closed_question"})

Role = Literal["client", "trainee"]


class Message(BaseModel):
    """One utterance of the conversation, as evaluators see it."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    role: Role
    text: str


class TurnInput(BaseModel):
    """What an evaluator scores: the trainee utterance in its context."""

    model_config = ConfigDict(extra="ignore")

    history: list[Message] = Field(default_factory=list)
    utterance: str
    # Persona-specific phrases that signal risk (e.g. passive suicidal ideation); evaluators
    # also apply their own generic patterns.
    risk_keywords: list[str] = Field(default_factory=list)

    @property
    def last_client_text(self) -> str:
        for message in reversed(self.history):
            if message.role == "client":
                return message.text
        return ""


class Score(BaseModel):
    """A 1..5 score with its reasons, or an explicit unscored state."""

    model_config = ConfigDict(extra="forbid")

    value: float | None = Field(default=None, ge=1, le=5)
    explanation: str = ""
    evidence: list[str] = Field(default_factory=list)
    unscored_reason: str | None = None

    @model_validator(mode="after")
    def _scored_or_reason(self) -> Score:
        if self.value is None and not self.unscored_reason:
            raise ValueError("a Score without a value must say why it is unscored")
        return self

    @property
    def scored(self) -> bool:
        return self.value is not None

    @classmethod
    def unscored(cls, reason: str, explanation: str = "") -> Score:
        return cls(value=None, unscored_reason=reason, explanation=explanation)


class Scores(BaseModel):
    model_config = ConfigDict(extra="forbid")

    active_listening: Score
    validation: Score
    non_authoritative: Score

    def get(self, dimension: str) -> Score:
        return getattr(self, dimension)

    def values(self) -> dict[str, float | None]:
        return {d: self.get(d).value for d in DIMENSIONS}


class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    evaluator: str
    version: str
    args: dict = Field(default_factory=dict)
    latency_ms: float = 0.0


class TurnEvaluation(BaseModel):
    """The evaluation of one trainee utterance in context."""

    model_config = ConfigDict(extra="forbid")

    utterance: str
    scores: Scores
    behaviors: list[Behavior] = Field(default_factory=list)
    suggestion: str | None = None
    # Named concerns for the feedback panel, e.g. "risk_cue_missed".
    flags: list[str] = Field(default_factory=list)
    provenance: list[Provenance] = Field(default_factory=list)
    # The raw model answer when an LLM judge could not be parsed (kept for inspection).
    raw: str | None = None

    def score_values(self) -> dict[str, float | None]:
        return self.scores.values()
