"""Export logged sessions to JSONL and CSV tables that pandas reads directly.

Tables (each written as `<table>.jsonl` and/or `<table>.csv`, same columns in both):
- `sessions`: one row per session: provenance (persona, hash, model, evaluators, batch job,
  seed), status, turns, trust start/end, story layers shared, mean scores, tokens.
- `turns`: one row per trainee turn: text, client reply, the three scores, behaviours as a
  `;`-joined string and one 0/1 column per code (`b_<code>`), trust before/after, layers
  unlocked, triggers hit, tokens, and how a simulated trainee made the turn.
- `evaluations`: one row per (turn, evaluator): the original evaluation and every `rescore`,
  long format, for agreement studies; the JSONL rows also carry the full evaluation object.
- `states`: one row per logged client state (turn 0 = before the first trainee turn).

The report builds its tables from these same records, so the numbers a researcher gets from
the CSV are the numbers in the report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from evaluators.types import BEHAVIORS, DIMENSIONS, TurnEvaluation
from simulator.debrief import dimension_summaries, shared_layers
from simulator.logged import LoggedSession, select_sessions
from simulator.pseudonym import Pseudonymiser
from simulator.store import SessionStore

TABLES = ("sessions", "turns", "evaluations", "states")
FORMATS = ("jsonl", "csv")
NESTED = ("evaluation",)  # JSONL-only columns


def _join(values: Iterable[Any]) -> str:
    return ";".join(str(v) for v in values)


def behavior_columns(codes: Iterable[str]) -> dict[str, int]:
    present = set(codes)
    return {f"b_{code}": int(code in present) for code in BEHAVIORS}


def score_columns(evaluation: TurnEvaluation | dict) -> dict[str, float | None]:
    ev = evaluation if isinstance(evaluation, TurnEvaluation) else TurnEvaluation.model_validate(evaluation)
    return dict(ev.score_values())


def _evaluator_id(evaluation: TurnEvaluation) -> str:
    return _join(f"{p.evaluator}@{p.version}" for p in evaluation.provenance)


def session_record(s: LoggedSession) -> dict[str, Any]:
    row, persona, turns = s.row, s.record.persona, s.turns
    batch = s.batch
    initial = s.initial_state()
    final = turns[-1].state if turns and turns[-1].state else initial
    shared = shared_layers(persona, turns)
    means = {d.dimension: d.mean for d in dimension_summaries(turns)}
    client_in = sum(int(t.reply_meta.get("prompt_tokens") or 0) for t in turns)
    client_out = sum(int(t.reply_meta.get("completion_tokens") or 0) for t in turns)
    trainee_in = sum(int(m.get("prompt_tokens") or 0) for m in s.trainee_meta.values())
    trainee_out = sum(int(m.get("completion_tokens") or 0) for m in s.trainee_meta.values())
    return {
        "session_id": row.id,
        "user_id": row.user_id,
        "kind": row.kind,
        "batch_id": row.batch_id,
        "label": row.label,
        "profile": batch.get("profile"),
        "mode": batch.get("mode"),
        "repeat": batch.get("repeat"),
        "job": batch.get("job"),
        "seed": batch.get("seed"),
        "batch_seed": batch.get("batch_seed"),
        "turns_planned": batch.get("turns"),
        "persona_id": row.persona_id,
        "persona_name": persona.name,
        "persona_hash": row.persona_hash,
        "difficulty": persona.difficulty,
        "created_at": row.created_at,
        "status": s.status,
        "error": s.failures[-1].get("error") if s.failures else None,
        "n_turns": len(turns),
        "client_backend": row.client_model.get("backend"),
        "client_model": row.client_model.get("model"),
        "temperature": row.client_model.get("temperature"),
        "client_seed": row.settings.get("seed"),
        "evaluators": _join(f"{e.get('name')}@{e.get('version')}" for e in row.evaluators),
        "log_format_version": row.log_format_version,
        "app_version": row.app_version,
        "initial_trust": initial["trust"],
        "final_trust": final["trust"],
        "trust_change": round(final["trust"] - initial["trust"], 4),
        "layers_total": len(persona.story_layers),
        "layers_initial": len(initial["unlocked"]),
        "layers_final": len(shared),
        "layers_shared": len(shared) - len(initial["unlocked"]),
        **{f"mean_{d}": means.get(d) for d in DIMENSIONS},
        "client_prompt_tokens": client_in,
        "client_completion_tokens": client_out,
        "trainee_prompt_tokens": trainee_in,
        "trainee_completion_tokens": trainee_out,
        "total_tokens": client_in + client_out + trainee_in + trainee_out,
        "reply_seconds": round(sum(float(t.reply_meta.get("seconds") or 0) for t in turns), 3),
        "reply_fallbacks": sum(1 for t in turns if t.reply_meta.get("fallback")),
        "rescore_keys": _join(sorted(s.rescores)),
    }


def turn_records(s: LoggedSession) -> list[dict[str, Any]]:
    row, batch, out = s.row, s.batch, []
    for turn in s.turns:
        ev = turn.evaluation
        before = s.state_before(turn.index)
        after = turn.state or before
        meta, tmeta = turn.reply_meta, s.trainee_meta.get(turn.index, {})
        out.append({
            "session_id": row.id,
            "batch_id": row.batch_id,
            "label": row.label,
            "profile": batch.get("profile"),
            "mode": batch.get("mode"),
            "user_id": row.user_id,
            "kind": row.kind,
            "persona_id": row.persona_id,
            "turn": turn.index,
            "trainee_text": turn.trainee,
            "client_reply": turn.reply,
            **score_columns(ev),
            "behaviors": _join(ev.behaviors),
            **behavior_columns(ev.behaviors),
            "flags": _join(ev.flags),
            "suggestion": ev.suggestion,
            "evaluator": _evaluator_id(ev),
            "eval_latency_ms": round(sum(p.latency_ms for p in ev.provenance), 3),
            "trust_before": before.get("trust"),
            "trust_after": after.get("trust"),
            "trust_delta": after.get("last_delta"),
            "mood": after.get("mood"),
            "layers_unlocked": len(after.get("unlocked", [])),
            "layers_new": len(after.get("newly_unlocked", [])),
            "triggered": _join(after.get("triggered", [])),
            "prompt_tokens": meta.get("prompt_tokens"),
            "completion_tokens": meta.get("completion_tokens"),
            "reply_seconds": meta.get("seconds"),
            "reply_attempts": meta.get("attempts"),
            "reply_fallback": meta.get("fallback"),
            "turn_profile": tmeta.get("turn_profile"),
            "trainee_moves": _join(tmeta.get("moves", [])),
            "trainee_templates": _join(tmeta.get("templates", [])),
            "trainee_prompt_tokens": tmeta.get("prompt_tokens"),
            "trainee_completion_tokens": tmeta.get("completion_tokens"),
        })
    return out


def evaluation_records(s: LoggedSession) -> list[dict[str, Any]]:
    """Long format: the original evaluation of each turn, then each re-score of it."""
    out = []
    for turn in s.turns:
        sources: list[tuple[str, str, TurnEvaluation, dict]] = [
            ("original", "original", turn.evaluation, {})
        ]
        for key, by_turn in sorted(s.rescores.items()):
            payload = by_turn.get(turn.index)
            if payload:
                ev = TurnEvaluation.model_validate(payload["evaluation"])
                sources.append(("rescore", key, ev, payload))
        for source, key, ev, payload in sources:
            prov = ev.provenance[0] if ev.provenance else None
            out.append({
                "session_id": s.id,
                "batch_id": s.row.batch_id,
                "label": s.row.label,
                "profile": s.batch.get("profile"),
                "turn": turn.index,
                "source": source,
                "key": key,
                "evaluator": payload.get("evaluator", prov.evaluator if prov else None),
                "version": payload.get("version", prov.version if prov else None),
                "args": json.dumps(payload.get("args", prov.args if prov else {}), sort_keys=True, default=str),
                "latency_ms": payload.get("latency_ms", prov.latency_ms if prov else None),
                **score_columns(ev),
                "behaviors": _join(ev.behaviors),
                **behavior_columns(ev.behaviors),
                "evaluation": ev.model_dump(mode="json"),
            })
    return out


def state_records(s: LoggedSession) -> list[dict[str, Any]]:
    states = [(0, s.initial_state())] + [(t.index, t.state) for t in s.turns if t.state]
    return [
        {
            "session_id": s.id,
            "batch_id": s.row.batch_id,
            "label": s.row.label,
            "turn": index,
            "trust": state.get("trust"),
            "mood": state.get("mood"),
            "last_delta": state.get("last_delta"),
            "unlocked": _join(state.get("unlocked", [])),
            "layers_unlocked": len(state.get("unlocked", [])),
            "newly_unlocked": _join(state.get("newly_unlocked", [])),
            "triggered": _join(state.get("triggered", [])),
            "reactions": " | ".join(state.get("reactions", [])),
        }
        for index, state in states
    ]


BUILDERS = {
    "sessions": lambda s: [session_record(s)],
    "turns": turn_records,
    "evaluations": evaluation_records,
    "states": state_records,
}


def build_tables(sessions: list[LoggedSession]) -> dict[str, list[dict[str, Any]]]:
    return {name: [r for s in sessions for r in BUILDERS[name](s)] for name in TABLES}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def pseudonymise_tables(
    tables: dict[str, list[dict[str, Any]]], sessions: list[LoggedSession], salt: str = ""
) -> dict[str, list[dict[str, Any]]]:
    """Replace persona names/ids, user ids and capitalised names in free text (pseudonym.py)."""
    pseudo = Pseudonymiser(
        ({"id": s.row.persona_id, "name": s.record.persona.name} for s in sessions), salt=salt
    )
    for rows in tables.values():
        for row in rows:
            pseudo.learn_all(_strings(row))
    out: dict[str, list[dict[str, Any]]] = {}
    for name, rows in tables.items():
        new_rows = []
        for row in rows:
            new = pseudo.deep(row)
            if "user_id" in row:
                new["user_id"] = pseudo.user(row["user_id"])
            if "persona_id" in row:
                new["persona_id"] = pseudo.persona_id(row["persona_id"])
            if "persona_name" in row:
                new["persona_name"] = pseudo.persona_name(row["persona_name"])
            if "persona_hash" in row:
                new["persona_hash"] = None  # a hash of the persona text identifies it
            new_rows.append(new)
        out[name] = new_rows
    return out


def write_table(rows: list[dict[str, Any]], path_stem: Path, formats: Iterable[str]) -> list[Path]:
    written = []
    for fmt in formats:
        path = path_stem.with_suffix("." + fmt)
        if fmt == "jsonl":
            with open(path, "w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        elif fmt == "csv":
            flat = [{k: v for k, v in row.items() if k not in NESTED} for row in rows]
            pd.DataFrame(flat).to_csv(path, index=False)
        else:
            raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        written.append(path)
    return written


def export(
    store: SessionStore,
    out_dir: str | Path,
    *,
    batch: str | None = None,
    user: str | None = None,
    kind: str | None = None,
    formats: Iterable[str] = FORMATS,
    pseudonymise: bool = False,
    salt: str = "",
) -> dict[str, int]:
    """Write the four tables for the matching sessions; returns rows per table. Writes
    nothing when no session matches (an empty CSV would not load in pandas)."""
    sessions = select_sessions(store, batch=batch, user=user, kind=kind)
    tables = build_tables(sessions)
    if not sessions:
        return {name: 0 for name in tables}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if pseudonymise:
        tables = pseudonymise_tables(tables, sessions, salt)
    formats = list(formats)
    for name, rows in tables.items():
        write_table(rows, out / name, formats)
    return {name: len(rows) for name, rows in tables.items()}
