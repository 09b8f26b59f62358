"""Figures of the page "How this book works"."""

from mlbook import plots

FIGURES = {
    "sigmoid-and-derivative": lambda: plots.plot_activations(-6.0, 6.0),
}
