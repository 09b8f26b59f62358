"""Figures of chapter 2, "Logistic regression".

Each figure recomputes what the page computes, with the same data and settings.
"""

import numpy as np

from mlbook import plots
from mlbook.activations import sigmoid
from mlbook.datasets import load_breast_cancer_features
from mlbook.logistic import logistic_regression, predict
from mlbook.losses import binary_cross_entropy_with_logits, mean_squared_error


def mse_vs_log_loss():
    """Both costs along the page's line: one feature, b = -2.5, w in [-8, 8]."""
    x, y = load_breast_cancer_features(features=["smoothness error"])
    b_line = -2.5
    ws = np.linspace(-8.0, 8.0, 1601)
    return plots.plot_cost_along_line(
        ws,
        {
            "squared error": np.array(
                [mean_squared_error(sigmoid(w * x + b_line), y) for w in ws]),
            "log loss": np.array(
                [binary_cross_entropy_with_logits(w * x + b_line, y) for w in ws]),
        },
        xlabel="w (b fixed at -2.5)",
    )


def breast_cancer_boundary():
    """The page's model trained on the first two standardised measurements only."""
    X, Y = load_breast_cancer_features(features=["mean radius", "mean texture"])
    model = logistic_regression(X, Y, num_iterations=5000, learning_rate=0.5)
    return plots.plot_decision_boundary(
        lambda points: predict(model["w"], model["b"], points), X, Y,
        title="mean radius and mean texture (standardised)",
    )


FIGURES = {
    "ch02-sigmoid": lambda: plots.plot_activations(names=("sigmoid",)),
    "ch02-mse-vs-logloss": mse_vs_log_loss,
    "ch02-breast-cancer-boundary": breast_cancer_boundary,
}
