"""Every setting resolved in one place: defaults < config file < environment variables.

Environment variables are `PEER_PRACTICE_<FIELD>` (upper case), e.g. `PEER_PRACTICE_CLIENT_BACKEND`.
The optional config file is TOML: `PEER_PRACTICE_CONFIG=/path/to/file.toml`, else
`./peer_practice.toml` if present; its keys are the field names below. A missing or wrong
setting raises `SettingsError` with a message that says how to fix it.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

ENV_PREFIX = "PEER_PRACTICE_"
Backend = Literal["local", "openai", "fake"]
JudgeBackend = Literal["none", "local", "openai", "fake"]


class SettingsError(ValueError):
    """A setting is missing or wrong; the message says which and how to fix it."""


def _default_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "peer-practice"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    # Chat models, chosen separately for the simulated client and the judge.
    client_backend: Backend = "local"
    client_model: str = "qwen2.5-coder-1.5b-instruct-q4_k_m"
    judge_backend: JudgeBackend = "none"
    judge_model: str = "gpt-4o-mini"
    # OpenAI-compatible endpoint (OpenAI, Azure OpenAI, vLLM, Ollama, LM Studio, llama.cpp server).
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    request_timeout: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=3, ge=0, le=10)
    # Sampling. A fixed seed with the same temperature makes a run reproducible.
    temperature: float = Field(default=0.7, ge=0, le=2)
    seed: int | None = None
    max_reply_tokens: int = Field(default=120, ge=16, le=1024)
    # Where things live. Tests point data_dir at a temporary directory.
    data_dir: Path = Field(default_factory=_default_home)
    model_dir: Path | None = None  # default: <data_dir>/models; shared across data dirs if set
    database_url: str | None = None  # default: sqlite:///<data_dir>/sessions.db
    persona_dirs: list[Path] = Field(default_factory=list)  # extra persona directories
    # The embedded model's runtime.
    local_threads: int = Field(default=2, ge=1, le=64)
    local_context: int = Field(default=4096, ge=1024, le=32768)
    # Conversation limits.
    max_message_chars: int = Field(default=1500, ge=50, le=20000)
    history_token_budget: int = Field(default=1200, ge=200, le=30000)
    # Evaluators, comma separated: "local" (default), or "local,llm_judge".
    evaluators: str = "local"
    # Web app.
    host: str = "127.0.0.1"
    port: int = Field(default=7860, ge=1, le=65535)
    users_file: Path | None = None

    @model_validator(mode="after")
    def _openai_needs_endpoint(self) -> Settings:
        uses_openai = "openai" in (self.client_backend, self.judge_backend)
        if uses_openai and not (self.openai_api_key or self.openai_base_url):
            raise SettingsError(
                "the openai backend needs an endpoint: set PEER_PRACTICE_OPENAI_API_KEY "
                "(for api.openai.com) or PEER_PRACTICE_OPENAI_BASE_URL "
                "(e.g. http://localhost:8000/v1 for vLLM or llama.cpp server)"
            )
        return self

    @property
    def resolved_model_dir(self) -> Path:
        return self.model_dir or (self.data_dir / "models")

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'sessions.db'}"

    @property
    def evaluator_names(self) -> list[str]:
        return [name.strip() for name in self.evaluators.split(",") if name.strip()]

    def model_options(self, role: Literal["client", "judge"]) -> dict[str, Any]:
        """The chat model and options recorded as provenance with every session."""
        backend = self.client_backend if role == "client" else self.judge_backend
        model = self.client_model if role == "client" else self.judge_model
        if backend == "local":
            model = Settings.model_fields["client_model"].default
        return {
            "backend": backend,
            "model": model,
            "temperature": self.temperature if role == "client" else 0.0,
            "seed": self.seed,
            "max_tokens": self.max_reply_tokens,
            "base_url": self.openai_base_url if backend == "openai" else None,
        }


def _env_values(environ: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, info in Settings.model_fields.items():
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is None or raw == "":
            continue
        if name == "persona_dirs":
            values[name] = [p for p in raw.split(os.pathsep) if p]
        elif raw.lower() in ("none", "null") and info.default is None:
            values[name] = None
        else:
            values[name] = raw
    return values


def _file_values(environ: dict[str, str]) -> dict[str, Any]:
    path_text = environ.get(ENV_PREFIX + "CONFIG")
    path = Path(path_text) if path_text else Path("peer_practice.toml")
    if not path.exists():
        if path_text:
            raise SettingsError(
                f"config file {path} (from {ENV_PREFIX}CONFIG) does not exist: "
                "create it or unset the variable"
            )
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"config file {path} is not valid TOML: {exc}") from None


def _describe(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "settings"
        env = ENV_PREFIX + field.split(".")[0].upper()
        lines.append(f"setting `{field}` ({env}): {err['msg']} (got {err.get('input')!r})")
    return "; ".join(lines)


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Resolve settings from defaults, the config file, the environment and overrides."""
    environ = dict(os.environ if environ is None else environ)
    values = {**_file_values(environ), **_env_values(environ), **overrides}
    try:
        return Settings(**values)
    except SettingsError:
        raise
    except ValidationError as exc:
        # A SettingsError raised in a validator arrives wrapped; unwrap its fix-it text.
        for err in exc.errors():
            ctx_error = (err.get("ctx") or {}).get("error")
            if isinstance(ctx_error, SettingsError):
                raise ctx_error from None
        raise SettingsError(_describe(exc)) from None
