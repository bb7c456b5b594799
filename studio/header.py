"""The page header: who is signed in, and whether they get the persona studio tab."""

from __future__ import annotations

from html import escape

import gradio as gr

from studio.context import Studio


def whoami(studio: Studio, request: gr.Request | None = None):
    """Header badge and the persona studio tab's visibility (instructors only)."""
    user = studio.user(request)
    if studio.users is None:
        badge = '<div class="pp-muted pp-whoami">Local mode · no login</div>'
    else:
        badge = (
            f'<div class="pp-whoami">Signed in as <strong>{escape(user.id)}</strong> '
            f'({escape(user.role)}) · <a href="/logout">Log out</a></div>'
        )
    return badge, gr.update(visible=user.is_instructor)
