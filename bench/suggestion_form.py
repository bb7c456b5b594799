"""Do the suggested better responses read as something a peer could say? A blind grading.

Why: `bench/suggestion_quality.py` scores each suggestion with the evaluator that made it, so
it cannot see a suggestion that is not a sentence ("It sounds like what to talk about."), one
cut off mid-phrase, or "dont"/"lol" handed back from a typed message. Only a reader can. This
script makes the reading fair and repeatable in three steps:

    # 1. suggestions for a fixed sample of client turns, with each version of the code
    .venv/bin/python bench/suggestion_form.py make --out /tmp/new.json [--annomi AnnoMI-full.csv]
    (cd /tmp/old-checkout && .venv/bin/python bench/suggestion_form.py make --out /tmp/old.json ...)
    # 2. one shuffled list of the distinct (client, suggestion) pairs, with no version on it
    .venv/bin/python bench/suggestion_form.py blind --a /tmp/old.json --b /tmp/new.json --out /tmp/grade
    #    a reader fills /tmp/grade/grades.json: {id: {"well_formed": 0|1, "faithful": 0|1}}
    #    (optionally "fits": 0|1 too, and "generic": 0|1 for the catch-all reflection)
    # 3. the rates per version
    .venv/bin/python bench/suggestion_form.py score --dir /tmp/grade

The sample is client turns from the tuning sets (`dev*`; default 200, seed 99, leaving out
the 200 drawn with seed 2026, which the suggestion fixes were written against; add earlier
grading seeds to `--apart-from` for a fresh sample) and, given AnnoMI, 60 spoken client turns
from its odd-numbered transcripts (the fixes saw even ones). Each turn gets the
suggestion for advice given where validation was weak (the reflection does not depend on
which fault it follows). The tuning sets' client turns have nearly all been drawn by earlier
gradings, so `--clients FILE` takes client turns from a JSONL file instead ({"text": ...} per
line): the 220 and 160 messages written for stop 14 are the `fresh` and `fresh2` parts of
`evaluators/data/risk_cues.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from evaluators.accuracy import DATA_DIR, TUNING_SPLITS, load_labelled  # noqa: E402
from evaluators.context import build_context  # noqa: E402
from evaluators.local import vetter  # noqa: E402
from evaluators.suggest import build_suggestion  # noqa: E402
from evaluators.types import Message, TurnInput  # noqa: E402

CRITERIA = ("well_formed", "faithful")
# Graded when the reader was asked: does the whole response suit this person at this moment
# (no "What would you like to do about it?" to good news or to a death)?
OPTIONAL = ("fits",)
# --mixed-faults: the weak turn each client turn follows, in turn (the question depends on it)
FAULTS = ((frozenset({"advise"}), {"validation", "non_authoritative"}),
          (frozenset({"minimize"}), {"validation"}),
          (frozenset({"label", "confront"}), {"validation", "non_authoritative"}),
          (frozenset({"closed_question"}), {"active_listening"}))


def _client_turns() -> list[str]:
    texts = set()
    for split in TUNING_SPLITS:
        for item in load_labelled(DATA_DIR / f"{split}.jsonl"):
            last = TurnInput(history=item.get("history") or [], utterance=".").last_client_text
            if last.strip():
                texts.add(last)
    return sorted(texts)


def client_sample(n: int, seed: int, annomi: Path | None,
                  apart_from: list[int] | None = None) -> list[str]:
    """Distinct client turns: `n` from the tuning sets, then 60 from AnnoMI if given. The
    samples drawn before, in turn, with the seeds `apart_from` (the turns the suggestion
    fixes were written against, and earlier gradings) are left out, so the grading is on
    turns nobody has looked at."""
    pool = _client_turns()
    for earlier in apart_from or []:
        drawn = pool[:]
        random.Random(earlier).shuffle(drawn)
        pool = [c for c in pool if c not in set(drawn[:n])]
    rng = random.Random(seed)
    rng.shuffle(pool)
    sample = pool[:n]
    if annomi:
        from annomi_agreement import read_rows

        spoken = sorted({r["text"] for r in read_rows(annomi)
                         if r["who"] == "client" and r["t"] % 2 and len(r["text"].split()) >= 4})
        rng.shuffle(spoken)
        sample += spoken[:60]
    return sample


def suggestion_for(client: str, fault: tuple[frozenset[str], set[str]] | None = None) -> str:
    codes, weak = fault or (frozenset({"advise"}), {"validation"})
    ctx = build_context(TurnInput(history=[Message(role="client", text=client)], utterance="."))
    # as the evaluator does: a risk cue the weak turn passed over gets the safety question
    return build_suggestion(ctx.last_client, weak, bool(ctx.risk_cue), codes, vetter(ctx))


def read_clients(path: Path) -> list[str]:
    """Client turns from a JSONL file ({"text": ...} per line), in file order, duplicates
    dropped: a set written for a grading, when the tuning sets' turns have all been seen."""
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    return list(dict.fromkeys(t for t in texts if t.strip()))


