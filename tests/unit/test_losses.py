"""Losses against scikit-learn's metrics, stable at the extremes, loud on bad input."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from sklearn.metrics import log_loss
from sklearn.metrics import mean_squared_error as sklearn_mse

from mlbook.activations import sigmoid
from mlbook.losses import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    mean_squared_error,
)

m_values = st.integers(1, 30)


@st.composite
def probabilities_and_labels(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    m = draw(m_values)
    A = draw(arrays(np.float64, (1, m), elements=st.floats(0.0, 1.0)))
    Y = draw(arrays(np.int64, (1, m), elements=st.integers(0, 1)))
    return A, Y


@st.composite
def logits_and_labels(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    m = draw(m_values)
    Z = draw(arrays(np.float64, (1, m),
                    elements=st.floats(allow_nan=False, allow_infinity=False, width=64)))
    Y = draw(arrays(np.int64, (1, m), elements=st.integers(0, 1)))
    return Z, Y


@settings(max_examples=40, deadline=None)
@given(data=probabilities_and_labels())
def test_cross_entropy_finite_non_negative_for_any_probabilities(data) -> None:
    A, Y = data
    cost = binary_cross_entropy(A, Y)
    assert np.isfinite(cost) and 0.0 <= cost <= 35.0


@settings(max_examples=40, deadline=None)
@given(data=logits_and_labels())
def test_cross_entropy_with_logits_finite_for_any_scores(data) -> None:
    Z, Y = data
    cost = binary_cross_entropy_with_logits(Z, Y)
    assert np.isfinite(cost) and cost >= 0.0


@settings(max_examples=40, deadline=None)
@given(data=probabilities_and_labels())
def test_mean_squared_error_in_range(data) -> None:
    A, Y = data
    assert 0.0 <= mean_squared_error(A, Y) <= 1.0


@settings(max_examples=40, deadline=None)
@given(data=logits_and_labels())
def test_logits_and_probabilities_agree_where_both_are_exact(data) -> None:
    Z, Y = data
    # Within |Z| <= 15, 1 - sigmoid(Z) keeps enough digits for the probability form to be exact
    # to ~1e-9; beyond, it loses them to cancellation, which is why the logits form exists.
    Z = np.clip(Z, -15, 15)
    assert binary_cross_entropy_with_logits(Z, Y) == pytest.approx(
        binary_cross_entropy(sigmoid(Z), Y), rel=1e-8, abs=1e-9)


def test_against_scikit_learn() -> None:
    rng = np.random.default_rng(0)
    A = rng.uniform(0.01, 0.99, size=(1, 50))
    Y = rng.integers(0, 2, size=(1, 50))
    assert binary_cross_entropy(A, Y) == pytest.approx(log_loss(Y[0], A[0], labels=[0, 1]),
                                                       rel=1e-12)
    assert mean_squared_error(A, Y) == pytest.approx(sklearn_mse(Y[0], A[0]), rel=1e-12)


def test_exact_zero_and_one_predictions_are_finite() -> None:
    Y = np.array([[1, 0, 1, 0]])
    assert binary_cross_entropy(np.array([[1.0, 0.0, 1.0, 0.0]]), Y) == pytest.approx(0, abs=1e-14)
    wrong = binary_cross_entropy(np.array([[0.0, 1.0, 0.0, 1.0]]), Y)
    assert wrong == pytest.approx(-np.log(1e-15), rel=1e-4)  # 1 - 1e-15 rounds


def test_logits_exact_at_extremes() -> None:
    Y = np.array([[1, 0]])
    # Loss of a score -1000 for a positive is exactly 1000 (up to log1p(e^-1000)); mean of 2.
    assert binary_cross_entropy_with_logits(np.array([[-1000.0, -1000.0]]), Y) == 500.0


def test_inputs_not_mutated() -> None:
    A = np.array([[0.0, 1.0]])
    Y = np.array([[1, 0]])
    binary_cross_entropy(A, Y)
    np.testing.assert_array_equal(A, [[0.0, 1.0]])


@pytest.mark.parametrize(
    ("A", "Y", "error", "words"),
    [
        ([[0.5, 1.5]], [[1, 0]], ValueError, r"A must hold probabilities in \[0, 1\]"),
        ([[-0.1, 0.5]], [[1, 0]], ValueError, r"A must hold probabilities"),
        ([[0.5, 0.5]], [[1, 2]], ValueError, "Y must contain only the labels 0 and 1"),
        ([[0.5, 0.5]], [1, 0], ValueError, r"Y must have the shape of A, \(1, 2\), got \(2,\)"),
        ([[0.5, 0.5]], [[1, 0, 1]], ValueError, r"Y must have the shape of A, \(1, 2\)"),
        ([0.5, 0.5], [[1, 0]], ValueError, "A must be 2-D"),
        ([[0.5, np.nan]], [[1, 0]], ValueError, "A must contain only finite"),
        ([[0.5, 0.5]], [[1, np.nan]], ValueError, "Y must contain only finite"),
        (np.zeros((1, 0)), np.zeros((1, 0)), ValueError, "A must hold at least one"),
        ("0.5", [[1]], TypeError, "A must be numeric"),
    ],
)
def test_bad_input(A: object, Y: object, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        binary_cross_entropy(A, Y)


def test_bad_input_other_losses() -> None:
    with pytest.raises(ValueError, match=r"Y must have the shape of A, \(1, 2\), got \(1, 3\)"):
        mean_squared_error([[0.5, 0.5]], [[1, 0, 1]])
    with pytest.raises(ValueError, match="Y must contain only the labels 0 and 1"):
        binary_cross_entropy_with_logits([[0.5]], [[0.5]])
    with pytest.raises(ValueError, match="Z must contain only finite"):
        binary_cross_entropy_with_logits([[np.inf]], [[1]])
