"""Train the n-gram second opinion (`ngram.py`) and write evaluators/data/ngram.npz.

    .venv/bin/python -m evaluators.train_ngram     # about a minute

Deterministic: the tuning sets dev to dev7 (never a heldout set), hashed unigrams and bigrams
in DIM buckets plus six scalars, one L2-regularised logistic regression per head (Newton's
method, `train_classifier.fit_logistic`) with LAMBDA fixed in advance. Nothing here was chosen
by looking at a held-out set; which heads may add codes (`ngram.HEADS`) was decided from the
collections listed in `ngram.py`'s docstring.
"""

from __future__ import annotations

import hashlib
import sys
import time

import numpy as np

from evaluators.accuracy import DATA_DIR, GROUPS, last_client, load_labelled
from evaluators.ngram import HEADS, WEIGHTS, NgramModel, features
from evaluators.train_classifier import fit_logistic

SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
DIM = 4096
LAMBDA = 10.0
ITERATIONS = 15


def main() -> int:
    started = time.perf_counter()
    items = [item for split in SPLITS for item in load_labelled(DATA_DIR / f"{split}.jsonl")]
    x = features([i["utterance"] for i in items], [last_client(i) for i in items], DIM)
    mean, std = x[:, DIM:].mean(0), x[:, DIM:].std(0) + 1e-6
    x[:, DIM:] = (x[:, DIM:] - mean) / std
    weights, biases, positives = [], [], {}
    for head in HEADS:
        codes = GROUPS.get(head, frozenset({head}))  # a group of codes, or one code ("inform")
        y = np.array([bool(codes & set(i["behaviors"])) for i in items], dtype=float)
        positives[head] = int(y.sum())
        w, b = fit_logistic(x, y, LAMBDA, iters=ITERATIONS)
        weights.append(w)
        biases.append(b)
    digest = hashlib.sha256()
    for split in SPLITS:
        digest.update((DATA_DIR / f"{split}.jsonl").read_bytes())
    model = NgramModel(dim=DIM, mean=mean, std=std, weight=np.array(weights),
                       bias=np.array(biases), heads=HEADS,
                       meta={"trained_on": list(SPLITS), "n_items": len(items), "lambda": LAMBDA,
                             "positives": positives, "data_sha256_16": digest.hexdigest()[:16]})
    model.save(WEIGHTS)
    print(f"{len(items)} items from {', '.join(SPLITS)}; positives {positives}; "
          f"wrote {WEIGHTS} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
