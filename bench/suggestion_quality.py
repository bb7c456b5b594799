"""Self-consistency of the suggested better responses (`evaluators/suggestion_quality.py`).

    .venv/bin/python bench/suggestion_quality.py            # every labelled set
    .venv/bin/python bench/suggestion_quality.py --split dev7 --worst

For each labelled turn that gets a suggestion, the suggestion is scored in the same context
by the same evaluator: the share scoring >= 4 on all three dimensions, the share free of
codes the feedback warns against (label, confront, direct, warn, minimize, advise), and the
shares holding a reflection and an open question. Writes bench/out/suggestion_quality.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluators.accuracy import DATA_DIR, HELDOUT_SPLITS, TUNING_SPLITS, load_labelled  # noqa: E402
from evaluators.registry import get_evaluator  # noqa: E402
from evaluators.suggestion_quality import suggestion_report  # noqa: E402

SPLITS = (*TUNING_SPLITS, *HELDOUT_SPLITS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all", *SPLITS), default="all")
    parser.add_argument("--evaluator", default="local")
    parser.add_argument("--worst", action="store_true", help="print the failing suggestions")
    args = parser.parse_args()
    evaluator = get_evaluator(args.evaluator)
    splits = SPLITS if args.split == "all" else (args.split,)
    items = [item for split in splits for item in load_labelled(DATA_DIR / f"{split}.jsonl")]
    report = suggestion_report(evaluator, items)
    if not args.worst:
        report.pop("worst")
    out = ROOT / "bench" / "out" / "suggestion_quality.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"splits": list(splits), **report}, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
