"""plots.plot_gradient_descent_paths (chapter 3): one panel per run, bad input named."""

from __future__ import annotations

import numpy as np
import pytest

from mlbook.gradient_descent import minimize
from mlbook.plots import plot_gradient_descent_paths


def parabola(x):
    return x**2, 2 * x


def cost(x):
    return float(x**2)


RUNS = {f"alpha = {alpha}": minimize(parabola, 4.0, learning_rate=alpha, num_iterations=8).path
        for alpha in (0.1, 0.3, 0.9)}


def test_one_panel_per_run_in_order_with_the_steps_of_that_run() -> None:
    figure = plot_gradient_descent_paths(cost, RUNS, ncols=2)
    assert [axes.get_title() for axes in figure.axes] == list(RUNS)
    for axes, path in zip(figure.axes, RUNS.values(), strict=True):
        steps = next(line for line in axes.lines if line.get_label() == "gradient-descent steps")
        np.testing.assert_allclose(steps.get_xdata(), path)
        np.testing.assert_allclose(steps.get_ydata(), path**2)


def test_the_unused_panel_of_the_grid_is_removed_and_ncols_is_capped() -> None:
    assert len(plot_gradient_descent_paths(cost, RUNS, ncols=2).axes) == 3
    wide = plot_gradient_descent_paths(cost, {"one run": [1.0, 0.5]}, ncols=4)
    assert len(wide.axes) == 1


def test_paths_of_two_variables_are_drawn_on_contours() -> None:
    figure = plot_gradient_descent_paths(lambda p: float(p @ p),
                                         {"2-D": np.array([[1.0, 1.0], [0.5, 0.5]])})
    assert figure.axes[0].get_xlabel() == "$x_1$"


def test_the_callers_paths_are_not_modified() -> None:
    path = np.array([2.0, 1.0, 0.5])
    plot_gradient_descent_paths(cost, {"run": path})
    np.testing.assert_array_equal(path, [2.0, 1.0, 0.5])


@pytest.mark.parametrize(
    ("cost_fn", "paths", "ncols", "error", "message"),
    [
        ("x**2", RUNS, 2, TypeError, "cost_fn must be callable"),
        (cost, [1.0, 0.5], 2, TypeError, "paths must be a non-empty dict"),
        (cost, {}, 2, TypeError, "paths must be a non-empty dict"),
        (cost, {"bad": np.ones((3, 3))}, 2, ValueError, r"paths\['bad'\] must have shape"),
        (cost, {"nan": [1.0, np.nan]}, 2, ValueError, r"paths\['nan'\]"),
        (cost, RUNS, 0, ValueError, "ncols"),
    ],
)
def test_bad_input_is_named(cost_fn, paths, ncols, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_gradient_descent_paths(cost_fn, paths, ncols=ncols)
