"""The persona editor's form: which fields it shows, and converting form <-> YAML <-> errors.

Why only the common fields: story layers, triggers and risk cues are nested lists that read
better as YAML than as a wall of widgets; the form covers the fields every persona has, and
the raw YAML editor covers everything. Pure functions, unit-tested without Gradio.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from personas.loader import PersonaError

LIST_FIELDS = {"presenting_concerns", "strengths", "hopes"}


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str  # text | long | number | trust | difficulty | list
    info: str = ""
    lines: int = 1


FORM_FIELDS: tuple[FormField, ...] = (
    FormField("id", "Id", "text", "lowercase-with-hyphens; also the file name"),
    FormField("name", "Name", "text"),
    FormField("age", "Age", "number"),
    FormField("pronouns", "Pronouns", "text"),
    FormField("difficulty", "Difficulty", "difficulty"),
    FormField("initial_trust", "Initial trust", "trust", "0 = closed, 1 = fully open"),
    FormField("summary", "Summary", "text", "one line for the persona picker (10-200 characters)"),
    FormField("context", "Context", "text", "e.g. alcohol use · veteran · housing loss"),
    FormField("opening_line", "Opening line", "long", "the first thing they say", 2),
    FormField("background", "Background", "long", "", 5),
    FormField("communication_style", "Communication style", "long", "", 3),
    FormField("presenting_concerns", "Presenting concerns", "list", "one per line", 3),
    FormField("strengths", "Strengths", "list", "one per line", 3),
    FormField("hopes", "Hopes", "list", "one per line", 3),
    FormField("facilitator_notes", "Facilitator notes", "long",
              "for instructors only: never shown to trainees or sent to the model", 4),
)
FORM_NAMES: tuple[str, ...] = tuple(f.name for f in FORM_FIELDS)


class _BlockDumper(yaml.SafeDumper):
    """Multi-line text as `|` blocks, so the YAML editor stays readable."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_BlockDumper.add_representer(str, _str)


def dump_yaml(data: dict) -> str:
    return yaml.dump(data, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=100)


def load_mapping(text: str) -> dict | None:
    """The YAML as a dict, or None if it does not parse to a mapping."""
    try:
        data = yaml.safe_load(text or "")
    except yaml.YAMLError:
        return None
    if data is None:
        return {}
    return data if isinstance(data, dict) else None


def to_form_value(field: FormField, value: Any) -> Any:
    if field.kind == "list":
        return "\n".join(str(v) for v in value) if isinstance(value, list) else ("" if value is None else str(value))
    if field.kind in ("number", "trust"):
        return value if isinstance(value, int | float) else None
    if field.kind == "difficulty":
        return value if value in ("beginner", "intermediate", "advanced") else None
    return "" if value is None else str(value)


def from_form_value(field: FormField, value: Any) -> Any:
    if field.kind == "list":
        return [line.strip() for line in str(value or "").splitlines() if line.strip()]
    if field.kind == "number":
        return None if value in (None, "") else int(value) if float(value).is_integer() else value
    if field.kind == "trust":
        return None if value in (None, "") else round(float(value), 2)
    text = str(value or "")
    return text.strip() if field.kind in ("text", "difficulty") else text.rstrip()


def form_values(data: dict) -> list[Any]:
    """Values for the form's widgets, in FORM_FIELDS order."""
    return [to_form_value(f, data.get(f.name)) for f in FORM_FIELDS]


def form_changes(data: dict, values: list[Any] | tuple[Any, ...]) -> dict[str, Any]:
    """The fields whose form value differs from the YAML's (as the YAML would store them)."""
    changes = {}
    for field, value in zip(FORM_FIELDS, values, strict=True):
        converted = from_form_value(field, value)
        current = data.get(field.name)
        if converted is None and (current is None or to_form_value(field, current) is None):
            continue  # empty in the form because the form cannot show the YAML's value: keep it
        if field.kind in ("long", "text", "difficulty") and isinstance(current, str) and isinstance(converted, str):
            if converted.strip() == current.strip():
                continue
        elif converted == current:
            continue
        changes[field.name] = converted
    return changes


def merge_form(yaml_text: str, values: list[Any] | tuple[Any, ...]) -> str | None:
    """The YAML with the form's changed fields written in; None if the YAML is broken.

    If the form changed nothing, the text comes back as written (comments and layout kept).
    """
    data = load_mapping(yaml_text)
    if data is None:
        return None
    changes = form_changes(data, values)
    if not changes:
        return yaml_text
    data.update(changes)
    return dump_yaml(data)


def error_field(error: PersonaError) -> str | None:
    """The form field an error belongs to, or None if it belongs to the YAML (nested fields)."""
    top = error.field.split(".")[0].split("[")[0]
    return top if top in FORM_NAMES else None


def error_text(error: PersonaError) -> str:
    return f"⚠ {error.message}. Fix: {error.fix}"


def split_errors(errors: list[PersonaError]) -> tuple[dict[str, list[str]], list[str]]:
    """Errors by form field (shown beside it) and the rest (shown beside the YAML editor)."""
    by_field: dict[str, list[str]] = {}
    rest: list[str] = []
    for err in errors:
        name = error_field(err)
        if name:
            by_field.setdefault(name, []).append(error_text(err))
        else:
            where = f"`{err.field}`: " if err.field else ""
            rest.append(f"- {where}{err.message}. Fix: {err.fix}")
    return by_field, rest


TEMPLATE_YAML = """\
# A new persona. Replace every field; `python -m personas validate FILE` checks it too.
id: new-persona
name: Alex Morgan
age: 30
pronouns: they/them
summary: One line for the picker, who they are and what brings them in.
context: "substance use · employment"
background: |
  Where they live and with whom, work, their history with substance use or mental health,
  and why they came to peer support now. Write it in the third person.
presenting_concerns:
  - what they want to talk about first
strengths:
  - something they are good at or proud of
hopes:
  - something they want for themselves
communication_style: |
  How they talk: sentence length, humour, what they do when nervous or pushed.
voice_examples:
  - "A line in their own voice."
opening_line: "Hi. I'm not really sure where to start."
difficulty: beginner
initial_trust: 0.3
story_layers:
  # Shared only once trust reaches trust_required, lowest first.
  - trust_required: 0.0
    title: the surface
    content: What they will say to anyone, the everyday version of their situation.
  - trust_required: 0.5
    title: the harder part
    content: What they share only once they feel listened to.
  - trust_required: 0.8
    title: the secret
    content: What they have told almost no one, and only with real trust.
triggers:
  - name: being told what to do
    behaviors: [advise, direct]
    reaction: They go quiet and agree without meaning it.
risk_cues: []
facilitator_notes: |
  Learning goals and common mistakes, for instructors only.
"""
