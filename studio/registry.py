"""Live `Session` objects, kept server-side and keyed by (user, session id).

Why: the browser holds only a session id in `gr.State` (small, copyable); the `Session` with
its client and evaluator lives here. A miss (server restart, eviction) rebuilds the session
from the log with `Runtime.load_session`, filtered by the user, so one user can never reach
another user's session even by guessing its id.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from personas.schema import Persona
from simulator.runtime import Runtime
from simulator.session import Session

CAPACITY = 64


class SessionNotFound(KeyError):
    """No such session for this user (it may exist for someone else: we do not say)."""


@dataclass
class LiveSession:
    session: Session
    kind: str = "practice"
    assessment: bool = False
    # One turn at a time per session, even if the same user has two tabs open.
    lock: threading.Lock = field(default_factory=threading.Lock)


class SessionRegistry:
    def __init__(self, runtime: Runtime, capacity: int = CAPACITY):
        self.runtime = runtime
        self.capacity = capacity
        self._live: OrderedDict[tuple[str, str], LiveSession] = OrderedDict()
        self._lock = threading.Lock()

    def start(self, user_id: str, persona: Persona, *, kind: str = "practice", assessment: bool = False) -> LiveSession:
        session = self.runtime.start_session(persona, user_id=user_id, kind=kind, assessment=assessment)
        live = LiveSession(session=session, kind=kind, assessment=assessment)
        self._put((user_id, session.id), live)
        return live

    def get(self, user_id: str, session_id: str | None) -> LiveSession:
        if not session_id:
            raise SessionNotFound("no session")
        key = (user_id, session_id)
        with self._lock:
            live = self._live.get(key)
            if live is not None:
                self._live.move_to_end(key)
                return live
        row = self.runtime.store.get_session(session_id, user_id=user_id)
        if row is None:
            raise SessionNotFound(session_id)
        session = self.runtime.load_session(session_id, user_id=user_id)
        live = LiveSession(session=session, kind=row.kind, assessment=bool(row.settings.get("assessment")))
        self._put(key, live)
        return live

    def forget(self, user_id: str, session_id: str | None) -> None:
        with self._lock:
            self._live.pop((user_id, session_id or ""), None)

    def _put(self, key: tuple[str, str], live: LiveSession) -> None:
        with self._lock:
            self._live[key] = live
            self._live.move_to_end(key)
            while len(self._live) > self.capacity:
                self._live.popitem(last=False)
