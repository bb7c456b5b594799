"""Micro-batching for evaluators that can score many turns at once (`evaluate_many`).

Why: in a concurrent batch every session thread scores its turn inside `Session.submit`. The
local evaluator embeds each utterance with a small transformer on the CPU (tens of ms); one
call per thread makes the evaluator, not the chat endpoint, the bottleneck at concurrency 4+,
while one batched forward pass over 16 utterances costs about as much as 3 single ones. This
wrapper queues the calls from all threads and hands whatever has queued up to
`evaluate_many` in one go ("natural" batching: no added wait, so a lone call goes straight
through, and under load the batches grow by themselves).

It is transparent: same name, version and args as the wrapped evaluator, and the evaluations
(with their provenance) are the wrapped evaluator's own.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

from evaluators.registry import Evaluator
from evaluators.types import TurnEvaluation, TurnInput


def can_batch(evaluator: Any) -> bool:
    return callable(getattr(evaluator, "evaluate_many", None))


class MicroBatchingEvaluator:
    def __init__(self, inner: Evaluator, max_batch: int = 32):
        self.inner = inner
        self.name = inner.name
        self.version = inner.version
        self.args = inner.args
        self.max_batch = max_batch
        self._queue: list[tuple[TurnInput, Future[TurnEvaluation]]] = []
        self._cv = threading.Condition()
        self._closed = False
        self._worker = threading.Thread(target=self._loop, name="evaluator-batcher", daemon=True)
        self._worker.start()

    def evaluate(self, turn: TurnInput) -> TurnEvaluation:
        future: Future[TurnEvaluation] = Future()
        with self._cv:
            if self._closed:
                raise RuntimeError("the batching evaluator is closed")
            self._queue.append((turn, future))
            self._cv.notify()
        return future.result()

    def evaluate_many(self, turns: list[TurnInput]) -> list[TurnEvaluation]:
        return self.inner.evaluate_many(turns)  # type: ignore[attr-defined]

    def close(self) -> None:
        with self._cv:
            self._closed = True
            self._cv.notify()
        self._worker.join(timeout=5)

    def _loop(self) -> None:
        while True:
            with self._cv:
                while not self._queue and not self._closed:
                    self._cv.wait()
                if not self._queue and self._closed:
                    return
                batch = self._queue[: self.max_batch]
                del self._queue[: self.max_batch]
            try:
                results = self.inner.evaluate_many([turn for turn, _ in batch])  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - find the bad turn: score them one by one
                for turn, future in batch:
                    self._one(turn, future)
                continue
            except BaseException as exc:  # noqa: BLE001 - every waiting caller hears of it;
                for _, future in batch:  # the loop lives on so later callers never hang
                    future.set_exception(exc)
                continue
            for (_, future), result in zip(batch, results, strict=True):
                future.set_result(result)

    def _one(self, turn: TurnInput, future: Future[TurnEvaluation]) -> None:
        try:
            future.set_result(self.inner.evaluate(turn))
        except Exception as exc:  # noqa: BLE001 - the caller's session fails, not the batch
            future.set_exception(exc)

    def __enter__(self) -> MicroBatchingEvaluator:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
