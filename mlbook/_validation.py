"""Input checks shared by the public entry points (private: not part of the book's listings)."""

from __future__ import annotations

import numpy as np


def as_finite_array(value: object, name: str) -> np.ndarray:
    """Return ``value`` as a float64 array, or raise naming ``name`` if it is not numeric and finite."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError) as error:
        raise TypeError(
            f"{name} must be numeric (an array of numbers), got {type(value).__name__}"
        ) from error
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must contain only finite numbers, got NaN or inf")
    return array
