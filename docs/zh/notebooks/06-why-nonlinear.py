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
# # 笔记本：为什么激活函数必须是非线性的
#
# 这是[第 6 章](../../chapters/06-why-nonlinear/)的配套笔记本。你会看到每个隐藏单元都是一次逻辑回归，验证两个线性层就是一个线性层，然后在花朵数据上训练浅层网络（隐藏层分别加与不加非线性激活），并在网络从未见过的点上评分。改动其中的数字再重新运行：每个单元格调用的都是 `mlbook`。
#
# 使用恒等激活时，
# $Z^{[2]} = W^{[2]}(W^{[1]}X + b^{[1]}) + b^{[2]} = (W^{[2]}W^{[1]})X + (W^{[2]}b^{[1]} + b^{[2]})$，
# 其中 $X$ 的形状为 $(n_x, m)$，$W^{[1]}$ 为 $(n_h, n_x)$，$W^{[2]}$ 为 $(1, n_h)$。

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
# ## 由逻辑回归组成的一层
#
# 原文中的网络：两个输入、四个隐藏单元、一个输出。试试别的层大小，或者突出显示另一个隐藏单元。

# %% alt="一个 2-4-1 网络：两个输入、四个隐藏单元和一个输出，每个单元都与下一层的每个单元相连，W1、b1 和 W2、b2 标出了各自的形状；第二个隐藏单元和连入它的两个权重被突出显示。"
figure = plots.plot_network_diagram((2, 4, 1), highlight=2)
figure

# %% [markdown]
# 一个 2-4-1 网络的随机参数。隐藏层的第 $j$ 行（以 sigmoid 函数为激活函数）就是第 4 章的逻辑回归，只用单元 $j$ 自己的权重。

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
# ## 数值上的坍缩

# %%
_, cache = forward_propagation(X, parameters, activation="linear")
W_single = parameters["W2"] @ parameters["W1"]
b_single = parameters["W2"] @ parameters["b1"] + parameters["b2"]
gap = np.abs(cache["Z2"] - (W_single @ X + b_single)).max()
print(f"largest difference between two layers and one: {gap:.2e}")

# %% [markdown]
# 把 `"linear"` 换成 `"tanh"`，差别就不再是舍入误差了：

# %%
_, tanh_cache = forward_propagation(X, parameters, activation="tanh")
print(f"with tanh: {np.abs(tanh_cache['Z2'] - (W_single @ X + b_single)).max():.2f}")

# %% [markdown]
# ## 加与不加非线性时的训练
#
# 原文的设置：4 个隐藏单元，10,000 次迭代，学习率 1.2；在花朵数据的四分之三上训练，在留出的四分之一上评分。本章用了五次划分；试试 `split_seed = 0`，在这次划分上 tanh 网络会停在一个很差的解上。

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

# %% alt="在花朵数据的四分之三上训练的两个网络的决策区域，画在全部 400 个点之上：使用恒等激活时，边界是一条直线；使用 tanh 时，边界顺着花瓣走。"
figure = plots.plot_decision_boundaries(
    {
        "identity": lambda P: predict(trained["linear"], P, activation="linear"),
        "tanh": lambda P: predict(trained["tanh"], P, activation="tanh"),
    },
    X, Y, ncols=2,
)
figure

# %% [markdown]
# ## 动手试一试
#
# - 用 `n_h=20` 训练线性网络：留出点上的准确率会变吗？为什么不变？
# - 把 `"tanh"` 换成 `"relu"`：一个分段线性的激活函数足以让边界弯曲吗？
# - 用 $g(z) = 2z + 1$ 手工写出前向传播，并把它合并成一层：本章说明了仿射激活函数同样会坍缩。
