"""Input checks for the public entry points (private: not part of the book's listings).

Every public function of mlbook is decorated with :func:`checked`, which converts and checks
its arguments once, at the outermost call. A checked function called from inside another one
(``nn_model`` calling ``forward_propagation`` ten thousand times, ``forward_propagation``
calling ``sigmoid``) trusts its caller and runs its body directly, so the training loop pays
no validation cost and the bodies stay plain maths.

Each check has the signature ``check(value, name, arguments) -> converted value``, where
``arguments`` holds all the call's arguments, those checked before already converted (so a
check can compare shapes with them: list ``X`` first, then ``Y``, ``w`` or ``parameters``).
Messages name the argument, what was expected and what came.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import numbers
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import numpy as np

F = TypeVar("F", bound=Callable[..., Any])
Check = Callable[[Any, str, dict], Any]


class _CallState(threading.local):
    depth = 0  # > 0 while a checked function runs in this thread: nested calls skip checks


_state = _CallState()


def checked(**checks: Check) -> Callable[[F], F]:
    """Decorate a public function so that ``checks[name]`` converts argument ``name`` first.

    The checks run in the order given, only at the outermost checked call.
    """

    def decorate(function: F) -> F:
        signature = inspect.signature(function)
        unknown = set(checks) - set(signature.parameters)
        if unknown:
            raise TypeError(f"{function.__name__} has no arguments {sorted(unknown)}")

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
                arguments[name] = check(arguments[name], name, arguments)
            _state.depth += 1
            try:
                return function(*bound.args, **bound.kwargs)
            finally:
                _state.depth -= 1

        return wrapper  # type: ignore[return-value]

    return decorate


@contextlib.contextmanager
def checks_on() -> Iterator[None]:
    """Run the caller's code (a callback) with checks on, as at a public entry point.

    A checked function that calls back into code it did not write (``cost_fn`` in gradient
    checking, ``predict_fn`` in a plot) must not pass on its trust to it.
    """
    saved, _state.depth = _state.depth, 0
    try:
        yield
    finally:
        _state.depth = saved


def describe(value: object) -> str:
    """A short description of ``value`` for an error message."""
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) < 60 else text[:57] + '...'}"


def as_finite_array(value: object, name: str, arguments: dict | None = None) -> np.ndarray:
    """``value`` as a float64 array; raise naming ``name`` unless it is numeric and finite."""
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


def finite_number(value: object, name: str, arguments: dict | None = None) -> float:
    """``value`` as a float; raise unless it is a finite real number."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, got {describe(value)}")
    if not np.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value}")
    return float(value)


def scalar(value: object, name: str, arguments: dict | None = None) -> float:
    """``value`` as a float; a number or an array of one number, finite."""
    array = as_finite_array(value, name)
    if array.size != 1:
        raise ValueError(f"{name} must be a single number, got an array of shape {array.shape}")
    return float(array.reshape(()))


def positive_number(value: object, name: str, arguments: dict | None = None) -> float:
    """``value`` as a float; raise unless it is a finite number > 0."""
    number = finite_number(value, name)
    if number <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return number


def non_negative_number(value: object, name: str, arguments: dict | None = None) -> float:
    """``value`` as a float; raise unless it is a finite number >= 0."""
    number = finite_number(value, name)
    if number < 0:
        raise ValueError(f"{name} must be >= 0, got {value}")
    return number


def positive_int(value: object, name: str, arguments: dict | None = None) -> int:
    """``value`` as an int; raise unless it is an integer >= 1."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {describe(value)}")
    if value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value}")
    return int(value)


def optional(check: Check) -> Check:
    """A check that lets ``None`` through and applies ``check`` to anything else."""

    def check_optional(value: object, name: str, arguments: dict | None = None) -> Any:
        return None if value is None else check(value, name, arguments)

    return check_optional


def seed(value: object, name: str, arguments: dict | None = None) -> int:
    """``value`` as an int usable as a numpy seed (0 <= seed < 2**32)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {describe(value)}")
    if not 0 <= value < 2**32:
        raise ValueError(f"{name} must be between 0 and 2**32 - 1, got {value}")
    return int(value)


def flag(value: object, name: str, arguments: dict | None = None) -> bool:
    """``value`` if it is a bool."""
    if not isinstance(value, bool | np.bool_):
        raise TypeError(f"{name} must be True or False, got {describe(value)}")
    return bool(value)


def samples(value: object, name: str, arguments: dict | None = None) -> np.ndarray:
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


def vector(value: object, name: str, arguments: dict | None = None) -> np.ndarray:
    """A non-empty finite float array of shape ``(n,)``."""
    array = as_finite_array(value, name)
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D array, got shape {array.shape}")
    return array


def labels(value: object, name: str, arguments: dict) -> np.ndarray:
    """0/1 labels of shape ``(1, m)``; ``m`` is taken from ``X`` (or ``A``/``Z``) if given."""
    array = as_finite_array(value, name)
    reference = next((key for key in ("X", "A2", "A", "Z", "Y_pred") if key in arguments), None)
    if reference is not None:
        m = arguments[reference].shape[1]
        if array.shape != (1, m):
            raise ValueError(
                f"{name} must have shape (1, {m}) to match {reference}'s {m} samples, "
                f"got {array.shape}"
            )
    elif array.ndim != 2 or array.shape[0] != 1 or array.shape[1] == 0:
        raise ValueError(f"{name} must have shape (1, m) with m >= 1, got {array.shape}")
    bad = (array != 0) & (array != 1)
    if bad.any():
        raise ValueError(
            f"{name} must contain only the labels 0 and 1, got {np.unique(array[bad])[:5]}"
        )
    return array


