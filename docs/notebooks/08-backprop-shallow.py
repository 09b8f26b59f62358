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
# # Notebook: backpropagation in a shallow network
#
# The companion of [chapter 8](../../chapters/08-backprop-shallow/). We compute the six
# gradients of a one-hidden-layer network line by line, compare each with
# `mlbook.shallow.backward_propagation`, and then let a gradient check judge both.
#
# The network: $Z^{[1]} = W^{[1]} X + b^{[1]}$, $A^{[1]} = \tanh(Z^{[1]})$,
# $Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}$, $A^{[2]} = \sigma(Z^{[2]})$, with $X$ of shape
# $(n_x, m)$.

# %%
import numpy as np

from mlbook.datasets import load_planar_dataset
from mlbook.gradcheck import gradient_check, numerical_gradient
from mlbook.shallow import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    initialize_parameters,
)

X, Y = load_planar_dataset()
m = X.shape[1]
rng = np.random.default_rng(42)
parameters = {
    "W1": rng.normal(0.0, 1.0, (4, 2)), "b1": rng.normal(0.0, 0.5, (4, 1)),
    "W2": rng.normal(0.0, 1.0, (1, 4)), "b2": rng.normal(0.0, 0.5, (1, 1)),
}
A2, cache = forward_propagation(X, parameters)
A1 = cache["A1"]
print({name: value.shape for name, value in cache.items()})

# %% [markdown]
# ## The six gradients, one line each
#
# Output layer: $dZ^{[2]} = A^{[2]} - Y$, $dW^{[2]} = \frac1m dZ^{[2]} A^{[1]\top}$,
# $db^{[2]} = \frac1m \sum_i dz^{[2](i)}$. Hidden layer:
# $dZ^{[1]} = W^{[2]\top} dZ^{[2]} \odot (1 - (A^{[1]})^2)$,
# $dW^{[1]} = \frac1m dZ^{[1]} X^\top$, $db^{[1]} = \frac1m \sum_i dz^{[1](i)}$.

# %%
dZ2 = A2 - Y
dW2 = dZ2 @ A1.T / m
db2 = np.sum(dZ2, axis=1, keepdims=True) / m
dZ1 = parameters["W2"].T @ dZ2 * (1 - A1**2)
dW1 = dZ1 @ X.T / m
db1 = np.sum(dZ1, axis=1, keepdims=True) / m
by_hand = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}

grads = backward_propagation(parameters, cache, X, Y)
for name, value in by_hand.items():
    print(f"{name}: shape {value.shape}, equal to mlbook's: {np.allclose(value, grads[name])}")

# %% [markdown]
# ## Numerical gradients
#
# `numerical_gradient` nudges every entry of every parameter by $\pm\varepsilon$ and takes the
# centred difference of the cost. Side by side with the analytic $dW^{[2]}$:

# %%
def flower_cost(params):
    return compute_cost(forward_propagation(X, params)[0], Y)


numeric = numerical_gradient(flower_cost, parameters)
print("analytic dW2:", grads["dW2"].round(6))
print("numeric  dW2:", numeric["dW2"].round(6))
print(f"relative error over all parameters: {gradient_check(flower_cost, parameters, grads):.2e}")

# %% [markdown]
# ## Try it: break the backward pass
#
# Change one line of the hand-written gradients above (drop the `(1 - A1**2)`, transpose the
# wrong matrix, forget `/ m`) and run the check again. A correct backward pass scores far
# below $10^{-7}$; a broken one scores orders of magnitude higher.

# %%
broken = {**by_hand, "dW1": (parameters["W2"].T @ dZ2) @ X.T / m}  # tanh derivative dropped
print(f"relative error with the tanh derivative dropped: "
      f"{gradient_check(flower_cost, parameters, broken):.2e}")

# %% [markdown]
# ## At the article's starting point
#
# With the article's initial weights (scale 0.01) all gradients are tiny, and the hidden
# layer works in the linear part of tanh, where $1 - (A^{[1]})^2$ is close to 1:

# %%
start = initialize_parameters(n_x=2, n_h=4, n_y=1)
_, start_cache = forward_propagation(X, start)
start_grads = backward_propagation(start, start_cache, X, Y)
print(f"mean of 1 - A1**2 at the start: {np.mean(1 - start_cache['A1'] ** 2):.5f}")
print({name: float(np.abs(value).max()) for name, value in start_grads.items()})
