"""Settings: defaults < config file < environment, and errors that say how to fix them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.settings import Settings, SettingsError, load_settings


@pytest.fixture(autouse=True)
def _no_local_config(tmp_path, monkeypatch):
    # ./peer_practice.toml is read if present: run every test from an empty directory.
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


def config(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "peer_practice_test.toml"
    path.write_text(text, encoding="utf-8")
    return {"PEER_PRACTICE_CONFIG": str(path)}


def test_defaults(tmp_path):
    s = load_settings({})
    assert s.client_backend == "local"
    assert s.judge_backend == "none"
    assert s.temperature == 0.7
    assert s.seed is None
    assert s.max_message_chars == 1500
    assert s.history_token_budget == 1200
    assert s.evaluator_names == ["local"]
    assert s.port == 7860 and s.host == "127.0.0.1"
    assert s.openai_api_key is None and s.openai_base_url is None


def test_derived_paths_follow_data_dir(tmp_path):
    s = load_settings({}, data_dir=tmp_path / "d")
    assert s.resolved_model_dir == tmp_path / "d" / "models"
    assert s.resolved_database_url == f"sqlite:///{tmp_path / 'd' / 'sessions.db'}"
    s = load_settings({}, data_dir=tmp_path / "d", model_dir=tmp_path / "m", database_url="sqlite:///:memory:")
    assert s.resolved_model_dir == tmp_path / "m"
    assert s.resolved_database_url == "sqlite:///:memory:"


def test_env_overrides_config_file_which_overrides_defaults(tmp_path):
    env = config(tmp_path, 'temperature = 0.2\nport = 9000\nclient_backend = "fake"\n')
    env["PEER_PRACTICE_TEMPERATURE"] = "0.9"
    s = load_settings(env)
    assert s.temperature == 0.9  # env beats file
    assert s.port == 9000  # file beats default
    assert s.client_backend == "fake"
    assert s.max_message_chars == 1500  # default where neither says anything


def test_explicit_overrides_beat_env(tmp_path):
    s = load_settings({"PEER_PRACTICE_SEED": "3"}, seed=11)
    assert s.seed == 11


def test_env_values_are_parsed(tmp_path):
    s = load_settings(
        {
            "PEER_PRACTICE_SEED": "42",
            "PEER_PRACTICE_PERSONA_DIRS": os.pathsep.join([str(tmp_path / "a"), str(tmp_path / "b")]),
            "PEER_PRACTICE_EVALUATORS": "local, llm_judge",
            "PEER_PRACTICE_DATABASE_URL": "none",
            "PEER_PRACTICE_CLIENT_BACKEND": "",  # empty means unset
        }
    )
    assert s.seed == 42
    assert s.persona_dirs == [tmp_path / "a", tmp_path / "b"]
    assert s.evaluator_names == ["local", "llm_judge"]
    assert s.database_url is None
    assert s.client_backend == "local"


def test_the_process_environment_is_read_by_default(monkeypatch):
    monkeypatch.setenv("PEER_PRACTICE_PORT", "8123")
    assert load_settings().port == 8123


def test_a_local_config_file_in_the_working_directory_is_read():
    Path("peer_practice.toml").write_text("max_reply_tokens = 64\n")
    assert load_settings({}).max_reply_tokens == 64


def test_a_typod_backend_names_the_env_var():
    with pytest.raises(SettingsError) as info:
        load_settings({"PEER_PRACTICE_CLIENT_BACKEND": "lcoal"})
    message = str(info.value)
    assert "PEER_PRACTICE_CLIENT_BACKEND" in message
    assert "lcoal" in message


def test_an_out_of_range_value_names_the_setting_and_var():
    with pytest.raises(SettingsError) as info:
        load_settings({"PEER_PRACTICE_TEMPERATURE": "5"})
    assert "temperature" in str(info.value)
    assert "PEER_PRACTICE_TEMPERATURE" in str(info.value)


def test_an_unknown_config_key_is_refused(tmp_path):
    with pytest.raises(SettingsError, match="temprature"):
        load_settings(config(tmp_path, "temprature = 0.1\n"))


@pytest.mark.parametrize("role_var", ["PEER_PRACTICE_CLIENT_BACKEND", "PEER_PRACTICE_JUDGE_BACKEND"])
def test_openai_without_key_or_base_url_names_both_variables(role_var):
    with pytest.raises(SettingsError) as info:
        load_settings({role_var: "openai"})
    message = str(info.value)
    assert "PEER_PRACTICE_OPENAI_API_KEY" in message
    assert "PEER_PRACTICE_OPENAI_BASE_URL" in message


@pytest.mark.parametrize(
    "extra",
    [{"PEER_PRACTICE_OPENAI_API_KEY": "sk-test"}, {"PEER_PRACTICE_OPENAI_BASE_URL": "http://localhost:8000/v1"}],
)
def test_openai_with_key_or_base_url_is_fine(extra):
    s = load_settings({"PEER_PRACTICE_CLIENT_BACKEND": "openai", **extra})
    assert s.client_backend == "openai"


def test_a_missing_config_file_named_by_the_variable_is_an_error(tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(SettingsError) as info:
        load_settings({"PEER_PRACTICE_CONFIG": str(missing)})
    assert str(missing) in str(info.value)
    assert "PEER_PRACTICE_CONFIG" in str(info.value)


def test_bad_toml_is_an_error_naming_the_file(tmp_path):
    env = config(tmp_path, "temperature = = 0.2\n[unclosed\n")
    with pytest.raises(SettingsError) as info:
        load_settings(env)
    assert "not valid TOML" in str(info.value)
    assert env["PEER_PRACTICE_CONFIG"] in str(info.value)


def test_model_options_record_backend_model_temperature_seed():
    s = load_settings(
        {}, client_backend="openai", client_model="gpt-4o-mini", openai_base_url="http://h/v1",
        temperature=0.4, seed=5, max_reply_tokens=100, judge_backend="fake", judge_model="judge-x",
    )
    client = s.model_options("client")
    assert client == {
        "backend": "openai", "model": "gpt-4o-mini", "temperature": 0.4, "seed": 5,
        "max_tokens": 100, "base_url": "http://h/v1",
    }
    judge = s.model_options("judge")
    assert (judge["backend"], judge["model"], judge["temperature"], judge["seed"]) == ("fake", "judge-x", 0.0, 5)
    assert judge["base_url"] is None


def test_local_model_options_name_the_embedded_model():
    s = load_settings({}, client_model="something-else", seed=1)
    opts = s.model_options("client")
    assert opts["backend"] == "local"
    assert opts["model"] == Settings.model_fields["client_model"].default
    assert opts["temperature"] == 0.7 and opts["seed"] == 1


def test_assignment_is_validated():
    s = load_settings({})
    with pytest.raises(ValueError):
        s.temperature = -1
