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
# # 笔记本：浅层神经网络中的反向传播
#
# [第 8 章](../../chapters/08-backprop-shallow/)的配套笔记本。我们先手算一个小网络的反向传播，把数字一步步代进去；再逐行算出花朵网络的六个梯度，把每一个都与 `mlbook.shallow.backward_propagation` 比较；然后让梯度检验来评判两者；最后训练一个有两个输出的网络。
#
# 网络为：$Z^{[1]} = W^{[1]} X + b^{[1]}$，$A^{[1]} = \tanh(Z^{[1]})$，$Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}$，$A^{[2]} = \sigma(Z^{[2]})$，其中 $X$ 的形状为 $(n_x, m)$。

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
# ## 手算一个 2-2-1 网络
#
# 两个输入，两个 tanh 隐藏单元，一个 sigmoid 输出，一个样本 $x = (1, 2)$，标签 $y = 1$，与正文中的例子相同。改动一个权重，再运行一次这个单元格：最后的检查会把每个梯度都与 `backward_propagation` 比较。

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
# ## 花朵数据上的六个梯度，每个一行
#
# 输出层：$dZ^{[2]} = A^{[2]} - Y$，$dW^{[2]} = \frac1m dZ^{[2]} A^{[1]\top}$，$db^{[2]} = \frac1m \sum_i dz^{[2](i)}$。隐藏层：$dZ^{[1]} = W^{[2]\top} dZ^{[2]} \odot (1 - (A^{[1]})^2)$，$dW^{[1]} = \frac1m dZ^{[1]} X^\top$，$db^{[1]} = \frac1m \sum_i dz^{[1](i)}$。权重是随机的，大小接近实际，这样每个梯度都明显不为零。

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
# ## 数值梯度
#
# `numerical_gradient` 把每个参数的每个元素改变 $\pm\varepsilon$，再取代价的中心差分。下面把它与解析的 $dW^{[2]}$ 并排列出：

# %%
def flower_cost(params):
    return compute_cost(forward_propagation(X, params)[0], Y)


numeric = numerical_gradient(flower_cost, parameters)
print("analytic dW2:", grads["dW2"].round(6))
print("numeric  dW2:", numeric["dW2"].round(6))
print(f"relative error over all parameters: {gradient_check(flower_cost, parameters, grads):.2e}")

# %% [markdown]
# ## 动手试试：弄坏反向传播
#
# 改动上面手写梯度中的一行（去掉 `(1 - A1**2)`、转置错矩阵、忘掉 `/ m`），然后再运行一次检验。正确的反向传播得分远低于 $10^{-7}$；弄坏了的得分要高出几个数量级。

# %%
broken = {**by_hand, "dW1": (parameters["W2"].T @ dZ2) @ X.T / m}  # tanh derivative dropped
broken_error = gradient_check(flower_cost, parameters, broken)
print(f"relative error with the tanh derivative dropped: {broken_error:.2e}")
assert broken_error > 1e-3 > 1e-7 > gradient_check(flower_cost, parameters, grads)

# %% [markdown]
# ## 两个输出，两个标签
#
# $Y$ 可以有多行，每行一个标签；这时网络为每一行配一个 sigmoid 输出。这些点与正文中的相同：一个标签表示点是否位于半径为 1.5 的圆内，另一个表示点的两个坐标是否同号。每个输出都用它自己的那一行标签来打分。

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

# %% alt="两个标签的数据点，以及第一个输出判为“在圆内”的区域：正方形中间的一块圆形区域，沿着半径为 1.5 的圆。"
plots.plot_decision_boundary(lambda points: predict(two_outputs, points)[0], X_two,
                             Y_two[[0]], title="output 1: inside the circle")

# %% alt="同样的点，以及第二个输出判为“同号”的区域：右上和左下两个象限，边界是贴近两条坐标轴的曲线。"
plots.plot_decision_boundary(lambda points: predict(two_outputs, points)[1], X_two,
                             Y_two[[1]], title="output 2: coordinates of the same sign")

# %% [markdown]
# ## 在原文的起点
#
# 使用原文的初始权重（尺度 0.01）时，所有梯度都很小，隐藏层工作在 tanh 的线性部分，那里的 $1 - (A^{[1]})^2$ 接近 1：

# %%
start = initialize_parameters(n_x=2, n_h=4, n_y=1)
_, start_cache = forward_propagation(X, start)
start_grads = backward_propagation(start, start_cache, X, Y)
print(f"mean of 1 - A1**2 at the start: {np.mean(1 - start_cache['A1'] ** 2):.5f}")
print({name: float(np.abs(value).max()) for name, value in start_grads.items()})
