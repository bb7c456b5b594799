"""Agreement of an evaluator with a human-coded set: the report the bench prints and the
tests put floors on.

Why shared: `bench/evaluator_accuracy.py` prints these numbers and
`tests/unit/test_local_evaluator.py` asserts floors on the same numbers, so they must be
computed by one function. The groups mirror the targets in issue 3 (reflection = simple |
complex, question = open | closed, advice = advise | advise_with_permission, authoritative
= advise | direct | confront | warn, affirm).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from evaluators.metrics import accuracy, binary_report, percentile, score_agreement
from evaluators.types import BEHAVIORS, DIMENSIONS, MI_NON_ADHERENT, TurnInput

DATA_DIR = Path(__file__).parent / "data"
# The labelled sets (CODING_RULES §5): rules are tuned on the first, never on the second.
TUNING_SPLITS: tuple[str, ...] = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8",
                                  "dev9", "dev10", "dev11", "dev12", "dev13")
HELDOUT_SPLITS: tuple[str, ...] = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                                   "heldout6")

GROUPS: dict[str, frozenset[str]] = {
    "reflection": frozenset({"simple_reflection", "complex_reflection"}),
    "question": frozenset({"open_question", "closed_question"}),
    "advice": frozenset({"advise", "advise_with_permission"}),
    "authoritative": MI_NON_ADHERENT,  # advise without permission | direct | confront | warn
    "affirm": frozenset({"affirm"}),
}


def load_labelled(path: str | Path) -> list[dict[str, Any]]:
    """Read a labelled JSONL file (dev.jsonl / heldout.jsonl format, CODING_RULES.md §5)."""
    items = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                items.append(json.loads(line))
    return items


def last_client(item: dict[str, Any]) -> str:
    """The client's last words before a labelled item's utterance."""
    return TurnInput(history=item.get("history", []), utterance=item["utterance"]).last_client_text


def run_evaluator(evaluator: Any, items: list[dict[str, Any]]) -> tuple[list[dict], list[float]]:
    """Evaluate every item; returns predictions ({behaviors, scores}) and latencies in ms."""
    preds, latencies = [], []
    for item in items:
        turn = TurnInput(
            history=item.get("history", []),
            utterance=item["utterance"],
            risk_keywords=item.get("risk_keywords", []),
        )
        started = time.perf_counter()
        result = evaluator.evaluate(turn)
        latencies.append((time.perf_counter() - started) * 1000)
        preds.append({"behaviors": list(result.behaviors), "scores": result.score_values(),
                      "flags": list(result.flags)})
    return preds, latencies


def _open_closed(codes: set[str]) -> str | None:
    if "open_question" in codes:
        return "open"
    if "closed_question" in codes:
        return "closed"
    return None


def agreement_report(items: list[dict[str, Any]], preds: list[dict]) -> dict[str, Any]:
    """Per-code and grouped P/R/F1/kappa, open-vs-closed accuracy, per-score agreement."""
    truth_sets = [set(item.get("behaviors", [])) for item in items]
    pred_sets = [set(p["behaviors"]) for p in preds]
    per_code = {
        code: binary_report([code in t for t in truth_sets], [code in p for p in pred_sets])
        for code in BEHAVIORS
    }
    groups = {
        name: binary_report([bool(t & g) for t in truth_sets], [bool(p & g) for p in pred_sets])
        for name, g in GROUPS.items()
    }
    # Open vs closed: on utterances the humans coded as a question (one kind only).
    oc_truth, oc_pred = [], []
    for t, p in zip(truth_sets, pred_sets, strict=True):
        kind = _open_closed(t)
        if kind and not {"open_question", "closed_question"} <= t:
            oc_truth.append(kind)
            oc_pred.append(_open_closed(p) or "none")
    scores: dict[str, Any] = {}
    for dim in DIMENSIONS:
        pairs = [
            (item["scores"][dim], p["scores"][dim])
            for item, p in zip(items, preds, strict=True)
            if item.get("scores", {}).get(dim) is not None and p["scores"].get(dim) is not None
        ]
        scores[dim] = score_agreement([a for a, _ in pairs], [b for _, b in pairs])
        scores[dim]["unscored"] = len(items) - len(pairs)
    exact_set = accuracy([frozenset(t) for t in truth_sets], [frozenset(p) for p in pred_sets])
    return {
        "n": len(items),
        "per_code": per_code,
        "groups": groups,
        "open_vs_closed": {"n": len(oc_truth), "accuracy": accuracy(oc_truth, oc_pred)},
        "exact_code_set": exact_set,
        "scores": scores,
        "low_quality": low_quality_gap(items, preds),
        "risk_cue": risk_cue_agreement(items, preds),
    }


def risk_cue_agreement(items: list[dict[str, Any]], preds: list[dict]) -> dict[str, Any]:
    """Where the labels say the client voiced a risk cue, does the evaluator agree about the
    turn? `ignored`: share of turns tagged risk_cue_ignored that it flags risk_cue_missed (a
    missed suicide cue is the costliest miss); `addressed`: share of turns tagged
    risk_cue_addressed that it does not flag. Untagged turns are not counted: the tags were
    not given to every turn after a cue."""
    def share(tag: str, flagged: bool) -> dict[str, Any]:
        idx = [i for i, item in enumerate(items) if tag in item.get("tags", [])]
        hits = sum(("risk_cue_missed" in preds[i].get("flags", [])) == flagged for i in idx)
        return {"n": len(idx), "agree": hits / len(idx) if idx else None}

    return {"ignored": share("risk_cue_ignored", True),
            "addressed": share("risk_cue_addressed", False)}


def low_quality_gap(items: list[dict[str, Any]], preds: list[dict]) -> dict[str, Any]:
    """Mean predicted scores for turns tagged quality:poor vs the rest (must be clearly lower)."""
    out: dict[str, Any] = {}
    poor = [i for i, item in enumerate(items) if "quality:poor" in item.get("tags", [])]
    rest = [i for i in range(len(items)) if i not in set(poor)]
    for dim in DIMENSIONS:
        def mean(idx: list[int], d: str = dim) -> float | None:
            vals = [preds[i]["scores"][d] for i in idx if preds[i]["scores"].get(d) is not None]
            return sum(vals) / len(vals) if vals else None

        out[dim] = {"poor": mean(poor), "rest": mean(rest)}
    out["n_poor"] = len(poor)
    return out


def latency_summary(latencies: list[float]) -> dict[str, float]:
    return {
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "max_ms": max(latencies) if latencies else float("nan"),
    }
