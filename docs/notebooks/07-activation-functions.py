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
# five activations and their derivatives, measure how the sigmoid's small slope starves a
# deep stack of gradient, kill some ReLU units on purpose, and train the flower network
# with each activation. Every cell calls `mlbook`; change the numbers and rerun.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %% alt="The five activation functions sigmoid, tanh, ReLU, Leaky ReLU and ELU, each drawn with its derivative."
import numpy as np

from mlbook import plots
from mlbook.activations import get_activation
from mlbook.datasets import load_planar_dataset
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
# ## Vanishing gradients through a stack
#
# A gradient of ones is sent back through `depth` layers of 20 units; we measure the mean
# size of what arrives at the input (`mlbook.activations.gradient_through_stack`).

# %%
from mlbook.activations import gradient_through_stack

for name in FIVE:
    sizes = [gradient_through_stack(name, depth) for depth in (1, 5, 10, 20)]
    print(f"{name:>10}:", "  ".join(f"{size:.1e}" for size in sizes))

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
    trained = nn_model(X, Y, n_h=20, num_iterations=3_000, learning_rate=1.2,
                       activation=name, initial_parameters=bad_start)
    print(f"{name:>10}: accuracy {accuracy(predict(trained, X, activation=name), Y):.1%}, "
          f"dead units: {dead_units(trained, X)} of 20")

# %% [markdown]
# ## The five on the flower
#
# Four hidden units, learning rate 1.2; 5,000 iterations here to keep the notebook quick
# (the chapter uses the article's 10,000).

# %%
trained = {}
for name in FIVE:
    trained[name] = nn_model(X, Y, n_h=4, num_iterations=5_000, learning_rate=1.2,
                             activation=name)
    print(f"{name:>10}: accuracy {accuracy(predict(trained[name], X, activation=name), Y):.1%}")

# %% alt="Decision regions on the flower of the network trained with each of the five hidden activations, side by side."
plots.plot_decision_boundaries(
    {name: (lambda P, name=name: predict(trained[name], P, activation=name)) for name in FIVE},
    X, Y, ncols=3,
)

# %% [markdown]
# ## Your turn
#
# - Give ELU a smaller learning rate (0.1) and compare.
# - Raise the ReLU network's learning rate to 10 with the article's initialisation and
#   count the dead units.
