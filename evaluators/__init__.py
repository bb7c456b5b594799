"""Per-turn evaluators: score a trainee utterance for active listening, validation and
non-authoritative tone, and code its MITI-style behaviours."""

from evaluators.registry import Evaluator, available, get_evaluator, register
from evaluators.types import (
    BEHAVIORS,
    DIMENSIONS,
    Message,
    Provenance,
    Score,
    Scores,
    TurnEvaluation,
    TurnInput,
)

__all__ = [
    "BEHAVIORS",
    "DIMENSIONS",
    "Evaluator",
    "Message",
    "Provenance",
    "Score",
    "Scores",
    "TurnEvaluation",
    "TurnInput",
    "available",
    "get_evaluator",
    "register",
]
