"""Accuracy against scikit-learn; the best straight line against a naive search; checks."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import accuracy_score

from mlbook.datasets import load_planar_dataset
from mlbook.metrics import accuracy, best_linear_accuracy


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


# best_linear_accuracy


def naive_best_line(X: np.ndarray, Y: np.ndarray, n_directions: int) -> float:
    """The same search written the slow, obvious way: every direction, every threshold."""
    y = Y.ravel()
    best = 0.0
    for angle in np.arange(n_directions) * (2 * np.pi / n_directions):
        projection = np.cos(angle) * X[0] + np.sin(angle) * X[1]
        cuts = np.concatenate([[projection.min() - 1], np.unique(projection)])
        for cut in cuts:
            best = max(best, float(np.mean((projection > cut) == y)))
    return best


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_best_line_equals_a_naive_search_on_random_points(seed: int) -> None:
    random = np.random.RandomState(seed)
    X = random.randn(2, 40)
    Y = (random.rand(1, 40) < 0.5).astype(int)
    accuracy_, _, _ = best_linear_accuracy(X, Y, n_directions=90)
    assert accuracy_ == pytest.approx(naive_best_line(X, Y, 90), abs=1e-12)


def test_the_returned_line_achieves_the_returned_accuracy() -> None:
    X, Y = load_planar_dataset()
    accuracy_, w, b = best_linear_accuracy(X, Y)
    predictions = ((w.T @ X + b) > 0).astype(int)
    assert accuracy(predictions, Y) == accuracy_
    assert np.linalg.norm(w) == pytest.approx(1.0)
    assert accuracy_ == 0.6875  # the flower: no line does better than 68.75 %


def test_separable_points_are_all_classified_right_even_when_class_one_is_on_the_left() -> None:
    X = np.array([[3.0, 2.0, -1.0, -2.0], [0.5, 0.1, 0.3, 0.2]])
    accuracy_, w, b = best_linear_accuracy(X, np.array([[0, 0, 1, 1]]))
    assert accuracy_ == 1.0 and w[0, 0] < 0


@pytest.mark.parametrize(
    ("X", "Y", "message"),
    [(np.zeros((3, 4)), np.zeros((1, 4)), "X must have 2 rows"),
     (np.zeros((2, 4)), np.zeros((2, 4)), "Y must have shape"),
     (np.zeros((2, 4)), np.zeros((1, 3)), "Y must have shape")],
)
def test_bad_input_is_named(X, Y, message) -> None:
    with pytest.raises(ValueError, match=message):
        best_linear_accuracy(X, Y)


def line_predictions(w: np.ndarray, b: float, X: np.ndarray) -> np.ndarray:
    return ((w.T @ X + b) > 0).astype(int)


@pytest.mark.parametrize("label", [0, 1])
def test_one_class_everywhere_is_a_line_beyond_every_point(label: int) -> None:
    X = np.array([[0.0, 1.0, 3.0, 4.0], [0.0, 2.0, -1.0, 0.5]])
    Y = np.full((1, 4), label)
    accuracy_, w, b = best_linear_accuracy(X, Y)
    assert accuracy_ == 1.0
    np.testing.assert_array_equal(line_predictions(w, b, X), Y)


def test_the_best_normal_is_one_of_the_evenly_spread_directions() -> None:
    rng = np.random.default_rng(1)
    X = rng.normal(size=(2, 40))
    Y = (X[0] + 0.3 * X[1] > 0.2).astype(int).reshape(1, -1)
    for n_directions in (720, 7):
        accuracy_, w, b = best_linear_accuracy(X, Y, n_directions=n_directions)
        steps = np.arctan2(w[1, 0], w[0, 0]) % (2 * np.pi) / (2 * np.pi / n_directions)
        assert steps == pytest.approx(round(steps), abs=1e-9)
        assert accuracy(line_predictions(w, b, X), Y) == accuracy_
    default = best_linear_accuracy(X, Y)
    explicit = best_linear_accuracy(X, Y, n_directions=720)
    assert default[0] == explicit[0] and default[2] == explicit[2]
    np.testing.assert_array_equal(default[1], explicit[1])


def test_points_that_coincide_cannot_be_split() -> None:
    # Two points at the origin with labels 0 and 1: no line puts them on different sides.
    X = np.array([[0.0, 0.0, 1.0], [0.0, 0.0, 0.0]])
    accuracy_, w, b = best_linear_accuracy(X, np.array([[0, 1, 1]]))
    assert accuracy_ == pytest.approx(2 / 3)
    assert accuracy(line_predictions(w, b, X), np.array([[0, 1, 1]])) == accuracy_
