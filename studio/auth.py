"""Who is asking: the user id and role every handler acts as.

With login on (a users file), the id is Gradio's `request.username`, checked by Gradio's own
login on every route, the API included; with login off there is one local user, "local", who
is also the instructor. Handlers never take a user id from the browser.
"""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from studio.users import UserDirectory

LOCAL_USER = "local"


@dataclass(frozen=True)
class User:
    id: str
    role: str

    @property
    def is_instructor(self) -> bool:
        return self.role == "instructor"


def current_user(users: UserDirectory | None, request: gr.Request | None) -> User:
    if users is None:
        return User(LOCAL_USER, "instructor")
    name = getattr(request, "username", None) if request is not None else None
    if not name:
        raise gr.Error("Please log in first.", title="Not signed in")
    return User(name, users.role(name) or "trainee")


def require_instructor(user: User) -> None:
    if not user.is_instructor:
        raise gr.Error("Only instructors can view and edit personas.", title="Instructors only")
