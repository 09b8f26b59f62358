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
# The companion of [chapter 1](../../chapters/01-ml-vs-dl/). On the flower data set we
# compare three models: logistic regression on the raw coordinates, the same model on a
# feature designed by hand, and a small network that learns its own features. Each is
# trained on three quarters of the points and judged on the quarter it never saw. Change
# the cells and run them again: every number below is computed, none is typed.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np

from mlbook import plots
from mlbook.datasets import load_planar_dataset, petal_feature, train_test_split
from mlbook.logistic import logistic_regression, predict
from mlbook.metrics import accuracy
from mlbook.shallow import nn_model
from mlbook.shallow import predict as network_predict

X, Y = load_planar_dataset()
X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=0)
print("X:", X.shape, " training:", X_train.shape, " test:", X_test.shape)

# %% alt="Scatter plot of the flower data: 400 points in the plane whose petals alternate between class 0 (vermillion circles) and class 1 (blue triangles)."
plots.plot_dataset(X, Y)


# %% [markdown]
# ## 1. A linear model on the raw coordinates
#
# Logistic regression predicts with a straight boundary $w^\top x + b = 0$, with $w$ of
# shape $(2, 1)$. We train it on the training set and measure it on both sets.

# %%
def report(name, predict_fn):
    """Accuracy of a model on the training and on the test set."""
    print(f"{name:>26}: training {accuracy(predict_fn(X_train), Y_train):.1%}, "
          f"test {accuracy(predict_fn(X_test), Y_test):.1%}")


raw_model = logistic_regression(X_train, Y_train)
report("raw coordinates", lambda P: predict(raw_model["w"], raw_model["b"], P))

# %% [markdown]
# ## 2. The same model on a designed feature
#
# The colour changes every eighth of a turn around the centre, and the left half of the
# flower mirrors the right half with the same colours. The feature
# $f(x) = \sin(4\varphi)\,\mathrm{sign}(x_1)$ with $\varphi = \mathrm{atan2}(x_1, x_2)$
# captures both observations in one number (`mlbook.datasets.petal_feature`).

# %%
feature_model = logistic_regression(petal_feature(X_train), Y_train)
report("designed feature",
       lambda P: predict(feature_model["w"], feature_model["b"], petal_feature(P)))

# %% [markdown]
# Try your own feature instead: only $\sin 4\varphi$, or $x_1 x_2$, or the distance from
# the centre. Which ones help, and why?

# %%
candidates = {
    "sin(4 angle) only": lambda P: np.sin(4 * np.arctan2(P[0], P[1])).reshape(1, -1),
    "x1 * x2": lambda P: (P[0] * P[1]).reshape(1, -1),
    "distance from the centre": lambda P: np.hypot(P[0], P[1]).reshape(1, -1),
}
for name, feature in candidates.items():
    model = logistic_regression(feature(X_train), Y_train)
    report(name, lambda P, model=model, feature=feature: predict(model["w"], model["b"],
                                                                 feature(P)))

# %% [markdown]
# ## 3. A network that learns its features
#
# One hidden layer of four tanh units, the article's settings: 10,000 iterations,
# learning rate 1.2. Where training ends depends on the random starting weights, so we
# train from three starts and keep the network with the lowest cost on the training set,
# without looking at the test set.

# %%
networks = {}
for seed in (0, 1, 2):
    trained, costs = nn_model(X_train, Y_train, n_h=4, num_iterations=10_000,
                              learning_rate=1.2, seed=seed, return_costs=True)
    networks[seed] = (costs[-1], trained)
    print(f"start {seed}: training cost {costs[-1]:.3f}, "
          f"training accuracy {accuracy(network_predict(trained, X_train), Y_train):.1%}")
network = min(networks.values(), key=lambda pair: pair[0])[1]
report("network, 4 hidden units", lambda P: network_predict(network, P))

# %% alt="Decision regions of three models on the flower: logistic regression on the raw coordinates cuts the plane with one straight line, while the model on the designed feature and the network with 4 hidden units both divide it into wedges that follow the petals."
plots.plot_decision_boundaries(
    {
        "raw coordinates": lambda P: predict(raw_model["w"], raw_model["b"], P),
        "designed feature": lambda P: predict(
            feature_model["w"], feature_model["b"], petal_feature(P)),
        "network, 4 hidden units": lambda P: network_predict(network, P),
    },
    X, Y,
)

# %% [markdown]
# ## 4. Your turn
#
# How few hidden units are enough? Train networks with 1, 2 and 3 hidden units (fewer
# iterations keep it quick) and compare their test accuracy with the designed feature's.
# One start each: try other seeds too.

# %%
for n_h in (1, 2, 3):
    small = nn_model(X_train, Y_train, n_h=n_h, num_iterations=3000, learning_rate=1.2)
    report(f"network, {n_h} hidden unit(s)", lambda P, small=small: network_predict(small, P))
