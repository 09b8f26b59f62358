"""The shallow network against the article's own code, finite differences and the flower."""

from __future__ import annotations

import numpy as np
import pytest

from mlbook.activations import ACTIVATION_NAMES
from mlbook.datasets import load_planar_dataset, train_test_split
from mlbook.gradcheck import gradient_check
from mlbook.logistic import logistic_regression
from mlbook.logistic import predict as logistic_predict
from mlbook.metrics import accuracy
from mlbook.shallow import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    initialize_parameters,
    layer_sizes,
    nn_model,
    planar_run,
    predict,
    update_parameters,
)
from tools import article_reference


@pytest.fixture(scope="module")
def flower() -> tuple[np.ndarray, np.ndarray]:
    return load_planar_dataset()


@pytest.fixture(scope="module")
def trained(flower):
    X, Y = flower
    return nn_model(X, Y, n_h=4, num_iterations=10000, return_costs=True)


def test_initialization_equals_the_articles_global_seed() -> None:
    expected = article_reference.initialize_parameters(2, 4, 1)
    state = np.random.get_state()[1].copy()  # noqa: NPY002
    parameters = initialize_parameters(2, 4, 1)
    np.testing.assert_array_equal(np.random.get_state()[1], state)  # noqa: NPY002
    for name in expected:
        np.testing.assert_array_equal(parameters[name], expected[name])


def test_nn_model_equals_the_article_code(flower, trained) -> None:
    X, Y = flower
    expected_parameters, expected_costs = article_reference.nn_model(X, Y, 4, 10000)
    parameters, costs = trained
    np.testing.assert_allclose(costs, expected_costs, rtol=0, atol=1e-9)
    for name in expected_parameters:
        np.testing.assert_allclose(parameters[name], expected_parameters[name], rtol=0, atol=1e-9)


def test_flower_network_beats_logistic_regression(flower, trained) -> None:
    X, Y = flower
    parameters, _ = trained
    network_accuracy = accuracy(predict(parameters, X), Y)
    model = logistic_regression(X, Y)
    linear_accuracy = accuracy(logistic_predict(model["w"], model["b"], X), Y)
    assert network_accuracy >= 0.90
    assert linear_accuracy < 0.55


@pytest.mark.parametrize("n_y", [1, 2, 3])
@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
def test_backpropagation_matches_finite_differences(flower, activation: str, n_y: int) -> None:
    X, Y = flower
    X, Y = X[:, ::10], Y[:, ::10]  # 40 examples: enough, and fast
    rng = np.random.default_rng(0)
    parameters = {"W1": rng.normal(size=(4, 2)), "b1": rng.normal(size=(4, 1)),
                  "W2": rng.normal(size=(n_y, 4)), "b2": rng.normal(size=(n_y, 1))}
    Y = np.vstack([Y, rng.integers(0, 2, size=(n_y - 1, Y.shape[1]))])  # more label rows
    if activation in ("relu", "leaky_relu", "elu"):
        # Keep every pre-activation at least 0.05 from the kink at 0, where the
        # derivative jumps and a finite difference straddling it would be meaningless.
        Z1 = parameters["W1"] @ X + parameters["b1"]
        close = np.abs(Z1) < 0.05
        keep = ~close.any(axis=0)
        X, Y = X[:, keep], Y[:, keep]
        assert X.shape[1] >= 20
    A2, cache = forward_propagation(X, parameters, activation)
    grads = backward_propagation(parameters, cache, X, Y, activation)
    assert A2.shape == Y.shape and grads["dW2"].shape == (n_y, 4)

    def cost(p: dict) -> float:
        return compute_cost(forward_propagation(X, p, activation)[0], Y)

    assert gradient_check(cost, parameters, grads) < 1e-7


def test_cost_history_and_print(flower, capsys) -> None:
    X, Y = flower
    parameters, costs = nn_model(X, Y, n_h=3, num_iterations=2001, learning_rate=0.5,
                                 activation="relu", print_cost=True, return_costs=True)
    assert len(costs) == 2001 and costs[-1] < costs[0]
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Cost after iteration 0", "Cost after iteration 1000", "Cost after iteration 2000"]
    assert set(nn_model(X, Y, n_h=3, num_iterations=2)) == {"W1", "b1", "W2", "b2"}


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
def test_nn_model_equals_the_reference_for_every_activation_seed_and_rate(
        flower, activation: str) -> None:
    X, Y = flower
    parameters, costs = nn_model(X, Y, n_h=5, num_iterations=2000, learning_rate=0.5,
                                 activation=activation, seed=7, return_costs=True)
    expected_parameters, expected_costs = article_reference.nn_model(
        X, Y, 5, 2000, learning_rate=0.5, activation=activation, seed=7)
    # ELU's exp(z) - 1 against expm1 differs in the last bits: 1e-10 after 2000 steps.
    np.testing.assert_allclose(costs, expected_costs, rtol=0, atol=1e-8)
    for name in expected_parameters:
        np.testing.assert_allclose(parameters[name], expected_parameters[name], rtol=0, atol=1e-8)
    np.testing.assert_array_equal(predict(parameters, X, activation),
                                  article_reference.predict(expected_parameters, X, activation))


def test_seed_and_learning_rate_change_the_training(flower) -> None:
    X, Y = flower
    reference = nn_model(X, Y, n_h=4, num_iterations=20)
    for changed in (nn_model(X, Y, n_h=4, num_iterations=20, seed=3),
                    nn_model(X, Y, n_h=4, num_iterations=20, learning_rate=0.1)):
        assert not np.allclose(changed["W1"], reference["W1"])


