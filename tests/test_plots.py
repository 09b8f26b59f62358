"""Plots return Figures (no pyplot state), draw what they say, and reject bad input."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.figure import Figure

from mlbook import plots
from mlbook.datasets import load_planar_dataset
from mlbook.gradient_descent import minimize
from mlbook.shallow import initialize_parameters, predict

X, Y = load_planar_dataset()


def render(figure: Figure) -> None:
    assert isinstance(figure, Figure)
    figure.savefig(io.BytesIO(), format="svg")  # draws everything; RuntimeWarnings are errors
    width, _ = figure.get_size_inches()
    assert 5.5 <= width <= 9.5


def test_no_pyplot_figure_is_left_open() -> None:
    before = plt.get_fignums()
    plots.plot_activations()
    plots.plot_dataset(X, Y)
    assert plt.get_fignums() == before


def test_activations_panels_and_labels() -> None:
    figure = plots.plot_activations(["tanh", "relu"], z_min=-3, z_max=3)
    render(figure)
    assert len(figure.axes) == 2
    assert [t.get_text() for t in figure.axes[0].get_legend().get_texts()] == ["tanh", "relu"]
    assert len(plots.plot_activations("sigmoid", derivatives=False).axes) == 1


def test_decision_boundaries_calls_each_model_on_a_grid() -> None:
    calls = []

    def record(points: np.ndarray) -> np.ndarray:
        calls.append(points.shape)
        return predict(initialize_parameters(2, 4, 1), points)

    figure = plots.plot_decision_boundaries({"a": record, "b": record, "c": record}, X, Y,
                                            ncols=2)
    render(figure)
    assert [axes.get_title() for axes in figure.axes] == ["a", "b", "c"]
    assert all(shape[0] == 2 for shape in calls) and len(calls) == 3


def test_cost_curves_and_paths() -> None:
    render(plots.plot_cost_curves({"a": [1.0, 0.5, 0.25], "b": [1.0, 0.9]}, log_scale=True))
    result = minimize(lambda x: (float(x**2), 2 * x), 3.0, learning_rate=0.9, num_iterations=10)
    render(plots.plot_gradient_descent_path(lambda x: x**2, result.path))
    bowl = minimize(lambda x: (float(x @ x), 2 * x), np.array([2.0, 1.0]), 0.2, 10)
    render(plots.plot_gradient_descent_path(lambda x: float(x @ x), bowl.path, title="bowl"))


def test_user_callbacks_are_checked() -> None:
    # A predict_fn that feeds bad data to mlbook gets mlbook's error, not a silent result.
    def broken(points: np.ndarray) -> np.ndarray:
        return predict(initialize_parameters(3, 4, 1), points)

    with pytest.raises(ValueError, match="so X must have 3 rows"):
        plots.plot_decision_boundary(broken, X, Y)


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: plots.plot_activations(["softmax"]), ValueError, "names must hold names from"),
        (lambda: plots.plot_activations(z_min=2, z_max=1), ValueError, "z_max must be greater"),
        (lambda: plots.plot_dataset(np.ones((3, 4)), np.ones((1, 4))), ValueError,
         r"X must have shape \(2, m\)"),
        (lambda: plots.plot_dataset(X, Y[:, :10]), ValueError, r"Y must have shape \(1, 400\)"),
        (lambda: plots.plot_decision_boundary(lambda P: np.zeros(3), X, Y), ValueError,
         "predict_fn must return one label per column"),
        (lambda: plots.plot_decision_boundaries({}, X, Y), TypeError, "predict_fns must be"),
        (lambda: plots.plot_cost_curves({"a": [1.0, np.nan]}), ValueError,
         r"histories\['a'\] must contain only finite"),
        (lambda: plots.plot_cost_curves({"a": [1.0, 0.0]}, log_scale=True), ValueError,
         "only positive costs"),
        (lambda: plots.plot_gradient_descent_path(lambda x: x, np.ones((3, 3))), ValueError,
         r"path must have shape \(k,\)"),
    ],
)
def test_bad_input(call, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        call()


def test_gradient_descent_path_names_a_cost_fn_that_returns_a_pair() -> None:
    def cost_and_gradient(x):
        return x**2, 2 * x

    with pytest.raises(TypeError, match="cost_fn must return one number per point, got tuple"):
        plots.plot_gradient_descent_path(cost_and_gradient, [2.0, 1.0])
