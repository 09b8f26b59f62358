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
# corrected, run end to end on the flower data; the straight lines it is compared with; a
# held-out split; and the split on which the article's small initial weights get stuck, tried
# again with Xavier's.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %% alt="Scatter plot of the flower data: 400 points whose petals alternate between class 0 (orange circles) and class 1 (blue triangles)."
import numpy as np

from mlbook import plots
from mlbook.datasets import load_planar_dataset, train_test_split
from mlbook.logistic import logistic_regression
from mlbook.logistic import predict as logistic_predict
from mlbook.metrics import accuracy, best_linear_accuracy
from mlbook.shallow import layer_sizes, nn_model, predict

X, Y = load_planar_dataset()
print("X:", X.shape, "Y:", Y.shape, "sizes (n_x, n_h, n_y):", layer_sizes(X, Y))
plots.plot_dataset(X, Y)

# %% [markdown]
# ## Two straight lines
#
# Logistic regression minimises the log loss; `best_linear_accuracy` searches every direction
# and threshold for the line that makes the fewest mistakes. They are not the same line.

# %%
line = logistic_regression(X, Y)
line_accuracy = accuracy(logistic_predict(line["w"], line["b"], X), Y)
best_accuracy, w_best, b_best = best_linear_accuracy(X, Y)
print(f"logistic regression: {line_accuracy:.1%}, best straight line: {best_accuracy:.2%}")
assert line_accuracy < 0.5 < best_accuracy

# %% [markdown]
# ## The article's run
#
# Four tanh hidden units, 10,000 iterations, learning rate 1.2; the cost is printed every
# 1,000 iterations.

# %% alt="Decision regions of the trained network with 4 tanh hidden units on the flower: the regions follow the petals."
parameters, costs = nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2,
                             print_cost=True, return_costs=True)
print(f"training accuracy: {accuracy(predict(parameters, X), Y):.2%}")
plots.plot_decision_boundary(lambda points: predict(parameters, points), X, Y,
                             title="Shallow network, n_h = 4")

# %% [markdown]
# ## Points the network has not seen
#
# Hold a quarter of the points out, train on the rest, and measure both. This is split 0 of
# the chapter, on which the article's network gets stuck: its training accuracy is that of a
# straight line, not of a network.

# %%
X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=0)
stuck = nn_model(X_train, Y_train, n_h=4, num_iterations=5000)
stuck_train = accuracy(predict(stuck, X_train), Y_train)
print(f"training accuracy {stuck_train:.1%}, "
      f"test accuracy {accuracy(predict(stuck, X_test), Y_test):.1%}")
assert stuck_train < 0.75

# %% [markdown]
# ## The same split, with Xavier's initial weights
#
# `initialization="xavier"` scales the same random draws to variance $1/n_{\text{in}}$ instead
# of multiplying them by 0.01. The network no longer gets stuck on this split.

# %% alt="Decision regions of the network trained on split 0 from Xavier's initial weights, with all 400 flower points: the boundary follows the petals instead of cutting the flower with one line."
unstuck = nn_model(X_train, Y_train, n_h=4, num_iterations=5000, initialization="xavier")
unstuck_train = accuracy(predict(unstuck, X_train), Y_train)
print(f"training accuracy {unstuck_train:.1%}, "
      f"test accuracy {accuracy(predict(unstuck, X_test), Y_test):.1%}")
assert unstuck_train > 0.85
plots.plot_decision_boundary(lambda points: predict(unstuck, points), X, Y,
                             title="split 0, Xavier's initial weights")

# %% [markdown]
# ## Your turn
#
# Change `n_h`, `learning_rate`, `activation` (any of `"sigmoid"`, `"tanh"`, `"relu"`,
# `"leaky_relu"`, `"elu"`, `"linear"`) or `initialization` (`"small"`, `"xavier"`, `"he"`)
# below and run the cell again. The network trains on the training part of split 0 and is
# measured on the held-out part.

# %% alt="Decision regions of the network from the experiment cell (5 tanh hidden units, learning rate 1.2, He's initial weights, trained on split 0) on the flower."
n_h, learning_rate, activation, initialization = 5, 1.2, "tanh", "he"
experiment = nn_model(X_train, Y_train, n_h=n_h, num_iterations=3000,
                      learning_rate=learning_rate, activation=activation,
                      initialization=initialization)
print(f"training accuracy {accuracy(predict(experiment, X_train, activation=activation), Y_train):.1%}, "
      f"test accuracy {accuracy(predict(experiment, X_test, activation=activation), Y_test):.1%}")
title = f"n_h = {n_h}, {activation}, learning rate {learning_rate}, {initialization}"
plots.plot_decision_boundary(lambda points: predict(experiment, points, activation=activation),
                             X, Y, title=title)
