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
# # Notebook: forward and backward propagation
#
# Companion to [chapter 5](../../chapters/05-forward-backward/). Logistic regression is a
# one-neuron network: $Z = w^\top X + b$ and $A = \sigma(Z)$, both $(1, m)$; the backward
# pass gives $dZ = A - Y$, $dw = \frac{1}{m} X\,dZ^\top$ of shape $(n_x, 1)$ and
# $db = \frac{1}{m}\sum_i dZ^{(i)}$.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np
from sklearn.datasets import load_breast_cancer

from mlbook import plots
from mlbook.activations import sigmoid
from mlbook.datasets import load_breast_cancer_features
from mlbook.gradcheck import gradient_check, numerical_gradient, relative_error
from mlbook.logistic import propagate
from mlbook.losses import binary_cross_entropy_with_logits

X, Y = load_breast_cancer_features(features=list(load_breast_cancer().feature_names))
n_x, m = X.shape
print("X", X.shape, "Y", Y.shape)

# %% [markdown]
# ## The computation graph
#
# One example, one neuron: values flow forward through $z = w^\top x + b$ and
# $a = \sigma(z)$ to the loss; derivatives flow back. Move the boxes, or add a node for
# $\sigma'(z)$, by changing the dictionaries.

# %% alt="The computation graph of one neuron: x, w and b feed z = w transpose x + b, which feeds a = sigma of z, which feeds the loss with the label y; dashed arrows carry the derivatives dz = a - y, dw = x dz and db = dz back to z, w and b."
figure = plots.plot_computation_graph(
    nodes={"x": (0, 1.3), "w": (0, 0), "b": (0, -1.3), "z": (3.4, 0), "a": (6, 0),
           "L": (8.4, 0), "y": (8.4, -1.3)},
    edges=[("x", "z"), ("w", "z"), ("b", "z"), ("z", "a"), ("a", "L"), ("y", "L")],
    labels={"z": r"$z = w^\top x + b$", "a": r"$a = \sigma(z)$", "L": r"$\mathcal{L}(a, y)$"},
    backward={"z": "$dz = a - y$", "w": r"$dw = x\,dz$", "b": "$db = dz$"},
)
figure

# %% [markdown]
# ## Forward and backward, by hand
#
# Write both passes yourself and compare with `mlbook.logistic.propagate`.

# %%
rng = np.random.default_rng(1)
w = 0.1 * rng.standard_normal((n_x, 1))
b = 0.2

Z = w.T @ X + b                      # (1, m)
A = sigmoid(Z)                       # (1, m)
dZ = A - Y                           # (1, m)
dw = X @ dZ.T / m                    # (n_x, 1)
db = float(np.sum(dZ) / m)

grads, cost = propagate(w, b, X, Y)
print(np.allclose(dw, grads["dw"]), np.isclose(db, grads["db"]), round(cost, 4))

# %% [markdown]
# ## Gradient checking
#
# The cost as a function of a parameter dictionary; the gradients keyed `"d"` + name, as
# `propagate` returns them.

# %%
params = {"w": w, "b": b}


def cost_fn(p):
    return binary_cross_entropy_with_logits(p["w"].T @ X + p["b"], Y)


print(f"correct: {gradient_check(cost_fn, params, grads):.1e}")

# %% [markdown]
# Now break the gradient on purpose. Try other mistakes too: flip the sign of `dZ`, or
# forget the transpose and see what NumPy says.

# %%
broken = {"dw": grads["dw"], "db": grads["db"] * m}     # forgot to divide db by m
print(f"broken:  {gradient_check(cost_fn, params, broken):.1e}")
numeric = numerical_gradient(cost_fn, params)
for name in ("dw", "db"):
    print(f"  {name}: {relative_error(broken[name], numeric[name]):.1e}")

# %% [markdown]
# ## The choice of epsilon
#
# Too large an $\varepsilon$ picks up the curvature of the cost; too small a one drowns
# in round-off.

# %%
for epsilon in (1e-1, 1e-3, 1e-5, 1e-7, 1e-9, 1e-11):
    error = gradient_check(cost_fn, params, grads, epsilon=epsilon)
    print(f"epsilon = {epsilon:.0e}: relative error {error:.1e}")
