"""The embedded local model as a LangChain chat model: llama.cpp in-process on the CPU.

One `llama_cpp.Llama` is loaded per process (per model file and context size) and shared by
every session behind a lock, because a llama.cpp context is not safe to use from two threads
at once. llama.cpp reuses its KV cache for the longest token prefix shared with the previous
call, so prompts keep their stable parts (persona, older history) first.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

CACHE_BYTES = 1 << 30
_ROLE = {"system": "system", "human": "user", "ai": "assistant"}
_models: dict[tuple[str, int, int], tuple[Any, threading.Lock]] = {}
_models_lock = threading.Lock()


def load_llama(path: Path, n_ctx: int, n_threads: int) -> tuple[Any, threading.Lock]:
    """The process-wide `Llama` for this file and context size, with its call lock."""
    key = (str(path), n_ctx, n_threads)
    with _models_lock:
        if key not in _models:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise RuntimeError(
                    "the local backend needs llama-cpp-python: run `make setup` "
                    "(or `pip install -e '.[local]'`), or choose another backend with "
                    "PEER_PRACTICE_CLIENT_BACKEND=openai"
                ) from exc
            from llama_cpp import LlamaRAMCache

            llama = Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_batch=256,
                verbose=False,
            )
            # Keeps the KV state of recent prompts (about 60 MB per 2,000 tokens), so sessions
            # sharing this model don't evict each other's cached prefix.
            llama.set_cache(LlamaRAMCache(capacity_bytes=CACHE_BYTES))
            _models[key] = (llama, threading.Lock())
        return _models[key]


def to_llama_messages(messages: list[BaseMessage]) -> list[dict[str, str]]:
    return [{"role": _ROLE.get(m.type, "user"), "content": str(m.content)} for m in messages]


class LocalChatModel(BaseChatModel):
    """A chat model over the shared in-process llama.cpp model."""

    model_path: Path
    n_ctx: int = 4096
    n_threads: int = 2
    temperature: float = 0.7
    max_tokens: int = 120
    seed: int | None = None
    _llama: Any = PrivateAttr(default=None)
    _lock: threading.Lock | None = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-local"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": str(self.model_path), "n_ctx": self.n_ctx, "temperature": self.temperature}

    def _ensure(self) -> tuple[Any, threading.Lock]:
        if self._llama is None:
            self._llama, self._lock = load_llama(self.model_path, self.n_ctx, self.n_threads)
        return self._llama, self._lock  # type: ignore[return-value]

    def _params(self, stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        params: dict[str, Any] = {
            "temperature": kwargs.get("temperature", self.temperature),
            "max_tokens": kwargs.get("max_tokens", self.max_tokens),
            "stop": stop or [],
            "repeat_penalty": 1.1,
        }
        seed = kwargs.get("seed", self.seed)
        if seed is not None:
            params["seed"] = seed
        return params

    def warm(self, messages: list[BaseMessage]) -> None:
        """Evaluate a prompt prefix now so a later call that shares it starts at once."""
        llama, lock = self._ensure()
        with lock:
            llama.create_chat_completion(
                messages=to_llama_messages(messages) + [{"role": "user", "content": "…"}],
                max_tokens=1,
                temperature=0.0,
            )

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(chunk.text for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        llama, lock = self._ensure()
        with lock:
            stream = llama.create_chat_completion(
                messages=to_llama_messages(messages), stream=True, **self._params(stop, kwargs)
            )
            for part in stream:
                delta = part["choices"][0].get("delta", {}).get("content")
                if not delta:
                    continue
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                if run_manager:
                    run_manager.on_llm_new_token(delta, chunk=chunk)
                yield chunk
