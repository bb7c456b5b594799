"""The embedded local model, for real: a short conversation through `Session`.

Slow tier (a few seconds per reply on 2 cores). Replies are checked with phrases independent
of the guards' own lists where possible: first person, no counsellor-speak, no narration,
within length, and a directive turn does not get an agreeable "that's a good idea".
"""

from __future__ import annotations

import re

import pytest

from simulator.model_file import MODEL_SIZE, ensure_model_file
from simulator.runtime import Runtime

pytestmark = [pytest.mark.slow, pytest.mark.integration]

COUNSELLOR = re.compile(
    r"(i understand what you|it'?s important to|i'?m here (for|to help)|how can i help|"
    r"seek(ing)? professional help|as an ai|language model|thank you for sharing)",
    re.I,
)
NARRATOR = re.compile(r"(\bthe client\b|\*[^*]+\*|^\s*(he|she|they) (says|sighs|looks|nods)\b)", re.I)
AGREEABLE = re.compile(r"^\W*(that'?s a (good|great) idea|you'?re (absolutely )?right|okay,? i'?ll (go|do that))", re.I)
FIRST_PERSON = re.compile(r"\b(i|i'm|i've|me|my)\b", re.I)


@pytest.fixture
def local_runtime(settings):
    path = ensure_model_file(settings.resolved_model_dir, progress=False)
    assert path.stat().st_size == MODEL_SIZE
    runtime = Runtime(settings=settings.model_copy(update={"client_backend": "local", "seed": 1234}))
    yield runtime
    runtime.store.close()


def test_four_turn_conversation_stays_in_character(local_runtime, persona):
    session = local_runtime.start_session(persona)
    script = [
        "Hey, thanks for coming by. What's been on your mind?",
        "It sounds like those long shifts take a lot out of you.",
        "You need to quit that job and go to NA meetings every night. That's what works.",
        "What would make this week a little easier for you?",
    ]
    replies = []
    for text in script:
        turn = session.run_turn(text)
        replies.append(turn)
        reply = turn.reply or ""
        assert reply, "the client said nothing"
        assert not COUNSELLOR.search(reply), f"counsellor-speak: {reply!r}"
        assert not NARRATOR.search(reply), f"narration: {reply!r}"
        assert len(reply.split()) <= 80, f"too long: {reply!r}"
        assert "FACILITATOR-ONLY" not in reply and "SECRET-LAYER" not in reply
    directive = replies[2]
    assert {"direct", "advise"} & set(directive.evaluation.behaviors), directive.evaluation.behaviors
    assert not AGREEABLE.search(directive.reply or ""), directive.reply
    assert directive.state["trust"] < replies[1].state["trust"], "being directed should cost trust"
    # Most replies come from the model itself, not from the in-character fallback lines.
    model_written = [t for t in replies if not t.reply_meta.get("fallback")]
    assert len(model_written) >= 3, [t.reply_meta for t in replies]
    assert all(FIRST_PERSON.search(t.reply or "") for t in model_written if len((t.reply or "").split()) > 4)
    # The log has the whole conversation with provenance.
    row = local_runtime.store.get_session(session.id)
    assert row.client_model["backend"] == "local" and row.client_model["seed"] == 1234
    assert [e.kind for e in local_runtime.store.events(session.id)].count("client") == 5
