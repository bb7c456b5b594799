"""Serve a built studio on a free 127.0.0.1 port: shared by the app and browser tests.

Why a plain module: both tiers launch the same way, and a helper imported by name from two
`conftest.py` files is ambiguous (both are the module `conftest`). pytest puts `tests/` on
sys.path (rootdir conftest), so `from serving import serve` works from every tier.
"""

from __future__ import annotations

from collections.abc import Iterator

from simulator.stub_openai import free_port


def serve(app) -> Iterator[str]:
    """Launch without blocking, yield the URL, close the server afterwards."""
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()
