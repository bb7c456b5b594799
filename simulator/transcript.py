"""Read a logged session back (persona snapshot, turns, ended) without a chat model.

Why: reviewing history, exporting a debrief or writing a research report must not load the
embedded model or touch an endpoint; `Runtime.load_session` builds a live client for
continuing a conversation, this only replays the log with the engine's own `replay`.
"""

from __future__ import annotations

from dataclasses import dataclass

from personas.schema import Persona
from simulator.session import Session, Turn, replay
from simulator.store import SessionRow, SessionStore


@dataclass
class SessionRecord:
    row: SessionRow
    persona: Persona
    turns: list[Turn]
    ended: bool

    @property
    def id(self) -> str:
        return self.row.id


def read_session(store: SessionStore, session_id: str, user_id: str | None = None) -> SessionRecord | None:
    """The session as logged, or None if it does not exist or belongs to another user."""
    row = store.get_session(session_id, user_id=user_id)
    if row is None:
        return None
    persona = Persona.model_validate(row.persona_json)
    # A shell session to replay into: no client or evaluator is needed to read the log.
    shell = Session(
        session_id=session_id, persona=persona, client=None, evaluator=None, store=store,  # type: ignore[arg-type]
    )
    turns = list(replay(store, session_id, shell))
    return SessionRecord(row=row, persona=persona, turns=turns, ended=shell.ended)
