"""Offline tiktoken: the bundled encodings are seeded where tiktoken looks, with no network."""

from __future__ import annotations

import hashlib
import os

import pytest
import tiktoken
import tiktoken.load
import tiktoken.registry

from simulator import tokens
from simulator.tokens import count_tokens, seed_tiktoken_cache

URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
# tiktoken_ext.openai_public's expected hash for o200k_base.
O200K_SHA256 = "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"


@pytest.fixture
def fresh_tiktoken(tmp_path, monkeypatch):
    """An empty cache dir, no in-process encodings, and any download attempt fails loudly."""
    cache = tmp_path / "tiktoken-cache"
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(cache))
    monkeypatch.setattr(tiktoken.registry, "ENCODINGS", {})

    def no_network(url):
        raise AssertionError(f"tiktoken tried to download {url}")

    monkeypatch.setattr(tiktoken.load, "read_file", no_network)
    return cache


def test_without_seeding_tiktoken_would_need_the_network(fresh_tiktoken):
    with pytest.raises(AssertionError, match="download"):
        tiktoken.get_encoding("cl100k_base")


def test_seed_writes_the_encodings_where_tiktoken_finds_them(fresh_tiktoken):
    assert seed_tiktoken_cache() == fresh_tiktoken
    for url in URLS.values():
        assert (fresh_tiktoken / hashlib.sha1(url.encode()).hexdigest()).is_file()
    enc = tiktoken.get_encoding("cl100k_base")  # reads the cache and checks its sha256
    assert enc.decode(enc.encode("hello world")) == "hello world"
    assert len(enc.encode("hello world")) == 2
    # o200k_base is seeded too (langchain-openai picks it for newer models); it is complete:
    o200k = fresh_tiktoken / hashlib.sha1(URLS["o200k_base"].encode()).hexdigest()
    assert hashlib.sha256(o200k.read_bytes()).hexdigest() == O200K_SHA256


def test_seeding_is_idempotent(fresh_tiktoken):
    seed_tiktoken_cache()
    target = fresh_tiktoken / hashlib.sha1(URLS["cl100k_base"].encode()).hexdigest()
    mtime = target.stat().st_mtime_ns
    seed_tiktoken_cache()
    assert target.stat().st_mtime_ns == mtime
    assert not list(fresh_tiktoken.glob("*.tmp"))


def test_cache_dir_defaults_under_xdg_cache_home(tmp_path, monkeypatch):
    # setenv first so monkeypatch restores the variable that _cache_dir() is about to set
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", "placeholder")
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = tokens._cache_dir()
    assert path == tmp_path / "xdg" / "peer-practice" / "tiktoken"
    assert os.environ["TIKTOKEN_CACHE_DIR"] == str(path)  # so tiktoken itself looks there


def test_count_tokens():
    assert count_tokens("hello world") == 2
    assert count_tokens("") == 0
    assert count_tokens("<|endoftext|>") > 1  # special-token text is counted, not refused
