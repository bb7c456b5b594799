"""The simulated client: builds its prompt, streams a reply, and keeps it in character.

`SimulatedClient.stream_reply` yields `ReplyEvent`s: `delta` pieces as they are generated,
`reset` when a drifting reply is thrown away and regenerated, and one final `done` carrying the
`ClientReply` (text, guard problems, attempts, token counts, timing). A reply that drifts is
regenerated once with a stronger reminder; if that drifts too, a short in-character line is
used instead. Endpoint failures are retried with backoff, then raised as `ClientUnavailable`.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from langchain_core.language_models import BaseChatModel

from personas.schema import Persona
from simulator import guards
from simulator.prompt import PromptTurn, build_prompt, prefix_messages
from simulator.state import ClientState
from simulator.tokens import count_tokens

REMINDER = (
    "Remember: you ARE {name}, the person who came for support, not the helper. "
    "Say what {name} would say, in first person, 1-3 short sentences. No advice, no lists, "
    "no narration."
)
FALLBACKS = {
    "shut down": ["I don't really want to get into that.", "Yeah. Okay. Whatever."],
    "guarded": ["I don't know. I guess.", "I'd rather not say much about that right now."],
    "wary": ["Maybe. I'm not sure what to say.", "I don't know... it's complicated."],
    "warming up": ["Yeah... I'm thinking about it.", "I guess that's kind of true."],
    "opening up": ["Yeah. It's a lot, honestly.", "That's... yeah. That's part of it."],
    "trusting": ["Honestly? Yeah. It's been hard.", "Yeah. I haven't said that to many people."],
}


class ClientUnavailable(RuntimeError):
    """The chat model could not be reached after retries; the trainee's turn is kept."""


@dataclass
class ClientReply:
    text: str
    attempts: int
    problems: list[list[str]] = field(default_factory=list)  # per attempt
    fallback: bool = False
    prompt_tokens: int = 0  # summed over attempts: what the reply cost
    completion_tokens: int = 0
    last_prompt_tokens: int = 0  # the size of the final prompt
    history_dropped: int = 0
    seconds: float = 0.0
    first_token_seconds: float | None = None


@dataclass
class ReplyEvent:
    kind: Literal["delta", "reset", "done"]
    text: str = ""
    reply: ClientReply | None = None


class SimulatedClient:
    def __init__(
        self,
        persona: Persona,
        model: BaseChatModel,
        history_token_budget: int = 1200,
        max_retries: int = 3,
        backoff_seconds: float = 0.5,
        seed: int | None = None,
    ):
        self.persona = persona
        self.model = model
        self.history_token_budget = history_token_budget
        self.max_retries = max_retries
        self.backoff_seconds = backoff_seconds
        self._rng = random.Random(seed)
        self.temperature: float | None = getattr(model, "temperature", None)

    def _stream_once(self, messages, **options) -> Iterator[str]:
        """Stream one generation, retrying endpoint errors that happen before any output."""
        for attempt in range(self.max_retries + 1):
            produced = False
            try:
                for chunk in self.model.stream(messages, **options):
                    piece = chunk.text if hasattr(chunk, "text") else str(chunk.content)
                    if piece:
                        produced = True
                        yield piece
                return
            except Exception as exc:  # noqa: BLE001 - any backend failure is retried the same way
                if produced or attempt >= self.max_retries:
                    raise ClientUnavailable(
                        f"the client model did not answer ({type(exc).__name__}: {exc}). "
                        "Your message is saved: press Resend to try again."
                    ) from exc
                time.sleep(self.backoff_seconds * (2**attempt))

    def stream_reply(
        self,
        state: ClientState,
        past: list[PromptTurn],
        trainee_text: str,
        note: str,
        directive_turn: bool = False,
    ) -> Iterator[ReplyEvent]:
        """Stream the reply to `trainee_text`, given the past exchanges and this turn's note."""
        injection = guards.is_injection(trainee_text)
        started = time.perf_counter()
        first_token: float | None = None
        reply = ClientReply(text="", attempts=0)
        previous = [self.persona.opening_line] + [t.reply for t in past]
        reminder = None
        for attempt in range(2):
            prompt = build_prompt(
                self.persona, state, self.persona.opening_line, past, trainee_text, note,
                self.history_token_budget, reminder=reminder,
            )
            reply.attempts = attempt + 1
            reply.prompt_tokens += prompt.tokens
            reply.last_prompt_tokens = prompt.tokens
            reply.history_dropped = prompt.dropped
            raw = ""
            if attempt:
                yield ReplyEvent("reset")
            # A regeneration samples a little hotter: the drifted reply was the likeliest one.
            options = {"temperature": min(1.0, self.temperature + 0.25)} if attempt and self.temperature is not None else {}
            for piece in self._stream_once(prompt.messages, **options):
                if first_token is None:
                    first_token = time.perf_counter() - started
                raw += piece
                yield ReplyEvent("delta", piece)
            reply.completion_tokens += count_tokens(raw)
            text = guards.clean_reply(raw, self.persona)
            problems = guards.find_problems(
                text, self.persona, directive_turn=directive_turn, trainee_text=trainee_text,
                previous=previous,
            )
            if injection and not problems and guards.is_injection(text):
                problems = ["broke_character"]
            reply.problems.append(problems)
            if not problems:
                reply.text = text
                break
            reminder = REMINDER.format(name=self.persona.name.split()[0])
        else:
            yield ReplyEvent("reset")
            reply.text = self._rng.choice(FALLBACKS.get(state.mood, FALLBACKS["guarded"]))
            reply.fallback = True
        reply.seconds = time.perf_counter() - started
        reply.first_token_seconds = first_token
        yield ReplyEvent("done", reply.text, reply)

    def warm(self, state: ClientState, past: list[PromptTurn]) -> None:
        """Pre-read the next prompt's stable prefix in the background, if the model can.

        Called after each reply (and at the start) while the trainee reads and types, so the
        next reply only pays for the new turn, even when trimming moved the window.
        """
        warm = getattr(self.model, "warm", None)
        if warm is None:
            return
        prompt = build_prompt(
            self.persona, state, self.persona.opening_line, past, "…", "", self.history_token_budget
        )
        threading.Thread(target=warm, args=(prefix_messages(prompt),), daemon=True).start()

    def reply(
        self, state: ClientState, past: list[PromptTurn], trainee_text: str, note: str, directive_turn: bool = False
    ) -> ClientReply:
        """The whole reply at once (batch runs, benchmarks, tests)."""
        for event in self.stream_reply(state, past, trainee_text, note, directive_turn):
            if event.kind == "done" and event.reply is not None:
                return event.reply
        raise AssertionError("stream_reply always ends with a done event")
