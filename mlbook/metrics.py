"""How good are the predictions?"""

from __future__ import annotations

import numpy as np

from mlbook._validation import checked, labels


# --8<-- [start:accuracy]
@checked(Y_pred=labels(rows=1), Y=labels(like="Y_pred"))
def accuracy(Y_pred: np.ndarray, Y: np.ndarray) -> float:
    """Fraction of examples whose predicted label equals the true label.

    Parameters
    ----------
    Y_pred : ndarray of shape (1, m)
        Predicted labels, 0 or 1 (booleans are accepted).
    Y : ndarray of shape (1, m)
        True labels, 0 or 1.

    Returns
    -------
    float
        A number in [0, 1].

    Raises
    ------
    TypeError
        If either argument is not numeric.
    ValueError
        If either holds values other than 0 and 1, or NaN, or the shapes differ.

    Examples
    --------
    >>> accuracy(np.array([[1, 0, 1, 1]]), np.array([[1, 0, 0, 1]]))
    0.75
    """
    return float(np.mean(Y_pred == Y))
# --8<-- [end:accuracy]
