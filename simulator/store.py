"""The session log: append-only SQLite (stdlib sqlite3, WAL, numbered migrations).

A session row records its provenance once (persona id, content hash and snapshot, chat model
and options, each evaluator's name/version/args, log format version); everything that happens
afterwards is an appended event (`trainee`, `evaluation`, `state`, `client`, `reply_failed`,
`ended`, `rescore`, ...). Triggers in the schema refuse UPDATE and DELETE. Each event is
committed when appended, so a crash loses at most the reply being generated.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simulator.migrations import MIGRATIONS

LOG_FORMAT_VERSION = 1
APP_VERSION = "0.1.0"


class StoreError(RuntimeError):
    pass


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def sqlite_path(url: str) -> str:
    """`sqlite:///relative/or/absolute.db`, `sqlite:////abs.db` or `sqlite:///:memory:`."""
    if not url.startswith("sqlite:///"):
        raise StoreError(
            f"unsupported database URL {url!r}: use sqlite:///PATH (set PEER_PRACTICE_DATABASE_URL)"
        )
    return url[len("sqlite:///") :]


@dataclass(frozen=True)
class SessionRow:
    id: str
    user_id: str
    kind: str
    persona_id: str
    persona_hash: str
    persona_json: dict
    client_model: dict
    evaluators: list
    settings: dict
    log_format_version: int
    app_version: str
    batch_id: str | None
    label: str | None
    created_at: str


@dataclass(frozen=True)
class Event:
    id: int
    session_id: str
    turn: int
    kind: str
    payload: dict
    created_at: str


class SessionStore:
    def __init__(self, url: str):
        self.url = url
        path = sqlite_path(url)
        self._lock = threading.RLock()
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                f"cannot open the session database {path!r} ({exc}): point "
                "PEER_PRACTICE_DATABASE_URL (or PEER_PRACTICE_DATA_DIR) at a writable file path"
            ) from None
        self._db.row_factory = sqlite3.Row
        # NORMAL in WAL mode survives a killed process (not a power cut); FULL would fsync each turn.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- schema -------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply migrations not yet applied; returns the versions applied now."""
        with self._lock:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {r[0] for r in self._db.execute("SELECT version FROM schema_migrations")}
            applied = []
            for version, name, sql in MIGRATIONS:
                if version in done:
                    continue
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _split_sql(sql):
                        self._db.execute(statement)
                    self._db.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, now())
                    )
                    self._db.execute("COMMIT")
                except Exception:
                    self._db.execute("ROLLBACK")
                    raise
                applied.append(version)
            return applied

    def schema_version(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
            return int(row[0] or 0)

    # -- writes ---------------------------------------------------------------------------
    def create_session(
        self,
        *,
        user_id: str,
        kind: str,
        persona_id: str,
        persona_hash: str,
        persona_json: dict,
        client_model: dict,
        evaluators: list,
        settings: dict,
        batch_id: str | None = None,
        label: str | None = None,
        session_id: str | None = None,
    ) -> str:
        session_id = session_id or uuid.uuid4().hex
        with self._lock:
            self._db.execute(
                "INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    session_id, user_id, kind, persona_id, persona_hash,
                    _dump(persona_json), _dump(client_model), _dump(evaluators), _dump(settings),
                    LOG_FORMAT_VERSION, APP_VERSION, batch_id, label, now(),
                ),
            )
        return session_id

    def append(self, session_id: str, turn: int, kind: str, payload: dict[str, Any]) -> int:
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO events (session_id, turn, kind, payload, created_at) VALUES (?,?,?,?,?)",
                (session_id, turn, kind, _dump(payload), now()),
            )
            return int(cursor.lastrowid or 0)

    # -- reads ----------------------------------------------------------------------------
    def get_session(self, session_id: str, user_id: str | None = None) -> SessionRow | None:
        """The session, or None if it does not exist or belongs to another user."""
        sql, args = "SELECT * FROM sessions WHERE id = ?", [session_id]
        if user_id is not None:
            sql += " AND user_id = ?"
            args.append(user_id)
        with self._lock:
            row = self._db.execute(sql, args).fetchone()
        return _session_row(row) if row else None

    def list_sessions(
        self,
        user_id: str | None = None,
        kind: str | None = None,
        batch_id: str | None = None,
        limit: int | None = None,
    ) -> list[SessionRow]:
        clauses, args = [], []
        for column, value in (("user_id", user_id), ("kind", kind), ("batch_id", batch_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        sql = "SELECT * FROM sessions"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY created_at DESC, rowid DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        return [_session_row(r) for r in rows]

    def events(self, session_id: str, kind: str | None = None) -> list[Event]:
        sql, args = "SELECT * FROM events WHERE session_id = ?", [session_id]
        if kind:
            sql += " AND kind = ?"
            args.append(kind)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY id", args).fetchall()
        return [
            Event(r["id"], r["session_id"], r["turn"], r["kind"], json.loads(r["payload"]), r["created_at"])
            for r in rows
        ]

    def session_ids_with_event(self, kind: str, batch_id: str | None = None) -> set[str]:
        sql = "SELECT DISTINCT e.session_id FROM events e"
        args: list[Any] = [kind]
        if batch_id is not None:
            sql += " JOIN sessions s ON s.id = e.session_id WHERE e.kind = ? AND s.batch_id = ?"
            args.append(batch_id)
        else:
            sql += " WHERE e.kind = ?"
        with self._lock:
            return {r[0] for r in self._db.execute(sql, args)}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _session_row(row: sqlite3.Row) -> SessionRow:
    data = dict(row)
    for key in ("persona_json", "client_model", "evaluators", "settings"):
        data[key] = json.loads(data[key])
    return SessionRow(**data)


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN … END;) whole."""
    statements, current = [], []
    for line in sql.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and (
            "BEGIN" not in text.upper() or text.upper().rstrip(";").rstrip().endswith("END")
        ):
            statements.append(text)
            current = []
    if "\n".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements
