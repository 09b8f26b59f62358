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
# The companion of [chapter 2](../../chapters/02-logistic-regression/). We build the
# prediction $A = \sigma(w^\top X + b)$ of shape $(1, m)$, compare the log loss with the
# squared error, train the model on a training set and judge it on a test set, and watch
# what happens when the classes can be separated and when no line fits.

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
# $w$ sweeping $[-8, 8]$. Count the local minima of each cost. Then change the bias: for
# which values of $b$ does the squared error have two valleys along $w$?

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

# %% alt="Cost along the line b = -2.5 in parameter space: squared error has two separate valleys and a second derivative that is negative in places, log loss a single bowl whose second derivative stays positive."
plots.plot_cost_along_line(ws, costs, xlabel="w (b fixed at -2.5)")


# %% [markdown]
# ## With the bias free
#
# The two valleys are slices of a surface over $(w, b)$. Let gradient descent move both
# parameters, from $w = -6$ and $w = 6$ on the line: where do the runs end, and how many
# steps do they take? The loop below is plain gradient descent on the pair $(w, b)$.

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
# The start $(0, -6)$ makes the model confidently wrong about every benign tumour. There
# the squared error's slope almost vanishes: for one example labelled 1 it is
# $2(\sigma(z) - 1)\,\sigma(z)(1 - \sigma(z))$, against $\sigma(z) - 1$ for the log loss.

# %% alt="Slopes of the loss of one example labelled 1 against its score z: the squared error's slope is close to zero for very negative scores, while the log loss's slope approaches -1."
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
# ## A training set and a test set
#
# Hold out a quarter of the tumours, standardise with the training set's mean and
# standard deviation only, train, and compare with scikit-learn's unpenalised fit.

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

# %% alt="Cost of logistic regression on three breast-cancer features against the iteration, on a log scale: a quick fall that then flattens."
plots.plot_cost_curves({"learning rate 0.5": model["costs"]}, log_scale=True)

# %% [markdown]
# The probabilities carry more than the labels: how many test tumours does the model put
# in the uncertain band $0.3 < \hat{y} < 0.7$, and how often is it right about them?

# %%
A = predict_proba(model["w"], model["b"], X_test)
uncertain = ((A > 0.3) & (A < 0.7)).ravel()
unsure_predictions = predict(model["w"], model["b"], X_test[:, uncertain])
print(f"{int(uncertain.sum())} of {A.shape[1]} test tumours; accuracy among them: "
      f"{accuracy(unsure_predictions, Y_test[:, uncertain]):.0%}")

# %% [markdown]
# ## When a hyperplane separates the classes
#
# With all 30 measurements the training tumours can be separated by a hyperplane, so the
# log loss has no minimum. Keep training and watch the length of $w$, the cost and the
# two accuracies.

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
# ## The flower: what the log loss prefers
#
# On the flower, the line with the lowest log loss is not the line with the fewest
# mistakes. Compare the two, then look at the regions logistic regression predicts.

# %%
X_flower, Y_flower = load_planar_dataset()
flower = logistic_regression(X_flower, Y_flower)
A_flower = predict_proba(flower["w"], flower["b"], X_flower)
flower_accuracy = accuracy(predict(flower["w"], flower["b"], X_flower), Y_flower)
print(f"logistic regression: {flower_accuracy:.1%}, "
      f"cost {flower['costs'][-1]:.3f}, outputs from {A_flower.min():.2f} to {A_flower.max():.2f}")
print(f"best straight line:  {best_linear_accuracy(X_flower, Y_flower)[0]:.2%}")

# %% alt="Decision regions of logistic regression on the flower: a single straight line splits the plane into two halves, each holding petals of both colours."
plots.plot_decision_boundary(lambda points: predict(flower["w"], flower["b"], points),
                             X_flower, Y_flower, title="logistic regression on the flower")
