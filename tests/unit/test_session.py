"""One practice conversation end to end with fakes: evaluate -> state -> log -> reply."""

from __future__ import annotations

import pytest

from simulator.fakes import DEFAULT_REPLIES, RecordingChatModel
from simulator.session import InputError, Session
from simulator.store import LOG_FORMAT_VERSION

GOOD = "I mean, work's been rough. Ana keeps checking on me."


def kinds(runtime, session) -> list[str]:
    return [e.kind for e in runtime.store.events(session.id)]


def failing_model(times: int) -> RecordingChatModel:
    return RecordingChatModel(responses=[GOOD], errors=[RuntimeError("endpoint down")] * times)


def start(runtime, persona, model=None, **kw) -> Session:
    session = runtime.start_session(persona, client_model=model, **kw) if model else runtime.start_session(persona, **kw)
    session.client.backoff_seconds = 0
    return session


def test_start_logs_state_and_the_opening_line(runtime, persona):
    session = start(runtime, persona)
    events = runtime.store.events(session.id)
    assert [e.kind for e in events] == ["state", "client"]
    assert events[1].payload == {"text": persona.opening_line, "opening": True}
    assert events[0].payload["trust"] == pytest.approx(persona.initial_trust)
    assert [m.text for m in session.history] == [persona.opening_line]
    assert session.turns == [] and session.pending is None


def test_a_turn_is_evaluated_before_any_delta_then_replied(runtime, persona):
    session = start(runtime, persona)
    events = list(session.submit("It sounds like work has been a lot."))
    names = [e.kind for e in events]
    assert names[0] == "evaluated"
    assert names[-1] == "replied"
    assert set(names[1:-1]) == {"delta"}
    turn = events[-1].turn
    assert events[-1].text == turn.reply == DEFAULT_REPLIES[0]
    assert "".join(e.text for e in events if e.kind == "delta") == DEFAULT_REPLIES[0]
    assert turn.index == 1
    assert turn.evaluation.behaviors == ["complex_reflection"]
    assert turn.state["trust"] > persona.initial_trust
    assert kinds(runtime, session)[2:] == ["trainee", "evaluation", "state", "client"]


def test_the_turn_is_logged_before_the_reply_is_generated(runtime, persona):
    seen: list[list[str]] = []

    def responder(messages):
        seen.append([e.kind for e in runtime.store.events(session.id)])
        return GOOD

    session = start(runtime, persona, RecordingChatModel(responder=responder))
    list(session.submit("You need to call your prescriber."))
    assert seen == [["state", "client", "trainee", "evaluation", "state"]]
    logged = runtime.store.events(session.id)
    assert logged[2].payload == {"text": "You need to call your prescriber."}
    assert logged[3].payload["behaviors"] == ["direct"]
    assert logged[4].payload["triggered"] == ["being told what to do"]


def test_the_client_reacts_to_the_state_in_the_same_turn(runtime, persona):
    model = RecordingChatModel(responses=[GOOD])
    session = start(runtime, persona, model)
    turn = session.run_turn("You're an addict, you need to admit it.")
    assert turn.state["mood"] == "shut down"
    assert "not a diagnosis" in str(model.calls[-1][-1].content)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_messages_are_refused_and_nothing_is_logged(runtime, persona, text):
    session = start(runtime, persona)
    before = kinds(runtime, session)
    with pytest.raises(InputError, match="Type something"):
        list(session.submit(text))
    assert kinds(runtime, session) == before
    assert session.turns == []


def test_oversized_messages_are_refused_with_the_limit_and_nothing_is_logged(runtime, persona):
    session = start(runtime, persona)
    limit = runtime.settings.max_message_chars
    before = kinds(runtime, session)
    with pytest.raises(InputError) as info:
        list(session.submit("a" * (limit + 1)))
    assert f"{limit:,}" in str(info.value)
    assert "shorter" in str(info.value)
    assert kinds(runtime, session) == before
    assert runtime.evaluator.seen == []
    # Exactly at the limit is fine.
    turn = session.run_turn("b" * limit)
    assert turn.reply


