"""Simulated trainees of graded skill for batch self-play: `skilled`, `novice`, `directive`, `mixed`.

Why: researchers check that the simulation is not a yes-machine (a skilled peer earns trust,
a directive one loses it) and study the evaluators on known behaviour. Each profile runs
two ways:

- `scripted`: lines from `trainee_banks.py`, chosen per turn by simple context rules (is
  there a risk cue? did the client just agree to hear an idea?) and a seeded RNG; templated
  with the client's own last words. Fast, deterministic for a seed, offline.
- `llm`: a prompted agent on the configured chat model (`trainee_llm.py`).

A profile is a *plan*: which moves (reflect, open question, closed question, advice, label,
...) to make at each turn. `mixed` draws each turn's plan from one of the other three.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from evaluators.context import build_context
from evaluators.types import Message, TurnInput
from simulator import trainee_banks as B
from simulator.trainee_text import feeling_word, fragment, reflection_of

PROFILES: tuple[str, ...] = ("skilled", "novice", "directive", "mixed")
MODES: tuple[str, ...] = ("scripted", "llm")
Mode = Literal["scripted", "llm"]
MIXED_WEIGHTS = {"skilled": 0.4, "novice": 0.35, "directive": 0.25}

PROFILE_DESCRIPTIONS = {
    "skilled": "reflects the client's words, validates, asks open questions, asks permission before offering information",
    "novice": "well-meaning: closed questions, reassurance and minimising, premature advice",
    "directive": "lectures, labels, tells the client what they need to do",
    "mixed": "each turn drawn from the other profiles (40% skilled, 35% novice, 25% directive)",
}


@dataclass
class TraineeUtterance:
    """One simulated trainee turn and how it was produced (logged as provenance)."""

    text: str
    profile: str  # for `mixed`, the profile drawn for this turn
    moves: list[str] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    fallback: bool = False

    def meta(self) -> dict[str, Any]:
        return {
            "turn_profile": self.profile, "moves": self.moves, "templates": self.templates,
            "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
            "seconds": round(self.seconds, 3), "fallback": self.fallback,
        }


class SimulatedTrainee(Protocol):
    profile: str
    mode: str

    def provenance(self) -> dict[str, Any]: ...

    def next_turn(self, history: list[Message], turn: int) -> TraineeUtterance: ...


@dataclass
class TurnContext:
    """What the context rules look at: the client's last words and what they allow."""

    last_client: str
    reflection: str | None
    frag: str | None
    feeling: str | None
    risk_cue: bool
    permission_granted: bool
    advice_requested: bool

    @classmethod
    def from_history(cls, history: list[Message]) -> TurnContext:
        # The evaluator's own context reader decides "did the client agree / ask / hint at
        # risk", so the trainee and the scorer read the conversation the same way.
        ctx = build_context(TurnInput(history=history, utterance="."))
        last = ctx.last_client
        return cls(
            last_client=last,
            reflection=reflection_of(last),
            frag=fragment(last),
            feeling=feeling_word(last),
            risk_cue=ctx.risk_cue is not None,
            permission_granted=ctx.permission_granted,
            advice_requested=ctx.advice_requested,
        )

    def slots(self) -> dict[str, str | None]:
        return {"r": self.reflection, "frag": self.frag, "feeling": self.feeling}


def _fillable(template: str, slots: dict[str, str | None]) -> bool:
    return all(slots.get(name) for name in ("r", "frag", "feeling") if "{" + name + "}" in template)


