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
# The companion of [chapter 6](../../chapters/06-why-nonlinear/). You will see that each
# hidden unit is a logistic regression, check that two linear layers are one linear layer,
# then train the shallow network on the flower data with and without a non-linear hidden
# activation and score it on points it never saw. Change the numbers and rerun: every cell
# calls `mlbook`.
#
# With identity activations,
# $Z^{[2]} = W^{[2]}(W^{[1]}X + b^{[1]}) + b^{[2]} = (W^{[2]}W^{[1]})X + (W^{[2]}b^{[1]} + b^{[2]})$,
# where $X$ is $(n_x, m)$, $W^{[1]}$ is $(n_h, n_x)$ and $W^{[2]}$ is $(1, n_h)$.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np

from mlbook import plots
from mlbook.activations import sigmoid
from mlbook.datasets import load_planar_dataset, train_test_split
from mlbook.metrics import accuracy
from mlbook.shallow import forward_propagation, nn_model, predict
from mlbook.vectorization import forward_vectorized

X, Y = load_planar_dataset()
print("X:", X.shape, " Y:", Y.shape)

# %% [markdown]
# ## A layer of logistic regressions
#
# The article's network: two inputs, four hidden units, one output. Try other sizes, or
# light up another hidden unit.

# %% alt="A 2-4-1 network: two inputs, four hidden units and one output, every unit joined to every unit of the next layer, with W1, b1 and W2, b2 named with their shapes; the second hidden unit and its two incoming weights are highlighted."
figure = plots.plot_network_diagram((2, 4, 1), highlight=2)
figure

# %% [markdown]
# Random parameters of a 2-4-1 network. Row $j$ of the hidden layer (with the sigmoid as
# activation) is chapter 4's logistic regression with the weights of unit $j$ alone.

# %%
rng = np.random.default_rng(0)
n_h = 4
parameters = {
    "W1": rng.normal(size=(n_h, 2)), "b1": rng.normal(size=(n_h, 1)),
    "W2": rng.normal(size=(1, n_h)), "b2": rng.normal(size=(1, 1)),
}
A1 = sigmoid(parameters["W1"] @ X + parameters["b1"])
for j in range(n_h):
    a_j = forward_vectorized(parameters["W1"][j:j + 1].T, parameters["b1"][j, 0], X)
    print(f"unit {j + 1}: largest difference {np.abs(a_j - A1[j]).max():.1e}")

# %% [markdown]
# ## The collapse, numerically

# %%
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
# The article's settings: 4 hidden units, 10,000 iterations, learning rate 1.2, trained on
# three quarters of the flower and scored on the quarter held out. The chapter uses five
# splits; try `split_seed = 0`, where the tanh network stalls on a poor solution.

# %%
split_seed = 1
X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=split_seed)
trained = {}
for activation in ("linear", "tanh"):
    trained[activation] = nn_model(X_train, Y_train, n_h=4, num_iterations=10_000,
                                   learning_rate=1.2, activation=activation)
    train_score = accuracy(predict(trained[activation], X_train, activation=activation), Y_train)
    test_score = accuracy(predict(trained[activation], X_test, activation=activation), Y_test)
    print(f"{activation:>6}: training accuracy {train_score:.1%}, held-out accuracy {test_score:.1%}")

# %% alt="Decision regions of the two networks trained on three quarters of the flower, drawn over all 400 points: with the identity activation the boundary is one straight line, with tanh it follows the petals."
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
# - Train the linear network with `n_h=20`: does the held-out accuracy change? Why not?
# - Replace `"tanh"` by `"relu"`: is a piecewise-linear activation enough to bend the
#   boundary?
# - Write the forward pass by hand with $g(z) = 2z + 1$ and fold it into one layer: the
#   chapter shows that an affine activation collapses too.
