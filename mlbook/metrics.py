"""How good are the predictions?"""

from __future__ import annotations

import numpy as np

from mlbook._validation import checked, labels, positive_int, samples


@checked(Y_pred=labels(rows=1), Y=labels(like="Y_pred"))
def accuracy(Y_pred: np.ndarray, Y: np.ndarray) -> float:
    """Fraction of examples whose predicted label equals the true label.

    Parameters
    ----------
    Y_pred : ndarray of shape (1, m)
        Predicted labels, 0 or 1 (booleans are accepted).
    Y : ndarray of shape (1, m)
        True labels, 0 or 1.

    Returns
    -------
    float
        A number in [0, 1].

    Raises
    ------
    TypeError
        If either argument is not numeric.
    ValueError
        If either holds values other than 0 and 1, or NaN, or the shapes differ.

    Examples
    --------
    >>> accuracy(np.array([[1, 0, 1, 1]]), np.array([[1, 0, 0, 1]]))
    0.75
    """
    return float(np.mean(Y_pred == Y))


def _two_features(value: object, name: str) -> np.ndarray:
    array = samples(value, name)
    if array.shape[0] != 2:
        raise ValueError(f"{name} must have 2 rows (points in the plane), got shape {array.shape}")
    return array


@checked(X=_two_features, Y=labels(matching="X", rows=1), n_directions=positive_int)
def best_linear_accuracy(
    X: np.ndarray, Y: np.ndarray, n_directions: int = 720
) -> tuple[float, np.ndarray, float]:
    """The training accuracy of the best straight line through 2-D data, by brute force.

    For each of `n_directions` unit normals `w` evenly spread around the circle, the
    points are sorted by `w . x` and every threshold between two neighbours is tried; the
    line `w . x + b = 0` that classifies the most points right (class 1 where
    `w . x + b > 0`) wins. No linear classifier on these two features can beat it by more
    than what a finer set of directions would find.

    Parameters
    ----------
    X : ndarray of shape (2, m)
        Points in the plane, one per column.
    Y : ndarray of shape (1, m)
        Their labels, 0 or 1.
    n_directions : int, default 720
        How many normal directions to try (every 0.5 degrees by default).

    Returns
    -------
    accuracy : float
        The best fraction of points classified right.
    w : ndarray of shape (2, 1)
        The unit normal of the best line.
    b : float
        Its offset.

    Raises
    ------
    TypeError, ValueError
        If `X` is not 2-D points, `Y` not one row of 0/1 labels matching `X`, or
        `n_directions` is not a positive integer.

    Examples
    --------
    >>> X = np.array([[0.0, 1.0, 2.0, 3.0], [0.0, 0.0, 0.0, 0.0]])
    >>> accuracy_, w, b = best_linear_accuracy(X, np.array([[0, 0, 1, 1]]))
    >>> accuracy_, w.ravel().round(3), round(b, 3)
    (1.0, array([1., 0.]), -1.5)
    """
    y = Y.ravel()
    best = (-1.0, np.zeros((2, 1)), 0.0)
    for angle in np.arange(n_directions) * (2 * np.pi / n_directions):
        w = np.array([[np.cos(angle)], [np.sin(angle)]])
        projection = (w.T @ X).ravel()
        order = np.argsort(projection, kind="stable")
        sorted_projection, sorted_y = projection[order], y[order]
        # threshold k puts the k smallest projections in class 0 and the rest in class 1
        right_if_zero = np.concatenate([[0], np.cumsum(sorted_y == 0)])
        right_if_one = np.concatenate([np.cumsum((sorted_y == 1)[::-1])[::-1], [0]])
        correct = right_if_zero + right_if_one
        # only thresholds between distinct projections can be realised by a line
        gaps = np.concatenate([[True], sorted_projection[1:] > sorted_projection[:-1], [True]])
        correct = np.where(gaps, correct, -1)
        k = int(np.argmax(correct))
        score = correct[k] / y.size
        if score > best[0]:
            if k == 0:
                threshold = sorted_projection[0] - 1.0
            elif k == y.size:
                threshold = sorted_projection[-1] + 1.0
            else:
                threshold = (sorted_projection[k - 1] + sorted_projection[k]) / 2
            best = (float(score), w, float(-threshold))
    return best
