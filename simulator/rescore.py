"""Re-score logged sessions with another evaluator (or the same one with other arguments).

Why append-only: the original evaluation of a turn is what the client reacted to during the
session, so it is never replaced. A re-score is appended as a `rescore` event on the same turn
with full provenance (evaluator name, version, args, latency) and a `key` that identifies the
(evaluator, version, args) combination. Running the same re-score again is a no-op: a turn
that already has an event with that key is skipped, so an interrupted run can be resumed.
Each turn is scored in its original context: the conversation as it stood before the turn.
"""

from __future__ import annotations

import hashlib
import json
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from evaluators.registry import Evaluator, get_evaluator
from evaluators.types import TurnEvaluation, TurnInput
from simulator.logged import RESCORE, LoggedSession
from simulator.settings import Settings
from simulator.store import SessionStore


def parse_args(pairs: list[str] | None) -> dict[str, Any]:
    """`["suggest=false", "threshold=0.5", "name=x"]` -> typed dict (JSON values, else text)."""
    out: dict[str, Any] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise ValueError(f"--arg {pair!r}: write it as key=value")
        key, _, raw = pair.partition("=")
        try:
            out[key.strip()] = json.loads(raw)
        except json.JSONDecodeError:
            out[key.strip()] = raw
    return out


def named_evaluator(name: str, args: dict[str, Any], settings: Settings | None = None) -> Evaluator:
    """An evaluator by registry name and args (`--evaluator` / `--arg` on the command line);
    an LLM judge gets the judge model from settings."""
    if name == "llm_judge" and "model" not in args and settings is not None:
        from simulator.models import make_chat_model

        args = {**args, "model": make_chat_model(settings, role="judge")}
    return get_evaluator(name, **args)


def rescore_key(evaluator: Evaluator) -> str:
    """Identifies (name, version, args): the same key means the same re-score."""
    canonical = json.dumps(
        {"name": evaluator.name, "version": evaluator.version, "args": evaluator.args},
        sort_keys=True, default=str,
    )
    return f"{evaluator.name}-{hashlib.sha256(canonical.encode()).hexdigest()[:10]}"


@dataclass
class RescoreResult:
    key: str
    sessions: int = 0
    turns_scored: int = 0
    turns_skipped: int = 0  # already re-scored with this key
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"rescore {self.key}: {self.turns_scored} turn(s) scored, {self.turns_skipped} already "
            f"done, in {self.sessions} session(s)"
        )
        if self.errors:
            text += f"; {len(self.errors)} error(s)"
        return text


def rescore_session(
    store: SessionStore, session: LoggedSession, evaluator: Evaluator, key: str
) -> tuple[int, int, list[str]]:
    """Score the turns of one session not yet scored under `key`: (scored, skipped, errors)."""
    done = session.rescores.get(key, {})
    todo = [t for t in session.turns if t.index not in done]
    skipped, errors = len(session.turns) - len(todo), []
    inputs = [
        TurnInput(history=session.history_before(t.index), utterance=t.trainee,
                  risk_keywords=session.risk_keywords())
        for t in todo
    ]
    results = _evaluate_all(evaluator, inputs)
    scored = 0
    for turn, (evaluation, latency, error) in zip(todo, results, strict=True):
        if error is not None:
            errors.append(f"{session.id} turn {turn.index}: {error}")
            continue
        store.append(session.id, turn.index, RESCORE, {
            "key": key,
            "evaluator": evaluator.name,
            "version": evaluator.version,
            "args": json.loads(json.dumps(evaluator.args, default=str)),
            "latency_ms": round(latency, 3),
            "original": [p.model_dump(mode="json") for p in turn.evaluation.provenance],
            "evaluation": evaluation.model_dump(mode="json"),
        })
        scored += 1
    return scored, skipped, errors


Scored = tuple[TurnEvaluation | None, float, str | None]  # (evaluation, latency ms, error)


def _evaluate_all(evaluator: Evaluator, inputs: list[TurnInput]) -> list[Scored]:
    """One `evaluate_many` call when the evaluator has it (the local evaluator embeds the
    utterances in one pass), else turn by turn; a failing turn is reported, not raised."""
    if len(inputs) > 1 and callable(getattr(evaluator, "evaluate_many", None)):
        started = time.perf_counter()
        try:
            many = evaluator.evaluate_many(inputs)  # type: ignore[attr-defined]
            share = (time.perf_counter() - started) * 1000 / len(inputs)
            return [(ev, share, None) for ev in many]
        except Exception:  # noqa: BLE001 - find the bad turn below
            pass
    out: list[Scored] = []
    for turn_input in inputs:
        started = time.perf_counter()
        try:
            evaluation = evaluator.evaluate(turn_input)
        except Exception as exc:  # noqa: BLE001 - one bad turn must not stop the run
            out.append((None, 0.0, f"{type(exc).__name__}: {exc}"))
            continue
        out.append((evaluation, (time.perf_counter() - started) * 1000, None))
    return out


def rescore(
    store: SessionStore,
    sessions: list[LoggedSession],
    evaluator: Evaluator,
    concurrency: int = 1,
) -> RescoreResult:
    """Apply `evaluator` to every turn of `sessions` (threads help only for LLM judges)."""
    key = rescore_key(evaluator)
    result = RescoreResult(key=key, sessions=len(sessions))
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        for scored, skipped, errors in pool.map(
            lambda s: rescore_session(store, s, evaluator, key), sessions
        ):
            result.turns_scored += scored
            result.turns_skipped += skipped
            result.errors += errors
    return result
