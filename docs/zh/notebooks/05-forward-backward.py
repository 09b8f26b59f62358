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
# # 笔记本：前向传播与反向传播
#
# [第 5 章](../../chapters/05-forward-backward/)的配套笔记本。逻辑回归是只有一个神经元的网络：
# $Z = w^\top X + b$，$A = \sigma(Z)$，形状都是 $(1, m)$；反向传播给出 $dZ = A - Y$、形状为
# $(n_x, 1)$ 的 $dw = \frac{1}{m} X\,dZ^\top$，以及 $db = \frac{1}{m}\sum_i dZ^{(i)}$。

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
# ## 计算图
#
# 一个样本，一个神经元：数值经过 $z = w^\top x + b$ 和 $a = \sigma(z)$ 向前流到损失；导数则向后流回。
# 修改下面的字典，就可以移动方框，或者为 $\sigma'(z)$ 添加一个节点。

# %% alt="单个神经元的计算图：x、w 和 b 输入 z = w 转置 x + b，z 输入 a = sigma(z)，a 与标签 y 一起输入损失；虚线箭头把导数 dz = a - y、dw = x dz 和 db = dz 传回 z、w 和 b。"
figure = plots.plot_computation_graph(
    nodes={"x": (0, 1.3), "w": (0, 0), "b": (0, -1.3), "z": (3.4, 0), "a": (6, 0),
           "L": (8.4, 0), "y": (8.4, -1.3)},
    edges=[("x", "z"), ("w", "z"), ("b", "z"), ("z", "a"), ("a", "L"), ("y", "L")],
    labels={"z": r"$z = w^\top x + b$", "a": r"$a = \sigma(z)$", "L": r"$\mathcal{L}(a, y)$"},
    backward={"z": "$dz = a - y$", "w": r"$dw = x\,dz$", "b": "$db = dz$"},
)
figure

# %% [markdown]
# ## 手工实现前向传播与反向传播
#
# 自己写出两趟传播，再与 `mlbook.logistic.propagate` 的结果比较。

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
# ## 梯度检验
#
# 代价写成参数字典的函数；梯度的键是 `"d"` 加上参数名，与 `propagate` 返回的一样。

# %%
params = {"w": w, "b": b}


def cost_fn(p):
    return binary_cross_entropy_with_logits(p["w"].T @ X + p["b"], Y)


print(f"correct: {gradient_check(cost_fn, params, grads):.1e}")

# %% [markdown]
# 现在故意把梯度弄错。也试试别的错误：把 `dZ` 的符号弄反，或者漏掉转置，看看 NumPy 会报什么。

# %%
broken = {"dw": grads["dw"], "db": grads["db"] * m}     # forgot to divide db by m
print(f"broken:  {gradient_check(cost_fn, params, broken):.1e}")
numeric = numerical_gradient(cost_fn, params)
for name in ("dw", "db"):
    print(f"  {name}: {relative_error(broken[name], numeric[name]):.1e}")

# %% [markdown]
# ## ε 的选择
#
# $\varepsilon$ 太大，会把代价的曲率也测进去；太小，结果会被舍入误差淹没。

# %%
for epsilon in (1e-1, 1e-3, 1e-5, 1e-7, 1e-9, 1e-11):
    error = gradient_check(cost_fn, params, grads, epsilon=epsilon)
    print(f"epsilon = {epsilon:.0e}: relative error {error:.1e}")
