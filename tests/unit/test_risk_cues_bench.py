"""Floors on finding risk cues in client messages (`bench/risk_cues.py`).

Why: a cue the detector misses means no flag and no safety question for the trainee, and
regular expressions regress silently when someone narrows one. The floors sit a little
under the numbers measured at stop 15 (tune 0.87 / 0.94, check 0.72 / 0.85, written
0.77 / 0.94); `fresh3`, the blind check of stop 15, has no floor here so that it stays a
measurement.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import risk_cues as bench  # noqa: E402


def test_risk_cues_are_found_on_messages_the_patterns_were_not_written_against() -> None:
    report = bench.agreement(bench.load())
    assert report["tune"]["recall"] >= 0.85 and report["tune"]["precision"] >= 0.9
    assert report["check"]["recall"] >= 0.7 and report["check"]["precision"] >= 0.8
    assert report["tune"]["cues"] + report["check"]["cues"] >= 70


def test_indirect_cues_and_their_near_misses_are_told_apart() -> None:
    report = bench.agreement(bench.load())["written"]
    assert report["cues"] >= 500 and report["n"] - report["cues"] >= 900
    assert report["recall"] >= 0.74 and report["precision"] >= 0.9


def test_the_ninth_writers_voices_stay_found_after_tuning_on_them() -> None:
    """fresh5 was measured once blind (recall 0.353, precision 0.621) and then tuned on: a floor
    keeps what the tuning bought from slipping back."""
    report = bench.agreement(bench.load())["fresh5"]
    assert report["n"] == 240 and report["cues"] == 51
    assert report["recall"] >= 0.9 and report["precision"] >= 0.9


def test_the_eleventh_writers_voices_stay_found_after_tuning_on_them() -> None:
    """fresh7 was measured once blind (recall 0.520, precision 0.619) and then tuned on."""
    report = bench.agreement(bench.load())["fresh7"]
    assert report["n"] == 240 and report["cues"] == 50
    assert report["recall"] >= 0.9 and report["precision"] >= 0.9


def test_the_twelfth_writers_voices_stay_found_after_tuning_on_them() -> None:
    """fresh8 was measured blind (recall 0.431, precision 0.478) and then tuned on (stop 27)."""
    report = bench.agreement(bench.load())["fresh8"]
    assert report["n"] == 240 and report["cues"] == 51
    assert report["recall"] >= 0.9 and report["precision"] >= 0.9


def test_the_thirteenth_writers_voices_stay_found_after_tuning_on_them() -> None:
    """fresh9 was measured blind (recall 0.451, precision 0.697) and then tuned on (stop 28)."""
    report = bench.agreement(bench.load())["fresh9"]
    assert report["n"] == 240 and report["cues"] == 51
    assert report["recall"] >= 0.9 and report["precision"] >= 0.9


def test_the_errors_listing_names_misses_and_false_alarms(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--errors", "check"]) == 0
    out = capsys.readouterr().out
    assert "check" in out and ("MISSED" in out or "FALSE" in out)
