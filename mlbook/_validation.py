"""Input checks for the public entry points (private: not part of the book's listings).

Every public function of mlbook names a check for each of its arguments::

    @checked(X=samples, Y=labels(matching="X"), n_h=positive_int)
    def layer_sizes(X, Y, n_h=4): ...

A check converts one argument, ``check(value, name) -> converted value``, or raises an error
that names the argument, says what was expected and what came. A check that compares its
argument with others says which (``labels(matching="X")``, ``same_shape_as("z")``): it is
declared with :func:`needs` and receives their converted values as well,
``check(value, name, *needed)``. :func:`checked` refuses, when the function is defined, a
check that needs an argument not checked before it, and keeps the checks on the function
(``layer_sizes.checks``) so that a test can see that every argument has one.

The checks run once, at the outermost call. A checked function called from inside another
(``nn_model`` calling ``forward_propagation`` ten thousand times, ``forward_propagation``
calling ``sigmoid``) trusts its caller and runs its body directly, so the training loop pays
no validation cost and the bodies stay plain maths. A function passed in by the caller is
the caller's code: the :func:`function` check hands the body a guarded callable that runs it
with checks on, as at a public entry point.

This module imports nothing from mlbook: checks that know a domain (activation names, a
network's parameters) live next to that domain and are built from the generic ones here.
"""

from __future__ import annotations

import functools
import inspect
import numbers
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

import numpy as np

F = TypeVar("F", bound=Callable[..., Any])
Check = Callable[..., Any]  # check(value, name, *needed) -> converted value


class _CallState(threading.local):
    depth = 0  # > 0 while a checked function runs in this thread: nested calls skip checks


_state = _CallState()


def needs(*names: str) -> Callable[[F], F]:
    """Declare the arguments a check compares with; it receives their checked values."""

    def declare(check: F) -> F:
        check.needs = names  # type: ignore[attr-defined]
        return check

    return declare


def _needed(check: Check) -> tuple[str, ...]:
    return getattr(check, "needs", ())


def checked(**checks: Check) -> Callable[[F], F]:
    """Decorate a public function so that ``checks[name]`` converts argument ``name`` first.

    The checks run in the order given, only at the outermost checked call. A check that
    needs other arguments must come after their checks, or the decoration raises TypeError.
    """

    def decorate(function: F) -> F:
        signature = inspect.signature(function)
        _check_order(function.__name__, signature, checks)

        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if _state.depth:
                return function(*args, **kwargs)
            try:
                bound = signature.bind(*args, **kwargs)
            except TypeError as error:
                raise TypeError(f"{function.__name__}(): {error}") from None
            bound.apply_defaults()
            arguments = bound.arguments
            for name, check in checks.items():
                needed = (arguments[other] for other in _needed(check))
                arguments[name] = check(arguments[name], name, *needed)
            _state.depth += 1
            try:
                return function(*bound.args, **bound.kwargs)
            finally:
                _state.depth -= 1

        wrapper.checks = MappingProxyType(dict(checks))  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def _check_order(function_name: str, signature: inspect.Signature,
                 checks: Mapping[str, Check]) -> None:
    """Raise TypeError unless each check is for an argument and needs only earlier ones."""
    earlier: list[str] = []
    for name, check in checks.items():
        if name not in signature.parameters:
            raise TypeError(f"@checked of {function_name}(): it has no argument {name!r}")
        for other in _needed(check):
            if other in earlier:
                continue
            if other not in signature.parameters:
                problem = f"{function_name}() has no argument {other!r}"
            elif other in checks:
                problem = f"{other} is checked after {name} (put {other}= before {name}=)"
            else:
                problem = f"{other} has no check (add {other}= before {name}=)"
            raise TypeError(f"@checked of {function_name}(): the check of {name} compares it "
                            f"with {other}, but {problem}")
        earlier.append(name)


def describe(value: object) -> str:
    """A short description of ``value`` for an error message."""
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) < 60 else text[:57] + '...'}"


def as_finite_array(value: object, name: str) -> np.ndarray:
    """``value`` as a float64 array; raise naming ``name`` unless it is numeric and finite.

    Booleans count as numbers (``Y > 0`` gives labels 0 and 1).
    """
    if isinstance(value, str | bytes) or value is None:
        raise TypeError(f"{name} must be numeric (an array of numbers), got {describe(value)}")
    try:
        array = np.asarray(value)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{name} must be numeric (an array of numbers): {error}") from None
    if array.dtype.kind not in "biuf":
        raise TypeError(
            f"{name} must be numeric (an array of numbers), got an array of dtype {array.dtype}"
        )
    array = array.astype(np.float64, copy=False)
    if not np.isfinite(array).all():
        bad = int(np.size(array) - np.count_nonzero(np.isfinite(array)))
        raise ValueError(f"{name} must contain only finite numbers, got {bad} NaN or inf value(s)")
    return array


