"""Figures of chapter 6, "Why activations must be non-linear".

Both figures come from the same three trained models (logistic regression, and the
shallow network with the identity and with tanh as hidden activation), trained once.
"""

from functools import cache

from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.logistic import logistic_regression
from mlbook.logistic import predict as logistic_predict
from mlbook.shallow import nn_model, predict

HIDDEN_ACTIVATIONS = ("linear", "tanh")


@cache
def trained_models():
    """The flower data, logistic regression, and one network per hidden activation."""
    X, Y = load_planar_dataset()
    logistic = logistic_regression(X, Y)
    networks = {
        activation: nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2,
                             activation=activation, return_costs=True)
        for activation in HIDDEN_ACTIVATIONS
    }
    return X, Y, logistic, networks


def boundaries():
    X, Y, logistic, networks = trained_models()
    (linear_net, _), (tanh_net, _) = networks["linear"], networks["tanh"]
    predict_fns = {
        "Logistic regression": lambda P: logistic_predict(logistic["w"], logistic["b"], P),
        "Hidden layer: identity": lambda P: predict(linear_net, P, activation="linear"),
        "Hidden layer: tanh": lambda P: predict(tanh_net, P, activation="tanh"),
    }
    return plots.plot_decision_boundaries(predict_fns, X, Y, ncols=3)


def costs():
    _, _, _, networks = trained_models()
    histories = {
        f"hidden activation: {activation}": networks[activation][1]
        for activation in HIDDEN_ACTIVATIONS
    }
    return plots.plot_cost_curves(histories)


FIGURES = {
    "ch06-boundaries": boundaries,
    "ch06-costs": costs,
}
