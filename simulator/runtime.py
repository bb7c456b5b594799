"""Builds the pieces a session needs from settings: personas, store, evaluator, client model.

The app, the batch CLI and the tests all start sessions through `Runtime`, so a session made
anywhere records the same provenance.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from langchain_core.language_models import BaseChatModel

from evaluators.registry import Evaluator, get_evaluator
from personas.loader import LIBRARY_DIR, Library, load_library
from personas.schema import Persona
from simulator.client import SimulatedClient
from simulator.session import Session
from simulator.settings import Settings, load_settings
from simulator.store import SessionStore

# Offline by design: no analytics, no hub telemetry, no hub look-ups from any library we load.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def make_evaluator(settings: Settings, judge_model: BaseChatModel | None = None) -> Evaluator:
    """`local` alone, or the local coder and the LLM judge run together and reduced."""
    names = settings.evaluator_names or ["local"]
    if names == ["local"]:
        return get_evaluator("local")
    if "llm_judge" in names:
        if judge_model is None:
            from simulator.models import make_chat_model

            judge_model = make_chat_model(settings, role="judge")
        judge = get_evaluator("llm_judge", model=judge_model)
        members = [get_evaluator(n) for n in names if n != "llm_judge"] + [judge]
        return get_evaluator("combined", evaluators=members)
    if len(names) == 1:
        return get_evaluator(names[0])
    return get_evaluator("combined", evaluators=[get_evaluator(n) for n in names])


@dataclass
class Runtime:
    settings: Settings = field(default_factory=load_settings)
    client_model: BaseChatModel | None = None  # injected by tests; else made from settings
    evaluator: Evaluator | None = None

    @cached_property
    def store(self) -> SessionStore:
        return SessionStore(self.settings.resolved_database_url)

    @property
    def instructor_persona_dir(self) -> Path:
        """Where the persona studio saves; loaded last, so a saved persona overrides its id."""
        return self.settings.data_dir / "personas"

    @property
    def persona_dirs(self) -> list[Path]:
        return [LIBRARY_DIR, *self.settings.persona_dirs, self.instructor_persona_dir]

    def library(self) -> Library:
        """Reloaded on every call, so an instructor's saved edits show up at once."""
        return load_library(self.persona_dirs)

    def model(self) -> BaseChatModel:
        if self.client_model is None:
            from simulator.models import make_chat_model

            self.client_model = make_chat_model(self.settings, role="client")
        return self.client_model

    def get_evaluator(self) -> Evaluator:
        if self.evaluator is None:
            self.evaluator = make_evaluator(self.settings)
        return self.evaluator

    def make_client(self, persona: Persona) -> SimulatedClient:
        return SimulatedClient(
            persona,
            self.model(),
            history_token_budget=self.settings.history_token_budget,
            max_retries=1,
            seed=self.settings.seed,
        )

    def session_settings(self, **extra) -> dict:
        s = self.settings
        return {
            "history_token_budget": s.history_token_budget,
            "max_message_chars": s.max_message_chars,
            "temperature": s.temperature,
            "seed": s.seed,
            **extra,
        }

    def start_session(
        self,
        persona: Persona,
        *,
        user_id: str = "local",
        kind: str = "practice",
        batch_id: str | None = None,
        label: str | None = None,
        client_model: BaseChatModel | None = None,
        **extra_settings,
    ) -> Session:
        client = (
            SimulatedClient(persona, client_model, self.settings.history_token_budget, max_retries=1, seed=self.settings.seed)
            if client_model is not None
            else self.make_client(persona)
        )
        return Session.start(
            persona=persona,
            client=client,
            evaluator=self.get_evaluator(),
            store=self.store,
            user_id=user_id,
            kind=kind,
            client_model=self.settings.model_options("client"),
            settings=self.session_settings(**extra_settings),
            batch_id=batch_id,
            label=label,
            max_message_chars=self.settings.max_message_chars,
        )

    def load_session(self, session_id: str, user_id: str | None = None) -> Session:
        row = self.store.get_session(session_id, user_id=user_id)
        if row is None:
            raise KeyError(f"no session {session_id!r}")
        persona = Persona.model_validate(row.persona_json)
        return Session.load(
            session_id,
            store=self.store,
            client=self.make_client(persona),
            evaluator=self.get_evaluator(),
            user_id=user_id,
            max_message_chars=self.settings.max_message_chars,
        )
