"""Numbered schema migrations for the session log. Append new ones; never edit an applied one."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "sessions and append-only events",
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            persona_id TEXT NOT NULL,
            persona_hash TEXT NOT NULL,
            persona_json TEXT NOT NULL,
            client_model TEXT NOT NULL,
            evaluators TEXT NOT NULL,
            settings TEXT NOT NULL,
            log_format_version INTEGER NOT NULL,
            app_version TEXT NOT NULL,
            batch_id TEXT,
            label TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX sessions_user ON sessions(user_id, created_at);
        CREATE INDEX sessions_batch ON sessions(batch_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL REFERENCES sessions(id),
            turn INTEGER NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX events_session ON events(session_id, id);
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the session log is append-only'); END;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the session log is append-only'); END;
        CREATE TRIGGER sessions_append_only_update BEFORE UPDATE ON sessions
            BEGIN SELECT RAISE(ABORT, 'the session log is append-only'); END;
        CREATE TRIGGER sessions_append_only_delete BEFORE DELETE ON sessions
            BEGIN SELECT RAISE(ABORT, 'the session log is append-only'); END;
        """,
    ),
]
