"""`python -m personas validate PATH…`: check persona files the way the app will load them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from personas.loader import LIBRARY_DIR, PersonaFileError, load_persona, persona_files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m personas", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="validate persona YAML files or directories")
    validate.add_argument("paths", nargs="*", type=Path, help=f"files or directories (default: {LIBRARY_DIR})")
    args = parser.parse_args(argv)

    paths: list[Path] = []
    for p in args.paths or [LIBRARY_DIR]:
        paths.extend(persona_files([p]) if p.is_dir() else [p])
    if not paths:
        print("no persona files found", file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        try:
            persona = load_persona(path)
        except PersonaFileError as exc:
            failed += 1
            for err in exc.errors:
                print(f"ERROR {err}", file=sys.stderr)
            continue
        print(f"ok    {path}: {persona.name} ({len(persona.story_layers)} story layers)")
    print(f"{len(paths) - failed} valid, {failed} with errors", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
