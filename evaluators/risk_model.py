"""A learned second reader of risk cues: a logistic regression on hashed word n-grams.

Why: the patterns in `risk.py` memorise phrasing, and each new writer of client messages finds
cues they miss. Two fresh sets written blind at stop 25 measured it: recall 0.353 on `fresh5`,
0.490 on `fresh6` (`bench/risk_cues.py`). A model of the words themselves reads some of what no
pattern names ("if I stop, sooner or later it all stops", "kind of hoping one night it just takes
me"). It only *adds* a cue where no pattern found one and it is confident (p >= `threshold`);
what the patterns blank (someone else's risk, a denial given in answer, a risk told as over)
stays blank, because `context._find_risk` asks it only after those checks.

Features: the message's word unigrams and bigrams after `risk.typed_risk_text`, hashed (crc32)
into `dim` binary buckets. Trained by `python -m evaluators.train_risk_model` on the parts of
`data/risk_cues.jsonl` the patterns were written against (tune, written, fresh, fresh2,
fresh5), never on check, fresh3, fresh4 or fresh6; the threshold was chosen there by 5-fold
cross-validation (see the trainer). The weights live in `data/risk_ngram.npz`; without the file
the patterns run alone.
"""

from __future__ import annotations

import json
import re
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from evaluators.risk import typed_risk_text

if TYPE_CHECKING:
    import numpy as np

WEIGHTS = Path(__file__).parent / "data" / "risk_ngram.npz"
_TOKEN = re.compile(r"[a-z']+")


def grams(text: str) -> list[str]:
    """Word unigrams and bigrams of the lower-cased message, typed shorthand spelled out."""
    toks = _TOKEN.findall(typed_risk_text(text.lower().replace("\u2019", "'")))
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]


def features(texts: list[str], dim: int) -> np.ndarray:
    """(n, dim) binary hashed n-grams."""
    import numpy as np

    x = np.zeros((len(texts), dim), dtype=np.float64)
    for row, text in enumerate(texts):
        for gram in grams(text):
            x[row, zlib.crc32(gram.encode("utf-8")) % dim] = 1.0
    return x


@dataclass
class RiskModel:
    dim: int
    weight: np.ndarray  # (dim,)
    bias: float
    threshold: float
    meta: dict

    @classmethod
    def load(cls, path: str | Path = WEIGHTS) -> RiskModel:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            return cls(dim=int(data["dim"]), weight=data["weight"].astype(np.float64),
                       bias=float(data["bias"]), threshold=float(data["threshold"]),
                       meta=json.loads(str(data["meta"])))

    def save(self, path: str | Path) -> None:
        import numpy as np

        np.savez_compressed(path, dim=np.array(self.dim), weight=self.weight.astype(np.float32),
                            bias=np.array(self.bias), threshold=np.array(self.threshold),
                            meta=np.array(json.dumps(self.meta)))

    def probability(self, text: str) -> float:
        """The model's probability that `text` voices a risk cue."""
        import numpy as np

        z = float(features([text], self.dim)[0] @ self.weight + self.bias)
        return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))

    def finds_cue(self, text: str) -> bool:
        return self.probability(text) >= self.threshold


_LOCK = threading.Lock()
_MODEL: RiskModel | None = None


def get_model() -> RiskModel | None:
    """The process-wide model, or None when its weight file is missing."""
    global _MODEL
    if _MODEL is None and WEIGHTS.exists():
        with _LOCK:
            if _MODEL is None:
                _MODEL = RiskModel.load(WEIGHTS)
    return _MODEL
