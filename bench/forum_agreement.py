"""Agreement of an evaluator with MI-coded *peer-support* sentences (Welivita & Pu 2023).

Why: the CEO's held-out set is "human-coded counselling and peer-support utterances".
AnnoMI (bench/annomi_agreement.py) covers transcribed counselling; this covers written peer
support. Welivita & Pu ("Boosting Distress Support Dialogue Responses with Motivational
Interviewing Strategy", Findings of ACL 2023, github.com/anuradha1992/Boosting-with-MI-Strategy)
coded sentences from peer-support forum replies (Reddit, CounselChat) with 15 MITI-style codes.
Their repository publishes the gold test split with the predictions of their RoBERTa
classifier fine-tuned on the rest of that data (`Software/MI Classifier/output/mi_gold/
test_output.csv`): an in-domain fine-tuned transformer to compare with, measured on the same
sentences. The data is CC BY-NC-SA 3.0, so it is not vendored here; pass its path.

    .venv/bin/python bench/forum_agreement.py --data test_output.csv
    .venv/bin/python bench/forum_agreement.py --data test_output.csv --part tune --errors advice

Each item is one sentence with no client context and exactly one gold code. `--part tune`
keeps even rows, `--part check` odd rows: look at errors on `tune` only, report `check`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluators.accuracy import GROUPS, agreement_report, run_evaluator  # noqa: E402
from evaluators.registry import get_evaluator  # noqa: E402

# Their 15 codes in ours. "Support" (sympathy, good wishes: "I'm sorry you're going through
# this", "Good luck!") has no MITI 4.2.1 code; it is none of the targets, so it maps to other.
LABELS: dict[str, str] = {
    "Closed Question": "closed_question", "Open Question": "open_question",
    "Simple Reflection": "simple_reflection", "Complex Reflection": "complex_reflection",
    "Give Information": "inform", "Advise with Permission": "advise_with_permission",
    "Affirm": "affirm", "Emphasize Autonomy": "emphasize_autonomy", "Support": "other",
    "Advise without Permission": "advise", "Confront": "confront", "Direct": "direct",
    "Warn": "warn", "Self-Disclose": "self_disclose", "Other": "other",
}
REPORTED = ("reflection", "question", "advice", "authoritative", "affirm")


def read_items(path: Path, part: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Labelled items, and their classifier's predictions in the same shape (for comparison)."""
    items, theirs = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle)):
            if part == "tune" and n % 2 or part == "check" and not n % 2:
                continue
            gold = row.get("Ground truth") or row.get("final agreed label") or ""
            if gold not in LABELS:
                raise SystemExit(f"{path}: row {n + 2}: unknown label {gold!r}; "
                                 f"expected one of {sorted(LABELS)}")
            items.append({"id": f"forum-{n}", "history": [], "utterance": row["Text"],
                          "behaviors": [LABELS[gold]], "label": gold})
            if row.get("Prediction") in LABELS:
                theirs.append({"behaviors": [LABELS[row["Prediction"]]]})
    return items, theirs if len(theirs) == len(items) else []


def kappas(items: list[dict], preds: list[dict]) -> dict[str, Any]:
    report = agreement_report(items, [{"scores": {}, **p} for p in preds])
    out: dict[str, Any] = {name: report["groups"][name]["kappa"] for name in REPORTED}
    out["open_vs_closed"] = report["open_vs_closed"]["accuracy"]
    return out


def confusion(items: list[dict], preds: list[dict]) -> dict[str, dict[str, int]]:
    """For each gold label: how often each target group was predicted (and 'none')."""
    table: dict[str, Counter] = {}
    for item, pred in zip(items, preds, strict=True):
        got = [g for g in REPORTED if GROUPS[g] & set(pred["behaviors"])] or ["none"]
        table.setdefault(item["label"], Counter()).update(got + ["n"])
    return {label: dict(counts) for label, counts in sorted(table.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="their test_output.csv")
    parser.add_argument("--part", choices=["all", "tune", "check"], default="all")
    parser.add_argument("--evaluator", default="local")
    parser.add_argument("--errors", choices=[*REPORTED, *sorted(set(LABELS.values()))])
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()

    if not args.data.exists():
        parser.error(f"{args.data} does not exist: take test_output.csv from "
                     "github.com/anuradha1992/Boosting-with-MI-Strategy and pass its path")
    items, theirs = read_items(args.data, args.part)
    preds, _ = run_evaluator(get_evaluator(args.evaluator), items)
    result = {"n": len(items), "labels": dict(Counter(i["label"] for i in items)),
              "kappa": kappas(items, preds),
              "their_roberta_kappa": kappas(items, theirs) if theirs else None,
              "predicted_groups_by_gold_label": confusion(items, preds)}
    print(json.dumps(result, indent=1))
    if args.errors:
        codes = GROUPS.get(args.errors, frozenset({args.errors}))
        shown = 0
        for item, pred in zip(items, preds, strict=True):
            if bool(codes & set(item["behaviors"])) != bool(codes & set(pred["behaviors"])):
                print(f"[{item['label']}] pred={pred['behaviors']}  {item['utterance']!r}")
                shown += 1
                if shown >= args.limit:
                    break


if __name__ == "__main__":
    main()
