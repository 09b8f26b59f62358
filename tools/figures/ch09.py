"""Figures of chapter 9, "A shallow network on planar data".

Every model drawn here is one the page reports on, from the same memoized `mlbook` run
(`planar_run`, `logistic_run` and the sweeps built on them): no setting is repeated here and
nothing is trained twice in a build.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from mlbook import plots
from mlbook.datasets import DATASETS_2D, load_2d_dataset
from mlbook.logistic import LogisticRun, logistic_run
from mlbook.logistic import predict as logistic_predict
from mlbook.metrics import best_linear_accuracy
from mlbook.shallow import (
    hidden_size_sweep,
    learning_rate_sweep,
    line_and_network,
    planar_run,
    predict,
)

Predictor = Callable[[np.ndarray], np.ndarray]


def line_predictor(run: LogisticRun) -> Predictor:
    return lambda points: logistic_predict(run.w, run.b, points)


def network_predictor(parameters: Mapping[str, np.ndarray]) -> Predictor:
    return lambda points: predict(parameters, points)


def two_lines():
    X, Y = load_2d_dataset("flower")
    _, w, b = best_linear_accuracy(X, Y)
    predictors = {
        "logistic regression": line_predictor(logistic_run("flower")),
        "best straight line": lambda points: (w.T @ points + b > 0).astype(int),
    }
    return plots.plot_decision_boundaries(predictors, X, Y, ncols=2)


def hidden_sizes():
    predictors = {f"n_h = {size}": network_predictor(run.parameters)
                  for size, run in hidden_size_sweep().items()}
    return plots.plot_decision_boundaries(predictors, *load_2d_dataset("flower"), ncols=4)


def learning_rates():
    histories = {f"learning rate {rate:g}": run.costs
                 for rate, run in learning_rate_sweep().items()}
    return plots.plot_cost_curves(histories, log_scale=True, rasterized=True)


def line_and_network_figure(name: str):
    line, network = line_and_network(name)
    predictors = {"logistic regression": line_predictor(line),
                  "shallow network, n_h = 4": network_predictor(network.parameters)}
    return plots.plot_decision_boundaries(predictors, *load_2d_dataset(name), ncols=2)


FIGURES = {
    "ch09-flower": lambda: plots.plot_dataset(*load_2d_dataset("flower")),
    "ch09-lines": two_lines,
    "ch09-flower-boundary": lambda: plots.plot_decision_boundary(
        network_predictor(planar_run().parameters), *load_2d_dataset("flower"),
        title="Shallow network, n_h = 4"),
    "ch09-hidden-sizes": hidden_sizes,
    "ch09-learning-rates": learning_rates,
    **{f"ch09-{name.replace('_', '-')}": (lambda name=name: line_and_network_figure(name))
       for name in DATASETS_2D[1:]},
}