def make(args: argparse.Namespace) -> None:
    sample = (read_clients(args.clients) if args.clients
              else client_sample(args.n, args.seed, args.annomi, args.apart_from))
    rows = [{"client": c,
             "suggestion": suggestion_for(c, FAULTS[n % len(FAULTS)] if args.mixed_faults else None)}
            for n, c in enumerate(sample)]
    args.out.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} suggestions -> {args.out}")


def blind(args: argparse.Namespace) -> None:
    a = json.loads(args.a.read_text(encoding="utf-8"))
    b = json.loads(args.b.read_text(encoding="utf-8"))
    if [r["client"] for r in a] != [r["client"] for r in b]:
        sys.exit("--a and --b were made from different samples (same --n/--seed/--annomi?)")
    pairs = sorted({(r["client"], r["suggestion"]) for r in a + b})
    random.Random(args.seed).shuffle(pairs)
    items = [{"id": f"g{i:03d}", "client": c, "suggestion": s} for i, (c, s) in enumerate(pairs)]
    ids = {(i["client"], i["suggestion"]): i["id"] for i in items}
    key = {name: [ids[(r["client"], r["suggestion"])] for r in rows]
           for name, rows in (("a", a), ("b", b))}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "grade_items.json").write_text(json.dumps(items, indent=1, ensure_ascii=False),
                                               encoding="utf-8")
    (args.out / "key.json").write_text(json.dumps(key), encoding="utf-8")
    changed = sum(x["suggestion"] != y["suggestion"] for x, y in zip(a, b, strict=True))
    print(f"{len(items)} pairs to grade ({changed} of {len(a)} turns differ) -> "
          f"{args.out / 'grade_items.json'}")


def score(args: argparse.Namespace) -> None:
    key = json.loads((args.dir / "key.json").read_text(encoding="utf-8"))
    grades = json.loads((args.dir / "grades.json").read_text(encoding="utf-8"))
    missing = {i for ids in key.values() for i in ids} - set(grades)
    if missing:
        sys.exit(f"grades.json lacks {len(missing)} ids, e.g. {sorted(missing)[:3]}")
    result = {}
    for name, ids in key.items():
        rates = {c: sum(int(grades[i][c]) for i in ids) / len(ids) for c in CRITERIA}
        rates["both"] = sum(all(int(grades[i][c]) for c in CRITERIA) for i in ids) / len(ids)
        rates["generic"] = sum(int(grades[i].get("generic", 0)) for i in ids) / len(ids)
        for c in OPTIONAL:
            if all(c in grades[i] for i in ids):
                rates[c] = sum(int(grades[i][c]) for i in ids) / len(ids)
                rates["all"] = sum(all(int(grades[i][k]) for k in (*CRITERIA, c))
                                   for i in ids) / len(ids)
        result[name] = {"n": len(ids), **{k: round(v, 3) for k, v in rates.items()}}
    print(json.dumps(result, indent=2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("make", help="suggestions for the sample, with this checkout's code")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--seed", type=int, default=99)
    p.add_argument("--annomi", type=Path, help="AnnoMI-full.csv, for 60 spoken client turns")
    p.add_argument("--apart-from", type=int, nargs="*", default=[2026],
                   help="leave out the samples drawn, in turn, with these seeds (tuned on, "
                        "or graded before)")
    p.add_argument("--clients", type=Path,
                   help="a JSONL file of client turns ({\"text\": ...}) to use instead of the "
                        "sample from the tuning sets (--n, --seed, --annomi, --apart-from unused)")
    p.add_argument("--mixed-faults", action="store_true",
                   help="follow advice, minimising, a label and a closed question in turn "
                        "(default: advice only)")
    p = sub.add_parser("blind", help="one shuffled list of the pairs of two `make` files")
    p.add_argument("--a", type=Path, required=True)
    p.add_argument("--b", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--seed", type=int, default=5)
    p = sub.add_parser("score", help="rates per version from the reader's grades.json")
    p.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args(argv)
    {"make": make, "blind": blind, "score": score}[args.step](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
