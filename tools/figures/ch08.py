"""Figures of chapter 8, "Backpropagation in a shallow network".

The training runs are the page's own: `flower_training_with_bug` trains each once per build.
"""

from __future__ import annotations

from mlbook import plots
from mlbook.shallow import flower_training_with_bug


def buggy_gradient():
    return plots.plot_cost_curves({
        "correct gradients": flower_training_with_bug(bug=None).costs,
        "db1 left at zero": flower_training_with_bug(bug="db1 never computed").costs,
    })


FIGURES = {
    "ch08-buggy-gradient": buggy_gradient,
}
