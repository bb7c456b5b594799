"""A scripted chat model that records every prompt it gets (the `fake` backend, for tests).

Replies come from a list (cycled), or from a function of the messages so a test can answer
in context. Each call's messages are kept in `calls` so tests can assert what the prompt held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field, PrivateAttr

DEFAULT_REPLIES = (
    "I don't know. It's been a rough few weeks, honestly.",
    "Yeah... I guess that's part of it. I haven't really said that out loud before.",
    "Maybe. I just keep thinking about how things used to be.",
)

Responder = Callable[[list[BaseMessage]], str]


class RecordingChatModel(BaseChatModel):
    """Returns scripted replies and records the messages of every call."""

    responses: Sequence[str] = Field(default=DEFAULT_REPLIES)
    responder: Responder | None = None
    # Raised (once each, in order) before answering: simulates a failing endpoint.
    errors: list[BaseException] = Field(default_factory=list)
    chunk_size: int = 6
    _calls: list[list[BaseMessage]] = PrivateAttr(default_factory=list)
    _index: int = PrivateAttr(default=0)

    model_config = {"arbitrary_types_allowed": True}

    @property
    def _llm_type(self) -> str:
        return "recording-fake"

    @property
    def calls(self) -> list[list[BaseMessage]]:
        return self._calls

    @property
    def last_prompt_text(self) -> str:
        return "\n".join(str(m.content) for m in self._calls[-1]) if self._calls else ""

    def _next_reply(self, messages: list[BaseMessage]) -> str:
        self._calls.append(list(messages))
        if self.errors:
            raise self.errors.pop(0)
        if self.responder is not None:
            return self.responder(list(messages))
        reply = self.responses[self._index % len(self.responses)]
        self._index += 1
        return reply

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = self._next_reply(messages)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        text = self._next_reply(messages)
        for start in range(0, len(text), self.chunk_size):
            piece = text[start : start + self.chunk_size]
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk
