"""The blind grading of suggestions (`bench/suggestion_form.py`) hides which version wrote a
suggestion and gives each version its own rates.

Why: the before/after comparison is only fair if the reader cannot tell the versions apart,
and a suggestion both versions wrote must be graded once and count for both.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import suggestion_form as bench  # noqa: E402


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def test_blind_list_hides_the_version_and_score_counts_shared_pairs_for_both(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path / "old.json", [
        {"client": "I can't sleep.", "suggestion": "It sounds like you can't sleep."},
        {"client": "idk what to do", "suggestion": "It sounds like what to do."},
    ])
    new = _write(tmp_path / "new.json", [
        {"client": "I can't sleep.", "suggestion": "It sounds like you can't sleep."},
        {"client": "idk what to do", "suggestion": "It sounds like you don't know what to do."},
    ])
    out = tmp_path / "grade"
    assert bench.main(["blind", "--a", str(old), "--b", str(new), "--out", str(out)]) == 0
    items = json.loads((out / "grade_items.json").read_text(encoding="utf-8"))
    assert len(items) == 3  # the shared pair once
    assert all(set(item) == {"id", "client", "suggestion"} for item in items)
    by_text = {item["suggestion"]: item["id"] for item in items}
    grades = {i: {"well_formed": 1, "faithful": 1} for i in by_text.values()}
    grades[by_text["It sounds like what to do."]] = {"well_formed": 0, "faithful": 0}
    (out / "grades.json").write_text(json.dumps(grades), encoding="utf-8")
    capsys.readouterr()
    assert bench.main(["score", "--dir", str(out)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["a"]["well_formed"] == 0.5 and result["b"]["well_formed"] == 1.0
    assert result["a"]["both"] == 0.5 and result["b"]["n"] == 2


def test_versions_from_different_samples_are_refused(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.json", [{"client": "x", "suggestion": "s"}])
    b = _write(tmp_path / "b.json", [{"client": "y", "suggestion": "s"}])
    with pytest.raises(SystemExit, match="different samples"):
        bench.main(["blind", "--a", str(a), "--b", str(b), "--out", str(tmp_path / "g")])


def test_fits_is_rated_when_graded_and_mixed_faults_change_the_question(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"client": "My dad died in May.", "suggestion": "It sounds like your dad died in May."}]
    a, b = _write(tmp_path / "a.json", rows), _write(tmp_path / "b.json", rows)
    out = tmp_path / "grade"
    bench.main(["blind", "--a", str(a), "--b", str(b), "--out", str(out)])
    (only,) = json.loads((out / "grade_items.json").read_text(encoding="utf-8"))
    grades = {only["id"]: {"well_formed": 1, "faithful": 1, "fits": 0}}
    (out / "grades.json").write_text(json.dumps(grades), encoding="utf-8")
    capsys.readouterr()
    bench.main(["score", "--dir", str(out)])
    result = json.loads(capsys.readouterr().out)
    assert result["a"]["both"] == 1.0 and result["a"]["fits"] == 0.0 and result["a"]["all"] == 0.0
    # the weak turn a suggestion follows picks its question: advice, then minimising, ...
    client = "I can't sleep since I lost my job."
    asked = {bench.suggestion_for(client, fault).split(". ")[-1] for fault in bench.FAULTS}
    assert len(asked) >= 3


def test_make_can_take_its_client_turns_from_a_file(tmp_path: Path) -> None:
    clients = tmp_path / "clients.jsonl"
    clients.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate(
        ["My dad died in May.", "i got my 30 day chip!!", "My dad died in May."])) + "\n",
        encoding="utf-8")
    out = tmp_path / "s.json"
    bench.main(["make", "--out", str(out), "--clients", str(clients), "--mixed-faults"])
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [r["client"] for r in rows] == ["My dad died in May.", "i got my 30 day chip!!"]
    assert all(r["suggestion"] for r in rows)
