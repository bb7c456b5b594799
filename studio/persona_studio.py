"""Persona studio handlers (instructors): list, open, create, duplicate, validate, save, try.

The raw YAML is the source of truth for validating, saving and trying; the form is a view of
its common fields, written into the YAML when the instructor leaves the form (tab switch, or
just before Validate/Save/Try, chained in `app.py`). Errors are placed beside the form field
they name, the rest beside the YAML editor. Everything that can reveal a persona's hidden
story or facilitator notes requires the instructor role, checked on the server per request.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import gradio as gr

from personas.loader import LIBRARY_DIR, PersonaFileError, load_persona, parse_persona
from personas.schema import Persona
from studio.auth import User, require_instructor
from studio.chat_view import chat_header, session_messages
from studio.context import Studio
from studio.persona_form import (
    FORM_FIELDS,
    FORM_NAMES,
    TEMPLATE_YAML,
    dump_yaml,
    form_values,
    load_mapping,
    merge_form,
    split_errors,
)
from studio.practice import panels, stream_turn

ERROR_NAMES: tuple[str, ...] = tuple(f"pe_{n}" for n in FORM_NAMES)
FIELD_NAMES: tuple[str, ...] = tuple(f"pf_{n}" for n in FORM_NAMES)
LIST_OUTPUTS = ("ps_table", "ps_pick", "ps_library_errors")
CHECK_OUTPUTS = (*ERROR_NAMES, "ps_yaml_errors", "ps_status")
EDITOR_OUTPUTS = ("ps_yaml", *FIELD_NAMES, *CHECK_OUTPUTS)
TRY_OUTPUTS = (
    "ps_session_id", "ps_chat_box", "ps_chat_header", "ps_chat", "ps_message", "ps_send_btn",
    "ps_resend_btn", "ps_feedback", "ps_trust",
)


def _instructor(studio: Studio, request: gr.Request | None) -> User:
    user = studio.user(request)
    require_instructor(user)
    return user


def _source(studio: Studio, path: Path) -> str:
    if path.parent == LIBRARY_DIR:
        return "library"
    if path.parent == studio.runtime.instructor_persona_dir:
        return "instructor"
    return "extra"


def _clean_checks(status: str) -> tuple:
    return (*(gr.update(value="", visible=False) for _ in ERROR_NAMES), "", status)


def check_outputs(errors: list, ok_status: str) -> tuple:
    """Error slots beside each form field, the YAML-side list, and a status line."""
    if not errors:
        return _clean_checks(ok_status)
    by_field, rest = split_errors(errors)
    slots = tuple(
        gr.update(value="\n\n".join(by_field[n]), visible=True) if n in by_field else gr.update(value="", visible=False)
        for n in FORM_NAMES
    )
    count = len(errors)
    status = f"**{count} problem{'s' if count != 1 else ''} to fix** — shown beside the fields" + (
        " and next to the YAML." if rest else "."
    )
    return (*slots, "\n".join(rest), status)


def _editor(yaml_text: str, status: str) -> tuple:
    data = load_mapping(yaml_text) or {}
    return (yaml_text, *form_values(data), *_clean_checks(status))


# -- list and open ---------------------------------------------------------------------------
def list_personas(studio: Studio, current: str | None = None, request: gr.Request | None = None):
    """Every persona with its level and source (library / instructor), the picker, and load errors."""
    _instructor(studio, request)
    library = studio.runtime.library()
    ordered = sorted(library.personas.values(), key=lambda p: p.name)
    items = "".join(
        f'<li><strong>{escape(p.name)}</strong> <span class="pp-diff pp-diff-{escape(p.difficulty)}">'
        f'{escape(p.difficulty)}</span> <span class="pp-muted">{_source(studio, library.paths[p.id])}</span></li>'
        for p in ordered
    )
    listing = f'<ul class="pp-persona-list">{items}</ul>'
    choices = [(f"{p.name} ({p.id})", p.id) for p in ordered]
    value = current if current in library.personas else (choices[0][1] if choices else None)
    errors = "\n".join(f"- `{Path(e.path).name}` {e.field}: {e.message}. Fix: {e.fix}" for e in library.errors)
    errors_md = f"**Files that did not load:**\n\n{errors}" if errors else ""
    return listing, gr.update(choices=choices, value=value), errors_md


def open_persona(studio: Studio, persona_id: str | None, request: gr.Request | None = None):
    """The persona's file as written (comments kept), in the YAML editor and the form."""
    _instructor(studio, request)
    library = studio.runtime.library()
    path = library.paths.get(persona_id or "")
    if path is None:
        raise gr.Error("Choose a persona to open.", title="No persona")
    source = _source(studio, path)
    note = " Saving writes a copy to the instructor folder that overrides the shipped file." if source == "library" else ""
    return _editor(path.read_text(encoding="utf-8"), f"Opened **{persona_id}** ({source}).{note}")


def new_persona(studio: Studio, request: gr.Request | None = None):
    """A complete, valid template to fill in."""
    _instructor(studio, request)
    return _editor(TEMPLATE_YAML, "New persona from the template: replace every field, then Validate and Save.")


