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
# # Notebook: why activations must be non-linear
#
# The companion of [chapter 6](../../chapters/06-why-nonlinear/). You will check that two
# linear layers are one linear layer, then train the shallow network on the flower data
# with and without a non-linear hidden activation. Change the numbers and rerun: every
# cell calls `mlbook`.
#
# With identity activations,
# $Z^{[2]} = W^{[2]}(W^{[1]}X + b^{[1]}) + b^{[2]} = (W^{[2]}W^{[1]})X + (W^{[2]}b^{[1]} + b^{[2]})$,
# where $X$ is $(n_x, m)$, $W^{[1]}$ is $(n_h, n_x)$ and $W^{[2]}$ is $(1, n_h)$.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np

from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.metrics import accuracy
from mlbook.shallow import forward_propagation, nn_model, predict

X, Y = load_planar_dataset()
print("X:", X.shape, " Y:", Y.shape)

# %% [markdown]
# ## The collapse, numerically
#
# Random parameters of a 2-4-1 network; try other shapes or seeds.

# %%
rng = np.random.default_rng(0)
n_h = 4
parameters = {
    "W1": rng.normal(size=(n_h, 2)), "b1": rng.normal(size=(n_h, 1)),
    "W2": rng.normal(size=(1, n_h)), "b2": rng.normal(size=(1, 1)),
}
_, cache = forward_propagation(X, parameters, activation="linear")
W_single = parameters["W2"] @ parameters["W1"]
b_single = parameters["W2"] @ parameters["b1"] + parameters["b2"]
gap = np.abs(cache["Z2"] - (W_single @ X + b_single)).max()
print(f"largest difference between two layers and one: {gap:.2e}")

# %% [markdown]
# Swap `"linear"` for `"tanh"` and the difference is no longer rounding error:

# %%
_, tanh_cache = forward_propagation(X, parameters, activation="tanh")
print(f"with tanh: {np.abs(tanh_cache['Z2'] - (W_single @ X + b_single)).max():.2f}")

# %% [markdown]
# ## Training with and without a non-linearity
#
# The article's settings: 4 hidden units, 10,000 iterations, learning rate 1.2.

# %%
trained = {}
for activation in ("linear", "tanh"):
    trained[activation], costs = nn_model(
        X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2,
        activation=activation, return_costs=True,
    )
    predictions = predict(trained[activation], X, activation=activation)
    print(f"{activation:>6}: final cost {costs[-1]:.4f}, accuracy {accuracy(predictions, Y):.1%}")

# %% alt="Decision regions of two trained networks on the flower: with the identity activation the boundary is one straight line, with tanh it follows the petals."
figure = plots.plot_decision_boundaries(
    {
        "identity": lambda P: predict(trained["linear"], P, activation="linear"),
        "tanh": lambda P: predict(trained["tanh"], P, activation="tanh"),
    },
    X, Y, ncols=2,
)
figure

# %% [markdown]
# ## Your turn
#
# - Train the linear network with `n_h=20`: does the accuracy change? Why not?
# - Replace `"tanh"` by `"relu"`: is a piecewise-linear activation enough to bend the
#   boundary?