def test_a_failed_reply_leaves_a_pending_turn_that_resend_answers_without_rescoring(runtime, persona):
    session = start(runtime, persona, failing_model(2))  # the runtime's client retries once
    events = list(session.submit("How has work been?"))
    assert events[0].kind == "evaluated"
    assert events[-1].kind == "failed"
    assert "message is saved" in (events[-1].error or "")
    assert session.pending is events[-1].turn
    assert kinds(runtime, session)[-1] == "reply_failed"

    with pytest.raises(InputError, match="Resend"):
        list(session.submit("Hello?"))
    assert kinds(runtime, session)[-1] == "reply_failed"  # the refused text is not logged

    resent = list(session.resend())
    assert [e.kind for e in resent][-1] == "replied"
    assert resent[-1].text == GOOD
    assert session.pending is None
    assert len(runtime.evaluator.seen) == 1
    assert kinds(runtime, session).count("evaluation") == 1
    assert [m.role for m in session.history] == ["client", "trainee", "client"]

    with pytest.raises(InputError, match="no unanswered message"):
        list(session.resend())


def test_run_turn_raises_on_a_failed_reply(runtime, persona):
    from simulator.client import ClientUnavailable

    session = start(runtime, persona, failing_model(2))
    with pytest.raises(ClientUnavailable):
        session.run_turn("How has work been?")
    assert session.pending is not None


def test_load_rebuilds_turns_history_and_state(runtime, persona):
    session = start(runtime, persona)
    session.run_turn("It sounds like work has been a lot.")
    session.run_turn("I'm proud of you for staying with it.")
    session.run_turn("You need to find another job.")

    loaded = runtime.load_session(session.id)
    assert [t.trainee for t in loaded.turns] == [t.trainee for t in session.turns]
    assert [t.reply for t in loaded.turns] == [t.reply for t in session.turns]
    assert [t.index for t in loaded.turns] == [1, 2, 3]
    assert [t.evaluation for t in loaded.turns] == [t.evaluation for t in session.turns]
    assert [t.state for t in loaded.turns] == [t.state for t in session.turns]
    assert loaded.turns[0].reply_meta["attempts"] == 1
    assert loaded.history == session.history
    assert loaded.state.to_dict() == session.state.to_dict()
    assert loaded.pending is None and not loaded.ended
    assert loaded.persona == persona

    # The client's prompt after a restart is the one it would have had: same exchanges, same notes.
    assert loaded.past() == session.past()
    assert all(t.note for t in loaded.turns)
    assert "hit a nerve" in loaded.turns[2].note  # "you need to" hit a trigger

    # And the conversation continues from there.
    turn = loaded.run_turn("What would you like to talk about?")
    assert turn.index == 4


def test_load_rebuilds_a_pending_turn_that_can_be_resent(runtime, persona):
    session = start(runtime, persona, failing_model(2))
    list(session.submit("How has work been?"))
    assert session.pending is not None

    loaded = Session.load(
        session.id, store=runtime.store, client=runtime.make_client(persona), evaluator=runtime.evaluator
    )
    assert loaded.pending is not None
    assert loaded.pending.trainee == "How has work been?"
    with pytest.raises(InputError, match="Resend"):
        list(loaded.submit("Hello?"))
    replied = list(loaded.resend())
    assert replied[-1].kind == "replied"
    assert len(runtime.evaluator.seen) == 1


def test_another_users_session_cannot_be_loaded(runtime, persona):
    session = start(runtime, persona, user_id="alice")
    with pytest.raises(KeyError):
        runtime.load_session(session.id, user_id="bob")
    with pytest.raises(KeyError):
        Session.load(session.id, store=runtime.store, client=runtime.make_client(persona),
                     evaluator=runtime.evaluator, user_id="bob")
    assert runtime.load_session(session.id, user_id="alice").id == session.id
    with pytest.raises(KeyError):
        runtime.load_session("no-such-session")


