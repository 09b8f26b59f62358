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
# # 笔记本：激活函数
#
# [第 7 章](../../chapters/07-activation-functions/)的配套笔记本。你将画出五种激活函数及其导数，测量穿过深层堆叠的梯度如何取决于激活函数和权重的尺度，从几次不同的初始化出发比较 sigmoid 网络和 tanh 网络的训练速度，故意让一些 ReLU 单元死亡，并看看学习率会怎样左右一次比较。每个单元格都调用 `mlbook`；改动其中的数字，再运行一遍。

# %% tags=["jupyter-only"]
# %matplotlib inline

# %% alt="五种激活函数 sigmoid、tanh、ReLU、Leaky ReLU 和 ELU，每一种都与它的导数画在一起。"
import numpy as np

from mlbook import plots
from mlbook.activations import get_activation
from mlbook.datasets import load_planar_dataset, train_test_split
from mlbook.metrics import accuracy
from mlbook.shallow import initialize_parameters, nn_model, predict

FIVE = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
plots.plot_activations(names=FIVE, derivatives=True)

# %% [markdown]
# ## 每种激活函数的最大斜率
#
# $\sigma'(z) = \sigma(z)(1 - \sigma(z))$ 从不超过 $\tfrac14$；$\tanh'$ 则能达到 1。

# %%
z = np.linspace(-10.0, 10.0, 20_001)
for name in FIVE:
    g, g_prime = get_activation(name)
    print(f"{name:>10}: output in [{g(z).min():+.5f}, {g(z).max():+.5f}] (rounded), "
          f"largest slope {g_prime(z).max():.4f}")

# %% [markdown]
# ## 穿过堆叠的梯度
#
# 把一个全为 1 的梯度反向传过 `depth` 层、每层 20 个单元的堆叠，测量到达输入处的梯度的平均大小（`mlbook.activations.gradient_through_stack`）。在通常的权重尺度下，sigmoid 的梯度几乎完全消失。

# %%
from mlbook.activations import WEIGHT_SCALES, gradient_through_stack, scale_sweep

for name in FIVE:
    sizes = [gradient_through_stack(name, depth) for depth in (1, 5, 10, 20)]
    print(f"{name:>10}:", "  ".join(f"{size:.1e}" for size in sizes))

# %% [markdown]
# 由于 $\sigma(z) = (1 + \tanh(z/2))/2$，更大的权重可以弥补更平的斜率，但也会把更多单元推进平坦的尾部。`scale_sweep` 把权重的标准差依次乘以 `WEIGHT_SCALES` 中的每个尺度，同时测量这两者。

# %%
sigmoid_from_tanh = (1 + np.tanh(z / 2)) / 2
print("largest gap between sigmoid(z) and (1 + tanh(z/2))/2:",
      np.abs(get_activation("sigmoid")[0](z) - sigmoid_from_tanh).max())

# %% alt="随权重尺度的变化：20 层 sigmoid 堆叠和 20 层 tanh 堆叠输入处的梯度，以及它们饱和单元的占比。"
plots.plot_scale_sweep(WEIGHT_SCALES, {name: scale_sweep(name) for name in ("sigmoid", "tanh")})

# %% [markdown]
# ## 从几次初始化出发的 sigmoid 网络与 tanh 网络
#
# `iterations_to_cost` 对每个随机种子训练一次有四个隐藏单元的花朵网络，统计代价降到 0.5 以下所需的迭代次数（`inf` 表示在这次运行中没有降到）。正文用了九次初始化；这里只用三次，好让这个单元格运行得快些。中心化 sigmoid $\sigma(z) - \tfrac12$ 和陡峭 sigmoid $\sigma(4z)$ 各自具有 tanh 的一个性质。

# %%
from mlbook.shallow import iterations_to_cost

for name in ("sigmoid", "centred_sigmoid", "steep_sigmoid", "tanh"):
    print(f"{name:>15}:", iterations_to_cost(name, seeds=(0, 1, 2)))

# %% [markdown]
# ## 死亡的 ReLU 单元
#
# 所有隐藏层偏置的初始值都是 $-0.5$，所以在花朵数据上，每个预激活值一开始都是负的。

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
# ## 学习率左右比较的结果
#
# 正文先为每种激活函数从三个学习率中选出最好的一个，再在留出的点上比较它们。原因在这里：同一个 tanh 网络，同一个初始化，两个学习率。

# %%
X_train, X_test, Y_train, Y_test = train_test_split(X, Y)
runs = {}
for learning_rate in (1.2, 4.8):
    runs[learning_rate] = nn_model(X_train, Y_train, n_h=4, num_iterations=2_000,
                                   learning_rate=learning_rate)
    print(f"learning rate {learning_rate}: test accuracy "
          f"{accuracy(predict(runs[learning_rate], X_test), Y_test):.0%}")

# %% alt="分别以学习率 1.2 和 4.8 训练的 tanh 网络在花朵数据集留出点上的决策区域。"
plots.plot_decision_boundaries(
    {f"tanh, α = {rate}": (lambda P, rate=rate: predict(runs[rate], P)) for rate in runs},
    X_test, Y_test, ncols=2,
)

# %% [markdown]
# ## 动手试试
#
# - 用更多随机种子或另一个 `learning_rate` 运行 `iterations_to_cost`：四种激活函数的顺序还成立吗？
# - 使用原文的初始化，把 ReLU 网络的学习率提高到 10，数一数死亡的单元。
# - 给 ELU 配上学习率 0.1、0.3 和 1.2，比较它们的测试准确率。
