"""A small learned second opinion on the rule coder: logistic regressions on sentence embeddings.

Why: the rule coder (`coder.py`) scores kappa ~0.9 on the sets it was tuned on but much less
on text it has never seen, because regular expressions memorise phrasing. This layer embeds
the trainee utterance with all-MiniLM-L6-v2 (`embed.py`, numpy forward pass, first
`layers` transformer layers, mean-pooled) and runs one L2-regularised logistic regression per
behaviour code (and one for "any reflection" and "any question") on
[embedding, a few scalars]. The classifier does not see the rule codes: it is an independent
opinion. `combine` then lets it *override* the rules only where it is confident: add a code
the rules missed when p >= `add`, drop a rule code when p <= `veto`. The thresholds per code
were chosen by grouped 5-fold cross-validation on dev + dev2 (`train_classifier.py`); a code
whose override did not help in cross-validation has the thresholds (inf, -inf) and is left to
the rules. The weights live in `data/classifier.npz` (retrain with
`python -m evaluators.train_classifier`).

Runtime needs numpy, `tokenizers`, `safetensors` and the model package; if any is missing
the local evaluator falls back to the rules alone and says so in its provenance.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluators.coder import _ORDER as CODE_ORDER
from evaluators.context import content_stems

if TYPE_CHECKING:
    import numpy as np

WEIGHTS = Path(__file__).parent / "data" / "classifier.npz"

REFLECTION_CODES = ("simple_reflection", "complex_reflection")
QUESTION_CODES = ("open_question", "closed_question")
# Group heads decide presence; the per-code heads of the group decide which kind.
GROUP_HEADS = {"any_reflection": REFLECTION_CODES, "any_question": QUESTION_CODES}

_WORD = re.compile(r"[a-z']+")
_SECOND = frozenset({"you", "your", "you're", "youre", "yours", "yourself", "you've", "you'd",
                     "you'll", "ya", "u"})
_FIRST = frozenset({"i", "me", "my", "i'm", "im", "i've", "i'd", "i'll", "mine", "myself"})
SCALAR_NAMES = ("log_words", "question_mark", "ends_question", "second_person", "first_person",
                "client_overlap")


def scalar_features(utterance: str, last_client: str) -> list[float]:
    """Length, question marks, person ratios and overlap with the client's last words."""
    import math

    text = utterance.lower().replace("\u2019", "'")
    toks = _WORD.findall(text)
    n = max(len(toks), 1)
    stems = content_stems(utterance)
    client = content_stems(last_client) if last_client else set()
    overlap = len(stems & client) / len(stems) if stems and client else 0.0
    return [
        math.log1p(len(toks)),
        1.0 if "?" in text else 0.0,
        1.0 if text.rstrip().endswith("?") else 0.0,
        sum(t in _SECOND for t in toks) / n,
        sum(t in _FIRST for t in toks) / n,
        overlap,
    ]


def build_features(embeddings: np.ndarray, utterances: Sequence[str],
                   last_clients: Sequence[str]) -> np.ndarray:
    """[utterance embedding, scalar features] for each utterance."""
    import numpy as np

    scalars = np.array([scalar_features(u, c) for u, c in zip(utterances, last_clients,
                                                              strict=True)],
                       dtype=np.float32).reshape(len(utterances), len(SCALAR_NAMES))
    return np.hstack([embeddings.astype(np.float32), scalars])


