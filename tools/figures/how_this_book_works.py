"""Figures of the page "How this book works"."""

from mlbook import plots

FIGURES = {
    "sigmoid-and-derivative": lambda: plots.plot_activations(["sigmoid"], z_min=-6.0, z_max=6.0),
}
