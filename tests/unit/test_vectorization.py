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
    for row in rows:
        assert list(row) == ["m", "n_x", "loop_seconds", "vectorized_seconds", "speedup"]
        assert row["n_x"] == 3
        assert row["loop_seconds"] > 0 and row["vectorized_seconds"] > 0
        assert row["speedup"] == row["loop_seconds"] / row["vectorized_seconds"]


def test_forward_speedup_table_times_the_forward_pass_on_its_seeded_data(monkeypatch) -> None:
    import mlbook.vectorization as vectorization

    timed = []

    def record(loop_fn, vectorized_fn, *args, repeats):
        timed.append((loop_fn, vectorized_fn, args, repeats))
        return vectorization.Speedup(2.0, 0.5, 4.0)

    monkeypatch.setattr(vectorization, "measure_speedup", record)
    rows = forward_speedup_table(sizes=(7, 30), n_x=4, repeats=3, seed=5)
    assert list(rows) == [{"m": m, "n_x": 4, "loop_seconds": 2.0, "vectorized_seconds": 0.5,
                           "speedup": 4.0} for m in (7, 30)]
    rng = np.random.default_rng(5)
    for (loop_fn, vectorized_fn, (w, b, X), repeats), m in zip(timed, (7, 30), strict=True):
        assert (loop_fn, vectorized_fn, repeats) == (forward_loop, forward_vectorized, 3)
        np.testing.assert_array_equal(w, rng.normal(size=(4, 1)))
        assert b == float(rng.normal())
        np.testing.assert_array_equal(X, rng.normal(size=(4, m)))


def test_measure_speedup_returns_the_ratio_of_the_two_timings(monkeypatch) -> None:
    import mlbook.vectorization as vectorization

    times = {"loop": 3e-3, "vectorized": 1e-4}

    def best_time(fn, args, repeats):
        assert repeats == 4
        return times[fn.__name__], fn(*args)

    def loop(x):
        return x * 2.0

    def vectorized(x):
        return x + x

    monkeypatch.setattr(vectorization, "_best_time", best_time)
    result = measure_speedup(loop, vectorized, np.ones(3), repeats=4)
    assert (result.loop_seconds, result.vectorized_seconds) == (3e-3, 1e-4)
    assert result.speedup == 3e-3 / 1e-4


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


class FakeClock:
    """time.perf_counter for mlbook.vectorization: each call of a timed function advances it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.calls = {"loop": 0, "vectorized": 0}

    def perf_counter(self) -> float:
        return self.now

    def function(self, name: str, seconds: list[float]):
        def timed(x):
            self.now += seconds[min(self.calls[name], len(seconds) - 1)]
            self.calls[name] += 1
            return x * 2.0

        timed.__name__ = name
        return timed


def test_each_version_keeps_its_best_time_and_calls_under_1_ms_are_batched(monkeypatch) -> None:
    import mlbook.vectorization as vectorization

    clock = FakeClock()
    monkeypatch.setattr(vectorization.time, "perf_counter", clock.perf_counter)
    # Powers of two keep the clock's sums exact. The loop takes 2^-8 s (3.9 ms), once 2^-9;
    # the vectorized version 2^-13 s (0.12 ms), then 2^-14 for one batch.
    loop = clock.function("loop", [2**-8] * 3 + [2**-9, 2**-8])
    vectorized = clock.function("vectorized", [2**-13] * 10 + [2**-14] * 8 + [2**-13] * 8)
    result = measure_speedup(loop, vectorized, np.ones(2), repeats=3)
    # Over 1 ms: one call per timing; under: batches of int(1 ms / 2^-13 s) = 8 calls.
    assert clock.calls == {"loop": 2 + 3, "vectorized": 2 + 3 * 8}
    assert (result.loop_seconds, result.vectorized_seconds) == (2**-9, 2**-14)
    assert result.speedup == 32.0


def test_numpy_runs_on_one_thread_while_timed() -> None:
    from threadpoolctl import threadpool_info

    threads = []

    def record(x):
        threads.extend(pool["num_threads"] for pool in threadpool_info())
        return x

    measure_speedup(record, record, 1.0, repeats=1)
    assert threads and set(threads) == {1}


def test_results_must_agree_to_rounding() -> None:
    measure_speedup(lambda x: x, lambda x: x * (1 + 1e-12), 1.0, repeats=1)
    measure_speedup(lambda x: x, lambda x: x + 1e-13, 0.0, repeats=1)
    for differ in (lambda x: x * (1 + 1e-7), lambda x: x + 1e-9):
        with pytest.raises(ValueError, match="must compute the same result"):
            measure_speedup(lambda x: x, differ, 0.5, repeats=1)
