"""Killing the process mid-session loses at most the reply being generated (real `kill -9`)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from simulator.fakes import RecordingChatModel
from simulator.runtime import Runtime

pytestmark = pytest.mark.integration

CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from conftest import ScriptedEvaluator, TEST_PERSONA
    from personas.loader import load_persona
    from simulator.fakes import RecordingChatModel
    from simulator.runtime import Runtime
    from simulator.settings import load_settings

    calls = []
    def responder(messages):
        calls.append(1)
        if len(calls) == 2:           # the second reply: announce, then hang until killed
            print("GENERATING", flush=True)
            time.sleep(120)
        return "I mean, work's been rough."

    settings = load_settings({{}}, data_dir={data!r}, client_backend="fake")
    runtime = Runtime(settings=settings, client_model=RecordingChatModel(responder=responder),
                      evaluator=ScriptedEvaluator())
    session = runtime.start_session(load_persona(TEST_PERSONA))
    print("SESSION", session.id, flush=True)
    session.run_turn("What's been going on?")
    session.run_turn("Sounds like the double shifts wear you down.")
    """
)


def test_kill_9_during_a_reply_loses_only_that_reply(tmp_path, settings, persona, scripted_evaluator):
    data = str(tmp_path / "data")
    script = CHILD.format(tests=os.path.dirname(os.path.dirname(__file__)), data=data)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        session_id = None
        for line in child.stdout:  # type: ignore[union-attr]
            if line.startswith("SESSION"):
                session_id = line.split()[1]
            if line.startswith("GENERATING"):
                break
        else:
            pytest.fail(f"child exited early with {child.wait()}")
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()

    runtime = Runtime(
        settings=settings.model_copy(update={"data_dir": tmp_path / "data"}),
        client_model=RecordingChatModel(responses=["Yeah. The doubles are the worst part."]),
        evaluator=scripted_evaluator,
    )
    kinds = [(e.turn, e.kind) for e in runtime.store.events(session_id)]
    # Turn 1 complete; turn 2's text, score and state saved before its reply was generated.
    assert (1, "client") in kinds
    assert (2, "trainee") in kinds and (2, "evaluation") in kinds and (2, "state") in kinds
    assert (2, "client") not in kinds

    session = runtime.load_session(session_id)
    assert [t.trainee for t in session.turns] == [
        "What's been going on?",
        "Sounds like the double shifts wear you down.",
    ]
    assert session.turns[0].reply == "I mean, work's been rough."
    assert session.pending is session.turns[1]
    assert session.state.trust == pytest.approx(session.turns[1].state["trust"])
    events = list(session.resend())
    assert events[-1].kind == "replied"
    assert session.turns[1].reply == "Yeah. The doubles are the worst part."
    runtime.store.close()
