"""Logistic regression from scratch, in the shapes of the course.

A single neuron: `Z = w^T X + b`, `A = sigmoid(Z)`, trained by gradient descent on the
mean log loss. `w` has shape `(n_x, 1)`, `b` is a number, `X` is `(n_x, m)` and
`Y` is `(1, m)`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import NamedTuple

import numpy as np

from mlbook._experiment import experiment
from mlbook._validation import (
    checked,
    flag,
    function,
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
from mlbook.datasets import (
    DATASETS_2D,
    load_2d_dataset,
    load_breast_cancer_features,
    train_test_split,
)
from mlbook.gradient_descent import inverse_time_decay, minimize
from mlbook.losses import binary_cross_entropy_with_logits, mean_squared_error
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


@checked(X=samples, Y=labels(matching="X", rows=1), w=weights_for("X"), b=scalar)
def propagate_squared_error(
    w: np.ndarray, b: float, X: np.ndarray, Y: np.ndarray
) -> tuple[dict[str, np.ndarray | float], float]:
    """Like [`propagate`][mlbook.logistic.propagate], for the squared error of `sigmoid(Z)`.

    The cost is `J = mean((A - Y)**2)` with `A = sigmoid(w^T X + b)`.

    The chain rule now passes through the sigmoid's slope: `dZ = 2 (A - Y) A (1 - A)`,
    which is close to zero wherever `A` is close to 0 or 1, right or wrong.

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
        `"dw"`: ndarray of shape (n_x, 1), `X dZ^T / m`; `"db"`: float, `sum(dZ) / m`.
    cost : float
        The mean squared error `J`.

    Raises
    ------
    TypeError, ValueError
        As [`propagate`][mlbook.logistic.propagate].

    Examples
    --------
    >>> w, b = np.array([[1.0], [2.0]]), 2.0
    >>> X, Y = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1, 0, 1]])
    >>> grads, cost = propagate_squared_error(w, b, X, Y)
    >>> grads["dw"].round(4), round(grads["db"], 4), round(cost, 4)
    (array([[0.003 ], [0.0095]]), -0.003, 0.6637)
    """
    m = X.shape[1]
    A = sigmoid(w.T @ X + b)
    cost = mean_squared_error(A, Y)
    dZ = 2 * (A - Y) * A * (1 - A)
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


@checked(X=samples, Y=labels(matching="X", rows=1), w=weights_for("X"), b=scalar,
         num_epochs=positive_int, batch_size=positive_int, learning_rate=positive_number,
         schedule=optional(function(returning=positive_number)), seed=seed)
def optimize_minibatch(
    w: np.ndarray,
    b: float,
    X: np.ndarray,
    Y: np.ndarray,
    num_epochs: int,
    batch_size: int,
    learning_rate: float,
    schedule: Callable[[int], float] | None = None,
    seed: int = 0,
) -> tuple[dict[str, np.ndarray | float], list[float]]:
    """Mini-batch gradient descent: one step per batch of examples, reshuffled every epoch.

    Each epoch shuffles the `m` columns with a private `RandomState(seed)` and cuts
    them into batches of `batch_size` (the last one may be smaller); every batch gives
    one step `w := w - alpha dw`, `b := b - alpha db` with the gradients of that batch
    alone. With `batch_size >= m` it is [`optimize`][mlbook.logistic.optimize], one step per epoch.

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
    num_epochs : int
        Passes over the data, >= 1.
    batch_size : int
        Examples per step, >= 1.
    learning_rate : float
        Step size `alpha` > 0 (used at every step unless `schedule` is given).
    schedule : callable, optional
        `schedule(step) -> learning rate`, counting steps (batches) from 0, e.g.
        [`inverse_time_decay`][mlbook.gradient_descent.inverse_time_decay].
    seed : int, default 0
        Seed of the shuffles.

    Returns
    -------
    params : dict
        `"w"`: ndarray of shape (n_x, 1) and `"b"`: float, after the last step.
    costs : list of float
        The cost on all `m` examples before the first epoch and after each one
        (`num_epochs + 1` values).

    Raises
    ------
    TypeError, ValueError
        As [`propagate`][mlbook.logistic.propagate]; also if a count, `learning_rate` or
        `seed` is not valid, or `schedule` is not callable or returns no positive number.

    Examples
    --------
    >>> X, Y = np.array([[-2.0, -1.0, 1.0, 2.0]]), np.array([[0, 1, 0, 1]])
    >>> params, costs = optimize_minibatch(np.zeros((1, 1)), 0.0, X, Y, num_epochs=3,
    ...                                    batch_size=2, learning_rate=0.5)
    >>> len(costs), [round(cost, 4) for cost in costs]
    (4, [0.6931, 0.6543, 0.6446, 0.6439])
    """
    random = np.random.RandomState(seed)
    m = X.shape[1]
    costs = [propagate(w, b, X, Y)[1]]
    step = 0
    for _ in range(num_epochs):
        order = random.permutation(m)
        for start in range(0, m, batch_size):
            batch = order[start:start + batch_size]
            grads, _ = propagate(w, b, X[:, batch], Y[:, batch])
            alpha = learning_rate if schedule is None else schedule(step)
            w = w - alpha * grads["dw"]
            b = b - alpha * grads["db"]
            step += 1
        costs.append(propagate(w, b, X, Y)[1])
    return {"w": w, "b": b}, costs


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
@experiment
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
    X, Y = load_2d_dataset(dataset)
    X_test = Y_test = None
    if split_seed is not None:
        X, X_test, Y, Y_test = train_test_split(X, Y, test_size=0.25, seed=split_seed)
    model = logistic_regression(X, Y)
    train_accuracy = accuracy(predict(model["w"], model["b"], X), Y)
    test_accuracy = None
    if X_test is not None:
        test_accuracy = accuracy(predict(model["w"], model["b"], X_test), Y_test)
    return LogisticRun(np.array(model["w"]), float(model["b"]), np.array(model["costs"]),
                       train_accuracy, test_accuracy)


class LossComparison(NamedTuple):
    """Squared error and log loss of logistic regression on one feature, side by side.

    Every mapping has the keys `"squared error"` and `"log loss"`.
    """

    x: np.ndarray
    """The standardised "smoothness error" of the 569 tumours, shape (1, 569)."""
    y: np.ndarray
    """Their labels, shape (1, 569)."""
    b_line: float
    """The bias held fixed along the line."""
    ws: np.ndarray
    """Weights along the line, shape (1601,)."""
    line: Mapping
    """The cost at each of `ws` with `b = b_line`."""
    grid_w: np.ndarray
    """Weights of the grid, shape (161,)."""
    grid_b: np.ndarray
    """Biases of the grid, shape (121,)."""
    surfaces: Mapping
    """The cost over the grid, shape (121, 161): row i is `b = grid_b[i]`."""
    starts: Mapping
    """Starting points `(w, b)` by name: two on the line, one confidently wrong."""
    runs: Mapping
    """Loss -> start name -> `mlbook.gradient_descent.DescentResult` over `(w, b)`."""
    learning_rate: float
    """The learning rate of `runs`."""
    tolerance: float
    """`runs` stop when the gradient's norm falls below it."""
    learning_rates: tuple
    """A grid of learning rates tried from the confidently wrong start."""
    steps: Mapping
    """Loss -> iterations to the tolerance from the wrong start, one per learning rate
    (None when the run did not get there within 20,000 iterations)."""
    z: np.ndarray
    """Scores of one example labelled 1, shape (321,)."""
    loss: Mapping
    """The loss of that example at each score."""
    slope: Mapping
    """The derivative of that loss with respect to the score."""


