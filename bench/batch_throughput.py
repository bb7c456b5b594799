"""Batch throughput against an OpenAI-compatible stub with a fixed delay per request.

Why: a lab scales batch self-play by pointing the `openai` backend at a vLLM (or other
OpenAI-compatible) cluster and raising --concurrency; the batch runner must then overlap the
waits, not serialise them (store lock, GIL). This starts `StubOpenAI` in its own process on
loopback (so its CPU does not compete for this process's GIL, like a real server), runs the
batch runner with scripted trainees, a few turns and the local evaluator at each
concurrency, and prints sessions/minute and the ratio to linear scaling (target >= 0.7 up to
8). Numbers go to bench/out/batch_throughput.json.

Two evaluator variants are measured: `rules` (the local evaluator's rule coder alone, ~1 ms
of CPU per turn: this isolates the runner's own scaling, which the exit code guards) and
`default` (rules + the MiniLM classifier, tens of ms of CPU per turn: on a 2-core machine
that CPU, not the runner, caps throughput; the runner micro-batches it, eval_batching.py).

    .venv/bin/python bench/batch_throughput.py [--delay 0.25] [--turns 3] [--levels 1,2,4,8,16]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluators.registry import get_evaluator  # noqa: E402
from simulator.batch import BatchSpec, run_batch  # noqa: E402
from simulator.runtime import Runtime  # noqa: E402
from simulator.settings import load_settings  # noqa: E402
from simulator.stub_openai import free_port  # noqa: E402

OUT = ROOT / "bench" / "out" / "batch_throughput.json"
PERSONAS = ["marcus-bell", "ray-delgado", "priya-raman", "nadia-haddad"]
PROFILES = ["skilled", "novice", "directive", "mixed"]
# Distinct client lines, picked by turn position so a session never repeats itself (a repeat
# would trigger the client's regeneration and add requests that are not the runner's doing).
LINES = [
    "I don't know. It's been a lot lately, with work and everything.",
    "Yeah... my sister keeps calling, and I keep letting it ring.",
    "Maybe. Some mornings I can barely get out of bed before noon.",
    "I used to run every day. Now I just sit in the truck after my shift.",
    "Honestly, I haven't told my doctor any of this yet.",
    "My kids are the only reason I still get up early on weekends.",
    "It's hard to explain. Some days are fine and some days are not.",
    "I keep thinking about the apartment I lost last spring.",
]


def _reply(body: dict) -> str:
    turns = sum(1 for m in body.get("messages", []) if m.get("role") == "assistant")
    return LINES[turns % len(LINES)]


def _serve(port: int, delay: float) -> None:
    from simulator.stub_openai import StubOpenAI

    stub = StubOpenAI(port=port, delay=delay, reply=_reply)
    stub.server.serve_forever()


def _wait_ready(base_url: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base_url + "/models", timeout=1).read()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"stub server at {base_url} did not start")


def run_level(base_url: str, db_dir: Path, concurrency: int, turns: int, waves: int,
              evaluator_args: dict) -> dict:
    """One batch at this concurrency: whole persona x profile blocks, about `waves` sessions
    per thread (so every level ends on a full wave and the tail does not skew the rate)."""
    settings = load_settings(
        {}, data_dir=db_dir, client_backend="openai", openai_base_url=base_url,
        openai_api_key="bench", client_model="stub", evaluators="local", seed=1,
    )
    runtime = Runtime(settings=settings, evaluator=get_evaluator("local", **evaluator_args))
    block = len(PERSONAS) * len(PROFILES)
    repeats = max(1, -(-waves * concurrency // block))
    spec = BatchSpec(name=f"bench-c{concurrency}", personas=PERSONAS, profiles=PROFILES,
                     repeats=repeats, turns=turns, seed=1, concurrency=concurrency)
    result = run_batch(runtime, spec, progress=False)
    runtime.store.close()
    rate = result.done / result.seconds * 60 if result.seconds else 0.0
    return {"concurrency": concurrency, "sessions": result.done, "failed": result.failed,
            "seconds": round(result.seconds, 2), "sessions_per_min": round(rate, 1)}


VARIANTS = {
    # The runner's own scaling: the rule coder costs ~1 ms of CPU per turn.
    "rules": {"classifier": False},
    # The shipped default: rules + the MiniLM classifier (~50 ms of CPU per turn on 2 cores,
    # amortised by the runner's micro-batching); on a small machine it caps throughput.
    "default": {},
}


def run_variant(base_url: str, levels: list[int], args: argparse.Namespace, evaluator_args: dict) -> dict:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for level in levels:
            rows.append(run_level(base_url, Path(tmp) / f"c{level}", level, args.turns, args.waves,
                                  evaluator_args))
            print(f"  {evaluator_args or 'default'} concurrency {level:>2}: "
                  f"{rows[-1]['sessions_per_min']:7.1f} sessions/min "
                  f"({rows[-1]['sessions']} sessions in {rows[-1]['seconds']}s)", file=sys.stderr)
    base = rows[0]["sessions_per_min"] / rows[0]["concurrency"]
    for row in rows:
        row["linear"] = round(base * row["concurrency"], 1)
        row["ratio_to_linear"] = round(row["sessions_per_min"] / row["linear"], 3) if row["linear"] else None
    target_ok = all(r["ratio_to_linear"] >= 0.7 for r in rows if r["concurrency"] <= 8)
    return {"evaluator_args": evaluator_args, "rows": rows, "target_met": target_ok}


def print_table(name: str, result: dict) -> None:
    print(f"local evaluator, {name} {json.dumps(result['evaluator_args'])}:\n")
    print("| concurrency | sessions | seconds | sessions/min | linear | ratio to linear |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in result["rows"]:
        print(f"| {r['concurrency']} | {r['sessions']} | {r['seconds']} | {r['sessions_per_min']} | "
              f"{r['linear']} | {r['ratio_to_linear']} |")
    print(f"\ntarget (>= 0.7 x linear up to 8): {'met' if result['target_met'] else 'NOT met'}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--delay", type=float, default=0.25, help="seconds per stub request")
    parser.add_argument("--turns", type=int, default=3, help="trainee turns per session")
    parser.add_argument("--levels", default="1,2,4,8,16", help="concurrency levels")
    parser.add_argument("--variants", default=",".join(VARIANTS),
                        help=f"evaluator variants to run: {', '.join(VARIANTS)}")
    parser.add_argument("--waves", type=int, default=4, help="about this many sessions per thread")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]

    port = free_port()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(port, args.delay), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{port}/v1"
    results = {}
    try:
        _wait_ready(base_url)
        for name in variants:
            results[name] = run_variant(base_url, levels, args, VARIANTS[name])
    finally:
        server.terminate()
        server.join(5)

    ideal = 60 / (args.turns * args.delay)
    print(f"\nbatch throughput: stub delay {args.delay}s/request, {args.turns} turns/session, "
          f"scripted trainees (ideal at concurrency 1: {ideal:.1f} sessions/min), "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}\n")
    for name, result in results.items():
        print_table(name, result)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "delay": args.delay, "turns": args.turns, "ideal_c1_sessions_per_min": round(ideal, 1),
        "cpus": os.cpu_count(), "load_average": os.getloadavg()[0], "variants": results,
    }, indent=2))
    # The runner's scaling is what this bench guards; the default variant is reported.
    return 0 if results.get("rules", next(iter(results.values())))["target_met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
