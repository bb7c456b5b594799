"""The scoring CLI: `python -m evaluators score --in CASES.jsonl --out PREDS.jsonl [--evaluator NAME]`.

Why this exact shape: it is the measurement contract in DESIGN.md ("Scoring CLI"); the
project lead scores held-out human-coded sets through it, so it must never abort on one bad
line and must start fast (only the chosen evaluator's modules are imported; the `local`
evaluator pulls in neither langchain nor gradio).

Input line: {"id", "history": [{"role": "client"|"trainee", "text"}], "utterance"}; unknown
fields are ignored. Output line: {"id", "scores": {"active_listening": float|null,
"validation": float|null, "non_authoritative": float|null}, "behaviors": [codes]}. A
dimension the evaluator left *unscored* (e.g. an LLM judge whose answer could not be
parsed) is written as null, never as 0. A bad input line (invalid JSON, no utterance, wrong
types, bytes that are not UTF-8) is reported on stderr as "line N: reason" and skipped; the
exit code stays 0. A byte-order mark (files saved by Excel or PowerShell) is allowed. --out
may not name the --in file: opening it for writing would empty the cases before they are read.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections.abc import Iterator
from typing import IO, Any, TextIO

DIMENSIONS = ("active_listening", "validation", "non_authoritative")
# Turns handed to an evaluator's `evaluate_many` at once (the local evaluator embeds them in
# one batch); output order and per-line error reports are unchanged.
BATCH_SIZE = 64


class BadLine(ValueError):
    """A line that cannot be scored; the message says why."""


class EvaluatorUnavailable(RuntimeError):
    """The chosen evaluator cannot be built (e.g. no judge model configured)."""


def parse_case(line: str) -> tuple[Any, dict[str, Any]]:
    """Validate one input line; returns (id, TurnInput kwargs) or raises BadLine."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise BadLine("not a JSON object")
    utterance = obj.get("utterance")
    if not isinstance(utterance, str):
        raise BadLine("missing utterance" if utterance is None else "utterance is not a string")
    history = obj.get("history", [])
    if history is None:
        history = []
    if not isinstance(history, list):
        raise BadLine("history is not a list")
    clean_history = []
    for i, message in enumerate(history):
        if not isinstance(message, dict):
            raise BadLine(f"history[{i}] is not an object")
        role, text = message.get("role"), message.get("text")
        if role not in ("client", "trainee") or not isinstance(text, str):
            raise BadLine(f"history[{i}] needs role 'client'|'trainee' and a text string")
        clean_history.append({"role": role, "text": text})
    risk = obj.get("risk_keywords", [])
    if not isinstance(risk, list) or not all(isinstance(k, str) for k in risk):
        risk = []
    return obj.get("id"), {"history": clean_history, "utterance": utterance, "risk_keywords": risk}


def iter_lines(handle: IO[bytes]) -> Iterator[tuple[int, str | BadLine]]:
    """(line number, text) for each non-blank line, or a BadLine for one that is not UTF-8:
    decoding line by line means one stray byte costs its line, not the run. A file with a
    UTF-16 byte-order mark (what Windows PowerShell's `>` writes) is read as UTF-16."""
    if handle.peek(2)[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = io.TextIOWrapper(handle, encoding="utf-16", errors="replace", newline=None)
        lines: Iterator[bytes | str] = iter(text)
    else:
        lines = iter(handle)
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield number, BadLine(f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column "
                                      f"{exc.start + 1}); save the file as UTF-8")
                continue
        if raw.strip():
            yield number, raw


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # --out does not exist yet
        return False


def score_file(in_path: str, out_path: str, evaluator_name: str, stderr: TextIO) -> dict[str, int]:
    from evaluators.registry import get_evaluator
    from evaluators.types import TurnInput

    try:
        evaluator = get_evaluator(evaluator_name)
    except KeyError:
        raise
    except Exception as exc:  # e.g. the judge has no model configured
        raise EvaluatorUnavailable(f"cannot build evaluator {evaluator_name!r}: {exc}") from exc
    counts = {"scored": 0, "skipped": 0}
    batch_size = BATCH_SIZE if hasattr(evaluator, "evaluate_many") else 1
    pending: list[tuple[int, Any, TurnInput]] = []

    def flush(dst: TextIO) -> None:
        results: list[Any] = []
        if batch_size > 1 and len(pending) > 1:
            try:
                results = evaluator.evaluate_many([turn for _, _, turn in pending])
            except Exception:  # one bad turn must not cost the batch: redo them one by one
                results = []
        for k, (number, case_id, turn) in enumerate(pending):
            try:
                result = results[k] if results else evaluator.evaluate(turn)
            except Exception as exc:  # an evaluator failure must not end the run
                print(f"{in_path}: line {number}: evaluator error: {exc!r}; skipped", file=stderr)
                counts["skipped"] += 1
                continue
            values = result.score_values()
            out = {
                "id": case_id,
                "scores": {d: values.get(d) for d in DIMENSIONS},
                "behaviors": list(result.behaviors),
            }
            dst.write(json.dumps(out, ensure_ascii=False) + "\n")
            counts["scored"] += 1
        pending.clear()

    if _same_file(in_path, out_path):
        raise OSError(f"--out {out_path} is the --in file; writing it would erase the cases. "
                      "Choose another output path.")
    with open(in_path, "rb") as src, open(out_path, "w", encoding="utf-8") as dst:
        for number, line in iter_lines(src):
            try:
                if isinstance(line, BadLine):
                    raise line
                case_id, kwargs = parse_case(line)
                turn = TurnInput(**kwargs)
            except BadLine as exc:
                print(f"{in_path}: line {number}: {exc}; skipped", file=stderr)
                counts["skipped"] += 1
                continue
            except Exception as exc:  # e.g. a validation error on an odd field
                print(f"{in_path}: line {number}: {exc!r}; skipped", file=stderr)
                counts["skipped"] += 1
                continue
            pending.append((number, case_id, turn))
            if len(pending) >= batch_size:
                flush(dst)
        flush(dst)
    return counts


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m evaluators", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    score = sub.add_parser("score", help="score a JSONL file of trainee turns")
    score.add_argument("--in", dest="in_path", required=True, help="input CASES.jsonl")
    score.add_argument("--out", dest="out_path", required=True, help="output PREDS.jsonl")
    score.add_argument("--evaluator", default="local", help="evaluator name (default: local)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "score":
        started = time.perf_counter()
        try:
            counts = score_file(args.in_path, args.out_path, args.evaluator, sys.stderr)
        except KeyError as exc:
            print(f"error: {exc.args[0]}", file=sys.stderr)
            return 2
        except EvaluatorUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        elapsed = time.perf_counter() - started
        print(
            f"scored {counts['scored']} line(s), skipped {counts['skipped']} "
            f"in {elapsed:.2f}s with {args.evaluator!r}",
            file=sys.stderr,
        )
    return 0
