"""History tab handlers: the requesting user's past sessions, one opened with transcript and debrief.

Every read goes through the store filtered by the requesting user (`user_id=`), so a session
id from someone else reads as "not found", through the UI and the API alike.
"""

from __future__ import annotations

from datetime import datetime

import gradio as gr

from evaluators.types import DIMENSIONS
from simulator.store import SessionRow, SessionStore
from simulator.transcript import read_session
from studio.context import Studio
from studio.debrief_view import make_debrief_view, transcript_markdown

HISTORY_LIMIT = 100
HISTORY_HEADERS = ["Date", "Persona", "Kind", "Turns", "Listening", "Validation", "Tone", "Status"]
LIST_OUTPUTS = ("history_table", "history_pick")
OPEN_OUTPUTS = (
    "history_detail", "history_transcript", "history_debrief_md", "history_scores_plot",
    "history_trust_plot", "history_download_md", "history_download_json",
)
KINDS = ("practice", "test_chat")


def _when(created_at: str) -> str:
    try:
        return datetime.fromisoformat(created_at).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return created_at


def session_summary(store: SessionStore, row: SessionRow) -> dict:
    """Turns, mean scores (unscored turns excluded) and status of one logged session."""
    values: dict[str, list[float]] = {d: [] for d in DIMENSIONS}
    turns, ended = 0, False
    for event in store.events(row.id):
        if event.kind == "evaluation":
            turns += 1
            for d in DIMENSIONS:
                v = (event.payload.get("scores", {}).get(d) or {}).get("value")
                if v is not None:
                    values[d].append(float(v))
        elif event.kind == "ended":
            ended = True
    means = {d: round(sum(v) / len(v), 1) if v else None for d, v in values.items()}
    return {
        "id": row.id,
        "date": _when(row.created_at),
        "persona": row.persona_json.get("name", row.persona_id),
        "kind": row.kind.replace("_", " "),
        "turns": turns,
        "means": means,
        "status": "ended" if ended else "open",
    }


def user_sessions(studio: Studio, user_id: str) -> list[dict]:
    store = studio.runtime.store
    rows = [r for r in store.list_sessions(user_id=user_id, limit=HISTORY_LIMIT) if r.kind in KINDS]
    return [session_summary(store, r) for r in rows]


def _cell(v: float | None) -> str:
    return "–" if v is None else f"{v:.1f}"


def list_history(studio: Studio, request: gr.Request | None = None):
    """The table of this user's sessions (newest first) and the picker to open one."""
    user = studio.user(request)
    summaries = user_sessions(studio, user.id)
    rows = [
        [s["date"], s["persona"], s["kind"], s["turns"], *(_cell(s["means"][d]) for d in DIMENSIONS), s["status"]]
        for s in summaries
    ]
    choices = [(f"{s['date']} · {s['persona']} · {s['turns']} turns", s["id"]) for s in summaries]
    table = gr.update(value=rows or [["No sessions yet", "", "", "", "", "", "", ""]], headers=HISTORY_HEADERS)
    return table, gr.update(choices=choices, value=choices[0][1] if choices else None)


def open_history(studio: Studio, session_id: str | None, request: gr.Request | None = None):
    """One of this user's sessions: transcript with per-turn scores, debrief, plots, exports."""
    user = studio.user(request)
    record = read_session(studio.runtime.store, session_id or "", user_id=user.id) if session_id else None
    if record is None:
        raise gr.Error("That session was not found among yours.", title="Not found")
    view = make_debrief_view(
        studio, user.id, record.persona, record.turns, session_id=record.id, ended=record.ended, row=record.row,
    )
    transcript = transcript_markdown(record.persona, record.turns)
    return (gr.update(visible=True), transcript, view.markdown, view.scores_plot, view.trust_plot,
            view.markdown_file, view.json_file)