class ScriptedTrainee:
    """Chooses moves by context rules and lines from the banks with a seeded RNG."""

    mode = "scripted"

    def __init__(self, profile: str, seed: int = 0):
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
        self.profile = profile
        self.seed = seed
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        self.asked_permission_at: int | None = None

    def provenance(self) -> dict[str, Any]:
        return {"profile": self.profile, "mode": self.mode, "seed": self.seed, "banks": "trainee_banks"}

    # -- plans: which moves this turn ----------------------------------------------------------
    def plan(self, profile: str, ctx: TurnContext, turn: int) -> list[tuple[str, B.Bank]]:
        if profile == "skilled":
            return self._skilled_plan(ctx, turn)
        if profile == "novice":
            options = [
                [("reassure", B.REASSURE), ("advice", B.PREMATURE_ADVICE)],
                [("closed_question", B.CLOSED_QUESTION)],
                [("reassure", B.REASSURE), ("closed_question", B.CLOSED_QUESTION)],
                [("advice", B.PREMATURE_ADVICE)],
                [("echo", B.NOVICE_ECHO), ("advice", B.PREMATURE_ADVICE)],
            ]
            if turn == 1:
                return [("echo", B.NOVICE_ECHO), ("closed_question", B.CLOSED_QUESTION)]
            return self.rng.choice(options)
        if profile == "directive":
            options = [
                [("direct", B.DIRECT)],
                [("label", B.LABEL), ("direct", B.DIRECT)],
                [("lecture", B.LECTURE)],
                [("lecture", B.LECTURE), ("direct", B.DIRECT)],
                [("label", B.LABEL)],
            ]
            return self.rng.choice(options)
        raise ValueError(profile)

    def _skilled_plan(self, ctx: TurnContext, turn: int) -> list[tuple[str, B.Bank]]:
        reflect = ("reflect", B.REFLECT if ctx.reflection else B.REFLECT_GENERIC)
        asked_last_turn = self.asked_permission_at == turn - 1
        if ctx.risk_cue and ctx.frag:
            return [("risk_check", B.RISK_CHECK)]
        if asked_last_turn and ctx.permission_granted:
            return [("advise_with_permission", B.ADVICE_WITH_PERMISSION)]
        if ctx.advice_requested and self.asked_permission_at is None:
            self.asked_permission_at = turn
            return [reflect, ("ask_permission", B.ASK_PERMISSION)]
        if turn == 4 and self.asked_permission_at is None:
            self.asked_permission_at = turn
            return [reflect, ("ask_permission", B.ASK_PERMISSION)]
        if turn % 3 == 0:
            validate = ("validate", B.VALIDATE) if ctx.reflection or ctx.frag else reflect
            return [validate, ("affirm", B.AFFIRM)]
        return [reflect, ("open_question", B.OPEN_QUESTION)]

    # -- lines -----------------------------------------------------------------------------
    def pick(self, bank: B.Bank, slots: dict[str, str | None]) -> tuple[str, str]:
        """A template from the bank whose slots can be filled, preferring unused ones."""
        ids = [i for i in sorted(bank) if _fillable(bank[i], slots)]
        if not ids:
            raise LookupError("no template fits")
        fresh = [i for i in ids if i not in self.used] or ids
        template_id = self.rng.choice(fresh)
        self.used.add(template_id)
        return template_id, bank[template_id].format(**{k: v or "" for k, v in slots.items()})

    def next_turn(self, history: list[Message], turn: int) -> TraineeUtterance:
        ctx = TurnContext.from_history(history)
        profile = self.profile
        if profile == "mixed":
            names = sorted(MIXED_WEIGHTS)
            profile = self.rng.choices(names, weights=[MIXED_WEIGHTS[n] for n in names])[0]
        moves, templates, lines = [], [], []
        slots = ctx.slots()
        for move, bank in self.plan(profile, ctx, turn):
            try:
                template_id, line = self.pick(bank, slots)
            except LookupError:
                if move != "reflect":
                    continue
                template_id, line = self.pick(B.REFLECT_GENERIC, slots)
            moves.append(move)
            templates.append(template_id)
            lines.append(line)
        if not lines:  # every bank needed a slot the client's words could not fill
            template_id, line = self.pick(B.REFLECT_GENERIC, slots)
            moves, templates, lines = ["reflect"], [template_id], [line]
        return TraineeUtterance(" ".join(lines), profile, moves, templates)


def make_trainee(
    profile: str, mode: Mode = "scripted", seed: int = 0, model: Any = None
) -> SimulatedTrainee:
    """A trainee of `profile` (see PROFILES) running `scripted` or `llm` (needs `model`)."""
    if mode == "scripted":
        return ScriptedTrainee(profile, seed)
    if mode == "llm":
        from simulator.trainee_llm import LLMTrainee

        if model is None:
            raise ValueError("the llm trainee needs a chat model")
        return LLMTrainee(profile, model, seed)
    raise ValueError(f"unknown trainee mode {mode!r}; choose one of {', '.join(MODES)}")
