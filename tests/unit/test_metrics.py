"""The agreement metrics the bench prints and the floors use (checked on hand-computed cases)."""

from __future__ import annotations

import math

import pytest

from evaluators.metrics import (
    accuracy,
    binary_report,
    cohen_kappa_binary,
    pearson,
    percentile,
    precision_recall_f1,
    quadratic_weighted_kappa,
    score_agreement,
    spearman,
)


def test_kappa_perfect_chance_and_inverse() -> None:
    truth = [1, 1, 0, 0, 1, 0]
    assert cohen_kappa_binary(truth, truth) == pytest.approx(1.0)
    assert cohen_kappa_binary(truth, [1 - t for t in truth]) == pytest.approx(-1.0)
    # no variance on both sides: total agreement is 1, otherwise 0 (never a division by zero)
    assert cohen_kappa_binary([0, 0, 0], [0, 0, 0]) == 1.0
    assert cohen_kappa_binary([0, 0, 1], [0, 0, 0]) == pytest.approx(0.0)


def test_kappa_hand_computed() -> None:
    # 2x2 table: both yes 20, t-yes/p-no 5, t-no/p-yes 10, both no 15 (n=50)
    truth = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    pred = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    po = 35 / 50
    pe = (25 / 50) * (30 / 50) + (25 / 50) * (20 / 50)
    assert cohen_kappa_binary(truth, pred) == pytest.approx((po - pe) / (1 - pe))


def test_precision_recall_f1() -> None:
    r = precision_recall_f1([1, 1, 0, 0], [1, 0, 1, 0])
    assert r["precision"] == 0.5 and r["recall"] == 0.5 and r["f1"] == 0.5
    assert r["support"] == 2 and r["predicted"] == 2
    assert precision_recall_f1([0, 0], [0, 0])["f1"] == 0.0
    assert "kappa" in binary_report([1, 0], [1, 0])


def test_correlations_and_ties() -> None:
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [10, 20, 30, 1000]) == pytest.approx(1.0)
    assert spearman([1, 1, 2], [1, 1, 2]) == pytest.approx(1.0)
    assert math.isnan(pearson([1, 1, 1], [1, 2, 3]))


def test_quadratic_weighted_kappa() -> None:
    assert quadratic_weighted_kappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]) == pytest.approx(1.0)
    assert quadratic_weighted_kappa([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]) < 0
    near = quadratic_weighted_kappa([1, 2, 3, 4, 5], [2, 2, 3, 4, 4])
    far = quadratic_weighted_kappa([1, 2, 3, 4, 5], [5, 2, 3, 4, 1])
    assert near > far


def test_score_agreement_rounds_predictions() -> None:
    out = score_agreement([1, 3, 5], [1.2, 3.9, 2.0])
    assert out["exact"] == pytest.approx(1 / 3)
    assert out["within_1"] == pytest.approx(2 / 3)


def test_accuracy_and_percentile() -> None:
    assert accuracy(["a", "b"], ["a", "c"]) == 0.5
    assert percentile([1, 2, 3, 4, 5], 50) == 3
