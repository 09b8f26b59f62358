# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Notebook: machine learning vs deep learning
#
# The companion of [chapter 1](../chapters/01-ml-vs-dl.md). On the flower data set we
# compare three models: logistic regression on the raw coordinates, the same model on a
# feature designed by hand, and a small network that learns its own features. Change
# the cells and run them again: every number below is computed, none is typed.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np

from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.logistic import logistic_regression, predict
from mlbook.metrics import accuracy
from mlbook.shallow import nn_model
from mlbook.shallow import predict as network_predict

X, Y = load_planar_dataset()
print("X:", X.shape, "Y:", Y.shape)

# %% alt="Scatter plot of the flower data: 400 points in the plane whose petals alternate between class 0 (orange circles) and class 1 (blue triangles)."
plots.plot_dataset(X, Y)

# %% [markdown]
# ## 1. A linear model on the raw coordinates
#
# Logistic regression predicts with a straight boundary $w^\top x + b = 0$, with $w$ of
# shape $(2, 1)$.

# %%
raw_model = logistic_regression(X, Y)
print(f"accuracy: {accuracy(predict(raw_model['w'], raw_model['b'], X), Y):.1%}")


# %% [markdown]
# ## 2. The same model on a designed feature
#
# The colour alternates petal by petal around the centre, and the left half mirrors the
# right half with the colours swapped. The feature
# $f(x) = \sin(4\varphi)\,\mathrm{sign}(x_1)$ with $\varphi = \mathrm{atan2}(x_1, x_2)$
# captures both observations in one number.

# %%
def petal_feature(X):
    """The designed feature f(x), shape (1, m), for points X of shape (2, m)."""
    angle = np.arctan2(X[0], X[1])
    return (np.sin(4 * angle) * np.sign(X[0])).reshape(1, -1)


feature_model = logistic_regression(petal_feature(X), Y)
print(f"accuracy: "
      f"{accuracy(predict(feature_model['w'], feature_model['b'], petal_feature(X)), Y):.1%}")

# %% [markdown]
# Try your own feature instead: only $\sin 4\varphi$, or $x_1 x_2$, or the distance from
# the centre. Which ones help, and why?

# %%
for name, feature in {
    "sin(4 angle) only": np.sin(4 * np.arctan2(X[0], X[1])).reshape(1, -1),
    "x1 * x2": (X[0] * X[1]).reshape(1, -1),
    "distance from the centre": np.hypot(X[0], X[1]).reshape(1, -1),
}.items():
    model = logistic_regression(feature, Y)
    print(f"{name:>25}: {accuracy(predict(model['w'], model['b'], feature), Y):.1%}")

# %% [markdown]
# ## 3. A network that learns its features
#
# One hidden layer of four tanh units, the article's settings: 10,000 iterations,
# learning rate 1.2. The cost is printed every 1,000 iterations.

# %%
network = nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2, print_cost=True)
print(f"accuracy: {accuracy(network_predict(network, X), Y):.1%}")

# %% alt="Decision regions of three models on the flower: logistic regression on the raw coordinates cuts the plane with one straight line, while the model on the designed feature and the network with 4 hidden units follow the petals."
plots.plot_decision_boundaries(
    {
        "raw coordinates": lambda points: predict(raw_model["w"], raw_model["b"], points),
        "designed feature": lambda points: predict(
            feature_model["w"], feature_model["b"], petal_feature(points)),
        "network, 4 hidden units": lambda points: network_predict(network, points),
    },
    X, Y,
)

# %% [markdown]
# ## 4. Your turn
#
# How few hidden units are enough? Train networks with 1, 2 and 3 hidden units (fewer
# iterations keep it quick) and compare their accuracy with the designed feature.

# %%
for n_h in (1, 2, 3):
    small = nn_model(X, Y, n_h=n_h, num_iterations=3000, learning_rate=1.2)
    print(f"n_h = {n_h}: {accuracy(network_predict(small, X), Y):.1%}")
