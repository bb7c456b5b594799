"""Agreement of an evaluator with AnnoMI's expert coders: real transcribed counselling talk.

Why: our own labelled sets (evaluators/data) are written, tidy utterances coded by us. The
CEO measures on human-coded *transcripts*: "Mm-hmm. So, um, you know..." turns, several
sentences long, coded by MI experts. AnnoMI (Wu et al. 2022/2023, github.com/uccollab/AnnoMI)
is the public data of that kind: 133 MI demonstration transcripts rated high or low quality,
each therapist utterance coded for reflection (simple/complex), question (open/closed) and
therapist input (information/advice/options/negotiation). The dataset is not vendored here
(its licence is not stated); point this script at a copy of `AnnoMI-full.csv`, or at a JSONL
excerpt of its rows with the short keys below.

    .venv/bin/python bench/annomi_agreement.py --data AnnoMI-full.csv
    .venv/bin/python bench/annomi_agreement.py --data /tmp/annomi --part check
    .venv/bin/python bench/annomi_agreement.py --data /tmp/annomi --errors question

`--part tune` keeps transcripts with an even id, `--part check` the odd ones: look at errors
on `tune` only, and report `check`, so a rule fitted to these transcripts shows up as a gap.

It prints kappa for reflection / question / advice, open-vs-closed accuracy, the same
agreement between two AnnoMI coders where a turn was coded twice (the human ceiling), and
the session-level test of issue 3: do low-quality transcripts score clearly lower (AUC of
the per-transcript mean scores, high vs low)?
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluators.accuracy import GROUPS, agreement_report, run_evaluator  # noqa: E402
from evaluators.metrics import accuracy, cohen_kappa_binary  # noqa: E402
from evaluators.registry import get_evaluator  # noqa: E402
from evaluators.types import DIMENSIONS  # noqa: E402

HISTORY_TURNS = 4
INPUT_CODES = {"information": "inform", "advice": "advise", "options": "emphasize_autonomy",
               "negotiation": "seek_collaboration"}
REPORTED = ("reflection", "question", "advice")
CSV_KEYS = {"mi_quality": "q", "transcript_id": "t", "utterance_id": "u", "interlocutor": "who",
            "annotator_id": "a", "utterance_text": "text", "therapist_input_exists": "ti",
            "therapist_input_subtype": "tis", "reflection_exists": "re",
            "reflection_subtype": "res", "question_exists": "qe", "question_subtype": "qs",
            "main_therapist_behaviour": "main"}


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows in short-key form from AnnoMI-full.csv, a JSONL excerpt, or a folder of excerpts."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows: list[dict[str, Any]] = []
    for file in files:
        if file.suffix == ".csv":
            with file.open(encoding="utf-8", newline="") as handle:
                for raw in csv.DictReader(handle):
                    rows.append({short: raw[long] for long, short in CSV_KEYS.items()})
        else:
            with file.open(encoding="utf-8") as handle:
                rows.extend(json.loads(line) for line in handle if line.strip())
    for row in rows:
        row["t"], row["u"] = int(row["t"]), int(row["u"])
    return rows


def gold_codes(row: dict[str, Any]) -> list[str]:
    """AnnoMI's labels in our behaviour codes (only the parts AnnoMI codes)."""
    codes = []
    if row["re"] == "True":
        codes.append("complex_reflection" if row["res"] == "complex" else "simple_reflection")
    if row["qe"] == "True":
        codes.append("closed_question" if row["qs"] == "closed" else "open_question")
    if row["ti"] == "True" and row["tis"] in INPUT_CODES:
        codes.append(INPUT_CODES[row["tis"]])
    return codes


def consensus_codes(coded: list[dict[str, Any]]) -> list[str]:
    """Gold codes for one turn: the majority of its coders where three or more coded it
    (AnnoMI has ten coders on 216 turns), else the first coder. A code counts when more than
    half of the coders gave it; simple/complex and open/closed follow the majority of those."""
    if len(coded) < 3:
        return gold_codes(coded[0])
    votes = Counter(code for row in coded for code in gold_codes(row))
    out = []
    for kinds in (("simple_reflection", "complex_reflection"), ("open_question", "closed_question"),
                  tuple(INPUT_CODES.values())):
        given = sum(votes[k] for k in kinds)
        if given * 2 > len(coded):
            out.append(max(kinds, key=lambda k: (votes[k], -kinds.index(k))))
    return out


def build_items(rows: list[dict[str, Any]], part: str) -> tuple[list[dict], list[tuple]]:
    """One labelled item per therapist utterance (coders' consensus), plus first-vs-second-coder pairs."""
    by_turn: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for row in rows:
        by_turn[(row["t"], row["u"])].append(row)
    items, second = [], []
    for (tid, uid), coded in sorted(by_turn.items()):
        if part == "tune" and tid % 2 or part == "check" and not tid % 2:
            continue
        first = coded[0]
        if first["who"] != "therapist":
            continue
        history = []
        for prev in range(uid - 1, uid - 1 - HISTORY_TURNS, -1):
            if (tid, prev) not in by_turn:
                break
            before = by_turn[(tid, prev)][0]
            role = "trainee" if before["who"] == "therapist" else "client"
            history.insert(0, {"role": role, "text": before["text"]})
        item = {"id": f"annomi-{tid}-{uid}", "transcript": tid, "quality": first["q"],
                "history": history, "utterance": first["text"], "behaviors": consensus_codes(coded)}
        items.append(item)
        others = [r for r in coded[1:] if r["a"] != first["a"]]
        if others:
            second.append((gold_codes(first), gold_codes(others[0])))
    return items, second


