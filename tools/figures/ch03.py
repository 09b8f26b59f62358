"""Figures of chapter 3, "Gradient descent".

Every run drawn here comes from the ``mlbook`` function whose results the page reports:
``learning_rate_regimes`` and ``compare_schedules`` (``mlbook.gradient_descent``),
``learning_rate_curves``, ``standardising_experiment`` and ``minibatch_vs_full_batch``
(``mlbook.logistic``).
"""

import numpy as np

from mlbook import plots
from mlbook.gradient_descent import compare_schedules, learning_rate_regimes
from mlbook.logistic import (
    learning_rate_curves,
    minibatch_vs_full_batch,
    standardising_experiment,
)


def _titled(runs):
    return {f"{label}: alpha = {run.learning_rates[0]:g}": run for label, run in runs.items()}


def learning_rate_paths():
    return plots.plot_gradient_descent_paths(
        lambda x: x**2,
        {title: run.path for title, run in _titled(learning_rate_regimes()).items()},
        ncols=2,
    )


def parabola_costs():
    return plots.plot_cost_curves(
        {title: run.costs for title, run in _titled(learning_rate_regimes()).items()},
        log_scale=True,
    )


def learning_rate_costs():
    return plots.plot_cost_curves(
        {label: run.costs for label, run in learning_rate_curves().items()}, log_scale=True)


def schedules():
    return plots.plot_cost_curves(
        {label: run.costs for label, run in compare_schedules().items()}, log_scale=True)


def standardising():
    result = standardising_experiment()
    return plots.plot_cost_surfaces(
        {f"{name} feature": (result.grid_w[name], result.grid_b[name], result.surfaces[name],
                             {f"alpha = {result.best_rate[name]:g}, "
                              f"{len(result.paths[name]) - 1} steps": result.paths[name]})
         for name in result.surfaces},
    )


def minibatches():
    result = minibatch_vs_full_batch()
    epochs = np.arange(len(result.excess["full batch"]))
    labels = {name: f"{name}, alpha = {result.best_rate[name]:g}" for name in result.excess}
    return plots.plot_curve_panels(
        {"against epochs": {labels[name]: (epochs, excess)
                            for name, excess in result.excess.items()},
         "against time": {labels[name]: (epochs * result.seconds_per_epoch[name] * 1000, excess)
                          for name, excess in result.excess.items()}},
        xlabels=["epoch", "milliseconds (measured at build)"],
        ylabels=["J - minimum", "J - minimum"], log_scale=True,
    )


FIGURES = {
    "ch03-learning-rate-paths": learning_rate_paths,
    "ch03-parabola-costs": parabola_costs,
    "ch03-learning-rate-costs": learning_rate_costs,
    "ch03-schedules": schedules,
    "ch03-standardising": standardising,
    "ch03-minibatches": minibatches,
}
