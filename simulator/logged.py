"""A logged session with everything research tools read: turns plus the batch's own events.

Why: export, rescore and the report all need the replayed turns (`transcript.read_session`)
*and* the events the engine's replay ignores: how each simulated trainee turn was made
(`simulated_trainee`), re-scores (`rescore`), and failures (`batch_failed`, `reply_failed`).
Reading them in one place keeps the three tools agreeing on what a session contains.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from evaluators.types import Message
from simulator.session import Turn
from simulator.state import ClientState
from simulator.store import SessionRow, SessionStore
from simulator.transcript import SessionRecord, read_session

TRAINEE_META = "simulated_trainee"
RESCORE = "rescore"
BATCH_FAILED = "batch_failed"
Status = Literal["ended", "failed", "unfinished"]


@dataclass
class LoggedSession:
    record: SessionRecord
    trainee_meta: dict[int, dict] = field(default_factory=dict)  # turn -> how it was made
    rescores: dict[str, dict[int, dict]] = field(default_factory=dict)  # key -> turn -> payload
    failures: list[dict] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def row(self) -> SessionRow:
        return self.record.row

    @property
    def turns(self) -> list[Turn]:
        return self.record.turns

    @property
    def batch(self) -> dict:
        """The batch job this session ran (empty for practice sessions)."""
        return dict(self.row.settings.get("batch") or {})

    @property
    def status(self) -> Status:
        if self.record.ended:
            return "ended"
        return "failed" if self.failures else "unfinished"

    def initial_state(self) -> dict:
        return ClientState.initial(self.record.persona).to_dict()

    def state_before(self, index: int) -> dict:
        """The client's state before turn `index` (1-based): the previous turn's, or initial."""
        previous = [t for t in self.turns if t.index < index and t.state]
        return previous[-1].state if previous else self.initial_state()

    def history_before(self, index: int) -> list[Message]:
        """The conversation as the evaluator saw it when turn `index` was scored."""
        history = [Message(role="client", text=self.record.persona.opening_line)]
        for turn in self.turns:
            if turn.index >= index:
                break
            history.append(Message(role="trainee", text=turn.trainee))
            if turn.reply is not None:
                history.append(Message(role="client", text=turn.reply))
        return history

    def risk_keywords(self) -> list[str]:
        return [k for cue in self.record.persona.risk_cues for k in cue.keywords]


def load_logged(store: SessionStore, session_id: str) -> LoggedSession:
    record = read_session(store, session_id)
    if record is None:
        raise KeyError(f"no session {session_id!r}")
    logged = LoggedSession(record)
    for event in store.events(session_id):
        if event.kind == TRAINEE_META:
            logged.trainee_meta[event.turn] = event.payload
        elif event.kind == RESCORE:
            logged.rescores.setdefault(event.payload["key"], {})[event.turn] = event.payload
        elif event.kind in (BATCH_FAILED, "reply_failed"):
            logged.failures.append({"kind": event.kind, "turn": event.turn, **event.payload})
    return logged


def select_sessions(
    store: SessionStore,
    *,
    batch: str | None = None,
    user: str | None = None,
    kind: str | None = None,
    session_ids: list[str] | None = None,
) -> list[LoggedSession]:
    """Sessions matching the filters, oldest first (the order they were run)."""
    rows = store.list_sessions(user_id=user, kind=kind, batch_id=batch)
    if session_ids:
        wanted = set(session_ids)
        rows = [r for r in rows if r.id in wanted]
    return [load_logged(store, r.id) for r in reversed(rows)]
