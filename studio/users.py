"""The users file: names, roles (trainee | instructor) and hashed passwords; and a small CLI.

Why a file and stdlib hashing: a training programme runs this on one machine, offline, with a
handful of accounts; `hashlib.scrypt` (or PBKDF2-SHA256) with a per-user salt needs no extra
package and never stores a password. The file is TOML (or JSON if its name ends in .json):

    [users."alice"]
    role = "instructor"
    password = "scrypt$16384$8$1$<salt b64>$<hash b64>"

`python -m studio.users add NAME --role instructor [--file PATH]` adds or updates a user
(the password is asked twice, or read from stdin with --password-stdin).
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import json
import os
import secrets
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Role = Literal["trainee", "instructor"]
ROLES: tuple[str, ...] = ("trainee", "instructor")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PBKDF2_ITERATIONS = 600_000
MIN_PASSWORD = 8


class UsersFileError(ValueError):
    """The users file cannot be read; the message says which file and how to fix it."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, scheme: str = "scrypt") -> str:
    salt = secrets.token_bytes(16)
    if scheme == "scrypt":
        digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
        return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"
    if scheme == "pbkdf2":
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)
        return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${_b64(salt)}${_b64(digest)}"
    raise ValueError(f"unknown password scheme {scheme!r}: use scrypt or pbkdf2")


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of a password against a stored scrypt/pbkdf2 hash."""
    try:
        parts = stored.split("$")
        if parts[0] == "scrypt" and len(parts) == 6:
            n, r, p = (int(x) for x in parts[1:4])
            salt, expected = base64.b64decode(parts[4]), base64.b64decode(parts[5])
            digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected))
        elif parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            salt, expected = base64.b64decode(parts[2]), base64.b64decode(parts[3])
            digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, int(parts[1]))
        else:
            return False
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


@dataclass(frozen=True)
class UserRecord:
    name: str
    role: Role
    password: str  # the stored hash, never the password


def read_users(path: Path) -> dict[str, UserRecord]:
    if not path.exists():
        raise UsersFileError(
            f"users file {path} does not exist: create it with "
            f"`python -m studio.users add NAME --role instructor --file {path}`"
        )
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsersFileError(f"users file {path} cannot be parsed: {exc}") from None
    users: dict[str, UserRecord] = {}
    for name, entry in (data.get("users") or {}).items():
        if not isinstance(entry, dict) or "password" not in entry:
            raise UsersFileError(f"users file {path}: user {name!r} needs a `password` hash")
        role = entry.get("role", "trainee")
        if role not in ROLES:
            raise UsersFileError(f"users file {path}: user {name!r} has role {role!r}; use trainee or instructor")
        users[name] = UserRecord(name=name, role=role, password=entry["password"])
    return users


def write_users(path: Path, users: dict[str, UserRecord]) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a users file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".json":
        text = json.dumps(
            {"users": {u.name: {"role": u.role, "password": u.password} for u in users.values()}},
            indent=2,
        )
    else:
        lines = ["# Peer Practice users: edit with `python -m studio.users`.", ""]
        for u in users.values():
            lines += [f"[users.{json.dumps(u.name)}]", f"role = {json.dumps(u.role)}",
                      f"password = {json.dumps(u.password)}", ""]
        text = "\n".join(lines)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)


class UserDirectory:
    """Reads the users file on demand (cached by mtime), so added users can log in at once."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._cache: tuple[float, dict[str, UserRecord]] | None = None

    def users(self) -> dict[str, UserRecord]:
        mtime = self.path.stat().st_mtime if self.path.exists() else -1.0
        if self._cache is None or self._cache[0] != mtime:
            self._cache = (mtime, read_users(self.path))
        return self._cache[1]

    def authenticate(self, name: str, password: str) -> bool:
        """The `auth` callable Gradio's login calls."""
        record = self.users().get(name)
        return bool(record) and verify_password(password, record.password)

    def role(self, name: str) -> Role | None:
        record = self.users().get(name)
        return record.role if record else None


# -- CLI -------------------------------------------------------------------------------------
def _default_file() -> Path | None:
    from simulator.settings import load_settings

    return load_settings().users_file


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("the passwords do not match")
    return first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.users", description="Manage Peer Practice logins.")
    parser.add_argument("--file", type=Path, help="users file (default: the users_file setting)")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add a user, or change an existing user's password and role")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="trainee")
    add.add_argument("--scheme", choices=("scrypt", "pbkdf2"), default="scrypt")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    sub.add_parser("list", help="list users and roles")
    remove = sub.add_parser("remove", help="remove a user")
    remove.add_argument("name")
    args = parser.parse_args(argv)

    path = args.file or _default_file()
    if path is None:
        print("no users file: pass --file PATH or set PEER_PRACTICE_USERS_FILE", file=sys.stderr)
        return 2
    try:
        users = read_users(path) if path.exists() else {}
    except UsersFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.command == "list":
        for u in users.values():
            print(f"{u.name}\t{u.role}")
        return 0
    if args.command == "remove":
        if users.pop(args.name, None) is None:
            print(f"no user {args.name!r} in {path}", file=sys.stderr)
            return 1
        write_users(path, users)
        print(f"removed {args.name} from {path}")
        return 0
    if not args.name.strip() or any(c.isspace() for c in args.name):
        print("a user name cannot be empty or contain spaces", file=sys.stderr)
        return 2
    password = _read_password(args.password_stdin)
    if len(password) < MIN_PASSWORD:
        print(f"the password must have at least {MIN_PASSWORD} characters", file=sys.stderr)
        return 2
    users[args.name] = UserRecord(args.name, args.role, hash_password(password, args.scheme))
    write_users(path, users)
    print(f"saved {args.name} ({args.role}) to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