def human_ceiling(pairs: list[tuple[list[str], list[str]]]) -> dict[str, Any]:
    """Kappa between two AnnoMI coders on the turns both coded."""
    out: dict[str, Any] = {"n": len(pairs)}
    for name in REPORTED:
        group = GROUPS[name]
        out[name] = cohen_kappa_binary([bool(group & set(a)) for a, _ in pairs],
                                       [bool(group & set(b)) for _, b in pairs])
    return out


def auc(high: list[float], low: list[float]) -> float:
    """P(a high-quality transcript outscores a low-quality one); ties count half."""
    if not high or not low:
        return float("nan")
    wins = sum((h > lo) + 0.5 * (h == lo) for h in high for lo in low)
    return wins / (len(high) * len(low))


def session_quality(items: list[dict], preds: list[dict]) -> dict[str, Any]:
    """Per-transcript mean of each score, high vs low quality."""
    per: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    quality: dict[int, str] = {}
    for item, pred in zip(items, preds, strict=True):
        quality[item["transcript"]] = item["quality"]
        for dim in (*DIMENSIONS, "mean"):
            value = (sum(pred["scores"][d] for d in DIMENSIONS) / len(DIMENSIONS)
                     if dim == "mean" else pred["scores"][dim])
            per[item["transcript"]][dim].append(value)
    out: dict[str, Any] = {"high_n": sum(q == "high" for q in quality.values()),
                           "low_n": sum(q == "low" for q in quality.values())}
    for dim in (*DIMENSIONS, "mean"):
        means = {t: sum(v[dim]) / len(v[dim]) for t, v in per.items()}
        high = [m for t, m in means.items() if quality[t] == "high"]
        low = [m for t, m in means.items() if quality[t] == "low"]
        out[dim] = {"high": sum(high) / len(high) if high else None,
                    "low": sum(low) / len(low) if low else None, "auc": auc(high, low)}
    return out


def print_errors(items: list[dict], preds: list[dict], group_name: str, limit: int) -> None:
    group = GROUPS[group_name]
    for kind in ("missed", "false"):
        print(f"\n--- {group_name}: {kind} ---")
        shown = 0
        for item, pred in zip(items, preds, strict=True):
            truth, got = bool(group & set(item["behaviors"])), bool(group & set(pred["behaviors"]))
            if (kind == "missed" and truth and not got) or (kind == "false" and got and not truth):
                last = item["history"][-1]["text"] if item["history"] else ""
                print(f"[{item['id']}] client: {last[:120]!r}\n   U: {item['utterance']!r}\n"
                      f"   gold={item['behaviors']} pred={pred['behaviors']}")
                shown += 1
                if shown >= limit:
                    break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="AnnoMI-full.csv, a JSONL excerpt, or a folder of them")
    parser.add_argument("--part", choices=["all", "tune", "check"], default="all")
    parser.add_argument("--evaluator", default="local")
    parser.add_argument("--errors", choices=[*REPORTED, "affirm", "authoritative"])
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()

    if not args.data.exists():
        parser.error(f"{args.data} does not exist: download AnnoMI-full.csv from "
                     "github.com/uccollab/AnnoMI and pass its path")
    items, second = build_items(read_rows(args.data), args.part)
    if not items:
        parser.error(f"no therapist utterances found in {args.data} for part {args.part}")
    preds, _ = run_evaluator(get_evaluator(args.evaluator), items)
    report = agreement_report(items, preds)
    questions = [(i, p) for i, p in zip(items, preds, strict=True)
                 if {"open_question", "closed_question"} & set(i["behaviors"])]
    result = {
        "n": len(items), "transcripts": len({i["transcript"] for i in items}),
        "kappa": {name: report["groups"][name]["kappa"] for name in REPORTED},
        "prf": {name: {k: report["groups"][name][k] for k in ("precision", "recall", "f1")}
                for name in REPORTED},
        "open_vs_closed": report["open_vs_closed"],
        "open_vs_closed_if_predicted_question": accuracy(
            ["open" if "open_question" in i["behaviors"] else "closed" for i, _ in questions],
            ["open" if "open_question" in p["behaviors"] else
             "closed" if "closed_question" in p["behaviors"] else "none" for _, p in questions]),
        "human_ceiling": human_ceiling(second),
        "sessions": session_quality(items, preds),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    if args.errors:
        print_errors(items, preds, args.errors, args.limit)


if __name__ == "__main__":
    main()
