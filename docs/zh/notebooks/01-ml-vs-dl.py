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
# # 笔记本：机器学习与深度学习
#
# [第 1 章](../../chapters/01-ml-vs-dl/)的配套笔记本。我们在花朵数据集上比较三个模型：原始坐标上的逻辑回归、同一个模型换上手工设计的特征，以及一个自己学习特征的小型网络。每个模型都在四分之三的点上训练，再在它从未见过的另外四分之一上评判。修改单元格后重新运行：下面的每个数字都是算出来的，没有一个是手工填写的。

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np

from mlbook import plots
from mlbook.datasets import load_planar_dataset, petal_feature, train_test_split
from mlbook.logistic import logistic_regression, predict
from mlbook.metrics import accuracy
from mlbook.shallow import nn_model
from mlbook.shallow import predict as network_predict

X, Y = load_planar_dataset()
X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=0)
print("X:", X.shape, " training:", X_train.shape, " test:", X_test.shape)

# %% alt="花朵数据的散点图：平面上的 400 个点组成花瓣，花瓣在类别 0（朱红色圆点）和类别 1（蓝色三角形）之间交替。"
plots.plot_dataset(X, Y)


# %% [markdown]
# ## 1. 原始坐标上的线性模型
#
# 逻辑回归用一条直线边界 $w^\top x + b = 0$ 做预测，其中 $w$ 的形状为 $(2, 1)$。我们在训练集上训练它，再在两个集合上分别测量它的准确率。

# %%
def report(name, predict_fn):
    """Accuracy of a model on the training and on the test set."""
    print(f"{name:>26}: training {accuracy(predict_fn(X_train), Y_train):.1%}, "
          f"test {accuracy(predict_fn(X_test), Y_test):.1%}")


raw_model = logistic_regression(X_train, Y_train)
report("raw coordinates", lambda P: predict(raw_model["w"], raw_model["b"], P))

# %% [markdown]
# ## 2. 同一个模型，换上人工设计的特征
#
# 绕着中心每转八分之一圈，颜色就变换一次；而且花朵的左半边与右半边互为镜像，颜色也相同。特征
# $f(x) = \sin(4\varphi)\,\mathrm{sign}(x_1)$（其中 $\varphi = \mathrm{atan2}(x_1, x_2)$）把这两个观察装进了同一个数（`mlbook.datasets.petal_feature`）。

# %%
feature_model = logistic_regression(petal_feature(X_train), Y_train)
report("designed feature",
       lambda P: predict(feature_model["w"], feature_model["b"], petal_feature(P)))

# %% [markdown]
# 换成你自己的特征试试：只用 $\sin 4\varphi$，或者用 $x_1 x_2$，或者用到中心的距离。哪些特征有帮助？为什么？

# %%
candidates = {
    "sin(4 angle) only": lambda P: np.sin(4 * np.arctan2(P[0], P[1])).reshape(1, -1),
    "x1 * x2": lambda P: (P[0] * P[1]).reshape(1, -1),
    "distance from the centre": lambda P: np.hypot(P[0], P[1]).reshape(1, -1),
}
for name, feature in candidates.items():
    model = logistic_regression(feature(X_train), Y_train)
    report(name, lambda P, model=model, feature=feature: predict(model["w"], model["b"],
                                                                 feature(P)))

# %% [markdown]
# ## 3. 自己学习特征的网络
#
# 一个隐藏层，四个 tanh 单元，采用原文的设置：10,000 次迭代，学习率 1.2。训练最终停在哪里取决于随机的初始权重，所以我们从三个起点训练，保留在训练集上代价最低的网络，全程不看测试集。

# %%
networks = {}
for seed in (0, 1, 2):
    trained, costs = nn_model(X_train, Y_train, n_h=4, num_iterations=10_000,
                              learning_rate=1.2, seed=seed, return_costs=True)
    networks[seed] = (costs[-1], trained)
    print(f"start {seed}: training cost {costs[-1]:.3f}, "
          f"training accuracy {accuracy(network_predict(trained, X_train), Y_train):.1%}")
network = min(networks.values(), key=lambda pair: pair[0])[1]
report("network, 4 hidden units", lambda P: network_predict(network, P))

# %% alt="三个模型在花朵数据上的决策区域：原始坐标上的逻辑回归用一条直线切开平面，而换上人工设计特征的模型和有 4 个隐藏单元的网络都把平面分成沿着花瓣的楔形。"
plots.plot_decision_boundaries(
    {
        "raw coordinates": lambda P: predict(raw_model["w"], raw_model["b"], P),
        "designed feature": lambda P: predict(
            feature_model["w"], feature_model["b"], petal_feature(P)),
        "network, 4 hidden units": lambda P: network_predict(network, P),
    },
    X, Y,
)

# %% [markdown]
# ## 4. 动手试试
#
# 最少要几个隐藏单元才够？分别训练有 1、2、3 个隐藏单元的网络（减少迭代次数可以跑得快些），把它们的测试准确率与人工设计的特征比较。每个网络只用一个起点：也试试其他随机种子。

# %%
for n_h in (1, 2, 3):
    small = nn_model(X_train, Y_train, n_h=n_h, num_iterations=3000, learning_rate=1.2)
    report(f"network, {n_h} hidden unit(s)", lambda P, small=small: network_predict(small, P))