def test_end_logs_ended_and_refuses_further_turns(runtime, persona):
    session = start(runtime, persona)
    session.run_turn("How has work been?")
    session.end()
    session.end()  # idempotent
    assert kinds(runtime, session).count("ended") == 1
    assert runtime.store.events(session.id, "ended")[0].payload == {"turns": 1}
    with pytest.raises(InputError, match="ended"):
        list(session.submit("One more thing."))
    assert runtime.load_session(session.id).ended
    with pytest.raises(InputError, match="ended"):
        list(runtime.load_session(session.id).submit("Still there?"))


def test_the_evaluator_gets_the_history_and_the_personas_risk_keywords(runtime, persona):
    session = start(runtime, persona)
    session.run_turn("How has work been?")
    session.run_turn("It sounds like the shifts are long.")
    first, second = runtime.evaluator.seen
    assert [m.text for m in first.history] == [persona.opening_line]
    assert [(m.role, m.text) for m in second.history] == [
        ("client", persona.opening_line),
        ("trainee", "How has work been?"),
        ("client", session.turns[0].reply),
    ]
    assert first.risk_keywords == ["better off without me"]
    assert second.utterance == "It sounds like the shifts are long."


def test_session_row_records_provenance(runtime, persona, settings):
    session = start(runtime, persona, kind="test-chat", label="try-out")
    row = runtime.store.get_session(session.id)
    assert row is not None
    assert row.persona_id == "sam-test"
    assert row.persona_hash == persona.content_hash()
    assert len(row.persona_hash) == 64
    assert row.persona_json == persona.model_dump(mode="json")
    assert row.client_model == settings.model_options("client")
    assert row.client_model["backend"] == "fake" and row.client_model["seed"] == 7
    assert row.evaluators == [
        {"name": "scripted", "version": "test", "args": {"phrases": ["addict", "proud", "sounds like", "you need to"]}}
    ]
    assert row.log_format_version == LOG_FORMAT_VERSION
    assert row.settings["max_message_chars"] == settings.max_message_chars
    assert row.settings["history_token_budget"] == settings.history_token_budget
    assert (row.kind, row.label, row.user_id) == ("test-chat", "try-out", "local")


def test_an_edited_persona_gets_a_different_hash(runtime, persona):
    edited = persona.model_copy(update={"opening_line": "Hi. I guess."})
    a = start(runtime, persona)
    b = start(runtime, edited)
    assert runtime.store.get_session(a.id).persona_hash != runtime.store.get_session(b.id).persona_hash


def test_trust_grows_over_good_turns_and_unlocks_layers(runtime, persona):
    model = RecordingChatModel(responses=[
        "I mean, yeah. It's a lot.", "The cravings hit after a double.",
        "Ana found me last spring.", "I haven't told anybody this.",
        "Yeah. I guess I'm still here.", "I mean, it helps to say it.",
    ])
    session = start(runtime, persona, model)
    for _ in range(6):
        session.run_turn("It sounds like you carry a lot on your own.")
    assert session.state.trust > 0.8
    assert session.state.unlocked == [0, 1, 2, 3]
    assert "SECRET-LAYER" in model.last_prompt_text
    assert "SECRET-LAYER" not in str(model.calls[0])


def test_load_after_a_crash_during_evaluation_keeps_history_consistent_with_turns(runtime, persona):
    session = start(runtime, persona)
    session.run_turn("How has work been?")
    # What submit() writes before evaluating; the process dies before the evaluation is logged.
    runtime.store.append(session.id, 2, "trainee", {"text": "Words lost in the crash."})

    loaded = runtime.load_session(session.id)
    assert loaded.unsent == "Words lost in the crash."  # kept for the trainee to send again
    assert [t.trainee for t in loaded.turns] == ["How has work been?"]
    assert loaded.pending is None
    loaded.run_turn("Sorry, where were we?")
    trainee_history = [m.text for m in loaded.history if m.role == "trainee"]
    assert trainee_history == [t.trainee for t in loaded.turns]
    roles = [m.role for m in loaded.history]
    assert all(a != b for a, b in zip(roles, roles[1:], strict=False))  # turns alternate
