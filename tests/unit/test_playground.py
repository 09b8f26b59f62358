"""The batched trainer against nn_model, network by network."""

from __future__ import annotations

import numpy as np
import pytest

from mlbook.datasets import load_extra_datasets, load_planar_dataset
from mlbook.playground import nn_model_batch
from mlbook.shallow import nn_model

FIVE = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
# From a rate that crawls to one that overflows (leaky ReLU at 10 leaves the floats).
RATES = np.array([0.1, 1.2, 10.0])


@pytest.fixture(scope="module")
def four_data_sets() -> tuple[np.ndarray, np.ndarray]:
    """The four extra data sets (200 points each), stacked: (4, 2, 200) and (4, 1, 200)."""
    data = load_extra_datasets()
    return np.stack([X for X, _ in data.values()]), np.stack([Y for _, Y in data.values()])


def assert_same_network(batched: dict, k: int, alone: dict) -> None:
    for key, value in alone.items():
        np.testing.assert_allclose(batched[key][k], value, rtol=1e-12, atol=1e-12,
                                   err_msg=f"network {k}, {key}")


@pytest.mark.parametrize("activation", FIVE)
@pytest.mark.parametrize("n_h", [1, 3, 20])
def test_each_network_is_the_one_nn_model_trains(four_data_sets, activation: str,
                                                n_h: int) -> None:
    """Four data sets x three rates in one batch, each compared with its own nn_model run."""
    X4, Y4 = four_data_sets
    X = np.repeat(X4, len(RATES), axis=0)
    Y = np.repeat(Y4, len(RATES), axis=0)
    rates = np.tile(RATES, len(X4))
    with np.errstate(all="ignore"):  # the largest rate overflows for some activations
        parameters, costs = nn_model_batch(X, Y, n_h=n_h, num_iterations=150,
                                           learning_rate=rates, activation=activation)
        for k in range(len(X)):
            alone, alone_costs = nn_model(X[k], Y[k], n_h=n_h, num_iterations=150,
                                          learning_rate=float(rates[k]), activation=activation,
                                          return_costs=True)
            assert_same_network(parameters, k, alone)
            np.testing.assert_allclose(costs[:, k], alone_costs, rtol=1e-12, atol=1e-12)


def test_the_flower_for_the_chapters_horizon_and_a_diverging_rate() -> None:
    X, Y = load_planar_dataset()
    rates = np.array([1.2, 10.0])
    with np.errstate(all="ignore"):
        parameters, costs = nn_model_batch(np.stack([X, X]), np.stack([Y, Y]), n_h=4,
                                           num_iterations=10000, learning_rate=rates,
                                           activation="leaky_relu")
        for k, rate in enumerate(rates):
            alone, alone_costs = nn_model(X, Y, n_h=4, num_iterations=10000, learning_rate=rate,
                                          activation="leaky_relu", return_costs=True)
            assert_same_network(parameters, k, alone)
            np.testing.assert_allclose(costs[:, k], alone_costs, rtol=1e-12, atol=1e-12)
    assert np.isnan(costs[-1, 1]), "leaky ReLU at rate 10 should overflow on the flower"


def test_one_network_a_shared_rate_and_several_outputs() -> None:
    X, _ = load_planar_dataset()
    Y = np.vstack([X[0] > 0, X[1] > 0]).astype(np.int64)  # two outputs
    parameters, costs = nn_model_batch(X[np.newaxis], Y[np.newaxis], n_h=5, num_iterations=200,
                                       learning_rate=0.5, seed=7)
    alone, alone_costs = nn_model(X, Y, n_h=5, num_iterations=200, learning_rate=0.5, seed=7,
                                  return_costs=True)
    assert parameters["W2"].shape == (1, 2, 5) and costs.shape == (200, 1)
    assert_same_network(parameters, 0, alone)
    np.testing.assert_allclose(costs[:, 0], alone_costs, rtol=1e-12, atol=1e-12)


def test_the_callback_sees_every_network_after_i_steps(four_data_sets) -> None:
    X, Y = four_data_sets
    snapshots = {}

    def record(i, parameters):
        if i in (0, 25):
            snapshots[i] = {key: value.copy() for key, value in parameters.items()}

    nn_model_batch(X, Y, n_h=2, num_iterations=40, learning_rate=np.array([0.1, 0.5, 1, 2]),
                   activation="elu", callback=record)
    for k, rate in enumerate([0.1, 0.5, 1, 2]):
        after_25 = nn_model(X[k], Y[k], n_h=2, num_iterations=25, learning_rate=rate,
                            activation="elu")
        assert_same_network(snapshots[25], k, after_25)
    assert np.all(snapshots[0]["b1"] == 0) and np.all(snapshots[0]["W1"] == snapshots[0]["W1"][0])


def test_a_callback_leaves_the_batch_unchanged(four_data_sets) -> None:
    X, Y = four_data_sets
    plain = nn_model_batch(X, Y, n_h=3, num_iterations=100)
    recorded = nn_model_batch(X, Y, n_h=3, num_iterations=100, callback=lambda i, p: None)
    for key in plain[0]:
        assert np.array_equal(plain[0][key], recorded[0][key])
    assert np.array_equal(plain[1], recorded[1])


X1, Y1 = np.zeros((2, 2, 5)), np.zeros((2, 1, 5))


@pytest.mark.parametrize(
    ("arguments", "error", "words"),
    [
        ({"X": np.zeros((2, 5)), "Y": Y1}, ValueError, "X must have shape (K, n_x, m)"),
        ({"X": X1, "Y": np.zeros((2, 1, 4))}, ValueError, "Y must have shape (2, n_y, 5)"),
        ({"X": X1, "Y": np.zeros((3, 1, 5))}, ValueError, "Y must have shape (2, n_y, 5)"),
        ({"X": X1, "Y": np.full((2, 1, 5), 2)}, ValueError, "only the labels 0 and 1"),
        ({"X": X1, "Y": Y1, "learning_rate": np.ones(3)}, ValueError, "one rate per network"),
        ({"X": X1, "Y": Y1, "learning_rate": np.array([1.0, -1.0])}, ValueError, "positive"),
        ({"X": X1, "Y": Y1, "learning_rate": 0}, ValueError, "learning_rate must be positive"),
        ({"X": X1, "Y": Y1, "learning_rate": "fast"}, TypeError, "must be a real number"),
        ({"X": X1, "Y": Y1, "n_h": 0}, ValueError, "n_h must be a positive integer"),
        ({"X": X1, "Y": Y1, "activation": "swish"}, ValueError, "activation must be one of"),
        ({"X": X1, "Y": Y1, "callback": "print"}, TypeError, "callback must be callable"),
        ({"X": np.full((2, 2, 5), np.nan), "Y": Y1}, ValueError, "finite"),
    ],
)
def test_bad_input(arguments: dict, error: type, words: str) -> None:
    with pytest.raises(error, match=words.replace("(", r"\(").replace(")", r"\)")):
        nn_model_batch(**{"n_h": 2, "num_iterations": 3, **arguments})
