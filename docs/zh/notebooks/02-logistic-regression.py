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
# # 笔记本：逻辑回归
#
# [第 2 章](../../chapters/02-logistic-regression/)的配套笔记本。我们构造形状为 $(1, m)$ 的预测 $A = \sigma(w^\top X + b)$，比较对数损失与平方误差，在训练集上训练模型、在测试集上评判它，并观察两类可以分开时、以及没有直线能拟合时会发生什么。

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression

from mlbook import plots
from mlbook.activations import sigmoid
from mlbook.datasets import load_breast_cancer_features, load_planar_dataset, train_test_split
from mlbook.logistic import (
    initialize_with_zeros,
    logistic_regression,
    optimize,
    predict,
    predict_proba,
    propagate,
    propagate_squared_error,
)
from mlbook.metrics import accuracy, best_linear_accuracy

# %% [markdown]
# ## 把 sigmoid 函数的输出看作概率
#
# $\hat{y} = \sigma(z)$ 就是 $P(y = 1 \mid x)$；得分 $z$ 是对数几率 $\log \frac{\hat{y}}{1 - \hat{y}}$。

# %%
z = np.array([-4.0, -2.0, 0.0, 2.0, 4.0])
p = sigmoid(z)
print("probabilities:", p.round(3))
print("log-odds give back z:", np.log(p / (1 - p)).round(3))

# %% [markdown]
# ## 沿一条直线比较平方误差与对数损失
#
# 取一个标准化后的特征，$x$ 的形状为 $(1, m)$；偏置固定为 $-2.5$，权重 $w$ 扫过 $[-8, 8]$。数一数每种代价有几个局部极小值。然后改变偏置：$b$ 取哪些值时，平方误差沿 $w$ 有两个山谷？

# %%
x, y = load_breast_cancer_features(features=["smoothness error"])
b_line = -2.5
ws = np.linspace(-8.0, 8.0, 801)
costs = {name: np.array([cost_of(np.array([[w]]), b_line, x, y)[1] for w in ws])
         for name, cost_of in [("squared error", propagate_squared_error),
                               ("log loss", propagate)]}
for name, cost in costs.items():
    inner = (cost[1:-1] < cost[:-2]) & (cost[1:-1] < cost[2:])
    print(f"{name:>13}: local minima at w = {ws[1:-1][inner].round(2)}")

# %% alt="代价沿参数空间中直线 b = -2.5 的变化：平方误差有两个分开的山谷，二阶导数在一些地方为负；对数损失是一个单一的碗形，二阶导数始终为正。"
plots.plot_cost_along_line(ws, costs, xlabel="w (b fixed at -2.5)")


# %% [markdown]
# ## 放开偏置
#
# 这两个山谷是 $(w, b)$ 上一个曲面的切片。让梯度下降同时移动两个参数，从直线上的 $w = -6$ 和 $w = 6$ 出发：两次运行终止于哪里，各需要多少步？下面的循环就是在参数对 $(w, b)$ 上做普通的梯度下降。

# %%
def descend(cost_of, w, b, learning_rate=2.0, tolerance=1e-5, max_steps=20_000):
    """Gradient descent on one weight and the bias until the gradient is small."""
    for step in range(max_steps):
        grads, _ = cost_of(np.array([[w]]), b, x, y)
        dw, db = grads["dw"][0, 0], grads["db"]
        if np.hypot(dw, db) < tolerance:
            return w, b, step
        w, b = w - learning_rate * dw, b - learning_rate * db
    return w, b, max_steps


for name, cost_of in [("squared error", propagate_squared_error), ("log loss", propagate)]:
    for w0, b0 in [(-6.0, b_line), (6.0, b_line), (0.0, -6.0)]:
        w, b, steps = descend(cost_of, w0, b0)
        print(f"{name:>13} from ({w0:+.0f}, {b0:+.1f}): ends at ({w:.3f}, {b:.3f}) "
              f"after {steps} steps")

# %% [markdown]
# 在起点 $(0, -6)$，模型对每个良性肿瘤都自信地判错了。在那里，平方误差的斜率几乎消失：对一个标签为 1 的样本，它的斜率是 $2(\sigma(z) - 1)\,\sigma(z)(1 - \sigma(z))$，而对数损失的斜率是 $\sigma(z) - 1$。

