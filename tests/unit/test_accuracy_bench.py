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


def test_the_report_says_how_often_it_agrees_about_risk_cues(tmp_path: Path) -> None:
    """A turn the labels say ignored a risk cue should be flagged; one that took it up not."""
    cue = [{"role": "client", "text": "honestly everyone would be better off if i just disappeared"}]
    rows = [
        {"id": "r-1", "history": cue, "utterance": "Do you have any hobbies?",
         "behaviors": ["closed_question"], "tags": ["risk_cue_ignored"]},
        {"id": "r-2", "history": cue, "utterance": "When you say everyone would be better off, "
         "are you thinking about ending your life?", "behaviors": ["closed_question"],
         "tags": ["risk_cue_addressed"]},
        ECHO,
    ]
    data = tmp_path / "risk.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert bench.main(["--file", str(data), "--no-cli", "--out-dir", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "evaluator_accuracy_risk_local.json").read_text())["report"]
    assert report["risk_cue"] == {"ignored": {"n": 1, "agree": 1.0},
                                  "addressed": {"n": 1, "agree": 1.0}}
