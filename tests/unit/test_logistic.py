"""Logistic regression against scikit-learn, finite differences and the course's numbers."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from mlbook.datasets import load_breast_cancer_features, load_planar_dataset
from mlbook.gradcheck import gradient_check
from mlbook.logistic import (
    initialize_with_zeros,
    logistic_regression,
    optimize,
    predict,
    predict_proba,
    propagate,
)
from mlbook.metrics import accuracy


@pytest.fixture(scope="module")
def breast_cancer() -> tuple[np.ndarray, np.ndarray]:
    return load_breast_cancer_features()


def test_gradients_match_finite_differences(breast_cancer) -> None:
    X, Y = breast_cancer
    w = np.random.default_rng(0).normal(size=(X.shape[0], 1))
    b = 0.3
    grads, _ = propagate(w, b, X, Y)

    def cost(params: dict) -> float:
        return propagate(params["w"], params["b"], X, Y)[1]

    assert gradient_check(cost, {"w": w, "b": b}, grads) < 1e-7


def test_matches_scikit_learn_without_penalty(breast_cancer) -> None:
    X, Y = breast_cancer
    model = logistic_regression(X, Y, num_iterations=3000, learning_rate=1.0)
    reference = LogisticRegression(C=np.inf, tol=1e-12, max_iter=10_000).fit(X.T, Y.ravel())
    np.testing.assert_allclose(model["w"].ravel(), reference.coef_.ravel(), rtol=1e-3)
    assert model["b"] == pytest.approx(reference.intercept_[0], rel=1e-3)
    costs = model["costs"]
    assert len(costs) == 3000 and costs[0] == pytest.approx(np.log(2))
    assert np.all(np.diff(costs) <= 1e-15)  # gradient descent never increases this cost


def test_flower_is_not_linearly_separable() -> None:
    X, Y = load_planar_dataset()
    model = logistic_regression(X, Y, num_iterations=2000, learning_rate=0.5)
    assert accuracy(predict(model["w"], model["b"], X), Y) < 0.55


def test_course_numbers() -> None:
    # The course's exercise values: w = [[1], [2]], b = 2, three examples.
    w, b = np.array([[1.0], [2.0]]), 2.0
    X, Y = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1, 0, 1]])
    grads, cost = propagate(w, b, X, Y)
    np.testing.assert_allclose(grads["dw"], [[0.99845601], [2.39507239]], rtol=1e-7)
    assert grads["db"] == pytest.approx(0.00145558, rel=1e-5)
    assert cost == pytest.approx(5.801545319394553, rel=1e-12)
    params, _, _ = optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009)
    np.testing.assert_allclose(params["w"], [[0.19033591], [0.12259159]], rtol=1e-7)
    assert params["b"] == pytest.approx(1.92535983, rel=1e-7)


def test_predictions_shapes_and_values() -> None:
    w, b = initialize_with_zeros(2)
    X = np.array([[1.0, -1.0, 0.0], [2.0, 0.0, 1.0]])
    np.testing.assert_array_equal(predict_proba(w, b, X), [[0.5, 0.5, 0.5]])
    prediction = predict(np.array([[1.0], [0.0]]), 0.0, X)
    assert prediction.shape == (1, 3) and prediction.dtype == np.int64
    np.testing.assert_array_equal(prediction, [[1, 0, 0]])


def test_inputs_are_not_mutated(breast_cancer) -> None:
    X, Y = breast_cancer
    X_before, Y_before = X.copy(), Y.copy()
    w = np.ones((3, 1))
    optimize(w, 0.0, X, Y, num_iterations=5, learning_rate=0.1)
    np.testing.assert_array_equal(w, np.ones((3, 1)))
    np.testing.assert_array_equal(X, X_before)
    np.testing.assert_array_equal(Y, Y_before)


def test_print_cost(capsys, breast_cancer) -> None:
    X, Y = breast_cancer
    optimize(np.zeros((3, 1)), 0.0, X, Y, num_iterations=201, learning_rate=0.1, print_cost=True)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Cost after iteration 0", "Cost after iteration 100", "Cost after iteration 200"]


def test_extreme_scores_stay_finite() -> None:
    w, b = np.array([[1e4]]), 0.0
    X, Y = np.array([[-1.0, 1.0]]), np.array([[1, 0]])
    grads, cost = propagate(w, b, X, Y)
    assert cost == pytest.approx(1e4)
    assert np.all(np.isfinite(grads["dw"]))


W = np.zeros((2, 1))
X2 = np.array([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0]])
Y2 = np.array([[1, 0, 1]])


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: propagate(W, 0.0, X2, Y2.ravel()), ValueError,
         r"Y must have shape \(1, 3\) to match X's 3 samples, got \(3,\)"),
        (lambda: propagate(W, 0.0, X2, np.vstack([Y2, Y2])), ValueError,
         r"Y must have shape \(1, 3\) to match X's 3 samples, got \(2, 3\): a single row"),
        (lambda: propagate(np.zeros((3, 1)), 0.0, X2, Y2), ValueError,
         r"w must have shape \(2, 1\) to match X's 2 features, got \(3, 1\)"),
        (lambda: propagate(W, 0.0, X2[0], Y2), ValueError, "X must be 2-D"),
        (lambda: propagate(W, 0.0, np.zeros((2, 0)), np.zeros((1, 0))), ValueError,
         "X must hold at least one"),
        (lambda: propagate(W, 0.0, X2, np.array([[1, 0, 3]])), ValueError,
         "Y must contain only the labels 0 and 1"),
        (lambda: propagate(W, np.nan, X2, Y2), ValueError, "b must contain only finite"),
        (lambda: propagate(W, 0.0, X2 + np.inf, Y2), ValueError, "X must contain only finite"),
        (lambda: propagate(W, [1.0, 2.0], X2, Y2), ValueError, "b must be a single number"),
        (lambda: propagate(W, 0.0, "X", Y2), TypeError, "X must be numeric"),
        (lambda: optimize(W, 0.0, X2, Y2, 0, 0.1), ValueError,
         "num_iterations must be a positive integer, got 0"),
        (lambda: optimize(W, 0.0, X2, Y2, 10.5, 0.1), TypeError,
         "num_iterations must be an integer"),
        (lambda: optimize(W, 0.0, X2, Y2, 10, -0.1), ValueError,
         "learning_rate must be positive, got -0.1"),
        (lambda: logistic_regression(X2, Y2, learning_rate=0), ValueError,
         "learning_rate must be positive"),
        (lambda: initialize_with_zeros(0), ValueError, "dim must be a positive integer"),
        (lambda: predict(W, 0.0, X2.T), ValueError, r"w must have shape \(3, 1\)"),
    ],
)
def test_bad_input(call, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        call()


def test_logistic_run_is_logistic_regression_on_the_training_part_of_the_split() -> None:
    from mlbook.datasets import load_extra_datasets, train_test_split
    from mlbook.logistic import logistic_run

    X, Y = load_extra_datasets()["blobs"]
    X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=4)
    model = logistic_regression(X_train, Y_train)
    run = logistic_run("blobs", split_seed=4)
    np.testing.assert_array_equal(run.w, model["w"])
    assert run.b == model["b"]
    np.testing.assert_array_equal(run.costs, model["costs"])
    assert run.train_accuracy == accuracy(predict(model["w"], model["b"], X_train), Y_train)
    assert run.test_accuracy == accuracy(predict(model["w"], model["b"], X_test), Y_test)
    assert run is logistic_run(dataset="blobs", split_seed=4)
    whole = logistic_run("blobs")
    assert whole.test_accuracy is None and whole.costs.size == 2000
    for array in (run.w, run.costs):
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 0.0
