"""Prompt tokens per turn over a 60-turn session: history is trimmed, so it must plateau.

Uses the real prompt builder and trimming with tiktoken counts; the client's replies come from
the recording fake (realistic one-to-three-sentence lines), so this runs in seconds.

    python bench/prompt_growth.py [--turns 60] [--budget 1200]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.fakes import RecordingChatModel  # noqa: E402
from simulator.runtime import Runtime  # noqa: E402
from simulator.settings import load_settings  # noqa: E402

TRAINEE = [
    "What's been on your mind this week?",
    "It sounds like the nights are the hardest part, when everything goes quiet.",
    "You've kept showing up even when it's been rough. What keeps you coming back?",
    "So part of you wants things to change, and part of you is worn out from trying.",
    "Would it be okay if I shared something that helped me when I was in a similar spot?",
    "What would a good week look like for you?",
]
OPENERS = ["I don't know.", "Yeah.", "Maybe.", "Honestly?", "I mean,", "Sure, I guess."]
MIDDLES = [
    "work's been a lot and I'm not sleeping much",
    "the nights are the worst, I just lie there thinking",
    "my sister keeps checking on me and it's a lot",
    "I'm tired of starting over every few months",
    "the bus ride home is when it hits me",
    "I keep thinking about the old apartment",
    "money's tight again this month",
]
ENDINGS = ["you know?", "That's about it.", "It's hard to explain.", "Anyway.", "I guess that's where I'm at."]


def client_line(messages) -> str:
    """A varied one-to-two-sentence reply (never an exact repeat, like a real client)."""
    n = len(messages)
    return f"{OPENERS[n % 6]} {MIDDLES[(n * 3) % 7]}, {MIDDLES[(n * 5 + 1) % 7]}. {ENDINGS[n % 5]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--budget", type=int, default=1200)
    parser.add_argument("--out", type=Path, default=Path("bench/out/prompt_growth.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp), client_backend="fake", history_token_budget=args.budget)
        runtime = Runtime(settings=settings, client_model=RecordingChatModel(responder=client_line))
        persona = sorted(runtime.library().personas.values(), key=lambda p: p.id)[0]
        session = runtime.start_session(persona, kind="bench")
        per_turn = []
        for i in range(args.turns):
            turn = session.run_turn(TRAINEE[i % len(TRAINEE)])
            per_turn.append({"turn": i + 1, "prompt_tokens": turn.reply_meta["last_prompt_tokens"],
                             "history_dropped": turn.reply_meta["history_dropped"]})
        runtime.store.close()
    tokens = [row["prompt_tokens"] for row in per_turn]
    for row in per_turn[:: max(1, args.turns // 15)]:
        bar = "#" * (row["prompt_tokens"] // 40)
        print(f"turn {row['turn']:3}  {row['prompt_tokens']:5} tokens  dropped {row['history_dropped']:3}  {bar}")
    third = len(tokens) // 3
    early, late = tokens[third // 2 : third * 2], tokens[third * 2 :]
    moves = sum(1 for a, b in zip(per_turn, per_turn[1:], strict=False) if a["history_dropped"] != b["history_dropped"])
    summary = {
        "persona": persona.id,
        "budget": args.budget,
        "max_prompt_tokens": max(tokens),
        "late_max": max(late),
        "middle_max": max(early),
        # Plateau: the last third never grows past the middle third's peak by more than 10%.
        "plateaus": max(late) <= 1.1 * max(early),
        "window_moves": moves,  # turns whose prompt prefix had to be re-read from the cut
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "turns": per_turn}, indent=2))
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