def row(value: object, name: str, arguments: dict | None = None) -> np.ndarray:
    """A finite float array of shape ``(1, m)``, ``m >= 1``."""
    array = samples(value, name)
    if array.shape[0] != 1:
        raise ValueError(f"{name} must have shape (1, m), got {array.shape}")
    return array


def probabilities(value: object, name: str, arguments: dict | None = None) -> np.ndarray:
    """Predicted probabilities of shape ``(1, m)``, every value in [0, 1]."""
    array = row(value, name)
    if array.min() < 0 or array.max() > 1:
        raise ValueError(
            f"{name} must hold probabilities in [0, 1], got values from {array.min():g} "
            f"to {array.max():g}"
        )
    return array


def same_shape_as(other: str) -> Check:
    """A check that ``value`` is a finite array with the shape of argument ``other``."""

    def check_same_shape(value: object, name: str, arguments: dict) -> np.ndarray:
        array = as_finite_array(value, name)
        if array.shape != arguments[other].shape:
            raise ValueError(
                f"{name} must have the shape of {other}, {arguments[other].shape}, "
                f"got {array.shape}"
            )
        return array

    return check_same_shape


def weights_for_X(value: object, name: str, arguments: dict) -> np.ndarray:
    """A weight column ``w`` of shape ``(n_x, 1)`` matching ``X`` (if ``X`` is known)."""
    array = as_finite_array(value, name)
    if "X" in arguments:
        n_x = arguments["X"].shape[0]
        if array.shape != (n_x, 1):
            raise ValueError(
                f"{name} must have shape ({n_x}, 1) to match X's {n_x} features, got {array.shape}"
            )
    elif array.ndim != 2 or array.shape[1] != 1 or array.shape[0] == 0:
        raise ValueError(f"{name} must have shape (n_x, 1), got {array.shape}")
    return array


def activation_name(value: object, name: str, arguments: dict | None = None) -> str:
    """One of :data:`mlbook.activations.ACTIVATION_NAMES`."""
    from mlbook.activations import ACTIVATION_NAMES

    if value not in ACTIVATION_NAMES:
        raise ValueError(f"{name} must be one of {', '.join(ACTIVATION_NAMES)}; got {value!r}")
    return str(value)


NETWORK_KEYS = ("W1", "b1", "W2", "b2")


def network_parameters(value: object, name: str, arguments: dict) -> dict[str, np.ndarray]:
    """A copy of a shallow network's ``{"W1", "b1", "W2", "b2"}`` with consistent shapes.

    ``W1`` is ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)``, ``b2`` ``(n_y, 1)``;
    ``n_x`` must match ``X`` when ``X`` is known.
    """
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
    n_h, n_x = W1.shape
    n_y = W2.shape[0]
    expected = {"b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}
    for key, array in zip(("b1", "W2", "b2"), (b1, W2, b2), strict=True):
        if array.shape != expected[key]:
            raise ValueError(
                f"{name}[{key!r}] must have shape {expected[key]} to match W1 {W1.shape}"
                + (f" and W2 {W2.shape}" if key == "b2" else "") + f", got {array.shape}"
            )
    if "X" in arguments and arguments["X"].shape[0] != n_x:
        raise ValueError(
            f"{name}['W1'] has shape {W1.shape}, so X must have {n_x} rows (features), "
            f"got X of shape {arguments['X'].shape}"
        )
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def network_cache(value: object, name: str, arguments: dict) -> dict[str, np.ndarray]:
    """A forward pass's cache ``{"Z1", "A1", "Z2", "A2"}`` matching ``parameters`` and ``X``."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be the dict returned by forward_propagation, "
                        f"got {describe(value)}")
    missing = [key for key in ("Z1", "A1", "A2") if key not in value]
    if missing:
        raise ValueError(f"{name} is missing the key(s) {missing}; pass the cache that "
                         "forward_propagation returned")
    n_h, n_y, m = (arguments["parameters"]["W1"].shape[0], arguments["parameters"]["W2"].shape[0],
                   arguments["X"].shape[1])
    expected = {"Z1": (n_h, m), "A1": (n_h, m), "Z2": (n_y, m), "A2": (n_y, m)}
    cache = {}
    for key, shape in expected.items():
        if key not in value:
            continue
        cache[key] = as_finite_array(value[key], f"{name}[{key!r}]")
        if cache[key].shape != shape:
            raise ValueError(f"{name}[{key!r}] must have shape {shape} (hidden size {n_h}, "
                             f"{m} samples in X), got {cache[key].shape}")
    probabilities(cache["A2"], f"{name}['A2']")
    return cache


def gradients_like(parameter_names: str) -> Check:
    """A check that ``value`` holds ``"d" + key`` for each parameter, with the same shapes."""

    def check_gradients(value: object, name: str, arguments: dict) -> dict[str, np.ndarray]:
        parameters = arguments[parameter_names]
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
                    f"{name}[{gradient_key!r}] must have the shape of {parameter_names}[{key!r}], "
                    f"{np.shape(parameter)}, got {gradient.shape}"
                )
            result[gradient_key] = gradient
        return result

    return check_gradients


def array_dict(value: object, name: str, arguments: dict | None = None) -> dict[str, Any]:
    """A copy of a non-empty dict of finite arrays (or numbers), each converted to float64."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict of arrays, got {describe(value)}")
    return {key: as_finite_array(item, f"{name}[{key!r}]") for key, item in value.items()}


def function(value: object, name: str, arguments: dict | None = None) -> Callable:
    """``value`` if it is callable."""
    if not callable(value):
        raise TypeError(f"{name} must be callable, got {describe(value)}")
    return value
