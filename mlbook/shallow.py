"""A shallow neural network (one hidden layer) with the source article's names.

Samples are columns: `X` is `(n_x, m)`, `Y` is `(n_y, m)`: one row of 0/1 labels per
output (`n_y = 1` in the article). The parameters are a dict
`{"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}`. The hidden layer
uses any activation of
[`mlbook.activations.ALL_ACTIVATION_NAMES`][mlbook.activations.ALL_ACTIVATION_NAMES] (tanh by
default, as in the article); each output unit is a sigmoid, read as `P(y_i = 1 | x)` for its
row `i`.
uses any activation of [`mlbook.activations.ACTIVATION_NAMES`][mlbook.activations.ACTIVATION_NAMES]
(tanh by default, as in
the article); each output unit is a sigmoid, read as `P(y_i = 1 | x)` for its row `i`.

Forward pass::

    Z1 = W1 X + b1,   A1 = g(Z1),   Z2 = W2 A1 + b2,   A2 = sigmoid(Z2)

Backward pass (chain rule, from the output back)::

    dZ2 = A2 - Y,            dW2 = dZ2 A1^T / m,   db2 = sum(dZ2) / m
    dZ1 = W2^T dZ2 * g'(Z1), dW1 = dZ1 X^T / m,    db1 = sum(dZ1) / m
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

import numpy as np

from mlbook._experiment import experiment
from mlbook._validation import (
    Check,
    as_finite_array,
    checked,
    describe,
    flag,
    function,
    gradients_like,
    labels,
    needs,
    one_of,
    optional,
    positive_int,
    positive_number,
    probabilities,
    samples,
    seed,
    tuple_of,
)
from mlbook.activations import ACTIVATION_NAMES, ALL_ACTIVATION_NAMES, get_activation, sigmoid
from mlbook.datasets import (
    DATASETS_2D,
    load_2d_dataset,
    load_planar_dataset,
    petal_feature,
    train_test_split,
)
from mlbook.logistic import LogisticRun, logistic_regression, logistic_run
from mlbook.losses import binary_cross_entropy
from mlbook.metrics import accuracy

Parameters = dict[str, np.ndarray]

NETWORK_KEYS = ("W1", "b1", "W2", "b2")

# The checks of a network's parameters and cache (see mlbook._validation); the listings
# start at layer_sizes.


def _network_parameters(value: object, name: str) -> Parameters:
    """A copy of `{"W1", "b1", "W2", "b2"}` as float arrays whose shapes fit together."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict with keys {NETWORK_KEYS}, got {describe(value)}")
    missing = [key for key in NETWORK_KEYS if key not in value]
    if missing:
        raise ValueError(f"{name} is missing the key(s) {missing}; expected {NETWORK_KEYS}")
    W1, b1, W2, b2 = (as_finite_array(value[key], f"{name}[{key!r}]") for key in NETWORK_KEYS)
    for key, W in (("W1", W1), ("W2", W2)):
        if W.ndim != 2 or W.size == 0:
            shape = "(n_h, n_x)" if key == "W1" else "(n_y, n_h)"
            raise ValueError(f"{name}[{key!r}] must have shape {shape}, got {W.shape}")
    n_h = W1.shape[0]
    n_y = W2.shape[0]
    expected = {"b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}
    for key, array in zip(("b1", "W2", "b2"), (b1, W2, b2), strict=True):
        if array.shape != expected[key]:
            raise ValueError(
                f"{name}[{key!r}] must have shape {expected[key]} to match W1 {W1.shape}"
                + (f" and W2 {W2.shape}" if key == "b2" else "") + f", got {array.shape}"
            )
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def _parameters_for(X: str, Y: str | None = None, n_h: str | None = None) -> Check:
    """A check for network parameters that fit the arguments named `X`, `Y` and `n_h`.

    `W1` needs one column per row (feature) of `X`; if named, `W2` one row per row
    (output) of `Y`, and `W1` `n_h` rows.
    """
    names = [argument for argument in (X, Y, n_h) if argument]

    @needs(*names)
    def check_parameters(value: object, name: str, *needed: object) -> Parameters:
        parameters = _network_parameters(value, name)
        W1, W2 = parameters["W1"], parameters["W2"]
        given = dict(zip(names, needed, strict=True))
        if W1.shape[1] != given[X].shape[0]:
            raise ValueError(f"{name}['W1'] has shape {W1.shape}, so {X} must have "
                             f"{W1.shape[1]} rows (features), got {X} of shape {given[X].shape}")
        if Y and W2.shape[0] != given[Y].shape[0]:
            raise ValueError(f"{name}['W2'] has shape {W2.shape}, so {Y} must have "
                             f"{W2.shape[0]} row(s) (one per output), got {Y} of shape "
                             f"{given[Y].shape}")
        if n_h and W1.shape[0] != given[n_h]:
            raise ValueError(f"{name}['W1'] must have {n_h} = {given[n_h]} rows, "
                             f"got shape {W1.shape}")
        return parameters

    return check_parameters


def _cache_for(parameters: str, X: str) -> Check:
    """A check for the cache of a forward pass of network `parameters` on samples `X`."""

    @needs(parameters, X)
    def check_cache(value: object, name: str, network: Parameters, examples: np.ndarray
                    ) -> dict[str, np.ndarray]:
        if not isinstance(value, Mapping):
            raise TypeError(f"{name} must be the dict returned by forward_propagation, "
                            f"got {describe(value)}")
        missing = [key for key in ("Z1", "A1", "A2") if key not in value]
        if missing:
            raise ValueError(f"{name} is missing the key(s) {missing}; pass the cache that "
                             "forward_propagation returned")
        n_h, n_y, m = network["W1"].shape[0], network["W2"].shape[0], examples.shape[1]
        expected = {"Z1": (n_h, m), "A1": (n_h, m), "Z2": (n_y, m), "A2": (n_y, m)}
        cache = {}
        for key, shape in expected.items():
            if key not in value:
                continue
            cache[key] = as_finite_array(value[key], f"{name}[{key!r}]")
            if cache[key].shape != shape:
                raise ValueError(f"{name}[{key!r}] must have shape {shape} ({n_h} hidden units, "
                                 f"{n_y} output(s), {m} samples in {X}), got {cache[key].shape}")
        probabilities(cache["A2"], f"{name}['A2']")
        return cache

    return check_cache


@checked(X=samples, Y=labels(matching="X"), n_h=positive_int)
def layer_sizes(X: np.ndarray, Y: np.ndarray, n_h: int = 4) -> tuple[int, int, int]:
    """The sizes of the three layers: input `n_x`, hidden `n_h` and output `n_y`.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Examples, one per column.
    Y : ndarray of shape (n_y, m)
        Labels, 0 or 1 (or booleans): one row per output.
    n_h : int, default 4
        Hidden units (the article hard-codes 4; here it is an argument).

    Returns
    -------
    tuple of int
        `(n_x, n_h, n_y)`.

    Raises
    ------
    TypeError, ValueError
        If `X` is not 2-D and finite, `Y` is not 0/1 labels of shape `(n_y, m)`, or
        `n_h` is not a positive integer.

    Examples
    --------
    >>> layer_sizes(np.zeros((2, 5)), np.zeros((1, 5)), n_h=4)
    (2, 4, 1)
    """
    n_x = X.shape[0]
    n_y = Y.shape[0]
    return n_x, n_h, n_y


INITIALIZATIONS = ("small", "xavier", "he")
"""Scales of the initial weights: the article's 0.01, or one set by each layer's fan-in."""


@checked(n_x=positive_int, n_h=positive_int, n_y=positive_int, seed=seed,
         initialization=one_of(INITIALIZATIONS))
def initialize_parameters(
    n_x: int, n_h: int, n_y: int, seed: int = 2, initialization: str = "small"
) -> Parameters:
    """Small random weights (to break the symmetry between hidden units) and zero biases.

    The draws are those of the article's `np.random.seed(2)` followed by
    `np.random.randn(n_h, n_x) * 0.01` and `np.random.randn(n_y, n_h) * 0.01`, made with
    a private `RandomState` so that numpy's global random state is left alone.

    `initialization` sets the scale that multiplies the same standard normal draws:
    `"small"` is the article's 0.01 for both layers; `"xavier"` gives each weight
    variance `1 / fan_in` (`sqrt(1 / n_x)` in layer 1, `sqrt(1 / n_h)` in layer 2, the
    form the deeplearning.ai courses use; Glorot and Bengio's original averages fan-in and
    fan-out); `"he"` gives variance `2 / fan_in`, made for ReLU units.

    Parameters
    ----------
    n_x, n_h, n_y : int
        Sizes of the input, hidden and output layers.
    seed : int, default 2
        Seed of the random generator.
    initialization : {"small", "xavier", "he"}, default "small"
        Scale of the weights (see above).

    Returns
    -------
    dict
        `"W1"` (n_h, n_x), `"b1"` (n_h, 1) zeros, `"W2"` (n_y, n_h), `"b2"` (n_y, 1)
        zeros.

    Raises
    ------
    TypeError, ValueError
        If a size is not a positive integer, `seed` is not a valid seed or
        `initialization` is not one of `INITIALIZATIONS`.

    Examples
    --------
    >>> parameters = initialize_parameters(2, 4, 1)
    >>> {name: value.shape for name, value in parameters.items()}
    {'W1': (4, 2), 'b1': (4, 1), 'W2': (1, 4), 'b2': (1, 1)}
    >>> parameters["W2"].round(5)
    array([[-0.01058, -0.00909,  0.00551,  0.02292]])
    >>> initialize_parameters(2, 4, 1, initialization="he")["W2"].round(5)
    array([[-0.74809, -0.64277,  0.38994,  1.62084]])
    """
    random = np.random.RandomState(seed)
    scale1, scale2 = {
        "small": (0.01, 0.01),  # the article's
        "xavier": (np.sqrt(1 / n_x), np.sqrt(1 / n_h)),  # variance 1 / fan-in
        "he": (np.sqrt(2 / n_x), np.sqrt(2 / n_h)),  # variance 2 / fan-in
    }[initialization]
    W1 = random.randn(n_h, n_x) * scale1
    b1 = np.zeros((n_h, 1))
    W2 = random.randn(n_y, n_h) * scale2
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


@checked(X=samples, parameters=_parameters_for("X"), activation=one_of(ALL_ACTIVATION_NAMES))
def forward_propagation(
    X: np.ndarray, parameters: Parameters, activation: str = "tanh"
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Compute the network's output layer by layer, keeping what backpropagation needs.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Examples, one per column.
    parameters : dict
        `"W1"` (n_h, n_x), `"b1"` (n_h, 1), `"W2"` (n_y, n_h), `"b2"` (n_y, 1).
    activation : str, default "tanh"
        The hidden layer's activation, a name in `ALL_ACTIVATION_NAMES`.

    Returns
    -------
    A2 : ndarray of shape (n_y, m)
        The output `sigmoid(Z2)`: row `i` is the probability that label `i` of each
        example is 1.
    cache : dict
        `"Z1"`, `"A1"` of shape (n_h, m) and `"Z2"`, `"A2"` of shape (n_y, m).

    Raises
    ------
    TypeError, ValueError
        If `X` is malformed, `parameters` lacks a key or has inconsistent shapes (or
        `W1` does not have `n_x` columns), or `activation` is unknown.

    Examples
    --------
    >>> A2, cache = forward_propagation(np.ones((2, 3)), initialize_parameters(2, 4, 1))
    >>> A2.shape, cache["A1"].shape, A2.round(3)  # tiny weights: about 0.5 everywhere
    ((1, 3), (4, 3), array([[0.5, 0.5, 0.5]]))
    """
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    g, _ = get_activation(activation)
    Z1 = W1 @ X + b1
    A1 = g(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


@checked(A2=probabilities, Y=labels(like="A2"))
def compute_cost(A2: np.ndarray, Y: np.ndarray) -> float:
    """The cross-entropy cost `J = -(1/m) sum(Y log A2 + (1 - Y) log(1 - A2))`.

    The sum runs over the `m` examples and the `n_y` outputs: the cost is the mean over
    examples of the log losses summed over outputs, as the course defines it. Unlike the
    article's version it takes no unused `parameters` and stays finite when an output is
    exactly 0 or 1 (see [`mlbook.losses.binary_cross_entropy`][mlbook.losses.binary_cross_entropy]).

    Parameters
    ----------
    A2 : ndarray of shape (n_y, m)
        The network's outputs, probabilities in [0, 1].
    Y : ndarray of shape (n_y, m)
        Labels, 0 or 1.

    Returns
    -------
    float
        The cost.

    Raises
    ------
    TypeError, ValueError
        If the shapes differ, `A2` leaves [0, 1], or `Y` holds other labels than 0/1.

    Examples
    --------
    >>> round(compute_cost(np.array([[0.8, 0.1, 1.0]]), np.array([[1, 0, 1]])), 4)
    0.1095
    """
    return binary_cross_entropy(A2, Y)


@checked(X=samples, Y=labels(matching="X"), parameters=_parameters_for("X", "Y"),
         cache=_cache_for("parameters", "X"), activation=one_of(ALL_ACTIVATION_NAMES))
def backward_propagation(
    parameters: Parameters,
    cache: dict[str, np.ndarray],
    X: np.ndarray,
    Y: np.ndarray,
    activation: str = "tanh",
) -> dict[str, np.ndarray]:
    """Gradients of the cost with respect to every parameter, by the chain rule.

    Parameters
    ----------
    parameters : dict
        `"W1"`, `"b1"`, `"W2"`, `"b2"` as in
        [`forward_propagation`][mlbook.shallow.forward_propagation].
    cache : dict
        What [`forward_propagation`][mlbook.shallow.forward_propagation] returned: `"Z1"`, `"A1"`,
        `"A2"`.
    X : ndarray of shape (n_x, m)
        Examples, one per column.
    Y : ndarray of shape (n_y, m)
        Labels, 0 or 1: one row per output.
    activation : str, default "tanh"
        The hidden activation used in the forward pass.

    Returns
    -------
    dict
        `"dW1"` (n_h, n_x), `"db1"` (n_h, 1), `"dW2"` (n_y, n_h), `"db2"` (n_y, 1):
        each gradient has its parameter's shape (biases stay columns).

    Raises
    ------
    TypeError, ValueError
        If any input is malformed or the shapes of `parameters`, `cache`, `X` and
        `Y` do not fit together.

    Examples
    --------
    >>> X, Y = np.array([[1.0, -1.0], [0.5, 2.0]]), np.array([[1, 0]])
    >>> parameters = initialize_parameters(2, 4, 1)
    >>> A2, cache = forward_propagation(X, parameters)
    >>> grads = backward_propagation(parameters, cache, X, Y)
    >>> {name: value.shape for name, value in grads.items()}
    {'dW1': (4, 2), 'db1': (4, 1), 'dW2': (1, 4), 'db2': (1, 1)}
    """
    m = X.shape[1]
    W2 = parameters["W2"]
    Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
    _, g_prime = get_activation(activation)
    dZ2 = A2 - Y
    dW2 = (1 / m) * (dZ2 @ A1.T)
    db2 = (1 / m) * dZ2.sum(axis=1, keepdims=True)
    dZ1 = (W2.T @ dZ2) * g_prime(Z1, a=A1)  # for tanh: 1 - A1**2, reusing A1
    dW1 = (1 / m) * (dZ1 @ X.T)
    db1 = (1 / m) * dZ1.sum(axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


@checked(parameters=_network_parameters, grads=gradients_like("parameters"),
         learning_rate=positive_number)
def update_parameters(
    parameters: Parameters, grads: dict[str, np.ndarray], learning_rate: float = 1.2
) -> Parameters:
    """One gradient-descent step: `theta := theta - learning_rate * d theta` for each one.

    Parameters
    ----------
    parameters : dict
        `"W1"`, `"b1"`, `"W2"`, `"b2"` (not modified).
    grads : dict
        `"dW1"`, `"db1"`, `"dW2"`, `"db2"` of the same shapes.
    learning_rate : float, default 1.2
        Step size, > 0.

    Returns
    -------
    dict
        New parameters, same keys and shapes.

    Raises
    ------
    TypeError, ValueError
        If a gradient is missing or has the wrong shape, or `learning_rate` <= 0.

    Examples
    --------
    >>> parameters = {"W1": np.ones((1, 1)), "b1": np.zeros((1, 1)),
    ...               "W2": np.ones((1, 1)), "b2": np.zeros((1, 1))}
    >>> grads = {"d" + name: np.full((1, 1), 0.5) for name in parameters}
    >>> update_parameters(parameters, grads, learning_rate=0.1)["W1"]
    array([[0.95]])
    """
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    W1 = W1 - learning_rate * grads["dW1"]
    b1 = b1 - learning_rate * grads["db1"]
    W2 = W2 - learning_rate * grads["dW2"]
    b2 = b2 - learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


@checked(X=samples, Y=labels(matching="X"), n_h=positive_int, num_iterations=positive_int,
         learning_rate=positive_number, activation=one_of(ALL_ACTIVATION_NAMES), print_cost=flag,
         return_costs=flag, initial_parameters=optional(_parameters_for("X", "Y", n_h="n_h")),
         seed=seed, initialization=one_of(INITIALIZATIONS), callback=optional(function()))
def nn_model(
    X: np.ndarray,
    Y: np.ndarray,
    n_h: int,
    num_iterations: int = 10000,
    learning_rate: float = 1.2,
    activation: str = "tanh",
    print_cost: bool = False,
    return_costs: bool = False,
    initial_parameters: Parameters | None = None,
    seed: int = 2,
    initialization: str = "small",
    callback: Callable[[int, Parameters], object] | None = None,
) -> Parameters | tuple[Parameters, list[float]]:
    """Train the shallow network by full-batch gradient descent.

    Each iteration runs forward propagation, the cost, backward propagation and one update.
    The inputs are checked once, here; the steps inside the loop do not check them again.

    The article's `nn_model` calls `np.random.seed(3)`, but its `initialize_parameters`
    reseeds with 2 before drawing anything, so its weights come from seed 2. With the
    default `seed=2` this function starts from exactly those weights.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training examples, one per column.
    Y : ndarray of shape (n_y, m)
        Labels, 0 or 1 (or booleans): one row per output, each learned by its own sigmoid
        unit.
    n_h : int
        Hidden units.
    num_iterations : int, default 10000
        Gradient steps.
    learning_rate : float, default 1.2
        Step size.
    activation : str, default "tanh"
        Hidden activation, a name in `ALL_ACTIVATION_NAMES`.
    print_cost : bool, default False
        Print the cost every 1000 iterations.
    return_costs : bool, default False
        Also return the cost history.
    initial_parameters : dict, optional
        Start from these weights (for instance all zeros, to show the symmetry problem)
        instead of [`initialize_parameters`][mlbook.shallow.initialize_parameters]. Not modified.
    seed : int, default 2
        Seed of [`initialize_parameters`][mlbook.shallow.initialize_parameters] when
        `initial_parameters` is None (`seed=3`
        gives the weights of the course's later version, whose test seeds 3).
    initialization : {"small", "xavier", "he"}, default "small"
        Scale of the initial weights when `initial_parameters` is None (see
        [`initialize_parameters`][mlbook.shallow.initialize_parameters]); "small" is the
        article's 0.01.
    callback : callable, optional
        `callback(i, parameters)` is called at the start of each iteration `i` with the
        parameters after `i` steps, to record snapshots (the Playground does); its return
        value is ignored and it must not modify the parameters. Training is the same with
        or without it.

    Returns
    -------
    parameters : dict
        The trained `"W1"`, `"b1"`, `"W2"`, `"b2"`.
    costs : list of float
        Only with `return_costs=True`: `costs[i]` is the cost before step `i`
        (`num_iterations` values).

    Raises
    ------
    TypeError, ValueError
        If `X` or `Y` is malformed or they do not match, a count or rate is not
        positive, `activation` or `initialization` is unknown, or
        `initial_parameters` does not fit.

    Examples
    --------
    >>> X, Y = np.array([[0.0, 1.0, 2.0, 3.0]]), np.array([[0, 0, 1, 1]])
    >>> parameters, costs = nn_model(X, Y, n_h=2, num_iterations=500, return_costs=True)
    >>> len(costs), costs[0] > costs[-1], predict(parameters, X)
    (500, True, array([[0, 0, 1, 1]]))
    >>> seen = []
    >>> _ = nn_model(X, Y, n_h=2, num_iterations=3, callback=lambda i, p: seen.append(i))
    >>> seen
    [0, 1, 2]
    """
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    if initial_parameters is None:
        parameters = initialize_parameters(n_x, n_h, n_y, seed, initialization)
    else:
        parameters = initial_parameters  # never modified: each update makes new arrays
    costs = []
    for i in range(num_iterations):
        if callback is not None:
            callback(i, parameters)
        A2, cache = forward_propagation(X, parameters, activation)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y, activation)
        parameters = update_parameters(parameters, grads, learning_rate)
        costs.append(cost)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return (parameters, costs) if return_costs else parameters


@checked(X=samples, parameters=_parameters_for("X"), activation=one_of(ALL_ACTIVATION_NAMES))
def predict(parameters: Parameters, X: np.ndarray, activation: str = "tanh") -> np.ndarray:
    """Predicted labels: 1 where the network's output `A2 > 0.5`, else 0 (one row per output).

    Parameters
    ----------
    parameters : dict
        Trained `"W1"`, `"b1"`, `"W2"`, `"b2"`.
    X : ndarray of shape (n_x, m)
        Examples, one per column.
    activation : str, default "tanh"
        The hidden activation the network was trained with.

    Returns
    -------
    ndarray of shape (n_y, m), int64
        Zeros and ones.

    Raises
    ------
    TypeError, ValueError
        If `X` or `parameters` is malformed or they do not fit, or `activation` is
        unknown.

    Examples
    --------
    >>> parameters = {"W1": np.array([[1.0]]), "b1": np.zeros((1, 1)),
    ...               "W2": np.array([[5.0]]), "b2": np.zeros((1, 1))}
    >>> predict(parameters, np.array([[-2.0, 2.0]]))
    array([[0, 1]])
    """
    A2, _ = forward_propagation(X, parameters, activation)
    return (A2 > 0.5).astype(np.int64)


@checked(X=samples, parameters=_parameters_for("X"))
def dead_units(parameters: Parameters, X: np.ndarray) -> int:
    """How many hidden units are "dead": their pre-activation is <= 0 on every example.

    A dead ReLU unit outputs 0 and passes back a zero gradient for every example, so
    gradient descent can never revive it.

    Parameters
    ----------
    parameters : dict
        `"W1"` (n_h, n_x) and `"b1"` (n_h, 1), e.g. from `nn_model`; `"W2"` and
        `"b2"` must be there too.
    X : ndarray of shape (n_x, m)
        Examples, one per column.

    Returns
    -------
    int
        The number of rows of `Z1 = W1 X + b1` (shape (n_h, m)) with no positive entry.

    Raises
    ------
    TypeError, ValueError
        If `X` or `parameters` is malformed or they do not fit.

    Examples
    --------
    >>> parameters = {"W1": np.array([[1.0], [-1.0]]), "b1": np.array([[0.0], [-5.0]]),
    ...               "W2": np.ones((1, 2)), "b2": np.zeros((1, 1))}
    >>> dead_units(parameters, np.array([[-1.0, 2.0]]))
    1
    """
    Z1 = parameters["W1"] @ X + parameters["b1"]  # (n_h, m)
    return int(np.sum(np.all(Z1 <= 0, axis=1)))


# Experiments of chapters 8 and 9. Each one trains once per process: a page and the figures
# beside it ask for the same settings and share the run, which a private memoized function
# keeps under its settings written out in full. Results are read-only (arrays that refuse
# writes, mapping proxies, tuples), so no caller can change what the next one receives.


class Run(NamedTuple):
    """One trained network and how it did (read-only)."""

    parameters: Mapping[str, np.ndarray]
    """The trained `"W1"`, `"b1"`, `"W2"`, `"b2"`."""
    costs: np.ndarray
    """The cost before each step, as [`nn_model`][mlbook.shallow.nn_model] returns it."""
    train_accuracy: float
    """Accuracy on the points it was trained on."""
    test_accuracy: float | None
    """Accuracy on the held-out points, or None when it was trained on all of them."""


BUGS = ("tanh derivative forgotten", "1/m forgotten in db1", "db1 never computed")
"""Three mistakes that are easy to make when writing the backward pass by hand."""


@checked(X=samples, Y=labels(matching="X"), parameters=_parameters_for("X", "Y"),
         cache=_cache_for("parameters", "X"), bug=one_of(BUGS))
def buggy_backward_propagation(
    parameters: Parameters, cache: dict[str, np.ndarray], X: np.ndarray, Y: np.ndarray,
    bug: str,
) -> dict[str, np.ndarray]:
    """The tanh network's backward pass with one line wrong, as named by `bug`.

    Every gradient is that of [`backward_propagation`][mlbook.shallow.backward_propagation]
    but the one the bug spoils.

    Parameters
    ----------
    parameters, cache, X, Y
        As in [`backward_propagation`][mlbook.shallow.backward_propagation].
    bug : str
        One of `BUGS`: `"tanh derivative forgotten"` (`dZ1 = W2^T dZ2`),
        `"1/m forgotten in db1"` (a sum over the examples instead of a mean) or
        `"db1 never computed"` (left at zero).

    Returns
    -------
    dict
        `"dW1"`, `"db1"`, `"dW2"`, `"db2"`, with the shapes of the correct ones.

    Raises
    ------
    TypeError, ValueError
        As [`backward_propagation`][mlbook.shallow.backward_propagation], or if `bug` is not
        one of `BUGS`.

    Examples
    --------
    >>> X, Y = np.array([[1.0, -1.0], [0.5, 2.0]]), np.array([[1, 0]])
    >>> parameters = initialize_parameters(2, 4, 1)
    >>> _, cache = forward_propagation(X, parameters)
    >>> buggy_backward_propagation(parameters, cache, X, Y, "db1 never computed")["db1"].ravel()
    array([0., 0., 0., 0.])
    """
    m = X.shape[1]
    grads = backward_propagation(parameters, cache, X, Y)
    if bug == "tanh derivative forgotten":
        dZ1 = parameters["W2"].T @ (cache["A2"] - Y)  # the factor (1 - A1**2) is missing
        return {**grads, "dW1": dZ1 @ X.T / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m}
    if bug == "1/m forgotten in db1":
        return {**grads, "db1": grads["db1"] * m}  # a sum over the examples, not a mean
    return {**grads, "db1": np.zeros_like(grads["db1"])}  # "db1 never computed": line lost


@checked(bug=optional(one_of(BUGS)), num_iterations=positive_int)
@experiment
def flower_training_with_bug(bug: str | None = None, num_iterations: int = 2000) -> Run:
    """The article's network trained on the flower with a correct or a buggy backward pass.

    The loop of [`nn_model`][mlbook.shallow.nn_model] (4 tanh hidden units, learning rate
    1.2, the article's initial weights), with
    [`buggy_backward_propagation`][mlbook.shallow.buggy_backward_propagation] in place of
    [`backward_propagation`][mlbook.shallow.backward_propagation] when `bug` is given. One
    run per process and setting.

    Parameters
    ----------
    bug : str, optional
        One of `BUGS`, or None for the correct backward pass.
    num_iterations : int, default 2000
        Gradient steps.

    Returns
    -------
    Run
        The trained parameters, the cost before each step and the training accuracy
        (`test_accuracy` is None).

    Raises
    ------
    TypeError, ValueError
        If `bug` is not None or one of `BUGS`, or `num_iterations` is not positive.

    Examples
    --------
    >>> run = flower_training_with_bug("db1 never computed", num_iterations=10)
    >>> run.parameters["b1"].ravel(), len(run.costs)
    (array([0., 0., 0., 0.]), 10)
    >>> run is flower_training_with_bug(bug="db1 never computed", num_iterations=10)
    True
    """
    X, Y = load_planar_dataset()
    parameters = initialize_parameters(n_x=2, n_h=4, n_y=1)
    costs = []
    for _ in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        if bug is None:
            grads = backward_propagation(parameters, cache, X, Y)
        else:
            grads = buggy_backward_propagation(parameters, cache, X, Y, bug)
        parameters = update_parameters(parameters, grads, learning_rate=1.2)
    return Run(parameters, np.array(costs), accuracy(predict(parameters, X), Y), None)


@checked(dataset=one_of(DATASETS_2D), n_h=positive_int, activation=one_of(ACTIVATION_NAMES),
         learning_rate=positive_number, num_iterations=positive_int,
         initialization=one_of(INITIALIZATIONS), split_seed=optional(seed))
@experiment
def planar_run(
    dataset: str = "flower",
    n_h: int = 4,
    activation: str = "tanh",
    learning_rate: float = 1.2,
    num_iterations: int = 10000,
    initialization: str = "small",
    split_seed: int | None = None,
) -> Run:
    """Train the shallow network on a 2-D data set once, and measure its accuracy.

    With `split_seed` the data are split by [`train_test_split`][mlbook.datasets.train_test_split]
    (a quarter held out) and the network is trained on the rest; without it, on every point.
    The initial weights are those of
    [`initialize_parameters`][mlbook.shallow.initialize_parameters] (seed 2). One run per
    process and setting: a page and its figures share it.

    Parameters
    ----------
    dataset : str, default "flower"
        A name in [`DATASETS_2D`][mlbook.datasets.DATASETS_2D].
    n_h : int, default 4
        Hidden units.
    activation : str, default "tanh"
        Hidden activation, a name in `ACTIVATION_NAMES`.
    learning_rate : float, default 1.2
        Step size.
    num_iterations : int, default 10000
        Gradient steps.
    initialization : {"small", "xavier", "he"}, default "small"
        Scale of the initial weights.
    split_seed : int, optional
        Seed of the split; None trains on all the points.

    Returns
    -------
    Run
        Trained parameters, cost history, training accuracy and held-out accuracy (None
        without a split).

    Raises
    ------
    TypeError, ValueError
        If a setting is unknown, not positive or not a valid seed.

    Examples
    --------
    >>> run = planar_run("noisy_moons", n_h=2, num_iterations=200, split_seed=0)
    >>> run.parameters["W1"].shape, len(run.costs), round(run.test_accuracy, 2)
    ((2, 2), 200, 0.82)
    >>> run is planar_run(dataset="noisy_moons", n_h=2, num_iterations=200, split_seed=0)
    True
    """
    X, Y = load_2d_dataset(dataset)
    X_test = Y_test = None
    if split_seed is not None:
        X, X_test, Y, Y_test = train_test_split(X, Y, test_size=0.25, seed=split_seed)
    parameters, costs = nn_model(X, Y, n_h, num_iterations, learning_rate, activation,
                                 return_costs=True, initialization=initialization)
    train_accuracy = accuracy(predict(parameters, X, activation), Y)
    test_accuracy = None
    if X_test is not None:
        test_accuracy = accuracy(predict(parameters, X_test, activation), Y_test)
    return Run(parameters, np.array(costs), train_accuracy, test_accuracy)


SPLIT_SEEDS = (0, 1, 2, 3, 4)
"""The seeds of the held-out splits over which chapter 9 repeats a comparison."""


@checked(split_seed=optional(seed))
def hidden_size_sweep(split_seed: int | None = None) -> dict[int, Run]:
    """The course's comparison of hidden sizes on the flower, 5,000 iterations each.

    Parameters
    ----------
    split_seed : int, optional
        Train on the training part of this split (see
        [`planar_run`][mlbook.shallow.planar_run]); None trains on all 400 points, as the
        course does.

    Returns
    -------
    dict
        `n_h -> Run` for `n_h` = 1, 2, 3, 4, 5, 20 and 50 (tanh, learning rate 1.2).

    Raises
    ------
    TypeError, ValueError
        If `split_seed` is not None or a valid seed.

    Examples
    --------
    >>> sweep = hidden_size_sweep()
    >>> list(sweep), sweep[4] is planar_run(n_h=4, num_iterations=5000)
    ([1, 2, 3, 4, 5, 20, 50], True)
    """
    return {n_h: planar_run("flower", n_h=n_h, num_iterations=5000, split_seed=split_seed)
            for n_h in (1, 2, 3, 4, 5, 20, 50)}


@checked(split_seed=optional(seed))
def learning_rate_sweep(split_seed: int | None = None) -> dict[float, Run]:
    """The article's network and run on the flower, with learning rates from 0.01 to 100.

    Parameters
    ----------
    split_seed : int, optional
        Train on the training part of this split (see
        [`planar_run`][mlbook.shallow.planar_run]); None trains on all 400 points, as the
        article does.

    Returns
    -------
    dict
        `learning_rate -> Run` for 0.01, 0.1, 0.5, 1.2 (the article's), 5, 20 and 100;
        4 tanh hidden units, 10,000 iterations.

    Raises
    ------
    TypeError, ValueError
        If `split_seed` is not None or a valid seed.

    Examples
    --------
    >>> sweep = learning_rate_sweep()
    >>> list(sweep), sweep[1.2] is planar_run()
    ([0.01, 0.1, 0.5, 1.2, 5.0, 20.0, 100.0], True)
    """
    return {rate: planar_run("flower", n_h=4, learning_rate=rate, num_iterations=10000,
                             split_seed=split_seed)
            for rate in (0.01, 0.1, 0.5, 1.2, 5.0, 20.0, 100.0)}


@checked(dataset=one_of(DATASETS_2D), split_seed=optional(seed))
def line_and_network(dataset: str, split_seed: int | None = None) -> tuple[LogisticRun, Run]:
    """Logistic regression and the article's network (5,000 iterations) on one 2-D data set.

    Parameters
    ----------
    dataset : str
        A name in [`DATASETS_2D`][mlbook.datasets.DATASETS_2D].
    split_seed : int, optional
        Train both on the training part of this split; None trains on all the points.

    Returns
    -------
    tuple
        [`logistic_run`][mlbook.logistic.logistic_run] and
        [`planar_run`][mlbook.shallow.planar_run] (4 tanh units, learning rate 1.2, 5,000
        iterations) with the same data.

    Raises
    ------
    TypeError, ValueError
        If `dataset` is unknown or `split_seed` is not None or a valid seed.

    Examples
    --------
    >>> line, network = line_and_network("noisy_moons")
    >>> line.train_accuracy, network.train_accuracy
    (0.845, 0.99)
    """
    return (logistic_run(dataset, split_seed),
            planar_run(dataset, n_h=4, num_iterations=5000, split_seed=split_seed))


# Experiments on the flower, each run once per process (mlbook._experiment): a page and the
# figures beside it call the same function and read the same numbers, read-only.


@checked(activation=one_of(ALL_ACTIVATION_NAMES), target=positive_number,
         learning_rate=positive_number, seeds=tuple_of(seed), num_iterations=positive_int,
         n_h=positive_int)
@experiment
def iterations_to_cost(
    activation: str,
    target: float = 0.5,
    learning_rate: float = 1.2,
    seeds: tuple[int, ...] = tuple(range(9)),
    num_iterations: int = 1000,
    n_h: int = 4,
) -> np.ndarray:
    """From each of several starts, how many steps the flower network needs to a cost below target.

    The network of [`nn_model`][mlbook.shallow.nn_model] is trained on the whole flower once per
    seed of [`initialize_parameters`][mlbook.shallow.initialize_parameters] (the article's start
    is seed 2).

    Parameters
    ----------
    activation : str
        Hidden activation, a name in `ALL_ACTIVATION_NAMES`.
    target : float, default 0.5
        The cost to get below.
    learning_rate : float, default 1.2
        Step size (the article's).
    seeds : sequence of int, default 0 to 8
        One start per seed.
    num_iterations : int, default 1000
        Steps of each run at most.
    n_h : int, default 4
        Hidden units.

    Returns
    -------
    ndarray of shape (len(seeds),), read-only
        The first iteration whose cost is below `target`, per seed; `inf` if none of
        the `num_iterations` is.

    Raises
    ------
    TypeError, ValueError
        If `activation` is unknown, or a number, count or seed is not valid.

    Examples
    --------
    >>> iterations_to_cost("tanh", seeds=(2, 3), num_iterations=300)
    array([123., 282.])
    """
    X, Y = load_planar_dataset()
    iterations = np.full(len(seeds), np.inf)  # inf: the cost never got below target
    for index, start in enumerate(seeds):
        _, costs = nn_model(X, Y, n_h, num_iterations, learning_rate, activation,
                            return_costs=True, seed=start)
        below = np.flatnonzero(np.array(costs) < target)
        if below.size:
            iterations[index] = below[0]
    return iterations


class TunedRun(NamedTuple):
    """The run with the lowest final cost, and what else was tried; see `tune_learning_rate`."""

    learning_rate: float
    parameters: Mapping[str, np.ndarray]  # read-only
    costs: np.ndarray  # the cost before each step, read-only
    learning_rates: tuple[float, ...]  # every rate tried
    final_costs: tuple[float, ...]  # the last cost of the run at each of them


@checked(activation=one_of(ALL_ACTIVATION_NAMES), learning_rates=tuple_of(positive_number),
         num_iterations=positive_int, n_h=positive_int)
@experiment
def tune_learning_rate(
    activation: str,
    learning_rates: tuple[float, ...] = (0.3, 1.2, 4.8),
    num_iterations: int = 5000,
    n_h: int = 4,
) -> TunedRun:
    """Train the flower network at each learning rate; keep the run with the lowest final cost.

    The network trains on the training part of the flower's default split,
    `train_test_split(X, Y)` (300 of the 400 points); the 100 test points are left for the
    caller to judge the result on. The learning rate is chosen on the training cost only.

    Parameters
    ----------
    activation : str
        Hidden activation, a name in `ALL_ACTIVATION_NAMES`.
    learning_rates : sequence of float, default (0.3, 1.2, 4.8)
        The rates to try, each from the article's start (seed 2).
    num_iterations : int, default 5000
        Steps of each run.
    n_h : int, default 4
        Hidden units.

    Returns
    -------
    TunedRun
        `learning_rate`, `parameters` and `costs` of the best run, `learning_rates`,
        and `final_costs`, the last cost of the run at each of them; all read-only.

    Raises
    ------
    TypeError, ValueError
        If `activation` is unknown, or a rate or count is not positive.

    Examples
    --------
    >>> run = tune_learning_rate("tanh", learning_rates=(0.5, 2.0), num_iterations=200)
    >>> run.learning_rate, [round(cost, 3) for cost in run.final_costs]
    (2.0, [0.592, 0.566])
    """
    X, Y = load_planar_dataset()
    X_train, _, Y_train, _ = train_test_split(X, Y)
    runs = [nn_model(X_train, Y_train, n_h, num_iterations, learning_rate, activation,
                     return_costs=True) for learning_rate in learning_rates]
    final_costs = tuple(float(costs[-1]) for _, costs in runs)
    best = int(np.argmin(final_costs))
    parameters, costs = runs[best]
    return TunedRun(learning_rates[best], parameters, np.array(costs), learning_rates,
                    final_costs)


class FeatureComparison(NamedTuple):
    """The flower split in two, and three models trained on its training part."""

    X_train: np.ndarray
    X_test: np.ndarray
    Y_train: np.ndarray
    Y_test: np.ndarray
    raw: Mapping
    """Logistic regression on the coordinates: `"w"` (2, 1), `"b"`, `"costs"`."""
    designed: Mapping
    """Logistic regression on [`petal_feature`][mlbook.datasets.petal_feature]: `"w"` (1, 1), ..."""
    networks: tuple
    """One network of four tanh units per seed of `seeds`, in that order."""
    final_costs: tuple
    """The training cost each of `networks` ended at."""
    seeds: tuple

    @property
    def network(self) -> Mapping:
        """The network of `networks` with the lowest final training cost."""
        return self.networks[int(np.argmin(self.final_costs))]


@checked()
@experiment
def designed_vs_learned_features() -> FeatureComparison:
    """Chapter 1's experiment: designed and learned features on the flower, trained once.

    The flower is split with `train_test_split(X, Y, test_size=0.25, seed=0)`. On the 300
    training points it trains logistic regression on the coordinates and on
    [`petal_feature`][mlbook.datasets.petal_feature] (2,000 steps, learning rate 0.5), and
    [`nn_model`][mlbook.shallow.nn_model] with four hidden units (10,000 steps, learning
    rate 1.2) from the starting weights of seeds 0, 1 and 2; `network` is the one of lowest
    training cost. The 100 test points are not used. Computed once per process, read-only.

    Returns
    -------
    FeatureComparison
        The split, the two logistic regressions, and every network with its final
        training cost.

    Raises
    ------
    TypeError
        If called with arguments.

    Examples
    --------
    >>> result = designed_vs_learned_features()
    >>> result.X_train.shape, result.X_test.shape, result.seeds
    ((2, 300), (2, 100), (0, 1, 2))
    >>> [round(cost, 3) for cost in result.final_costs]
    [0.186, 0.221, 0.488]
    """
    X, Y = load_planar_dataset()
    X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=0)
    raw = logistic_regression(X_train, Y_train)
    designed = logistic_regression(petal_feature(X_train), Y_train)
    seeds = (0, 1, 2)
    networks, final_costs = [], []
    for start in seeds:
        network, costs = nn_model(X_train, Y_train, n_h=4, num_iterations=10_000,
                                  learning_rate=1.2, return_costs=True, seed=start)
        networks.append(network)
        final_costs.append(costs[-1])
    return FeatureComparison(X_train, X_test, Y_train, Y_test, raw, designed, tuple(networks),
                             tuple(final_costs), seeds)
