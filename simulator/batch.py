"""Batch self-play: simulated trainees x personas x repeats, run on threads, resumable.

Why this shape:
- Each job is one session identified by `persona|profile:mode|repeat`; its seed is derived
  from the batch seed and that key, so a job redone after a crash sees the same trainee.
- Resumable without mutating the log: a re-run of the same batch name skips jobs that have an
  `ended` session and runs the others as *new* sessions (the store is append-only; the old
  unfinished rows stay, and the report reads only ended sessions).
- A failing session (endpoint down, a bug) is logged as a `batch_failed` event and on stderr,
  and the batch goes on; the summary line and the exit code say how many failed.
- Threads, not processes: a session spends its time waiting for the chat model (HTTP to a
  vLLM/OpenAI endpoint), so threads overlap the waits. The store serialises its short writes;
  the local llama.cpp model serialises generation itself (one model per process).
"""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TextIO

from langchain_core.language_models import BaseChatModel
from tqdm import tqdm

from personas.schema import Persona
from simulator.eval_batching import MicroBatchingEvaluator, can_batch
from simulator.logged import BATCH_FAILED, TRAINEE_META
from simulator.runtime import Runtime
from simulator.trainees import MODES, PROFILES, make_trainee

BATCH_KIND = "batch"


class BatchConfigError(ValueError):
    """The batch cannot run as asked (unknown persona, changed settings on resume)."""


@dataclass(frozen=True)
class Job:
    persona_id: str
    profile: str
    mode: str
    repeat: int

    @property
    def label(self) -> str:
        return f"{self.profile}:{self.mode}"

    @property
    def key(self) -> str:
        return f"{self.persona_id}|{self.label}|{self.repeat}"


@dataclass
class BatchSpec:
    name: str
    personas: list[str] = field(default_factory=list)  # empty: every persona in the library
    profiles: list[str] = field(default_factory=lambda: list(PROFILES))
    repeats: int = 1
    turns: int = 6
    seed: int = 1
    mode: str = "scripted"
    concurrency: int = 1
    user_id: str = "batch"

    def jobs(self) -> list[Job]:
        return [
            Job(persona, profile, self.mode, repeat)
            for persona in self.personas
            for profile in self.profiles
            for repeat in range(1, self.repeats + 1)
        ]


def session_seed(batch_seed: int, job_key: str) -> int:
    """A per-session seed, stable for (batch seed, job) and spread across jobs."""
    return int(hashlib.sha256(f"{batch_seed}|{job_key}".encode()).hexdigest()[:8], 16)


@dataclass
class BatchResult:
    name: str
    planned: int = 0
    skipped: int = 0  # finished in an earlier run
    done: int = 0
    failed: int = 0
    interrupted: bool = False
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (job key, error)
    session_ids: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.failed else 0

    def summary(self) -> str:
        rate = self.done / self.seconds * 60 if self.seconds and self.done else 0.0
        state = "interrupted" if self.interrupted else ("FAILED" if self.failed else "ok")
        left = self.planned - self.skipped - self.done - self.failed
        text = (
            f"batch {self.name}: {state}: {self.done} done, {self.skipped} already finished, "
            f"{self.failed} failed, {left} not run, of {self.planned} planned; "
            f"{self.seconds:.1f}s ({rate:.1f} sessions/min)"
        )
        if self.failed or left:
            text += " - re-run the same command to retry the failed and unfinished sessions"
        return text


@dataclass
class _Outcome:
    job: Job
    status: str  # done | failed | stopped
    session_id: str | None = None
    error: str | None = None


