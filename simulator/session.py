"""One practice conversation: evaluate -> update state -> reply -> log (DESIGN.md, "One turn").

`Session.submit(text)` is a generator of `SessionEvent`s, so the app can show the feedback as
soon as the turn is scored and then stream the client's reply. The trainee's turn, its
evaluation and the client's new state are appended to the store *before* the reply is
generated; if the reply fails (endpoint down), the turn stays pending and `resend()` generates
the reply for it again without re-scoring. `Session.load` rebuilds a session from the log.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from evaluators.registry import Evaluator
from evaluators.types import MI_NON_ADHERENT, Message, TurnEvaluation, TurnInput
from personas.schema import Persona
from simulator import guards
from simulator.client import ClientReply, ClientUnavailable, SimulatedClient
from simulator.prompt import PromptTurn, turn_note
from simulator.state import ClientState
from simulator.store import SessionStore


class InputError(ValueError):
    """The trainee's message cannot be sent as it is (empty, too long, session ended)."""


@dataclass
class Turn:
    index: int
    trainee: str
    evaluation: TurnEvaluation
    state: dict
    reply: str | None = None
    reply_meta: dict = field(default_factory=dict)
    note: str = ""  # how the client felt, as written into the prompt for this turn


@dataclass
class SessionEvent:
    kind: Literal["evaluated", "delta", "reset", "replied", "failed"]
    turn: Turn
    text: str = ""
    error: str | None = None


def evaluator_provenance(evaluator: Evaluator) -> dict:
    return {"name": evaluator.name, "version": evaluator.version, "args": dict(evaluator.args)}


def risk_keywords(persona: Persona) -> list[str]:
    return [k for cue in persona.risk_cues for k in cue.keywords]


