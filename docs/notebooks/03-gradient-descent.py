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
# # Notebook: gradient descent
#
# The companion of [chapter 3](../chapters/03-gradient-descent.md). Each step is
# $x := x - \alpha\, J'(x)$; here you can change the learning rate $\alpha$, the schedule
# and the stopping tolerance and watch what happens.

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
    step_decay,
)
from mlbook.logistic import initialize_with_zeros, optimize


def parabola(x):
    """The cost x**2 and its derivative 2x."""
    return x**2, 2 * x


# %% [markdown]
# ## Four learning rates on $J(x) = x^2$
#
# Each step multiplies $x$ by $1 - 2\alpha$. Predict what each run does before you run
# the cell.

# %%
for alpha in (0.02, 0.3, 0.9, 1.05):
    run = minimize(parabola, 4.0, learning_rate=alpha, num_iterations=10)
    print(f"alpha = {alpha:<4}  factor {1 - 2 * alpha:+.2f}  path:",
          np.round(np.asarray(run.path, dtype=float)[:6], 3))

# %% alt="Gradient descent on the parabola J(x) = x squared with learning rate 0.9: the steps jump from one side of the minimum to the other while closing in."
run = minimize(parabola, 4.0, learning_rate=0.9, num_iterations=10)
plots.plot_gradient_descent_path(lambda x: x**2, run.path, title="alpha = 0.9")

# %% [markdown]
# ## Learning curves of logistic regression
#
# Breast-cancer data, three standardised features, $X$ of shape $(3, 569)$.

# %% alt="Cost curves of logistic regression for learning rates 0.01, 1, 20 and 100, on a log scale: the smallest rate is slow and the largest ones bounce."
X, Y = load_breast_cancer_features()
w0, b0 = initialize_with_zeros(X.shape[0])
histories = {}
for alpha in (0.01, 1.0, 20.0, 100.0):
    _, _, costs = optimize(w0, b0, X, Y, num_iterations=300, learning_rate=alpha)
    histories[f"alpha = {alpha:g}"] = costs
plots.plot_cost_curves(histories, log_scale=True)

# %% [markdown]
# ## Schedules
#
# All runs start from the same too-large rate, 1.05.

# %% alt="Cost curves on the parabola from a too-large learning rate of 1.05: the constant rate diverges while the inverse-time, exponential and step schedules converge."
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
# ## Stopping
#
# With a tolerance, how many iterations does each learning rate need?

# %%
for alpha in (0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
    run = minimize(parabola, 4.0, learning_rate=alpha, num_iterations=100_000, tolerance=1e-10)
    print(f"alpha = {alpha:<4}: stopped after {run.stopped_at} iterations")
