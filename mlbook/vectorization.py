"""Loops against vectorized numpy: the same computations, and a way to time them.

The article claims vectorization is "tens of times" faster. The functions here let a
chapter measure it on the machine that builds the book, instead of quoting a number.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from mlbook._experiment import experiment
from mlbook._validation import (
    checked,
    function,
    passed_on,
    positive_int,
    same_shape_as,
    samples,
    scalar,
    seed,
    vector,
    weights_for,
)
from mlbook.activations import sigmoid


@checked(a=vector, b=same_shape_as("a"))
def dot_loop(a: np.ndarray, b: np.ndarray) -> float:
    """Dot product `sum(a[i] * b[i])` with an explicit Python loop.

    Parameters
    ----------
    a, b : ndarray of shape (n,)
        Two vectors of the same length.

    Returns
    -------
    float

    Raises
    ------
    TypeError, ValueError
        If `a` or `b` is not a finite 1-D array, or their lengths differ.

    Examples
    --------
    >>> dot_loop(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]))
    32.0
    """
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * b[i]
    return float(total)


@checked(a=vector, b=same_shape_as("a"))
def dot_vectorized(a: np.ndarray, b: np.ndarray) -> float:
    """Dot product with one call to `np.dot`, which loops in compiled code.

    Parameters
    ----------
    a, b : ndarray of shape (n,)
        Two vectors of the same length.

    Returns
    -------
    float

    Raises
    ------
    TypeError, ValueError
        If `a` or `b` is not a finite 1-D array, or their lengths differ.

    Examples
    --------
    >>> dot_vectorized(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]))
    32.0
    """
    return float(np.dot(a, b))


@checked(X=samples, w=weights_for("X"), b=scalar)
def forward_loop(w: np.ndarray, b: float, X: np.ndarray) -> np.ndarray:
    """Logistic regression's forward pass, one example at a time (the article's loop).

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
        `A = sigmoid(w^T X + b)`.

    Raises
    ------
    TypeError, ValueError
        If an argument is not finite and numeric, or `w` does not fit `X`.

    Examples
    --------
    >>> forward_loop(np.array([[1.0], [-1.0]]), 0.0, np.array([[2.0, 0.0], [0.0, 0.0]])).round(4)
    array([[0.8808, 0.5   ]])
    """
    m = X.shape[1]
    Z = np.zeros((1, m))
    for i in range(m):
        Z[0, i] = np.dot(w[:, 0], X[:, i]) + b
    return sigmoid(Z)


@checked(X=samples, w=weights_for("X"), b=scalar)
def forward_vectorized(w: np.ndarray, b: float, X: np.ndarray) -> np.ndarray:
    """Logistic regression's forward pass for all m examples at once: `Z = w^T X + b`.

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
        Weights.
    b : float
        Bias, broadcast to every column.
    X : ndarray of shape (n_x, m)
        Examples, one per column.

    Returns
    -------
    ndarray of shape (1, m)
        `A = sigmoid(w^T X + b)`.

    Raises
    ------
    TypeError, ValueError
        If an argument is not finite and numeric, or `w` does not fit `X`.

    Examples
    --------
    >>> forward_vectorized(np.array([[1.0], [-1.0]]), 0.0,
    ...                    np.array([[2.0, 0.0], [0.0, 0.0]])).round(4)
    array([[0.8808, 0.5   ]])
    """
    Z = np.dot(w.T, X) + b
    return sigmoid(Z)


@dataclass(frozen=True)
class Speedup:
    """Timings of a loop and a vectorized version of the same computation.

    Attributes
    ----------
    loop_seconds, vectorized_seconds : float
        Best time of one call, over the repeats.
    speedup : float
        `loop_seconds / vectorized_seconds`.
    """

    loop_seconds: float
    vectorized_seconds: float
    speedup: float


def _best_time(fn: Callable[..., Any], args: tuple, repeats: int) -> tuple[float, Any]:
    """Best time of one call over `repeats` (calls under 1 ms are batched to be timed).

    `fn` is guarded (see `mlbook._validation.function`): its first call runs with checks
    on, so bad arguments are reported. The timed calls go to the function it guards, which
    inside this checked call skips them, so that only the computation is measured.
    """
    result = fn(*args)
    fn = fn.__wrapped__
    start = time.perf_counter()
    fn(*args)
    once = time.perf_counter() - start
    number = max(1, int(1e-3 / once)) if once > 0 else 1000
    best = once
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn(*args)
        best = min(best, (time.perf_counter() - start) / number)
    return best, result


@checked(loop_fn=function(), vectorized_fn=function(), args=passed_on, repeats=positive_int)
def measure_speedup(
    loop_fn: Callable[..., Any], vectorized_fn: Callable[..., Any], *args: Any, repeats: int = 5
) -> Speedup:
    """Time `loop_fn(*args)` and `vectorized_fn(*args)` and check they agree.

    Each function is timed `repeats` times and its best time is kept (the least disturbed
    by other work on the machine); calls faster than a millisecond are timed in batches.
    numpy runs on one thread meanwhile, so the ratio measures vectorization alone.

    Parameters
    ----------
    loop_fn, vectorized_fn : callable
        Two implementations of the same computation.
    *args
        Arguments passed to both.
    repeats : int, default 5
        Timings of each function.

    Returns
    -------
    Speedup
        `loop_seconds`, `vectorized_seconds` and `speedup`.

    Raises
    ------
    TypeError, ValueError
        If a function is not callable, `repeats` is not a positive integer, or the two
        results differ (beyond floating-point rounding).

    Examples
    --------
    >>> a = np.random.default_rng(0).normal(size=100_000)
    >>> result = measure_speedup(dot_loop, dot_vectorized, a, a, repeats=3)
    >>> result.speedup > 10
    True
    """
    # One thread for numpy's BLAS: the speed-up measured is vectorization's, not that of
    # extra cores (and it no longer depends on how busy the other cores are).
    with threadpool_limits(limits=1):
        loop_seconds, loop_result = _best_time(loop_fn, args, repeats)
        vectorized_seconds, vectorized_result = _best_time(vectorized_fn, args, repeats)
    if not np.allclose(loop_result, vectorized_result, rtol=1e-9, atol=1e-12):
        raise ValueError("loop_fn and vectorized_fn must compute the same result; they differ")
    return Speedup(loop_seconds, vectorized_seconds, loop_seconds / vectorized_seconds)


def _sizes(value: object, name: str) -> tuple[int, ...]:
    try:
        sizes = tuple(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"{name} must be a sequence of positive integers, got {value!r}") from None
    if not sizes:
        raise ValueError(f"{name} must hold at least one size, got {value!r}")
    return tuple(positive_int(size, f"{name} entries") for size in sizes)


@checked(sizes=_sizes, n_x=positive_int, repeats=positive_int, seed=seed)
@experiment
def forward_speedup_table(
    sizes: tuple[int, ...] = (10, 100, 1_000, 10_000, 100_000), n_x: int = 20,
    repeats: int = 5, seed: int = 0,
) -> tuple[Mapping[str, float], ...]:
    """Time [`forward_loop`][mlbook.vectorization.forward_loop] against
    [`forward_vectorized`][mlbook.vectorization.forward_vectorized] for several `m`.

    Each setting is measured once per Python process and remembered, so that a page's table
    and the figure drawn beside it show the same measurement; the rows are read-only.

    Parameters
    ----------
    sizes : sequence of int, default (10, 100, 1000, 10000, 100000)
        Numbers of examples `m`.
    n_x : int, default 20
        Features per example.
    repeats : int, default 5
        Timings of each version per size.
    seed : int, default 0
        Seed of the random `w`, `b` and `X`.

    Returns
    -------
    tuple of mapping
        One read-only row per size: `"m"`, `"n_x"`, `"loop_seconds"`,
        `"vectorized_seconds"`, `"speedup"`.

    Raises
    ------
    TypeError, ValueError
        If a size, `n_x` or `repeats` is not a positive integer.

    Examples
    --------
    >>> rows = forward_speedup_table(sizes=(50, 500), repeats=2)
    >>> [row["m"] for row in rows], all(row["speedup"] > 1 for row in rows)
    ([50, 500], True)
    >>> rows is forward_speedup_table(sizes=[50, 500], repeats=2)  # measured once
    True
    """
    rng = np.random.default_rng(seed)
    rows = []
    for m in sizes:
        w, b, X = rng.normal(size=(n_x, 1)), float(rng.normal()), rng.normal(size=(n_x, m))
        result = measure_speedup(forward_loop, forward_vectorized, w, b, X, repeats=repeats)
        rows.append({"m": m, "n_x": n_x, "loop_seconds": result.loop_seconds,
                     "vectorized_seconds": result.vectorized_seconds, "speedup": result.speedup})
    return tuple(rows)
