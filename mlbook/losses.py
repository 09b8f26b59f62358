"""Cost functions: the mean loss over the m examples of a batch.

Predictions and labels have one column per example: rows of shape `(1, m)`, or for the
log loss of a network with several outputs `(n_y, m)`, one row per output.
"""

from __future__ import annotations

import numpy as np

from mlbook._validation import checked, labels, probabilities, row, same_shape_as

EPSILON = 1e-15
"""Smallest probability passed to `log`: -log(1e-15) ~ 34.5 is the most one example costs."""


@checked(A=probabilities, Y=labels(like="A"))
def binary_cross_entropy(A: np.ndarray, Y: np.ndarray) -> float:
    """Mean log loss `-(1/m) sum(Y log A + (1 - Y) log(1 - A))` of probabilities `A`.

    With several outputs (rows) the sum runs over them too: the mean over the `m`
    examples of the losses summed over the outputs.

    Parameters
    ----------
    A : ndarray of shape (1, m) or (n_y, m)
        Predicted probabilities `P(y = 1 | x)`, each in [0, 1].
    Y : ndarray of the shape of `A`
        True labels, 0 or 1.

    Returns
    -------
    float
        The cost `J >= 0`. Finite even where `A` is exactly 0 or 1: the probability
        given to the true class is floored at `EPSILON` (a certain mistake costs 34.5).

    Raises
    ------
    TypeError
        If `A` or `Y` is not numeric.
    ValueError
        If the shapes differ or `A` is not 2-D, `A` leaves [0, 1], `Y` holds labels
        other than 0 and 1, or either holds NaN or inf.

    Examples
    --------
    >>> Y = np.array([[1, 0, 1]])
    >>> round(binary_cross_entropy(np.array([[0.9, 0.2, 0.6]]), Y), 4)
    0.2798
    >>> round(binary_cross_entropy(np.array([[1.0, 0.0, 0.0]]), Y), 2)  # one certain mistake
    11.51
    """
    m = Y.shape[1]
    # For each example, the probability the model gives to the true class: A if y = 1,
    # 1 - A if y = 0. Flooring it at EPSILON keeps log finite for a certain mistake.
    p_true = np.where(Y == 1, A, 1 - A)
    return float(-np.log(np.maximum(p_true, EPSILON)).sum() / m)


@checked(Z=row, Y=labels(like="Z"))
def binary_cross_entropy_with_logits(Z: np.ndarray, Y: np.ndarray) -> float:
    """Mean log loss of `sigmoid(Z)`, computed from the scores `Z` without overflow.

    With `A = sigmoid(Z)` the loss of one example simplifies to
    `max(Z, 0) - Z * Y + log(1 + exp(-|Z|))`, whose `exp` never overflows and which
    needs no clipping: it stays exact for any finite score.

    Parameters
    ----------
    Z : ndarray of shape (1, m)
        Linear scores (logits) `w^T x + b`.
    Y : ndarray of shape (1, m)
        True labels, 0 or 1.

    Returns
    -------
    float
        The cost `J >= 0`.

    Raises
    ------
    TypeError
        If `Z` or `Y` is not numeric.
    ValueError
        If the shapes differ or are not `(1, m)`, `Y` holds labels other than 0 and 1,
        or either holds NaN or inf.

    Examples
    --------
    >>> Y = np.array([[1, 0]])
    >>> round(binary_cross_entropy_with_logits(np.array([[2.0, -1.0]]), Y), 4)
    0.22
    >>> binary_cross_entropy_with_logits(np.array([[-1000.0, 0.0]]), Y)  # exact, no clip
    500.3465735902799
    """
    m = Y.shape[1]
    # Dividing each term by m before summing keeps the sum finite even for scores near 1e308.
    return float(np.sum((np.maximum(Z, 0) - Z * Y + np.log1p(np.exp(-np.abs(Z)))) / m))


@checked(A=row, Y=same_shape_as("A"))
def mean_squared_error(A: np.ndarray, Y: np.ndarray) -> float:
    """Mean squared error `(1/m) sum((A - Y)**2)`.

    Parameters
    ----------
    A : ndarray of shape (1, m)
        Predictions.
    Y : ndarray of shape (1, m)
        Targets (any finite numbers, not only labels).

    Returns
    -------
    float
        The cost `J >= 0`.

    Raises
    ------
    TypeError
        If `A` or `Y` is not numeric.
    ValueError
        If the shapes differ or are not `(1, m)`, or either holds NaN or inf.

    Examples
    --------
    >>> mean_squared_error(np.array([[0.5, 1.0]]), np.array([[0.0, 1.0]]))
    0.125
    """
    m = Y.shape[1]
    return float(np.sum((A - Y) ** 2) / m)
