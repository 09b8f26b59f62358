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
# # Notebook: activation functions
#
# The companion of [chapter 7](../../chapters/07-activation-functions/). You will plot the
# five activations and their derivatives, measure how the gradient through a deep stack
# depends on the activation and on the scale of the weights, time a sigmoid and a tanh
# network from a few starts, kill some ReLU units on purpose, and see what the learning
# rate does to a comparison. Every cell calls `mlbook`; change the numbers and rerun.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %% alt="The five activation functions sigmoid, tanh, ReLU, Leaky ReLU and ELU, each drawn with its derivative."
import numpy as np

from mlbook import plots
from mlbook.activations import get_activation
from mlbook.datasets import load_planar_dataset, train_test_split
from mlbook.metrics import accuracy
from mlbook.shallow import initialize_parameters, nn_model, predict

FIVE = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
plots.plot_activations(names=FIVE, derivatives=True)

# %% [markdown]
# ## The largest slope of each activation
#
# $\sigma'(z) = \sigma(z)(1 - \sigma(z))$ never exceeds $\tfrac14$; $\tanh'$ reaches 1.

# %%
z = np.linspace(-10.0, 10.0, 20_001)
for name in FIVE:
    g, g_prime = get_activation(name)
    print(f"{name:>10}: output in [{g(z).min():+.5f}, {g(z).max():+.5f}] (rounded), "
          f"largest slope {g_prime(z).max():.4f}")

# %% [markdown]
# ## Gradients through a stack
#
# A gradient of ones is sent back through `depth` layers of 20 units; we measure the mean
# size of what arrives at the input (`mlbook.activations.gradient_through_stack`). With
# the weights' usual scale the sigmoid's gradient all but vanishes.

# %%
from mlbook.activations import WEIGHT_SCALES, gradient_through_stack, scale_sweep

for name in FIVE:
    sizes = [gradient_through_stack(name, depth) for depth in (1, 5, 10, 20)]
    print(f"{name:>10}:", "  ".join(f"{size:.1e}" for size in sizes))

# %% [markdown]
# Larger weights make up for a flatter slope, since $\sigma(z) = (1 + \tanh(z/2))/2$, but
# they also push more units into the flat tails. `scale_sweep` multiplies the weights'
# standard deviation by each of `WEIGHT_SCALES` and measures both.

# %%
sigmoid_from_tanh = (1 + np.tanh(z / 2)) / 2
print("largest gap between sigmoid(z) and (1 + tanh(z/2))/2:",
      np.abs(get_activation("sigmoid")[0](z) - sigmoid_from_tanh).max())

# %% alt="Against the scale of the weights: the gradient at the input of a 20-layer stack of sigmoid and of tanh units, and the share of their saturated units."
plots.plot_scale_sweep(WEIGHT_SCALES, {name: scale_sweep(name) for name in ("sigmoid", "tanh")})

# %% [markdown]
# ## A sigmoid and a tanh network from a few starts
#
# `iterations_to_cost` trains the four-unit flower network once per seed and counts the
# iterations until the cost is below 0.5 (`inf`: not within the run). The chapter uses
# nine starts; three keep this cell quick. The centred sigmoid $\sigma(z) - \tfrac12$ and
# the steep sigmoid $\sigma(4z)$ each have one property of tanh.

# %%
from mlbook.shallow import iterations_to_cost

for name in ("sigmoid", "centred_sigmoid", "steep_sigmoid", "tanh"):
    print(f"{name:>15}:", iterations_to_cost(name, seeds=(0, 1, 2)))

# %% [markdown]
# ## Dying ReLU
#
# All hidden biases start at $-0.5$, so every pre-activation on the flower starts negative.

# %%
from mlbook.shallow import dead_units

X, Y = load_planar_dataset()
bad_start = initialize_parameters(n_x=2, n_h=20, n_y=1)
bad_start["b1"] = np.full((20, 1), -0.5)
for name in ("relu", "leaky_relu"):
    trained = nn_model(X, Y, n_h=20, num_iterations=1_000, learning_rate=1.2,
                       activation=name, initial_parameters=bad_start)
    print(f"{name:>10}: accuracy {accuracy(predict(trained, X, activation=name), Y):.1%}, "
          f"units at z <= 0 on every point: {dead_units(trained, X)} of 20")

# %% [markdown]
# ## The learning rate decides a comparison
#
# The chapter gives each activation the best of three learning rates before comparing
# them on held-out points. Here is why: the same tanh network, the same start, two rates.

# %%
X_train, X_test, Y_train, Y_test = train_test_split(X, Y)
runs = {}
for learning_rate in (1.2, 4.8):
    runs[learning_rate] = nn_model(X_train, Y_train, n_h=4, num_iterations=2_000,
                                   learning_rate=learning_rate)
    print(f"learning rate {learning_rate}: test accuracy "
          f"{accuracy(predict(runs[learning_rate], X_test), Y_test):.0%}")

# %% alt="Decision regions on the flower's held-out points of the tanh network trained at learning rates 1.2 and 4.8."
plots.plot_decision_boundaries(
    {f"tanh, α = {rate}": (lambda P, rate=rate: predict(runs[rate], P)) for rate in runs},
    X_test, Y_test, ncols=2,
)

# %% [markdown]
# ## Your turn
#
# - Run `iterations_to_cost` with more seeds, or another `learning_rate`: does the order
#   of the four activations hold?
# - Raise the ReLU network's learning rate to 10 with the article's initialisation and
#   count the dead units.
# - Give ELU the learning rates 0.1, 0.3 and 1.2 and compare test accuracies.
