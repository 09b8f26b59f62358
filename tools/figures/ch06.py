"""Figures of chapter 6, "Why activations must be non-linear".

The network diagram, and the decision boundaries and cost curves of the two networks the
page trains on the whole flower (identity and tanh hidden activations): ``planar_run``
trains each once per build, for the page and these figures alike.
"""

from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.metrics import best_linear_accuracy
from mlbook.shallow import planar_run, predict

HIDDEN_ACTIVATIONS = ("linear", "tanh")


def network():
    return plots.plot_network_diagram((2, 4, 1), highlight=2)


def boundaries():
    X, Y = load_planar_dataset()
    _, w, b = best_linear_accuracy(X, Y)
    linear_net, tanh_net = (planar_run(activation=activation).parameters
                            for activation in HIDDEN_ACTIVATIONS)
    predict_fns = {
        "Hidden layer: identity": lambda P: predict(linear_net, P, activation="linear"),
        "Best straight line": lambda P: (w.T @ P + b > 0).astype(int),
        "Hidden layer: tanh": lambda P: predict(tanh_net, P, activation="tanh"),
    }
    return plots.plot_decision_boundaries(predict_fns, X, Y, ncols=3)


def costs():
    histories = {f"hidden activation: {activation}": planar_run(activation=activation).costs
                 for activation in HIDDEN_ACTIVATIONS}
    return plots.plot_cost_curves(histories)


FIGURES = {
    "ch06-network": network,
    "ch06-boundaries": boundaries,
    "ch06-costs": costs,
}