# %% alt="一个标签为 1 的样本的损失的斜率随其得分 z 的变化：得分很负时，平方误差的斜率接近零，而对数损失的斜率趋于 -1。"
z = np.linspace(-8.0, 8.0, 321)
a = sigmoid(z)
plots.plot_curve_panels(
    {"loss of one example with y = 1": {"squared error": (z, (a - 1) ** 2),
                                        "log loss": (z, np.log1p(np.exp(-z)))},
     "its slope dL/dz": {"squared error": (z, 2 * (a - 1) * a * (1 - a)),
                         "log loss": (z, a - 1)}},
    xlabels=["score z", "score z"], ylabels=["loss L", "dL/dz"],
)


# %% [markdown]
# ## 训练集与测试集
#
# 留出四分之一的肿瘤，只用训练集的均值和标准差做标准化，然后训练，并与 scikit-learn 不带惩罚项的拟合结果比较。

# %%
def split_and_standardise(X, Y):
    X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=0)
    mean, std = X_train.mean(axis=1, keepdims=True), X_train.std(axis=1, keepdims=True)
    return (X_train - mean) / std, (X_test - mean) / std, Y_train, Y_test


X_train, X_test, Y_train, Y_test = split_and_standardise(
    *load_breast_cancer_features(standardize=False))
model = logistic_regression(X_train, Y_train, num_iterations=5000, learning_rate=0.5)
reference = LogisticRegression(C=np.inf, tol=1e-10, max_iter=10_000)
reference.fit(X_train.T, Y_train.ravel())
print("mlbook weights:      ", model["w"].ravel().round(4), round(model["b"], 4))
print("scikit-learn weights:", reference.coef_.ravel().round(4),
      round(float(reference.intercept_[0]), 4))
print(f"accuracy: training {accuracy(predict(model['w'], model['b'], X_train), Y_train):.1%}, "
      f"test {accuracy(predict(model['w'], model['b'], X_test), Y_test):.1%}")

# %% alt="在三个乳腺癌特征上，逻辑回归的代价随迭代次数的变化（对数刻度）：先迅速下降，然后趋于平缓。"
plots.plot_cost_curves({"learning rate 0.5": model["costs"]}, log_scale=True)

# %% [markdown]
# 概率包含的信息比标签更多：模型把多少个测试肿瘤放进了拿不准的区间 $0.3 < \hat{y} < 0.7$？它对这些肿瘤的判断有多少是对的？

# %%
A = predict_proba(model["w"], model["b"], X_test)
uncertain = ((A > 0.3) & (A < 0.7)).ravel()
unsure_predictions = predict(model["w"], model["b"], X_test[:, uncertain])
print(f"{int(uncertain.sum())} of {A.shape[1]} test tumours; accuracy among them: "
      f"{accuracy(unsure_predictions, Y_test[:, uncertain]):.0%}")

# %% [markdown]
# ## 当一个超平面能分开两类时
#
# 用上全部 30 项测量值，训练集中的肿瘤就能被一个超平面分开，因此对数损失没有极小值。继续训练，观察 $w$ 的长度、代价和两个准确率。

# %%
X30_train, X30_test, Y30_train, Y30_test = split_and_standardise(
    *load_breast_cancer_features(features=list(load_breast_cancer().feature_names),
                                 standardize=False))
w, b = initialize_with_zeros(X30_train.shape[0])
for steps in (1_000, 4_000, 15_000):
    params, _, costs = optimize(w, b, X30_train, Y30_train, num_iterations=steps,
                                learning_rate=0.5)
    w, b = params["w"], params["b"]
    print(f"|w| = {np.linalg.norm(w):5.1f}, cost {costs[-1]:.4f}, "
          f"training {accuracy(predict(w, b, X30_train), Y30_train):.1%}, "
          f"test {accuracy(predict(w, b, X30_test), Y30_test):.1%}")

# %% [markdown]
# ## 花朵数据集：对数损失偏爱什么
#
# 在花朵数据集上，对数损失最低的直线并不是犯错最少的直线。比较这两条直线，再看看逻辑回归预测出的区域。

# %%
X_flower, Y_flower = load_planar_dataset()
flower = logistic_regression(X_flower, Y_flower)
A_flower = predict_proba(flower["w"], flower["b"], X_flower)
flower_accuracy = accuracy(predict(flower["w"], flower["b"], X_flower), Y_flower)
print(f"logistic regression: {flower_accuracy:.1%}, "
      f"cost {flower['costs'][-1]:.3f}, outputs from {A_flower.min():.2f} to {A_flower.max():.2f}")
print(f"best straight line:  {best_linear_accuracy(X_flower, Y_flower)[0]:.2%}")

# %% alt="逻辑回归在花朵数据集上的决策区域：一条直线把平面分成两半，每一半里都有两种颜色的花瓣。"
plots.plot_decision_boundary(lambda points: predict(flower["w"], flower["b"], points),
                             X_flower, Y_flower, title="logistic regression on the flower")
