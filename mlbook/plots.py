"""Figures of the book, drawn with matplotlib; every function returns a Figure."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from mlbook.activations import sigmoid


def plot_activations(z_min: float = -6.0, z_max: float = 6.0) -> Figure:
    """Plot the sigmoid and its derivative on ``[z_min, z_max]``.

    Parameters
    ----------
    z_min, z_max : float
        Range of the horizontal axis.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> figure = plot_activations()
    >>> [line.get_label() for line in figure.axes[0].lines]
    ['sigmoid(z)', "sigmoid'(z)"]
    """
    z = np.linspace(z_min, z_max, 241)
    s = sigmoid(z)
    figure = Figure(figsize=(6, 3.5))
    axes = figure.add_subplot()
    axes.plot(z, s, label="sigmoid(z)")
    axes.plot(z, s * (1 - s), label="sigmoid'(z)", linestyle="--")
    axes.set_xlabel("z")
    axes.grid(alpha=0.3)
    axes.legend()
    return figure
