"""Gradient checking: compare backpropagation with centred finite differences.

`cost_fn` takes a dict of parameters (arrays or numbers) and returns the cost as a float.
For every entry `theta` of every parameter, the centred difference
`(J(theta + eps) - J(theta - eps)) / (2 eps)` approximates `dJ/dtheta` with an error of
order `eps**2`; a correct backward pass agrees with it to a relative error below ~1e-7.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import sklearn.datasets

from mlbook._experiment import experiment
from mlbook._validation import (
    array_dict,
    as_finite_array,
    checked,
    function,
    gradients_like,
    positive_number,
    scalar,
    seed,
)
from mlbook.datasets import load_breast_cancer_features
from mlbook.logistic import propagate
from mlbook.losses import binary_cross_entropy_with_logits

CostFunction = Callable[[dict[str, np.ndarray]], float]


@checked(cost_fn=function(returning=scalar), params=array_dict, epsilon=positive_number)
def numerical_gradient(
    cost_fn: CostFunction, params: Mapping[str, np.ndarray], epsilon: float = 1e-7
) -> dict[str, np.ndarray]:
    """Centred finite differences of `cost_fn` over every entry of every parameter.

    Parameters
    ----------
    cost_fn : callable
        `cost_fn(params) -> float`.
    params : dict of str to ndarray
        The point where to differentiate (not modified; numbers count as 0-d arrays).
    epsilon : float, default 1e-7
        Half the width of the difference.

    Returns
    -------
    dict of str to ndarray
        `"d" + name` -> array of the shape of `params[name]`.

    Raises
    ------
    TypeError
        If `cost_fn` is not callable or `params` is not a dict of numeric arrays.
    ValueError
        If a parameter holds NaN or inf, `epsilon` is not positive, or `cost_fn`
        returns a value that is not a finite number.

    Examples
    --------
    >>> def cost(p):
    ...     return float(np.sum(p["w"] ** 2) + 3 * p["b"])
    >>> grads = numerical_gradient(cost, {"w": np.array([1.0, -2.0]), "b": 0.5})
    >>> grads["dw"].round(6), float(grads["db"].round(6))
    (array([ 2., -4.]), 3.0)
    """
    grads = {}
    for name, theta in params.items():
        d_theta = np.zeros_like(theta)
        for index in np.ndindex(theta.shape):
            shifted = dict(params)
            plus, minus = theta.copy(), theta.copy()
            plus[index] += epsilon
            minus[index] -= epsilon
            shifted[name] = plus
            J_plus = cost_fn(shifted)
            shifted[name] = minus
            J_minus = cost_fn(shifted)
            d_theta[index] = (J_plus - J_minus) / (2 * epsilon)
        grads["d" + name] = d_theta
    return grads


@checked(a=as_finite_array, b=as_finite_array)
def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """`||a - b|| / (||a|| + ||b||)`: 0 when equal, 1 when opposite, scale-free.

    Parameters
    ----------
    a, b : array_like of the same shape
        For instance the analytic and the numerical gradient.

    Returns
    -------
    float
        In [0, 1]; 0.0 when both are zero.

    Raises
    ------
    TypeError
        If `a` or `b` is not numeric.
    ValueError
        If they differ in shape or hold NaN or inf.

    Examples
    --------
    >>> relative_error([1.0, 2.0], [1.0, 2.0])
    0.0
    >>> round(relative_error([1.0, 2.0], [1.0, 2.1]), 4)
    0.0219
    """
    if a.shape != b.shape:
        raise ValueError(f"a and b must have the same shape, got {a.shape} and {b.shape}")
    denominator = np.linalg.norm(a) + np.linalg.norm(b)
    if denominator == 0:
        return 0.0
    return float(np.linalg.norm(a - b) / denominator)


@checked(cost_fn=function(returning=scalar), params=array_dict, grads=gradients_like("params"),
         epsilon=positive_number)
def gradient_check(
    cost_fn: CostFunction,
    params: Mapping[str, np.ndarray],
    grads: Mapping[str, np.ndarray],
    epsilon: float = 1e-7,
) -> float:
    """Relative error between the gradients `grads` and centred finite differences.

    All parameters are flattened into one vector, so the result is one number for the
    whole model. Below about 1e-7 the gradients are right; above 1e-3 something is wrong.

    Parameters
    ----------
    cost_fn : callable
        `cost_fn(params) -> float`.
    params : dict of str to ndarray
        The point where to check.
    grads : dict of str to ndarray
        The analytic gradients: `"d" + name` for every parameter, of the same shape.
    epsilon : float, default 1e-7
        Half the width of the difference.

    Returns
    -------
    float
        [`relative_error`][mlbook.gradcheck.relative_error] of the two flattened gradient vectors.

    Raises
    ------
    TypeError, ValueError
        As [`numerical_gradient`][mlbook.gradcheck.numerical_gradient], and if `grads` lacks a
        parameter's gradient or
        has a different shape.

    Examples
    --------
    >>> def cost(p):
    ...     return float(np.sum(p["w"] ** 2))
    >>> params = {"w": np.array([1.0, -2.0])}
    >>> gradient_check(cost, params, {"dw": 2 * params["w"]}) < 1e-7
    True
    >>> gradient_check(cost, params, {"dw": params["w"]}) > 1e-3  # a bug: the 2 is missing
    True
    """
    numerical = numerical_gradient(cost_fn, params, epsilon)
    keys = ["d" + name for name in params]  # all gradients, flattened into one vector each
    analytic_vector = np.concatenate([np.ravel(grads[key]) for key in keys])
    numerical_vector = np.concatenate([np.ravel(numerical[key]) for key in keys])
    return relative_error(analytic_vector, numerical_vector)


@dataclass(frozen=True)
class EpsilonSweep:
    """Gradient checks at many epsilons, as
    [`logistic_epsilon_sweep`][mlbook.gradcheck.logistic_epsilon_sweep] returns them.

    Read-only, because the sweep is remembered and shared: its arrays cannot be written.

    Attributes
    ----------
    epsilons : ndarray of shape (k,)
        The half-widths tried, increasing.
    errors : mapping of str to ndarray of shape (k,)
        Gradient label -> the relative error of
        [`gradient_check`][mlbook.gradcheck.gradient_check] at each epsilon.
    parameters : mapping of str to ndarray
        The point where the gradients were checked: `"w"` (n_x, 1) and `"b"` (a 0-d
        array).
    """

    epsilons: np.ndarray
    errors: Mapping[str, np.ndarray]
    parameters: Mapping[str, np.ndarray]


@checked(seed=seed)
@experiment
def logistic_epsilon_sweep(seed: int = 0) -> EpsilonSweep:
    """Gradient checks of logistic regression, right and broken, for epsilon from 1e-12 to 0.1.

    The model is logistic regression on all 30 standardised features of the breast-cancer
    data, at a random point: `w` drawn as `0.1 * standard_normal((30, 1))` from
    `numpy.random.default_rng(seed)`, `b = 0.2`. Two gradients are checked at 23 epsilons,
    evenly spaced on a log scale: `"backpropagation"`, from
    [`propagate`][mlbook.logistic.propagate], and `"broken: db not divided by m"`, the same
    with a classic slip. The sweep runs once per Python process and is remembered, so that a
    page and its figure share it.

    Parameters
    ----------
    seed : int, default 0
        Seed of the random weights.

    Returns
    -------
    EpsilonSweep
        The epsilons, the two gradients' relative errors and the point (read-only).

    Raises
    ------
    TypeError, ValueError
        If `seed` is not a valid seed.

    Examples
    --------
    >>> sweep = logistic_epsilon_sweep()
    >>> sweep.epsilons[[0, 10, -1]], list(sweep.errors)
    (array([1.e-12, 1.e-07, 1.e-01]), ['backpropagation', 'broken: db not divided by m'])
    >>> bool(sweep.errors["backpropagation"][10] < 1e-7 < 1e-3 < sweep.errors[
    ...     "broken: db not divided by m"].min())
    True
    """
    features = list(sklearn.datasets.load_breast_cancer().feature_names)
    X, Y = load_breast_cancer_features(features=features)       # X (30, 569), Y (1, 569)
    n_x, m = X.shape
    rng = np.random.default_rng(seed)
    params = {"w": 0.1 * rng.standard_normal((n_x, 1)), "b": np.array(0.2)}

    def cost_fn(p):
        return binary_cross_entropy_with_logits(p["w"].T @ X + p["b"], Y)

    grads, _ = propagate(params["w"], params["b"], X, Y)
    gradients = {"backpropagation": grads,
                 "broken: db not divided by m": {"dw": grads["dw"], "db": grads["db"] * m}}
    epsilons = np.logspace(-12, -1, 23)
    errors = {label: np.array([gradient_check(cost_fn, params, g, epsilon=e) for e in epsilons])
              for label, g in gradients.items()}
    return EpsilonSweep(epsilons, errors, params)
