"""Figures of chapter 7, "Activation functions".

Every measurement comes from the cached `mlbook` function that the page calls too
(`scale_sweep`, `iterations_to_cost`, `tune_learning_rate`), so a figure and the sentence
beside it read the same numbers, and each network is trained once per build.
"""

from mlbook import plots
from mlbook.activations import WEIGHT_SCALES, scale_sweep
from mlbook.datasets import load_planar_dataset, train_test_split
from mlbook.plots import DISPLAY_NAMES
from mlbook.shallow import iterations_to_cost, predict, tune_learning_rate

FIVE = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
SIGMOIDS_AND_TANH = ("sigmoid", "centred_sigmoid", "steep_sigmoid", "tanh")


def activations():
    return plots.plot_activations(names=FIVE, derivatives=True)


def scale_sweeps():
    sweeps = {name: scale_sweep(name) for name in ("sigmoid", "tanh")}
    return plots.plot_scale_sweep(WEIGHT_SCALES, sweeps)


def starts():
    return plots.plot_iterations_by_start(
        {name: iterations_to_cost(name) for name in SIGMOIDS_AND_TANH}
    )


def tuned_title(name):
    return f"{DISPLAY_NAMES[name]}, α = {tune_learning_rate(name).learning_rate:g}"


def boundaries():
    X, Y = load_planar_dataset()
    _, X_test, _, Y_test = train_test_split(X, Y)
    predict_fns = {
        tuned_title(name): (
            lambda P, name=name: predict(tune_learning_rate(name).parameters, P, activation=name)
        )
        for name in FIVE
    }
    return plots.plot_decision_boundaries(predict_fns, X_test, Y_test, ncols=3)


def costs():
    return plots.plot_cost_curves({tuned_title(name): tune_learning_rate(name).costs
                                   for name in FIVE})


FIGURES = {
    "ch07-activations": activations,
    "ch07-scale-sweep": scale_sweeps,
    "ch07-starts": starts,
    "ch07-boundaries": boundaries,
    "ch07-costs": costs,
}
