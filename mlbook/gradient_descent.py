"""Gradient descent: the update step, learning-rate schedules and a small minimiser.

The update is `theta := theta - alpha * dJ/dtheta` for every parameter `theta`. A
schedule is a function `iteration -> learning rate`; [`minimize`][mlbook.gradient_descent.minimize]
runs the update on
small illustrative problems (a cost of one or two variables) and records every step, so a
chapter can draw the path and show what too large or too small a learning rate does.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from mlbook._validation import (
    array_dict,
    as_finite_array,
    checked,
    function,
    gradients_like,
    optional,
    positive_int,
    positive_number,
)

Schedule = Callable[[int], float]


@checked(params=array_dict, grads=gradients_like("params"), learning_rate=positive_number)
def gradient_descent_step(
    params: Mapping[str, np.ndarray], grads: Mapping[str, np.ndarray], learning_rate: float
) -> dict[str, np.ndarray]:
    """One update `theta := theta - learning_rate * d theta` of every parameter.

    Parameters
    ----------
    params : dict of str to ndarray
        Parameters by name, e.g. `{"w": (n_x, 1), "b": ()}` (not modified).
    grads : dict of str to ndarray
        Gradients keyed `"d" + name` with the parameters' shapes.
    learning_rate : float
        Step size `alpha` > 0.

    Returns
    -------
    dict of str to ndarray
        The new parameters, same names and shapes (numbers come back as 0-d arrays).

    Raises
    ------
    TypeError, ValueError
        If a gradient is missing or has the wrong shape, a value is not finite, or
        `learning_rate` is not positive.

    Examples
    --------
    >>> new = gradient_descent_step({"w": np.array([1.0, 2.0])}, {"dw": np.array([0.5, -1.0])},
    ...                             learning_rate=0.1)
    >>> new["w"]
    array([0.95, 2.1 ])
    """
    return {name: theta - learning_rate * grads["d" + name] for name, theta in params.items()}


def _iteration(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise TypeError(f"{name} must be an integer, got {value!r}")
    if value < 0:
        raise ValueError(f"{name} must be >= 0, got {value}")
    return int(value)


def _fraction(value: object, name: str) -> float:
    number = positive_number(value, name)
    if number > 1:
        raise ValueError(f"{name} must be in (0, 1], got {value}")
    return number


@checked(learning_rate=positive_number)
def constant(learning_rate: float) -> Schedule:
    """The same learning rate at every iteration.

    Parameters
    ----------
    learning_rate : float
        `alpha` > 0.

    Returns
    -------
    callable
        `schedule(iteration) -> learning_rate`.

    Raises
    ------
    TypeError, ValueError
        If `learning_rate` is not a positive number.

    Examples
    --------
    >>> schedule = constant(0.1)
    >>> schedule(0), schedule(1000)
    (0.1, 0.1)
    """

    @checked(iteration=_iteration)
    def schedule(iteration: int) -> float:
        return learning_rate

    return schedule


@checked(learning_rate=positive_number, decay_rate=positive_number)
def inverse_time_decay(learning_rate: float, decay_rate: float) -> Schedule:
    """`alpha_t = alpha_0 / (1 + decay_rate * t)`: fast at first, ever slower.

    Parameters
    ----------
    learning_rate : float
        `alpha_0` > 0, the rate at iteration 0.
    decay_rate : float
        > 0; the rate has halved at `t = 1 / decay_rate`.

    Returns
    -------
    callable
        `schedule(iteration) -> learning rate`.

    Raises
    ------
    TypeError, ValueError
        If an argument is not a positive number.

    Examples
    --------
    >>> schedule = inverse_time_decay(0.5, decay_rate=1.0)
    >>> [schedule(t) for t in range(4)]
    [0.5, 0.25, 0.16666666666666666, 0.125]
    """

    @checked(iteration=_iteration)
    def schedule(iteration: int) -> float:
        return learning_rate / (1 + decay_rate * iteration)

    return schedule


@checked(learning_rate=positive_number, decay_rate=_fraction)
def exponential_decay(learning_rate: float, decay_rate: float) -> Schedule:
    """`alpha_t = alpha_0 * decay_rate ** t`: the rate shrinks by a constant factor.

    Parameters
    ----------
    learning_rate : float
        `alpha_0` > 0.
    decay_rate : float
        Factor per iteration, in (0, 1].

    Returns
    -------
    callable
        `schedule(iteration) -> learning rate`.

    Raises
    ------
    TypeError, ValueError
        If `learning_rate` is not positive or `decay_rate` is not in (0, 1].

    Examples
    --------
    >>> schedule = exponential_decay(1.0, decay_rate=0.5)
    >>> [schedule(t) for t in range(4)]
    [1.0, 0.5, 0.25, 0.125]
    """

    @checked(iteration=_iteration)
    def schedule(iteration: int) -> float:
        return learning_rate * decay_rate ** iteration

    return schedule


@checked(learning_rate=positive_number, drop=_fraction, every=positive_int)
def step_decay(learning_rate: float, drop: float, every: int) -> Schedule:
    """`alpha_t = alpha_0 * drop ** floor(t / every)`: a staircase.

    Parameters
    ----------
    learning_rate : float
        `alpha_0` > 0.
    drop : float
        Factor applied at each step of the staircase, in (0, 1].
    every : int
        Iterations between two drops, >= 1.

    Returns
    -------
    callable
        `schedule(iteration) -> learning rate`.

    Raises
    ------
    TypeError, ValueError
        If `learning_rate` is not positive, `drop` is not in (0, 1] or `every` is not
        a positive integer.

    Examples
    --------
    >>> schedule = step_decay(1.0, drop=0.5, every=10)
    >>> [schedule(t) for t in (0, 9, 10, 25)]
    [1.0, 1.0, 0.5, 0.25]
    """

    @checked(iteration=_iteration)
    def schedule(iteration: int) -> float:
        return learning_rate * drop ** (iteration // every)

    return schedule


@dataclass(frozen=True)
class DescentResult:
    """What [`minimize`][mlbook.gradient_descent.minimize] did, step by step.

    Attributes
    ----------
    path : ndarray of shape (k + 1,) + x0.shape
        `x` before the first step and after each of the `k` steps taken.
    costs : list of float
        The cost at each point of `path` (`k + 1` values).
    learning_rates : list of float
        The learning rate of each step (`k` values).
    stopped_at : int or None
        Iteration at which a stopping criterion fired, or None if all ran.
    reason : str
        `"max_iterations"`, `"tolerance"` (gradient norm below `tolerance`) or
        `"diverged"` (the cost or `x` left the finite numbers: learning rate too large).
    """

    path: np.ndarray
    costs: list[float]
    learning_rates: list[float] = field(repr=False)
    stopped_at: int | None
    reason: str

    @property
    def x(self) -> np.ndarray:
        """The last point reached."""
        return self.path[-1]


CostAndGradient = Callable[[np.ndarray], tuple[float, np.ndarray]]


@checked(cost_and_gradient=function(), x0=as_finite_array, learning_rate=positive_number,
         num_iterations=positive_int, schedule=optional(function(returning=positive_number)),
         tolerance=optional(positive_number))
def minimize(
    cost_and_gradient: CostAndGradient,
    x0: np.ndarray | float,
    learning_rate: float,
    num_iterations: int,
    schedule: Schedule | None = None,
    tolerance: float | None = None,
) -> DescentResult:
    """Gradient descent on a small problem, recording the whole path.

    Parameters
    ----------
    cost_and_gradient : callable
        `cost_and_gradient(x) -> (cost, gradient)` with `gradient` of the shape of `x`.
    x0 : float or ndarray
        The starting point (not modified).
    learning_rate : float
        Step size > 0 (used at every step unless `schedule` is given).
    num_iterations : int
        Maximum number of steps.
    schedule : callable, optional
        `schedule(iteration) -> learning rate`, e.g.
        [`inverse_time_decay`][mlbook.gradient_descent.inverse_time_decay]; when
        given it sets the rate of every step instead of `learning_rate`.
    tolerance : float, optional
        Stop as soon as the gradient's norm falls below it.

    Returns
    -------
    DescentResult
        `path`, `costs`, `learning_rates`, `stopped_at` and `reason`. If the
        cost or `x` overflows, descent stops with `reason="diverged"` (no NaN is
        returned and no overflow warning escapes).

    Raises
    ------
    TypeError, ValueError
        If an argument is malformed, or `cost_and_gradient` returns a gradient of the
        wrong shape.

    Examples
    --------
    >>> def parabola(x):
    ...     return float(x**2), 2 * x
    >>> result = minimize(parabola, 3.0, learning_rate=0.25, num_iterations=50, tolerance=1e-6)
    >>> result.reason, result.stopped_at, round(float(result.x), 7)
    ('tolerance', 23, 4e-07)
    >>> minimize(parabola, 3.0, learning_rate=1.5, num_iterations=5000).reason
    'diverged'
    """
    x = x0
    path, costs, rates = [x], [], []
    stopped_at, reason = None, "max_iterations"
    for i in range(num_iterations + 1):
        with np.errstate(over="ignore", invalid="ignore"):
            cost, gradient = cost_and_gradient(x)
        cost = float(np.asarray(cost, dtype=np.float64).reshape(()))
        gradient = np.asarray(gradient, dtype=np.float64)
        if gradient.shape != np.shape(x):
            raise ValueError(f"cost_and_gradient returned a gradient of shape {gradient.shape}"
                             f" for x of shape {np.shape(x)}")
        if not (math.isfinite(cost) and np.all(np.isfinite(gradient))):
            if i == 0:
                raise ValueError(f"cost_and_gradient(x0) must be finite, got cost {cost}")
            path.pop()
            stopped_at, reason = i, "diverged"
            break
        costs.append(cost)
        with np.errstate(over="ignore"):  # a huge finite gradient has an infinite norm
            gradient_norm = np.linalg.norm(gradient)
        if tolerance is not None and gradient_norm < tolerance:
            stopped_at, reason = i, "tolerance"
            break
        if i == num_iterations:
            break
        alpha = learning_rate if schedule is None else schedule(i)
        with np.errstate(over="ignore", invalid="ignore"):
            x = x - alpha * gradient
        rates.append(alpha)
        path.append(x)
    rates = rates[: len(path) - 1]
    return DescentResult(np.array(path), costs, rates, stopped_at, reason)


@checked(x=as_finite_array)
def parabola(x: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """The simplest valley, the cost `J(x) = x**2`, and its derivative `2 x`.

    Parameters
    ----------
    x : float or ndarray
        Where to evaluate.

    Returns
    -------
    cost : float or ndarray of the shape of `x`
        `x**2`.
    gradient : float or ndarray of the shape of `x`
        `2 x`.

    Raises
    ------
    TypeError, ValueError
        If `x` is not numeric and finite.

    Examples
    --------
    >>> [float(value) for value in parabola(3.0)]
    [9.0, 6.0]
    """
    return x**2, 2 * x


@checked()
def learning_rate_regimes() -> dict[str, DescentResult]:
    """Twenty steps of gradient descent on [`parabola`][mlbook.gradient_descent.parabola] from 4.

    One run for each of four learning rates, the regimes that chapter 3 explains.

    Returns
    -------
    dict of str to DescentResult
        `"too small"` (0.02), `"well chosen"` (0.3), `"large"` (0.9) and
        `"too large"` (1.05), each the result of [`minimize`][mlbook.gradient_descent.minimize].

    Raises
    ------
    TypeError
        If called with arguments.

    Examples
    --------
    >>> runs = learning_rate_regimes()
    >>> {label: round(float(run.x), 3) for label, run in runs.items()}
    {'too small': 1.768, 'well chosen': 0.0, 'large': 0.046, 'too large': 26.91}
    """
    learning_rates = {"too small": 0.02, "well chosen": 0.3, "large": 0.9, "too large": 1.05}
    return {label: minimize(parabola, 4.0, learning_rate=alpha, num_iterations=20)
            for label, alpha in learning_rates.items()}


@checked()
def compare_schedules() -> dict[str, DescentResult]:
    """Forty steps on [`parabola`][mlbook.gradient_descent.parabola] from 4 with four schedules.

    Every schedule starts at the too-large rate 1.05.

    Returns
    -------
    dict of str to DescentResult
        `"constant"`, `"inverse-time"` (decay rate 0.15), `"exponential"` (0.9) and
        `"step"` (halved every 5 steps), each the result of
        [`minimize`][mlbook.gradient_descent.minimize].

    Raises
    ------
    TypeError
        If called with arguments.

    Examples
    --------
    >>> runs = compare_schedules()
    >>> {label: len(run.costs) for label, run in runs.items()}
    {'constant': 41, 'inverse-time': 41, 'exponential': 41, 'step': 41}
    """
    schedules = {
        "constant": constant(1.05),
        "inverse-time": inverse_time_decay(1.05, decay_rate=0.15),
        "exponential": exponential_decay(1.05, decay_rate=0.9),
        "step": step_decay(1.05, drop=0.5, every=5),
    }
    return {label: minimize(parabola, 4.0, learning_rate=1.05, num_iterations=40,
                            schedule=schedule)
            for label, schedule in schedules.items()}
