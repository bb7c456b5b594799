"""The launched studio driven through its API with gradio_client (fake chat model, scripted
evaluator): a whole practice session, and user isolation with login on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError, AuthenticationError
from serving import serve  # tests/serving.py

from simulator.fakes import RecordingChatModel
from simulator.runtime import Runtime
from simulator.settings import load_settings
from studio.users import UserRecord, hash_password, write_users

pytestmark = pytest.mark.app

TEST_PERSONAS = Path(__file__).resolve().parents[1] / "data" / "personas"
TURNS = ["It sounds like work has you worn out.", "What keeps you going?", "You need to quit that job."]


def make_runtime(tmp_path: Path, evaluator, **settings) -> Runtime:
    s = load_settings({}, data_dir=tmp_path / "data", client_backend="fake", seed=7,
                      persona_dirs=[TEST_PERSONAS], **settings)
    return Runtime(settings=s, client_model=RecordingChatModel(), evaluator=evaluator)


@pytest.fixture
def url(tmp_path, scripted_evaluator):
    from app import build_app

    runtime = make_runtime(tmp_path, scripted_evaluator)
    yield from serve(build_app(runtime))
    runtime.store.close()


def texts(chat: list[dict]) -> list[str]:
    return [part["text"] for m in chat for part in m["content"]]


def test_a_whole_practice_session_through_the_api(url):
    client = Client(url, verbose=False)
    header, chat, _message, feedback, trust = client.predict("sam-test", False, api_name="/start_session")
    assert "Sam Ortiz" in header and "not really sure" in texts(chat)[0]
    assert "Parts of their story shared" in trust

    for n, text in enumerate(TURNS, 1):
        chat, message, feedback, trust = client.predict(text, api_name="/send_message")
        assert texts(chat)[-2] == text and texts(chat)[-1]  # the client answered
        assert f"Your turn {n}" in feedback
        assert "Active listening" in feedback and "pp-score" in feedback
        assert message["interactive"] is True  # input on again once the client has answered
    assert "Directing" in feedback and "Try instead" in feedback

    debrief_md, scores_plot, trust_plot, md_file, json_file = client.predict(api_name="/end_session")
    assert "## MITI-style summary" in debrief_md
    assert "| Measure | Fair | Good | You | Rating |" in debrief_md
    assert "Reflection-to-question ratio" in debrief_md and "% complex reflections" in debrief_md
    for plot in (scores_plot, trust_plot):
        assert plot["type"] == "matplotlib" and plot["plot"].startswith("data:image/png;base64,")
    exported = json.loads(Path(json_file).read_text(encoding="utf-8"))
    assert exported["debrief"]["turns"] == 3 and exported["transcript"][3]["trainee"] == TURNS[2]
    assert Path(md_file).read_text(encoding="utf-8").startswith("# Debrief")

    table, pick = client.predict(api_name="/list_history")
    assert table["value"]["data"][0][1] == "Sam Ortiz" and table["value"]["data"][0][7] == "ended"


def test_refused_input_is_an_error_the_api_reports(url):
    client = Client(url, verbose=False)
    client.predict("sam-test", False, api_name="/start_session")
    with pytest.raises(AppError, match="Type something"):
        client.predict("   ", api_name="/send_message")


@pytest.fixture
def login_url(tmp_path, scripted_evaluator):
    from app import build_app

    users = tmp_path / "users.toml"
    write_users(users, {
        "ana": UserRecord("ana", "trainee", hash_password("ana-password")),
        "ben": UserRecord("ben", "trainee", hash_password("ben-password")),
    })
    runtime = make_runtime(tmp_path, scripted_evaluator, users_file=users)
    yield from serve(build_app(runtime))
    runtime.store.close()


def test_with_login_a_user_cannot_list_or_open_another_users_sessions(login_url):
    with pytest.raises(AuthenticationError):
        Client(login_url, verbose=False)

    ana = Client(login_url, auth=("ana", "ana-password"), verbose=False)
    ana.predict("sam-test", False, api_name="/start_session")
    ana.predict(TURNS[0], api_name="/send_message")
    _, pick = ana.predict(api_name="/list_history")
    ana_session = pick["value"]
    assert ana_session and "Signed in as <strong>ana</strong>" in ana.predict(api_name="/whoami")

    ben = Client(login_url, auth=("ben", "ben-password"), verbose=False)
    table, pick = ben.predict(api_name="/list_history")
    assert pick["choices"] == [] and ana_session not in json.dumps(table)
    with pytest.raises(AppError, match="not found"):
        ben.predict(ana_session, api_name="/open_history")
    with pytest.raises(AppError, match="instructors"):
        ben.predict(None, api_name="/list_personas")

    transcript = ana.predict(ana_session, api_name="/open_history")[0]
    assert TURNS[0] in transcript