def random_parameters(n_x: int = 2, n_h: int = 6, seed: int = 0) -> dict[str, np.ndarray]:
    """Weights of order 1, so that every activation bends the output differently."""
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(size=(n_h, n_x)), "b1": rng.normal(size=(n_h, 1)),
            "W2": rng.normal(size=(1, n_h)), "b2": rng.normal(size=(1, 1))}


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
def test_forward_propagation_computes_each_layer(flower, activation: str) -> None:
    X, _ = flower
    parameters = random_parameters()
    A2, cache = forward_propagation(X, parameters, activation)
    g = article_reference.HIDDEN_ACTIVATIONS[activation][0]
    Z1 = parameters["W1"] @ X + parameters["b1"]
    Z2 = parameters["W2"] @ g(Z1) + parameters["b2"]
    np.testing.assert_allclose(cache["Z1"], Z1, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(cache["A1"], g(Z1), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(cache["Z2"], Z2, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(A2, 1 / (1 + np.exp(-Z2)), rtol=1e-12, atol=1e-15)
    assert cache["A2"] is A2


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
def test_predict_thresholds_the_forward_pass_of_its_activation(flower, activation: str) -> None:
    X, _ = flower
    parameters = random_parameters()
    A2, _ = forward_propagation(X, parameters, activation)
    prediction = predict(parameters, X, activation)
    np.testing.assert_array_equal(prediction, (A2 > 0.5).astype(np.int64))
    assert prediction.dtype == np.int64


def test_the_activation_changes_the_predictions(flower) -> None:
    # Without this, predict could ignore its activation and the test above still pass.
    X, _ = flower
    parameters = random_parameters()
    predictions = {name: predict(parameters, X, name).tobytes() for name in ACTIVATION_NAMES}
    assert len(set(predictions.values())) == len(ACTIVATION_NAMES)
    assert predictions["tanh"] == predict(parameters, X).tobytes()  # tanh is the default


@pytest.mark.parametrize("activation", ACTIVATION_NAMES)
def test_a_symmetric_start_stays_symmetric(flower, activation: str) -> None:
    X, Y = flower
    # Every hidden unit starts alike (non-zero, so gradients flow): each receives the same
    # gradient, so after training the units are still copies of one another.
    start = {"W1": np.tile([[0.3, -0.2]], (4, 1)), "b1": np.full((4, 1), 0.1),
             "W2": np.full((1, 4), 0.5), "b2": np.zeros((1, 1))}
    parameters = nn_model(X, Y, n_h=4, num_iterations=50, learning_rate=0.5,
                          activation=activation, initial_parameters=start)
    assert not np.allclose(parameters["W1"], start["W1"])  # training did move them
    assert not np.allclose(parameters["W2"], start["W2"])
    np.testing.assert_allclose(parameters["W1"], np.tile(parameters["W1"][:1], (4, 1)),
                               rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(parameters["b1"], parameters["b1"][0, 0], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(parameters["W2"], parameters["W2"][0, 0], rtol=1e-12, atol=1e-15)
    np.testing.assert_array_equal(start["W1"], np.tile([[0.3, -0.2]], (4, 1)))  # not modified


def test_an_asymmetric_start_breaks_the_symmetry(flower) -> None:
    X, Y = flower
    parameters = nn_model(X, Y, n_h=4, num_iterations=50)
    assert not np.allclose(parameters["W1"], parameters["W1"][0])


def test_no_function_mutates_its_inputs(flower) -> None:
    X, Y = flower
    X_copy, Y_copy = X.copy(), Y.copy()
    parameters = initialize_parameters(2, 4, 1)
    saved = {name: value.copy() for name, value in parameters.items()}
    A2, cache = forward_propagation(X, parameters)
    grads = backward_propagation(parameters, cache, X, Y)
    updated = update_parameters(parameters, grads)
    nn_model(X, Y, 4, num_iterations=3, initial_parameters=parameters)
    for name in saved:
        np.testing.assert_array_equal(parameters[name], saved[name])
        assert updated[name] is not parameters[name]
    np.testing.assert_array_equal(X, X_copy)
    np.testing.assert_array_equal(Y, Y_copy)


def test_shapes(flower) -> None:
    X, Y = flower
    assert layer_sizes(X, Y) == (2, 4, 1) and layer_sizes(X, Y, n_h=7) == (2, 7, 1)
    parameters = initialize_parameters(2, 5, 1)
    A2, cache = forward_propagation(X, parameters, "elu")
    assert A2.shape == (1, 400) and cache["Z1"].shape == (5, 400)
    grads = backward_propagation(parameters, cache, X, Y, "elu")
    assert grads["db1"].shape == (5, 1) and grads["db2"].shape == (1, 1)
    prediction = predict(parameters, X, "elu")
    assert prediction.shape == (1, 400) and prediction.dtype == np.int64


def test_one_output_numbers_are_those_of_the_one_output_code(trained) -> None:
    # Recorded before networks took several outputs (and equal bit for bit there).
    parameters, costs = trained
    np.testing.assert_allclose([costs[0], costs[1000], costs[-1]],
                               [0.6930480201239823, 0.28808329356901846, 0.21790485949107471],
                               rtol=1e-12, atol=0)
    np.testing.assert_allclose(
        parameters["W2"], [[-11.985395493771527, 3.4441013876464335, 6.1512817762239775,
                            10.521046487469059]], rtol=1e-12, atol=0)
    np.testing.assert_allclose(parameters["b2"], [[-0.06602479993866833]], rtol=1e-12, atol=0)


# Several outputs: Y of shape (n_y, m), one row of labels and one sigmoid unit per output.


@pytest.fixture(scope="module")
def two_labels(flower) -> tuple[np.ndarray, np.ndarray]:
    X, Y = flower
    return X, np.vstack([Y, X[1:] > 0])  # the flower's petals, and the upper half-plane


def test_layer_sizes_and_initialization_read_n_y_as_the_course_does() -> None:
    random = np.random.RandomState(1)
    X, Y = random.randn(5, 3), random.randn(2, 3) > 0  # the course's test, with 0/1 labels
    assert layer_sizes(X, Y) == (5, 4, 2)
    expected = article_reference.initialize_parameters(3, 5, 2)
    parameters = initialize_parameters(3, 5, 2)
    for name in expected:
        np.testing.assert_array_equal(parameters[name], expected[name])


def test_a_step_with_several_outputs_is_the_article_codes(two_labels) -> None:
    # The article's cost, backward pass and update read n_y off their inputs (its forward
    # pass asserts one output row, so it cannot be the oracle here).
    X, Y = two_labels
    parameters = initialize_parameters(2, 4, 2)
    A2, cache = forward_propagation(X, parameters)
    grads = backward_propagation(parameters, cache, X, Y)
    expected_grads = article_reference.backward_propagation(parameters, cache, X, Y.astype(int))
    assert compute_cost(A2, Y) == pytest.approx(
        article_reference.compute_cost(A2, Y.astype(int)), rel=1e-12)
    for name in expected_grads:
        np.testing.assert_allclose(grads[name], expected_grads[name], rtol=1e-12, atol=0)
    updated = update_parameters(parameters, grads)
    expected = article_reference.update_parameters(parameters, expected_grads)
    for name in expected:
        np.testing.assert_allclose(updated[name], expected[name], rtol=1e-12, atol=0)


def test_two_outputs_learn_two_different_labels(two_labels) -> None:
    X, Y = two_labels
    parameters, costs = nn_model(X, Y, n_h=4, num_iterations=3000, return_costs=True)
    assert costs[0] == pytest.approx(2 * np.log(2), abs=1e-3)  # ln 2 per output at the start
    predictions = predict(parameters, X)
    own = [accuracy(predictions[[i]], Y[[i]]) for i in (0, 1)]
    swapped = [accuracy(predictions[[i]], Y[[1 - i]]) for i in (0, 1)]
    assert own[0] >= 0.85 and own[1] >= 0.98  # petals are harder than a half-plane
    assert max(swapped) < 0.65  # each row learned its own label, not the other's


def test_cost_sums_the_outputs_and_takes_booleans_as_the_course_does(two_labels) -> None:
    A2 = np.array([[0.5002307, 0.49985831, 0.50023963, 0.25, 0.7]])
    Y = np.random.RandomState(1).randn(1, 5) > 0
    assert compute_cost(A2, Y) == 0.5447066599017815  # the course's own test and number
    A2 = np.vstack([A2, 1 - A2])
    Y = np.vstack([Y, ~Y])
    assert compute_cost(A2, Y) == pytest.approx(2 * 0.5447066599017815, rel=1e-15)


def test_boolean_labels_give_the_same_network_as_zeros_and_ones(flower, two_labels) -> None:
    for X, Y in (flower, two_labels):
        with_booleans = nn_model(X, Y > 0, 4, num_iterations=20)
        with_numbers = nn_model(X, Y.astype(np.int64), 4, num_iterations=20)
        for name in with_numbers:
            np.testing.assert_array_equal(with_booleans[name], with_numbers[name])


def test_cost_finite_at_exact_zero_and_one() -> None:
    assert np.isfinite(compute_cost(np.array([[0.0, 1.0]]), np.array([[1, 0]])))


X3 = np.arange(6.0).reshape(2, 3)
Y3 = np.array([[0, 1, 1]])
Y2 = np.array([[0, 1, 1], [1, 1, 0]])
P = initialize_parameters(2, 4, 1)


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: nn_model(X3, Y3.ravel(), 4), ValueError,
         r"Y must have shape \(n_y, 3\) to match X's 3 samples, got \(3,\)"),
        (lambda: nn_model(X3[0], Y3, 4), ValueError, r"X must be 2-D .* got 1-D shape \(3,\)"),
        (lambda: nn_model(np.zeros((2, 0)), np.zeros((1, 0)), 4), ValueError,
         "X must hold at least one"),
        (lambda: nn_model(X3, np.array([[0, 1, -1]]), 4), ValueError,
         "Y must contain only the labels 0 and 1"),
        (lambda: nn_model(X3 * np.nan, Y3, 4), ValueError, "X must contain only finite"),
        (lambda: nn_model(X3, Y3, 0), ValueError, "n_h must be a positive integer, got 0"),
        (lambda: nn_model(X3, Y3, 4, num_iterations=-5), ValueError,
         "num_iterations must be a positive integer, got -5"),
        (lambda: nn_model(X3, Y3, 4, learning_rate=0.0), ValueError,
         "learning_rate must be positive, got 0.0"),
        (lambda: nn_model(X3, Y3, 4, activation="swish"), ValueError,
         "activation must be one of sigmoid, tanh, relu, leaky_relu, elu, linear, "
         "centred_sigmoid, steep_sigmoid; got 'swish'"),
        (lambda: nn_model(X3, Y3, "4"), TypeError, "n_h must be an integer, got str '4'"),
        (lambda: nn_model([["a", "b", "c"]], Y3, 4), TypeError, "X must be numeric"),
        (lambda: nn_model(X3, Y3, 3, initial_parameters=P), ValueError,
         r"initial_parameters\['W1'\] must have n_h = 3 rows"),
        (lambda: forward_propagation(X3.T, P), ValueError,
         r"so X must have 2 rows \(features\), got X of shape \(3, 2\)"),
        (lambda: forward_propagation(X3, {"W1": P["W1"]}), ValueError,
         r"parameters is missing the key\(s\) \['b1', 'W2', 'b2'\]"),
        (lambda: forward_propagation(X3, {**P, "b1": np.zeros(4)}), ValueError,
         r"parameters\['b1'\] must have shape \(4, 1\) to match W1 \(4, 2\), got \(4,\)"),
        (lambda: compute_cost(np.array([[0.5, 1.2, 0.1]]), Y3), ValueError,
         r"A2 must hold probabilities in \[0, 1\]"),
        (lambda: backward_propagation(P, {"Z1": np.zeros((4, 3)), "A1": np.zeros((4, 3)),
                                          "A2": np.zeros((1, 2))}, X3, Y3), ValueError,
         r"cache\['A2'\] must have shape \(1, 3\)"),
        (lambda: update_parameters(P, {"dW1": np.zeros((4, 2))}), ValueError,
         "grads is missing 'db1'"),
        (lambda: update_parameters(P, {"d" + k: v for k, v in P.items()}, -1), ValueError,
         "learning_rate must be positive"),
        (lambda: initialize_parameters(2, 0, 1), ValueError, "n_h must be a positive integer"),
        (lambda: predict(P, X3, activation="Tanh"), ValueError, "activation must be one of"),
        (lambda: nn_model(X3, Y2[:, :2], 4), ValueError,
         r"Y must have shape \(n_y, 3\) to match X's 3 samples, got \(2, 2\)"),
        (lambda: nn_model(X3, np.array([[0, 1, 1], [1, 0.5, 0]]), 4), ValueError,
         r"Y must contain only the labels 0 and 1, got \[0.5\]"),
        (lambda: nn_model(X3, Y2, 4, initial_parameters=P), ValueError,
         r"initial_parameters\['W2'\] has shape \(1, 4\), so Y must have 1 row\(s\) \(one per "
         r"output\), got Y of shape \(2, 3\)"),
        (lambda: backward_propagation(P, forward_propagation(X3, P)[1], X3, Y2), ValueError,
         r"parameters\['W2'\] has shape \(1, 4\), so Y must have 1 row"),
        (lambda: compute_cost(np.full((2, 3), 0.5), Y3), ValueError,
         r"Y must have the shape of A2, \(2, 3\), got \(1, 3\)"),
    ],
)
def test_bad_input(call, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        call()


def test_dead_units_counts_units_that_never_fire_and_leaves_parameters_alone() -> None:
    from mlbook.datasets import load_planar_dataset
    from mlbook.shallow import dead_units

    X, _ = load_planar_dataset()
    parameters = initialize_parameters(2, 20, 1)
    assert dead_units(parameters, X) == 0  # small random weights: every unit fires somewhere
    parameters["b1"] = np.full((20, 1), -0.5)  # |W1 x| < 0.5 on the flower: all negative
    before = {name: value.copy() for name, value in parameters.items()}
    assert dead_units(parameters, X) == 20
    assert all(np.array_equal(before[name], parameters[name]) for name in before)
    with pytest.raises(ValueError, match="X"):
        dead_units(parameters, X[:1])


# Initial scales: the article's 0.01, Xavier and He (chapter 9).


@pytest.mark.parametrize(("initialization", "factor"), [("xavier", 1.0), ("he", 2.0)])
def test_xavier_and_he_scale_the_same_draws_by_the_fan_in(initialization: str,
                                                          factor: float) -> None:
    n_x, n_h, n_y, seed = 3, 5, 2, 7
    random = np.random.RandomState(seed)  # the draws, in the order the article makes them
    W1_draws, W2_draws = random.randn(n_h, n_x), random.randn(n_y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y, seed=seed, initialization=initialization)
    np.testing.assert_allclose(parameters["W1"], W1_draws * np.sqrt(factor / n_x), rtol=1e-15)
    np.testing.assert_allclose(parameters["W2"], W2_draws * np.sqrt(factor / n_h), rtol=1e-15)
    assert not parameters["b1"].any() and not parameters["b2"].any()
    wide = initialize_parameters(400, 300, 1, initialization=initialization)
    assert wide["W1"].std() == pytest.approx(np.sqrt(factor / 400), rel=0.02)
    assert wide["W2"].std() == pytest.approx(np.sqrt(factor / 300), rel=0.2)  # 300 draws


def test_the_small_initialization_is_the_default_bit_for_bit() -> None:
    expected = article_reference.initialize_parameters(2, 4, 1)
    for initialization in (None, "small"):
        kwargs = {} if initialization is None else {"initialization": initialization}
        parameters = initialize_parameters(2, 4, 1, **kwargs)
        for name in expected:
            np.testing.assert_array_equal(parameters[name], expected[name])


def test_nn_model_passes_its_initialization_on(flower) -> None:
    X, Y = flower
    for initialization in ("small", "xavier", "he"):
        start = initialize_parameters(2, 3, 1, seed=5, initialization=initialization)
        given = nn_model(X, Y, 3, num_iterations=5, initial_parameters=start)
        drawn = nn_model(X, Y, 3, num_iterations=5, seed=5, initialization=initialization)
        for name in start:
            np.testing.assert_array_equal(drawn[name], given[name])
    with pytest.raises(ValueError, match="initialization must be one of small, xavier, he"):
        nn_model(X, Y, 3, initialization="glorot")


# The experiments of chapters 8 and 9: one run per setting, read-only.


def assert_read_only(run) -> None:
    with pytest.raises(ValueError, match="read-only"):
        run.costs[0] = 0.0
    for value in run.parameters.values():
        with pytest.raises(ValueError, match="read-only"):
            value[0, 0] = 0.0
    with pytest.raises(TypeError):
        run.parameters["W1"] = np.zeros((1, 1))


def test_planar_run_is_nn_model_on_the_training_part_of_the_split() -> None:
    from mlbook.datasets import load_extra_datasets, train_test_split
    from mlbook.shallow import planar_run

    X, Y = load_extra_datasets()["noisy_moons"]
    X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=3)
    expected, expected_costs = nn_model(X_train, Y_train, 3, num_iterations=300,
                                        learning_rate=0.5, activation="relu", seed=2,
                                        initialization="he", return_costs=True)
    run = planar_run("noisy_moons", n_h=3, activation="relu", learning_rate=0.5,
                     num_iterations=300, initialization="he", split_seed=3)
    np.testing.assert_array_equal(run.costs, expected_costs)
    for name in expected:
        np.testing.assert_array_equal(run.parameters[name], expected[name])
    assert run.train_accuracy == accuracy(predict(expected, X_train, "relu"), Y_train)
    assert run.test_accuracy == accuracy(predict(expected, X_test, "relu"), Y_test)
    assert run is planar_run(dataset="noisy_moons", n_h=3, activation="relu",
                             learning_rate=0.5, num_iterations=300, initialization="he",
                             split_seed=3)
    assert_read_only(run)


def test_planar_run_without_a_split_trains_on_every_point(flower) -> None:
    from mlbook.shallow import planar_run

    X, Y = flower
    run = planar_run("flower", n_h=2, num_iterations=50)
    expected, costs = nn_model(X, Y, 2, num_iterations=50, return_costs=True)
    np.testing.assert_array_equal(run.costs, costs)
    np.testing.assert_array_equal(run.parameters["W2"], expected["W2"])
    assert run.train_accuracy == accuracy(predict(expected, X), Y)
    assert run.test_accuracy is None
    with pytest.raises(ValueError, match="dataset must be one of flower"):
        planar_run("spiral")


def test_the_sweeps_are_the_runs_they_name() -> None:
    from mlbook.datasets import DATASETS_2D
    from mlbook.logistic import logistic_run
    from mlbook.shallow import (
        hidden_size_sweep,
        learning_rate_sweep,
        line_and_network,
        planar_run,
    )

    sweep = hidden_size_sweep()
    assert list(sweep) == [1, 2, 3, 4, 5, 20, 50]
    for n_h, run in sweep.items():
        assert run is planar_run("flower", n_h=n_h, num_iterations=5000)
        assert run.parameters["W1"].shape == (n_h, 2) and len(run.costs) == 5000
    rates = learning_rate_sweep()
    assert list(rates) == [0.01, 0.1, 0.5, 1.2, 5.0, 20.0, 100.0]
    for rate, run in rates.items():
        assert run is planar_run("flower", n_h=4, learning_rate=rate, num_iterations=10000)
    for name in DATASETS_2D:
        line, network = line_and_network(name)
        assert line is logistic_run(name)
        assert network is planar_run(name, n_h=4, num_iterations=5000)


def test_each_buggy_backward_pass_gets_exactly_its_line_wrong(flower) -> None:
    from mlbook.shallow import BUGS, buggy_backward_propagation

    X, Y = flower
    X, Y = X[:, ::8], Y[:, ::8]
    m = X.shape[1]
    rng = np.random.default_rng(1)
    parameters = {"W1": rng.normal(size=(4, 2)), "b1": rng.normal(size=(4, 1)),
                  "W2": rng.normal(size=(1, 4)), "b2": rng.normal(size=(1, 1))}
    _, cache = forward_propagation(X, parameters)
    correct = backward_propagation(parameters, cache, X, Y)

    def cost(p: dict) -> float:
        return compute_cost(forward_propagation(X, p)[0], Y)

    assert gradient_check(cost, parameters, correct) < 1e-7
    buggy = {bug: buggy_backward_propagation(parameters, cache, X, Y, bug) for bug in BUGS}
    for bug, grads in buggy.items():
        assert gradient_check(cost, parameters, grads) > 1e-2, bug
        for name in ("dW2", "db2"):
            np.testing.assert_array_equal(grads[name], correct[name])
    np.testing.assert_allclose(buggy["1/m forgotten in db1"]["db1"], m * correct["db1"])
    np.testing.assert_array_equal(buggy["1/m forgotten in db1"]["dW1"], correct["dW1"])
    assert not buggy["db1 never computed"]["db1"].any()
    # Forgetting tanh' = 1 - A1**2 changes nothing where Z1 = 0 (tanh' = 1) and all else there.
    at_zero = {**parameters, "W1": np.zeros((4, 2)), "b1": np.zeros((4, 1))}
    _, zero_cache = forward_propagation(X, at_zero)
    forgotten = buggy_backward_propagation(at_zero, zero_cache, X, Y, BUGS[0])
    for name, value in backward_propagation(at_zero, zero_cache, X, Y).items():
        np.testing.assert_allclose(forgotten[name], value, rtol=1e-14, atol=1e-17)
    assert not np.allclose(buggy[BUGS[0]]["dW1"], correct["dW1"])


def test_training_with_a_bug_is_nn_models_loop_with_that_backward_pass(flower) -> None:
    from mlbook.shallow import flower_training_with_bug

    X, Y = flower
    correct = flower_training_with_bug(None, num_iterations=300)
    expected, costs = nn_model(X, Y, 4, num_iterations=300, return_costs=True)
    np.testing.assert_array_equal(correct.costs, costs)
    for name in expected:
        np.testing.assert_array_equal(correct.parameters[name], expected[name])
    assert correct.train_accuracy == accuracy(predict(expected, X), Y)
    frozen_b1 = flower_training_with_bug("db1 never computed", num_iterations=300)
    assert not frozen_b1.parameters["b1"].any()
    assert not np.array_equal(frozen_b1.parameters["W1"], correct.parameters["W1"])
    assert frozen_b1 is flower_training_with_bug(bug="db1 never computed", num_iterations=300)
    assert_read_only(frozen_b1)


@pytest.mark.parametrize("activation", ["centred_sigmoid", "steep_sigmoid"])
def test_networks_with_the_sigmoid_variants_backpropagate_correctly(flower, activation) -> None:
    X, Y = flower
    X, Y = X[:, ::10], Y[:, ::10]
    rng = np.random.default_rng(1)
    parameters = {"W1": rng.normal(size=(4, 2)), "b1": rng.normal(size=(4, 1)),
                  "W2": rng.normal(size=(1, 4)), "b2": rng.normal(size=(1, 1))}
    _, cache = forward_propagation(X, parameters, activation)
    grads = backward_propagation(parameters, cache, X, Y, activation)

    def cost(p: dict) -> float:
        return compute_cost(forward_propagation(X, p, activation)[0], Y)

    assert gradient_check(cost, parameters, grads) < 1e-7


def test_iterations_to_cost_is_the_first_iteration_below_the_target(flower) -> None:
    from mlbook.shallow import iterations_to_cost

    X, Y = flower
    iterations = iterations_to_cost("sigmoid", target=0.62, learning_rate=2.0, seeds=(2, 5),
                                    num_iterations=150, n_h=3)
    for count, seed in zip(iterations, (2, 5), strict=True):
        _, costs = nn_model(X, Y, 3, 150, 2.0, "sigmoid", return_costs=True, seed=seed)
        first = next(i for i, cost in enumerate(costs) if cost < 0.62)
        assert count == first and costs[first - 1] >= 0.62
    never = iterations_to_cost("tanh", target=0.01, seeds=(0,), num_iterations=20)
    assert never.tolist() == [np.inf]
    assert iterations_to_cost("tanh", target=0.01, seeds=[0], num_iterations=20) is never
    with pytest.raises(ValueError, match="read-only"):
        never[0] = 1.0
    with pytest.raises(ValueError, match=r"seeds\[1\] must be between 0 and 2\*\*32 - 1"):
        iterations_to_cost("tanh", seeds=(0, -1))


def test_tune_learning_rate_keeps_the_run_with_the_lowest_training_cost(flower) -> None:
    from mlbook.datasets import train_test_split
    from mlbook.shallow import tune_learning_rate

    X, Y = flower
    X_train, _, Y_train, _ = train_test_split(X, Y, test_size=0.25, seed=0)
    rates = (0.1, 1.0, 3.0)
    runs = {rate: nn_model(X_train, Y_train, 3, 120, rate, "elu", return_costs=True)
            for rate in rates}
    tuned = tune_learning_rate("elu", learning_rates=rates, num_iterations=120, n_h=3)
    assert tuned.final_costs == tuple(runs[rate][1][-1] for rate in rates)
    best = min(rates, key=lambda rate: runs[rate][1][-1])
    assert tuned.learning_rate == best and tuned.learning_rates == rates
    np.testing.assert_array_equal(tuned.costs, runs[best][1])
    for key, value in runs[best][0].items():
        np.testing.assert_array_equal(tuned.parameters[key], value)
    assert tune_learning_rate("elu", [0.1, 1, 3], 120, 3) is tuned  # computed once
    with pytest.raises(TypeError):
        tuned.parameters["W1"] = np.zeros((3, 2))
    with pytest.raises(ValueError, match="read-only"):
        tuned.parameters["W1"][0, 0] = 1.0
    with pytest.raises(ValueError, match="read-only"):
        tuned.costs[0] = 1.0
    with pytest.raises(ValueError, match=r"learning_rates\[0\] must be positive"):
        tune_learning_rate("tanh", learning_rates=(0.0,))
    with pytest.raises(ValueError, match="activation must be one of"):
        tune_learning_rate("softmax")


def test_the_chapter_1_models_are_trained_on_the_training_set_only() -> None:
    from mlbook.datasets import petal_feature, train_test_split
    from mlbook.shallow import designed_vs_learned_features

    result = designed_vs_learned_features()
    X, Y = load_planar_dataset()
    for ours, theirs in zip(result[:4], train_test_split(X, Y, test_size=0.25, seed=0),
                            strict=True):
        np.testing.assert_array_equal(ours, theirs)
    raw = logistic_regression(result.X_train, result.Y_train)
    np.testing.assert_allclose(result.raw["w"], raw["w"], rtol=1e-12)
    designed = logistic_regression(petal_feature(result.X_train), result.Y_train)
    np.testing.assert_allclose(result.designed["w"], designed["w"], rtol=1e-12)
    network, costs = nn_model(result.X_train, result.Y_train, n_h=4, seed=1, return_costs=True)
    np.testing.assert_allclose(result.networks[1]["W1"], network["W1"], rtol=1e-9)
    assert result.final_costs[1] == pytest.approx(costs[-1], rel=1e-9)
    assert result.network is result.networks[int(np.argmin(result.final_costs))]
    with pytest.raises(ValueError, match="read-only"):
        result.network["W1"][0, 0] = 0.0


# planar_run on the flower (chapter 6): one remembered training, held-out scoring, checked
# against the article's code and against the folded linear model.

def test_a_run_on_a_split_is_the_articles_training_on_its_training_points(flower) -> None:
    X, Y = flower
    X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=3)
    expected, expected_costs = article_reference.nn_model(X_train, Y_train, 4, 300)
    run = planar_run(activation="tanh", num_iterations=300, split_seed=3)
    np.testing.assert_allclose(run.costs, expected_costs, rtol=0, atol=1e-12)
    for name in expected:
        np.testing.assert_allclose(run.parameters[name], expected[name], rtol=0, atol=1e-12)
    right_on_test = article_reference.predict(expected, X_test) == Y_test
    right_on_train = article_reference.predict(expected, X_train) == Y_train
    assert run.test_accuracy == right_on_test.mean() and run.train_accuracy == right_on_train.mean()


def test_without_a_split_it_learns_all_400_points_at_the_given_rate(flower) -> None:
    X, Y = flower
    expected, expected_costs = article_reference.nn_model(X, Y, 4, 200, learning_rate=0.5)
    run = planar_run(num_iterations=200, learning_rate=0.5)
    np.testing.assert_allclose(run.costs, expected_costs, rtol=0, atol=1e-12)
    np.testing.assert_allclose(run.parameters["W1"], expected["W1"], rtol=0, atol=1e-12)
    assert run.test_accuracy is None
    assert run.train_accuracy == (article_reference.predict(expected, X) == Y).mean()


def test_the_activation_and_width_are_passed_on_and_the_test_points_scored(flower) -> None:
    X, Y = flower
    _, X_test, _, Y_test = train_test_split(X, Y, test_size=0.25, seed=1)
    run = planar_run(activation="linear", n_h=3, num_iterations=400, split_seed=1)
    p = run.parameters
    assert p["W1"].shape == (3, 2) and run.costs.shape == (400,)
    # an identity hidden layer is one straight line: W' = W2 W1, b' = W2 b1 + b2
    folded = (p["W2"] @ p["W1"] @ X_test + p["W2"] @ p["b1"] + p["b2"] > 0)
    assert run.test_accuracy == np.mean(folded == Y_test)
    tanh_run = planar_run(activation="tanh", n_h=3, num_iterations=400, split_seed=1)
    assert not np.allclose(tanh_run.parameters["W1"], p["W1"])


def test_a_setting_is_trained_once_and_the_run_cannot_be_changed() -> None:
    run = planar_run(activation="tanh", num_iterations=50, split_seed=0)
    assert planar_run(activation="tanh", n_h=4, num_iterations=50, split_seed=0) is run
    with pytest.raises(ValueError, match="read-only"):
        run.parameters["W1"][0, 0] = 1.0
    with pytest.raises(ValueError, match="read-only"):
        run.costs[0] = 0.0
    with pytest.raises(TypeError):
        run.parameters["W1"] = np.zeros((4, 2))  # type: ignore[index]


@pytest.mark.parametrize(
    ("arguments", "error", "words"),
    [
        ({"activation": "swish"}, ValueError, "activation must be one of"),
        ({"n_h": 0}, ValueError, "n_h must be a positive integer"),
        ({"learning_rate": -1.0}, ValueError, "learning_rate must be positive"),
        ({"split_seed": -1}, ValueError, "split_seed must be between 0"),
        ({"split_seed": "0"}, TypeError, "split_seed must be an integer"),
    ],
)
def test_planar_run_bad_input(arguments, error, words) -> None:
    with pytest.raises(error, match=words):
        planar_run(**arguments)


def test_a_unit_whose_pre_activation_is_exactly_zero_is_dead() -> None:
    from mlbook.shallow import dead_units

    # Unit 0 is 0 everywhere (dead: relu gives 0 and a zero gradient), unit 1 fires once.
    parameters = {"W1": np.array([[0.0], [1.0]]), "b1": np.array([[0.0], [-1.5]]),
                  "W2": np.ones((1, 2)), "b2": np.zeros((1, 1))}
    assert dead_units(parameters, np.array([[-1.0, 1.0, 2.0]])) == 1


def test_update_parameters_steps_every_parameter_against_its_gradient() -> None:
    parameters = {"W1": np.ones((2, 1)), "b1": np.zeros((2, 1)), "W2": np.ones((1, 2)),
                  "b2": np.zeros((1, 1))}
    grads = {"dW1": np.full((2, 1), 1.0), "db1": np.full((2, 1), 2.0),
             "dW2": np.full((1, 2), 3.0), "db2": np.full((1, 1), 4.0)}
    updated = update_parameters(parameters, grads, learning_rate=0.5)
    expected = {"W1": 0.5, "b1": -1.0, "W2": -0.5, "b2": -2.0}
    assert list(updated) == ["W1", "b1", "W2", "b2"]
    for name, value in expected.items():
        np.testing.assert_array_equal(updated[name], np.full(parameters[name].shape, value))
    np.testing.assert_array_equal(update_parameters(parameters, grads)["b2"], [[-4.8]])  # 1.2


def test_backward_propagation_equals_the_reference_for_every_activation(flower) -> None:
    X, Y = flower
    parameters = random_parameters()
    for activation in ACTIVATION_NAMES:
        _, cache = forward_propagation(X, parameters, activation)
        grads = backward_propagation(parameters, cache, X, Y, activation)
        _, reference_cache = article_reference.forward_propagation(X, parameters, activation)
        expected = article_reference.backward_propagation(parameters, reference_cache, X, Y,
                                                          activation)
        assert list(grads) == ["dW1", "db1", "dW2", "db2"]
        for name in expected:
            np.testing.assert_allclose(grads[name], expected[name], rtol=1e-10, atol=1e-14)


def test_costs_are_the_cost_before_each_step_and_printed_every_1000(flower, capsys) -> None:
    X, Y = flower
    parameters, costs = nn_model(X, Y, n_h=2, num_iterations=1001, return_costs=True,
                                 print_cost=True)
    first = compute_cost(forward_propagation(X, initialize_parameters(2, 2, 1))[0], Y)
    assert costs[0] == first
    assert capsys.readouterr().out == (f"Cost after iteration 0: {costs[0]:f}\n"
                                       f"Cost after iteration 1000: {costs[1000]:f}\n")
    assert compute_cost(np.array([[0.8, 0.1]]), np.array([[1, 0]])) == pytest.approx(
        -(np.log(0.8) + np.log(0.9)) / 2, rel=1e-12)


def test_an_output_of_exactly_one_half_is_class_0() -> None:
    # W2 = 0 and b2 = 0: A2 = sigmoid(0) = 0.5 exactly; predict says 1 only above one half.
    parameters = {"W1": np.ones((3, 2)), "b1": np.zeros((3, 1)), "W2": np.zeros((1, 3)),
                  "b2": np.zeros((1, 1))}
    X = np.array([[1.0, -2.0], [0.5, 3.0]])
    assert np.all(forward_propagation(X, parameters)[0] == 0.5)
    np.testing.assert_array_equal(predict(parameters, X), [[0, 0]])


def test_many_hidden_units_are_compared_by_value() -> None:
    # Past 256, Python's integers are distinct objects: n_h must be compared by value.
    X, Y = np.array([[0.0, 1.0, 2.0]]), np.array([[0, 1, 1]])
    start = initialize_parameters(1, 300, 1)
    trained = nn_model(X, Y, 300, num_iterations=2, initial_parameters=start)
    assert trained["W1"].shape == (300, 1)


def test_initial_parameters_need_exactly_n_h_hidden_units() -> None:
    X, Y = np.array([[0.0, 1.0, 2.0]]), np.array([[0, 1, 1]])
    start = initialize_parameters(1, 4, 1)
    for n_h in (3, 5):  # fewer and more than the 4 rows of W1
        with pytest.raises(ValueError, match=rf"initial_parameters\['W1'\] must have n_h = {n_h} "
                                             r"rows, got shape \(4, 1\)"):
            nn_model(X, Y, n_h, initial_parameters=start)


def test_initial_parameters_need_one_output_per_row_of_Y() -> None:
    X, Y = np.array([[0.0, 1.0, 2.0]]), np.array([[0, 1, 1]])
    with pytest.raises(ValueError, match=r"initial_parameters\['W2'\] has shape \(2, 4\), so Y "
                                         r"must have 2 row\(s\)"):
        nn_model(X, Y, 4, initial_parameters=initialize_parameters(1, 4, 2))


def test_nn_model_takes_10000_steps_by_default() -> None:
    X, Y = np.array([[0.0, 1.0]]), np.array([[0, 1]])
    _, costs = nn_model(X, Y, 1, return_costs=True)
    assert len(costs) == 10_000


def test_a_recording_callback_leaves_training_unchanged_bit_for_bit(flower, trained) -> None:
    X, Y = flower
    seen: list[int] = []
    recorded = nn_model(X, Y, n_h=4, num_iterations=10000, return_costs=True,
                        callback=lambda i, parameters: seen.append(i))
    assert seen == list(range(10000))
    for key in trained[0]:
        assert np.array_equal(recorded[0][key], trained[0][key])
    assert recorded[1] == trained[1]


def test_the_callback_sees_the_parameters_after_i_steps(flower) -> None:
    X, Y = flower
    snapshots = {}

    def record(i, parameters):
        if i in (0, 1, 7, 30):
            snapshots[i] = {key: value.copy() for key, value in parameters.items()}

    nn_model(X, Y, n_h=3, num_iterations=31, learning_rate=0.7, activation="relu",
             callback=record)
    assert sorted(snapshots) == [0, 1, 7, 30]
    assert all(np.array_equal(snapshots[0][key], value)
               for key, value in initialize_parameters(2, 3, 1).items())
    for i in (1, 7, 30):
        after_i = nn_model(X, Y, n_h=3, num_iterations=i, learning_rate=0.7, activation="relu")
        for key, value in after_i.items():
            assert np.array_equal(snapshots[i][key], value), (i, key)


def test_the_callback_runs_with_checks_on_and_must_be_callable(flower) -> None:
    X, Y = flower

    def misuse(i, parameters):
        forward_propagation(X[:1], parameters)  # one feature: W1 wants two

    with pytest.raises(ValueError, match="must have 2 rows"):
        nn_model(X, Y, n_h=2, num_iterations=2, callback=misuse)
    with pytest.raises(TypeError, match="callback must be callable"):
        nn_model(X, Y, n_h=2, num_iterations=2, callback=3)