def _along_w_and_b(propagate_fn: Callable, x: np.ndarray, y: np.ndarray) -> Callable:
    """`cost_and_gradient(p)` over `p = (w, b)` for [`minimize`][mlbook.logistic.minimize]."""

    def cost_and_gradient(p: np.ndarray) -> tuple[float, np.ndarray]:
        grads, cost = propagate_fn(p[:1].reshape(1, 1), p[1], x, y)
        return cost, np.array([grads["dw"][0, 0], grads["db"]])

    return cost_and_gradient


@checked()
@experiment
def squared_error_vs_log_loss() -> LossComparison:
    """Chapter 2's experiment: why logistic regression is trained on the log loss.

    On one breast-cancer feature (`x` of shape (1, 569)) it computes both costs of
    `sigmoid(w x + b)` along the line `b = -2.5`, `w` in [-8, 8] (step 0.01), and over
    the grid `w` in [-8, 8], `b` in [-7, 5] (step 0.1); it runs gradient descent over
    `(w, b)` (learning rate 2, until the gradient's norm is below 1e-5) from `(-6, -2.5)`,
    `(6, -2.5)` and the confidently wrong `(0, -6)`, and from the last with the learning
    rates 1, 2, 5, 10 and 20; and it gives the loss of one example labelled 1, and its
    slope, at scores `z` in [-8, 8]. Computed once per process; the result is read-only.

    Returns
    -------
    LossComparison

    Raises
    ------
    TypeError
        If called with arguments.

    Examples
    --------
    >>> result = squared_error_vs_log_loss()
    >>> result.surfaces["squared error"].shape, sorted(result.starts)
    ((121, 161), ['confidently wrong', 'left', 'right'])
    >>> [result.runs["log loss"][start].reason for start in sorted(result.starts)]
    ['tolerance', 'tolerance', 'tolerance']
    """
    x, y = load_breast_cancer_features(features=["smoothness error"])
    costs = {"squared error": propagate_squared_error, "log loss": propagate}
    b_line = -2.5
    ws = np.linspace(-8.0, 8.0, 1601)
    line = {name: np.array([fn(np.array([[w]]), b_line, x, y)[1] for w in ws])
            for name, fn in costs.items()}
    grid_w, grid_b = np.linspace(-8.0, 8.0, 161), np.linspace(-7.0, 5.0, 121)
    surfaces = {name: np.array([[fn(np.array([[w]]), b, x, y)[1] for w in grid_w]
                                for b in grid_b])
                for name, fn in costs.items()}
    starts = {"left": np.array([-6.0, b_line]), "right": np.array([6.0, b_line]),
              "confidently wrong": np.array([0.0, -6.0])}
    learning_rate, tolerance = 2.0, 1e-5
    runs = {name: {start: minimize(_along_w_and_b(fn, x, y), point, learning_rate,
                                   num_iterations=20_000, tolerance=tolerance)
                   for start, point in starts.items()}
            for name, fn in costs.items()}
    learning_rates = (1.0, 2.0, 5.0, 10.0, 20.0)
    steps = {name: tuple(minimize(_along_w_and_b(fn, x, y), starts["confidently wrong"], rate,
                                  num_iterations=20_000, tolerance=tolerance).stopped_at
                         for rate in learning_rates)
             for name, fn in costs.items()}
    z = np.linspace(-8.0, 8.0, 321)
    a = sigmoid(z)
    loss = {"squared error": (a - 1) ** 2, "log loss": np.log1p(np.exp(-z))}
    slope = {"squared error": 2 * (a - 1) * a * (1 - a), "log loss": a - 1}
    return LossComparison(x, y, b_line, ws, line, grid_w, grid_b, surfaces, starts, runs,
                          learning_rate, tolerance, learning_rates, steps, z, loss, slope)


