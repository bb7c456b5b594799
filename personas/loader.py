"""Load persona YAML files into `Persona` models with errors an instructor can act on.

Every error names the file, the field and the fix. One bad file never stops the others
loading: `load_library` returns the good personas and the errors side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from personas.schema import Persona

LIBRARY_DIR = Path(__file__).parent / "library"


@dataclass(frozen=True)
class PersonaError:
    """One problem in one persona file."""

    path: str
    field: str
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.path}: {self.field}" if self.field else self.path
        return f"{where}: {self.message}. Fix: {self.fix}"


class PersonaFileError(ValueError):
    """A persona file that cannot be used; `errors` lists every problem found."""

    def __init__(self, errors: list[PersonaError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class Library:
    personas: dict[str, Persona] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    errors: list[PersonaError] = field(default_factory=list)


_FIXES = {
    "missing": "add the field `{field}` (see personas/library/*.yaml for an example)",
    "extra_forbidden": "remove `{field}` or check its spelling; allowed fields are listed in personas/schema.py",
    "string_pattern_mismatch": "use lowercase letters, digits and hyphens, e.g. `maria-lopez`",
    "less_than_equal": "use a number no larger than the limit",
    "greater_than_equal": "use a number no smaller than the limit",
    "literal_error": "use one of the allowed values",
    "string_too_short": "write more here",
    "string_too_long": "shorten it",
    "too_short": "add at least one item",
    "list_type": "write a YAML list (lines starting with `- `)",
    "float_parsing": "write a number between 0 and 1, e.g. 0.3",
    "int_parsing": "write a whole number",
    "string_type": "write text here (quote it if it starts with a special character)",
}


def _field_path(loc: tuple) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1]}[{item}]"] if parts else [f"[{item}]"]
        else:
            parts.append(str(item))
    return ".".join(parts)


def errors_from_validation(path: str, exc: ValidationError) -> list[PersonaError]:
    out = []
    for err in exc.errors():
        fld = _field_path(tuple(err["loc"]))
        fix = _FIXES.get(err["type"], "correct the value as the message says").format(field=fld)
        msg = err["msg"]
        if err["type"] == "missing":
            msg = "required field is missing"
        out.append(PersonaError(path=path, field=fld, message=msg, fix=fix))
    return out


def parse_persona(text: str, path: str = "<text>") -> Persona:
    """Parse YAML text into a Persona or raise PersonaFileError naming file, field and fix."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise PersonaFileError(
            [
                PersonaError(
                    path=path,
                    field=where,
                    message=f"YAML syntax error: {problem}",
                    fix="check indentation and quoting there (text containing ': ' must be quoted)",
                )
            ]
        ) from None
    if not isinstance(data, dict):
        raise PersonaFileError(
            [
                PersonaError(
                    path=path,
                    field="",
                    message="the file is not a mapping of fields",
                    fix="start with `id: your-persona-id` and one `field: value` per line",
                )
            ]
        )
    try:
        return Persona.model_validate(data)
    except ValidationError as exc:
        raise PersonaFileError(errors_from_validation(path, exc)) from None


def load_persona(path: str | Path) -> Persona:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PersonaFileError(
            [PersonaError(str(path), "", f"cannot read file ({exc.strerror})", "check the path")]
        ) from None
    except UnicodeDecodeError as exc:
        raise PersonaFileError(
            [
                PersonaError(
                    str(path),
                    "",
                    f"the file is not UTF-8 text (byte {exc.start})",
                    "save the file as UTF-8",
                )
            ]
        ) from None
    persona = parse_persona(text, str(path))
    if path.stem != persona.id:
        raise PersonaFileError(
            [
                PersonaError(
                    str(path),
                    "id",
                    f"id {persona.id!r} does not match the file name {path.name!r}",
                    f"rename the file to {persona.id}.yaml or set id: {path.stem}",
                )
            ]
        )
    return persona


def persona_files(directories: list[Path]) -> list[Path]:
    files: list[Path] = []
    for directory in directories:
        if directory.is_dir():
            files.extend(sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml")))
    return files


def load_library(directories: list[Path] | None = None) -> Library:
    """Load every persona in the directories; later directories override earlier ids."""
    library = Library()
    for path in persona_files(directories or [LIBRARY_DIR]):
        try:
            persona = load_persona(path)
        except PersonaFileError as exc:
            library.errors.extend(exc.errors)
            continue
        library.personas[persona.id] = persona
        library.paths[persona.id] = path
    return library


def dump_persona(persona: Persona) -> str:
    """YAML for a persona, fields in schema order, long text as block scalars."""

    class _Dumper(yaml.SafeDumper):
        pass

    def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    _Dumper.add_representer(str, _str)
    data = persona.model_dump(mode="json", exclude_defaults=False)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
