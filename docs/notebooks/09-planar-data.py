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
# # Notebook: a shallow network on planar data
#
# The companion of [chapter 9](../../chapters/09-planar-data/): the source article's program,
# corrected, run end to end on the flower data, then the hidden-size sweep at the article's
# full 10,000 iterations (the chapter uses 5,000 to keep the site build short).

# %% tags=["jupyter-only"]
# %matplotlib inline

# %% alt="Scatter plot of the flower data: 400 points whose petals alternate between class 0 (orange circles) and class 1 (blue triangles)."
from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.logistic import logistic_regression
from mlbook.logistic import predict as logistic_predict
from mlbook.metrics import accuracy
from mlbook.shallow import layer_sizes, nn_model, predict

X, Y = load_planar_dataset()
print("X:", X.shape, "Y:", Y.shape, "sizes (n_x, n_h, n_y):", layer_sizes(X, Y))
plots.plot_dataset(X, Y)

# %% [markdown]
# ## Baseline: logistic regression
#
# One straight line through the plane.

# %%
baseline = logistic_regression(X, Y)
print(f"logistic regression: {accuracy(logistic_predict(baseline['w'], baseline['b'], X), Y):.1%}")

# %% [markdown]
# ## The article's run
#
# Four tanh hidden units, 10,000 iterations, learning rate 1.2; the cost is printed every
# 1,000 iterations.

# %% alt="Decision regions of the trained network with 4 tanh hidden units on the flower: the regions follow the petals."
parameters, costs = nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2,
                             print_cost=True, return_costs=True)
print(f"training accuracy: {accuracy(predict(parameters, X), Y):.1%}")
plots.plot_decision_boundary(lambda points: predict(parameters, points), X, Y,
                             title="Shallow network, n_h = 4")

# %% [markdown]
# ## The hidden-size sweep at 10,000 iterations
#
# The chapter trains each size for 5,000 iterations. Here are the same sizes at the article's
# full 10,000; compare the accuracies with the chapter's table.

# %%
for n_h in (1, 2, 3, 4, 5, 20, 50):
    sweep_parameters = nn_model(X, Y, n_h=n_h, num_iterations=10_000)
    print(f"n_h = {n_h:2d}: accuracy {accuracy(predict(sweep_parameters, X), Y):.2%}")

# %% [markdown]
# ## Your turn
#
# Change `n_h`, `learning_rate` or `activation` (any of `"sigmoid"`, `"tanh"`, `"relu"`,
# `"leaky_relu"`, `"elu"`, `"linear"`) below and run the cell again.

# %% alt="Decision regions of the network from the experiment cell (5 tanh hidden units, learning rate 1.2) on the flower."
n_h, learning_rate, activation = 5, 1.2, "tanh"
experiment = nn_model(X, Y, n_h=n_h, num_iterations=3000, learning_rate=learning_rate,
                      activation=activation)
print(f"accuracy: {accuracy(predict(experiment, X, activation=activation), Y):.1%}")
title = f"n_h = {n_h}, {activation}, learning rate {learning_rate}"
plots.plot_decision_boundary(lambda points: predict(experiment, points, activation=activation),
                             X, Y, title=title)
