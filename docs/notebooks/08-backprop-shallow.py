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
# The companion of [chapter 8](../../chapters/08-backprop-shallow/). We push numbers through
# the backward pass of a tiny network by hand, compute the six gradients of the flower network
# line by line, compare each with `mlbook.shallow.backward_propagation`, let a gradient check
# judge both, and train a network with two outputs.
#
# The network: $Z^{[1]} = W^{[1]} X + b^{[1]}$, $A^{[1]} = \tanh(Z^{[1]})$,
# $Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}$, $A^{[2]} = \sigma(Z^{[2]})$, with $X$ of shape
# $(n_x, m)$.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np

from mlbook import plots
from mlbook.activations import sigmoid
from mlbook.datasets import load_planar_dataset, train_test_split
from mlbook.gradcheck import gradient_check, numerical_gradient
from mlbook.metrics import accuracy
from mlbook.shallow import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    initialize_parameters,
    nn_model,
    predict,
)

# %% [markdown]
# ## A 2-2-1 network by hand
#
# Two inputs, two tanh hidden units, one sigmoid output and one example $x = (1, 2)$ with
# label $y = 1$, the example of the chapter. Change a weight and run the cell again: the check
# at the end compares every gradient with `backward_propagation`.

# %%
x = np.array([[1.0], [2.0]])
y = np.array([[1]])
hand = {"W1": np.array([[0.5, -0.5], [1.0, 0.25]]), "b1": np.array([[0.0], [-0.5]]),
        "W2": np.array([[1.0, -2.0]]), "b2": np.array([[0.5]])}

Z1 = hand["W1"] @ x + hand["b1"]
A1 = np.tanh(Z1)
Z2 = hand["W2"] @ A1 + hand["b2"]
A2 = sigmoid(Z2)
dZ2 = A2 - y
dZ1 = hand["W2"].T @ dZ2 * (1 - A1**2)
by_hand = {"dW1": dZ1 @ x.T, "db1": dZ1, "dW2": dZ2 @ A1.T, "db2": dZ2}
_, hand_cache = forward_propagation(x, hand)
hand_grads = backward_propagation(hand, hand_cache, x, y)
for name, value in by_hand.items():
    print(f"{name} = {value.round(4).tolist()}, as backward_propagation: "
          f"{np.allclose(value, hand_grads[name])}")

# %% [markdown]
# ## The six gradients on the flower, one line each
#
# Output layer: $dZ^{[2]} = A^{[2]} - Y$, $dW^{[2]} = \frac1m dZ^{[2]} A^{[1]\top}$,
# $db^{[2]} = \frac1m \sum_i dz^{[2](i)}$. Hidden layer:
# $dZ^{[1]} = W^{[2]\top} dZ^{[2]} \odot (1 - (A^{[1]})^2)$,
# $dW^{[1]} = \frac1m dZ^{[1]} X^\top$, $db^{[1]} = \frac1m \sum_i dz^{[1](i)}$.
# The weights are random and of a realistic size, so that every gradient is clearly non-zero.

# %%
X, Y = load_planar_dataset()
m = X.shape[1]
rng = np.random.default_rng(42)
parameters = {
    "W1": rng.normal(0.0, 1.0, (4, 2)), "b1": rng.normal(0.0, 0.5, (4, 1)),
    "W2": rng.normal(0.0, 1.0, (1, 4)), "b2": rng.normal(0.0, 0.5, (1, 1)),
}
A2, cache = forward_propagation(X, parameters)
A1 = cache["A1"]
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
broken_error = gradient_check(flower_cost, parameters, broken)
print(f"relative error with the tanh derivative dropped: {broken_error:.2e}")
assert broken_error > 1e-3 > 1e-7 > gradient_check(flower_cost, parameters, grads)

# %% [markdown]
# ## Two outputs, two labels
#
# $Y$ may have several rows, one label each; the network then has one sigmoid output per row.
# The points are those of the chapter: one label says whether a point lies inside the circle
# of radius 1.5, the other whether its coordinates have the same sign. Each output is scored
# against its own row of labels.

# %%
rng_two = np.random.default_rng(0)
X_two = rng_two.uniform(-2.0, 2.0, size=(2, 200))
Y_two = np.vstack([X_two[0] ** 2 + X_two[1] ** 2 < 1.5**2, X_two[0] * X_two[1] > 0]).astype(int)
X_fit, X_new, Y_fit, Y_new = train_test_split(X_two, Y_two, test_size=0.25, seed=0)
two_outputs = nn_model(X_fit, Y_fit, n_h=6, num_iterations=3000)
P_new = predict(two_outputs, X_new)
held_out = [accuracy(P_new[[i]], Y_new[[i]]) for i in (0, 1)]
print(f"held-out accuracy of each output on its own label: {held_out}")
assert min(held_out) > 0.9

# %% alt="The two-label points with the regions where the first output says 'inside the circle': a round region in the middle of the square, following the circle of radius 1.5."
plots.plot_decision_boundary(lambda points: predict(two_outputs, points)[0], X_two,
                             Y_two[[0]], title="output 1: inside the circle")

# %% alt="The same points with the regions where the second output says 'same sign': the upper-right and lower-left quadrants, bounded by curves close to the two axes."
plots.plot_decision_boundary(lambda points: predict(two_outputs, points)[1], X_two,
                             Y_two[[1]], title="output 2: coordinates of the same sign")

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