def finite_number(value: object, name: str) -> float:
    """``value`` as a float; raise unless it is a finite real number."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, got {describe(value)}")
    if not np.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value}")
    return float(value)


def scalar(value: object, name: str) -> float:
    """``value`` as a float; a number or an array of one number, finite."""
    array = as_finite_array(value, name)
    if array.size != 1:
        raise ValueError(f"{name} must be a single number, got an array of shape {array.shape}")
    return float(array.reshape(()))


def positive_number(value: object, name: str) -> float:
    """``value`` as a float; raise unless it is a finite number > 0."""
    number = finite_number(value, name)
    if number <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return number


def non_negative_number(value: object, name: str) -> float:
    """``value`` as a float; raise unless it is a finite number >= 0."""
    number = finite_number(value, name)
    if number < 0:
        raise ValueError(f"{name} must be >= 0, got {value}")
    return number


def positive_int(value: object, name: str) -> int:
    """``value`` as an int; raise unless it is an integer >= 1."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {describe(value)}")
    if value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value}")
    return int(value)


def seed(value: object, name: str) -> int:
    """``value`` as an int usable as a numpy seed (0 <= seed < 2**32)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {describe(value)}")
    if not 0 <= value < 2**32:
        raise ValueError(f"{name} must be between 0 and 2**32 - 1, got {value}")
    return int(value)


def flag(value: object, name: str) -> bool:
    """``value`` if it is a bool."""
    if not isinstance(value, bool | np.bool_):
        raise TypeError(f"{name} must be True or False, got {describe(value)}")
    return bool(value)


def one_of(options: Sequence[Any]) -> Check:
    """A check that the value is one of ``options``; it returns the option itself."""

    def check_one_of(value: object, name: str) -> Any:
        for option in options:
            if isinstance(value, type(option)) and value == option:
                return option
        raise ValueError(f"{name} must be one of {', '.join(map(str, options))}; got {value!r}")

    return check_one_of


def optional(check: Check) -> Check:
    """A check that lets ``None`` through and applies ``check`` to anything else."""

    @needs(*_needed(check))
    def check_optional(value: object, name: str, *needed: Any) -> Any:
        return None if value is None else check(value, name, *needed)

    return check_optional


def tuple_of(check: Check) -> Check:
    """A check for a non-empty sequence whose items pass ``check``; it returns a tuple.

    A tuple can be hashed, so a function cached with ``functools.cache`` can take it.
    """

    def check_tuple(value: object, name: str) -> tuple:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            raise TypeError(f"{name} must be a sequence, got {describe(value)}")
        items = tuple(check(item, f"{name}[{index}]") for index, item in enumerate(value))
        if not items:
            raise ValueError(f"{name} must hold at least one value")
        return items

    return check_tuple


def passed_on(value: tuple, name: str) -> tuple:
    """Arguments a function only passes on to other functions, whose own checks see them."""
    return value


def samples(value: object, name: str) -> np.ndarray:
    """A finite float array of shape ``(n_x, m)`` with ``n_x, m >= 1``: samples are columns."""
    array = as_finite_array(value, name)
    if array.ndim != 2:
        raise ValueError(
            f"{name} must be 2-D of shape (n_features, m) with one sample per column, "
            f"got {array.ndim}-D shape {array.shape}"
            + (f"; use {name}.reshape(1, -1) for one feature" if array.ndim == 1 else "")
        )
    if array.size == 0:
        raise ValueError(f"{name} must hold at least one feature and one sample, "
                         f"got shape {array.shape}")
    return array


def vector(value: object, name: str) -> np.ndarray:
    """A non-empty finite float array of shape ``(n,)``."""
    array = as_finite_array(value, name)
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D array, got shape {array.shape}")
    return array


def row(value: object, name: str) -> np.ndarray:
    """A finite float array of shape ``(1, m)``, ``m >= 1``."""
    array = samples(value, name)
    if array.shape[0] != 1:
        raise ValueError(f"{name} must have shape (1, m), got {array.shape}")
    return array


def probabilities(value: object, name: str) -> np.ndarray:
    """Predicted probabilities of shape ``(n_y, m)``, one row per output, every value in [0, 1]."""
    array = samples(value, name)
    if array.min() < 0 or array.max() > 1:
        raise ValueError(
            f"{name} must hold probabilities in [0, 1], got values from {array.min():g} "
            f"to {array.max():g}"
        )
    return array


def labels(matching: str | None = None, *, like: str | None = None,
           rows: int | None = None) -> Check:
    """A check for 0/1 labels (booleans too) of shape ``(n_y, m)``: one row per output.

    ``matching="X"`` asks for one column per sample (column) of argument ``X``; ``like="A2"``
    asks for exactly the shape of argument ``A2``; ``rows=1`` (with ``matching`` or alone)
    for a single output.
    """
    if matching and like:
        raise TypeError("labels() takes matching= or like=, not both")
    reference = matching or like

    @needs(*([reference] if reference else []))
    def check_labels(value: object, name: str, *found: np.ndarray) -> np.ndarray:
        array = as_finite_array(value, name)
        if like is not None:
            if array.shape != found[0].shape:
                raise ValueError(f"{name} must have the shape of {like}, {found[0].shape}, "
                                 f"got {array.shape}")
        else:
            m = found[0].shape[1] if matching else None
            _check_label_shape(array, name, rows, m, matching)
        bad = (array != 0) & (array != 1)
        if bad.any():
            raise ValueError(
                f"{name} must contain only the labels 0 and 1, got {np.unique(array[bad])[:5]}"
            )
        return array

    return check_labels


def _check_label_shape(array: np.ndarray, name: str, rows: int | None, m: int | None,
                       matching: str | None) -> None:
    """Raise unless ``array`` is ``(rows, m)``, with any ``n_y, m >= 1`` where None."""
    n_y_fits = array.ndim == 2 and array.shape[0] >= 1 and rows in (None, array.shape[0])
    m_fits = array.ndim == 2 and array.shape[1] >= 1 and m in (None, array.shape[1])
    if n_y_fits and m_fits:
        return
    expected = f"({'n_y' if rows is None else rows}, {'m' if m is None else m})"
    because = f" to match {matching}'s {m} samples" if matching else " with m >= 1"
    if m_fits and rows == 1:  # a 2-D array of several rows: several outputs
        raise ValueError(f"{name} must have shape {expected}{because}, got {array.shape}: "
                         f"a single row of labels (one output); pass one row, e.g. {name}[[0]]")
    hint = f"; use {name}.reshape(1, -1) for one row" if array.ndim == 1 else ""
    raise ValueError(f"{name} must have shape {expected}{because}, got {array.shape}{hint}")


def same_shape_as(other: str) -> Check:
    """A check that ``value`` is a finite array with the shape of argument ``other``."""

    @needs(other)
    def check_same_shape(value: object, name: str, reference: np.ndarray) -> np.ndarray:
        array = as_finite_array(value, name)
        if array.shape != reference.shape:
            raise ValueError(
                f"{name} must have the shape of {other}, {reference.shape}, got {array.shape}"
            )
        return array

    return check_same_shape


def weights_for(samples_name: str) -> Check:
    """A check for a weight column ``w`` of shape ``(n_x, 1)``: one weight per row of ``X``."""

    @needs(samples_name)
    def check_weights(value: object, name: str, X: np.ndarray) -> np.ndarray:
        array = as_finite_array(value, name)
        n_x = X.shape[0]
        if array.shape != (n_x, 1):
            raise ValueError(f"{name} must have shape ({n_x}, 1) to match {samples_name}'s "
                             f"{n_x} features, got {array.shape}")
        return array

    return check_weights


def gradients_like(parameters_name: str) -> Check:
    """A check that ``value`` holds ``"d" + key`` for each parameter, with the same shapes."""

    @needs(parameters_name)
    def check_gradients(value: object, name: str, parameters: Mapping) -> dict[str, np.ndarray]:
        if not isinstance(value, Mapping):
            raise TypeError(f"{name} must be a dict of gradients, got {describe(value)}")
        result = {}
        for key, parameter in parameters.items():
            gradient_key = "d" + key
            if gradient_key not in value:
                raise ValueError(f"{name} is missing {gradient_key!r} (the gradient of {key!r})")
            gradient = as_finite_array(value[gradient_key], f"{name}[{gradient_key!r}]")
            if gradient.shape != np.shape(parameter):
                raise ValueError(
                    f"{name}[{gradient_key!r}] must have the shape of {parameters_name}[{key!r}], "
                    f"{np.shape(parameter)}, got {gradient.shape}"
                )
            result[gradient_key] = gradient
        return result

    return check_gradients


def array_dict(value: object, name: str) -> dict[str, Any]:
    """A copy of a non-empty dict of finite arrays (or numbers), each converted to float64."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict of arrays, got {describe(value)}")
    return {key: as_finite_array(item, f"{name}[{key!r}]") for key, item in value.items()}


def function(returning: Check | None = None) -> Check:
    """A check for a callable; the body gets a guarded one that runs it with checks on.

    The caller's function must not inherit the trust of the checked function that calls
    it, so each call through the guard runs as at a public entry point. ``returning``
    checks what it returns (the error names "the value returned by <name>"). The guarded
    callable keeps the original as ``__wrapped__``.
    """

    def check_function(value: object, name: str) -> Callable[..., Any]:
        if not callable(value):
            raise TypeError(f"{name} must be callable, got {describe(value)}")

        @functools.wraps(value)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            saved, _state.depth = _state.depth, 0
            try:
                result = value(*args, **kwargs)
            finally:
                _state.depth = saved
            return result if returning is None else returning(result,
                                                              f"the value returned by {name}")

        return guarded

    return check_function