class TrainingRun(NamedTuple):
    """Where gradient descent ended, and the cost at every iteration on the way."""

    w: np.ndarray
    b: float
    costs: tuple


@checked()
@experiment
def learning_rate_curves() -> dict[str, TrainingRun]:
    """Chapter 3's experiment: 300 steps of gradient descent with four learning rates.

    Logistic regression trained by [`optimize`][mlbook.logistic.optimize] on the three
    standardised breast-cancer features of
    [`load_breast_cancer_features`][mlbook.datasets.load_breast_cancer_features], from zero
    weights, with the learning rates 0.01, 1, 20 and 100. Computed once per process; the
    result is read-only.

    Returns
    -------
    dict of str to TrainingRun
        `"alpha = 0.01"`, `"alpha = 1"`, `"alpha = 20"`, `"alpha = 100"`: the final
        `w` (3, 1) and `b`, and the 300 costs `J` before each step.

    Raises
    ------
    TypeError
        If called with arguments.

    Examples
    --------
    >>> curves = learning_rate_curves()
    >>> {label: round(run.costs[-1], 4) for label, run in curves.items()}
    {'alpha = 0.01': 0.3957, 'alpha = 1': 0.165, 'alpha = 20': 0.1646, 'alpha = 100': 0.5647}
    """
    X, Y = load_breast_cancer_features()
    w0, b0 = initialize_with_zeros(X.shape[0])
    curves = {}
    for alpha in (0.01, 1.0, 20.0, 100.0):
        params, _, costs = optimize(w0, b0, X, Y, num_iterations=300, learning_rate=alpha)
        curves[f"alpha = {alpha:g}"] = TrainingRun(params["w"], params["b"], costs)
    return curves


