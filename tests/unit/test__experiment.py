"""Experiments run once per process and hand out results that nobody can change."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

import numpy as np
import pytest

from mlbook._experiment import experiment, read_only


class Pair(NamedTuple):
    first: np.ndarray
    second: list


@dataclass(frozen=True)
class Record:
    values: np.ndarray
    names: list


def test_read_only_freezes_arrays_dicts_and_lists_at_any_depth() -> None:
    original = {"a": np.arange(3.0), "b": [np.ones(2), {"c": np.zeros(1)}],
                "pair": Pair(np.ones(1), [1, 2]), "record": Record(np.ones(2), ["x"]),
                "number": 1.5}
    frozen = read_only(original)
    assert isinstance(frozen, MappingProxyType)
    with pytest.raises(TypeError):
        frozen["a"] = 0
    with pytest.raises(ValueError, match="read-only"):
        frozen["a"][0] = 1.0
    assert isinstance(frozen["b"], tuple) and isinstance(frozen["b"][1], MappingProxyType)
    with pytest.raises(ValueError, match="read-only"):
        frozen["b"][1]["c"][0] = 1.0
    assert type(frozen["pair"]) is Pair and frozen["pair"].second == (1, 2)
    assert type(frozen["record"]) is Record and frozen["record"].names == ("x",)
    assert not frozen["record"].values.flags.writeable
    assert frozen["number"] == 1.5
    original["a"][0] = 10.0  # the frozen copy does not follow the original
    assert frozen["a"][0] == 0.0 and original["a"].flags.writeable


def test_an_experiment_runs_once_per_arguments_and_returns_the_same_result() -> None:
    calls = []

    @experiment
    def measure(size: int = 2) -> dict:
        calls.append(size)
        return {"values": np.arange(float(size))}

    first, again = measure(), measure()
    assert first is again and calls == [2]
    assert measure(3) is not first and calls == [2, 3]
    with pytest.raises(ValueError, match="read-only"):
        first["values"][0] = 1.0
    assert measure.__name__ == "measure"
    measure.cache_clear()
    measure()
    assert calls == [2, 3, 2]


def test_an_experiment_called_positionally_by_keyword_or_by_default_runs_once() -> None:
    calls = []

    @experiment
    def measure(size: int = 2, seed: int | None = None) -> int:
        calls.append((size, seed))
        return size

    measure()
    measure(2)
    measure(size=2, seed=None)
    measure(2, None)
    assert calls == [(2, None)]
