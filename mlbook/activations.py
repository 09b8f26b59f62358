"""Activation functions and their derivatives."""

from __future__ import annotations

import numpy as np

from mlbook._validation import as_finite_array


# --8<-- [start:sigmoid]
def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic sigmoid, ``1 / (1 + exp(-z))``, computed without overflow.

    Parameters
    ----------
    z : array_like of any shape
        Linear scores.

    Returns
    -------
    ndarray of the same shape as ``z``
        Values in [0, 1].

    Raises
    ------
    TypeError
        If ``z`` is not numeric.
    ValueError
        If ``z`` contains NaN or inf.

    Examples
    --------
    >>> sigmoid([-1000.0, 0.0, 2.0]).round(4)
    array([0.    , 0.5   , 0.8808])
    """
    z = as_finite_array(z, "z")
    # exp(-|z|) never overflows; choose the algebraically equal form that uses it.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
# --8<-- [end:sigmoid]