class StandardisingComparison(NamedTuple):
    """Gradient descent on one feature, as measured and standardised (keys `"raw"`,
    `"standardised"` in every mapping)."""

    minimum_cost: float
    """The minimum of the cost, the same for both versions (they describe the same models)."""
    learning_rates: tuple
    """The grid of learning rates tried on both versions."""
    steps: Mapping
    """Iterations until the cost is within `tolerance` of `minimum_cost`, one per
    learning rate (None if not within `max_iterations`)."""
    tolerance: float
    max_iterations: int
    best_rate: Mapping
    """The learning rate of the grid that needs the fewest iterations."""
    grid_w: Mapping
    grid_b: Mapping
    surfaces: Mapping
    """The cost over `grid_b` x `grid_w`: row i is `b = grid_b[i]`."""
    paths: Mapping
    """The first `(w, b)` points of the run with `best_rate`, shape (k, 2)."""


@checked()
@experiment
def standardising_experiment() -> StandardisingComparison:
    """Chapter 3's experiment: the narrow trough of a raw feature, and standardising it.

    Logistic regression on the breast-cancer "mean radius" alone, as measured (mean about
    14, standard deviation about 3.5) and standardised, trained by gradient descent from
    zero with the learning rates 0.01, 0.1, 1 and 10 until the cost is within 0.001 of its
    minimum (at most 10,000 iterations). It also gives the first 100 steps of each
    version's fastest run, and its cost over a grid of `(w, b)` around them and the end.
    Computed once per process; the result is read-only.

    Returns
    -------
    StandardisingComparison

    Raises
    ------
    TypeError
        If called with arguments.

    Examples
    --------
    >>> result = standardising_experiment()
    >>> result.best_rate["raw"] < result.best_rate["standardised"]
    True
    >>> result.paths["raw"].shape, result.surfaces["raw"].shape
    ((101, 2), (121, 121))
    """
    features = {"raw": load_breast_cancer_features(["mean radius"], standardize=False),
                "standardised": load_breast_cancer_features(["mean radius"])}
    learning_rates, max_iterations, tolerance = (0.01, 0.1, 1.0, 10.0), 10_000, 1e-3
    X, Y = features["standardised"]
    minimum_cost = optimize(np.zeros((1, 1)), 0.0, X, Y, 1000, learning_rate=10.0)[2][-1]
    steps, best_rate, grid_w, grid_b, surfaces, paths = {}, {}, {}, {}, {}, {}
    for name, (X, Y) in features.items():
        counts, ends = [], []
        for rate in learning_rates:
            w, b, count = np.zeros((1, 1)), 0.0, None
            for i in range(max_iterations):
                grads, cost = propagate(w, b, X, Y)
                if cost - minimum_cost < tolerance:
                    count = i
                    break
                w, b = w - rate * grads["dw"], b - rate * grads["db"]
            counts.append(count)
            ends.append(np.array([w[0, 0], b]))
        steps[name] = tuple(counts)
        fastest = min(range(len(learning_rates)),
                      key=lambda i: np.inf if counts[i] is None else counts[i])
        best_rate[name] = learning_rates[fastest]
        paths[name] = minimize(_along_w_and_b(propagate, X, Y), np.zeros(2), best_rate[name],
                               num_iterations=100).path
        corners = np.vstack([paths[name], ends[fastest]])
        low, high = corners.min(axis=0), corners.max(axis=0)
        margin = 0.15 * (high - low)
        grid_w[name] = np.linspace(low[0] - margin[0], high[0] + margin[0], 121)
        grid_b[name] = np.linspace(low[1] - margin[1], high[1] + margin[1], 121)
        surfaces[name] = np.array([[propagate(np.array([[w]]), b, X, Y)[1]
                                    for w in grid_w[name]] for b in grid_b[name]])
    return StandardisingComparison(minimum_cost, learning_rates, steps, tolerance,
                                   max_iterations, best_rate, grid_w, grid_b, surfaces, paths)


