"""A turn that finishes the trainee's own interrupted sentence is read together with it.

Why: in transcribed sessions a sentence is often split by the client's backchannel: "So it's
less about the taste-" / "Yeah." / "-and more about having a way to switch off." Coders code
the thought, so the second half carries the reflection the whole sentence makes, while on its
own it reads as a fragment with no subject. On AnnoMI's expert-coded transcripts (133
sessions, bench/annomi_agreement.py), such continuations are a reflection in the coders' view
about half the time, and the rules alone found 40% of those. Reading the joined sentence
raised reflection kappa on the transcripts it was designed on (the even ones, --part tune)
from 0.532 to 0.550 and on the others (--part check, measured once) from 0.497 to 0.506; no
other code moved. Typed practice turns rarely open with a dash, so the app seldom meets it.
"""

from __future__ import annotations

from evaluators.types import TurnInput

DASHES = "-\u2013\u2014"


def joined_turn(turn: TurnInput) -> TurnInput | None:
    """The trainee's cut-off turn and this continuation as one utterance, in the context the
    first half was said in; None unless this turn opens with a dash and the trainee's previous
    turn ended with one."""
    text = turn.utterance.strip()
    if text[:1] not in DASHES:
        return None
    for index in range(len(turn.history) - 1, -1, -1):
        message = turn.history[index]
        if message.role != "trainee":
            continue
        before = message.text.strip()
        if before[-1:] not in DASHES:
            return None
        joined = f"{before.rstrip(DASHES + ' ')} {text.lstrip(DASHES + ' ')}"
        return turn.model_copy(update={"utterance": joined, "history": turn.history[:index]})
    return None
