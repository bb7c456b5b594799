"""The session log: schema and migrations, WAL, append-only, per-user visibility, bad URLs."""

from __future__ import annotations

import sqlite3
import time

import pytest

from simulator.migrations import MIGRATIONS
from simulator.store import LOG_FORMAT_VERSION, SessionStore, StoreError

SESSION_COLUMNS = [
    "id", "user_id", "kind", "persona_id", "persona_hash", "persona_json", "client_model",
    "evaluators", "settings", "log_format_version", "app_version", "batch_id", "label", "created_at",
]
EVENT_COLUMNS = ["id", "session_id", "turn", "kind", "payload", "created_at"]


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "log" / "sessions.db"


@pytest.fixture
def store(db_path):
    s = SessionStore(f"sqlite:///{db_path}")
    yield s
    s.close()


def new_session(store: SessionStore, user="alice", kind="practice", batch=None, **kw) -> str:
    return store.create_session(
        user_id=user, kind=kind, persona_id="sam-test", persona_hash="h" * 64,
        persona_json={"id": "sam-test"}, client_model={"backend": "fake"},
        evaluators=[{"name": "local", "version": "1", "args": {}}], settings={"seed": 7},
        batch_id=batch, **kw,
    )


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_schema_after_migrate(store, db_path):
    conn = sqlite3.connect(db_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"sessions", "events", "schema_migrations"} <= tables
        assert columns(conn, "sessions") == SESSION_COLUMNS
        assert columns(conn, "events") == EVENT_COLUMNS
        assert columns(conn, "schema_migrations") == ["version", "name", "applied_at"]
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    finally:
        conn.close()
    assert versions == [v for v, _, _ in MIGRATIONS]
    assert store.schema_version() == len(MIGRATIONS)


def test_migrations_are_numbered_in_order():
    assert [v for v, _, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_migrate_is_idempotent(store, db_path):
    assert store.migrate() == []
    sid = new_session(store)
    store.append(sid, 0, "state", {"trust": 0.3})
    store.close()
    again = SessionStore(f"sqlite:///{db_path}")  # reopening applies nothing and keeps the data
    try:
        assert again.migrate() == []
        assert again.schema_version() == len(MIGRATIONS)
        assert [e.payload for e in again.events(sid)] == [{"trust": 0.3}]
    finally:
        again.close()


def test_a_fresh_database_applies_every_migration(tmp_path):
    store = SessionStore(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        conn = sqlite3.connect(tmp_path / "fresh.db")
        applied = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
        conn.close()
        assert applied == [v for v, _, _ in MIGRATIONS]
    finally:
        store.close()


def test_wal_journal_mode_on_a_real_file(store, db_path):
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    finally:
        conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE events SET payload = '{}'",
        "DELETE FROM events",
        "UPDATE sessions SET user_id = 'mallory'",
        "DELETE FROM sessions",
    ],
)
def test_the_log_is_append_only(store, db_path, sql):
    sid = new_session(store)
    store.append(sid, 1, "trainee", {"text": "hello"})
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)
            conn.commit()
    finally:
        conn.close()
    assert store.get_session(sid).user_id == "alice"
    assert [e.payload for e in store.events(sid)] == [{"text": "hello"}]


def test_append_and_read_events_in_order(store):
    sid = new_session(store)
    other = new_session(store)
    ids = [store.append(sid, i, kind, {"n": i}) for i, kind in enumerate(["state", "client", "trainee"])]
    store.append(other, 0, "state", {"n": 99})
    assert ids == sorted(ids) and all(ids)
    events = store.events(sid)
    assert [(e.turn, e.kind, e.payload) for e in events] == [
        (0, "state", {"n": 0}), (1, "client", {"n": 1}), (2, "trainee", {"n": 2}),
    ]
    assert [e.payload for e in store.events(sid, "client")] == [{"n": 1}]
    assert store.session_ids_with_event("state") == {sid, other}


def test_unicode_payloads_round_trip(store):
    sid = new_session(store)
    store.append(sid, 1, "trainee", {"text": "Ça va? — “quotes” 🙂"})
    assert store.events(sid)[0].payload["text"] == "Ça va? — “quotes” 🙂"


def test_list_sessions_filters_and_newest_first(store):
    a1 = new_session(store, user="alice")
    time.sleep(0.002)
    b1 = new_session(store, user="bob", kind="batch", batch="run-1")
    time.sleep(0.002)
    a2 = new_session(store, user="alice", kind="batch", batch="run-1")
    time.sleep(0.002)
    a3 = new_session(store, user="alice", kind="batch", batch="run-2")

    assert [r.id for r in store.list_sessions()] == [a3, a2, b1, a1]
    assert [r.id for r in store.list_sessions(user_id="alice")] == [a3, a2, a1]
    assert [r.id for r in store.list_sessions(kind="batch")] == [a3, a2, b1]
    assert [r.id for r in store.list_sessions(batch_id="run-1")] == [a2, b1]
    assert [r.id for r in store.list_sessions(user_id="alice", batch_id="run-1")] == [a2]
    assert [r.id for r in store.list_sessions(user_id="alice", limit=2)] == [a3, a2]
    assert store.list_sessions(user_id="carol") == []


def test_sessions_created_in_the_same_millisecond_are_still_newest_first(store):
    ids = [new_session(store) for _ in range(5)]
    assert [r.id for r in store.list_sessions()] == ids[::-1]


def test_get_session_is_per_user(store):
    sid = new_session(store, user="alice", label="first try")
    row = store.get_session(sid, user_id="alice")
    assert row is not None
    assert row.label == "first try"
    assert row.persona_json == {"id": "sam-test"}
    assert row.evaluators == [{"name": "local", "version": "1", "args": {}}]
    assert row.log_format_version == LOG_FORMAT_VERSION
    assert store.get_session(sid) is not None  # no user: researchers/CLI see everything
    assert store.get_session(sid, user_id="bob") is None
    assert store.get_session("nope") is None


def test_in_memory_database_works(tmp_path):
    store = SessionStore("sqlite:///:memory:")
    try:
        sid = new_session(store)
        store.append(sid, 0, "state", {})
        assert len(store.events(sid)) == 1
    finally:
        store.close()


@pytest.mark.parametrize(
    "url",
    ["postgresql://localhost/peer", "sessions.db", "sqlite://sessions.db", "", "/tmp/sessions.db"],
)
def test_a_bad_database_url_raises_store_error_with_the_fix(url):
    with pytest.raises(StoreError) as info:
        SessionStore(url)
    message = str(info.value)
    assert "sqlite:///" in message
    assert "PEER_PRACTICE_DATABASE_URL" in message


@pytest.mark.parametrize("kind", ["parent_is_a_file", "path_is_a_directory"])
def test_an_unopenable_database_path_raises_store_error(tmp_path, kind):
    if kind == "parent_is_a_file":
        (tmp_path / "afile").write_text("x")
        url = f"sqlite:///{tmp_path / 'afile' / 'sessions.db'}"
    else:
        url = f"sqlite:///{tmp_path}"
    with pytest.raises(StoreError) as info:
        SessionStore(url)
    assert "PEER_PRACTICE_DATABASE_URL" in str(info.value)
