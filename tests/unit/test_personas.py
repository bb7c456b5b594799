"""The persona library and loader, as an instructor or trainee would notice them.

Every shipped persona must load and be usable; every broken file must produce an error that
names the file, the field and the fix; and one bad file must never stop the others loading.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from personas import (
    LIBRARY_DIR,
    Persona,
    PersonaFileError,
    dump_persona,
    load_library,
    load_persona,
    parse_persona,
)
from personas.loader import persona_files

ROOT = Path(__file__).resolve().parents[2]
LIBRARY_FILES = persona_files([LIBRARY_DIR])

# A small, valid persona used as the starting point for the error cases.
VALID = {
    "id": "test-person",
    "name": "Test Person",
    "age": 40,
    "pronouns": "she/her",
    "summary": "A persona used by the unit tests.",
    "context": "testing",
    "background": "Test Person lives in a test fixture and has done so for years.",
    "presenting_concerns": ["being parsed"],
    "strengths": ["patient"],
    "hopes": ["to validate"],
    "communication_style": "Short, plain sentences.",
    "voice_examples": ["I'm fine, thanks."],
    "opening_line": "Hi.",
    "difficulty": "beginner",
    "initial_trust": 0.3,
    "story_layers": [
        {"trust_required": 0.2, "content": "I live in a test fixture.", "title": "home"},
        {"trust_required": 0.5, "content": "I worry that a refactor will delete me."},
        {"trust_required": 0.8, "content": "I have never told anyone my real assertion."},
    ],
    "triggers": [
        {
            "name": "being told what to do",
            "behaviors": ["advise", "direct"],
            "keywords": ["you should"],
            "reaction": "Goes quiet and says 'sure'.",
        }
    ],
    "risk_cues": [
        {
            "kind": "passive suicidal ideation",
            "statement": "Some nights I think it'd be easier if I didn't wake up.",
            "keywords": ["didn't wake up"],
            "trust_required": 0.5,
        }
    ],
    "facilitator_notes": "SECRET-FACILITATOR-NOTE: ask directly about the risk cue.",
}


def data(**changes) -> dict:
    out = copy.deepcopy(VALID)
    out.update(changes)
    return out


def as_yaml(d: dict) -> str:
    return yaml.safe_dump(d, sort_keys=False, allow_unicode=True)


def errors_of(text: str, path: str = "test-person.yaml") -> PersonaFileError:
    with pytest.raises(PersonaFileError) as info:
        parse_persona(text, path)
    return info.value


def fields_of(exc: PersonaFileError) -> list[str]:
    return [e.field for e in exc.errors]


# --------------------------------------------------------------------------- the library


def test_library_loads_every_file_without_errors():
    library = load_library()
    assert library.errors == [], "\n".join(str(e) for e in library.errors)
    assert len(LIBRARY_FILES) >= 10
    assert len(library.personas) == len(LIBRARY_FILES)


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: p.stem)
def test_shipped_persona_is_complete(path: Path):
    persona = load_persona(path)
    assert persona.id == path.stem
    layers = [layer.trust_required for layer in persona.story_layers]
    assert len(layers) >= 3
    assert layers == sorted(layers)
    # Something to say from the start, and something kept for a trusted listener.
    assert layers[0] <= persona.initial_trust
    assert layers[-1] >= 0.75
    assert all(layer.title for layer in persona.story_layers)
    assert persona.triggers
    assert persona.strengths and persona.hopes and persona.presenting_concerns
    assert persona.facilitator_notes.strip()
    assert len(persona.voice_examples) >= 3
    assert persona.opening_line.strip()
    # Keywords are matched against lowercased text: they must be lowercase to ever match.
    for trigger in persona.triggers:
        assert all(k == k.lower() for k in trigger.keywords), trigger.name
    for cue in persona.risk_cues:
        assert cue.keywords and all(k == k.lower() for k in cue.keywords), cue.kind


def test_at_least_two_personas_carry_risk_cues():
    with_cues = [p.id for p in load_library().personas.values() if p.risk_cues]
    assert len(with_cues) >= 2, with_cues


def test_persona_ids_are_unique():
    ids = [load_persona(path).id for path in LIBRARY_FILES]
    assert len(ids) == len(set(ids))


def test_library_covers_every_difficulty():
    levels = {p.difficulty for p in load_library().personas.values()}
    assert levels == {"beginner", "intermediate", "advanced"}


# --------------------------------------------------------------------------- error messages


def test_yaml_syntax_error_names_file_and_line():
    text = as_yaml(VALID) + "summary: [unclosed\n"
    exc = errors_of(text, "broken.yaml")
    message = str(exc)
    assert "broken.yaml" in message
    assert "line " in message
    assert "YAML syntax error" in message
    assert "Fix:" in message


def test_yaml_syntax_error_reports_the_right_line():
    text = "id: test-person\nname: Test\nsummary: oops: a colon\n"
    message = str(errors_of(text, "broken.yaml"))
    assert "line 3" in message


def test_unknown_field_is_named_with_a_fix():
    text = as_yaml(data(backgroud="typo of background"))
    exc = errors_of(text)
    assert "backgroud" in fields_of(exc)
    message = str(exc)
    assert "backgroud" in message
    assert "remove" in message and "spelling" in message


def test_missing_required_field_is_named():
    d = data()
    del d["summary"]
    exc = errors_of(as_yaml(d))
    assert fields_of(exc) == ["summary"]
    assert "required field is missing" in str(exc)
    assert "add the field `summary`" in str(exc)


def test_initial_trust_above_one_is_rejected():
    exc = errors_of(as_yaml(data(initial_trust=1.5)))
    assert fields_of(exc) == ["initial_trust"]
    assert "initial_trust" in str(exc)


def test_story_layers_out_of_order_are_rejected():
    layers = copy.deepcopy(VALID["story_layers"])
    layers[0]["trust_required"], layers[1]["trust_required"] = 0.6, 0.2
    exc = errors_of(as_yaml(data(story_layers=layers)))
    assert fields_of(exc) == ["story_layers"]
    assert "ordered by trust_required" in str(exc)


def test_trigger_without_behaviors_or_keywords_is_rejected():
    trigger = {"name": "vague", "reaction": "Closes down for a while."}
    exc = errors_of(as_yaml(data(triggers=[trigger])))
    assert fields_of(exc) == ["triggers[0]"]
    assert "behaviors" in str(exc) and "keywords" in str(exc)


def test_unknown_behavior_code_is_rejected_with_its_path():
    trigger = dict(VALID["triggers"][0], behaviors=["lecture"])
    exc = errors_of(as_yaml(data(triggers=[trigger])))
    assert fields_of(exc) == ["triggers[0].behaviors[0]"]


def test_every_problem_in_a_file_is_reported_at_once():
    d = data(initial_trust=1.5, difficulty="expert", backgroud="x")
    del d["hopes"]
    fields = set(fields_of(errors_of(as_yaml(d))))
    assert {"initial_trust", "difficulty", "backgroud", "hopes"} <= fields


def test_file_that_is_not_a_mapping_is_explained():
    exc = errors_of("- just\n- a list\n", "list.yaml")
    assert "list.yaml" in str(exc)
    assert "not a mapping" in str(exc)


# --------------------------------------------------------------------------- loading files


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path):
    (tmp_path / "test-person.yaml").write_text(as_yaml(VALID), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(
        as_yaml(data(id="broken", initial_trust=1.5)), encoding="utf-8"
    )
    library = load_library([tmp_path])
    assert list(library.personas) == ["test-person"]
    assert library.paths["test-person"] == tmp_path / "test-person.yaml"
    assert len(library.errors) == 1
    error = library.errors[0]
    assert error.path.endswith("broken.yaml")
    assert error.field == "initial_trust"


def test_file_name_must_match_id(tmp_path: Path):
    path = tmp_path / "someone-else.yaml"
    path.write_text(as_yaml(VALID), encoding="utf-8")
    with pytest.raises(PersonaFileError) as info:
        load_persona(path)
    message = str(info.value)
    assert "someone-else.yaml" in message
    assert "test-person" in message
    assert info.value.errors[0].field == "id"
    # And the library reports it rather than loading it under the wrong name.
    library = load_library([tmp_path])
    assert library.personas == {}
    assert [e.field for e in library.errors] == ["id"]


def test_file_that_is_not_utf8_is_an_error_not_a_crash(tmp_path: Path):
    (tmp_path / "test-person.yaml").write_text(as_yaml(VALID), encoding="utf-8")
    (tmp_path / "latin1.yaml").write_bytes("id: latin1\nname: Jos\xe9\n".encode("latin-1"))
    library = load_library([tmp_path])
    assert list(library.personas) == ["test-person"]
    assert len(library.errors) == 1
    assert "latin1.yaml" in str(library.errors[0])
    assert "UTF-8" in str(library.errors[0])


def test_missing_file_is_an_error(tmp_path: Path):
    with pytest.raises(PersonaFileError) as info:
        load_persona(tmp_path / "nobody.yaml")
    assert "nobody.yaml" in str(info.value)


def test_later_directory_overrides_earlier_id(tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "test-person.yaml").write_text(as_yaml(VALID), encoding="utf-8")
    (second / "test-person.yaml").write_text(as_yaml(data(name="Override")), encoding="utf-8")
    library = load_library([first, second])
    assert library.personas["test-person"].name == "Override"
    assert library.paths["test-person"] == second / "test-person.yaml"


# --------------------------------------------------------------------------- round trip, hash, views


def test_dump_round_trips_to_an_equal_persona():
    persona = parse_persona(as_yaml(VALID))
    assert parse_persona(dump_persona(persona)) == persona


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: p.stem)
def test_shipped_persona_round_trips(path: Path):
    persona = load_persona(path)
    again = parse_persona(dump_persona(persona))
    assert again == persona
    assert again.content_hash() == persona.content_hash()


def test_content_hash_is_stable_and_tracks_content():
    text = as_yaml(VALID)
    first, second = parse_persona(text), parse_persona(text)
    assert first.content_hash() == second.content_hash()
    assert len(first.content_hash()) == 64
    changed = parse_persona(as_yaml(data(summary="A slightly different summary line.")))
    assert changed.content_hash() != first.content_hash()
    layers = copy.deepcopy(VALID["story_layers"])
    layers[2]["content"] = "I have never told anyone my real fixture."
    assert parse_persona(as_yaml(data(story_layers=layers))).content_hash() != first.content_hash()


def test_public_view_hides_facilitator_notes_and_story():
    persona = parse_persona(as_yaml(VALID))
    view = json.dumps(persona.public_view())
    assert "SECRET-FACILITATOR-NOTE" not in view
    for layer in persona.story_layers:
        assert layer.content not in view
    for cue in persona.risk_cues:
        assert cue.statement not in view
    assert persona.public_view()["layers"] == len(persona.story_layers)


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: p.stem)
def test_shipped_public_view_hides_private_text(path: Path):
    persona = load_persona(path)
    view = json.dumps(persona.public_view(), ensure_ascii=False)
    assert persona.facilitator_notes not in view
    assert "facilitator" not in view.lower()
    for layer in persona.story_layers:
        assert layer.content not in view
    for cue in persona.risk_cues:
        assert cue.statement not in view
    assert set(persona.public_view()) == {
        "id",
        "name",
        "age",
        "pronouns",
        "summary",
        "context",
        "difficulty",
        "layers",
    }


def test_schema_is_strict_in_nested_objects():
    layers = copy.deepcopy(VALID["story_layers"])
    layers[0]["trust"] = 0.2
    exc = errors_of(as_yaml(data(story_layers=layers)))
    assert "story_layers[0].trust" in fields_of(exc)


def test_persona_model_accepts_the_valid_fixture():
    assert Persona.model_validate(VALID).id == "test-person"


# --------------------------------------------------------------------------- the CLI


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "personas", "validate", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_validates_the_shipped_library():
    result = run_cli()
    assert result.returncode == 0, result.stderr
    assert f"{len(LIBRARY_FILES)} valid, 0 with errors" in result.stderr
    assert "ERROR" not in result.stderr


def test_cli_reports_a_bad_file_and_fails(tmp_path: Path):
    bad = tmp_path / "test-person.yaml"
    bad.write_text(as_yaml(data(initial_trust=1.5)), encoding="utf-8")
    result = run_cli(str(bad))
    assert result.returncode == 1
    assert "ERROR" in result.stderr
    assert "initial_trust" in result.stderr
    assert str(bad) in result.stderr


def test_cli_reports_bad_file_among_good_ones(tmp_path: Path):
    (tmp_path / "test-person.yaml").write_text(as_yaml(VALID), encoding="utf-8")
    (tmp_path / "typo.yaml").write_text(as_yaml(data(id="typo", backgroud="x")), encoding="utf-8")
    result = run_cli(str(tmp_path))
    assert result.returncode == 1
    assert "ok    " in result.stdout and "test-person.yaml" in result.stdout
    assert "ERROR" in result.stderr and "backgroud" in result.stderr
    assert "1 valid, 1 with errors" in result.stderr
