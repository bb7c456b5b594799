"""`peer-practice report`: a Markdown report with PNG plots and a JSON of every number.

Sections: overview; mean scores by profile; trust trajectories; separation of skilled from
directive and novice sessions (AUC with a bootstrap 95% interval) on final trust, story layers
shared and each score; MITI-style summary by profile (from the debrief); agreement between
evaluators on the same turns (when re-scores exist); tokens and estimated cost; failures.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from simulator import analysis as A
from simulator.store import SessionStore

SECTIONS = (
    "## Overview",
    "## Mean scores by profile",
    "## Trust trajectories",
    "## Separation: skilled vs directive and novice",
    "## MITI-style summary by profile",
    "## Evaluator agreement",
    "## Tokens and cost",
)


@dataclass
class Report:
    markdown: Path
    numbers: Path
    plots: list[Path]
    data: dict[str, Any]


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _table(frame: pd.DataFrame, index_name: str = "") -> list[str]:
    if frame.empty:
        return ["(no data)"]
    cols = [index_name or frame.index.name or ""] + [str(c) for c in frame.columns]
    lines = ["| " + " | ".join(cols) + " |", "|" + " --- |" * len(cols)]
    for idx, row in frame.astype(object).iterrows():
        lines.append("| " + " | ".join([str(idx)] + [_fmt(v) for v in row.tolist()]) + " |")
    return lines


def _overview(data: A.BatchData) -> list[str]:
    s = data.sessions
    lines = ["## Overview", ""]
    if s.empty:
        return lines + ["No ended sessions in this batch.", ""]
    excluded = ", ".join(f"{n} {k}" for k, n in sorted(data.excluded.items())) or "none"
    lines += [
        f"- Sessions analysed: {len(s)} ended (left out: {excluded}; only ended sessions count, one per job)",
        f"- Personas: {', '.join(sorted(s['persona_id'].unique()))}",
        f"- Profiles: {', '.join(data.profiles)}; trainee mode(s): {', '.join(sorted(s['mode'].dropna().unique()))}",
        f"- Turns per session: {', '.join(str(int(t)) for t in sorted(s['n_turns'].unique()))}",
        f"- Client model: {', '.join(sorted((s['client_backend'] + ' / ' + s['client_model']).unique()))}",
        f"- Evaluator(s): {', '.join(sorted(s['evaluators'].unique()))}",
        f"- Batch seed(s): {', '.join(str(int(x)) for x in sorted(s['batch_seed'].dropna().unique()))}",
        "",
    ]
    return lines


def _separation_lines(rows: list[dict]) -> list[str]:
    lines = [
        "## Separation: skilled vs directive and novice", "",
        "AUC = the probability that a random `skilled` session is higher on the measure than a "
        "random session of the other profile (ties count half; 0.5 = no separation, 1 = perfect). "
        "Brackets: 95% percentile bootstrap interval (each group resampled, seeded).", "",
    ]
    if not rows:
        return lines + ["Needs ended `skilled` sessions and `directive` or `novice` ones.", ""]
    negatives = list(dict.fromkeys(r["negative"] for r in rows))
    header = "| measure | " + " | ".join(
        f"skilled mean | {n} mean | AUC vs {n} [95% CI]" for n in negatives) + " |"
    lines += [header, "|" + " --- |" * (1 + 3 * len(negatives))]
    for measure, label in A.SEPARATION_MEASURES.items():
        cells = [label]
        for n in negatives:
            r = next((x for x in rows if x["measure"] == measure and x["negative"] == n), None)
            if r is None:
                cells += ["–", "–", "–"]
            else:
                cells += [_fmt(r["mean_pos"]), _fmt(r["mean_neg"]),
                          f"{_fmt(r['auc'])} [{_fmt(r['ci_low'])}, {_fmt(r['ci_high'])}] (n={r['n_pos']}/{r['n_neg']})"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + ["", "![separation](separation_auc.png)", ""]


def _agreement_lines(pairs: list[dict], batch: str) -> list[str]:
    lines = ["## Evaluator agreement", ""]
    if not pairs:
        return lines + [
            "No re-scores are logged for this batch. Add one with "
            f"`peer-practice rescore --batch {batch} --evaluator NAME [--arg k=v]` and re-run the report.", "",
        ]
    for pair in pairs:
        lines += [f"### {pair['name_a']} vs {pair['name_b']} ({pair['turns']} turns)", "",
                  "| score | n | Pearson | Spearman | mean A | mean B |", "| --- | --- | --- | --- | --- | --- |"]
        for s in pair["scores"]:
            lines.append(f"| {s['score']} | {s['n']} | {_fmt(s['pearson'])} | {_fmt(s['spearman'])} | "
                         f"{_fmt(s['mean_a'])} | {_fmt(s['mean_b'])} |")
        lines += ["", "| behaviour | Cohen's kappa | coded by A | coded by B |", "| --- | --- | --- | --- |"]
        for b in pair["behaviours"]:
            lines.append(f"| {b['code']} | {_fmt(b['kappa'])} | {b['n_a']} | {b['n_b']} |")
        lines.append("")
    return lines


def _token_lines(costs: pd.DataFrame, price: float, profiles: list[str]) -> list[str]:
    lines = ["## Tokens and cost", ""]
    if costs.empty:
        return lines + ["(no data)", ""]
    lines.append(
        f"Price: {price:g} per 1,000 tokens (prompt and completion alike; `--price-per-1k`); sessions "
        "on the embedded local model cost 0. Token counts are tiktoken estimates (cl100k_base) of "
        "what was sent and generated.")
    lines.append("")
    per = costs.groupby("profile").agg(
        sessions=("session_id", "count"), mean_tokens=("total_tokens", "mean"),
        total_tokens=("total_tokens", "sum"), mean_cost=("cost", "mean"), total_cost=("cost", "sum"),
    ).reindex([p for p in profiles if p in set(costs["profile"])])
    lines += _table(per, "profile")
    lines += ["", f"All sessions: {int(costs['total_tokens'].sum()):,} tokens, estimated cost "
              f"{costs['cost'].sum():.4f}.", "", "![tokens](tokens_per_session.png)", ""]
    return lines


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if hasattr(value, "item"):  # numpy scalars
        return _json_safe(value.item())
    return value


def build_report(
    store: SessionStore,
    batch: str,
    out_dir: str | Path,
    *,
    price_per_1k: float = 0.0,
    n_boot: int = 2000,
    seed: int = 0,
) -> Report:
    from simulator import report_plots as P  # matplotlib only when drawing

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = A.load_batch(store, batch)
    summary = A.profile_summary(data)
    trajectories = A.trust_trajectories(data)
    separation = A.separation(data, n_boot=n_boot, seed=seed)
    miti = A.miti_by_profile(data)
    pairs = A.agreement(data)
    costs = A.token_costs(data, price_per_1k)

    plots: list[Path] = []
    if not summary.empty:
        plots.append(P.scores_by_profile(summary, out / "scores_by_profile.png"))
        plots.append(P.trust_trajectories(data, trajectories, out / "trust_trajectories.png"))
        plots.append(P.tokens_per_session(costs, list(summary.index), out / "tokens_per_session.png"))
    if separation:
        plots.append(P.separation(separation, out / "separation_auc.png"))

    lines = [f"# Batch report: {batch}", "",
             f"Generated {datetime.now(UTC).isoformat(timespec='seconds')} from `{store.url}`.", ""]
    lines += _overview(data)
    lines += ["## Mean scores by profile", "",
              "Each session's mean score per dimension (1-5), averaged over the profile's sessions; "
              "trust 0-1; layers shared = story layers unlocked during the session.", ""]
    lines += _table(summary, "profile") + ["", "![scores](scores_by_profile.png)", ""]
    lines += ["## Trust trajectories", "", "Mean client trust after each turn (turn 0 = start).", ""]
    lines += _table(trajectories, "turn") + ["", "![trust](trust_trajectories.png)", ""]
    lines += _separation_lines(separation)
    lines += ["## MITI-style summary by profile", "",
              "Pooled over each profile's turns with the trainee debrief's own computation "
              "(simulator/debrief.py): reflection-to-question ratio, % open questions, % complex "
              "reflections, MI-adherent and non-adherent counts.", ""]
    lines += _table(miti, "profile") + [""]
    lines += _agreement_lines(pairs, batch)
    lines += _token_lines(costs, price_per_1k, data.profiles)
    if data.failures:
        lines += ["## Failures", "", "| session | job | error |", "| --- | --- | --- |"]
        lines += [f"| {f['session_id']} | {f.get('job')} | {str(f.get('error', '')).replace('|', '/')} |"
                  for f in data.failures]
        lines.append("")

    numbers = _json_safe({
        "batch": batch,
        "sessions": len(data.sessions),
        "excluded": data.excluded,
        "profiles": summary.reset_index().to_dict(orient="records") if not summary.empty else [],
        "trust_trajectories": {str(k): v for k, v in trajectories.to_dict().items()},
        "separation": separation,
        "miti": miti.reset_index().to_dict(orient="records") if not miti.empty else [],
        "agreement": pairs,
        "tokens": {"price_per_1k": price_per_1k,
                   "total_tokens": int(costs["total_tokens"].sum()) if not costs.empty else 0,
                   "total_cost": float(costs["cost"].sum()) if not costs.empty else 0.0},
        "failures": data.failures,
    })
    md_path, json_path = out / "report.md", out / "report.json"
    md_path.write_text("\n".join(lines), encoding="utf-8")
    json_path.write_text(json.dumps(numbers, indent=2, default=str), encoding="utf-8")
    if not costs.empty:
        costs.to_csv(out / "tokens_per_session.csv", index=False)
    return Report(md_path, json_path, plots, numbers)
