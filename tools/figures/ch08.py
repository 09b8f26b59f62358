"""Figures of chapter 8, "Backpropagation in a shallow network"."""

from __future__ import annotations

import numpy as np

from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.shallow import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    initialize_parameters,
    update_parameters,
)

ITERATIONS = 2000


def training_costs(forget_db1: bool) -> list[float]:
    """Cost history on the flower, with the correct gradients or with db1 left at zero."""
    X, Y = load_planar_dataset()
    parameters = initialize_parameters(n_x=2, n_h=4, n_y=1)
    costs = []
    for _ in range(ITERATIONS):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        if forget_db1:
            grads = {**grads, "db1": np.zeros_like(grads["db1"])}
        parameters = update_parameters(parameters, grads, learning_rate=1.2)
    return costs


FIGURES = {
    "ch08-local-derivatives": lambda: plots.plot_activations(
        names=("sigmoid", "tanh"), z_min=-5.0, z_max=5.0, derivatives=True
    ),
    "ch08-buggy-gradient": lambda: plots.plot_cost_curves(
        {
            "correct gradients": training_costs(forget_db1=False),
            "db1 left at zero": training_costs(forget_db1=True),
        }
    ),
}
