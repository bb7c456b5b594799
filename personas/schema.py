"""The persona file format: a strict pydantic model (`extra="forbid"`).

A persona is a believable person, not a case vignette. What the simulated client may say
depends on trust: `story_layers` are revealed only once the client's trust reaches each
layer's `trust_required`. `facilitator_notes` are for instructors only: they never reach the
model's prompt or the trainee's page.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from evaluators.types import Behavior

Difficulty = Literal["beginner", "intermediate", "advanced"]

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class StoryLayer(BaseModel):
    """Something the client will share once trust reaches `trust_required`."""

    model_config = ConfigDict(extra="forbid")

    trust_required: float = Field(ge=0, le=1)
    content: str = Field(min_length=10)
    # Optional short label for the debrief ("the overdose", "her son"); derived if absent.
    title: str | None = None

    @property
    def label(self) -> str:
        if self.title:
            return self.title
        words = self.content.split()
        return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


class Trigger(BaseModel):
    """What closes the client down, how it is recognised, and how they react."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=3)
    # Behaviour codes that hit this trigger (e.g. advise, direct for "being told what to do").
    behaviors: list[Behavior] = Field(default_factory=list)
    # Words or phrases in the trainee's turn that hit it (case-insensitive), e.g. "addict".
    keywords: list[str] = Field(default_factory=list)
    reaction: str = Field(min_length=10)

    @model_validator(mode="after")
    def _recognisable(self) -> Trigger:
        if not self.behaviors and not self.keywords:
            raise ValueError(
                "a trigger needs `behaviors` (behaviour codes) or `keywords` so it can be recognised"
            )
        return self


class RiskCue(BaseModel):
    """A risk signal the trainee must notice (e.g. passive suicidal ideation)."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(min_length=3)
    # What the client might say; included in the prompt once trust allows.
    statement: str = Field(min_length=10)
    # Phrases that mark the cue in the client's words (for the evaluator's "missed cue" flag).
    keywords: list[str] = Field(default_factory=list)
    trust_required: float = Field(default=0.0, ge=0, le=1)


class Persona(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=SLUG_PATTERN)
    name: str = Field(min_length=1)
    age: int = Field(ge=14, le=110)
    pronouns: str = Field(min_length=2)
    summary: str = Field(min_length=10, max_length=200)
    # Recovery context shown in the picker, e.g. "alcohol use · veteran · housing loss".
    context: str = Field(default="", max_length=200)
    background: str = Field(min_length=20)
    presenting_concerns: list[str] = Field(min_length=1)
    strengths: list[str] = Field(min_length=1)
    hopes: list[str] = Field(min_length=1)
    communication_style: str = Field(min_length=10)
    # A few lines in the client's own voice: they anchor the model's register.
    voice_examples: list[str] = Field(default_factory=list)
    opening_line: str = Field(min_length=2)
    difficulty: Difficulty
    initial_trust: float = Field(ge=0, le=1)
    story_layers: list[StoryLayer] = Field(min_length=1)
    triggers: list[Trigger] = Field(default_factory=list)
    risk_cues: list[RiskCue] = Field(default_factory=list)
    facilitator_notes: str = ""

    @field_validator("story_layers")
    @classmethod
    def _layers_in_order(cls, layers: list[StoryLayer]) -> list[StoryLayer]:
        levels = [layer.trust_required for layer in layers]
        if levels != sorted(levels):
            raise ValueError(
                "story layers must be ordered by trust_required, lowest first "
                f"(got {levels})"
            )
        return layers

    def content_hash(self) -> str:
        """A stable hash of the persona's content, recorded with every session."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def public_view(self) -> dict:
        """What a trainee's page may show: never the facilitator notes or the hidden story."""
        return {
            "id": self.id,
            "name": self.name,
            "age": self.age,
            "pronouns": self.pronouns,
            "summary": self.summary,
            "context": self.context,
            "difficulty": self.difficulty,
            "layers": len(self.story_layers),
        }
