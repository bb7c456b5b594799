"""Evaluators registered by name, as small factories imported lazily (inspect_ai / llm style).

`get_evaluator("local")` or `get_evaluator("llm_judge", model=...)` returns an object with
`name`, `version`, `args` and `evaluate(TurnInput) -> TurnEvaluation`. Heavy modules are only
imported when their evaluator is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from evaluators.types import TurnEvaluation, TurnInput


@runtime_checkable
class Evaluator(Protocol):
    name: str
    version: str
    args: dict[str, Any]

    def evaluate(self, turn: TurnInput) -> TurnEvaluation: ...


# name -> "module:factory"; factories take keyword args and return an Evaluator.
_FACTORIES: dict[str, str] = {
    "local": "evaluators.local:LocalEvaluator",
    # The same evaluator with the learned override off: the rule coder alone.
    "local_ml": "evaluators.local:make_with_classifier",
    "llm_judge": "evaluators.judge:make_llm_judge",
    "combined": "evaluators.combine:make_combined",
}


def register(name: str, target: str) -> None:
    """Register a factory given as "module:attribute" (imported on first use)."""
    _FACTORIES[name] = target


def available() -> list[str]:
    return sorted(_FACTORIES)


def _resolve(target: str) -> Callable[..., Evaluator]:
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def get_evaluator(name: str, **args: Any) -> Evaluator:
    if name not in _FACTORIES:
        raise KeyError(
            f"unknown evaluator {name!r}; choose one of: {', '.join(available())}"
        )
    return _resolve(_FACTORIES[name])(**args)
