"""Loop and vectorized versions agree; the timing helper reports consistent numbers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlbook.logistic import predict_proba
from mlbook.vectorization import (
    dot_loop,
    dot_vectorized,
    forward_loop,
    forward_speedup_table,
    forward_vectorized,
    measure_speedup,
)

moderate = st.floats(-1e3, 1e3)


@settings(max_examples=30, deadline=None)
@given(a=arrays(np.float64, st.integers(1, 50), elements=moderate))
def test_dot_versions_agree(a: np.ndarray) -> None:
    b = a[::-1].copy()
    assert dot_loop(a, b) == pytest.approx(dot_vectorized(a, b), rel=1e-9, abs=1e-6)


def test_forward_versions_agree_with_logistic_regression() -> None:
    rng = np.random.default_rng(1)
    w, b, X = rng.normal(size=(5, 1)), 0.3, rng.normal(size=(5, 200))
    np.testing.assert_allclose(forward_loop(w, b, X), predict_proba(w, b, X), rtol=1e-12)
    np.testing.assert_allclose(forward_vectorized(w, b, X), predict_proba(w, b, X), rtol=1e-12)


def test_measure_speedup_is_consistent() -> None:
    a = np.random.default_rng(0).normal(size=20_000)
    result = measure_speedup(dot_loop, dot_vectorized, a, a, repeats=2)
    assert result.loop_seconds > 0 and result.vectorized_seconds > 0
    assert result.speedup == pytest.approx(result.loop_seconds / result.vectorized_seconds)
    assert result.speedup > 1


def test_measure_speedup_refuses_different_results() -> None:
    with pytest.raises(ValueError, match="must compute the same result"):
        measure_speedup(lambda x: x, lambda x: x + 1, 1.0, repeats=1)


def test_forward_speedup_table_rows() -> None:
    rows = forward_speedup_table(sizes=(10, 100), n_x=3, repeats=1)
    assert [row["m"] for row in rows] == [10, 100]
    assert set(rows[0]) == {"m", "n_x", "loop_seconds", "vectorized_seconds", "speedup"}
    for row in rows:
        assert row["n_x"] == 3
        assert row["speedup"] == pytest.approx(row["loop_seconds"] / row["vectorized_seconds"])


def test_forward_speedup_table_measures_a_setting_once_and_its_rows_are_read_only() -> None:
    rows = forward_speedup_table(sizes=(10, 20), n_x=2, repeats=1)
    # the same setting, however it is spelt, is the same measurement: a page and its figure agree
    assert forward_speedup_table(sizes=[10, 20], n_x=2, repeats=1, seed=0) is rows
    assert forward_speedup_table(sizes=(10, 20), n_x=2, repeats=1, seed=1) is not rows
    with pytest.raises(TypeError):
        rows[0]["speedup"] = 1e6
    with pytest.raises(TypeError):
        rows[0] = {}  # type: ignore[index]


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: dot_loop(np.ones(3), np.ones(4)), ValueError, r"b must have the shape of a"),
        (lambda: dot_vectorized(np.ones((2, 2)), np.ones(4)), ValueError, "a must be a non-empty"),
        (lambda: forward_loop(np.ones((3, 1)), 0.0, np.ones((2, 5))), ValueError,
         r"w must have shape \(2, 1\)"),
        (lambda: measure_speedup(dot_loop, dot_vectorized, "x", [1.0]), TypeError,
         "a must be numeric"),
        (lambda: measure_speedup(dot_loop, dot_vectorized, [1.0], [1.0], repeats=0), ValueError,
         "repeats must be a positive integer"),
        (lambda: forward_speedup_table(sizes=(10, -1)), ValueError,
         "sizes entries must be a positive integer"),
    ],
)
def test_bad_input(call, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        call()
