"""Train the n-gram second opinions (`ngram.py`): evaluators/data/ngram.npz and
evaluators/data/ngram_authority.npz.

    .venv/bin/python -m evaluators.train_ngram     # about three minutes

Deterministic: hashed unigrams and bigrams in DIM buckets plus six scalars, one L2-regularised
logistic regression per head (Newton's method, `train_classifier.fit_logistic`) with LAMBDA
fixed in advance, on tuning sets only (never a heldout set):
- the reflection / advice / affirmation model on dev to dev7 (SPLITS). The reflection arbiter
  trains on the tuning sets this model did not see (`train_arbiter.py`), so its training sets
  stay fixed; adding a tuning set here means retraining the arbiter;
- the authority model on every tuning set (`accuracy.TUNING_SPLITS`): whether a turn is
  authoritative, and which of advise / direct / confront / warn it is.
Nothing here was chosen by looking at a held-out set; which heads may add codes, and at which
probability, was decided as `ngram.py`'s docstring says.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Sequence

import numpy as np

from evaluators.accuracy import DATA_DIR, GROUPS, TUNING_SPLITS, last_client, load_labelled
from evaluators.ngram import (
    AUTHORITY_HEADS,
    AUTHORITY_WEIGHTS,
    HEADS,
    WEIGHTS,
    NgramModel,
    features,
)
from evaluators.train_classifier import fit_logistic

SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
DIM = 4096
LAMBDA = 10.0
ITERATIONS = 15


def train(splits: Sequence[str], heads: Sequence[str]) -> NgramModel:
    """One model with a head per group of `accuracy.GROUPS` or single behaviour code."""
    items = [item for split in splits for item in load_labelled(DATA_DIR / f"{split}.jsonl")]
    x = features([i["utterance"] for i in items], [last_client(i) for i in items], DIM)
    mean, std = x[:, DIM:].mean(0), x[:, DIM:].std(0) + 1e-6
    x[:, DIM:] = (x[:, DIM:] - mean) / std
    weights, biases, positives = [], [], {}
    for head in heads:
        codes = GROUPS.get(head, frozenset({head}))
        y = np.array([bool(codes & set(i["behaviors"])) for i in items], dtype=float)
        positives[head] = int(y.sum())
        w, b = fit_logistic(x, y, LAMBDA, iters=ITERATIONS)
        weights.append(w)
        biases.append(b)
    digest = hashlib.sha256()
    for split in splits:
        digest.update((DATA_DIR / f"{split}.jsonl").read_bytes())
    return NgramModel(dim=DIM, mean=mean, std=std, weight=np.array(weights),
                      bias=np.array(biases), heads=tuple(heads),
                      meta={"trained_on": list(splits), "n_items": len(items), "lambda": LAMBDA,
                            "positives": positives, "data_sha256_16": digest.hexdigest()[:16]})


def main() -> int:
    for splits, heads, path in ((SPLITS, HEADS, WEIGHTS),
                                (TUNING_SPLITS, AUTHORITY_HEADS, AUTHORITY_WEIGHTS)):
        started = time.perf_counter()
        model = train(splits, heads)
        model.save(path)
        print(f"{model.meta['n_items']} items from {', '.join(splits)}; positives "
              f"{model.meta['positives']}; wrote {path} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
