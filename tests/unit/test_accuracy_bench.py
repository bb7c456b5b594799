"""The accuracy bench can score a set with its context dropped (`--no-context`).

Why: MI-coded forum corpora hand the coder one sentence with nothing before it, so the bench
must be able to show what the coder makes of our sets that way; the labels stay as written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import evaluator_accuracy as bench  # noqa: E402

ECHO = {"id": "t-1", "history": [{"role": "client", "text": "My boss keeps piling work on me."}],
        "utterance": "Your boss keeps piling it on.", "behaviors": ["simple_reflection"],
        "scores": {"active_listening": 4, "validation": 3, "non_authoritative": 4}}


def _reflection_recall(out_dir: Path, name: str) -> float:
    report = json.loads((out_dir / f"evaluator_accuracy_{name}_local.json").read_text())["report"]
    return report["groups"]["reflection"]["recall"]


def test_no_context_drops_the_history_and_names_its_output(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(ECHO) + "\n", encoding="utf-8")
    args = ["--file", str(data), "--no-cli", "--out-dir", str(tmp_path)]
    assert bench.main(args) == 0
    assert bench.main([*args, "--no-context"]) == 0
    # with the client's words the echo is a reflection; alone, "Your boss keeps piling it on."
    # has no form of one
    assert _reflection_recall(tmp_path, "tiny") == 1.0
    assert _reflection_recall(tmp_path, "tiny_nocontext") == 0.0
