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


def test_squared_error_gradients_match_finite_differences(breast_cancer) -> None:
    from mlbook.logistic import propagate_squared_error

    X, Y = breast_cancer
    w = np.random.default_rng(1).normal(size=(X.shape[0], 1))
    grads, cost = propagate_squared_error(w, -0.4, X, Y)
    A = 1 / (1 + np.exp(-(w.T @ X - 0.4)))
    assert cost == pytest.approx(np.mean((A - Y) ** 2), rel=1e-12)

    def cost_of(params: dict) -> float:
        return propagate_squared_error(params["w"], params["b"], X, Y)[1]

    assert gradient_check(cost_of, {"w": w, "b": -0.4}, grads) < 1e-7


def test_a_single_batch_is_full_batch_gradient_descent(breast_cancer) -> None:
    from mlbook.logistic import optimize_minibatch

    X, Y = breast_cancer
    w0, b0 = initialize_with_zeros(X.shape[0])
    full_params, _, full_costs = optimize(w0, b0, X, Y, num_iterations=4, learning_rate=0.7)
    params, costs = optimize_minibatch(w0, b0, X, Y, num_epochs=3, batch_size=10_000,
                                       learning_rate=0.7)
    np.testing.assert_allclose(costs, full_costs, rtol=1e-12)
    np.testing.assert_allclose(optimize(w0, b0, X, Y, 3, 0.7)[0]["w"], params["w"], rtol=1e-12)
    assert full_params["w"].shape == params["w"].shape


def test_minibatch_steps_are_the_shuffled_batches_in_order() -> None:
    from mlbook.logistic import optimize_minibatch

    # An independent walk through the same shuffles: one step per batch of 2.
    X = np.array([[-2.0, -1.0, 0.5, 1.0, 3.0]])
    Y = np.array([[0, 1, 0, 1, 1]])
    rates = []
    params, costs = optimize_minibatch(np.zeros((1, 1)), 0.0, X, Y, num_epochs=2, batch_size=2,
                                       learning_rate=0.3,
                                       schedule=lambda step: rates.append(step) or 0.3 / (1 + step),
                                       seed=7)
    assert rates == list(range(6))  # 3 batches (2, 2, 1) per epoch, steps counted from 0
    random, w, b, step = np.random.RandomState(7), 0.0, 0.0, 0
    for _ in range(2):
        order = random.permutation(5)
        for batch in (order[:2], order[2:4], order[4:]):
            a = 1 / (1 + np.exp(-(w * X[0, batch] + b)))
            w -= 0.3 / (1 + step) * np.mean((a - Y[0, batch]) * X[0, batch])
            b -= 0.3 / (1 + step) * np.mean(a - Y[0, batch])
            step += 1
    assert params["w"][0, 0] == pytest.approx(w, rel=1e-12) and params["b"] == pytest.approx(b)
    assert len(costs) == 3 and costs[0] == pytest.approx(np.log(2))
    other, _ = optimize_minibatch(np.zeros((1, 1)), 0.0, X, Y, 2, 2, 0.3, seed=8)
    assert other["w"][0, 0] != params["w"][0, 0]


def test_the_chapter_2_comparison_of_squared_error_and_log_loss() -> None:
    from sklearn.metrics import log_loss

    from mlbook.logistic import squared_error_vs_log_loss

    result = squared_error_vs_log_loss()
    x, y = result.x.ravel(), result.y.ravel()
    for index in (500, 800, 1100):  # the costs along the line, against scikit-learn
        a = 1 / (1 + np.exp(-(result.ws[index] * x + result.b_line)))
        assert result.line["log loss"][index] == pytest.approx(log_loss(y, a), rel=1e-9)
        assert result.line["squared error"][index] == pytest.approx(np.mean((a - y) ** 2))
    row = int(np.argmin(np.abs(result.grid_b - result.b_line)))  # the line is a row of the grid
    for name in result.line:
        np.testing.assert_allclose(result.surfaces[name][row], result.line[name][::10], rtol=1e-12)
    for runs in result.runs.values():
        for start, run in runs.items():
            np.testing.assert_array_equal(run.path[0], result.starts[start])
            assert run.reason == "tolerance" and set(run.learning_rates) == {2.0}
    assert result.steps["log loss"][1] == result.runs["log loss"]["confidently wrong"].stopped_at
    z, h = result.z, 1e-6
    for name, loss_of in [("squared error", lambda s: (1 / (1 + np.exp(-s)) - 1) ** 2),
                          ("log loss", lambda s: np.log1p(np.exp(-s)))]:
        np.testing.assert_allclose(result.loss[name], loss_of(z), rtol=1e-12)
        np.testing.assert_allclose(result.slope[name], (loss_of(z + h) - loss_of(z - h)) / (2 * h),
                                   atol=1e-8)
    with pytest.raises(ValueError, match="read-only"):
        result.ws[0] = 0.0
    with pytest.raises(TypeError):
        squared_error_vs_log_loss(1)


def test_the_chapter_3_learning_curves_are_optimize_runs(breast_cancer) -> None:
    from mlbook.logistic import learning_rate_curves

    X, Y = breast_cancer
    curves = learning_rate_curves()
    assert list(curves) == ["alpha = 0.01", "alpha = 1", "alpha = 20", "alpha = 100"]
    params, _, costs = optimize(np.zeros((3, 1)), 0.0, X, Y, num_iterations=300,
                                learning_rate=20.0)
    np.testing.assert_array_equal(curves["alpha = 20"].costs, costs)
    np.testing.assert_array_equal(curves["alpha = 20"].w, params["w"])
    assert learning_rate_curves() is curves


