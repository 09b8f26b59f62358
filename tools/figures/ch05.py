"""Figures of chapter 5, "Forward and backward propagation": gradient check against epsilon."""

import numpy as np
from sklearn.datasets import load_breast_cancer

from mlbook import plots
from mlbook.datasets import load_breast_cancer_features
from mlbook.gradcheck import gradient_check
from mlbook.logistic import propagate
from mlbook.losses import binary_cross_entropy_with_logits

EPSILONS = np.logspace(-12, -1, 23)


def gradcheck_epsilon_figure():
    # The page's setting: all 30 breast-cancer features, weights drawn with seed 0.
    X, Y = load_breast_cancer_features(features=list(load_breast_cancer().feature_names))
    n_x, m = X.shape
    rng = np.random.default_rng(0)
    params = {"w": 0.1 * rng.standard_normal((n_x, 1)), "b": 0.2}

    def cost_fn(p):
        return binary_cross_entropy_with_logits(p["w"].T @ X + p["b"], Y)

    grads, _ = propagate(params["w"], params["b"], X, Y)
    broken = {"dw": grads["dw"], "db": grads["db"] * m}  # the page's bug: db not divided by m
    errors = {
        label: [gradient_check(cost_fn, params, g, epsilon=float(e)) for e in EPSILONS]
        for label, g in (("backpropagation", grads), ("broken: db not divided by m", broken))
    }
    return plots.plot_gradient_check_errors(EPSILONS, errors)


FIGURES = {"ch05-gradcheck-epsilon": gradcheck_epsilon_figure}
