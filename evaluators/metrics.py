"""Agreement metrics shared by the accuracy bench and the tests (numpy only, no sklearn).

Why here: the bench prints these numbers and the tests assert floors on the very same
numbers, so both must compute them one way. Everything takes plain sequences.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _binary(values: Sequence[bool | int]) -> np.ndarray:
    return np.asarray([1 if v else 0 for v in values], dtype=int)


def cohen_kappa_binary(truth: Sequence[bool | int], pred: Sequence[bool | int]) -> float:
    """Cohen's kappa for two binary raters; 0.0 when chance agreement is total (no variance)."""
    t, p = _binary(truth), _binary(pred)
    if len(t) != len(p):
        raise ValueError("truth and pred differ in length")
    if len(t) == 0:
        return float("nan")
    po = float(np.mean(t == p))
    pt, pp = float(t.mean()), float(p.mean())
    pe = pt * pp + (1 - pt) * (1 - pp)
    if pe >= 1.0:
        return 1.0 if po == 1.0 else 0.0
    return (po - pe) / (1 - pe)


def precision_recall_f1(
    truth: Sequence[bool | int], pred: Sequence[bool | int]
) -> dict[str, float]:
    """Binary precision, recall, F1 and the support (number of true positives in truth)."""
    t, p = _binary(truth), _binary(pred)
    tp = int(np.sum((t == 1) & (p == 1)))
    fp = int(np.sum((t == 0) & (p == 1)))
    fn = int(np.sum((t == 1) & (p == 0)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "support": int(t.sum()),
        "predicted": int(p.sum()),
    }


def binary_report(truth: Sequence[bool | int], pred: Sequence[bool | int]) -> dict[str, float]:
    """Precision/recall/F1 plus Cohen's kappa for one binary code."""
    out = precision_recall_f1(truth, pred)
    out["kappa"] = cohen_kappa_binary(truth, pred)
    return out


def accuracy(truth: Sequence, pred: Sequence) -> float:
    if not truth:
        return float("nan")
    return float(np.mean([a == b for a, b in zip(truth, pred, strict=True)]))


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    a, b = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(a) < 2 or a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def _ranks(values: np.ndarray) -> np.ndarray:
    """Average ranks (ties share the mean rank), as Spearman's rho needs."""
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(len(values), dtype=float)
    sorted_vals = values[order]
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and sorted_vals[j + 1] == sorted_vals[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0 + 1
        i = j + 1
    return ranks


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    a, b = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(a) < 2:
        return float("nan")
    return pearson(_ranks(a), _ranks(b))


def quadratic_weighted_kappa(
    truth: Sequence[float], pred: Sequence[float], low: int = 1, high: int = 5
) -> float:
    """Quadratic-weighted kappa on an integer scale; predictions are rounded and clipped."""
    t = np.clip(np.rint(np.asarray(truth, dtype=float)), low, high).astype(int) - low
    p = np.clip(np.rint(np.asarray(pred, dtype=float)), low, high).astype(int) - low
    if len(t) == 0:
        return float("nan")
    k = high - low + 1
    observed = np.zeros((k, k))
    for a, b in zip(t, p, strict=True):
        observed[a, b] += 1
    weights = np.array([[(i - j) ** 2 for j in range(k)] for i in range(k)]) / (k - 1) ** 2
    expected = np.outer(observed.sum(1), observed.sum(0)) / observed.sum()
    denom = float((weights * expected).sum())
    if denom == 0:
        return 1.0 if float((weights * observed).sum()) == 0 else 0.0
    return 1.0 - float((weights * observed).sum()) / denom


def score_agreement(truth: Sequence[float], pred: Sequence[float]) -> dict[str, float]:
    """Exact and within-1 agreement (pred rounded), Spearman, Pearson and QWK for one score."""
    t = np.asarray(truth, dtype=float)
    p = np.asarray(pred, dtype=float)
    rounded = np.rint(p)
    return {
        "n": len(t),
        "exact": float(np.mean(rounded == t)) if len(t) else float("nan"),
        "within_1": float(np.mean(np.abs(rounded - t) <= 1)) if len(t) else float("nan"),
        "mae": float(np.mean(np.abs(p - t))) if len(t) else float("nan"),
        "spearman": spearman(t, p),
        "pearson": pearson(t, p),
        "qwk": quadratic_weighted_kappa(t, p),
    }


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    return float(np.percentile(np.asarray(values, dtype=float), q))
