"""A small OpenAI-compatible HTTP server on loopback, for tests and benchmarks.

It answers `POST /v1/chat/completions` (plain and streaming) with scripted replies after a
fixed delay, can be told to fail the next requests with given HTTP statuses (429, 500, …) or
with garbage, and records every request body. Run standalone:
`python -m simulator.stub_openai --port 8999 --delay 0.2`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CLIENT_LINES = [
    "I don't know. It's been a lot lately.",
    "Yeah... that's kind of it. I haven't said that out loud before.",
    "Maybe. I keep thinking about how it used to be.",
    "It's hard to explain. Some days are better than others.",
]


def free_port() -> int:
    """A free TCP port on 127.0.0.1, for a server started in another thread or process."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StubOpenAI:
    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        delay: float = 0.0,
        reply: Callable[[dict], str] | None = None,
    ):
        self.delay = delay
        self.failures: list[int | str] = []  # statuses to answer next, or "garbage"
        self.requests: list[dict] = []
        self._lines = itertools.cycle(CLIENT_LINES)
        self._reply = reply or (lambda body: next(self._lines))
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, port), self._handler())
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def fail_next(self, *statuses: int | str) -> None:
        with self._lock:
            self.failures.extend(statuses)

    def start(self) -> StubOpenAI:
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> StubOpenAI:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def _next_failure(self) -> int | str | None:
        with self._lock:
            return self.failures.pop(0) if self.failures else None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _send(self, status: int, body: bytes, ctype: str = "application/json", headers: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, json.dumps({"object": "list", "data": [{"id": "stub", "object": "model"}]}).encode())
                else:
                    self._send(404, b'{"error": {"message": "not found"}}')

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with stub._lock:
                    stub.requests.append(body)
                if stub.delay:
                    time.sleep(stub.delay)
                failure = stub._next_failure()
                if failure == "garbage":
                    self._send(200, b"<html>upstream proxy error</html>", "text/html")
                    return
                if isinstance(failure, int):
                    message = {"error": {"message": f"stub failure {failure}", "type": "stub", "code": failure}}
                    self._send(failure, json.dumps(message).encode(), headers={"retry-after-ms": "10"})
                    return
                text = stub._reply(body)
                created = int(time.time())
                usage = {"prompt_tokens": 50, "completion_tokens": len(text.split()), "total_tokens": 50 + len(text.split())}
                if body.get("stream"):
                    self._stream(text, body, created, usage)
                    return
                payload = {
                    "id": "chatcmpl-stub", "object": "chat.completion", "created": created,
                    "model": body.get("model", "stub"),
                    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
                    "usage": usage,
                }
                self._send(200, json.dumps(payload).encode())

            def _stream(self, text: str, body: dict, created: int, usage: dict) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                words = text.split(" ")
                for i, word in enumerate(words):
                    piece = word if i == 0 else " " + word
                    chunk = {
                        "id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": created,
                        "model": body.get("model", "stub"),
                        "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                final = {
                    "id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": created,
                    "model": body.get("model", "stub"),
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                    "usage": usage,
                }
                self.wfile.write(f"data: {json.dumps(final)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8999)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    stub = StubOpenAI(args.host, args.port, args.delay)
    print(f"stub OpenAI server on {stub.base_url}", flush=True)
    stub.server.serve_forever()


if __name__ == "__main__":
    main()
