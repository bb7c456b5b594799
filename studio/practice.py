"""Practice tab handlers: pick a persona, start, talk (streamed), resend, end -> debrief, start over.

Each handler takes the `Studio` first, then the event's inputs, then `gr.Request`; it returns
(or yields) values in the order of the matching `*_OUTPUTS` tuple, which `app.py` maps to
components by name. The browser keeps only the session id; the live `Session` is looked up
server-side for the requesting user. Errors the trainee can act on are `gr.Error` raised
before anything changes on screen, so the text they typed stays in the box.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import gradio as gr

from simulator.session import InputError, SessionEvent
from studio.auth import User
from studio.chat_view import chat_header, persona_card, persona_choices, session_messages
from studio.context import Studio
from studio.debrief_view import make_debrief_view
from studio.feedback_view import HIDDEN_NOTICE, render_feedback, render_trust
from studio.registry import LiveSession, SessionNotFound

log = logging.getLogger(__name__)

PICKER_OUTPUTS = ("persona_pick", "persona_card")
START_OUTPUTS = (
    "session_id", "picker_box", "chat_box", "debrief_box", "chat_header", "chat", "message",
    "send_btn", "resend_btn", "feedback", "trust", "confirm_row",
)
SEND_OUTPUTS = ("chat", "message", "send_btn", "resend_btn", "feedback", "trust")
END_OUTPUTS = (
    "chat_box", "debrief_box", "confirm_row", "debrief_md", "scores_plot", "trust_plot",
    "download_md", "download_json",
)
OVER_OUTPUTS = ("session_id", "picker_box", "chat_box", "debrief_box", "message", "confirm_row")


# -- helpers ----------------------------------------------------------------------------------
def live_session(studio: Studio, user: User, session_id: str | None) -> LiveSession:
    try:
        return studio.sessions.get(user.id, session_id)
    except SessionNotFound:
        raise gr.Error("That session was not found. Start a new one.", title="No session") from None
    except Exception as exc:  # noqa: BLE001 - e.g. the model cannot be loaded to resume it
        log.exception("could not resume session %s", session_id)
        raise gr.Error(f"The session could not be resumed: {exc}") from None


def panels(live: LiveSession, detail: bool = False) -> tuple[str, str]:
    """(feedback html, trust html), or the assessment-mode notice for both."""
    if live.assessment:
        return HIDDEN_NOTICE, ""
    session = live.session
    turns = session.turns
    feedback = render_feedback(turns[-1] if turns else None, turns[:-1])
    return feedback, render_trust(session.persona, session.state.to_dict(), detail=detail)


def _input(interactive: bool) -> tuple[dict, dict]:
    return gr.update(interactive=interactive), gr.update(interactive=interactive)


# -- picker -----------------------------------------------------------------------------------
def picker_choices(studio: Studio, current: str | None = None, request: gr.Request | None = None):
    """The persona list for the picker (reloaded so an instructor's saved persona appears)."""
    studio.user(request)
    personas = studio.runtime.library().personas
    choices = persona_choices(personas)
    value = current if current in personas else (choices[0][1] if choices else None)
    return gr.update(choices=choices, value=value), persona_card(personas.get(value) if value else None)


def describe_persona(studio: Studio, persona_id: str | None, request: gr.Request | None = None) -> str:
    studio.user(request)
    return persona_card(studio.runtime.library().personas.get(persona_id or ""))


# -- the session --------------------------------------------------------------------------------
def start_session(studio: Studio, persona_id: str | None, assessment: bool, request: gr.Request | None = None):
    user = studio.user(request)
    persona = studio.runtime.library().personas.get(persona_id or "")
    if persona is None:
        raise gr.Error("Choose a persona to talk with first.", title="No persona chosen")
    try:
        live = studio.sessions.start(user.id, persona, kind="practice", assessment=bool(assessment))
    except Exception as exc:  # noqa: BLE001 - model file missing, endpoint misconfigured...
        log.exception("could not start a session")
        raise gr.Error(f"The session could not start: {exc}") from None
    feedback, trust = panels(live)
    first = persona.name.split()[0]
    return (
        live.session.id,
        gr.update(visible=False),
        gr.update(visible=True),
        gr.update(visible=False),
        chat_header(persona, live.assessment),
        session_messages(live.session),
        gr.update(value="", interactive=True, placeholder=f"Say something to {first}… (Enter sends, Shift+Enter for a new line)"),
        gr.update(interactive=True),
        gr.update(visible=False),
        feedback,
        trust,
        gr.update(visible=False),
    )


def _stream(live: LiveSession, events: Iterator[SessionEvent], detail: bool) -> Iterator[tuple]:
    """Render a turn's events: feedback as soon as it is scored, then the streamed reply."""
    session = live.session
    feedback, trust = panels(live, detail)
    keep = gr.skip()
    partial = ""
    yield (session_messages(session, partial), gr.update(value="", interactive=False),
           gr.update(interactive=False), gr.update(visible=False), feedback, trust)
    try:
        for event in events:
            if event.kind == "delta":
                partial += event.text
                yield (session_messages(session, partial), keep, keep, keep, keep, keep)
            elif event.kind == "reset":
                partial = ""
                yield (session_messages(session, partial), keep, keep, keep, keep, keep)
            elif event.kind == "failed":
                gr.Warning(event.error or "The client did not answer. Your message is saved: press Resend.")
                yield (session_messages(session), *_input(True), gr.update(visible=True), feedback, trust)
                return
            elif event.kind == "replied":
                # The last yield is complete (no skips): it is what an API caller receives.
                yield (session_messages(session), *_input(True), gr.update(visible=False), feedback, trust)
                return
    except Exception as exc:  # noqa: BLE001 - never leave the input disabled
        log.exception("reply failed")
        gr.Warning(f"Something went wrong while the client answered ({exc}). Your message is saved: press Resend.")
        yield (session_messages(session), *_input(True), gr.update(visible=True), feedback, trust)


def stream_turn(studio: Studio, session_id: str | None, text: str, request: gr.Request | None, detail: bool) -> Iterator[tuple]:
    user = studio.user(request)
    live = live_session(studio, user, session_id)
    if not live.lock.acquire(blocking=False):
        raise gr.Error("The client is still answering your last message.", title="One moment")
    try:
        events = live.session.submit(text)
        try:
            first = next(events)  # checks the text, scores the turn, logs it: nothing on screen yet
        except InputError as exc:
            raise gr.Error(str(exc), title="Not sent") from None
        except Exception as exc:  # noqa: BLE001 - e.g. an evaluator failure: keep the text
            log.exception("submit failed")
            raise gr.Error(f"Your message could not be scored ({exc}). It is still in the box: try again.") from None
        assert first.kind == "evaluated"
        yield from _stream(live, events, detail)
    finally:
        live.lock.release()


def send_message(studio: Studio, session_id: str | None, text: str, request: gr.Request | None = None) -> Iterator[tuple]:
    """Send the trainee's turn: feedback first, then the client's reply streamed in."""
    yield from stream_turn(studio, session_id, text, request, detail=False)


def resend_reply(studio: Studio, session_id: str | None, request: gr.Request | None = None) -> Iterator[tuple]:
    """Ask the client again for the reply it owes (after the model failed); no re-scoring."""
    user = studio.user(request)
    live = live_session(studio, user, session_id)
    if not live.lock.acquire(blocking=False):
        raise gr.Error("The client is still answering.", title="One moment")
    try:
        try:
            events = live.session.resend()
            yield from _stream(live, events, detail=live.kind == "test_chat")
        except InputError as exc:
            raise gr.Error(str(exc)) from None
    finally:
        live.lock.release()


def ask_to_end() -> dict:
    """Show the confirmation row (ending is final, so it is never one click)."""
    return gr.update(visible=True)


def cancel_end() -> dict:
    return gr.update(visible=False)


def end_session(studio: Studio, session_id: str | None, request: gr.Request | None = None):
    """End the session for good and show its debrief, plots and downloads."""
    user = studio.user(request)
    live = live_session(studio, user, session_id)
    session = live.session
    if live.lock.locked():
        raise gr.Error("Wait for the client to finish answering, then end the session.", title="One moment")
    session.end()  # an unanswered turn is kept; the debrief notes it
    row = studio.runtime.store.get_session(session.id, user_id=user.id)
    view = make_debrief_view(
        studio, user.id, session.persona, session.turns, session_id=session.id, ended=True, row=row,
    )
    return (gr.update(visible=False), gr.update(visible=True), gr.update(visible=False), *view.outputs())


def start_over(studio: Studio, session_id: str | None, request: gr.Request | None = None):
    """Back to the persona picker; the old session stays in History."""
    user = studio.user(request)
    studio.sessions.forget(user.id, session_id)
    return (None, gr.update(visible=True), gr.update(visible=False), gr.update(visible=False),
            gr.update(value=""), gr.update(visible=False))