class BatchComparison(NamedTuple):
    """Full-batch and mini-batch gradient descent on the same problem, epoch by epoch.

    Every mapping has the keys `"full batch"`, `"mini-batch, constant rate"` and
    `"mini-batch, decaying rate"`.
    """

    minimum_cost: float
    batch_size: int
    decay_rate: float
    """Of the decaying rate, `alpha_0 / (1 + decay_rate * step)`."""
    learning_rates: tuple
    """The grid from which each method's (starting) learning rate was chosen."""
    curves: Mapping
    """Method -> learning rate -> `J - minimum_cost` before the first epoch and after
    each, shape (101,)."""
    best_rate: Mapping
    """The rate of the grid that gave each method its lowest cost after the last epoch."""
    seconds_per_epoch: Mapping
    """Measured time of one epoch with `best_rate` (the fastest of three timings)."""

    @property
    def excess(self) -> dict[str, np.ndarray]:
        """Method -> its curve with `best_rate`."""
        return {name: self.curves[name][rate] for name, rate in self.best_rate.items()}


@checked()
@experiment
def minibatch_vs_full_batch() -> BatchComparison:
    """Chapter 3's experiment: mini-batches of 32 against the full batch, 100 epochs each.

    On the three standardised breast-cancer features of
    [`load_breast_cancer_features`][mlbook.datasets.load_breast_cancer_features], from zero
    weights: full-batch [`optimize`][mlbook.logistic.optimize] (one step per epoch), and
    [`optimize_minibatch`][mlbook.logistic.optimize_minibatch] with batches of 32 (18 steps
    per epoch) at a constant rate and with
    `inverse_time_decay(alpha_0, decay_rate=0.005)`. Each method gets the learning rate of
    the grid 0.1, 0.3, 1, 3, 10, 30 that leaves it with the lowest cost after 100 epochs.
    The time of an epoch is measured when this runs. Computed once per process; the result
    is read-only.

    Returns
    -------
    BatchComparison

    Raises
    ------
    TypeError
        If called with arguments.

    Examples
    --------
    >>> result = minibatch_vs_full_batch()
    >>> sorted(result.excess), len(result.excess["full batch"])
    (['full batch', 'mini-batch, constant rate', 'mini-batch, decaying rate'], 101)
    """
    X, Y = load_breast_cancer_features()
    w0, b0 = initialize_with_zeros(X.shape[0])
    num_epochs, batch_size, decay_rate = 100, 32, 0.005
    learning_rates = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
    minimum_cost = min(optimize(w0, b0, X, Y, num_iterations=3000, learning_rate=10.0)[2])

    def full_batch(rate: float) -> list[float]:
        return optimize(w0, b0, X, Y, num_epochs + 1, rate)[2]  # costs after 0..100 steps

    def constant_rate(rate: float) -> list[float]:
        return optimize_minibatch(w0, b0, X, Y, num_epochs, batch_size, rate)[1]

    def decaying_rate(rate: float) -> list[float]:
        schedule = inverse_time_decay(rate, decay_rate=decay_rate)
        return optimize_minibatch(w0, b0, X, Y, num_epochs, batch_size, rate, schedule)[1]

    methods = {"full batch": full_batch, "mini-batch, constant rate": constant_rate,
               "mini-batch, decaying rate": decaying_rate}
    curves, best_rate, seconds_per_epoch = {}, {}, {}
    for name, train in methods.items():
        curves[name] = {rate: np.array(train(rate)) - minimum_cost for rate in learning_rates}
        best_rate[name] = min(learning_rates, key=lambda rate: curves[name][rate][-1])
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            train(best_rate[name])
            timings.append((time.perf_counter() - start) / num_epochs)
        seconds_per_epoch[name] = min(timings)
    return BatchComparison(minimum_cost, batch_size, decay_rate, learning_rates, curves,
                           best_rate, seconds_per_epoch)
