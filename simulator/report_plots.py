"""PNG plots for the batch report (matplotlib, Agg backend: no display needed).

Why a module of its own: plotting is the slow, dependency-heavy part of the report; the
numbers live in `analysis.py` and the Markdown in `report.py`.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from evaluators.types import DIMENSIONS  # noqa: E402
from simulator.analysis import BatchData  # noqa: E402

COLORS = {"skilled": "#2b8a3e", "mixed": "#7950f2", "novice": "#e67700", "directive": "#c92a2a"}


def _color(profile: str) -> str:
    return COLORS.get(profile, "#495057")


def scores_by_profile(summary: pd.DataFrame, path: Path) -> Path:
    fig, ax = plt.subplots(figsize=(7, 3.6))
    profiles = list(summary.index)
    width = 0.8 / max(1, len(profiles))
    for i, profile in enumerate(profiles):
        values = [summary.loc[profile, f"mean_{d}"] for d in DIMENSIONS]
        xs = [j + i * width for j in range(len(DIMENSIONS))]
        ax.bar(xs, values, width, label=profile, color=_color(profile))
    ax.set_xticks([j + width * (len(profiles) - 1) / 2 for j in range(len(DIMENSIONS))])
    ax.set_xticklabels([d.replace("_", " ") for d in DIMENSIONS])
    ax.set_ylim(0, 5.2)
    ax.set_ylabel("mean score (1-5)")
    ax.set_title("Mean evaluator scores by profile")
    ax.legend(fontsize=8, ncol=len(profiles))
    return _save(fig, path)


def trust_trajectories(data: BatchData, means: pd.DataFrame, path: Path) -> Path:
    fig, ax = plt.subplots(figsize=(7, 3.8))
    profile = data.sessions.set_index("session_id")["profile"]
    for session_id, states in data.states.groupby("session_id"):
        ax.plot(states["turn"], states["trust"], color=_color(profile.get(session_id, "")),
                alpha=0.18, linewidth=0.8)
    for column in means.columns:
        ax.plot(means.index, means[column], color=_color(column), linewidth=2.4, label=column)
    ax.set_ylim(0, 1)
    ax.set_xlabel("turn (0 = start)")
    ax.set_ylabel("client trust")
    ax.set_title("Trust trajectories (thin: sessions, thick: profile mean)")
    ax.legend(fontsize=8)
    return _save(fig, path)


def separation(rows: list[dict], path: Path) -> Path:
    fig, ax = plt.subplots(figsize=(7, 0.45 * max(4, len(rows)) + 1))
    labels = [f"{r['label']} - vs {r['negative']}" for r in rows]
    for y, r in enumerate(rows):
        ax.errorbar(r["auc"], y, xerr=[[r["auc"] - r["ci_low"]], [r["ci_high"] - r["auc"]]],
                    fmt="o", color=_color(r["negative"]), capsize=3)
    ax.axvline(0.5, color="#868e96", linestyle=":", linewidth=1)
    ax.axvline(0.9, color="#2b8a3e", linestyle="--", linewidth=1)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(labels, fontsize=8)
    ax.set_xlim(0, 1.02)
    ax.invert_yaxis()
    ax.set_xlabel("AUC (skilled above the other profile), 95% bootstrap CI")
    ax.set_title("Separation of skilled sessions (AUC)")
    return _save(fig, path)


def tokens_per_session(costs: pd.DataFrame, profiles: list[str], path: Path) -> Path:
    fig, ax = plt.subplots(figsize=(7, 3.4))
    data = [costs.loc[costs["profile"] == p, "total_tokens"].tolist() for p in profiles]
    ax.boxplot(data, tick_labels=profiles)
    ax.set_ylabel("tokens per session")
    ax.set_title("Token use per session (client + trainee, prompt + completion)")
    return _save(fig, path)


def _save(fig: plt.Figure, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
