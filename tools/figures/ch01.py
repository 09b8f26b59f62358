"""Figures of chapter 1, "Machine learning vs deep learning".

The models are trained exactly as on the page (same data, same settings), so the shaded
regions are those of the models whose accuracy the page prints.
"""

import numpy as np

from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.logistic import logistic_regression, predict
from mlbook.shallow import nn_model
from mlbook.shallow import predict as network_predict


def petal_feature(X):
    """The page's designed feature sin(4 angle) sign(x1), shape (1, m)."""
    angle = np.arctan2(X[0], X[1])
    return (np.sin(4 * angle) * np.sign(X[0])).reshape(1, -1)


def three_models():
    X, Y = load_planar_dataset()
    raw = logistic_regression(X, Y)
    designed = logistic_regression(petal_feature(X), Y)
    network = nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2)
    return plots.plot_decision_boundaries(
        {
            "raw coordinates":
                lambda points: predict(raw["w"], raw["b"], points),
            "designed feature":
                lambda points: predict(designed["w"], designed["b"], petal_feature(points)),
            "network, 4 hidden units":
                lambda points: network_predict(network, points),
        },
        X, Y, ncols=3,
    )


FIGURES = {
    "ch01-flower": lambda: plots.plot_dataset(*load_planar_dataset()),
    "ch01-three-models": three_models,
}
