"""Serve a built studio on a free 127.0.0.1 port: shared by the app and browser tests.

Why a plain module: both tiers launch the same way, and a helper imported by name from two
`conftest.py` files is ambiguous (both are the module `conftest`). pytest puts `tests/` on
sys.path (rootdir conftest), so `from serving import serve` works from every tier.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(app) -> Iterator[str]:
    """Launch without blocking, yield the URL, close the server afterwards."""
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()
