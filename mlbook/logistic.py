"""Logistic regression from scratch, in the shapes of the course.

A single neuron: `Z = w^T X + b`, `A = sigmoid(Z)`, trained by gradient descent on the
mean log loss. `w` has shape `(n_x, 1)`, `b` is a number, `X` is `(n_x, m)` and
`Y` is `(1, m)`.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import numpy as np

from mlbook._validation import (
    checked,
    flag,
    labels,
    one_of,
    optional,
    positive_int,
    positive_number,
    samples,
    scalar,
    seed,
    weights_for,
)
from mlbook.activations import sigmoid
from mlbook.datasets import DATASETS_2D, load_2d_dataset, train_test_split
from mlbook.losses import binary_cross_entropy_with_logits
from mlbook.metrics import accuracy


@checked(dim=positive_int)
def initialize_with_zeros(dim: int) -> tuple[np.ndarray, float]:
    """Zero weights and bias: for one neuron zeros are a fine start (no symmetry to break).

    Parameters
    ----------
    dim : int
        Number of features `n_x`.

    Returns
    -------
    w : ndarray of shape (dim, 1)
        Zeros.
    b : float
        0.0.

    Raises
    ------
    TypeError, ValueError
        If `dim` is not a positive integer.

    Examples
    --------
    >>> w, b = initialize_with_zeros(2)
    >>> w.shape, b
    ((2, 1), 0.0)
    """
    w = np.zeros((dim, 1))
    b = 0.0
    return w, b


@checked(X=samples, Y=labels(matching="X", rows=1), w=weights_for("X"), b=scalar)
def propagate(
    w: np.ndarray, b: float, X: np.ndarray, Y: np.ndarray
) -> tuple[dict[str, np.ndarray | float], float]:
    """One forward and backward pass: the cost and its gradients with respect to `w` and `b`.

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
        Weights.
    b : float
        Bias.
    X : ndarray of shape (n_x, m)
        Examples, one per column.
    Y : ndarray of shape (1, m)
        Labels, 0 or 1.

    Returns
    -------
    grads : dict
        `"dw"`: ndarray of shape (n_x, 1), `dJ/dw = X (A - Y)^T / m`;
        `"db"`: float, `dJ/db = sum(A - Y) / m`.
    cost : float
        The mean log loss `J`, computed from the scores `Z` so that it stays finite.

    Raises
    ------
    TypeError
        If an argument is not numeric.
    ValueError
        If shapes do not match (`w` must be `(n_x, 1)`, `Y` `(1, m)`), `Y` holds
        labels other than 0 and 1, or an input holds NaN or inf.

    Examples
    --------
    >>> w, b = np.array([[1.0], [2.0]]), 2.0
    >>> X, Y = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1, 0, 1]])
    >>> grads, cost = propagate(w, b, X, Y)
    >>> grads["dw"].round(4), round(grads["db"], 4), round(cost, 4)
    (array([[0.9985], [2.3951]]), 0.0015, 5.8015)
    """
    m = X.shape[1]
    Z = w.T @ X + b
    A = sigmoid(Z)
    cost = binary_cross_entropy_with_logits(Z, Y)
    dZ = A - Y
    dw = X @ dZ.T / m
    db = float(np.sum(dZ) / m)
    return {"dw": dw, "db": db}, cost


@checked(X=samples, Y=labels(matching="X", rows=1), w=weights_for("X"), b=scalar,
         num_iterations=positive_int, learning_rate=positive_number, print_cost=flag)
def optimize(
    w: np.ndarray,
    b: float,
    X: np.ndarray,
    Y: np.ndarray,
    num_iterations: int,
    learning_rate: float,
    print_cost: bool = False,
) -> tuple[dict[str, np.ndarray | float], dict[str, np.ndarray | float], list[float]]:
    """Gradient descent: `w := w - learning_rate * dw`, `b := b - learning_rate * db`.

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
        Starting weights (not modified).
    b : float
        Starting bias.
    X : ndarray of shape (n_x, m)
        Examples, one per column.
    Y : ndarray of shape (1, m)
        Labels, 0 or 1.
    num_iterations : int
        Number of gradient steps, >= 1.
    learning_rate : float
        Step size `alpha` > 0.
    print_cost : bool, default False
        Print the cost every 100 iterations.

    Returns
    -------
    params : dict
        `"w"`: ndarray of shape (n_x, 1) and `"b"`: float, after the last step.
    grads : dict
        `"dw"` and `"db"` at the last step's starting point.
    costs : list of float
        The cost before each step: `costs[i]` is `J` at iteration `i`.

    Raises
    ------
    TypeError, ValueError
        As [`propagate`][mlbook.logistic.propagate]; also if `num_iterations` is not a positive
        integer or
        `learning_rate` is not a positive number.

    Examples
    --------
    >>> w, b = np.array([[1.0], [2.0]]), 2.0
    >>> X, Y = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1, 0, 1]])
    >>> params, grads, costs = optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009)
    >>> params["w"].round(4), round(params["b"], 4), len(costs), round(costs[-1], 4)
    (array([[0.1903], [0.1226]]), 1.9254, 100, 1.0784)
    """
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if print_cost and i % 100 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return {"w": w, "b": b}, grads, costs


@checked(X=samples, w=weights_for("X"), b=scalar)
def predict_proba(w: np.ndarray, b: float, X: np.ndarray) -> np.ndarray:
    """The probability `P(y = 1 | x) = sigmoid(w^T x + b)` of every example.

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
        Weights.
    b : float
        Bias.
    X : ndarray of shape (n_x, m)
        Examples, one per column.

    Returns
    -------
    ndarray of shape (1, m)
        Probabilities in [0, 1].

    Raises
    ------
    TypeError, ValueError
        If an argument is not numeric or finite, or `w` does not have shape `(n_x, 1)`.

    Examples
    --------
    >>> predict_proba(np.array([[1.0], [-1.0]]), 0.0, np.array([[2.0, 0.0], [0.0, 0.0]])).round(4)
    array([[0.8808, 0.5   ]])
    """
    return sigmoid(w.T @ X + b)


@checked(X=samples, w=weights_for("X"), b=scalar)
def predict(w: np.ndarray, b: float, X: np.ndarray) -> np.ndarray:
    """Predicted labels: 1 where `P(y = 1 | x) > 0.5`, else 0.

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
        Weights.
    b : float
        Bias.
    X : ndarray of shape (n_x, m)
        Examples, one per column.

    Returns
    -------
    ndarray of shape (1, m), int64
        Zeros and ones.

    Raises
    ------
    TypeError, ValueError
        If an argument is not numeric or finite, or `w` does not have shape `(n_x, 1)`.

    Examples
    --------
    >>> w, b = np.array([[0.1124579], [0.23106775]]), -0.3
    >>> predict(w, b, np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]]))
    array([[1, 1, 0]])
    """
    return (predict_proba(w, b, X) > 0.5).astype(np.int64)


@checked(X=samples, Y=labels(matching="X", rows=1), num_iterations=positive_int,
         learning_rate=positive_number)
def logistic_regression(
    X: np.ndarray, Y: np.ndarray, num_iterations: int = 2000, learning_rate: float = 0.5
) -> dict[str, np.ndarray | float | list[float]]:
    """Train logistic regression from zeros: the whole model in one call.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training examples, one per column.
    Y : ndarray of shape (1, m)
        Labels, 0 or 1.
    num_iterations : int, default 2000
        Number of gradient steps.
    learning_rate : float, default 0.5
        Step size.

    Returns
    -------
    dict
        `"w"`: ndarray of shape (n_x, 1), `"b"`: float, `"costs"`: list of the cost
        at every iteration.

    Raises
    ------
    TypeError, ValueError
        If `X` or `Y` is malformed (see [`propagate`][mlbook.logistic.propagate]), or
        `num_iterations` or
        `learning_rate` is not positive.

    Examples
    --------
    >>> X, Y = np.array([[-2.0, -1.0, 1.0, 2.0]]), np.array([[0, 1, 0, 1]])
    >>> model = logistic_regression(X, Y, num_iterations=500)
    >>> predict(model["w"], model["b"], X)
    array([[0, 0, 1, 1]])
    """
    w, b = initialize_with_zeros(X.shape[0])
    params, _, costs = optimize(w, b, X, Y, num_iterations, learning_rate)
    return {"w": params["w"], "b": params["b"], "costs": costs}


class LogisticRun(NamedTuple):
    """One trained logistic regression and how it did (read-only)."""

    w: np.ndarray
    """The weights, shape (n_x, 1)."""
    b: float
    """The bias."""
    costs: np.ndarray
    """The cost before each step."""
    train_accuracy: float
    """Accuracy on the points it was trained on."""
    test_accuracy: float | None
    """Accuracy on the held-out points, or None when it was trained on all of them."""


@checked(dataset=one_of(DATASETS_2D), split_seed=optional(seed))
def logistic_run(dataset: str = "flower", split_seed: int | None = None) -> LogisticRun:
    """Train logistic regression on a 2-D data set once, and measure its accuracy.

    It runs [`logistic_regression`][mlbook.logistic.logistic_regression]. With `split_seed`
    a quarter of the points is held out by
    [`train_test_split`][mlbook.datasets.train_test_split], as
    [`planar_run`][mlbook.shallow.planar_run] does, so the two models meet the same points.
    One run per process and setting.

    Parameters
    ----------
    dataset : str, default "flower"
        A name in [`DATASETS_2D`][mlbook.datasets.DATASETS_2D].
    split_seed : int, optional
        Seed of the split; None trains on all the points.

    Returns
    -------
    LogisticRun
        `w` and `b`, the cost history, the training accuracy and the held-out accuracy
        (None without a split); arrays are read-only.

    Raises
    ------
    TypeError, ValueError
        If `dataset` is unknown or `split_seed` is not a valid seed.

    Examples
    --------
    >>> run = logistic_run("flower")
    >>> run.w.ravel().round(4), round(run.b, 4), run.train_accuracy, run.test_accuracy
    (array([ 0.0281, -0.2032]), 0.0156, 0.47, None)
    >>> run is logistic_run(dataset="flower")
    True
    """
    return _logistic_run(dataset, split_seed)


@functools.cache
def _logistic_run(dataset: str, split_seed: int | None) -> LogisticRun:
    X, Y = load_2d_dataset(dataset)
    X_test = Y_test = None
    if split_seed is not None:
        X, X_test, Y, Y_test = train_test_split(X, Y, test_size=0.25, seed=split_seed)
    model = logistic_regression(X, Y)
    train_accuracy = accuracy(predict(model["w"], model["b"], X), Y)
    test_accuracy = None
    if X_test is not None:
        test_accuracy = accuracy(predict(model["w"], model["b"], X_test), Y_test)
    w, costs = np.array(model["w"]), np.array(model["costs"])
    w.setflags(write=False)
    costs.setflags(write=False)
    return LogisticRun(w, float(model["b"]), costs, train_accuracy, test_accuracy)
