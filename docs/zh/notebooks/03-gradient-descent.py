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
# # 笔记本：梯度下降
#
# [第 3 章](../../chapters/03-gradient-descent/)的配套笔记本。每一步都是 $x := x - \alpha\, J'(x)$；在这里，你可以改变学习率 $\alpha$、特征的尺度、调度、批量大小和停止容差，观察会发生什么。

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np

from mlbook import plots
from mlbook.datasets import load_breast_cancer_features
from mlbook.gradient_descent import (
    constant,
    exponential_decay,
    inverse_time_decay,
    minimize,
    parabola,
    step_decay,
)
from mlbook.logistic import initialize_with_zeros, optimize, optimize_minibatch

# %% [markdown]
# ## $J(x) = x^2$ 上的四种学习率
#
# 每一步都把 $x$ 乘以 $1 - 2\alpha$。运行这个单元格之前，先预测每次运行会怎样。

# %%
for alpha in (0.02, 0.3, 0.9, 1.05):
    run = minimize(parabola, 4.0, learning_rate=alpha, num_iterations=10)
    print(f"alpha = {alpha:<4}  factor {1 - 2 * alpha:+.2f}  path:",
          np.round(np.asarray(run.path, dtype=float)[:6], 3))

# %% alt="在抛物线 J(x) = x² 上以学习率 0.9 做梯度下降：每一步都从极小值的一侧跳到另一侧，同时逐渐逼近极小值。"
run = minimize(parabola, 4.0, learning_rate=0.9, num_iterations=10)
plots.plot_gradient_descent_path(lambda x: x**2, run.path, title="alpha = 0.9")

# %% [markdown]
# ## 逻辑回归的学习曲线
#
# 乳腺癌数据，三个标准化特征，$X$ 的形状为 $(3, 569)$。

# %% alt="学习率为 0.01、1、20 和 100 时逻辑回归的代价曲线，纵轴为对数刻度：最小的学习率下降缓慢，1 平滑下降，20 先弹跳后稳定，100 一直在弹跳。"
X, Y = load_breast_cancer_features()
w0, b0 = initialize_with_zeros(X.shape[0])
histories = {}
for alpha in (0.01, 1.0, 20.0, 100.0):
    _, _, costs = optimize(w0, b0, X, Y, num_iterations=300, learning_rate=alpha)
    histories[f"alpha = {alpha:g}"] = costs
plots.plot_cost_curves(histories, log_scale=True)

# %% [markdown]
# ## 狭长的沟谷
#
# “mean radius”（平均半径）特征的原始测量值（远离零，有它自己的尺度）与标准化后的版本。每个学习率需要多少步，才能让代价与达到过的最低代价相差不超过 $10^{-3}$？试试其他学习率，或者只把特征居中而不缩放。

# %%
versions = {"raw": load_breast_cancer_features(["mean radius"], standardize=False),
            "standardised": load_breast_cancer_features(["mean radius"])}
runs = {(name, rate): optimize(np.zeros((1, 1)), 0.0, X1, Y1, num_iterations=5000,
                               learning_rate=rate)[2]
        for name, (X1, Y1) in versions.items() for rate in (0.01, 0.1, 1.0)}
lowest = min(min(costs) for costs in runs.values())
for (name, rate), costs in runs.items():
    close = np.flatnonzero(np.array(costs) - lowest < 1e-3)
    print(f"{name:>12}, alpha {rate:<4}: "
          f"{close[0] if close.size else 'not within 5,000'} steps")

# %% [markdown]
# ## 学习率调度
#
# 所有运行都从同一个过大的学习率 1.05 开始。

# %% alt="在抛物线上从过大的学习率 1.05 出发的代价曲线：恒定学习率一路上升，而逆时衰减、指数衰减和阶梯衰减调度短暂上升后转而下降。"
schedules = {
    "constant": constant(1.05),
    "inverse-time": inverse_time_decay(1.05, decay_rate=0.15),
    "exponential": exponential_decay(1.05, decay_rate=0.9),
    "step": step_decay(1.05, drop=0.5, every=5),
}
for label, schedule in schedules.items():
    print(f"{label:>12}: first rates", [round(schedule(t), 3) for t in range(0, 30, 5)])
plots.plot_cost_curves(
    {label: minimize(parabola, 4.0, learning_rate=1.05, num_iterations=40,
                     schedule=schedule).costs
     for label, schedule in schedules.items()},
    log_scale=True,
)

# %% [markdown]
# 学习率之和有限的调度，只能走过有界的距离。从一个安全的起点 $\alpha_0 = 0.1$ 出发，每次运行停在离极小值多远的地方？改变衰减率，看看哪些调度会停滞不前。

# %%
for label, schedule in {"exponential 0.8": exponential_decay(0.1, decay_rate=0.8),
                        "exponential 0.99": exponential_decay(0.1, decay_rate=0.99),
                        "inverse-time 0.2": inverse_time_decay(0.1, decay_rate=0.2)}.items():
    run = minimize(parabola, 4.0, learning_rate=0.1, num_iterations=2000, schedule=schedule)
    print(f"{label:>16}: |x| after 100 steps {abs(float(run.path[100])):.2e}, "
          f"after 2000 {abs(float(run.x)):.2e}")

# %% [markdown]
# ## 小批量
#
# 大小为 32 的小批量，分别采用恒定的和衰减的学习率，与全批量对比，共 50 轮。试着改变批量大小、学习率和随机种子。

# %% alt="全批量梯度下降，以及采用恒定学习率和衰减学习率、大小为 32 的小批量梯度下降，代价随轮数的变化，纵轴为对数刻度。"
epochs = np.arange(51)
_, _, full = optimize(w0, b0, X, Y, num_iterations=51, learning_rate=10.0)
_, fixed = optimize_minibatch(w0, b0, X, Y, num_epochs=50, batch_size=32, learning_rate=0.3)
_, decaying = optimize_minibatch(w0, b0, X, Y, num_epochs=50, batch_size=32, learning_rate=3.0,
                                 schedule=inverse_time_decay(3.0, decay_rate=0.005))
plots.plot_curve_panels(
    {"cost against epochs": {"full batch, alpha = 10": (epochs, full),
                             "batches of 32, alpha = 0.3": (epochs, fixed),
                             "batches of 32, decaying from 3": (epochs, decaying)}},
    xlabels=["epoch"], ylabels=["cost J"], log_scale=True,
)

# %% [markdown]
# ## 停止
#
# 设定容差之后，每个学习率各需要多少次迭代？

# %%
for alpha in (0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
    run = minimize(parabola, 4.0, learning_rate=alpha, num_iterations=100_000, tolerance=1e-10)
    print(f"alpha = {alpha:<4}: stopped after {run.stopped_at} iterations")
