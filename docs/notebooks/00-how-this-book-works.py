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
# # Notebook: how this book works
#
# Every chapter has a companion notebook like this one. The site runs it when it is
# built, so the outputs below are real; download it as `.ipynb` to run it yourself.
#
# The sigmoid squashes a score $z$ into a probability: $\sigma(z) = \frac{1}{1 + e^{-z}}$.

# %%
import numpy as np

from mlbook.activations import sigmoid

z = np.array([-2.0, 0.0, 2.0])
print(sigmoid(z).round(4))

# %% [markdown]
# ## Symmetry
#
# The curve is symmetric about $(0, \tfrac{1}{2})$: $\sigma(-z) = 1 - \sigma(z)$.

# %%
print(np.allclose(sigmoid(-z), 1 - sigmoid(z)))
