"""Worst-case inputs for the `local` evaluator: how long does a pathological turn take to code,
against an ordinary turn of the same length timed in the same run?

Why: the coder is hundreds of regular expressions. A pattern that allows optional space or
digits before a word retries at every position of a long run of them, so its time grows with
the square of the run. Ordinary prose never shows this; a pasted form full of spaces, a stuck
key, a line of digits or a transcript with a runaway filler does. The session caps a trainee
message at 1,500 characters, but the scoring CLI and batch simulation take any length.

Each case puts the same text in the trainee's turn and in the client's turn before it (the
rules read both). The baseline is ordinary prose of the same length. A ratio near 1 means the
case costs what its length costs; a ratio that doubles when `--chars` doubles means
quadratic time.

    .venv/bin/python bench/worst_case_inputs.py [--chars 16000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluators.registry import get_evaluator  # noqa: E402
from evaluators.types import Message, TurnInput  # noqa: E402

PROSE = ("It sounds like you have been carrying a lot on your own, and I wonder what it would "
         "be like to put some of it down for a while. ")

# name -> the unit repeated to the requested length (a final "hi" gives the runs a word to end on)
CASES: dict[str, str] = {
    "spaces": " ",
    "line breaks": "\n",
    "tabs": "\t",
    "non-breaking spaces": "\u00a0",
    "digits": "1",
    "one long word": "a",
    "repeated lead words": "so, ",
    "fillers": "um, ",
    "hyphenated stutter": "a-",
    "open brackets": "[",
    "open parentheses": "(",
    "asterisks": "*",
    "emoji": "\U0001f622 ",
    "question marks": "?",
}


def _fill(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars] + " hi"


def _time(evaluator, text: str, repeat: int) -> float:
    """Median seconds to evaluate `text` as the trainee's turn after the same client text."""
    turn = TurnInput(history=[Message(role="client", text=text)], utterance=text)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        evaluator.evaluate(turn)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=16000, help="length of each input")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per case (median)")
    parser.add_argument("--evaluator", default="local")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)

    evaluator = get_evaluator(args.evaluator)
    evaluator.evaluate(TurnInput(utterance=PROSE))  # warm caches and lazy loads
    baseline = _time(evaluator, _fill(PROSE, args.chars), args.repeat)
    rows = {name: _time(evaluator, _fill(unit, args.chars), args.repeat)
            for name, unit in CASES.items()}
    print(f"{args.chars:,} characters in the client's turn and in the trainee's; "
          f"median of {args.repeat}")
    print(f"{'ordinary prose (baseline)':28s} {baseline * 1000:9.1f} ms")
    for name, seconds in rows.items():
        print(f"{name:28s} {seconds * 1000:9.1f} ms  {seconds / baseline:5.2f}x")
    worst = max(rows, key=rows.get)
    print(f"worst: {worst}, {rows[worst] / baseline:.2f}x the baseline")
    if args.json:
        args.json.write_text(json.dumps({"chars": args.chars, "baseline_s": baseline,
                                         "cases_s": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
