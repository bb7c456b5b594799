"""A finished (or logged) session -> the debrief on screen, its plots and its download files.

Shared by the Practice tab (right after "End session") and the History tab, so both show and
export exactly the same debrief. Exports hold the session's provenance, the transcript with
per-turn evaluations, and the debrief; never the persona's facilitator notes or hidden story.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure

from personas.schema import Persona
from simulator.debrief import Debrief, build_debrief
from simulator.debrief_narrative import narrative_for
from simulator.debrief_plots import scores_figure, trust_figure
from simulator.session import Turn
from simulator.store import SessionRow
from simulator.vocabulary import behavior_label, format_score, score_word
from studio.context import Studio

SHORT = {"active_listening": "listening", "validation": "validation", "non_authoritative": "tone"}


@dataclass
class DebriefView:
    debrief: Debrief
    markdown: str
    scores_plot: Figure
    trust_plot: Figure
    markdown_file: str
    json_file: str

    def outputs(self) -> tuple:
        return (self.markdown, self.scores_plot, self.trust_plot, self.markdown_file, self.json_file)


def transcript_markdown(persona: Persona, turns: Sequence[Turn]) -> str:
    first = persona.name.split()[0]
    lines = ["## Transcript", "", f"**{first}:** {persona.opening_line}", ""]
    for t in turns:
        lines += [f"**You (turn {t.index}):** {t.trainee}", ""]
        scores = " · ".join(
            f"{SHORT[d]} {format_score(v)} ({score_word(v)})" for d, v in t.evaluation.score_values().items()
        )
        codes = ", ".join(behavior_label(c).lower() for c in dict.fromkeys(t.evaluation.behaviors))
        lines += [f"> {scores}" + (f" · {codes}" if codes else ""), ""]
        if t.evaluation.suggestion:
            lines += [f"> Try instead: {t.evaluation.suggestion}", ""]
        reply = t.reply if t.reply is not None else "_(no reply: the client model did not answer)_"
        lines += [f"**{first}:** {reply}", ""]
    return "\n".join(lines)


def export_payload(row: SessionRow | None, persona: Persona, turns: Sequence[Turn], debrief: Debrief) -> dict:
    session = {
        "id": debrief.session_id,
        "persona_id": persona.id,
        "persona_name": persona.name,
    }
    if row is not None:
        session.update(
            kind=row.kind, persona_hash=row.persona_hash, created_at=row.created_at,
            client_model=row.client_model, evaluators=row.evaluators,
            log_format_version=row.log_format_version, app_version=row.app_version,
        )
    transcript = [{"turn": 0, "client": persona.opening_line}]
    transcript += [
        {
            "turn": t.index,
            "trainee": t.trainee,
            "evaluation": t.evaluation.model_dump(mode="json"),
            "state": t.state,
            "client": t.reply,
        }
        for t in turns
    ]
    return {"session": session, "transcript": transcript, "debrief": debrief.to_dict()}


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "user"


def write_exports(studio: Studio, user_id: str, row: SessionRow | None, persona: Persona,
                  turns: Sequence[Turn], debrief: Debrief) -> tuple[str, str]:
    folder = studio.export_dir / _safe(user_id)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"debrief-{persona.id}-{(debrief.session_id or 'session')[:8]}"
    md_path, json_path = folder / f"{stem}.md", folder / f"{stem}.json"
    md_path.write_text(debrief.to_markdown() + "\n" + transcript_markdown(persona, turns), encoding="utf-8")
    payload = export_payload(row, persona, turns, debrief)
    json_path.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    return str(md_path), str(json_path)


def make_debrief_view(studio: Studio, user_id: str, persona: Persona, turns: Sequence[Turn], *,
                      session_id: str, ended: bool, row: SessionRow | None = None) -> DebriefView:
    debrief = build_debrief(persona, turns, session_id=session_id, ended=ended)
    debrief.narrative = narrative_for(debrief, studio.runtime.settings)
    md_file, json_file = write_exports(studio, user_id, row, persona, turns, debrief)
    return DebriefView(
        debrief=debrief,
        markdown=debrief.to_markdown(),
        scores_plot=scores_figure(debrief),
        trust_plot=trust_figure(debrief),
        markdown_file=md_file,
        json_file=json_file,
    )
