"""The server-side context every handler receives first: runtime, live sessions, users.

Why an object and not module globals: tests launch several apps (login on and off, different
runtimes) in one process; each `build_app` makes its own `Studio`.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import gradio as gr

from simulator.runtime import Runtime
from studio.auth import User, current_user
from studio.registry import SessionRegistry
from studio.users import UserDirectory


@dataclass
class Studio:
    runtime: Runtime
    sessions: SessionRegistry
    users: UserDirectory | None = None
    # Debrief downloads are written to a private temp folder (one subfolder per user) and handed
    # to Gradio, which copies each into its cache under an unguessable name. The folder itself
    # is never served, so no user can fetch another user's export by guessing a path.
    export_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="peer-practice-exports-")))

    def __post_init__(self) -> None:
        weakref.finalize(self, shutil.rmtree, str(self.export_dir), True)

    @classmethod
    def create(cls, runtime: Runtime) -> Studio:
        users_file = runtime.settings.users_file
        return cls(
            runtime=runtime,
            sessions=SessionRegistry(runtime),
            users=UserDirectory(users_file) if users_file else None,
        )

    @property
    def login_required(self) -> bool:
        return self.users is not None

    def user(self, request: gr.Request | None) -> User:
        return current_user(self.users, request)
