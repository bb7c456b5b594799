"""How the simulated client feels about the trainee: trust, mood, and what it has shared.

The rule (documented here and in the README) that moves trust after every trainee turn:

1. Each behaviour the evaluator coded adds its weight from `BEHAVIOR_WEIGHTS`: reflections,
   affirmation, autonomy support, collaboration and asking permission raise trust; unsolicited
   advice, directing, confronting, warning, labelling and minimising lower it.
2. The three scores add `SCORE_WEIGHT * (mean score - 3)`: a well-judged turn helps a little
   beyond its codes, a poor one hurts (unscored dimensions are left out of the mean).
3. Each persona trigger the turn hits (by behaviour code or keyword) subtracts `TRIGGER_PENALTY`.
4. Gains shrink as trust grows (`gain * (1 - 0.5 * trust)`): trust is earned slowly and lost fast.
   One turn moves trust by at most `MAX_GAIN` up or `MAX_LOSS` down: a single clumsy turn
   hurts, but a client does not write a trainee off for good in one sentence.
5. Trust is clamped to 0..1. A story layer unlocks, for good, once trust reaches its
   `trust_required`, but never on a turn that hit a trigger (a hurt client does not open
   up that moment). Only unlocked layers are ever put in the client's prompt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evaluators.types import TurnEvaluation
from personas.schema import Persona, Trigger

BEHAVIOR_WEIGHTS: dict[str, float] = {
    "complex_reflection": 0.08,
    "simple_reflection": 0.05,
    "affirm": 0.05,
    "emphasize_autonomy": 0.05,
    "seek_collaboration": 0.04,
    "advise_with_permission": 0.02,
    "open_question": 0.02,
    "self_disclose": 0.01,
    "closed_question": -0.01,
    "inform": 0.0,
    "other": 0.0,
    "advise": -0.06,
    "minimize": -0.07,
    "direct": -0.08,
    "warn": -0.09,
    "confront": -0.10,
    "label": -0.10,
}
SCORE_WEIGHT = 0.03
TRIGGER_PENALTY = 0.06
MAX_GAIN = 0.12
MAX_LOSS = 0.2


def triggers_hit(persona: Persona, evaluation: TurnEvaluation) -> list[Trigger]:
    """The persona's triggers this turn hits, by behaviour code or keyword."""
    text = evaluation.utterance.lower()
    codes = set(evaluation.behaviors)
    return [
        trigger
        for trigger in persona.triggers
        if codes.intersection(trigger.behaviors)
        or any(keyword.lower() in text for keyword in trigger.keywords)
    ]


def trust_delta(evaluation: TurnEvaluation, hits: int, trust: float) -> float:
    delta = sum(BEHAVIOR_WEIGHTS.get(code, 0.0) for code in set(evaluation.behaviors))
    scored = [v for v in evaluation.score_values().values() if v is not None]
    if scored:
        delta += SCORE_WEIGHT * (sum(scored) / len(scored) - 3)
    delta -= TRIGGER_PENALTY * hits
    if delta > 0:
        delta *= 1 - 0.5 * trust
    return max(-MAX_LOSS, min(MAX_GAIN, delta))


@dataclass
class ClientState:
    """Trust 0..1, a mood word, which story layers are unlocked, what the last turn hit."""

    trust: float
    unlocked: list[int] = field(default_factory=list)
    mood: str = "guarded"
    last_delta: float = 0.0
    triggered: list[str] = field(default_factory=list)  # trigger names hit by the last turn
    reactions: list[str] = field(default_factory=list)  # their reactions, for the prompt
    newly_unlocked: list[int] = field(default_factory=list)
    turn: int = 0  # trainee turns applied so far
    unlocked_at: dict[int, int] = field(default_factory=dict)  # layer index -> turn it opened
    cues_at: dict[int, int] = field(default_factory=dict)  # risk cue index -> turn it surfaced

    @classmethod
    def initial(cls, persona: Persona) -> ClientState:
        state = cls(trust=persona.initial_trust)
        state._unlock(persona)
        state.newly_unlocked = []
        state.mood = state._mood()
        return state

    def update(self, persona: Persona, evaluation: TurnEvaluation) -> ClientState:
        """Apply one evaluated trainee turn (see the module docstring for the rule)."""
        self.turn += 1
        hits = triggers_hit(persona, evaluation)
        self.last_delta = trust_delta(evaluation, len(hits), self.trust)
        self.trust = min(1.0, max(0.0, self.trust + self.last_delta))
        self.triggered = [t.name for t in hits]
        self.reactions = [t.reaction for t in hits]
        self.newly_unlocked = [] if hits else self._unlock(persona)
        self.mood = self._mood()
        return self

    def _unlock(self, persona: Persona) -> list[int]:
        new = [
            index
            for index, layer in enumerate(persona.story_layers)
            if index not in self.unlocked and self.trust >= layer.trust_required
        ]
        self.unlocked = sorted(self.unlocked + new)
        for index in new:
            self.unlocked_at[index] = self.turn
        for index, cue in enumerate(persona.risk_cues):
            if index not in self.cues_at and self.trust >= cue.trust_required:
                self.cues_at[index] = self.turn
        return new

    def _mood(self) -> str:
        if self.triggered:
            return "shut down"
        if self.trust < 0.3:
            return "guarded"
        if self.trust < 0.5:
            return "wary" if self.last_delta <= 0 else "warming up"
        if self.trust < 0.75:
            return "opening up"
        return "trusting"

    def risk_cues_available(self, persona: Persona) -> list[int]:
        """Risk cues the client may voice: once trust has reached them, they stay available."""
        return sorted(self.cues_at)

    def to_dict(self) -> dict:
        return {
            "trust": round(self.trust, 4),
            "unlocked": list(self.unlocked),
            "mood": self.mood,
            "last_delta": round(self.last_delta, 4),
            "triggered": list(self.triggered),
            "reactions": list(self.reactions),
            "newly_unlocked": list(self.newly_unlocked),
            "turn": self.turn,
            "unlocked_at": {str(k): v for k, v in self.unlocked_at.items()},
            "cues_at": {str(k): v for k, v in self.cues_at.items()},
        }

    @classmethod
    def from_dict(cls, data: dict) -> ClientState:
        return cls(
            trust=data["trust"],
            unlocked=list(data.get("unlocked", [])),
            mood=data.get("mood", "guarded"),
            last_delta=data.get("last_delta", 0.0),
            triggered=list(data.get("triggered", [])),
            reactions=list(data.get("reactions", [])),
            newly_unlocked=list(data.get("newly_unlocked", [])),
            turn=data.get("turn", 0),
            unlocked_at={int(k): v for k, v in data.get("unlocked_at", {}).items()},
            cues_at={int(k): v for k, v in data.get("cues_at", {}).items()},
        )
