"""Gradient checking against functions whose gradients are known in closed form."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer

from mlbook.gradcheck import (
    gradient_check,
    logistic_epsilon_sweep,
    numerical_gradient,
    relative_error,
)


def quadratic(params: dict) -> float:
    # J = sum(A * W**2) + 3 b, so dJ/dW = 2 A * W and dJ/db = 3.
    A = np.array([[1.0, 2.0], [3.0, 4.0]])
    return float(np.sum(A * params["W"] ** 2) + 3 * params["b"])


def test_numerical_gradient_of_a_known_function() -> None:
    W = np.array([[1.0, -1.0], [0.5, 2.0]])
    grads = numerical_gradient(quadratic, {"W": W, "b": np.array(0.7)})
    np.testing.assert_allclose(grads["dW"], 2 * np.array([[1.0, 2.0], [3.0, 4.0]]) * W,
                               rtol=1e-6)
    assert float(grads["db"]) == pytest.approx(3.0, rel=1e-6)


def test_gradient_check_tells_right_from_wrong() -> None:
    W = np.array([[1.0, -1.0], [0.5, 2.0]])
    right = {"dW": 2 * np.array([[1.0, 2.0], [3.0, 4.0]]) * W, "db": 3.0}
    wrong = {"dW": right["dW"] * 1.01, "db": 3.0}
    params = {"W": W, "b": 0.7}
    assert gradient_check(quadratic, params, right) < 1e-7
    assert gradient_check(quadratic, params, wrong) > 1e-3


def test_parameters_are_not_modified() -> None:
    W = np.array([[1.0, -1.0], [0.5, 2.0]])
    numerical_gradient(quadratic, {"W": W, "b": 0.7})
    np.testing.assert_array_equal(W, [[1.0, -1.0], [0.5, 2.0]])


def test_relative_error() -> None:
    assert relative_error([0.0], [0.0]) == 0.0
    assert relative_error([1.0], [-1.0]) == 1.0
    assert relative_error([3.0, 4.0], [3.0, 4.0]) == 0.0


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: numerical_gradient("cost", {"W": 1.0}), TypeError, "cost_fn must be callable"),
        (lambda: numerical_gradient(quadratic, {}), TypeError, "params must be a non-empty dict"),
        (lambda: numerical_gradient(quadratic, {"W": [np.nan]}), ValueError,
         r"params\['W'\] must contain only finite"),
        (lambda: numerical_gradient(quadratic, {"W": 1.0, "b": 0.0}, epsilon=0), ValueError,
         "epsilon must be positive"),
        (lambda: numerical_gradient(lambda p: np.nan, {"W": 1.0}), ValueError,
         "the value returned by cost_fn must contain only finite"),
        (lambda: gradient_check(quadratic, {"W": np.ones((2, 2)), "b": 0.0},
                                {"dW": np.ones(4), "db": 0.0}), ValueError,
         r"grads\['dW'\] must have the shape of params\['W'\], \(2, 2\), got \(4,\)"),
        (lambda: gradient_check(quadratic, {"W": np.ones((2, 2)), "b": 0.0},
                                {"dW": np.ones((2, 2))}), ValueError, "grads is missing 'db'"),
        (lambda: relative_error([1.0, 2.0], [1.0]), ValueError, "same shape"),
    ],
)
def test_bad_input(call, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        call()


# logistic_epsilon_sweep (chapter 5): the page's experiment, against a check written here.

def independent_errors(w: np.ndarray, b: float, epsilon: float) -> tuple[float, float]:
    """Relative errors of the right and the db-times-m gradients, from first principles."""
    data = load_breast_cancer()
    X = data.data.T
    X = (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True)
    y = data.target.astype(float)
    m = y.size

    def cost(theta: np.ndarray) -> float:  # log loss through logaddexp: log(1 + e^z) - y z
        z = theta[:-1] @ X + theta[-1]
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    theta = np.append(w.ravel(), b)
    p = 1 / (1 + np.exp(-(theta[:-1] @ X + theta[-1])))
    right = np.append(X @ (p - y) / m, np.mean(p - y))
    broken = right.copy()
    broken[-1] *= m
    numeric = np.array([(cost(theta + epsilon * e) - cost(theta - epsilon * e)) / (2 * epsilon)
                        for e in np.eye(theta.size)])

    def error(g: np.ndarray) -> float:
        return float(np.linalg.norm(g - numeric) / (np.linalg.norm(g) + np.linalg.norm(numeric)))

    return error(right), error(broken)


def test_the_sweep_matches_a_gradient_check_written_from_first_principles() -> None:
    sweep = logistic_epsilon_sweep()
    w = 0.1 * np.random.default_rng(0).standard_normal((30, 1))
    np.testing.assert_array_equal(sweep.parameters["w"], w)
    assert float(sweep.parameters["b"]) == 0.2
    np.testing.assert_allclose(sweep.epsilons, 10.0 ** np.arange(-12, -0.5, 0.5), rtol=1e-12)
    right, broken = sweep.errors["backpropagation"], sweep.errors["broken: db not divided by m"]
    for index in (14, 18, 22):  # epsilon = 1e-5, 1e-3, 1e-1: truncation, not rounding, dominates
        expected_right, expected_broken = independent_errors(w, 0.2, sweep.epsilons[index])
        assert right[index] == pytest.approx(expected_right, rel=1e-3)
        assert broken[index] == pytest.approx(expected_broken, rel=1e-9)


def test_the_sweep_shows_both_failure_modes_and_follows_its_seed() -> None:
    sweep = logistic_epsilon_sweep(seed=1)
    right = sweep.errors["backpropagation"]
    best = int(np.argmin(right))
    assert 0 < best < right.size - 1 and right[best] < 1e-9  # too small and too large both hurt
    assert right[0] > 100 * right[best] and right[-1] > 100 * right[best]
    assert sweep.errors["broken: db not divided by m"].min() > 0.1
    assert not np.array_equal(sweep.parameters["w"], logistic_epsilon_sweep().parameters["w"])


def test_the_sweep_is_computed_once_and_cannot_be_changed() -> None:
    sweep = logistic_epsilon_sweep()
    assert logistic_epsilon_sweep(seed=0) is sweep
    with pytest.raises(ValueError, match="read-only"):
        sweep.errors["backpropagation"][0] = 0.0
    with pytest.raises(ValueError, match="read-only"):
        sweep.parameters["w"][0, 0] = 0.0
    with pytest.raises(TypeError):
        sweep.errors["backpropagation"] = np.zeros(23)  # type: ignore[index]
    with pytest.raises(TypeError, match="seed must be an integer"):
        logistic_epsilon_sweep(seed=0.5)


def test_centred_differences_with_the_default_epsilon_are_accurate_beyond_quadratics() -> None:
    w = np.array([[0.5, -1.0, 2.0]])
    grads = numerical_gradient(lambda p: float(np.sum(np.exp(p["w"]))), {"w": w})
    np.testing.assert_allclose(grads["dw"], np.exp(w), rtol=1e-6)
    assert list(grads) == ["dw"] and grads["dw"].shape == (1, 3)
    coarse = numerical_gradient(lambda p: float(np.sum(np.exp(p["w"]))), {"w": w}, epsilon=0.5)
    np.testing.assert_allclose(coarse["dw"], np.exp(w) * np.sinh(0.5) / 0.5, rtol=1e-9)


def test_gradient_check_compares_every_parameter() -> None:
    params = {"a": np.array([1.0, 2.0]), "b": np.array([[3.0]])}

    def cost(p):
        return float(np.sum(p["a"] ** 2) + 5 * np.sum(p["b"]))

    right = {"da": 2 * params["a"], "db": np.array([[5.0]])}
    assert gradient_check(cost, params, right) < 1e-7
    assert gradient_check(cost, params, {**right, "db": np.array([[4.0]])}) > 1e-3
    assert gradient_check(cost, params, {**right, "da": np.array([2.0, 3.0])}) > 1e-3
    assert relative_error([2.0, 0.0], [1.0, 0.0]) == pytest.approx(1 / 3)


def test_relative_error_refuses_shapes_that_would_broadcast() -> None:
    for a, b in (([1.0], [1.0, 2.0]), ([1.0, 2.0], [1.0]), ([[1.0, 2.0]], [1.0, 2.0])):
        with pytest.raises(ValueError, match="a and b must have the same shape"):
            relative_error(a, b)
