"""The scoring CLI through a real subprocess: the measurement contract in DESIGN.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evaluators", *args], cwd=ROOT, capture_output=True, text=True,
        timeout=60, check=False,
    )


def test_scores_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    lines = [
        json.dumps({"id": "a", "history": [{"role": "client", "text": "I hate my job."}],
                    "utterance": "You really hate it.", "extra": {"ignored": True}}),
        "{not json",
        json.dumps({"id": "c", "history": []}),
        json.dumps({"id": "d", "utterance": 42}),
        "",
        json.dumps({"id": "f", "history": "nope", "utterance": "Hi"}),
        json.dumps({"id": "g", "utterance": "Mm-hmm."}),
    ]
    cases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "preds.jsonl"
    proc = run_cli("score", "--in", str(cases), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    for number in (2, 3, 4, 6):
        assert f"line {number}:" in proc.stderr
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == ["a", "g"]
    for pred in preds:
        assert set(pred) == {"id", "scores", "behaviors"}
        assert set(pred["scores"]) == {"active_listening", "validation", "non_authoritative"}
        assert all(isinstance(v, float) and 1 <= v <= 5 for v in pred["scores"].values())
    assert preds[1]["behaviors"] == ["other"]


def test_unknown_evaluator_is_a_clear_error(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": 1, "utterance": "Hi"}) + "\n", encoding="utf-8")
    proc = run_cli("score", "--in", str(cases), "--out", str(tmp_path / "o.jsonl"),
                   "--evaluator", "nope")
    assert proc.returncode == 2 and "unknown evaluator" in proc.stderr


def test_local_scoring_imports_neither_langchain_nor_gradio(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": 1, "utterance": "How are you?"}) + "\n", encoding="utf-8")
    code = (
        "import sys; from evaluators.cli import main; "
        f"main(['score', '--in', {str(cases)!r}, '--out', {str(tmp_path / 'o.jsonl')!r}]); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('langchain_core', 'gradio')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_unscored_dimension_is_written_as_null(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evaluators import cli, registry
    from evaluators.types import Score, Scores, TurnEvaluation

    class Unscoring:
        name, version, args = "unscoring", "t", {}

        def evaluate(self, turn):  # noqa: ANN001, ANN201
            return TurnEvaluation(utterance=turn.utterance, scores=Scores(
                active_listening=Score(value=3.0), validation=Score.unscored("judge garbage"),
                non_authoritative=Score(value=4.0)))

    monkeypatch.setitem(registry._FACTORIES, "unscoring", f"{__name__}:_make_unscoring")
    globals()["_make_unscoring"] = lambda **_: Unscoring()
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": 1, "utterance": "Hi"}) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert cli.main(["score", "--in", str(cases), "--out", str(out), "--evaluator",
                     "unscoring"]) == 0
    pred = json.loads(out.read_text(encoding="utf-8"))
    assert pred["scores"] == {"active_listening": 3.0, "validation": None,
                              "non_authoritative": 4.0}


def test_judge_without_model_is_a_clear_error(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": 1, "utterance": "Hi"}) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEER_PRACTICE_")}
    env["PEER_PRACTICE_DATA_DIR"] = str(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "evaluators", "score", "--in", str(cases), "--out",
         str(tmp_path / "o.jsonl"), "--evaluator", "llm_judge"],
        cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
        timeout=60, check=False,
    )
    assert proc.returncode == 2 and "no judge model is configured" in proc.stderr


def test_unparseable_judge_writes_null_and_combined_falls_back(tmp_path: Path) -> None:
    # The fake judge backend answers with chat text, not a verdict: unscored -> null.
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": 1, "history": [{"role": "client", "text": "I'm tired."}],
                                 "utterance": "You're worn out."}) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEER_PRACTICE_")}
    env.update(PEER_PRACTICE_JUDGE_BACKEND="fake", PEER_PRACTICE_DATA_DIR=str(tmp_path),
               PYTHONPATH=str(ROOT))
    for name, expect_null in (("llm_judge", True), ("combined", False)):
        out = tmp_path / f"{name}.jsonl"
        proc = subprocess.run(
            [sys.executable, "-m", "evaluators", "score", "--in", str(cases), "--out", str(out),
             "--evaluator", name],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
        )
        assert proc.returncode == 0, proc.stderr
        scores = json.loads(out.read_text(encoding="utf-8"))["scores"]
        if expect_null:
            assert scores == dict.fromkeys(scores)
        else:
            assert all(isinstance(v, float) for v in scores.values())


def _case(case_id: str, utterance: str) -> str:
    return json.dumps({"id": case_id, "history": [{"role": "client", "text": "I'm so tired."}],
                       "utterance": utterance}, ensure_ascii=False)


def test_a_windows_saved_file_with_a_stray_byte_loses_only_that_line(tmp_path: Path) -> None:
    # Excel/Notepad: a byte-order mark and CRLF endings; one line pasted from a Latin-1 source
    cases = tmp_path / "cases.jsonl"
    cases.write_bytes(b"\xef\xbb\xbf" + _case("a", "You sound worn out.").encode() + b"\r\n"
                      + _case("b", "Caf\xe9 again?").encode("latin-1") + b"\r\n"
                      + _case("c", "What's wearing you out?").encode() + b"\r\n")
    out = tmp_path / "preds.jsonl"
    proc = run_cli("score", "--in", str(cases), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "line 2: not UTF-8 text (byte 0xe9" in proc.stderr
    assert "line 1:" not in proc.stderr and "line 3:" not in proc.stderr
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == ["a", "c"]
    assert preds[1]["behaviors"] == ["open_question"]


def test_a_utf16_file_from_powershell_is_read(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(_case("a", "Épuisée, you said. Tell me more.") + "\r\n"
                     + _case("b", "You're exhausted.") + "\r\n", encoding="utf-16")
    out = tmp_path / "preds.jsonl"
    proc = run_cli("score", "--in", str(cases), "--out", str(out))
    assert proc.returncode == 0 and "skipped 0" in proc.stderr, proc.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        "a", "b"]


def test_writing_over_the_input_is_refused_and_the_cases_are_kept(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    text = _case("a", "You sound worn out.") + "\n"
    cases.write_text(text, encoding="utf-8")
    proc = run_cli("score", "--in", str(cases), "--out", str(tmp_path / "." / "cases.jsonl"))
    assert proc.returncode == 2 and "is the --in file" in proc.stderr
    assert cases.read_text(encoding="utf-8") == text


def test_two_worker_processes_write_what_one_does_in_input_order(tmp_path: Path) -> None:
    """The local evaluator is scored in forked workers by default (PEER_PRACTICE_CLI_WORKERS
    picks how many): same lines, same order, same bad-line reports as one process."""
    items = [json.loads(line) for line in
             (ROOT / "evaluators/data/heldout.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = [json.dumps({"id": i["id"], "history": i["history"], "utterance": i["utterance"]})
             for i in items[:150]]
    lines.insert(70, "{not json")
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs, reports = [], []
    for workers in ("1", "2"):
        out = tmp_path / f"preds{workers}.jsonl"
        env = {**os.environ, "PEER_PRACTICE_CLI_WORKERS": workers}
        proc = subprocess.run([sys.executable, "-m", "evaluators", "score", "--in", str(cases),
                               "--out", str(out)], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, check=False, env=env)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_text(encoding="utf-8"))
        reports.append([line for line in proc.stderr.splitlines() if "line " in line])
        assert f"with 'local' ({workers} process" in proc.stderr
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["id"] for line in outputs[1].splitlines()] == [i["id"] for i in items[:150]]
    assert reports[0] == reports[1] == [f"{cases}: line 71: invalid JSON (Expecting property name "
                                        "enclosed in double quotes at column 2); skipped"]


def test_a_bad_worker_count_is_refused_with_the_fix(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": "a", "utterance": "Mm-hmm."}) + "\n", encoding="utf-8")
    env = {**os.environ, "PEER_PRACTICE_CLI_WORKERS": "two"}
    proc = subprocess.run([sys.executable, "-m", "evaluators", "score", "--in", str(cases),
                           "--out", str(tmp_path / "p.jsonl")], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False, env=env)
    assert proc.returncode == 2
    assert "PEER_PRACTICE_CLI_WORKERS='two'" in proc.stderr and "whole number" in proc.stderr
