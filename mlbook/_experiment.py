"""One source per experiment: a measurement that a page reports and a figure draws.

An experiment function trains models or sweeps a grid once per process and returns its
results read-only, so the page that quotes a number and the figure that draws it read the
same arrays, and neither can change them for the other::

    @checked()
    @experiment
    def learning_curves() -> ...: ...

`experiment` memoizes with `functools.cache` on the arguments as bound to the signature,
defaults filled in, so `f()`, `f(0)` and `f(seed=0)` share one result, whether the call comes
from a reader (through `@checked`, which converts the arguments first) or from another
checked function (where `@checked` passes them on as they are). It hands out `read_only`
copies of what the function returned.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import numpy as np

F = TypeVar("F", bound=Callable[..., Any])


def read_only(value: Any) -> Any:
    """`value` with every array made read-only, dicts as mapping proxies, lists as tuples.

    Named tuples and dataclasses keep their type, their fields converted the same way.
    """
    if isinstance(value, np.ndarray):
        array = value.copy()
        array.setflags(write=False)
        return array
    if isinstance(value, Mapping):
        return MappingProxyType({key: read_only(item) for key, item in value.items()})
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return type(value)(*(read_only(item) for item in value))
    if isinstance(value, list | tuple):
        return tuple(read_only(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {item.name: read_only(getattr(value, item.name))
                   for item in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def experiment(function: F) -> F:
    """Run `function` once per set of arguments; every call returns the same read-only result."""

    @functools.cache
    def run(*args: Any, **kwargs: Any) -> Any:
        return read_only(function(*args, **kwargs))

    signature = inspect.signature(function)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        return run(*bound.args, **bound.kwargs)

    wrapper.cache_clear = run.cache_clear  # type: ignore[attr-defined]
    wrapper.cache_info = run.cache_info  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
