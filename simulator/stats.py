"""AUC with a seeded bootstrap interval: how well a measure separates two groups of sessions.

Why AUC: it answers the validity question directly ("how likely is a random skilled session
to end with more trust than a random directive one?"), needs no threshold, and is robust to
the scale of the measure. Ties count one half (the Mann-Whitney form). The 95% interval is a
percentile bootstrap resampling each group separately, with a fixed seed so a report is
reproducible. (Agreement metrics - kappa, Pearson, Spearman - live in evaluators/metrics.py.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


def auc(positive: Sequence[float], negative: Sequence[float]) -> float:
    """P(X_pos > X_neg) + 0.5 P(X_pos == X_neg); NaN if either group is empty."""
    pos = np.asarray(positive, dtype=float)
    neg = np.asarray(negative, dtype=float)
    pos, neg = pos[~np.isnan(pos)], neg[~np.isnan(neg)]
    if not len(pos) or not len(neg):
        return float("nan")
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0).sum() + 0.5 * (diff == 0).sum()) / diff.size)


@dataclass
class AucResult:
    auc: float
    low: float
    high: float
    n_pos: int
    n_neg: int

    def text(self) -> str:
        if np.isnan(self.auc):
            return "n/a"
        return f"{self.auc:.2f} [{self.low:.2f}, {self.high:.2f}]"


def auc_bootstrap(
    positive: Sequence[float],
    negative: Sequence[float],
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> AucResult:
    """AUC and its percentile bootstrap interval (each group resampled with replacement)."""
    pos = np.asarray([v for v in positive if v is not None and not np.isnan(v)], dtype=float)
    neg = np.asarray([v for v in negative if v is not None and not np.isnan(v)], dtype=float)
    point = auc(pos, neg)
    if np.isnan(point):
        return AucResult(point, float("nan"), float("nan"), len(pos), len(neg))
    rng = np.random.default_rng(seed)
    pi = rng.integers(0, len(pos), size=(n_boot, len(pos)))
    ni = rng.integers(0, len(neg), size=(n_boot, len(neg)))
    p, n = pos[pi], neg[ni]  # (B, n_pos), (B, n_neg)
    diff = p[:, :, None] - n[:, None, :]
    boots = ((diff > 0).sum(axis=(1, 2)) + 0.5 * (diff == 0).sum(axis=(1, 2))) / (len(pos) * len(neg))
    alpha = (1 - level) / 2
    low, high = np.quantile(boots, [alpha, 1 - alpha])
    return AucResult(point, float(low), float(high), len(pos), len(neg))
