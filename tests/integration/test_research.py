"""The research toolkit end to end on the fake chat model and the real local evaluator:
simulate -> rescore -> export -> report, resume, failures, pseudonymisation, CLI help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from evaluators.registry import get_evaluator
from evaluators.types import BEHAVIORS
from simulator import cli
from simulator.batch import BatchConfigError, BatchSpec, run_batch
from simulator.fakes import RecordingChatModel
from simulator.logged import select_sessions
from simulator.report import SECTIONS
from simulator.runtime import Runtime

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
PERSONAS = "marcus-bell,ray-delgado"


@pytest.fixture
def research_runtime(settings) -> Runtime:
    rt = Runtime(settings=settings, client_model=RecordingChatModel(), evaluator=get_evaluator("local"))
    yield rt
    rt.store.close()


def simulate(rt: Runtime, *extra: str) -> int:
    argv = ["simulate", "--batch", "e2e", "--personas", PERSONAS, "--profiles",
            "skilled,directive,novice", "--repeats", "2", "--turns", "4", "--no-progress", *extra]
    return cli.main(argv, runtime=rt)


def test_scripted_batch_end_to_end(research_runtime, tmp_path, capsys):
    rt = research_runtime
    assert simulate(rt, "--concurrency", "3") == 0
    assert "batch e2e: ok: 12 done" in capsys.readouterr().err

    sessions = select_sessions(rt.store, batch="e2e")
    assert len(sessions) == 12 and all(s.status == "ended" for s in sessions)
    first = sessions[0]
    assert first.row.kind == "batch" and first.row.label.endswith(":scripted")
    assert first.batch["turns"] == 4 and first.batch["batch_seed"] == 1 and first.batch["seed"]
    assert set(first.trainee_meta) == {1, 2, 3, 4}

    # rescore: appended beside the originals, idempotent per (evaluator, version, args)
    assert cli.main(["rescore", "--batch", "e2e", "--evaluator", "local", "--arg", "suggest=false"], runtime=rt) == 0
    assert "48 turn(s) scored" in capsys.readouterr().err
    assert cli.main(["rescore", "--batch", "e2e", "--evaluator", "local", "--arg", "suggest=false"], runtime=rt) == 0
    assert "0 turn(s) scored, 48 already done" in capsys.readouterr().err
    events = rt.store.events(first.id, kind="rescore")
    assert len(events) == 4
    payload = events[0].payload
    assert payload["evaluator"] == "local" and payload["args"]["suggest"] is False
    assert payload["version"] and payload["latency_ms"] >= 0
    assert len(rt.store.events(first.id, kind="evaluation")) == 4  # originals untouched

    # export, read back with pandas
    out = tmp_path / "export"
    assert cli.main(["export", "--batch", "e2e", "--out", str(out)], runtime=rt) == 0
    sessions_df = pd.read_csv(out / "sessions.csv")
    turns_df = pd.read_csv(out / "turns.csv")
    evals_df = pd.read_csv(out / "evaluations.csv")
    states_df = pd.read_csv(out / "states.csv")
    assert len(sessions_df) == 12 and len(turns_df) == 48
    assert len(evals_df) == 96 and set(evals_df["source"]) == {"original", "rescore"}
    assert len(states_df) == 12 * 5  # the start + one per turn
    for column in ("session_id", "profile", "turn", "trainee_text", "client_reply", "active_listening",
                   "validation", "non_authoritative", "behaviors", "trust_before", "trust_after",
                   "layers_unlocked", "prompt_tokens", "completion_tokens"):
        assert column in turns_df.columns, column
    assert all(f"b_{code}" in turns_df.columns for code in BEHAVIORS)
    assert set(turns_df["b_open_question"].unique()) <= {0, 1}
    row = turns_df.iloc[0]
    for code in str(row["behaviors"]).split(";"):
        assert row[f"b_{code}"] == 1
    assert pd.read_json(out / "turns.jsonl", lines=True).shape == turns_df.shape
    assert "evaluation" in pd.read_json(out / "evaluations.jsonl", lines=True).columns
    assert set(sessions_df["status"]) == {"ended"} and (sessions_df["n_turns"] == 4).all()
    by_profile = sessions_df.groupby("profile")["final_trust"].mean()
    assert by_profile["skilled"] > by_profile["novice"] >= by_profile["directive"]

    # report
    report_dir = tmp_path / "report"
    assert cli.main(["report", "--batch", "e2e", "--out", str(report_dir), "--price-per-1k", "0.5"], runtime=rt) == 0
    text = (report_dir / "report.md").read_text()
    for section in SECTIONS:
        assert section in text, section
    for png in ("scores_by_profile.png", "trust_trajectories.png", "separation_auc.png", "tokens_per_session.png"):
        assert (report_dir / png).stat().st_size > 1000, png
    assert "Cohen's kappa" in text  # the re-score gives a second evaluator to agree with
    numbers = json.loads((report_dir / "report.json").read_text())
    trust = next(r for r in numbers["separation"] if r["measure"] == "final_trust" and r["negative"] == "directive")
    assert trust["auc"] >= 0.9 and trust["ci_low"] <= trust["auc"] <= trust["ci_high"]
    assert numbers["tokens"]["total_cost"] > 0  # the fake backend is priced; only local is free


def test_resume_after_an_interrupted_batch(research_runtime, capsys):
    rt = research_runtime
    spec = dict(name="resume", personas=PERSONAS.split(","), profiles=["skilled", "directive"],
                repeats=2, turns=3, concurrency=1)
    finished: list[str] = []

    def interrupt_after_three(job: str, status: str) -> None:
        finished.append(job)
        if len(finished) == 3:
            raise KeyboardInterrupt

    first = run_batch(rt, BatchSpec(**spec), progress=False, on_session_done=interrupt_after_three)
    assert first.interrupted and first.exit_code == 130 and first.done >= 3
    before = {s.id: s.status for s in select_sessions(rt.store, batch="resume")}

    second = run_batch(rt, BatchSpec(**spec), progress=False)
    assert second.skipped == first.done and second.done == 8 - first.done and second.exit_code == 0
    sessions = select_sessions(rt.store, batch="resume")
    ended = [s for s in sessions if s.status == "ended"]
    assert sorted(s.batch["job"] for s in ended) == sorted(j.key for j in BatchSpec(**spec).jobs())
    # Old rows were not touched: every earlier session keeps its status (append-only log).
    assert {s.id: s.status for s in sessions if s.id in before} == before

    third = run_batch(rt, BatchSpec(**spec), progress=False)
    assert third.done == 0 and third.skipped == 8


def test_resume_refuses_changed_options(research_runtime):
    rt = research_runtime
    run_batch(rt, BatchSpec(name="fixed", personas=["marcus-bell"], profiles=["skilled"], turns=2), progress=False)
    with pytest.raises(BatchConfigError, match="--turns 2"):
        run_batch(rt, BatchSpec(name="fixed", personas=["marcus-bell"], profiles=["skilled"], turns=3), progress=False)


def test_a_failing_session_is_logged_and_the_batch_goes_on(settings, capsys):
    def responder(messages) -> str:
        if "Ray Delgado" in str(messages[0].content):
            raise ConnectionError("endpoint down")
        return "I don't know. It's been a lot lately."

    rt = Runtime(settings=settings, client_model=RecordingChatModel(responder=responder),
                 evaluator=get_evaluator("local"))
    try:
        code = cli.main(["simulate", "--batch", "flaky", "--personas", PERSONAS, "--profiles", "skilled,directive",
                         "--turns", "2", "--concurrency", "2", "--no-progress"], runtime=rt)
        err = capsys.readouterr().err
        assert code == 1
        assert "session failed: ray-delgado|skilled:scripted|1" in err and "endpoint down" in err
        assert "batch flaky: FAILED: 2 done, 0 already finished, 2 failed" in err
        sessions = select_sessions(rt.store, batch="flaky")
        failed = [s for s in sessions if s.status == "failed"]
        assert len(failed) == 2 and all(s.row.persona_id == "ray-delgado" for s in failed)
        event = rt.store.events(failed[0].id, kind="batch_failed")[0].payload
        assert "ClientUnavailable" in event["error"] and event["job"].startswith("ray-delgado|")
        assert all(s.status == "ended" for s in sessions if s.row.persona_id == "marcus-bell")
    finally:
        rt.store.close()


def test_export_pseudonymises_names_stably(research_runtime, tmp_path):
    rt = research_runtime
    run_batch(rt, BatchSpec(name="names", personas=["marcus-bell"], profiles=["skilled"], turns=3), progress=False)
    out = tmp_path / "pseudo"
    assert cli.main(["export", "--batch", "names", "--out", str(out), "--pseudonymise"], runtime=rt) == 0
    blob = "".join(p.read_text() for p in out.iterdir())
    assert "Marcus" not in blob and "marcus-bell" not in blob and "Denise" not in blob
    sessions = pd.read_csv(out / "sessions.csv")
    turns = pd.read_csv(out / "turns.csv")
    alias = sessions.loc[0, "persona_id"]
    assert alias.startswith("client-") and set(turns["persona_id"]) == {alias}
    assert sessions.loc[0, "persona_name"].startswith("Client-")
    assert sessions.loc[0, "user_id"].startswith("user-")
    # The same salt gives the same pseudonyms in a second export.
    again = tmp_path / "again"
    cli.main(["export", "--batch", "names", "--out", str(again), "--pseudonymise"], runtime=rt)
    assert pd.read_csv(again / "sessions.csv").loc[0, "persona_id"] == alias


def test_llm_trainee_mode_runs_on_the_configured_model(settings):
    model = RecordingChatModel(responses=["Trainee: It sounds like work has been heavy. What helps you?",
                                          "Yeah. It's a lot."])
    rt = Runtime(settings=settings, client_model=model, evaluator=get_evaluator("local"))
    try:
        result = run_batch(rt, BatchSpec(name="llm", personas=["marcus-bell"], profiles=["skilled"], turns=2,
                                         mode="llm"), progress=False)
        assert result.done == 1
        session = select_sessions(rt.store, batch="llm")[0]
        assert session.row.label == "skilled:llm"
        assert all(m["prompt_tokens"] > 0 for m in session.trainee_meta.values())
    finally:
        rt.store.close()


def test_empty_filters_and_bad_options_give_clear_errors(research_runtime, tmp_path, capsys):
    rt = research_runtime
    assert cli.main(["export", "--batch", "nope", "--out", str(tmp_path / "x")], runtime=rt) == 1
    assert "no sessions match" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    assert cli.main(["simulate", "--personas", "nobody", "--no-progress"], runtime=rt) == 2
    assert "unknown persona(s) nobody" in capsys.readouterr().err
    assert cli.main(["rescore", "--batch", "nope", "--evaluator", "no-such"], runtime=rt) == 2
    assert "unknown evaluator" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["simulate"], ["export"], ["rescore"], ["report"]])
def test_cli_help_reads_well(command):
    proc = subprocess.run([sys.executable, "-m", "simulator", *command, "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert text.startswith("usage: peer-practice")
    if not command:
        for sub in ("simulate", "export", "rescore", "report", "docs/RESEARCH.md"):
            assert sub in text
    if command == ["simulate"]:
        for word in ("--concurrency", "--seed", "Resumable", "skilled", "directive", "novice", "mixed"):
            assert word in text
    assert max(len(line) for line in text.splitlines()) <= 100


def test_simulate_can_choose_the_evaluator_and_its_args(settings, capsys):
    from simulator.settings import load_settings

    db = f"sqlite:///{settings.data_dir / 'chosen.db'}"
    code = cli.main(["--db", db, "simulate", "--backend", "fake", "--batch", "chosen", "--personas",
                     "marcus-bell", "--profiles", "skilled", "--turns", "1", "--no-progress",
                     "--evaluator", "local", "--evaluator-arg", "classifier=false"])
    assert code == 0, capsys.readouterr().err
    rt = Runtime(settings=load_settings({}, database_url=db, client_backend="fake"))
    try:
        session = select_sessions(rt.store, batch="chosen")[0]
        assert session.row.evaluators[0]["name"] == "local"
        assert session.row.evaluators[0]["args"]["classifier"] is False
    finally:
        rt.store.close()
