"""The studio's handlers called directly (no server): practice flow, errors that keep the typed
text, assessment mode, debrief exports, history, the persona studio, users and isolation."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pytest
import yaml

from simulator.fakes import RecordingChatModel
from simulator.runtime import Runtime
from simulator.settings import load_settings
from studio import history, persona_studio, practice
from studio.binding import bind
from studio.context import Studio
from studio.feedback_view import render_feedback, render_trust
from studio.header import whoami
from studio.persona_form import FORM_NAMES, TEMPLATE_YAML, form_values, merge_form
from studio.users import (
    UserDirectory,
    UserRecord,
    hash_password,
    read_users,
    verify_password,
    write_users,
)
from studio.users import (
    main as users_main,
)

TEST_PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
LONG = "x" * 60


def as_request(name: str) -> SimpleNamespace:
    return SimpleNamespace(username=name)


def make_studio(tmp_path: Path, evaluator, model=None, users_file: Path | None = None) -> Studio:
    settings = load_settings({}, data_dir=tmp_path / "data", client_backend="fake", seed=7,
                             persona_dirs=[TEST_PERSONAS], max_message_chars=50, users_file=users_file)
    runtime = Runtime(settings=settings, client_model=model or RecordingChatModel(), evaluator=evaluator)
    return Studio.create(runtime)


@pytest.fixture
def studio(tmp_path, scripted_evaluator):
    s = make_studio(tmp_path, scripted_evaluator)
    yield s
    s.runtime.store.close()


def start(studio: Studio, assessment: bool = False, request=None) -> str:
    return practice.start_session(studio, "sam-test", assessment, request)[0]


def send(studio: Studio, sid: str, text: str, request=None) -> list[tuple]:
    return list(practice.send_message(studio, sid, text, request))


def chat_text(messages: list[dict]) -> str:
    return "\n".join(m["content"] for m in messages)


# -- binding ----------------------------------------------------------------------------------
def test_bind_keeps_the_name_hides_studio_and_keeps_generators():
    sentinel = object()
    bound = bind(practice.send_message, sentinel)
    assert bound.__name__ == "send_message"
    assert list(inspect.signature(bound).parameters) == ["session_id", "text", "request"]
    assert inspect.isgeneratorfunction(bound)
    plain = bind(practice.start_session, sentinel)
    assert not inspect.isgeneratorfunction(plain)
    assert list(inspect.signature(plain).parameters) == ["persona_id", "assessment", "request"]


# -- practice ---------------------------------------------------------------------------------
def test_start_shows_the_opening_line_and_hides_the_picker(studio):
    out = dict(zip(practice.START_OUTPUTS, practice.start_session(studio, "sam-test", False), strict=True))
    assert out["session_id"]
    assert out["chat"] == [{"role": "assistant", "content": studio.runtime.library().personas["sam-test"].opening_line}]
    assert out["picker_box"]["visible"] is False and out["chat_box"]["visible"] is True
    assert "Parts of their story shared" in out["trust"]


def test_start_needs_a_known_persona(studio):
    with pytest.raises(gr.Error, match="Choose a persona"):
        practice.start_session(studio, "nobody", False)


def test_a_turn_shows_feedback_first_with_input_disabled_then_the_streamed_reply(studio):
    sid = start(studio)
    steps = send(studio, sid, "It sounds like work is a lot.")
    first = dict(zip(practice.SEND_OUTPUTS, steps[0], strict=True))
    assert first["message"] == {"__type__": "update", "value": "", "interactive": False}
    assert first["send_btn"]["interactive"] is False
    assert "Your turn 1" in first["feedback"] and "Complex reflection" in first["feedback"]
    assert len(steps) > 3  # streamed in pieces
    last = dict(zip(practice.SEND_OUTPUTS, steps[-1], strict=True))
    assert last["message"]["interactive"] is True and last["resend_btn"]["visible"] is False
    assert "rough few weeks" in chat_text(last["chat"])
    assert [e.kind for e in studio.runtime.store.events(sid)].count("client") == 2


@pytest.mark.parametrize(("text", "message"), [("   ", "Type something"), (LONG, "limit is 50")])
def test_refused_text_raises_before_anything_changes_so_the_box_keeps_it(studio, text, message):
    sid = start(studio)
    with pytest.raises(gr.Error, match=message):
        send(studio, sid, text)
    assert not studio.runtime.store.events(sid, kind="trainee")


def test_a_failed_reply_offers_resend_and_resend_answers_without_rescoring(tmp_path, scripted_evaluator):
    model = RecordingChatModel(errors=[RuntimeError("endpoint down"), RuntimeError("still down")])
    studio = make_studio(tmp_path, scripted_evaluator, model)
    sid = start(studio)
    with pytest.warns(UserWarning, match="did not answer"):
        steps = send(studio, sid, "How are you?")
    last = dict(zip(practice.SEND_OUTPUTS, steps[-1], strict=True))
    assert last["resend_btn"]["visible"] is True and last["message"]["interactive"] is True
    assert "How are you?" in chat_text(last["chat"])  # the trainee's turn is kept on screen
    seen = len(scripted_evaluator.seen)
    again = dict(zip(practice.SEND_OUTPUTS, list(practice.resend_reply(studio, sid))[-1], strict=True))
    assert again["resend_btn"]["visible"] is False and "rough few weeks" in chat_text(again["chat"])
    assert len(scripted_evaluator.seen) == seen


def test_assessment_mode_hides_feedback_and_trust_until_the_debrief(studio):
    out = dict(zip(practice.START_OUTPUTS, practice.start_session(studio, "sam-test", True), strict=True))
    assert "Assessment mode" in out["feedback"] and out["trust"] == ""
    step = dict(zip(practice.SEND_OUTPUTS, send(studio, out["session_id"], "It sounds like a lot.")[0], strict=True))
    assert "Assessment mode" in step["feedback"] and "Your turn" not in step["feedback"] and step["trust"] == ""
    assert studio.runtime.store.get_session(out["session_id"]).settings["assessment"] is True
    end = dict(zip(practice.END_OUTPUTS, practice.end_session(studio, out["session_id"]), strict=True))
    assert "## Scores" in end["debrief_md"]


def test_end_session_gives_the_debrief_plots_and_parseable_exports(studio):
    sid = start(studio)
    for text in ("It sounds like work is a lot.", "What keeps you going?", "You need to rest."):
        send(studio, sid, text)
    out = dict(zip(practice.END_OUTPUTS, practice.end_session(studio, sid), strict=True))
    assert out["debrief_box"]["visible"] is True and out["chat_box"]["visible"] is False
    assert "Reflection-to-question ratio" in out["debrief_md"]
    assert out["scores_plot"].axes and out["trust_plot"].axes
    data = json.loads(Path(out["download_json"]).read_text())
    assert data["debrief"]["turns"] == 3 and len(data["transcript"]) == 4
    assert "FACILITATOR-ONLY" not in Path(out["download_json"]).read_text()
    assert Path(out["download_md"]).read_text().startswith("# Debrief")
    assert [e.kind for e in studio.runtime.store.events(sid)][-1] == "ended"
    with pytest.raises(gr.Error, match="ended"):
        send(studio, sid, "one more")


def test_a_session_missing_from_the_registry_is_rebuilt_from_the_log(studio):
    sid = start(studio)
    send(studio, sid, "It sounds like a lot.")
    studio.sessions.forget("local", sid)
    steps = send(studio, sid, "What keeps you going?")
    assert "What keeps you going?" in chat_text(steps[-1][0]) and "It sounds like a lot." in chat_text(steps[-1][0])


def test_start_over_returns_to_the_picker(studio):
    sid = start(studio)
    out = dict(zip(practice.OVER_OUTPUTS, practice.start_over(studio, sid), strict=True))
    assert out["session_id"] is None and out["picker_box"]["visible"] is True


def test_the_trainee_page_never_shows_facilitator_notes_or_hidden_story(studio):
    picker = practice.picker_choices(studio, "sam-test")
    card = practice.describe_persona(studio, "sam-test")
    sid = start(studio)
    steps = send(studio, sid, "It sounds like a lot.")
    page = json.dumps([picker, card, steps], default=str)
    assert "FACILITATOR-ONLY" not in page and "SECRET-LAYER" not in page
    assert "FACILITATOR-ONLY" not in studio.runtime.model().last_prompt_text


# -- feedback view ----------------------------------------------------------------------------
def test_feedback_uses_colour_classes_and_words_and_escapes_text(studio):
    sid = start(studio)
    send(studio, sid, "You need to <b>listen</b>")
    turn = studio.sessions.get("local", sid).session.turns[0]
    html = render_feedback(turn)
    assert "pp-l1" in html and "needs work" in html and "Directing" in html
    assert "&lt;b&gt;listen&lt;/b&gt;" in html and "<b>listen</b>" not in html
    assert "Try instead" in html
    turn.evaluation.flags.append("risk_cue_missed")
    assert "Missed a risk cue" in render_feedback(turn)


def test_trust_meter_shows_percent_mood_and_story_progress(persona):
    html = render_trust(persona, {"trust": 0.45, "unlocked": [0, 1], "mood": "warming up", "last_delta": 0.05})
    assert 'aria-valuenow="45"' in html and "warming up" in html and "2 of 4" in html and "+0.05" in html
    assert "the cravings" not in html
    assert "the cravings" in render_trust(persona, {"trust": 0.45, "unlocked": [0, 1]}, detail=True)


# -- history ----------------------------------------------------------------------------------
def test_history_lists_sessions_with_mean_scores_and_opens_one(studio):
    sid = start(studio)
    send(studio, sid, "It sounds like a lot.")  # scripted: 5.0
    send(studio, sid, "You need to rest.")  # scripted: 1.0
    practice.end_session(studio, sid)
    table, pick = history.list_history(studio)
    row = table["value"][0]
    assert row[1] == "Sam Ortiz" and row[3] == 2 and row[4:7] == ["3.0", "3.0", "3.0"] and row[7] == "ended"
    assert pick["value"] == sid
    out = dict(zip(history.OPEN_OUTPUTS, history.open_history(studio, sid), strict=True))
    assert "You (turn 2):** You need to rest." in out["history_transcript"]
    assert "needs work" in out["history_transcript"]
    assert "MITI-style summary" in out["history_debrief_md"]
    json.loads(Path(out["history_download_json"]).read_text())


# -- users, login and isolation ---------------------------------------------------------------------
@pytest.fixture
def users_file(tmp_path) -> Path:
    path = tmp_path / "users.toml"
    write_users(path, {
        "ana": UserRecord("ana", "trainee", hash_password("ana-password")),
        "ben": UserRecord("ben", "trainee", hash_password("ben-password", "pbkdf2")),
        "ida": UserRecord("ida", "instructor", hash_password("ida-password")),
    })
    return path


@pytest.fixture
def login_studio(tmp_path, scripted_evaluator, users_file):
    s = make_studio(tmp_path, scripted_evaluator, users_file=users_file)
    yield s
    s.runtime.store.close()


def test_passwords_are_hashed_and_verified():
    for scheme in ("scrypt", "pbkdf2"):
        stored = hash_password("correct horse", scheme)
        assert "correct horse" not in stored
        assert verify_password("correct horse", stored) and not verify_password("wrong", stored)
    assert not verify_password("x", "plaintext") and not verify_password("x", "scrypt$bad")


def test_users_file_roles_and_login(users_file):
    users = UserDirectory(users_file)
    assert users.authenticate("ana", "ana-password") and users.authenticate("ben", "ben-password")
    assert not users.authenticate("ana", "ben-password") and not users.authenticate("nobody", "x")
    assert users.role("ida") == "instructor" and users.role("ana") == "trainee"


def test_users_cli_adds_a_user_with_a_hashed_password(tmp_path, monkeypatch):
    path = tmp_path / "u.json"
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("s3cret-pass\n"))
    assert users_main(["--file", str(path), "add", "zoe", "--role", "instructor", "--password-stdin"]) == 0
    record = read_users(path)["zoe"]
    assert record.role == "instructor" and "s3cret-pass" not in path.read_text()
    assert UserDirectory(path).authenticate("zoe", "s3cret-pass")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("short\n"))
    assert users_main(["--file", str(path), "add", "amy", "--password-stdin"]) == 2


def test_with_login_on_a_request_without_a_user_is_refused(login_studio):
    with pytest.raises(gr.Error, match="log in"):
        practice.start_session(login_studio, "sam-test", False, None)


def test_users_only_reach_their_own_sessions(login_studio):
    ana, ben = as_request("ana"), as_request("ben")
    sid = start(login_studio, request=ana)
    send(login_studio, sid, "It sounds like a lot.", request=ana)
    assert login_studio.runtime.store.get_session(sid).user_id == "ana"
    with pytest.raises(gr.Error, match="not found"):
        send(login_studio, sid, "hello", request=ben)
    with pytest.raises(gr.Error, match="not found"):
        practice.end_session(login_studio, sid, ben)
    with pytest.raises(gr.Error, match="not found"):
        history.open_history(login_studio, sid, ben)
    table, pick = history.list_history(login_studio, ben)
    assert pick["choices"] == [] and sid not in json.dumps(table)
    assert history.list_history(login_studio, ana)[1]["value"] == sid


def test_only_instructors_get_the_persona_studio(login_studio):
    trainee, instructor = as_request("ana"), as_request("ida")
    assert whoami(login_studio, trainee)[1]["visible"] is False
    assert whoami(login_studio, instructor)[1]["visible"] is True
    for call in (lambda r: persona_studio.list_personas(login_studio, None, r),
                 lambda r: persona_studio.open_persona(login_studio, "sam-test", r),
                 lambda r: persona_studio.save_persona(login_studio, TEMPLATE_YAML, r)):
        with pytest.raises(gr.Error, match="instructors"):
            call(trainee)
    listing, pick, _ = persona_studio.list_personas(login_studio, None, instructor)
    assert "Sam Ortiz" in listing and ("Sam Ortiz (sam-test)", "sam-test") in pick["choices"]


# -- persona studio ------------------------------------------------------------------------------
def editor(out: tuple) -> dict:
    return dict(zip(persona_studio.EDITOR_OUTPUTS, out, strict=True))


def checks(out: tuple) -> dict:
    return dict(zip(persona_studio.CHECK_OUTPUTS, out, strict=True))


def test_open_shows_the_file_with_notes_in_the_form(studio):
    out = editor(persona_studio.open_persona(studio, "sam-test"))
    assert out["ps_yaml"].startswith("# A small persona")  # the file as written, comments kept
    assert out["pf_name"] == "Sam Ortiz" and out["pf_age"] == 34
    assert out["pf_facilitator_notes"].startswith("FACILITATOR-ONLY")  # shown here, for instructors
    assert out["pf_presenting_concerns"] == "keeping his job\ncravings after long shifts"


def test_new_persona_template_is_valid(studio):
    out = editor(persona_studio.new_persona(studio))
    assert checks(persona_studio.validate_persona(studio, out["ps_yaml"]))["ps_status"].startswith("✓")


def test_validation_errors_go_beside_their_form_field_or_the_yaml(studio):
    data = yaml.safe_load(TEMPLATE_YAML)
    data["age"] = 7
    data["story_layers"][1]["trust_required"] = 2
    out = checks(persona_studio.validate_persona(studio, yaml.safe_dump(data)))
    assert out["pe_age"]["visible"] is True and "Fix:" in out["pe_age"]["value"]
    assert out["pe_name"]["visible"] is False
    assert "story_layers[1].trust_required" in out["ps_yaml_errors"]
    assert "2 problems" in out["ps_status"]


def test_yaml_syntax_errors_are_shown_beside_the_yaml(studio):
    out = checks(persona_studio.validate_persona(studio, "id: x\nname: [unclosed\n"))
    assert "YAML syntax error" in out["ps_yaml_errors"] and "line" in out["ps_yaml_errors"]


def test_form_edits_are_written_into_the_yaml_keeping_other_fields():
    values = form_values(yaml.safe_load(TEMPLATE_YAML))
    values[FORM_NAMES.index("name")] = "Jo Park"
    values[FORM_NAMES.index("strengths")] = "patient\n\ngood cook\n"
    merged = yaml.safe_load(merge_form(TEMPLATE_YAML, values))
    assert merged["name"] == "Jo Park" and merged["strengths"] == ["patient", "good cook"]
    assert merged["story_layers"] == yaml.safe_load(TEMPLATE_YAML)["story_layers"]
    assert merge_form("id: [broken", values) is None


def test_show_form_keeps_the_form_when_the_yaml_is_broken():
    out = persona_studio.show_form("id: [broken")
    assert out[len(FORM_NAMES)] == "form" and all(v == gr.skip() for v in out[: len(FORM_NAMES)])
    assert "syntax error" in out[-1]


def test_sync_form_only_applies_when_the_form_is_the_editor():
    assert persona_studio.sync_form("yaml", TEMPLATE_YAML, *form_values({})) == gr.skip()
    values = form_values(yaml.safe_load(TEMPLATE_YAML))
    values[FORM_NAMES.index("name")] = "Jo Park"
    assert "Jo Park" in persona_studio.sync_form("form", TEMPLATE_YAML, *values)


def test_duplicate_then_save_adds_a_persona_the_picker_offers(studio):
    out = editor(persona_studio.duplicate_persona(studio, "sam-test"))
    assert out["pf_id"] == "sam-test-copy" and out["pf_name"] == "Sam Ortiz (copy)"
    saved = checks(persona_studio.save_persona(studio, out["ps_yaml"]))
    assert saved["ps_status"].startswith("✓ Saved")
    path = studio.runtime.instructor_persona_dir / "sam-test-copy.yaml"
    assert path.exists() and path.read_text().startswith("id: sam-test-copy")
    choices = practice.picker_choices(studio)[0]["choices"]
    assert ("Sam Ortiz (copy) · beginner", "sam-test-copy") in choices
    again = editor(persona_studio.duplicate_persona(studio, "sam-test"))
    assert again["pf_id"] == "sam-test-copy-2"


def test_an_invalid_persona_is_not_saved(studio):
    with pytest.warns(UserWarning, match="Not saved"):
        out = checks(persona_studio.save_persona(studio, TEMPLATE_YAML.replace("age: 30", "age: 300")))
    assert out["pe_age"]["visible"] is True
    assert not (studio.runtime.instructor_persona_dir / "new-persona.yaml").exists()


def test_try_it_runs_a_test_chat_with_the_unsaved_persona(studio):
    text = TEMPLATE_YAML.replace("name: Alex Morgan", "name: Alex Tester")
    out = dict(zip(persona_studio.TRY_OUTPUTS, persona_studio.try_persona(studio, text), strict=True))
    sid = out["ps_session_id"]
    assert studio.runtime.store.get_session(sid).kind == "test_chat"
    assert "Test chat" in out["ps_chat_header"]
    steps = list(persona_studio.send_test_message(studio, sid, "It sounds like a lot."))
    assert "the surface" in steps[0][5]  # instructors see which story layers are open
    assert "Learning goals" not in studio.runtime.model().last_prompt_text  # notes never reach the model
    with pytest.raises(gr.Error, match="Fix the persona"):
        persona_studio.try_persona(studio, "id: [broken")


def test_an_unchanged_form_leaves_the_yaml_as_written(studio):
    text = editor(persona_studio.open_persona(studio, "sam-test"))["ps_yaml"]
    values = form_values(yaml.safe_load(text))
    assert merge_form(text, values) == text  # comments and layout kept
    assert persona_studio.show_yaml(text, *values)[0] == text


def test_a_yaml_value_the_form_cannot_show_is_not_overwritten():
    text = TEMPLATE_YAML.replace("age: 30", "age: thirty")
    values = form_values(yaml.safe_load(text))
    assert values[FORM_NAMES.index("age")] is None
    values[FORM_NAMES.index("name")] = "Jo Park"
    merged = yaml.safe_load(merge_form(text, values))
    assert merged["age"] == "thirty" and merged["name"] == "Jo Park"
