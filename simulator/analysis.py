"""The numbers of a batch report, as data: profile means, trust trajectories, separation (AUC),
MITI-style summaries, evaluator agreement, tokens and cost.

Why separate from rendering: `bench/validity.py` asserts on the same separation numbers the
report prints, and tests check them without drawing anything. Tables come from the export's
record builders (`export.build_tables`), so the report and the CSVs cannot disagree; MITI
figures come from `simulator.debrief`, so the report and the trainee's debrief cannot either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import pandas as pd

from evaluators.metrics import cohen_kappa_binary, pearson, spearman
from evaluators.types import BEHAVIORS, DIMENSIONS
from simulator.debrief import miti_summary
from simulator.export import build_tables
from simulator.logged import LoggedSession, select_sessions
from simulator.stats import AucResult, auc_bootstrap
from simulator.store import SessionStore

SEPARATION_MEASURES: dict[str, str] = {
    "final_trust": "final trust",
    "layers_shared": "story layers shared",
    "mean_active_listening": "active listening (mean score)",
    "mean_validation": "validation (mean score)",
    "mean_non_authoritative": "non-authoritative tone (mean score)",
}
PROFILE_ORDER = ("skilled", "mixed", "novice", "directive")


@dataclass
class BatchData:
    name: str
    sessions: pd.DataFrame  # ended sessions only
    turns: pd.DataFrame
    evaluations: pd.DataFrame
    states: pd.DataFrame
    logged: list[LoggedSession]  # ended sessions, for the debrief's MITI summary
    excluded: dict[str, int] = field(default_factory=dict)  # status -> count left out
    failures: list[dict] = field(default_factory=list)

    @property
    def profiles(self) -> list[str]:
        present = set(self.sessions["profile"].dropna()) if len(self.sessions) else set()
        return [p for p in PROFILE_ORDER if p in present] + sorted(present - set(PROFILE_ORDER))


def load_batch(store: SessionStore, batch: str) -> BatchData:
    """Ended sessions of the batch (one per job: the latest if a job somehow ended twice)."""
    every = select_sessions(store, batch=batch)
    ended = [s for s in every if s.status == "ended"]
    latest: dict[str, LoggedSession] = {}
    for s in ended:  # oldest first, so later ones win
        latest[s.batch.get("job") or s.id] = s
    kept = list(latest.values())
    excluded: dict[str, int] = {}
    for s in every:
        if s.status != "ended":
            excluded[s.status] = excluded.get(s.status, 0) + 1
    failures = [
        {"session_id": s.id, "job": s.batch.get("job"), **s.failures[-1]}
        for s in every if s.status == "failed"
    ]
    tables = {k: pd.DataFrame(v) for k, v in build_tables(kept).items()}
    return BatchData(batch, tables["sessions"], tables["turns"], tables["evaluations"],
                     tables["states"], kept, excluded, failures)


def profile_summary(data: BatchData) -> pd.DataFrame:
    """Per profile: sessions, mean of each session-mean score, final trust, layers shared."""
    if data.sessions.empty:
        return pd.DataFrame()
    cols = [f"mean_{d}" for d in DIMENSIONS] + ["initial_trust", "final_trust", "trust_change", "layers_shared"]
    grouped = data.sessions.groupby("profile")
    out = grouped[cols].mean().round(3)
    out.insert(0, "sessions", grouped.size())
    return out.reindex([p for p in data.profiles if p in out.index])


def trust_trajectories(data: BatchData) -> pd.DataFrame:
    """Mean trust after each turn (0 = start), one column per profile."""
    if data.states.empty:
        return pd.DataFrame()
    profile = data.sessions.set_index("session_id")["profile"]
    states = data.states.assign(profile=data.states["session_id"].map(profile))
    table = states.pivot_table(index="turn", columns="profile", values="trust", aggfunc="mean")
    return table[[p for p in data.profiles if p in table.columns]].round(3)


def separation(
    data: BatchData,
    positive: str = "skilled",
    negatives: tuple[str, ...] = ("directive", "novice"),
    n_boot: int = 2000,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """AUC [95% bootstrap CI] of each measure for `positive` vs each negative profile."""
    rows = []
    if data.sessions.empty:
        return rows
    by_profile = {p: g for p, g in data.sessions.groupby("profile")}
    for measure, label in SEPARATION_MEASURES.items():
        for negative in negatives:
            if positive not in by_profile or negative not in by_profile:
                continue
            result: AucResult = auc_bootstrap(
                by_profile[positive][measure].tolist(), by_profile[negative][measure].tolist(),
                n_boot=n_boot, seed=seed,
            )
            rows.append({
                "measure": measure, "label": label, "positive": positive, "negative": negative,
                "auc": result.auc, "ci_low": result.low, "ci_high": result.high,
                "n_pos": result.n_pos, "n_neg": result.n_neg,
                "mean_pos": float(by_profile[positive][measure].mean()),
                "mean_neg": float(by_profile[negative][measure].mean()),
            })
    return rows


def miti_by_profile(data: BatchData) -> pd.DataFrame:
    """The debrief's MITI-style measures over all turns of each profile (pooled counts)."""
    rows = []
    for profile in data.profiles:
        turns = [t for s in data.logged if s.batch.get("profile") == profile for t in s.turns]
        m = miti_summary(turns)
        measures = {x.key: x for x in m.measures}
        rows.append({
            "profile": profile,
            "turns": len(turns),
            "reflections": m.reflections,
            "questions": m.questions,
            "rq_ratio": measures["rq_ratio"].value,
            "pct_open_questions": _pct(measures["open_questions"].value),
            "pct_complex_reflections": _pct(measures["complex_reflections"].value),
            "mi_adherent": m.mi_adherent,
            "mi_non_adherent": m.mi_non_adherent,
        })
    return pd.DataFrame(rows).set_index("profile") if rows else pd.DataFrame()


