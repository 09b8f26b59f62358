"""Accuracy against scikit-learn, and its checks."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import accuracy_score

from mlbook.metrics import accuracy


def test_against_scikit_learn() -> None:
    rng = np.random.default_rng(0)
    Y_pred = rng.integers(0, 2, size=(1, 101))
    Y = rng.integers(0, 2, size=(1, 101))
    assert accuracy(Y_pred, Y) == pytest.approx(accuracy_score(Y[0], Y_pred[0]), rel=1e-15)
    assert accuracy(Y_pred > 0, Y) == accuracy(Y_pred, Y)  # booleans are labels too


@pytest.mark.parametrize(
    ("Y_pred", "Y", "error", "words"),
    [
        ([[1, 0]], [[1, 0, 1]], ValueError, r"Y must have the shape of Y_pred, \(1, 2\), got"),
        ([[1, 2]], [[1, 0]], ValueError, "Y_pred must contain only the labels 0 and 1"),
        ([[0.7, 0.2]], [[1, 0]], ValueError, "Y_pred must contain only the labels"),
        ([1, 0], [[1, 0]], ValueError, r"Y_pred must have shape \(1, m\)"),
        ([[1, 0], [0, 0]], [[1, 0], [1, 1]], ValueError, "Y_pred must have .* a single row"),
        ([[1, np.nan]], [[1, 0]], ValueError, "Y_pred must contain only finite"),
        ("1", [[1]], TypeError, "Y_pred must be numeric"),
    ],
)
def test_bad_input(Y_pred: object, Y: object, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        accuracy(Y_pred, Y)
