"""Human-readable names for the codes the engine speaks in (behaviours, dimensions, flags, scores).

The trainee sees words, never raw codes: one table here keeps the feedback panel, the debrief
and the exports saying the same thing.
"""

from __future__ import annotations

import math

DIMENSION_LABELS: dict[str, str] = {
    "active_listening": "Active listening",
    "validation": "Validation",
    "non_authoritative": "Non-authoritative tone",
}

BEHAVIOR_LABELS: dict[str, str] = {
    "open_question": "Open question",
    "closed_question": "Closed question",
    "simple_reflection": "Simple reflection",
    "complex_reflection": "Complex reflection",
    "affirm": "Affirmation",
    "emphasize_autonomy": "Emphasising autonomy",
    "seek_collaboration": "Seeking collaboration",
    "advise_with_permission": "Advice with permission",
    "advise": "Advice without permission",
    "direct": "Directing",
    "confront": "Confronting",
    "warn": "Warning",
    "inform": "Giving information",
    "self_disclose": "Self-disclosure",
    "minimize": "Minimising",
    "label": "Labelling",
    "other": "Other",
}

# Flags an evaluator may raise, with what the trainee should do about them.
FLAG_LABELS: dict[str, tuple[str, str]] = {
    "risk_cue_missed": (
        "Missed a risk cue",
        "The client said something that can signal risk. Name what you heard and ask about it "
        "directly and calmly; do not move past it.",
    ),
    "long_self_disclosure": (
        "Long self-disclosure",
        "Sharing your own story can build connection, but keep it short and bring the focus "
        "back to them.",
    ),
    "subject_change": (
        "Changed the subject",
        "Stay with what they just said before moving somewhere new.",
    ),
}

SCORE_WORDS: dict[int, str] = {
    1: "needs work",
    2: "developing",
    3: "fair",
    4: "good",
    5: "excellent",
}


def behavior_label(code: str) -> str:
    return BEHAVIOR_LABELS.get(code, code.replace("_", " ").capitalize())


def dimension_label(dimension: str) -> str:
    return DIMENSION_LABELS.get(dimension, dimension.replace("_", " ").capitalize())


def flag_label(flag: str) -> tuple[str, str]:
    return FLAG_LABELS.get(flag, (flag.replace("_", " ").capitalize(), ""))


def score_level(value: float) -> int:
    """The 1..5 band a (possibly fractional) score falls in; halves round up (3.5 -> 4)."""
    return int(min(5, max(1, math.floor(value + 0.5))))


def score_word(value: float | None) -> str:
    return "unscored" if value is None else SCORE_WORDS[score_level(value)]


def format_score(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
