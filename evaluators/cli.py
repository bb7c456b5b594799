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


# A batch's outcome per line: (line number, the output record or None, the error if any).
Outcome = tuple[int, "dict[str, Any] | None", str]
# The evaluator a forked worker inherits from the parent (`_score_batch`).
_WORKER_EVALUATOR: Any = None


def _score_batch(batch: list[tuple[int, Any, Any]]) -> list[Outcome]:
    """Score one batch with the module's evaluator: in the parent, or in a forked worker that
    inherited it. A failing batch is redone turn by turn, so one bad turn costs only itself."""
    evaluator = _WORKER_EVALUATOR
    results: list[Any] = []
    if len(batch) > 1 and hasattr(evaluator, "evaluate_many"):
        try:
            results = evaluator.evaluate_many([turn for _, _, turn in batch])
        except Exception:  # one bad turn must not cost the batch: redo them one by one
            results = []
    out: list[Outcome] = []
    for k, (number, case_id, turn) in enumerate(batch):
        try:
            result = results[k] if results else evaluator.evaluate(turn)
        except Exception as exc:  # an evaluator failure must not end the run
            out.append((number, None, repr(exc)))
            continue
        values = result.score_values()
        out.append((number, {"id": case_id, "scores": {d: values.get(d) for d in DIMENSIONS},
                             "behaviors": list(result.behaviors)}, ""))
    return out


def default_workers(evaluator: Any) -> int:
    """Processes to score with: every core for an evaluator that says it is process-safe (pure
    CPU, no network, nothing to share: the local evaluator), else one. PEER_PRACTICE_CLI_WORKERS
    overrides (1 scores in this process)."""
    raw = os.environ.get("PEER_PRACTICE_CLI_WORKERS", "").strip()
    if raw:
        if not raw.isdigit() or int(raw) < 1:
            raise ValueError(f"PEER_PRACTICE_CLI_WORKERS={raw!r}: give a whole number of processes "
                             "(1 or more), or unset it")
        return int(raw)
    return (os.cpu_count() or 1) if getattr(evaluator, "process_safe", False) else 1


def score_file(in_path: str, out_path: str, evaluator_name: str, stderr: TextIO,
               workers: int | None = None) -> dict[str, int]:
    """Score every good line of `in_path` into `out_path`, in input order. With more than one
    worker, batches are scored in forked processes that inherit the built evaluator (its
    models load once); the output is the same as with one."""
    global _WORKER_EVALUATOR
    from evaluators.registry import get_evaluator
    from evaluators.types import TurnInput

    try:
        evaluator = get_evaluator(evaluator_name)
    except KeyError:
        raise
    except Exception as exc:  # e.g. the judge has no model configured
        raise EvaluatorUnavailable(f"cannot build evaluator {evaluator_name!r}: {exc}") from exc
    try:
        workers = workers or default_workers(evaluator)
    except ValueError as exc:
        raise EvaluatorUnavailable(str(exc)) from exc
    counts = {"scored": 0, "skipped": 0}
    bad_lines = [0]  # counted where lines are read (a pool's feeder thread), added at the end
    batch_size = BATCH_SIZE if hasattr(evaluator, "evaluate_many") else 1

    if _same_file(in_path, out_path):
        raise OSError(f"--out {out_path} is the --in file; writing it would erase the cases. "
                      "Choose another output path.")

    def batches(src: IO[bytes]) -> Iterator[list[tuple[int, Any, Any]]]:
        pending: list[tuple[int, Any, Any]] = []
        for number, line in iter_lines(src):
            try:
                if isinstance(line, BadLine):
                    raise line
                case_id, kwargs = parse_case(line)
                turn = TurnInput(**kwargs)
            except BadLine as exc:
                print(f"{in_path}: line {number}: {exc}; skipped", file=stderr)
                bad_lines[0] += 1
                continue
            except Exception as exc:  # e.g. a validation error on an odd field
                print(f"{in_path}: line {number}: {exc!r}; skipped", file=stderr)
                bad_lines[0] += 1
                continue
            pending.append((number, case_id, turn))
            if len(pending) >= batch_size:
                yield pending
                pending = []
        if pending:
            yield pending

    def write(outcomes: list[Outcome], dst: TextIO) -> None:
        for number, record, error in outcomes:
            if record is None:
                print(f"{in_path}: line {number}: evaluator error: {error}; skipped", file=stderr)
                counts["skipped"] += 1
                continue
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts["scored"] += 1

    _WORKER_EVALUATOR = evaluator
    try:
        with open(in_path, "rb") as src, open(out_path, "w", encoding="utf-8") as dst:
            pool = _fork_pool(workers)
            counts["processes"] = workers if pool is not None else 1
            if pool is None:
                for batch in batches(src):
                    write(_score_batch(batch), dst)
            else:
                with pool:  # imap keeps input order; the parent reads and reports bad lines
                    for outcomes in pool.imap(_score_batch, batches(src)):
                        write(outcomes, dst)
    finally:
        _WORKER_EVALUATOR = None
    counts["skipped"] += bad_lines[0]
    return counts


def _fork_pool(workers: int) -> Any:
    """A pool of forked workers, or None for one worker or where fork is unavailable."""
    if workers <= 1:
        return None
    import multiprocessing

    try:
        return multiprocessing.get_context("fork").Pool(workers)
    except (ValueError, OSError):  # no fork on this platform: score in this process
        return None


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
        processes = counts.get("processes", 1)
        print(
            f"scored {counts['scored']} line(s), skipped {counts['skipped']} "
            f"in {elapsed:.2f}s with {args.evaluator!r} "
            f"({processes} process{'es' if processes > 1 else ''})",
            file=sys.stderr,
        )
    return 0