def minimum_by_scikit_learn(X: np.ndarray, Y: np.ndarray) -> float:
    model = LogisticRegression(C=np.inf, tol=1e-12, max_iter=10_000).fit(X.T, Y.ravel())
    return propagate(model.coef_.T, float(model.intercept_[0]), X, Y)[1]


def test_the_standardising_experiment_counts_steps_to_the_true_minimum() -> None:
    from mlbook.logistic import standardising_experiment

    result = standardising_experiment()
    X, Y = load_breast_cancer_features(["mean radius"])
    assert result.minimum_cost == pytest.approx(minimum_by_scikit_learn(X, Y), abs=1e-9)
    for name, standardize in [("raw", False), ("standardised", True)]:
        X, Y = load_breast_cancer_features(["mean radius"], standardize=standardize)
        rate = result.best_rate[name]
        count = result.steps[name][result.learning_rates.index(rate)]
        _, _, costs = optimize(np.zeros((1, 1)), 0.0, X, Y, count + 1, rate)
        assert costs[count] - result.minimum_cost < result.tolerance  # arrived at step count
        assert np.all(np.array(costs[:count]) - result.minimum_cost >= result.tolerance)
        path = result.paths[name]
        assert path.shape == (101, 2) and np.array_equal(path[0], [0.0, 0.0])
        grid_w, grid_b = result.grid_w[name], result.grid_b[name]
        assert grid_w[0] <= path[:, 0].min() and path[:, 0].max() <= grid_w[-1]
        assert grid_b[0] <= path[:, 1].min() and path[:, 1].max() <= grid_b[-1]
        i, j = 37, 81
        assert result.surfaces[name][i, j] == pytest.approx(
            propagate(np.array([[grid_w[j]]]), grid_b[i], X, Y)[1], rel=1e-12)


def test_the_minibatch_comparison(breast_cancer) -> None:
    from mlbook.logistic import minibatch_vs_full_batch

    X, Y = breast_cancer
    result = minibatch_vs_full_batch()
    assert result.minimum_cost == pytest.approx(minimum_by_scikit_learn(X, Y), abs=1e-9)
    rate = result.best_rate["full batch"]
    _, _, costs = optimize(np.zeros((3, 1)), 0.0, X, Y, num_iterations=101, learning_rate=rate)
    np.testing.assert_allclose(result.excess["full batch"], np.array(costs) - result.minimum_cost,
                               atol=1e-15)
    for name, curves in result.curves.items():
        assert set(curves) == set(result.learning_rates)
        assert result.best_rate[name] == min(curves, key=lambda r: curves[r][-1])
        assert all(len(curve) == 101 and curve.min() > -1e-12 for curve in curves.values())
        assert result.seconds_per_epoch[name] > 0


def test_logistic_regression_defaults_are_2000_steps_of_rate_0_5() -> None:
    X, Y = np.array([[-2.0, -1.0, 1.0, 2.0]]), np.array([[0, 1, 0, 1]])
    model = logistic_regression(X, Y)
    explicit = logistic_regression(X, Y, num_iterations=2000, learning_rate=0.5)
    assert len(model["costs"]) == 2000
    np.testing.assert_array_equal(model["w"], explicit["w"])
    assert model["b"] == explicit["b"] and model["costs"] == explicit["costs"]
    params, _, costs = optimize(np.zeros((1, 1)), 0.0, X, Y, 2000, 0.5)
    np.testing.assert_array_equal(model["w"], params["w"])
    assert costs == model["costs"]


def test_optimize_returns_the_gradients_of_its_last_step() -> None:
    w, b = np.array([[1.0], [2.0]]), 2.0
    X, Y = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1, 0, 1]])
    params, grads, costs = optimize(w, b, X, Y, num_iterations=3, learning_rate=0.1)
    w2, b2 = w, b
    for _ in range(2):
        step, _ = propagate(w2, b2, X, Y)
        w2, b2 = w2 - 0.1 * step["dw"], b2 - 0.1 * step["db"]
    last, cost = propagate(w2, b2, X, Y)
    np.testing.assert_allclose(grads["dw"], last["dw"], rtol=1e-12)
    assert grads["db"] == pytest.approx(last["db"], rel=1e-12)
    assert costs[-1] == pytest.approx(cost, rel=1e-12)
    np.testing.assert_allclose(params["w"], w2 - 0.1 * last["dw"], rtol=1e-12)
    assert params["b"] == pytest.approx(b2 - 0.1 * last["db"], rel=1e-12)
    assert initialize_with_zeros(3)[1] == 0.0 and not initialize_with_zeros(3)[0].any()


def test_predictions_are_probabilities_above_one_half() -> None:
    w, b = np.array([[2.0], [-1.0]]), 0.5
    X = np.array([[0.0, 1.0, -1.0, -0.25], [0.0, 3.0, 0.0, 0.0]])
    Z = w.T @ X + b  # 0.5, -0.5, -1.5, 0.0
    np.testing.assert_allclose(predict_proba(w, b, X), 1 / (1 + np.exp(-Z)), rtol=1e-15)
    np.testing.assert_array_equal(predict(w, b, X), [[1, 0, 0, 0]])  # 0.5 exactly is class 0
