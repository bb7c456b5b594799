"""Validity: is the simulation a yes-machine? Scripted trainees on the embedded local model.

Why: the product teaches that trust comes from listening and validation, not authority. If a
directive trainee earned as much trust as a skilled one, or the evaluators scored them alike,
nothing the product says would mean anything. This runs a modest batch (4 personas x
skilled/directive/novice x 2 repeats x 6 turns, scripted trainees, client backend `local`,
local evaluator), then prints the AUC table from the report's own analysis: skilled vs
directive must reach AUC >= 0.9 on final trust, story layers shared and all three scores.
Numbers go to bench/out/validity.json (and a full report with --report DIR).

    .venv/bin/python bench/validity.py                    # ~10 min on 2 CPU cores
    .venv/bin/python bench/validity.py --db sqlite:////tmp/validity.db   # keep / resume
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.analysis import SEPARATION_MEASURES, load_batch, profile_summary, separation  # noqa: E402
from simulator.batch import BatchSpec, run_batch  # noqa: E402
from simulator.runtime import Runtime  # noqa: E402
from simulator.settings import load_settings  # noqa: E402

OUT = ROOT / "bench" / "out" / "validity.json"
PERSONAS = ["marcus-bell", "nadia-haddad", "ray-delgado", "carla-begay"]
PROFILES = ["skilled", "directive", "novice"]
THRESHOLD = 0.9


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="session store URL (default: a temporary file)")
    parser.add_argument("--batch", default="validity", help="batch name (reuse to resume)")
    parser.add_argument("--personas", default=",".join(PERSONAS))
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--turns", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backend", default="local", help="client backend (default local)")
    parser.add_argument("--report", metavar="DIR", help="also write the full Markdown report here")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.db or f"sqlite:///{Path(tmp.name) / 'validity.db'}"
    settings = load_settings(database_url=db, client_backend=args.backend, evaluators="local", seed=args.seed)
    runtime = Runtime(settings=settings)
    spec = BatchSpec(name=args.batch, personas=args.personas.split(","), profiles=PROFILES,
                     repeats=args.repeats, turns=args.turns, seed=args.seed, concurrency=1)
    started = time.perf_counter()
    result = run_batch(runtime, spec, progress=True)
    print(result.summary(), file=sys.stderr)

    data = load_batch(runtime.store, args.batch)
    rows = separation(data, positive="skilled", negatives=("directive", "novice"), seed=0)
    summary = profile_summary(data)
    print(f"\nvalidity: {len(data.sessions)} sessions, client backend {args.backend}, "
          f"{args.turns} turns, scripted trainees, local evaluator\n")
    print(summary.to_string(float_format=lambda v: f"{v:.2f}"))
    print("\n| measure | skilled | directive | AUC skilled vs directive [95% CI] | novice | AUC skilled vs novice [95% CI] |")
    print("| --- | --- | --- | --- | --- | --- |")
    verdicts = {}
    for measure, label in SEPARATION_MEASURES.items():
        d = next((r for r in rows if r["measure"] == measure and r["negative"] == "directive"), None)
        n = next((r for r in rows if r["measure"] == measure and r["negative"] == "novice"), None)
        if d is None:
            continue
        verdicts[measure] = d["auc"] >= THRESHOLD
        cell = lambda r: f"{r['auc']:.2f} [{r['ci_low']:.2f}, {r['ci_high']:.2f}]" if r else "–"  # noqa: E731
        print(f"| {label} | {d['mean_pos']:.2f} | {d['mean_neg']:.2f} | {cell(d)} | "
              f"{n['mean_neg']:.2f} | {cell(n)} |" if n else f"| {label} | {d['mean_pos']:.2f} | "
              f"{d['mean_neg']:.2f} | {cell(d)} | – | – |")
    passed = bool(verdicts) and all(verdicts.values())
    print(f"\nvalidity (skilled vs directive AUC >= {THRESHOLD} on every measure): "
          f"{'PASS' if passed else 'FAIL'}")
    if args.report:
        from simulator.report import build_report

        build_report(runtime.store, args.batch, args.report)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "batch": args.batch, "backend": args.backend, "personas": spec.personas, "profiles": PROFILES,
        "repeats": args.repeats, "turns": args.turns, "seed": args.seed,
        "sessions": len(data.sessions), "failed": result.failed,
        "client_model": sorted(set(data.sessions["client_backend"] + "/" + data.sessions["client_model"])),
        "evaluators": sorted(set(data.sessions["evaluators"])),
        "seconds_this_run": round(time.perf_counter() - started, 1),
        "profiles_summary": json.loads(summary.to_json(orient="index")),
        "separation": rows, "threshold": THRESHOLD, "passed": passed,
    }, indent=2, default=str))
    runtime.store.close()
    tmp.cleanup()
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