def _pct(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 1)


def agreement(data: BatchData) -> list[dict[str, Any]]:
    """For each pair of evaluation sources on the same turns: kappa per behaviour and
    Pearson/Spearman per score. Empty when the batch has no re-scores."""
    ev = data.evaluations
    if ev.empty or ev["key"].nunique() < 2:
        return []
    out = []
    sources = ["original"] + sorted(k for k in ev["key"].unique() if k != "original")
    for a, b in combinations(sources, 2):
        left = ev[ev["key"] == a].set_index(["session_id", "turn"])
        right = ev[ev["key"] == b].set_index(["session_id", "turn"])
        both = left.join(right, how="inner", suffixes=("_a", "_b"))
        if both.empty:
            continue
        behaviours = []
        for code in BEHAVIORS:
            x, y = both[f"b_{code}_a"].tolist(), both[f"b_{code}_b"].tolist()
            if sum(x) == 0 and sum(y) == 0:
                continue
            behaviours.append({"code": code, "kappa": cohen_kappa_binary(x, y), "n_a": int(sum(x)), "n_b": int(sum(y))})
        scores = []
        for dim in DIMENSIONS:
            pair = both[[f"{dim}_a", f"{dim}_b"]].dropna()
            scores.append({
                "score": dim, "n": len(pair),
                "pearson": pearson(pair[f"{dim}_a"], pair[f"{dim}_b"]),
                "spearman": spearman(pair[f"{dim}_a"], pair[f"{dim}_b"]),
                "mean_a": float(pair[f"{dim}_a"].mean()) if len(pair) else float("nan"),
                "mean_b": float(pair[f"{dim}_b"].mean()) if len(pair) else float("nan"),
            })
        name = {k: _source_name(ev, k) for k in (a, b)}
        out.append({"a": a, "b": b, "name_a": name[a], "name_b": name[b], "turns": len(both),
                    "behaviours": behaviours, "scores": scores})
    return out


def _source_name(ev: pd.DataFrame, key: str) -> str:
    row = ev[ev["key"] == key].iloc[0]
    args = "" if row["args"] in ("{}", None) else f" {row['args']}"
    return f"{row['evaluator']}@{row['version']}{args}"


def token_costs(data: BatchData, price_per_1k: float = 0.0) -> pd.DataFrame:
    """Tokens per session and estimated cost; the embedded local model costs nothing."""
    s = data.sessions
    if s.empty:
        return pd.DataFrame()
    price = s["client_backend"].map(lambda b: 0.0 if b == "local" else price_per_1k)
    table = s[["session_id", "profile", "persona_id", "client_backend", "client_prompt_tokens",
               "client_completion_tokens", "trainee_prompt_tokens", "trainee_completion_tokens",
               "total_tokens"]].copy()
    table["cost"] = (table["total_tokens"] / 1000 * price).round(6)
    return table
