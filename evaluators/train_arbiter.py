"""Train the reflection arbiter (`arbiter.py`) and write evaluators/data/reflection_arbiter.json.

    .venv/bin/python -m evaluators.train_arbiter            # cross-validate, train, save
    .venv/bin/python -m evaluators.train_arbiter --report   # the cross-validation only

Deterministic. The training items are the tuning sets the n-gram model was *not* trained on
(its meta says which it was), so the n-gram probability the arbiter learns to weigh is the kind
it will meet on new text. Never a heldout set. The numbers printed are leave-one-writer-out
(a writer's items, e.g. all of dev8a, are predicted by a model trained without them), per kind
of context: replies to written posts (where the arbiter decides), typed chat and no context.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from typing import Any

import numpy as np

from evaluators.accuracy import DATA_DIR, GROUPS, TUNING_SPLITS, load_labelled
from evaluators.arbiter import FEATURES, WEIGHTS, ReflectionArbiter, turn_features
from evaluators.local import LocalEvaluator, _code, _squeezed
from evaluators.metrics import cohen_kappa_binary
from evaluators.ngram import get_model as get_ngram_model
from evaluators.reflections import written_post
from evaluators.train_classifier import fit_logistic
from evaluators.types import REFLECTIONS, TurnInput

LAMBDA = 1.0


def writer(item_id: str) -> str:
    """The writer group of an item: "dev8a-0001" -> "dev8a", "dev10e-0022" -> "dev10e"."""
    return item_id.split("-")[0]


def build(splits: list[str]) -> dict[str, Any]:
    """Features, labels, the evaluator's decision without the arbiter, context kind, writer."""
    ngram = get_ngram_model()
    if ngram is None:
        raise SystemExit("evaluators/data/ngram.npz is missing: python -m evaluators.train_ngram")
    without = LocalEvaluator(suggest=False, arbiter=False)
    rows: dict[str, list[Any]] = {"x": [], "y": [], "before": [], "kind": [], "writer": []}
    for split in splits:
        for item in load_labelled(DATA_DIR / f"{split}.jsonl"):
            turn = _squeezed(TurnInput(history=item.get("history", []), utterance=item["utterance"]))
            if not turn.utterance.strip():
                continue
            ctx, coding = _code(turn)
            p = ngram.predict(turn.utterance, ctx.last_client)["reflection"]
            rows["x"].append(turn_features(coding, p, bool(ctx.last_client)))
            rows["y"].append(bool(GROUPS["reflection"] & set(item["behaviors"])))
            rows["before"].append(bool(REFLECTIONS & set(without.evaluate(turn).behaviors)))
            rows["kind"].append("post" if written_post(ctx.last_client)
                                else "chat" if ctx.last_client else "no context")
            rows["writer"].append(writer(item["id"]))
    return {k: np.array(v) for k, v in rows.items()}


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean, std = x.mean(0), x.std(0) + 1e-9
    w, b = fit_logistic((x - mean) / std, y.astype(float), LAMBDA)
    return mean, std, w, float(b)


def cross_validate(data: dict[str, np.ndarray]) -> dict[str, dict[str, float]]:
    """Leave-one-writer-out reflection kappa, before and with the arbiter, per context kind."""
    x, y = data["x"], data["y"]
    predicted = np.zeros(len(y), dtype=bool)
    for group in sorted(set(data["writer"])):
        held = data["writer"] == group
        mean, std, w, b = fit(x[~held], y[~held])
        predicted[held] = ((x[held] - mean) / std) @ w + b > 0
    out = {}
    for kind in ("post", "chat", "no context"):
        m = data["kind"] == kind
        out[kind] = {"n": int(m.sum()),
                     "kappa_before": cohen_kappa_binary(list(y[m]), list(data["before"][m])),
                     "kappa_arbiter": cohen_kappa_binary(list(y[m]), list(predicted[m]))}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true", help="cross-validate only, write nothing")
    args = parser.parse_args(argv)
    ngram = get_ngram_model()
    seen = set(ngram.meta["trained_on"]) if ngram else set()
    splits = [s for s in TUNING_SPLITS if s not in seen]
    data = build(splits)
    cv = cross_validate(data)
    for kind, r in cv.items():
        print(f"{kind:10} n={r['n']:4}  reflection kappa {r['kappa_before']:.3f} -> "
              f"{r['kappa_arbiter']:.3f} (leave one writer out)")
    if args.report:
        return 0
    mean, std, w, b = fit(data["x"], data["y"])
    digest = hashlib.sha256(b"".join((DATA_DIR / f"{s}.jsonl").read_bytes() for s in splits))
    arbiter = ReflectionArbiter(
        mean=tuple(float(v) for v in mean), std=tuple(float(v) for v in std),
        weight=tuple(float(v) for v in w), bias=b,
        meta={"trained_on": splits, "n_items": len(data["y"]), "lambda": LAMBDA,
              "features": list(FEATURES), "cross_validation": cv,
              "data_sha256_16": digest.hexdigest()[:16]})
    arbiter.save(WEIGHTS)
    print(f"{len(data['y'])} items from {', '.join(splits)}; wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
