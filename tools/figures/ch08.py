"""Figures of chapter 8, "Backpropagation in a shallow network".

The computation graph of the network, with the four steps' derivatives under its nodes; the
training runs are the page's own: `flower_training_with_bug` trains each once per build.
"""

from __future__ import annotations

from mlbook import plots
from mlbook.shallow import flower_training_with_bug


def computation_graph():
    nodes = {"X": (0.0, 1.6), "W1": (0.0, 0.0), "b1": (0.0, -1.6), "Z1": (4.6, 0.0),
             "A1": (8.8, 0.0), "W2": (10.8, 2.3), "b2": (10.8, -2.3), "Z2": (12.8, 0.0),
             "A2": (16.2, 0.0), "L": (19.0, 0.0), "Y": (19.0, -1.6)}
    edges = [("X", "Z1"), ("W1", "Z1"), ("b1", "Z1"), ("Z1", "A1"), ("A1", "Z2"),
             ("W2", "Z2"), ("b2", "Z2"), ("Z2", "A2"), ("A2", "L"), ("Y", "L")]
    labels = {"X": "$X$", "W1": "$W^{[1]}$", "b1": "$b^{[1]}$", "Z1": "$Z^{[1]}$",
              "A1": "$A^{[1]}$", "W2": "$W^{[2]}$", "b2": "$b^{[2]}$", "Z2": "$Z^{[2]}$",
              "A2": "$A^{[2]}$", "L": "$J$", "Y": "$Y$"}
    forward = {"Z1": r"$W^{[1]} X + b^{[1]}$", "A1": r"$\tanh(Z^{[1]})$",
               "Z2": r"$W^{[2]} A^{[1]} + b^{[2]}$", "A2": r"$\sigma(Z^{[2]})$"}
    backward = {
        "Z2": r"$dZ^{[2]} = A^{[2]} - Y$",
        "W2": r"$dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]\top}$",
        "b2": r"$db^{[2]} = \frac{1}{m} \sum dZ^{[2]}$",
        "A1": r"$dA^{[1]} = W^{[2]\top} dZ^{[2]}$",
        "Z1": r"$dZ^{[1]} = dA^{[1]} \ast (1 - A^{[1]2})$",
        "W1": r"$dW^{[1]} = \frac{1}{m} dZ^{[1]} X^\top$",
        "b1": r"$db^{[1]} = \frac{1}{m} \sum dZ^{[1]}$",
    }
    return plots.plot_computation_graph(nodes, edges, labels=labels, forward=forward,
                                        backward=backward)


def buggy_gradient():
    return plots.plot_cost_curves({
        "correct gradients": flower_training_with_bug(bug=None).costs,
        "db1 left at zero": flower_training_with_bug(bug="db1 never computed").costs,
    })


FIGURES = {
    "ch08-computation-graph": computation_graph,
    "ch08-buggy-gradient": buggy_gradient,
}
