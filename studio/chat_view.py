"""Session -> what the chat shows: messages for `gr.Chatbot` and the persona card/header.

Rebuilt from the server-side `Session` each time (never read back from the browser), so the
transcript on screen is always the logged one.
"""

from __future__ import annotations

from html import escape

from personas.schema import Persona
from simulator.session import Session, Turn

DIFFICULTY_ORDER = {"beginner": 0, "intermediate": 1, "advanced": 2}


def chat_messages(persona: Persona, turns: list[Turn], partial: str | None = None) -> list[dict]:
    """Opening line, then trainee/client pairs; `partial` is a reply still being streamed."""
    messages = [{"role": "assistant", "content": persona.opening_line}]
    for turn in turns:
        messages.append({"role": "user", "content": turn.trainee})
        if turn.reply is not None:
            messages.append({"role": "assistant", "content": turn.reply})
    if partial is not None:
        messages.append({"role": "assistant", "content": partial or "…"})
    return messages


def session_messages(session: Session, partial: str | None = None) -> list[dict]:
    return chat_messages(session.persona, session.turns, partial)


def persona_choices(personas: dict[str, Persona]) -> list[tuple[str, str]]:
    ordered = sorted(personas.values(), key=lambda p: (DIFFICULTY_ORDER.get(p.difficulty, 9), p.name))
    return [(f"{p.name} · {p.difficulty}", p.id) for p in ordered]


def persona_card(persona: Persona | None) -> str:
    """What a trainee may know before starting: the public view only (no notes, no story)."""
    if persona is None:
        return '<div class="pp-panel pp-muted">Choose someone to talk with.</div>'
    v = persona.public_view()
    facts = " · ".join(x for x in (str(v["age"]), v["pronouns"], v["context"]) if x)
    return (
        f'<div class="pp-panel pp-card"><h3>{escape(v["name"])} '
        f'<span class="pp-diff pp-diff-{escape(v["difficulty"])}">{escape(v["difficulty"])}</span></h3>'
        f'<div class="pp-muted">{escape(facts)}</div><p>{escape(v["summary"])}</p>'
        f'<div class="pp-muted">Their story has {v["layers"]} parts; they share more as they come to trust you.</div></div>'
    )


def chat_header(persona: Persona, assessment: bool, kind: str = "practice") -> str:
    mode = (
        '<span class="pp-badge">Assessment mode: feedback after the debrief</span>'
        if assessment else ""
    )
    test = '<span class="pp-badge">Test chat</span>' if kind == "test_chat" else ""
    return (
        f'<div class="pp-chat-head"><strong>{escape(persona.name)}</strong> '
        f'<span class="pp-muted">{persona.age} · {escape(persona.pronouns)} · {escape(persona.difficulty)}</span>'
        f"{mode}{test}</div>"
    )
