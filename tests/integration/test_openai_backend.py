"""The `openai` backend through the real `openai` client over HTTP, against a loopback server.

The stub answers like an OpenAI-compatible endpoint and can be told to fail: 429 and 500 are
retried with backoff; an endpoint that stays down ends in a clear error that keeps the
trainee's turn (pending, resendable) and the session alive.
"""

from __future__ import annotations

import pytest

from simulator.runtime import Runtime
from simulator.session import InputError
from simulator.stub_openai import StubOpenAI

pytestmark = pytest.mark.integration


@pytest.fixture
def stub():
    with StubOpenAI() as server:
        yield server


@pytest.fixture
def openai_runtime(settings, stub, scripted_evaluator):
    s = settings.model_copy(
        update={"client_backend": "openai", "openai_base_url": stub.base_url, "client_model": "stub-model", "max_retries": 2}
    )
    rt = Runtime(settings=s, evaluator=scripted_evaluator)
    yield rt
    rt.store.close()


def test_streams_a_reply_over_http(openai_runtime, persona, stub):
    session = openai_runtime.start_session(persona)
    events = list(session.submit("It sounds like work has been heavy lately."))
    kinds = [e.kind for e in events]
    assert kinds[0] == "evaluated" and kinds[-1] == "replied"
    assert kinds.count("delta") > 1  # streamed in pieces, not one block
    assert session.turns[0].reply in (
        "I don't know. It's been a lot lately.",
        "Yeah... that's kind of it. I haven't said that out loud before.",
    )
    body = stub.requests[-1]
    assert body["model"] == "stub-model" and body["stream"] is True
    assert body["seed"] == 7
    system = body["messages"][0]["content"]
    assert "Sam Ortiz" in system and "FACILITATOR-ONLY" not in system and "SECRET-LAYER" not in system


def test_429_and_500_are_retried_then_succeed(openai_runtime, persona, stub):
    session = openai_runtime.start_session(persona)
    stub.fail_next(429, 500)
    turn = session.run_turn("What has that been like for you?")
    assert turn.reply
    assert len(stub.requests) == 3  # two failures, then the answer


def test_endpoint_down_keeps_the_turn_and_resend_recovers(openai_runtime, persona, stub):
    session = openai_runtime.start_session(persona)
    # Every attempt fails: the openai client's retries (2) and the session's own retry (1).
    stub.fail_next(*([503] * 6))
    events = list(session.submit("Tell me about the diner."))
    assert events[-1].kind == "failed"
    assert "saved" in (events[-1].error or "") and "Resend" in (events[-1].error or "")
    assert session.pending is not None and session.pending.trainee == "Tell me about the diner."
    kinds = [e.kind for e in openai_runtime.store.events(session.id)]
    assert "trainee" in kinds and "reply_failed" in kinds
    with pytest.raises(InputError, match="Resend"):
        list(session.submit("another message"))
    # The endpoint comes back: resend answers the saved turn without scoring it again.
    stub.failures.clear()
    replied = list(session.resend())
    assert replied[-1].kind == "replied" and session.pending is None
    assert [e.kind for e in openai_runtime.store.events(session.id)].count("evaluation") == 1


def test_garbage_answer_is_an_error_not_a_reply(openai_runtime, persona, stub):
    session = openai_runtime.start_session(persona)
    stub.fail_next(*(["garbage"] * 6))
    events = list(session.submit("How was work today?"))
    assert events[-1].kind == "failed"
    assert session.turns[-1].reply is None
