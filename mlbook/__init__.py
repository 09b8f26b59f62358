"""mlbook: the code of the open textbook "From logistic regression to shallow neural networks".

Every listing, figure and number in the book comes from this package. Samples are
columns: `X` has shape `(n_x, m)` and `Y` has shape `(1, m)`.
"""

__version__ = "0.1.0"
