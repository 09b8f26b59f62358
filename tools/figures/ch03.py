"""Figures of chapter 3, "Gradient descent".

Each figure reruns what the page runs, with the same settings.
"""

from mlbook import plots
from mlbook.datasets import load_breast_cancer_features
from mlbook.gradient_descent import (
    constant,
    exponential_decay,
    inverse_time_decay,
    minimize,
    step_decay,
)
from mlbook.logistic import initialize_with_zeros, optimize

LEARNING_RATES = {"too small": 0.02, "well chosen": 0.3, "large": 0.9, "too large": 1.05}


def parabola(x):
    """The cost x**2 and its derivative 2x."""
    return x**2, 2 * x


def learning_rate_paths():
    return plots.plot_gradient_descent_paths(
        lambda x: x**2,
        {f"{label}: alpha = {alpha}":
            minimize(parabola, 4.0, learning_rate=alpha, num_iterations=20).path
         for label, alpha in LEARNING_RATES.items()},
        ncols=2,
    )


def parabola_costs():
    return plots.plot_cost_curves(
        {f"{label}: alpha = {alpha}":
            minimize(parabola, 4.0, learning_rate=alpha, num_iterations=20).costs
         for label, alpha in LEARNING_RATES.items()},
        log_scale=True,
    )


def learning_rate_costs():
    X, Y = load_breast_cancer_features()
    w0, b0 = initialize_with_zeros(X.shape[0])
    histories = {}
    for alpha in (0.01, 1.0, 20.0, 100.0):
        _, _, costs = optimize(w0, b0, X, Y, num_iterations=300, learning_rate=alpha)
        histories[f"alpha = {alpha:g}"] = costs
    return plots.plot_cost_curves(histories, log_scale=True)


def schedules():
    runs = {
        "constant": constant(1.05),
        "inverse-time": inverse_time_decay(1.05, decay_rate=0.15),
        "exponential": exponential_decay(1.05, decay_rate=0.9),
        "step": step_decay(1.05, drop=0.5, every=5),
    }
    return plots.plot_cost_curves(
        {label: minimize(parabola, 4.0, learning_rate=1.05, num_iterations=40,
                         schedule=schedule).costs
         for label, schedule in runs.items()},
        log_scale=True,
    )


FIGURES = {
    "ch03-learning-rate-paths": learning_rate_paths,
    "ch03-parabola-costs": parabola_costs,
    "ch03-learning-rate-costs": learning_rate_costs,
    "ch03-schedules": schedules,
}
