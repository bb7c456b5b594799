"""Would the authority model's additions have helped on writers the rules had never seen?

Why: on the tuning sets the rules were fitted to, a learned addition can only look useless
(the rules already catch what is catchable there) or flattering (when the model trained on the
same set). The honest test is prospective: for each tuning set from dev10 on, take the rules as
they were the commit before that set was added (a `git worktree`, so they never saw it), train
the authority model (`ngram.added_authority`) on the tuning sets that existed then, and code
the new set with those rules, without and with the model's additions.

    .venv/bin/python bench/prospective_additions.py                 # about eight minutes
    .venv/bin/python bench/prospective_additions.py --everywhere    # not only replies to posts

It prints authoritative and advice kappa before and after, and how many codes the model added
(right / all: right when the turn is labelled authoritative). Needs the git history (a clone,
not an exported tarball).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluators.accuracy import DATA_DIR, GROUPS, TUNING_SPLITS, load_labelled  # noqa: E402
from evaluators.metrics import cohen_kappa_binary  # noqa: E402
from evaluators.ngram import AUTHORITY_HEADS, added_authority  # noqa: E402
from evaluators.reflections import written_post  # noqa: E402
from evaluators.train_ngram import train  # noqa: E402

SPLITS = ("dev10", "dev11", "dev12", "dev13")
# Runs inside the old checkout: its rules' codes, and what its context saw, per item.
OLD_RULES = """
import json, sys
sys.path.insert(0, sys.argv[1])
from evaluators.accuracy import load_labelled, run_evaluator
from evaluators.local import LocalEvaluator
try:
    from evaluators.local import _squeezed
except ImportError:  # before transcript spacing was squeezed
    _squeezed = lambda turn: turn
from evaluators.types import TurnInput
ev = LocalEvaluator(suggest=False)
items = load_labelled(sys.argv[2])
preds, _ = run_evaluator(ev, items)
out = []
for item, pred in zip(items, preds):
    turn = _squeezed(TurnInput(history=item.get("history", []), utterance=item["utterance"]))
    ctx, _ = ev.rules(turn)
    out.append({"codes": pred["behaviors"], "allowed": ctx.advice_allowed,
                "client": ctx.last_client, "utterance": turn.utterance})
json.dump(out, sys.stdout)
"""


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def old_codes(split: str, workdir: Path) -> list[dict]:
    """The codes of the rules from the commit before `split` was added."""
    added = git("log", "--diff-filter=A", "--format=%H", "--",
                f"evaluators/data/{split}.jsonl").splitlines()[-1]
    tree = workdir / split
    git("worktree", "add", "--detach", str(tree), f"{added}~1")
    try:
        data = tree / "evaluators" / "data" / f"{split}.jsonl"
        data.write_bytes((DATA_DIR / f"{split}.jsonl").read_bytes())
        run = subprocess.run([sys.executable, "-c", OLD_RULES, str(tree), str(data)], cwd=tree,
                             check=True, capture_output=True, text=True)
        return json.loads(run.stdout)
    finally:
        git("worktree", "remove", "--force", str(tree))


def measure(split: str, everywhere: bool, workdir: Path) -> dict:
    items = load_labelled(DATA_DIR / f"{split}.jsonl")
    rows = old_codes(split, workdir)
    model = train(TUNING_SPLITS[:TUNING_SPLITS.index(split)], AUTHORITY_HEADS)
    gold = [set(item["behaviors"]) for item in items]
    before = [set(row["codes"]) for row in rows]
    after, right, added = [], 0, 0
    for row, codes, labels in zip(rows, before, gold, strict=True):
        new = set(codes)
        if everywhere or written_post(row["client"]):
            probs = model.predict(row["utterance"], row["client"])
            new |= set(added_authority(probs, codes, row["allowed"]))
        if new != codes:
            added += 1
            right += bool(labels & GROUPS["authoritative"])
        after.append(new)

    def kappa(group: str, pred: list[set[str]]) -> float:
        return cohen_kappa_binary([bool(g & GROUPS[group]) for g in gold],
                                  [bool(p & GROUPS[group]) for p in pred])

    return {"split": split, "n": len(items), "rules_from": f"before {split}",
            "model_trained_on": list(model.meta["trained_on"]),
            "authoritative": [kappa("authoritative", before), kappa("authoritative", after)],
            "advice": [kappa("advice", before), kappa("advice", after)],
            "added_right": right, "added": added}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--everywhere", action="store_true",
                        help="add in every context, not only in replies to written posts")
    parser.add_argument("--splits", nargs="*", default=list(SPLITS))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for split in args.splits:
            r = measure(split, args.everywhere, Path(tmp))
            a, v = r["authoritative"], r["advice"]
            print(f"{split:6} n={r['n']:4}  authoritative {a[0]:.3f} -> {a[1]:.3f}  "
                  f"advice {v[0]:.3f} -> {v[1]:.3f}  added {r['added_right']}/{r['added']} right",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
