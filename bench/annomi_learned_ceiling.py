"""How far would learning from expert-coded transcripts go? A classifier trained on AnnoMI.

Why: the rule coder sits near reflection kappa 0.49 on AnnoMI's expert codes, below the issue's
0.5; the obvious next step would be a model trained on coded transcripts. Before anyone clears
a licence for that (AnnoMI states none, so nothing trained on it ships here), this measures what
it would buy: logistic regressions on all-MiniLM-L6-v2 embeddings of the therapist turn (and of
the client's last turn) plus the rule codes, fitted on the `tune` transcripts (even ids) with
threshold and regularisation chosen by 4-fold cross-validation grouped by transcript, then
scored once on the `check` transcripts (odd ids) against the rules alone. Nothing is written.

    .venv/bin/python bench/annomi_learned_ceiling.py --data AnnoMI-full.csv   # ~2 minutes
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from annomi_agreement import REPORTED, build_items, read_rows  # noqa: E402

from evaluators.accuracy import GROUPS, last_client, run_evaluator  # noqa: E402
from evaluators.classifier import scalar_features  # noqa: E402
from evaluators.coder import _ORDER as CODES  # noqa: E402
from evaluators.embed import get_encoder  # noqa: E402
from evaluators.registry import get_evaluator  # noqa: E402
from evaluators.train_classifier import fit_logistic, kappa  # noqa: E402

LAMBDAS = (10.0, 30.0, 100.0, 300.0)
THRESHOLDS = np.arange(0.2, 0.8, 0.05)
FOLDS = 4


def features(items: list[dict], preds: list[dict], layers: int) -> np.ndarray:
    """[turn embedding, client embedding, scalars, rule codes] per therapist turn."""
    encoder = get_encoder()
    clients = [last_client(i) for i in items]
    turn = encoder.encode([i["utterance"] for i in items], n_layers=layers)
    client = encoder.encode([c or "." for c in clients], n_layers=layers)
    scalars = np.array([scalar_features(i["utterance"], c) for i, c in zip(items, clients, strict=True)])
    rules = np.array([[float(code in p["behaviors"]) for code in CODES] for p in preds])
    return np.hstack([turn, client, scalars, rules])


def truth(items: list[dict], group: str) -> np.ndarray:
    return np.array([bool(GROUPS[group] & set(i["behaviors"])) for i in items], dtype=float)


def probabilities(x_train: np.ndarray, y: np.ndarray, x_test: np.ndarray, lam: float) -> np.ndarray:
    w, b = fit_logistic(x_train, y, lam)
    return 1.0 / (1.0 + np.exp(-np.clip(x_test @ w + b, -30, 30)))


def choose(x: np.ndarray, y: np.ndarray, transcripts: np.ndarray) -> tuple[float, float, float]:
    """(cv kappa, lambda, threshold) by cross-validation grouped by transcript."""
    folds = (transcripts // 2) % FOLDS
    best = (-1.0, LAMBDAS[0], 0.5)
    for lam in LAMBDAS:
        oof = np.zeros(len(y))
        for k in range(FOLDS):
            oof[folds == k] = probabilities(x[folds != k], y[folds != k], x[folds == k], lam)
        threshold = max(THRESHOLDS, key=lambda t: kappa(y, oof >= t))
        score = kappa(y, oof >= threshold)
        if score > best[0]:
            best = (score, lam, float(threshold))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="AnnoMI-full.csv or an excerpt")
    parser.add_argument("--layers", type=int, default=6, help="MiniLM layers to pool (1-6)")
    args = parser.parse_args()
    if not args.data.exists():
        parser.error(f"{args.data} does not exist: download AnnoMI-full.csv from github.com/uccollab/AnnoMI")
    rows = read_rows(args.data)
    evaluator = get_evaluator("local")
    parts = {}
    for part in ("tune", "check"):
        items, _ = build_items(rows, part)
        preds, _ = run_evaluator(evaluator, items)
        parts[part] = (items, preds, features(items, preds, args.layers))
    x_tune, x_check = parts["tune"][2], parts["check"][2]
    mean, std = x_tune.mean(0), x_tune.std(0) + 1e-6
    x_tune, x_check = (x_tune - mean) / std, (x_check - mean) / std
    transcripts = np.array([i["transcript"] for i in parts["tune"][0]])
    print(f"trained on {len(x_tune)} turns (tune), scored on {len(x_check)} turns (check)")
    print(f"{'group':<12} {'rules':>6} {'learned':>8} {'cv':>6}  lambda threshold")
    for group in REPORTED:
        y_tune, y_check = truth(parts["tune"][0], group), truth(parts["check"][0], group)
        cv, lam, threshold = choose(x_tune, y_tune, transcripts)
        learned = kappa(y_check, probabilities(x_tune, y_tune, x_check, lam) >= threshold)
        rules = kappa(y_check, np.array([bool(GROUPS[group] & set(p["behaviors"]))
                                         for p in parts["check"][1]]))
        print(f"{group:<12} {rules:6.3f} {learned:8.3f} {cv:6.3f}  {lam:6.0f} {threshold:9.2f}")


if __name__ == "__main__":
    main()
