"""The reflection code in replies to written posts, decided by a small learned arbiter.

Why: in a reply to a long written post the rules read many statements about the poster's
world as reflections ("Teachers are really wanted in corporate training", "Hang in there, you
are way less alone than you think"), and the n-gram veto (`ngram.py`) drops only those it is
nearly sure of. The arbiter weighs the same evidence together: how the rules found the
reflection (`reflections.reflection_strength` of the strongest reflecting clause: none, an
unmarked statement, a restatement by form, the client's words, a clear reflection form), the
n-gram model's log-odds of a reflection, and the rules' other codes for the turn. One logistic
regression: seventeen weights and a bias.

Trained (`python -m evaluators.train_arbiter`) on the tuning sets the n-gram model was not
trained on (first dev8 to dev10, since local 0.7.2 also dev11, since 0.7.3 dev12, since
0.7.4 dev13), so its n-gram input is honest.
Leave-one-writer-out on dev8 to dev10, reflection kappa on replies to written posts rose
0.584 -> 0.636, while on typed chat it fell 0.710 -> 0.696 and on sentences without context it
moved 0.695 -> 0.704; so the arbiter only decides in replies to written posts
(`reflections.written_post`), the rules and the n-gram veto decide elsewhere. With dev11 the
written-post figure is 0.577 -> 0.653, with dev12 0.601 -> 0.673, with dev13 0.606 -> 0.688
(`--report` prints the current ones). Its weights live in `data/reflection_arbiter.json`;
without that file the local evaluator decides as before and its provenance says so.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluators.types import REFLECTIONS

if TYPE_CHECKING:
    from evaluators.coder import Coding

WEIGHTS = Path(__file__).parent / "data" / "reflection_arbiter.json"
STRENGTHS = (0.5, 0.75, 1.0, 2.0)  # `reflection_strength` levels; 0 = the rules found none
CODES = ("advise", "direct", "inform", "affirm", "open_question", "closed_question",
         "self_disclose", "minimize", "confront", "emphasize_autonomy", "other")
FEATURES = (*(f"strength_{s}" for s in STRENGTHS), "ngram_logit", "has_context",
            *(f"code_{c}" for c in CODES))


def features(strength: float, p_reflection: float, has_context: bool,
             rule_codes: set[str]) -> list[float]:
    """The arbiter's inputs, in FEATURES order. `strength` is the rules' strongest reflecting
    clause (0 when none), `p_reflection` the n-gram model's probability."""
    p = min(max(p_reflection, 1e-4), 1 - 1e-4)
    return [*(float(strength == s) for s in STRENGTHS), math.log(p / (1 - p)), float(has_context),
            *(float(c in rule_codes) for c in CODES)]


def turn_features(coding: Coding, p_reflection: float, has_context: bool) -> list[float]:
    """The arbiter's inputs for a rule coding (before any learned opinion changed it): one
    function for training and for run time, so the two cannot drift apart."""
    return features(max(coding.reflection_strengths(), default=0.0), p_reflection, has_context,
                    set(coding.codes) - REFLECTIONS)


@dataclass(frozen=True)
class ReflectionArbiter:
    mean: tuple[float, ...]
    std: tuple[float, ...]
    weight: tuple[float, ...]
    bias: float
    meta: dict[str, Any]

    def probability(self, x: list[float]) -> float:
        z = self.bias + sum(w * (v - m) / s for w, v, m, s in
                            zip(self.weight, x, self.mean, self.std, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def reflects(self, x: list[float]) -> bool:
        return self.probability(x) >= 0.5

    @classmethod
    def load(cls, path: str | Path = WEIGHTS) -> ReflectionArbiter:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path}: its features {data['features']} are not {list(FEATURES)}; "
                             "retrain with python -m evaluators.train_arbiter")
        return cls(mean=tuple(data["mean"]), std=tuple(data["std"]), weight=tuple(data["weight"]),
                   bias=float(data["bias"]), meta=data["meta"])

    def save(self, path: str | Path = WEIGHTS) -> None:
        data = {"features": list(FEATURES), "mean": list(self.mean), "std": list(self.std),
                "weight": list(self.weight), "bias": self.bias, "meta": self.meta}
        Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


_LOCK = threading.Lock()
_ARBITER: ReflectionArbiter | None = None


def get_arbiter() -> ReflectionArbiter | None:
    """The process-wide arbiter, or None when its weight file is missing."""
    global _ARBITER
    if _ARBITER is None and WEIGHTS.exists():
        with _LOCK:
            if _ARBITER is None:
                _ARBITER = ReflectionArbiter.load(WEIGHTS)
    return _ARBITER
