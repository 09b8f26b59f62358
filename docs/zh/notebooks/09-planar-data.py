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
# # 笔记本：平面数据上的浅层神经网络
#
# [第 9 章](../../chapters/09-planar-data/)的配套笔记本：在花朵数据集上完整运行修正后的原文程序；拿来和它比较的两条直线；一次留出法划分；以及原文的小初始权重会卡住的那次划分，再用 Xavier 的初始权重重试一遍。

# %% tags=["jupyter-only"]
# %matplotlib inline

# %% alt="花朵数据集的散点图：400 个点，花瓣在类别 0（橙色圆点）和类别 1（蓝色三角形）之间交替。"
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
# ## 两条直线
#
# 逻辑回归最小化对数损失；`best_linear_accuracy` 则搜遍每个方向和阈值，找出犯错最少的直线。它们不是同一条直线。

# %%
line = logistic_regression(X, Y)
line_accuracy = accuracy(logistic_predict(line["w"], line["b"], X), Y)
best_accuracy, w_best, b_best = best_linear_accuracy(X, Y)
print(f"logistic regression: {line_accuracy:.1%}, best straight line: {best_accuracy:.2%}")
assert line_accuracy < 0.5 < best_accuracy

# %% [markdown]
# ## 原文的那次训练
#
# 四个 tanh 隐藏单元，10,000 次迭代，学习率 1.2；每 1,000 次迭代打印一次代价。

# %% alt="训练好的网络（4 个 tanh 隐藏单元）在花朵数据集上的决策区域：区域沿着花瓣分布。"
parameters, costs = nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2,
                             print_cost=True, return_costs=True)
print(f"training accuracy: {accuracy(predict(parameters, X), Y):.2%}")
plots.plot_decision_boundary(lambda points: predict(parameters, points), X, Y,
                             title="Shallow network, n_h = 4")

# %% [markdown]
# ## 网络没有见过的点
#
# 留出四分之一的点，在其余的点上训练，两部分都测量。这就是本章的划分 0，原文的网络在这次划分上会卡住：它的训练准确率只相当于一条直线，而不像一个网络。

# %%
X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=0)
stuck = nn_model(X_train, Y_train, n_h=4, num_iterations=5000)
stuck_train = accuracy(predict(stuck, X_train), Y_train)
print(f"training accuracy {stuck_train:.1%}, "
      f"test accuracy {accuracy(predict(stuck, X_test), Y_test):.1%}")
assert stuck_train < 0.75

# %% [markdown]
# ## 同一次划分，换用 Xavier 的初始权重
#
# `initialization="xavier"` 把同样的随机数缩放到方差 $1/n_{\text{in}}$，而不是乘以 0.01。网络在这次划分上不再卡住。

# %% alt="从 Xavier 的初始权重出发、在划分 0 上训练的网络的决策区域，图中画出花朵的全部 400 个点：决策边界沿着花瓣弯曲，而不是用一条直线把花朵切开。"
unstuck = nn_model(X_train, Y_train, n_h=4, num_iterations=5000, initialization="xavier")
unstuck_train = accuracy(predict(unstuck, X_train), Y_train)
print(f"training accuracy {unstuck_train:.1%}, "
      f"test accuracy {accuracy(predict(unstuck, X_test), Y_test):.1%}")
assert unstuck_train > 0.85
plots.plot_decision_boundary(lambda points: predict(unstuck, points), X, Y,
                             title="split 0, Xavier's initial weights")

# %% [markdown]
# ## 动手试试
#
# 修改下面的 `n_h`、`learning_rate`、`activation`（可选 `"sigmoid"`、`"tanh"`、`"relu"`、`"leaky_relu"`、`"elu"`、`"linear"`）或 `initialization`（`"small"`、`"xavier"`、`"he"`），再运行一遍这个单元格。网络在划分 0 的训练部分上训练，在留出部分上测量。

# %% alt="实验单元格中的网络（5 个 tanh 隐藏单元，学习率 1.2，He 的初始权重，在划分 0 上训练）在花朵数据集上的决策区域。"
n_h, learning_rate, activation, initialization = 5, 1.2, "tanh", "he"
experiment = nn_model(X_train, Y_train, n_h=n_h, num_iterations=3000,
                      learning_rate=learning_rate, activation=activation,
                      initialization=initialization)
print(f"training accuracy {accuracy(predict(experiment, X_train, activation=activation), Y_train):.1%}, "
      f"test accuracy {accuracy(predict(experiment, X_test, activation=activation), Y_test):.1%}")
title = f"n_h = {n_h}, {activation}, learning rate {learning_rate}, {initialization}"
plots.plot_decision_boundary(lambda points: predict(experiment, points, activation=activation),
                             X, Y, title=title)
