"""One factory makes every chat model from settings; backends registered by name, imported lazily.

Roles: `client` (the simulated client) and `judge` (the LLM judge) are chosen separately.
Backends: `local` (the embedded llama.cpp model), `openai` (any OpenAI-compatible endpoint via
langchain-openai), `fake` (scripted replies for tests).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from langchain_core.language_models import BaseChatModel

from simulator.settings import Settings, SettingsError

Role = Literal["client", "judge"]


def _make_local(settings: Settings, role: Role) -> BaseChatModel:
    from simulator.local_model import LocalChatModel
    from simulator.model_file import ensure_model_file

    options = settings.model_options(role)
    return LocalChatModel(
        model_path=ensure_model_file(settings.resolved_model_dir),
        n_ctx=settings.local_context,
        n_threads=settings.local_threads,
        temperature=options["temperature"],
        max_tokens=options["max_tokens"],
        seed=options["seed"],
    )


def _make_openai(settings: Settings, role: Role) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    from simulator.tokens import seed_tiktoken_cache

    seed_tiktoken_cache()  # langchain-openai counts tokens with tiktoken
    options = settings.model_options(role)
    kwargs = {
        "model": options["model"],
        "temperature": options["temperature"],
        "max_tokens": options["max_tokens"],
        "timeout": settings.request_timeout,
        # The openai client retries timeouts, 429 and 5xx with exponential backoff.
        "max_retries": settings.max_retries,
        "api_key": settings.openai_api_key or "not-needed",
        "stream_usage": True,
    }
    if settings.openai_base_url:
        kwargs["base_url"] = settings.openai_base_url
    if options["seed"] is not None:
        kwargs["seed"] = options["seed"]
    return ChatOpenAI(**kwargs)


def _make_fake(settings: Settings, role: Role) -> BaseChatModel:
    from simulator.fakes import RecordingChatModel

    return RecordingChatModel()


BACKENDS: dict[str, Callable[[Settings, Role], BaseChatModel]] = {
    "local": _make_local,
    "openai": _make_openai,
    "fake": _make_fake,
}


def make_chat_model(settings: Settings, role: Role = "client") -> BaseChatModel:
    backend = settings.client_backend if role == "client" else settings.judge_backend
    if backend == "none":
        raise SettingsError(
            "no judge model is configured: set PEER_PRACTICE_JUDGE_BACKEND=openai "
            "(with PEER_PRACTICE_JUDGE_MODEL and an endpoint) or =local"
        )
    factory = BACKENDS.get(backend)
    if factory is None:
        raise SettingsError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    return factory(settings, role)
