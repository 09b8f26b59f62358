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
# # Notebook: logistic regression
#
# The companion of [chapter 2](../chapters/02-logistic-regression.md). We build the
# prediction $A = \sigma(w^\top X + b)$ of shape $(1, m)$, look at the log loss and the
# squared error along a line in parameter space, and train the model on real data.

# %% tags=["jupyter-only"]
# %matplotlib inline

# %%
import numpy as np
from sklearn.linear_model import LogisticRegression

from mlbook import plots
from mlbook.activations import sigmoid
from mlbook.datasets import load_breast_cancer_features, load_planar_dataset
from mlbook.logistic import logistic_regression, predict, predict_proba, propagate
from mlbook.losses import binary_cross_entropy_with_logits, mean_squared_error
from mlbook.metrics import accuracy

# %% [markdown]
# ## The sigmoid as a probability
#
# $\hat{y} = \sigma(z)$ is $P(y = 1 \mid x)$; the score $z$ is the log-odds
# $\log \frac{\hat{y}}{1 - \hat{y}}$.

# %%
z = np.array([-4.0, -2.0, 0.0, 2.0, 4.0])
p = sigmoid(z)
print("probabilities:", p.round(3))
print("log-odds give back z:", np.log(p / (1 - p)).round(3))

# %% [markdown]
# ## Squared error against log loss along a line
#
# One standardised feature, $x$ of shape $(1, m)$, the bias fixed at $-2.5$, the weight
# $w$ sweeping $[-8, 8]$. Count the local minima of each cost. Then change the bias, or
# the feature, and count again.

# %%
x, y = load_breast_cancer_features(features=["smoothness error"])
b_line = -2.5
ws = np.linspace(-8.0, 8.0, 801)
mse = np.array([mean_squared_error(sigmoid(w * x + b_line), y) for w in ws])
log_loss = np.array([binary_cross_entropy_with_logits(w * x + b_line, y) for w in ws])
for name, cost in [("squared error", mse), ("log loss", log_loss)]:
    inner = (cost[1:-1] < cost[:-2]) & (cost[1:-1] < cost[2:])
    print(f"{name:>13}: local minima at w = {ws[1:-1][inner].round(2)}")

# %% alt="Cost along a line in weight space: squared error has two separate valleys, log loss a single bowl."
plots.plot_cost_along_line(ws, {"squared error": mse, "log loss": log_loss}, xlabel="w")

# %% [markdown]
# ## One step of propagate
#
# The gradients are $dw = \frac{1}{m} X (A - Y)^\top$ of shape $(n_x, 1)$ and
# $db = \frac{1}{m}\sum (A - Y)$.

# %%
X, Y = load_breast_cancer_features()
w, b = np.zeros((X.shape[0], 1)), 0.0
grads, cost = propagate(w, b, X, Y)
print("cost at zero weights:", round(cost, 4), "(log 2 =", round(np.log(2), 4), ")")
print("dw:", grads["dw"].shape, grads["dw"].ravel().round(4), " db:", round(grads["db"], 4))

# %% [markdown]
# ## Training, and a comparison with scikit-learn
#
# Train for 5,000 iterations, compare the weights with scikit-learn's unpenalized fit, then
# plot the cost of every iteration: it should fall fast and then flatten.

# %%
model = logistic_regression(X, Y, num_iterations=5000, learning_rate=0.5)
reference = LogisticRegression(C=np.inf, tol=1e-10, max_iter=10_000).fit(X.T, Y.ravel())
print("mlbook weights:      ", model["w"].ravel().round(4), round(model["b"], 4))
print("scikit-learn weights:", reference.coef_.ravel().round(4),
      round(float(reference.intercept_[0]), 4))
print(f"accuracy: {accuracy(predict(model['w'], model['b'], X), Y):.2%}")

# %% alt="Cost of logistic regression on the breast-cancer features against the iteration, on a log scale: a quick fall that then flattens."
plots.plot_cost_curves({"learning rate 0.5": model["costs"]}, log_scale=True)

# %% [markdown]
# The probabilities carry more than the labels: how many tumours does the model put in
# the uncertain band $0.3 < \hat{y} < 0.7$?

# %%
A = predict_proba(model["w"], model["b"], X)
uncertain = ((A > 0.3) & (A < 0.7)).ravel()
X_unsure, Y_unsure = X[:, uncertain], Y[:, uncertain]
print(f"{int(uncertain.sum())} of {A.shape[1]} tumours; accuracy among them: "
      f"{accuracy(predict(model['w'], model['b'], X_unsure), Y_unsure):.0%}")

# %% [markdown]
# ## The flower: a linear boundary cannot do it
#
# The same model on the flower data: print its accuracy and draw the regions it assigns to
# each class. A single straight line is all it can draw.

# %% alt="Decision regions of logistic regression on the flower: a single straight line splits the plane and misclassifies about half of each class."
X_flower, Y_flower = load_planar_dataset()
flower = logistic_regression(X_flower, Y_flower)
print(f"accuracy: {accuracy(predict(flower['w'], flower['b'], X_flower), Y_flower):.1%}")
plots.plot_decision_boundary(lambda points: predict(flower["w"], flower["b"], points),
                             X_flower, Y_flower, title="logistic regression on the flower")
