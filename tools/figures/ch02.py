"""Figures of chapter 2, "Logistic regression".

The costs, surfaces and descent paths are those of
``mlbook.logistic.squared_error_vs_log_loss``, the function whose results the page reports.
"""

from mlbook import plots
from mlbook.datasets import load_breast_cancer_features
from mlbook.logistic import logistic_regression, predict, squared_error_vs_log_loss


def mse_vs_log_loss():
    """Both costs along the page's line, above their second derivatives."""
    result = squared_error_vs_log_loss()
    return plots.plot_cost_along_line(result.ws, dict(result.line),
                                      xlabel=f"w (b fixed at {result.b_line:g})")


def cost_surfaces():
    """Both costs over (w, b), with gradient descent from the three starts."""
    result = squared_error_vs_log_loss()
    return plots.plot_cost_surfaces(
        {name: (result.grid_w, result.grid_b, result.surfaces[name],
                {f"from {start}": run.path for start, run in result.runs[name].items()})
         for name in result.surfaces},
        horizontal_lines={f"b = {result.b_line:g}": result.b_line},
    )


def one_example():
    """The loss of one example labelled 1 against its score, and the loss's slope."""
    result = squared_error_vs_log_loss()
    return plots.plot_curve_panels(
        {"loss of one example with y = 1": {name: (result.z, loss)
                                            for name, loss in result.loss.items()},
         "its slope dL/dz": {name: (result.z, slope) for name, slope in result.slope.items()}},
        xlabels=["score z", "score z"], ylabels=["loss L", "dL/dz"],
    )


def breast_cancer_boundary():
    """Logistic regression on two standardised measurements, drawn with its boundary."""
    X, Y = load_breast_cancer_features(features=["mean radius", "mean texture"])
    model = logistic_regression(X, Y, num_iterations=5000, learning_rate=0.5)
    return plots.plot_decision_boundary(
        lambda points: predict(model["w"], model["b"], points), X, Y,
        title="mean radius and mean texture (standardised)",
    )


FIGURES = {
    "ch02-sigmoid": lambda: plots.plot_activations(names=("sigmoid",)),
    "ch02-mse-vs-logloss": mse_vs_log_loss,
    "ch02-cost-surfaces": cost_surfaces,
    "ch02-one-example": one_example,
    "ch02-breast-cancer-boundary": breast_cancer_boundary,
}
