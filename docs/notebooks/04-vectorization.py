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
# # Notebook: vectorization, measured on your machine
#
# Companion to [chapter 4](../../chapters/04-vectorization/). The site runs this notebook when
# it is built, so the numbers below come from the build machine; download it and run it to
# get your own. Samples are columns: $X$ has shape $(n_x, m)$, $w$ has shape $(n_x, 1)$ and
# $Z = w^\top X + b$ has shape $(1, m)$.

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
# ## Same numbers first
#
# A faster function is only useful if it computes the same thing.

# %%
n_x, m = 20, 5_000
X = rng.standard_normal((n_x, m))
w = rng.standard_normal((n_x, 1))
b = -0.3
print(np.allclose(forward_loop(w, b, X), forward_vectorized(w, b, X)))

# %% [markdown]
# ## Then the speed-up, as m grows
#
# Change `n_x` and the list of sizes and run the cell again. The chapter found a speed-up of
# less than ten for ten examples and of at least tens of times from a thousand examples on, on
# the computer that built the site: does yours agree?

# %%
for size in (10, 1_000, 50_000):
    X_m = rng.standard_normal((n_x, size))
    result = measure_speedup(forward_loop, forward_vectorized, w, b, X_m)
    print(f"m = {size:>6,}: loop {result.loop_seconds * 1e3:8.3f} ms, "
          f"vectorized {result.vectorized_seconds * 1e3:7.4f} ms, "
          f"speed-up {result.speedup:6.1f}x")

# %% [markdown]
# ## The number of features matters too
#
# At a fixed $m$, compare a narrow and a wide $X$. With more features each loop iteration
# hands more work to NumPy, so the chapter expects the speed-up to shrink.

# %%
for features in (2, 200):
    X_wide = rng.standard_normal((features, 10_000))
    w_wide = rng.standard_normal((features, 1))
    result = measure_speedup(forward_loop, forward_vectorized, w_wide, b, X_wide)
    print(f"n_x = {features:>3}: speed-up {result.speedup:6.1f}x")

# %% [markdown]
# ## A loop over scalars
#
# `dot_loop` has no NumPy call inside its loop at all, so nearly all of its time is
# interpreter overhead.

# %%
u, v = rng.standard_normal(100_000), rng.standard_normal(100_000)
result = measure_speedup(dot_loop, dot_vectorized, u, v)
print(f"dot product of 100,000 numbers: speed-up {result.speedup:,.0f}x")

# %% [markdown]
# ## Broadcasting, and the bug it hides
#
# Adding a $(n_h, 1)$ column of biases to a $(n_h, m)$ matrix stretches the column across
# the $m$ examples. Subtracting a $(m, 1)$ column from a $(1, m)$ row builds an $(m, m)$
# matrix, silently.

# %%
b1 = np.array([[1.0], [2.0], [3.0]])
print((np.zeros((3, 4)) + b1).shape)

A = np.array([[0.9, 0.2, 0.7]])
Y = np.array([[1, 0, 1]])
print((A - Y).shape, (A - Y.T).shape)
