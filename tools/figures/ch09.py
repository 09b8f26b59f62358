"""Figures of chapter 9, "A shallow network on planar data"."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from mlbook import plots
from mlbook.datasets import load_extra_datasets, load_planar_dataset
from mlbook.logistic import logistic_regression
from mlbook.logistic import predict as logistic_predict
from mlbook.shallow import nn_model, predict

HIDDEN_SIZES = (1, 2, 3, 4, 5, 20, 50)
LEARNING_RATES = (0.01, 0.1, 0.5, 1.2, 5.0, 10.0)


def logistic_predictor(X: np.ndarray, Y: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """Train logistic regression on (X, Y); return its 0/1 prediction function."""
    model = logistic_regression(X, Y)
    return lambda points: logistic_predict(model["w"], model["b"], points)


def network_predictor(
    X: np.ndarray, Y: np.ndarray, n_h: int = 4, num_iterations: int = 10_000
) -> Callable[[np.ndarray], np.ndarray]:
    """Train the shallow network on (X, Y); return its 0/1 prediction function."""
    parameters = nn_model(X, Y, n_h=n_h, num_iterations=num_iterations)
    return lambda points: predict(parameters, points)


def flower() -> tuple[np.ndarray, np.ndarray]:
    return load_planar_dataset()


def hidden_sizes_figure():
    X, Y = flower()
    predictors = {
        f"n_h = {size}": network_predictor(X, Y, n_h=size, num_iterations=5000)
        for size in HIDDEN_SIZES
    }
    return plots.plot_decision_boundaries(predictors, X, Y, ncols=4)


def learning_rates_figure():
    X, Y = flower()
    histories = {
        f"learning rate {rate:g}": nn_model(
            X, Y, n_h=4, num_iterations=3000, learning_rate=rate, return_costs=True
        )[1]
        for rate in LEARNING_RATES
    }
    return plots.plot_cost_curves(histories, log_scale=True)


def extra_dataset_figure(name: str):
    X, Y = load_extra_datasets()[name]
    predictors = {
        "logistic regression": logistic_predictor(X, Y),
        "shallow network, n_h = 4": network_predictor(X, Y, num_iterations=5000),
    }
    return plots.plot_decision_boundaries(predictors, X, Y, ncols=2)


FIGURES = {
    "ch09-flower": lambda: plots.plot_dataset(*flower()),
    "ch09-logistic-boundary": lambda: plots.plot_decision_boundary(
        logistic_predictor(*flower()), *flower(), title="Logistic regression"
    ),
    "ch09-flower-boundary": lambda: plots.plot_decision_boundary(
        network_predictor(*flower()), *flower(), title="Shallow network, n_h = 4"
    ),
    "ch09-hidden-sizes": hidden_sizes_figure,
    "ch09-learning-rates": learning_rates_figure,
    **{
        f"ch09-{name.replace('_', '-')}": (lambda name=name: extra_dataset_figure(name))
        for name in ("noisy_circles", "noisy_moons", "blobs", "gaussian_quantiles")
    },
}
