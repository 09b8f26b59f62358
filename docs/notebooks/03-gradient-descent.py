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
# The companion of [chapter 3](../../chapters/03-gradient-descent/). Each step is
# $x := x - \alpha\, J'(x)$; here you can change the learning rate $\alpha$, the features'
# scale, the schedule, the batch size and the stopping tolerance and watch what happens.

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

# %% alt="Cost curves of logistic regression for learning rates 0.01, 1, 20 and 100, on a log scale: the smallest rate falls slowly, 1 falls smoothly, 20 bounces and then settles, 100 keeps bouncing."
X, Y = load_breast_cancer_features()
w0, b0 = initialize_with_zeros(X.shape[0])
histories = {}
for alpha in (0.01, 1.0, 20.0, 100.0):
    _, _, costs = optimize(w0, b0, X, Y, num_iterations=300, learning_rate=alpha)
    histories[f"alpha = {alpha:g}"] = costs
plots.plot_cost_curves(histories, log_scale=True)

# %% [markdown]
# ## A narrow trough
#
# The "mean radius" as measured (far from zero, on its own scale) and standardised. How
# many steps does each learning rate need to bring the cost within $10^{-3}$ of the lowest
# cost reached? Try other rates, or centre the feature without scaling it.

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
# ## Schedules
#
# All runs start from the same too-large rate, 1.05.

# %% alt="Cost curves on the parabola from a too-large learning rate of 1.05: the constant rate climbs, while the inverse-time, exponential and step schedules climb briefly and then fall."
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
# A schedule whose rates add up to a finite total can only travel a bounded distance.
# From a safe start, $\alpha_0 = 0.1$, how far from the minimum does each run stop?
# Change the decay rates and see which schedules stall.

# %%
for label, schedule in {"exponential 0.8": exponential_decay(0.1, decay_rate=0.8),
                        "exponential 0.99": exponential_decay(0.1, decay_rate=0.99),
                        "inverse-time 0.2": inverse_time_decay(0.1, decay_rate=0.2)}.items():
    run = minimize(parabola, 4.0, learning_rate=0.1, num_iterations=2000, schedule=schedule)
    print(f"{label:>16}: |x| after 100 steps {abs(float(run.path[100])):.2e}, "
          f"after 2000 {abs(float(run.x)):.2e}")

# %% [markdown]
# ## Mini-batches
#
# Batches of 32 at a constant rate and at a decaying one, against the full batch, for 50
# epochs. Change the batch size, the rates and the seed.

# %% alt="Cost against epoch on a log scale for full-batch gradient descent and for mini-batches of 32 at a constant and at a decaying learning rate."
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
# ## Stopping
#
# With a tolerance, how many iterations does each learning rate need?

# %%
for alpha in (0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
    run = minimize(parabola, 4.0, learning_rate=alpha, num_iterations=100_000, tolerance=1e-10)
    print(f"alpha = {alpha:<4}: stopped after {run.stopped_at} iterations")
