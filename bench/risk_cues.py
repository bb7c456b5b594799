"""How well the evaluator finds risk cues in client messages: recall and precision against
`evaluators/data/risk_cues.jsonl`.

Why: a turn that passes over a suicide cue is flagged and capped, and its suggestion asks
directly; a cue the detector does not see gets neither. The labelled turns (`risk_cue_*`
tags) only measure this through whole turns and a few dozen cues, so client messages are
labelled for a cue on their own (rules in `evaluators/data/CODING_RULES.md`):
- `tune` / `check`: every client message of the tuning sets, split by a hash of the id. The
  first patterns (`evaluators/risk.py`, RISK_PATTERNS) were written against `tune`.
- `fresh`, `fresh2`: written for the suggestion gradings of stop 14 (`fresh2` was tuned on
  after it was measured once).
- `written`: 1,562 messages written at stop 15 by six writers (typed chat, speech, forum
  posts, second-language and older voices), 599 with a cue phrased indirectly and many near
  misses, labelled by their writers. The wider concept patterns (WIDER_PATTERNS) were written
  against them, so they are not a check.
- `fresh3`: 320 messages by a seventh writer, 60 with a cue, labelled blind by a trainer who
  agreed with the writer on every message. Never tuned on: the check of how far the patterns
  carry to phrasings nobody has seen (`check` is the same for ordinary client turns).
- `fresh4`: 240 messages by an eighth writer (a crisis text-line voice), 40 with a cue,
  labelled blind, written and measured once after the last pattern change of stop 15.
- `fresh5`: 240 messages by a ninth writer (stop 25: twelve voices, from farmers and new
  parents to learner English and hurried typing), 51 with a cue, labelled blind by a second
  reader who agreed on all 240. Measured once (recall 0.353, precision 0.621), then tuned on.
- `fresh6`: 240 messages by a tenth writer (stop 25: veterans, teenagers, trades, nurses,
  psychosis, widowed, unemployed men, athletes, disability, single parents, opioid recovery,
  second-language writers; voice-to-text, SMS, forum, speech), 51 with a cue, labelled blind by
  a second reader (240 of 240 agreed), written after the fresh5 tuning and measured once then:
  recall 0.490, precision 0.641 (at the stop's start, before any of its risk work: 0.431 / 0.595).
- `fresh7`: 240 messages by an eleventh writer (stop 26: farmers, LGBTQ+ young adults, over-70s,
  prison leavers, new parents, international students, gambling, chronic pain, first responders,
  people sleeping rough, survivors of domestic abuse, Indian, Nigerian and Caribbean English; group
  chat, voice notes, email, SMS, speech), 50 with a cue, labelled blind by a second reader (240 of
  240 agreed). Measured once after stop 26's first round of risk work (recall 0.520, precision
  0.619, the same as at the stop's start), then tuned on. fresh6 stayed blind through it.
- `fresh8`: 240 messages by a twelfth writer (stop 27: school students, university athletes,
  military partners, eating disorders, carers of a parent with dementia, debt, divorced men,
  construction and warehouse work, nurses and junior doctors, hearing voices, autistic adults,
  bereaved by suicide, pregnancy loss and IVF, migrants without papers, Scottish, Irish and South
  African English; forum posts, voice-to-text, 3 a.m. texts, email, speech, group chat), 51 with a
  cue, labelled blind by a second reader (240 of 240 agreed). Measured blind at the stop's start and
  again after its other risk work (recall 0.431, precision 0.478 both times), then tuned on.
- `fresh9`: 240 messages by a thirteenth writer (stop 28: truck and delivery drivers, chefs, retired
  police and firefighters, new fathers, LGBTQ+ teenagers in religious families, chronic pain,
  gambling, over-75s living alone, musicians and artists, refugees, methadone and buprenorphine, farm
  and fishing work, single mothers on benefits, veterinary and care-home staff, Indian, Nigerian and
  Australian English; Discord and WhatsApp, voice notes, Reddit-style posts, drunk texts, drop-in
  speech, check-in replies), 51 with a cue, labelled blind by a second reader (240 of 240 agreed).
  Measured blind at the stop's start (recall 0.451, precision 0.697), then tuned on.
Recall matters most: a missed cue is the costliest miss in the product.

    .venv/bin/python bench/risk_cues.py              # per part
    .venv/bin/python bench/risk_cues.py --errors tune  # the misses and false alarms on tune
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluators.context import build_context  # noqa: E402
from evaluators.types import Message, TurnInput  # noqa: E402

DATA = ROOT / "evaluators" / "data" / "risk_cues.jsonl"
PARTS = ("tune", "check", "fresh", "fresh2", "written", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
         "fresh8", "fresh9")


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def finds_cue(text: str) -> bool:
    """What the evaluator sees: the risk cue of a context whose last client message is `text`."""
    turn = TurnInput(history=[Message(role="client", text=text)], utterance=".")
    return bool(build_context(turn).risk_cue)


def agreement(rows: list[dict]) -> dict[str, dict[str, float | int | None]]:
    out: dict[str, dict[str, float | int | None]] = {}
    for part in PARTS:
        pairs = [(r["risk_cue"], finds_cue(r["text"])) for r in rows if r["part"] == part]
        tp = sum(t and p for t, p in pairs)
        cues, found = sum(t for t, _ in pairs), sum(p for _, p in pairs)
        out[part] = {"n": len(pairs), "cues": cues, "found": tp,
                     "recall": tp / cues if cues else None,
                     "precision": tp / found if found else None}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", choices=PARTS, help="print misses and false alarms (tune or "
                        "written only if you are changing the patterns)")
    args = parser.parse_args(argv)
    rows = load()
    for part, r in agreement(rows).items():
        recall = "-" if r["recall"] is None else f"{r['recall']:.3f}"
        precision = "-" if r["precision"] is None else f"{r['precision']:.3f}"
        print(f"{part:6} {r['n']:5} messages, {r['cues']:3} cues: recall {recall}, "
              f"precision {precision}")
    if args.errors:
        for row in rows:
            if row["part"] == args.errors and row["risk_cue"] != finds_cue(row["text"]):
                print(f"{'MISSED' if row['risk_cue'] else 'FALSE '} {row['id']}: {row['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
