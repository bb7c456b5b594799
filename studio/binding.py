"""Bind a module-level handler `fn(studio, *inputs, request=None)` to one app's `Studio`.

Why not `functools.partial`: Gradio names an event's API endpoint after the function and
finds `gr.Request` parameters from its signature and type hints; the bound wrapper keeps the
handler's name, drops the `studio` parameter from the signature it shows Gradio, and stays a
generator function when the handler streams.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from typing import Any


def bind(fn: Callable[..., Any], studio: Any) -> Callable[..., Any]:
    signature = inspect.signature(fn)
    first, *rest = signature.parameters.values()
    hints = {k: v for k, v in typing.get_type_hints(fn).items() if k != first.name}

    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            yield from fn(studio, *args, **kwargs)
    else:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return fn(studio, *args, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=rest)  # type: ignore[attr-defined]
    wrapper.__annotations__ = hints
    del wrapper.__wrapped__  # so inspection stops at the wrapper's own signature
    return wrapper
