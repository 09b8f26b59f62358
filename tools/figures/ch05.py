"""Figures of chapter 5, "Forward and backward propagation".

The computation graph of one neuron, and the page's gradient checks against epsilon: the
sweep is ``logistic_epsilon_sweep()``, computed once and shared with the page.
"""

from mlbook import plots
from mlbook.gradcheck import logistic_epsilon_sweep


def computation_graph_figure():
    nodes = {"x": (0.0, 1.3), "w": (0.0, 0.0), "b": (0.0, -1.3), "z": (3.4, 0.0),
             "a": (6.0, 0.0), "L": (8.4, 0.0), "y": (8.4, -1.3)}
    edges = [("x", "z"), ("w", "z"), ("b", "z"), ("z", "a"), ("a", "L"), ("y", "L")]
    labels = {"x": "$x$", "w": "$w$", "b": "$b$", "y": "$y$", "z": r"$z = w^\top x + b$",
              "a": r"$a = \sigma(z)$", "L": r"$\mathcal{L}(a, y)$"}
    backward = {"a": r"$da = -\frac{y}{a} + \frac{1 - y}{1 - a}$", "z": r"$dz = a - y$",
                "w": r"$dw = x\, dz$", "b": r"$db = dz$"}
    return plots.plot_computation_graph(nodes, edges, labels=labels, backward=backward)


def gradcheck_epsilon_figure():
    sweep = logistic_epsilon_sweep()
    return plots.plot_gradient_check_errors(sweep.epsilons, dict(sweep.errors))


FIGURES = {
    "ch05-computation-graph": computation_graph_figure,
    "ch05-gradcheck-epsilon": gradcheck_epsilon_figure,
}
