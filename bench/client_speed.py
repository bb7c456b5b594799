"""Speed of the simulated client on the embedded local model: time to first token and tokens/s.

Plays a fixed 12-turn script through the real `Session` twice in one run:
- `ours`: the shipped design (stable prompt prefix, notes kept verbatim, trimming with
  hysteresis, background warm-up while the trainee types, llama.cpp RAM cache);
- `baseline`: the same prompts with the model's KV cache cleared before every reply, i.e. what
  a prompt that changes early on every turn costs (the whole prompt is re-read each time).
It reports the median time to first token and generation tokens/s for each, and their ratio.

    python bench/client_speed.py [--turns 12] [--think 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.local_model import LocalChatModel, load_llama  # noqa: E402
from simulator.runtime import Runtime  # noqa: E402
from simulator.settings import load_settings  # noqa: E402

SCRIPT = [
    "Hi, thanks for coming in. What's been going on for you lately?",
    "It sounds like things have been piling up.",
    "What's the hardest part of your week?",
    "You've kept going through a lot of that. That takes something.",
    "So part of you wants a change, and part of you is tired of trying.",
    "What would you want to be different a month from now?",
    "Would it be okay if I shared something that helped me once?",
    "What do you make of that?",
    "It sounds like the people close to you matter a lot here.",
    "Where would you like to start?",
    "What's helped before, even a little?",
    "You know yourself best. What feels doable this week?",
]


class ColdCacheModel(LocalChatModel):
    """The baseline: forget every cached token before each call."""

    def _stream(self, messages, stop=None, run_manager=None, **kwargs):
        llama, lock = self._ensure()
        with lock:
            llama.reset()
            cache, llama.cache = llama.cache, None
        try:
            yield from super()._stream(messages, stop, run_manager, **kwargs)
        finally:
            llama.cache = cache

    def warm(self, messages) -> None:  # the baseline has no warm-up
        return None


def run(runtime: Runtime, persona, turns: int, think: float) -> list[dict]:
    session = runtime.start_session(persona, kind="bench")
    time.sleep(think)
    rows = []
    for text in SCRIPT[:turns]:
        started = time.perf_counter()
        first = None
        pieces = 0
        for event in session.submit(text):
            if event.kind == "delta":
                pieces += 1
                if first is None:
                    first = time.perf_counter() - started
        total = time.perf_counter() - started
        turn = session.turns[-1]
        gen_seconds = max(1e-6, turn.reply_meta["seconds"] - (turn.reply_meta["first_token_seconds"] or 0))
        rows.append({
            "ttft": first,
            "reply_ttft": turn.reply_meta["first_token_seconds"],
            "tokens": pieces,
            "tokens_per_s": pieces / gen_seconds,
            "prompt_tokens": turn.reply_meta["last_prompt_tokens"],
            "attempts": turn.reply_meta["attempts"],
            "total": total,
        })
        time.sleep(think)  # the trainee reads and types
    return rows


def summarise(rows: list[dict]) -> dict:
    return {
        "median_ttft_s": round(statistics.median(r["ttft"] for r in rows), 3),
        "median_tokens_per_s": round(statistics.median(r["tokens_per_s"] for r in rows), 1),
        "median_reply_s": round(statistics.median(r["total"] for r in rows), 2),
        "replies": len(rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=12)
    parser.add_argument("--think", type=float, default=3.0, help="seconds the trainee takes between turns")
    parser.add_argument("--persona", default="ray-delgado")
    parser.add_argument("--out", type=Path, default=Path("bench/out/client_speed.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp), model_dir=load_settings().resolved_model_dir, seed=5)
        ours_rt = Runtime(settings=settings)
        persona = ours_rt.library().personas[args.persona]
        model = ours_rt.model()
        load_llama(model.model_path, model.n_ctx, model.n_threads)  # load once, outside the timings
        ours = run(ours_rt, persona, args.turns, args.think)
        cold = ColdCacheModel(**{k: getattr(model, k) for k in ("model_path", "n_ctx", "n_threads", "temperature", "max_tokens", "seed")})
        base_rt = Runtime(settings=settings, client_model=cold)
        baseline = run(base_rt, persona, args.turns, args.think)
    result = {"ours": summarise(ours), "baseline": summarise(baseline)}
    result["ttft_speedup"] = round(result["baseline"]["median_ttft_s"] / result["ours"]["median_ttft_s"], 2)
    result["rows"] = {"ours": ours, "baseline": baseline}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"{'':10} {'median TTFT':>12} {'tokens/s':>9} {'reply s':>8}")
    for name in ("ours", "baseline"):
        s = result[name]
        print(f"{name:10} {s['median_ttft_s']:>11.2f}s {s['median_tokens_per_s']:>9.1f} {s['median_reply_s']:>8.2f}")
    print(f"time to first token: {result['ttft_speedup']}x faster than the cold-cache baseline")


if __name__ == "__main__":
    main()