def _free_id(studio: Studio, base: str) -> str:
    taken = set(studio.runtime.library().personas)
    candidate, n = f"{base}-copy", 2
    while candidate in taken:
        candidate, n = f"{base}-copy-{n}", n + 1
    return candidate


def duplicate_persona(studio: Studio, persona_id: str | None, request: gr.Request | None = None):
    """A copy under a new id and name, ready to edit and save."""
    _instructor(studio, request)
    library = studio.runtime.library()
    persona = library.personas.get(persona_id or "")
    if persona is None:
        raise gr.Error("Choose a persona to duplicate.", title="No persona")
    data = load_mapping(library.paths[persona.id].read_text(encoding="utf-8")) or persona.model_dump(mode="json")
    data["id"] = _free_id(studio, persona.id)
    data["name"] = f"{persona.name} (copy)"
    return _editor(dump_yaml(data), f"Copy of **{persona.id}** as **{data['id']}**: edit it, then Save.")


# -- form <-> YAML (pure: no stored data involved) --------------------------------------------------
def show_yaml(yaml_text: str, *values):
    """Leaving the form: write its fields into the YAML; the YAML editor becomes the source."""
    merged = merge_form(yaml_text, values)
    if merged is None:
        return gr.skip(), "yaml", "The YAML has a syntax error, so the form's changes could not be applied: fix it here."
    return merged, "yaml", gr.skip()


def show_form(yaml_text: str):
    """Leaving the YAML: fill the form from it (if it parses); the form becomes the source."""
    if not (yaml_text or "").strip():
        return (*(gr.skip() for _ in FORM_FIELDS), "form", gr.skip())
    data = load_mapping(yaml_text)
    if data is None:
        return (*(gr.skip() for _ in FORM_FIELDS), "form",
                "The YAML has a syntax error: the form shows the last values that parsed. Fix the YAML first.")
    return (*form_values(data), "form", gr.skip())


def sync_form(editor: str, yaml_text: str, *values):
    """Before Validate/Save/Try: if the form is being edited, write it into the YAML."""
    if editor != "form":
        return gr.skip()
    merged = merge_form(yaml_text, values)
    return gr.skip() if merged is None else merged


# -- validate, save, try ---------------------------------------------------------------------------
def _parse(yaml_text: str) -> tuple[Persona | None, list]:
    try:
        return parse_persona(yaml_text, "persona"), []
    except PersonaFileError as exc:
        return None, exc.errors


def validate_persona(studio: Studio, yaml_text: str, request: gr.Request | None = None):
    """Check the persona exactly as the app will load it; errors beside the fields they name."""
    _instructor(studio, request)
    persona, errors = _parse(yaml_text)
    ok = f"✓ **{persona.name}** is valid ({len(persona.story_layers)} story layers)." if persona else ""
    return check_outputs(errors, ok)


def save_persona(studio: Studio, yaml_text: str, request: gr.Request | None = None):
    """Validate, then write `<id>.yaml` to the instructor persona folder (text kept as written)."""
    _instructor(studio, request)
    persona, errors = _parse(yaml_text)
    if persona is None:
        gr.Warning("Not saved: fix the problems shown first.")
        return check_outputs(errors, "")
    folder = studio.runtime.instructor_persona_dir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{persona.id}.yaml"
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(yaml_text if yaml_text.endswith("\n") else yaml_text + "\n", encoding="utf-8")
    tmp.replace(path)
    load_persona(path)  # the file on disk loads exactly as the app will load it
    shipped = (LIBRARY_DIR / f"{persona.id}.yaml").exists()
    note = " It overrides the shipped persona with the same id." if shipped else ""
    gr.Info(f"Saved {persona.name}.")
    return check_outputs([], f"✓ Saved **{persona.name}** to `{path}`.{note}")


def try_persona(studio: Studio, yaml_text: str, request: gr.Request | None = None):
    """Start a test chat (kind="test_chat") with the persona as it is in the editor, saved or not."""
    user = _instructor(studio, request)
    persona, errors = _parse(yaml_text)
    if persona is None:
        raise gr.Error(f"Fix the persona first ({len(errors)} problem(s)): press Validate to see them.")
    try:
        live = studio.sessions.start(user.id, persona, kind="test_chat")
    except Exception as exc:  # noqa: BLE001
        raise gr.Error(f"The test chat could not start: {exc}") from None
    feedback, trust = panels(live, detail=True)
    return (
        live.session.id, gr.update(visible=True), chat_header(persona, False, "test_chat"),
        session_messages(live.session), gr.update(value="", interactive=True), gr.update(interactive=True),
        gr.update(visible=False), feedback, trust,
    )


def send_test_message(studio: Studio, session_id: str | None, text: str, request: gr.Request | None = None):
    """A turn in the instructor's test chat: like practice, with the story layers listed."""
    _instructor(studio, request)
    yield from stream_turn(studio, session_id, text, request, detail=True)
