"""The combined evaluator (name "combined"): member evaluators run in parallel, one result.

Why: the LLM judge may be slow, down or unparseable; the local coder is always there. Running
both in a thread pool costs the slower one's latency, and a reducer picks per dimension:
- "prefer_judge": the judge's score when it has one, else the local score;
- "mean": the mean of the members' scored values (unscored members ignored; all unscored ->
  unscored).
Behaviours come from the coder ("local") by default, flags are merged, and provenance lists
every member. A member that raises is treated as unscored; the others stand.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

from evaluators.types import DIMENSIONS, Provenance, Score, Scores, TurnEvaluation, TurnInput

VERSION = "0.1.0"
Reducer = Literal["prefer_judge", "mean"]


def _failed(member: Any, turn: TurnInput, exc: BaseException, latency_ms: float) -> TurnEvaluation:
    reason = f"{getattr(member, 'name', 'evaluator')} failed: {type(exc).__name__}: {exc}"
    return TurnEvaluation(
        utterance=turn.utterance,
        scores=Scores(**{d: Score.unscored(reason) for d in DIMENSIONS}),
        provenance=[Provenance(evaluator=getattr(member, "name", "?"),
                               version=getattr(member, "version", "?"),
                               args=dict(getattr(member, "args", {})), latency_ms=latency_ms)],
    )


class UnavailableMember:
    """A member that could not be built (e.g. no judge endpoint): always unscored, with why."""

    version = "n/a"

    def __init__(self, name: str, error: BaseException) -> None:
        self.name = name
        self.error = error
        self.args: dict[str, Any] = {"error": f"{type(error).__name__}: {error}"}

    def evaluate(self, turn: TurnInput) -> TurnEvaluation:
        raise RuntimeError(f"not available: {self.error}")


class CombinedEvaluator:
    """Runs members concurrently and reduces their results dimension by dimension."""

    name = "combined"
    version = VERSION

    def __init__(self, members: list[Any], reducer: Reducer = "prefer_judge",
                 behaviors_from: str = "local", judge_name: str = "llm_judge") -> None:
        if reducer not in ("prefer_judge", "mean"):
            raise ValueError(f"unknown reducer {reducer!r}; use 'prefer_judge' or 'mean'")
        self.members = members
        self.reducer = reducer
        self.behaviors_from = behaviors_from
        self.judge_name = judge_name
        self.args: dict[str, Any] = {
            "evaluators": [m.name for m in members],
            "reducer": reducer,
            "behaviors_from": behaviors_from,
        }
        self._pool = ThreadPoolExecutor(max_workers=max(1, len(members)),
                                        thread_name_prefix="evaluator")

    def _run(self, member: Any, turn: TurnInput) -> TurnEvaluation:
        started = time.perf_counter()
        try:
            return member.evaluate(turn)
        except Exception as exc:
            return _failed(member, turn, exc, (time.perf_counter() - started) * 1000)

    def evaluate(self, turn: TurnInput) -> TurnEvaluation:
        futures = [self._pool.submit(self._run, m, turn) for m in self.members]
        results = {m.name: f.result() for m, f in zip(self.members, futures, strict=True)}
        return self.reduce(turn, results)

    def reduce(self, turn: TurnInput, results: dict[str, TurnEvaluation]) -> TurnEvaluation:
        scores = {d: self._reduce_dim(d, results) for d in DIMENSIONS}
        source = results.get(self.behaviors_from)
        if source is None or not source.behaviors:
            source = next((r for r in results.values() if r.behaviors), None)
        flags: list[str] = []
        for r in results.values():
            flags.extend(f for f in r.flags if f not in flags)
        suggestion = next(
            (r.suggestion for name in self._preference() if (r := results.get(name)) and
             r.suggestion),
            None,
        )
        raw = next((r.raw for r in results.values() if r.raw), None)
        return TurnEvaluation(
            utterance=turn.utterance,
            scores=Scores(**scores),
            behaviors=list(source.behaviors) if source else [],
            suggestion=suggestion,
            flags=flags,
            provenance=[p for r in results.values() for p in r.provenance],
            raw=raw,
        )

    def _preference(self) -> list[str]:
        names = [m.name for m in self.members]
        if self.reducer == "prefer_judge" and self.judge_name in names:
            names.remove(self.judge_name)
            names.insert(0, self.judge_name)
        return names

    def _reduce_dim(self, dim: str, results: dict[str, TurnEvaluation]) -> Score:
        scored = {n: r.scores.get(dim) for n, r in results.items() if r.scores.get(dim).scored}
        if not scored:
            reasons = "; ".join(
                f"{n}: {r.scores.get(dim).unscored_reason}" for n, r in results.items()
            )
            return Score.unscored(reasons or "no member scored this dimension")
        if self.reducer == "prefer_judge":
            for name in self._preference():
                if name in scored:
                    chosen = scored[name]
                    note = "" if name == self.judge_name else f" (from {name}; judge unscored)"
                    return Score(value=chosen.value, explanation=chosen.explanation + note,
                                 evidence=chosen.evidence)
        values = [s.value for s in scored.values() if s.value is not None]
        evidence: list[str] = []
        for s in scored.values():
            evidence.extend(e for e in s.evidence if e not in evidence)
        return Score(
            value=sum(values) / len(values),
            explanation=f"mean of {', '.join(scored)}: "
            + " | ".join(s.explanation for s in scored.values() if s.explanation),
            evidence=evidence[:3],
        )


def make_combined(evaluators: list[Any] | None = None, reducer: Reducer = "prefer_judge",
                  behaviors_from: str = "local", **member_args: Any) -> CombinedEvaluator:
    """Build from evaluator names (or ready evaluator objects).

    `member_args` may hold per-member keyword args keyed by name, e.g.
    `make_combined(["local", "llm_judge"], llm_judge={"model": fake})`.
    """
    from evaluators.registry import get_evaluator

    members = []
    for item in evaluators or ["local", "llm_judge"]:
        if isinstance(item, str):
            try:
                members.append(get_evaluator(item, **member_args.get(item, {})))
            except KeyError:
                raise
            except Exception as exc:  # e.g. no judge model configured: the others stand
                members.append(UnavailableMember(item, exc))
        else:
            members.append(item)
    return CombinedEvaluator(members, reducer=reducer, behaviors_from=behaviors_from)
