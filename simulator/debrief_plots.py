"""Debrief plots as matplotlib figures (Agg backend, no pyplot state), for the app and reports.

Figures are built with `matplotlib.figure.Figure` directly rather than pyplot, so concurrent
users on one server never share a "current figure"; `figure_png` writes one to PNG bytes.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402

from simulator.debrief import Debrief  # noqa: E402

COLOURS = {
    "active_listening": "#2563eb",
    "validation": "#9333ea",
    "non_authoritative": "#0d9488",
}
MARKERS = {"active_listening": "o", "validation": "s", "non_authoritative": "^"}
FIGSIZE = (6.4, 3.2)


def _style(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)


def scores_figure(d: Debrief) -> Figure:
    """The three scores per turn (unscored turns are gaps, not zeros)."""
    fig = Figure(figsize=FIGSIZE, dpi=110, layout="constrained")
    ax = fig.add_subplot()
    turns = list(range(1, d.turns + 1))
    for dim in d.dimensions:
        ys = [float("nan") if v is None else v for v in dim.series]
        mean = "–" if dim.mean is None else f"{dim.mean:.1f}"
        ax.plot(turns, ys, marker=MARKERS[dim.dimension], color=COLOURS[dim.dimension],
                label=f"{dim.label} (avg {mean})", linewidth=1.8, markersize=5)
    ax.set_ylim(0.8, 5.2)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_xlabel("Turn")
    ax.set_ylabel("Score (1–5)")
    ax.set_title("Scores over the conversation", fontsize=11, loc="left")
    if turns:
        ax.set_xticks(turns)
        ax.set_xlim(0.6, max(turns) + 0.4)
    fig.legend(loc="outside lower center", fontsize=8, frameon=False, ncols=3)
    _style(ax)
    return fig


def trust_figure(d: Debrief) -> Figure:
    """Trust after each turn, with the moments story layers opened marked and labelled."""
    fig = Figure(figsize=FIGSIZE, dpi=110, layout="constrained")
    ax = fig.add_subplot()
    xs = [p.turn for p in d.trust]
    ys = [p.trust for p in d.trust]
    ax.plot(xs, ys, color="#ea580c", linewidth=2, marker="o", markersize=4, label="Trust")
    opened = [p for p in d.trust if p.opened]
    if opened:
        ax.scatter([p.turn for p in opened], [p.trust for p in opened], s=90, marker="*",
                   color="#16a34a", zorder=3, label="A story layer opened")
        for p in opened:
            ax.annotate("\n".join(p.opened), (p.turn, p.trust), textcoords="offset points",
                        xytext=(4, 8), fontsize=7, color="#166534")
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("Turn (0 = start)")
    ax.set_ylabel("Trust (0–1)")
    ax.set_title("The client's trust", fontsize=11, loc="left")
    ax.set_xticks(xs)
    ax.set_xlim(-0.3, max(xs) + 0.6)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    _style(ax)
    return fig


def figure_png(fig: Figure) -> bytes:
    with io.BytesIO() as buffer:
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
