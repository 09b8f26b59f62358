"""Figures of chapter 7, "Activation functions".

The boundary and cost figures share one set of trained networks (one per hidden
activation, the article's settings), trained once per build.
"""

from functools import cache

from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.shallow import nn_model, predict

FIVE = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")


@cache
def trained_networks():
    """The flower data and, per hidden activation, (parameters, cost history)."""
    X, Y = load_planar_dataset()
    networks = {
        name: nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2,
                       activation=name, return_costs=True)
        for name in FIVE
    }
    return X, Y, networks


def activations():
    return plots.plot_activations(names=FIVE, derivatives=True)


def boundaries():
    X, Y, networks = trained_networks()
    predict_fns = {
        name: (lambda P, name=name: predict(networks[name][0], P, activation=name))
        for name in FIVE
    }
    return plots.plot_decision_boundaries(predict_fns, X, Y, ncols=3)


def costs():
    _, _, networks = trained_networks()
    return plots.plot_cost_curves({name: networks[name][1] for name in FIVE})


FIGURES = {
    "ch07-activations": activations,
    "ch07-boundaries": boundaries,
    "ch07-costs": costs,
}