class BatchRunner:
    """Runs a BatchSpec against a Runtime; one instance per run."""

    def __init__(
        self,
        runtime: Runtime,
        spec: BatchSpec,
        *,
        trainee_model: BaseChatModel | None = None,
        progress: bool = True,
        stderr: TextIO | None = None,
        on_session_done: Callable[[str, str], None] | None = None,
    ):
        self.runtime = runtime
        self.spec = spec
        self.trainee_model = trainee_model
        self.progress = progress
        self.stderr = stderr or sys.stderr
        self.on_session_done = on_session_done  # (job key, status) -> None; tests inject here
        self.stop = threading.Event()
        self.personas: dict[str, Persona] = {}

    # -- planning ---------------------------------------------------------------------------
    def prepare(self) -> tuple[list[Job], int]:
        """Validate the spec, warm shared objects, and return (jobs to run, jobs skipped)."""
        spec = self.spec
        if spec.mode not in MODES:
            raise BatchConfigError(f"unknown trainee mode {spec.mode!r}; choose {', '.join(MODES)}")
        unknown = [p for p in spec.profiles if p not in PROFILES]
        if unknown:
            raise BatchConfigError(f"unknown profile(s) {', '.join(unknown)}; choose from {', '.join(PROFILES)}")
        if spec.turns < 1 or spec.repeats < 1 or spec.concurrency < 1:
            raise BatchConfigError("--turns, --repeats and --concurrency must be at least 1")
        library = self.runtime.library()
        if not spec.personas:
            spec.personas = sorted(library.personas)
        missing = [p for p in spec.personas if p not in library.personas]
        if missing:
            raise BatchConfigError(
                f"unknown persona(s) {', '.join(missing)}; available: {', '.join(sorted(library.personas))}"
            )
        self.personas = {p: library.personas[p] for p in spec.personas}
        finished = self._finished_jobs()
        jobs = spec.jobs()
        todo = [j for j in jobs if j.key not in finished]
        # Shared by every thread: create them once here, not lazily in a race.
        _ = self.runtime.store
        self.runtime.get_evaluator()
        self.runtime.model()
        if spec.mode == "llm" and self.trainee_model is None:
            self.trainee_model = self.runtime.model()
        return todo, len(jobs) - len(todo)

    def _finished_jobs(self) -> set[str]:
        store, spec = self.runtime.store, self.spec
        rows = store.list_sessions(kind=BATCH_KIND, batch_id=spec.name)
        ended = store.session_ids_with_event("ended", batch_id=spec.name)
        for row in rows:
            info = row.settings.get("batch") or {}
            if info.get("turns") != spec.turns or info.get("batch_seed") != spec.seed:
                raise BatchConfigError(
                    f"batch {spec.name!r} was started with --turns {info.get('turns')} --seed "
                    f"{info.get('batch_seed')}; resume it with the same options or choose a new --batch name"
                )
        return {(row.settings.get("batch") or {}).get("job") for row in rows if row.id in ended}

    # -- one session ------------------------------------------------------------------------
    def run_job(self, job: Job) -> _Outcome:
        spec, runtime = self.spec, self.runtime
        seed = session_seed(spec.seed, job.key)
        trainee = make_trainee(job.profile, job.mode, seed=seed, model=self.trainee_model)  # type: ignore[arg-type]
        info = {
            "name": spec.name, "job": job.key, "profile": job.profile, "mode": job.mode,
            "repeat": job.repeat, "turns": spec.turns, "batch_seed": spec.seed, "seed": seed,
            "trainee": trainee.provenance(),
        }
        session = None
        try:
            session = runtime.start_session(
                self.personas[job.persona_id], user_id=spec.user_id, kind=BATCH_KIND,
                batch_id=spec.name, label=job.label, batch=info,
            )
            for number in range(1, spec.turns + 1):
                if self.stop.is_set():
                    return _Outcome(job, "stopped", session.id)
                utterance = trainee.next_turn(session.history, number)
                runtime.store.append(session.id, len(session.turns) + 1, TRAINEE_META, utterance.meta())
                session.run_turn(utterance.text)
            session.end()
            return _Outcome(job, "done", session.id)
        except Exception as exc:  # noqa: BLE001 - one session's failure must not stop the batch
            error = f"{type(exc).__name__}: {exc}"
            if session is not None:
                runtime.store.append(
                    session.id, len(session.turns), BATCH_FAILED,
                    {"error": error, "job": job.key, "turns_done": len(session.turns)},
                )
            return _Outcome(job, "failed", session.id if session else None, error)

    # -- the batch --------------------------------------------------------------------------
    def run(self) -> BatchResult:
        started = time.perf_counter()
        todo, skipped = self.prepare()
        original = self.runtime.get_evaluator()
        batching = self.spec.concurrency > 1 and can_batch(original)
        if batching:  # one embedding pass for the turns of all threads (eval_batching.py)
            self.runtime.evaluator = MicroBatchingEvaluator(original)
        try:
            return self._run(todo, skipped, started)
        finally:
            if batching:
                wrapper = self.runtime.evaluator
                self.runtime.evaluator = original
                wrapper.close()  # type: ignore[union-attr]

    def _run(self, todo: list[Job], skipped: int, started: float) -> BatchResult:
        result = BatchResult(self.spec.name, planned=len(self.spec.jobs()), skipped=skipped)
        bar = tqdm(
            total=len(todo), desc=f"simulate {self.spec.name}", unit="session", file=self.stderr,
            disable=not self.progress, dynamic_ncols=True, smoothing=0.1,
        )
        pool = ThreadPoolExecutor(max_workers=self.spec.concurrency, thread_name_prefix="batch")
        pending: set[Future[_Outcome]] = set()
        try:
            pending = {pool.submit(self.run_job, job) for job in todo}
            while pending:
                # A timeout keeps the main thread responsive to Ctrl-C.
                finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in finished:
                    pending.discard(future)
                    self._record(future.result(), result, bar)
        except KeyboardInterrupt:
            result.interrupted = True
            self.stop.set()
            for future in pending:
                future.cancel()
            bar.write(f"interrupted: stopping {self.spec.name} after the sessions in flight", file=self.stderr)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            for future in pending:
                if future.done() and not future.cancelled() and future.exception() is None:
                    self._record(future.result(), result, bar)
            bar.close()
            result.seconds = time.perf_counter() - started
        return result

    def _record(self, outcome: _Outcome, result: BatchResult, bar: tqdm) -> None:
        if outcome.status == "done":
            result.done += 1
            result.session_ids.append(outcome.session_id or "")
        elif outcome.status == "failed":
            result.failed += 1
            result.failures.append((outcome.job.key, outcome.error or ""))
            where = f" (session {outcome.session_id})" if outcome.session_id else ""
            bar.write(f"session failed: {outcome.job.key}{where}: {outcome.error}", file=self.stderr)
        else:
            return
        bar.update(1)
        bar.set_postfix(failed=result.failed, refresh=False)
        if self.on_session_done is not None:
            self.on_session_done(outcome.job.key, outcome.status)


def run_batch(runtime: Runtime, spec: BatchSpec, **options: Any) -> BatchResult:
    """Run (or resume) a batch; see BatchRunner for the options."""
    return BatchRunner(runtime, spec, **options).run()

