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
# # 笔记本：向量化，在你的机器上实测
#
# [第 4 章](../../chapters/04-vectorization/)的配套笔记本。网站在构建时运行这个笔记本，所以下面的数字来自构建网站的机器；下载并运行它，就能得到你自己的数字。样本按列存放：$X$ 的形状为 $(n_x, m)$，$w$ 的形状为 $(n_x, 1)$，$Z = w^\top X + b$ 的形状为 $(1, m)$。

# %%
import numpy as np

from mlbook.vectorization import (
    dot_loop,
    dot_vectorized,
    forward_loop,
    forward_vectorized,
    measure_speedup,
)

rng = np.random.default_rng(0)

# %% [markdown]
# ## 先保证结果相同
#
# 更快的函数只有在算出相同结果时才有用。

# %%
n_x, m = 20, 5_000
X = rng.standard_normal((n_x, m))
w = rng.standard_normal((n_x, 1))
b = -0.3
print(np.allclose(forward_loop(w, b, X), forward_vectorized(w, b, X)))

# %% [markdown]
# ## 再看加速比随 m 的变化
#
# 修改 `n_x` 和样本数列表，再运行一次这个单元格。在构建网站的计算机上，本章测得的加速比在十个样本时不到十倍，从一千个样本起至少达到几十倍：你的机器结果一致吗？

# %%
for size in (10, 1_000, 50_000):
    X_m = rng.standard_normal((n_x, size))
    result = measure_speedup(forward_loop, forward_vectorized, w, b, X_m)
    print(f"m = {size:>6,}: loop {result.loop_seconds * 1e3:8.3f} ms, "
          f"vectorized {result.vectorized_seconds * 1e3:7.4f} ms, "
          f"speed-up {result.speedup:6.1f}x")

# %% [markdown]
# ## 特征数同样重要
#
# 在固定的 $m$ 下，比较一个“窄”的 $X$ 和一个“宽”的 $X$。特征越多，循环的每次迭代交给 NumPy 的工作就越多，所以按本章的分析，加速比应当缩小。

# %%
for features in (2, 200):
    X_wide = rng.standard_normal((features, 10_000))
    w_wide = rng.standard_normal((features, 1))
    result = measure_speedup(forward_loop, forward_vectorized, w_wide, b, X_wide)
    print(f"n_x = {features:>3}: speed-up {result.speedup:6.1f}x")

# %% [markdown]
# ## 对标量的循环
#
# `dot_loop` 的循环里完全没有调用 NumPy，所以它的时间几乎全花在了解释器开销上。

# %%
u, v = rng.standard_normal(100_000), rng.standard_normal(100_000)
result = measure_speedup(dot_loop, dot_vectorized, u, v)
print(f"dot product of 100,000 numbers: speed-up {result.speedup:,.0f}x")

# %% [markdown]
# ## 广播，以及它掩盖的错误
#
# 把一个 $(n_h, 1)$ 的偏置列加到一个 $(n_h, m)$ 的矩阵上，会把这一列拉伸到全部 $m$ 个样本上。从一个 $(1, m)$ 的行中减去一个 $(m, 1)$ 的列，则会悄无声息地构造出一个 $(m, m)$ 矩阵。

# %%
b1 = np.array([[1.0], [2.0], [3.0]])
print((np.zeros((3, 4)) + b1).shape)

A = np.array([[0.9, 0.2, 0.7]])
Y = np.array([[1, 0, 1]])
print((A - Y).shape, (A - Y.T).shape)