class Session:
    def __init__(
        self,
        *,
        session_id: str,
        persona: Persona,
        client: SimulatedClient,
        evaluator: Evaluator,
        store: SessionStore,
        max_message_chars: int = 1500,
        state: ClientState | None = None,
        history: list[Message] | None = None,
        turns: list[Turn] | None = None,
        ended: bool = False,
    ):
        self.id = session_id
        self.persona = persona
        self.client = client
        self.evaluator = evaluator
        self.store = store
        self.max_message_chars = max_message_chars
        self.state = state or ClientState.initial(persona)
        self.history: list[Message] = history or []
        self.turns: list[Turn] = turns or []
        self.ended = ended
        # Text the trainee sent that was logged but never scored (the process died in between).
        self.unsent: str | None = None

    # -- creation -------------------------------------------------------------------------
    @classmethod
    def start(
        cls,
        *,
        persona: Persona,
        client: SimulatedClient,
        evaluator: Evaluator,
        store: SessionStore,
        user_id: str = "local",
        kind: str = "practice",
        client_model: dict | None = None,
        settings: dict | None = None,
        batch_id: str | None = None,
        label: str | None = None,
        max_message_chars: int = 1500,
    ) -> Session:
        """Create the session row with its provenance and log the client's opening line."""
        session_id = store.create_session(
            user_id=user_id,
            kind=kind,
            persona_id=persona.id,
            persona_hash=persona.content_hash(),
            persona_json=persona.model_dump(mode="json"),
            client_model=client_model or {},
            evaluators=[evaluator_provenance(evaluator)],
            settings=settings or {},
            batch_id=batch_id,
            label=label,
        )
        session = cls(
            session_id=session_id, persona=persona, client=client, evaluator=evaluator,
            store=store, max_message_chars=max_message_chars,
        )
        store.append(session_id, 0, "state", session.state.to_dict())
        session.history.append(Message(role="client", text=persona.opening_line))
        store.append(session_id, 0, "client", {"text": persona.opening_line, "opening": True})
        session.warm()
        return session

    @classmethod
    def load(
        cls,
        session_id: str,
        *,
        store: SessionStore,
        client: SimulatedClient,
        evaluator: Evaluator,
        user_id: str | None = None,
        max_message_chars: int = 1500,
    ) -> Session:
        """Rebuild a session from its log (after a restart, or to continue it elsewhere)."""
        row = store.get_session(session_id, user_id=user_id)
        if row is None:
            raise KeyError(f"no session {session_id!r}")
        persona = Persona.model_validate(row.persona_json)
        session = cls(
            session_id=session_id, persona=persona, client=client, evaluator=evaluator,
            store=store, max_message_chars=max_message_chars,
        )
        for turn in replay(store, session_id, session):
            session.turns.append(turn)
        return session

    # -- the turn -------------------------------------------------------------------------
    @property
    def pending(self) -> Turn | None:
        """The last turn if its reply is still owed (generation failed or was interrupted)."""
        if self.turns and self.turns[-1].reply is None:
            return self.turns[-1]
        return None

    def check_text(self, text: str) -> str:
        if self.ended:
            raise InputError("This session has ended. Start a new one to keep practising.")
        if self.pending is not None:
            raise InputError(
                "The client has not answered your last message yet: press Resend to try again."
            )
        text = (text or "").strip()
        if not text:
            raise InputError("Type something to say to the client first.")
        if len(text) > self.max_message_chars:
            raise InputError(
                f"That message is {len(text):,} characters; the limit is "
                f"{self.max_message_chars:,}. Say it in a shorter turn: a peer conversation "
                "moves in short turns."
            )
        return text

    def evaluate(self, text: str) -> TurnEvaluation:
        return self.evaluator.evaluate(
            TurnInput(history=list(self.history), utterance=text, risk_keywords=risk_keywords(self.persona))
        )

    def submit(self, text: str) -> Iterator[SessionEvent]:
        """Score the turn, update the client, log it, then stream the client's reply."""
        text = self.check_text(text)
        index = len(self.turns) + 1
        self.store.append(self.id, index, "trainee", {"text": text})
        evaluation = self.evaluate(text)
        self.store.append(self.id, index, "evaluation", evaluation.model_dump(mode="json"))
        self.state.update(self.persona, evaluation)
        self.store.append(self.id, index, "state", self.state.to_dict())
        turn = Turn(index=index, trainee=text, evaluation=evaluation, state=self.state.to_dict())
        self.turns.append(turn)
        self.history.append(Message(role="trainee", text=text))
        yield SessionEvent("evaluated", turn)
        yield from self._reply(turn)

    def resend(self) -> Iterator[SessionEvent]:
        """Generate the reply owed to the pending turn (after a failure), without re-scoring."""
        turn = self.pending
        if turn is None:
            raise InputError("There is no unanswered message to resend.")
        yield from self._reply(turn)

    def past(self) -> list[PromptTurn]:
        """The answered exchanges, as the client's prompt renders them."""
        return [PromptTurn(t.trainee, t.note, t.reply) for t in self.turns if t.reply is not None]

    def warm(self) -> None:
        """Let the model pre-read the next prompt's prefix while the trainee types."""
        self.client.warm(self.state, self.past())

    def _reply(self, turn: Turn) -> Iterator[SessionEvent]:
        directive = bool(set(turn.evaluation.behaviors) & (MI_NON_ADHERENT | {"label"}))
        turn.note = turn_note(self.persona, self.state, guards.is_injection(turn.trainee))
        try:
            for event in self.client.stream_reply(self.state, self.past(), turn.trainee, turn.note, directive):
                if event.kind == "delta":
                    yield SessionEvent("delta", turn, event.text)
                elif event.kind == "reset":
                    yield SessionEvent("reset", turn)
                elif event.reply is not None:
                    self._record_reply(turn, event.reply)
        except ClientUnavailable as exc:
            self.store.append(self.id, turn.index, "reply_failed", {"error": str(exc)})
            yield SessionEvent("failed", turn, error=str(exc))
            return
        self.warm()
        yield SessionEvent("replied", turn, turn.reply or "")

    def _record_reply(self, turn: Turn, reply: ClientReply) -> None:
        meta = {
            "attempts": reply.attempts,
            "problems": reply.problems,
            "fallback": reply.fallback,
            "prompt_tokens": reply.prompt_tokens,
            "last_prompt_tokens": reply.last_prompt_tokens,
            "completion_tokens": reply.completion_tokens,
            "history_dropped": reply.history_dropped,
            "seconds": round(reply.seconds, 3),
            "first_token_seconds": None
            if reply.first_token_seconds is None
            else round(reply.first_token_seconds, 3),
        }
        self.store.append(self.id, turn.index, "client", {"text": reply.text, "note": turn.note, **meta})
        turn.reply, turn.reply_meta = reply.text, meta
        self.history.append(Message(role="client", text=reply.text))

    def run_turn(self, text: str) -> Turn:
        """Submit and wait for the whole turn (batch runs, tests). Raises on a failed reply."""
        last = None
        for event in self.submit(text):
            last = event
            if event.kind == "failed":
                raise ClientUnavailable(event.error or "the client did not answer")
        assert last is not None
        return last.turn

    def end(self) -> None:
        if not self.ended:
            self.store.append(self.id, len(self.turns), "ended", {"turns": len(self.turns)})
            self.ended = True


def replay(store: SessionStore, session_id: str, session: Session) -> Iterator[Turn]:
    """Rebuild turns, history and state from the event log into `session`."""
    current: Turn | None = None
    pending_text: str | None = None
    for event in store.events(session_id):
        p = event.payload
        if event.kind == "state":
            session.state = ClientState.from_dict(p)
            if current is not None:
                current.state = p
        elif event.kind == "trainee":
            if current is not None:
                yield current
            # Not in the history until its evaluation is logged: a crash between the two leaves
            # text that never became a turn, kept only as `unsent` for the trainee to resend.
            pending_text, current = p["text"], None
            session.unsent = p["text"]
        elif event.kind == "evaluation" and pending_text is not None:
            current = Turn(event.turn, pending_text, TurnEvaluation.model_validate(p), {})
            session.history.append(Message(role="trainee", text=pending_text))
            session.unsent, pending_text = None, None
        elif event.kind == "client":
            session.history.append(Message(role="client", text=p["text"]))
            if current is not None and not p.get("opening"):
                current.reply = p["text"]
                current.note = p.get("note", "")
                current.reply_meta = {k: v for k, v in p.items() if k not in ("text", "note")}
        elif event.kind == "ended":
            session.ended = True
    if current is not None:
        yield current
