"""Gradient checking: compare backpropagation with centred finite differences.

`cost_fn` takes a dict of parameters (arrays or numbers) and returns the cost as a float.
For every entry `theta` of every parameter, the centred difference
`(J(theta + eps) - J(theta - eps)) / (2 eps)` approximates `dJ/dtheta` with an error of
order `eps**2`; a correct backward pass agrees with it to a relative error below ~1e-7.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from mlbook._validation import (
    array_dict,
    as_finite_array,
    checked,
    function,
    gradients_like,
    positive_number,
    scalar,
)

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
