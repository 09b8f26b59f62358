"""Many shallow networks trained at once: the Playground's trainer.

The Playground shows a network learning for every combination of data set, hidden size,
activation and learning rate it offers, so the build trains hundreds of small networks.
One at a time, [`nn_model`][mlbook.shallow.nn_model] spends most of its time in Python, not
in arithmetic: a step of a network with four hidden units on 400 points is a few dozen small
array operations. [`nn_model_batch`][mlbook.playground.nn_model_batch] trains `K` networks of
one shape in one set of array operations. It is vectorization again (chapter 4), over a new
axis: every array of `mlbook.shallow` gets a leading axis `k`, one slice
per network, and the formulas do not change, because `@` multiplies matrix by matrix for
each `k`:

    Z1 = W1 @ X + b1     W1 (K, n_h, n_x),  X (K, n_x, m),  Z1 (K, n_h, m)

Each network computes exactly what `nn_model` computes with the same data, learning rate,
activation and seed (the unit tests compare them run by run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from mlbook._validation import (
    as_finite_array,
    checked,
    function,
    needs,
    one_of,
    optional,
    positive_int,
    positive_number,
    seed,
)
from mlbook.activations import ACTIVATION_NAMES, get_activation, sigmoid
from mlbook.losses import EPSILON
from mlbook.shallow import NETWORK_KEYS, Parameters, initialize_parameters


def _stacked_samples(value: object, name: str) -> np.ndarray:
    """A finite float array of shape `(K, n_x, m)`: `K` sets of samples, one per column."""
    array = as_finite_array(value, name)
    if array.ndim != 3 or array.size == 0:
        raise ValueError(f"{name} must have shape (K, n_x, m), one (n_x, m) set of samples per "
                         f"network, got shape {array.shape}")
    return array


@needs("X")
def _stacked_labels(value: object, name: str, X: np.ndarray) -> np.ndarray:
    """0/1 labels of shape `(K, n_y, m)` with the `K` and `m` of `X`."""
    array = as_finite_array(value, name)
    K, _, m = X.shape
    if array.ndim != 3 or array.shape[0] != K or array.shape[2] != m or array.shape[1] < 1:
        raise ValueError(f"{name} must have shape ({K}, n_y, {m}) to match X {X.shape}, "
                         f"got {array.shape}")
    bad = (array != 0) & (array != 1)
    if bad.any():
        raise ValueError(f"{name} must contain only the labels 0 and 1, "
                         f"got {np.unique(array[bad])[:5]}")
    return array


@needs("X")
def _rates(value: object, name: str, X: np.ndarray) -> np.ndarray:
    """One positive learning rate for all `K` networks, or one each: an array `(K,)`."""
    K = X.shape[0]
    if np.ndim(value) == 0:
        return np.full(K, positive_number(value, name))
    array = as_finite_array(value, name)
    if array.shape != (K,):
        raise ValueError(f"{name} must be a number or hold one rate per network, shape ({K},), "
                         f"got shape {array.shape}")
    if np.any(array <= 0):
        raise ValueError(f"{name} must be positive, got {array[array <= 0][:5]}")
    return array


@checked(X=_stacked_samples, Y=_stacked_labels, n_h=positive_int, num_iterations=positive_int,
         learning_rate=_rates, activation=one_of(ACTIVATION_NAMES), seed=seed,
         callback=optional(function()))
def nn_model_batch(
    X: np.ndarray,
    Y: np.ndarray,
    n_h: int,
    num_iterations: int = 10000,
    learning_rate: float | np.ndarray = 1.2,
    activation: str = "tanh",
    seed: int = 2,
    callback: Callable[[int, Parameters], object] | None = None,
) -> tuple[Parameters, np.ndarray]:
    """Train `K` shallow networks of one shape at once, each as `nn_model` would.

    Network `k` learns from `X[k]` and `Y[k]` with learning rate `learning_rate[k]`; all
    start from [`initialize_parameters`][mlbook.shallow.initialize_parameters] with `seed`, as
    [`nn_model`][mlbook.shallow.nn_model] does, and share the hidden activation.

    Parameters
    ----------
    X : ndarray of shape (K, n_x, m)
        Training examples of each network, one per column.
    Y : ndarray of shape (K, n_y, m)
        Their labels, 0 or 1.
    n_h : int
        Hidden units of every network.
    num_iterations : int, default 10000
        Gradient steps.
    learning_rate : float or ndarray of shape (K,), default 1.2
        Step size, the same for all networks or one each.
    activation : str, default "tanh"
        Hidden activation of every network, a name in `ACTIVATION_NAMES`.
    seed : int, default 2
        Seed of the initial weights, the same for every network.
    callback : callable, optional
        `callback(i, parameters)` at the start of each iteration `i`, with the stacked
        parameters after `i` steps (as in `nn_model`); it must not modify them.

    Returns
    -------
    parameters : dict
        The trained `"W1"` (K, n_h, n_x), `"b1"` (K, n_h, 1), `"W2"` (K, n_y, n_h),
        `"b2"` (K, n_y, 1): slice `k` is network `k`.
    costs : ndarray of shape (num_iterations, K)
        `costs[i, k]`: the cost of network `k` before step `i`, as in `nn_model`.

    Raises
    ------
    TypeError, ValueError
        If `X` or `Y` is malformed or they do not match, a count or rate is not positive,
        there is not one rate per network, or `activation` is unknown.

    Examples
    --------
    >>> from mlbook.shallow import nn_model
    >>> x, y = np.array([[0.0, 1.0, 2.0, 3.0]]), np.array([[0, 0, 1, 1]])
    >>> X, Y = np.stack([x, x]), np.stack([y, y])
    >>> parameters, costs = nn_model_batch(X, Y, n_h=2, num_iterations=500,
    ...                                    learning_rate=np.array([0.1, 1.2]))
    >>> parameters["W1"].shape, costs.shape
    ((2, 2, 1), (500, 2))
    >>> alone, alone_costs = nn_model(x, y, n_h=2, num_iterations=500, learning_rate=1.2,
    ...                               return_costs=True)
    >>> bool(np.allclose(parameters["W1"][1], alone["W1"], rtol=0, atol=1e-12))
    True
    >>> bool(np.allclose(costs[:, 1], alone_costs, rtol=0, atol=1e-12))
    True
    """
    K, n_x, m = X.shape
    n_y = Y.shape[1]
    start = initialize_parameters(n_x, n_h, n_y, seed)
    W1, b1, W2, b2 = (np.repeat(start[key][np.newaxis], K, axis=0) for key in NETWORK_KEYS)
    alpha = learning_rate.reshape(K, 1, 1)  # one rate per network, broadcast over its arrays
    g, g_prime = get_activation(activation)
    costs = np.empty((num_iterations, K))
    for i in range(num_iterations):
        if callback is not None:
            callback(i, {"W1": W1, "b1": b1, "W2": W2, "b2": b2})
        # forward_propagation, with a leading axis of K networks
        Z1 = W1 @ X + b1
        A1 = g(Z1)
        Z2 = W2 @ A1 + b2
        A2 = sigmoid(Z2)
        # compute_cost for each network: the log loss summed over its outputs, mean over m
        p_true = np.where(Y == 1, A2, 1 - A2)
        costs[i] = -np.log(np.maximum(p_true, EPSILON)).sum(axis=(1, 2)) / m
        # backward_propagation: .T of each network's matrix is swapaxes(..., 1, 2)
        dZ2 = A2 - Y
        dW2 = (1 / m) * (dZ2 @ np.swapaxes(A1, 1, 2))
        db2 = (1 / m) * dZ2.sum(axis=2, keepdims=True)
        dZ1 = (np.swapaxes(W2, 1, 2) @ dZ2) * g_prime(Z1, a=A1)
        dW1 = (1 / m) * (dZ1 @ np.swapaxes(X, 1, 2))
        db1 = (1 / m) * dZ1.sum(axis=2, keepdims=True)
        # update_parameters, each network with its own rate
        W1 = W1 - alpha * dW1
        b1 = b1 - alpha * db1
        W2 = W2 - alpha * dW2
        b2 = b2 - alpha * db2
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, costs