@dataclass
class ClassifierModel:
    """The weights of `data/classifier.npz`."""

    heads: list[str]  # behaviour codes and group heads, in weight-row order
    weight: np.ndarray  # (n_heads, n_features)
    bias: np.ndarray  # (n_heads,)
    mean: np.ndarray  # feature standardisation
    std: np.ndarray
    add: dict[str, float]  # p >= add: the classifier adds the code (inf: never)
    veto: dict[str, float]  # p <= veto: the classifier removes a rule code (-inf: never)
    layers: int  # transformer layers of MiniLM used for the utterance embedding
    meta: dict[str, Any]

    @classmethod
    def load(cls, path: str | Path = WEIGHTS) -> ClassifierModel:
        import json

        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            heads = [str(h) for h in data["heads"]]
            meta = json.loads(str(data["meta"]))
            return cls(
                heads=heads,
                weight=data["weight"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                mean=data["mean"].astype(np.float32),
                std=data["std"].astype(np.float32),
                add=dict(zip(heads, data["add"].astype(float).tolist(), strict=True)),
                veto=dict(zip(heads, data["veto"].astype(float).tolist(), strict=True)),
                layers=int(data["layers"]),
                meta=meta,
            )

    def save(self, path: str | Path) -> None:
        import json

        import numpy as np

        np.savez_compressed(
            path,
            heads=np.array(self.heads),
            weight=self.weight.astype(np.float32),
            bias=self.bias.astype(np.float32),
            mean=self.mean.astype(np.float32),
            std=self.std.astype(np.float32),
            add=np.array([self.add[h] for h in self.heads], dtype=np.float64),
            veto=np.array([self.veto[h] for h in self.heads], dtype=np.float64),
            layers=np.array(self.layers),
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
        )

    def predict_features(self, features: np.ndarray) -> np.ndarray:
        """(n, n_features) -> probabilities (n, n_heads)."""
        import numpy as np

        z = ((features - self.mean) / self.std) @ self.weight.T + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def predict(self, utterances: Sequence[str], last_clients: Sequence[str]) -> list[dict[str, float]]:
        """Probabilities per head for each utterance (embeds them in one batch)."""
        from evaluators.embed import get_encoder

        if not utterances:
            return []
        emb = get_encoder().encode(list(utterances), n_layers=self.layers)
        probs = self.predict_features(build_features(emb, utterances, last_clients))
        return [dict(zip(self.heads, row.tolist(), strict=True)) for row in probs]


def combine(rule_codes: Iterable[str], probs: dict[str, float], add: dict[str, float],
            veto: dict[str, float], advice_allowed: bool = False) -> list[str]:
    """The final code set: the rule codes, overridden where the classifier is confident.

    `advice_allowed`: the client asked for advice or granted permission (then an `advise`
    the classifier adds becomes `advise_with_permission`, as the rules do)."""
    codes = set(rule_codes)
    rule_substantive = codes - {"other"}
    for head, members in GROUP_HEADS.items():
        if head not in probs:
            continue
        p = probs[head]
        present = bool(codes & set(members))
        if present and p <= veto.get(head, float("-inf")):
            codes -= set(members)
        elif not present and p >= add.get(head, float("inf")):
            codes.add(max(members, key=lambda c: probs.get(c, 0.0)))
    grouped = {c for members in GROUP_HEADS.values() for c in members}
    for code, p in probs.items():
        if code in GROUP_HEADS or code in grouped or code == "other":
            continue
        if code in codes and p <= veto.get(code, float("-inf")):
            codes.discard(code)
        elif code not in codes and p >= add.get(code, float("inf")):
            codes.add(code)
    if advice_allowed and "advise" in codes:
        codes.discard("advise")
        codes.add("advise_with_permission")
    if "advise_with_permission" in codes and "advise" in codes:
        codes.discard("advise")
    if "other" in codes and codes - {"other"} and not rule_substantive:
        codes.discard("other")  # the rules said "just other"; a code was added instead
    if not codes:
        codes.add("other")  # every rule code was vetoed
    return [c for c in CODE_ORDER if c in codes]


_LOCK = threading.Lock()
_MODEL: ClassifierModel | None = None
_STATUS: tuple[bool, str] | None = None


def classifier_status() -> tuple[bool, str]:
    """(True, "") when the weights and the encoder can be used, else (False, why)."""
    global _STATUS
    if _STATUS is None:
        from evaluators.embed import encoder_available

        if not WEIGHTS.exists():
            _STATUS = (False, f"no weight file {WEIGHTS.name}")
        else:
            try:
                import numpy  # noqa: F401
            except ImportError:
                _STATUS = (False, "numpy is not installed")
            else:
                _STATUS = encoder_available()
    return _STATUS


def get_model() -> ClassifierModel:
    """The process-wide classifier (weights loaded once, thread-safe)."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = ClassifierModel.load(WEIGHTS)
    return _MODEL
