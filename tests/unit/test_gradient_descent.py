"""Gradient descent: the step, the schedules' formulas, the minimizer on known problems."""

from __future__ import annotations

import numpy as np
import pytest

from mlbook.gradient_descent import (
    constant,
    exponential_decay,
    gradient_descent_step,
    inverse_time_decay,
    minimize,
    step_decay,
)


def parabola(x):
    return float(x**2), 2 * x


def bowl(x: np.ndarray):
    # J = x1^2 + 10 x2^2: an elongated bowl, minimum at (0, 0).
    return float(x[0] ** 2 + 10 * x[1] ** 2), np.array([2 * x[0], 20 * x[1]])


def test_step_subtracts_the_scaled_gradient_and_copies() -> None:
    params = {"W": np.ones((2, 2)), "b": 0.5}
    new = gradient_descent_step(params, {"dW": np.full((2, 2), 2.0), "db": 1.0}, 0.25)
    np.testing.assert_array_equal(new["W"], np.full((2, 2), 0.5))
    assert float(new["b"]) == 0.25
    np.testing.assert_array_equal(params["W"], np.ones((2, 2)))


def test_schedules_follow_their_formulas() -> None:
    t = np.arange(0, 50)
    assert [constant(0.3)(i) for i in t] == [0.3] * 50
    np.testing.assert_allclose([inverse_time_decay(0.3, 0.1)(i) for i in t], 0.3 / (1 + 0.1 * t))
    np.testing.assert_allclose([exponential_decay(0.3, 0.9)(i) for i in t], 0.3 * 0.9**t)
    np.testing.assert_allclose([step_decay(0.3, 0.5, 20)(i) for i in t], 0.3 * 0.5 ** (t // 20))


def test_minimize_converges_on_a_parabola_at_the_geometric_rate() -> None:
    # x_{k+1} = (1 - 2 alpha) x_k, so with alpha = 0.1 each step multiplies x by 0.8.
    result = minimize(parabola, 5.0, learning_rate=0.1, num_iterations=30)
    np.testing.assert_allclose(result.path, 5.0 * 0.8 ** np.arange(31))
    assert len(result.costs) == 31 and len(result.learning_rates) == 30
    assert result.reason == "max_iterations" and result.stopped_at is None


def test_learning_rate_regimes() -> None:
    slow = minimize(parabola, 5.0, learning_rate=0.01, num_iterations=50)
    fast = minimize(parabola, 5.0, learning_rate=0.4, num_iterations=50)
    oscillating = minimize(parabola, 5.0, learning_rate=0.9, num_iterations=50)
    diverging = minimize(parabola, 5.0, learning_rate=1.1, num_iterations=5000)
    assert fast.costs[-1] < oscillating.costs[-1] < slow.costs[-1]
    assert np.all(np.sign(oscillating.path[1:6]) == [-1, 1, -1, 1, -1])  # overshoots
    assert diverging.reason == "diverged" and diverging.stopped_at is not None
    assert np.all(np.isfinite(diverging.path)) and np.all(np.isfinite(diverging.costs))
    assert len(diverging.path) == len(diverging.costs) == len(diverging.learning_rates) + 1


def test_tolerance_and_schedule_on_a_2d_bowl() -> None:
    x0 = np.array([3.0, 1.0])
    result = minimize(bowl, x0, learning_rate=0.05, num_iterations=10_000, tolerance=1e-8)
    assert result.reason == "tolerance"
    np.testing.assert_allclose(result.x, [0, 0], atol=1e-8)
    np.testing.assert_array_equal(x0, [3.0, 1.0])
    decayed = minimize(bowl, x0, learning_rate=0.05, num_iterations=100,
                       schedule=inverse_time_decay(0.09, 0.05))
    np.testing.assert_allclose(decayed.learning_rates, 0.09 / (1 + 0.05 * np.arange(100)))


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: constant(0), ValueError, "learning_rate must be positive, got 0"),
        (lambda: exponential_decay(0.1, 1.5), ValueError, r"decay_rate must be in \(0, 1\]"),
        (lambda: step_decay(0.1, 0.5, 0), ValueError, "every must be a positive integer"),
        (lambda: inverse_time_decay(0.1, 0.5)(-1), ValueError, "iteration must be >= 0"),
        (lambda: minimize(parabola, np.nan, 0.1, 10), ValueError, "x0 must contain only finite"),
        (lambda: minimize(parabola, 1.0, -0.1, 10), ValueError, "learning_rate must be positive"),
        (lambda: minimize("f", 1.0, 0.1, 10), TypeError, "cost_and_gradient must be callable"),
        (lambda: minimize(lambda x: (0.0, np.zeros(3)), 1.0, 0.1, 10), ValueError,
         r"gradient of shape \(3,\) for x of shape \(\)"),
        (lambda: gradient_descent_step({"w": 1.0}, {"dw": np.nan}, 0.1), ValueError,
         r"grads\['dw'\] must contain only finite"),
    ],
)
def test_bad_input(call, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        call()


def test_a_diverging_run_with_a_tolerance_stops_cleanly_without_warnings() -> None:
    def steep(x):
        return x**2, 2 * x

    result = minimize(steep, 3.0, learning_rate=1.5, num_iterations=5000,
                                       tolerance=1e-8)
    assert result.reason == "diverged"
    assert np.all(np.isfinite(result.path))


def test_the_parabola_and_its_derivative() -> None:
    from mlbook.gradient_descent import parabola

    assert [float(value) for value in parabola(-1.5)] == [2.25, -3.0]
    np.testing.assert_array_equal(parabola(np.array([1.0, 2.0]))[1], [2.0, 4.0])


def test_the_four_regimes_follow_the_factor_one_minus_two_alpha() -> None:
    from mlbook.gradient_descent import learning_rate_regimes

    runs = learning_rate_regimes()
    rates = {label: run.learning_rates[0] for label, run in runs.items()}
    assert rates == {"too small": 0.02, "well chosen": 0.3, "large": 0.9, "too large": 1.05}
    for label, run in runs.items():
        factor = 1 - 2 * rates[label]
        np.testing.assert_allclose(run.path, 4.0 * factor ** np.arange(21), rtol=1e-12)
        assert set(run.learning_rates) == {rates[label]}


def test_the_schedules_compared_start_too_large_and_follow_their_formulas() -> None:
    from mlbook.gradient_descent import compare_schedules

    runs = compare_schedules()
    t = np.arange(40)
    expected = {"constant": np.full(40, 1.05), "inverse-time": 1.05 / (1 + 0.15 * t),
                "exponential": 1.05 * 0.9**t, "step": 1.05 * 0.5 ** (t // 5)}
    for label, rates in expected.items():
        np.testing.assert_allclose(runs[label].learning_rates, rates, rtol=1e-12)
        # on x^2 each step multiplies x by 1 - 2 alpha_t
        np.testing.assert_allclose(runs[label].path[1:], 4.0 * np.cumprod(1 - 2 * rates),
                                   rtol=1e-9)


def test_descent_stops_once_the_gradient_is_below_the_tolerance_not_at_it() -> None:
    # At x = 0.5 the gradient of x^2 is exactly 1: not below a tolerance of 1, so a step.
    result = minimize(parabola, 0.5, learning_rate=0.25, num_iterations=10, tolerance=1.0)
    assert (result.reason, result.stopped_at) == ("tolerance", 1)
    np.testing.assert_array_equal(result.path, [0.5, 0.25])
    assert result.costs == [0.25, 0.0625] and result.learning_rates == [0.25]
    assert result.x == 0.25


def test_the_last_iteration_takes_no_step() -> None:
    result = minimize(parabola, 1.0, learning_rate=0.25, num_iterations=3)
    np.testing.assert_array_equal(result.path, [1.0, 0.5, 0.25, 0.125])
    assert result.costs == [1.0, 0.25, 0.0625, 0.015625]  # the cost after the last step too
    assert result.learning_rates == [0.25, 0.25, 0.25]
    assert (result.reason, result.stopped_at) == ("max_iterations", None)


def test_divergence_is_reported_where_the_cost_leaves_the_finite_numbers() -> None:
    def explodes_at_3(x):
        return (float(x**2), 2 * x) if abs(x) < 3 else (float("inf"), 2 * x)

    result = minimize(explodes_at_3, 1.0, learning_rate=1.0, num_iterations=10)
    # x: 1 -> -1 -> 1 -> ... never leaves (-3, 3); with rate 1.5: 1 -> -2 -> 4 (infinite cost)
    assert result.reason == "max_iterations"
    result = minimize(explodes_at_3, 1.0, learning_rate=1.5, num_iterations=10)
    assert (result.reason, result.stopped_at) == ("diverged", 2)
    np.testing.assert_array_equal(result.path, [1.0, -2.0])
    assert result.costs == [1.0, 4.0] and result.learning_rates == [1.5]


def test_a_non_finite_start_or_gradient_is_refused() -> None:
    with pytest.raises(ValueError, match=r"cost_and_gradient\(x0\) must be finite, got cost inf"):
        minimize(lambda x: (float("inf"), 2 * x), 1.0, 0.1, 10)
    with pytest.raises(ValueError, match=r"cost_and_gradient\(x0\) must be finite"):
        minimize(lambda x: (1.0, np.inf * x), 1.0, 0.1, 10)


def test_the_schedule_sets_each_rate_and_must_stay_positive() -> None:
    result = minimize(parabola, 1.0, learning_rate=99.0, num_iterations=3,
                      schedule=lambda i: 0.1 * (i + 1))
    assert result.learning_rates == [0.1, 0.2, 0.30000000000000004]
    np.testing.assert_allclose(result.path, [1.0, 0.8, 0.48, 0.192])
    with pytest.raises(ValueError, match=r"returned by schedule must be positive, got 0"):
        minimize(parabola, 1.0, 0.1, 5, schedule=lambda i: 0.1 if i < 2 else 0)


def test_schedules_check_the_iteration_and_accept_the_edges() -> None:
    for schedule in (constant(0.1), inverse_time_decay(0.1, 1.0), exponential_decay(0.1, 1.0),
                     step_decay(0.1, drop=1.0, every=1)):
        assert schedule(np.int64(3)) == pytest.approx(schedule(3))
        with pytest.raises(ValueError, match="iteration must be >= 0, got -1"):
            schedule(-1)
        for bad in (True, 2.0, "3"):
            with pytest.raises(TypeError, match="iteration must be an integer"):
                schedule(bad)
    assert exponential_decay(0.1, 1.0)(50) == 0.1 and step_decay(0.1, 1.0, 1)(50) == 0.1
    with pytest.raises(ValueError, match=r"drop must be in \(0, 1\], got 1.01"):
        step_decay(0.1, drop=1.01, every=1)


def test_a_step_updates_every_parameter_by_its_own_gradient() -> None:
    params = {"w": np.array([1.0, -2.0]), "b": 3.0, "c": np.zeros((2, 1))}
    grads = {"dw": np.array([0.5, 0.5]), "db": -1.0, "dc": np.ones((2, 1))}
    new = gradient_descent_step(params, grads, learning_rate=0.5)
    assert list(new) == ["w", "b", "c"]
    np.testing.assert_array_equal(new["w"], [0.75, -2.25])
    assert float(new["b"]) == 3.5
    np.testing.assert_array_equal(new["c"], np.full((2, 1), -0.5))


def test_a_result_is_frozen_and_its_repr_leaves_out_the_rates() -> None:
    import dataclasses

    result = minimize(parabola, 1.0, learning_rate=0.25, num_iterations=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.reason = "tolerance"
    assert "learning_rates" not in repr(result) and "reason='max_iterations'" in repr(result)


def test_long_runs_stop_after_num_iterations_steps() -> None:
    # Past 256, Python's integers are distinct objects: the count must compare by value.
    result = minimize(parabola, 1.0, learning_rate=0.001, num_iterations=300)
    assert len(result.path) == 301 and len(result.learning_rates) == 300


def test_the_gradient_must_have_the_shape_of_x() -> None:
    with pytest.raises(ValueError, match=r"gradient of shape \(\) for x of shape \(2,\)"):
        minimize(lambda x: (0.0, 0.0), np.zeros(2), 0.1, 10)
