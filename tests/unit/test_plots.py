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
from mlbook.plots import (
    plot_cost_along_line,
    plot_gradient_check_errors,
    plot_gradient_descent_paths,
    plot_timings,
)
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
    assert [t.get_text() for t in figure.axes[0].get_legend().get_texts()] == ["Tanh", "ReLU"]
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
        (lambda: plots.plot_dataset(X, np.vstack([Y, Y])), ValueError,
         r"got \(2, 400\): a single row of labels \(one output\); pass one row, e.g. Y\[\[0\]\]"),
        (lambda: plots.plot_decision_boundaries({"two": lambda P: P > 0}, X, np.vstack([Y, Y])),
         ValueError, "a single row of labels"),
        (lambda: plots.plot_decision_boundary(lambda P: P > 0, X, Y), ValueError,
         r"one label per column of its \(2, k\) input \(a single output\)"),
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

    with pytest.raises(TypeError, match="cost_fn must be one number per point, got tuple"):
        plots.plot_gradient_descent_path(cost_and_gradient, [2.0, 1.0])


# plots.plot_cost_along_line (chapter 2): what it draws and how it refuses bad input.

T = np.linspace(-3.0, 3.0, 61)


def test_one_column_per_cost_with_titles_and_labels() -> None:
    figure = plot_cost_along_line(T, {"bowl": T**2, "two valleys": (T**2 - 2) ** 2},
                                  xlabel="t")
    assert len(figure.axes) == 4
    top_left, top_right, bottom_left, bottom_right = figure.axes
    assert [top_left.get_title(), top_right.get_title()] == ["bowl", "two valleys"]
    assert bottom_left.get_xlabel() == bottom_right.get_xlabel() == "t"


def test_local_minima_are_marked_where_the_grid_has_them() -> None:
    figure = plot_cost_along_line(T, {"bowl": T**2, "two valleys": (T**2 - 2) ** 2})
    bowl, valleys = figure.axes[0], figure.axes[1]
    bowl_minima = bowl.lines[1].get_xdata()
    valley_minima = np.sort(valleys.lines[1].get_xdata())
    np.testing.assert_allclose(bowl_minima, [0.0], atol=1e-12)
    np.testing.assert_allclose(valley_minima, [-np.sqrt(2), np.sqrt(2)], atol=0.1)
    assert bowl.get_legend().get_texts()[0].get_text() == "local minima: 1"
    assert valleys.get_legend().get_texts()[0].get_text() == "local minima: 2"


def test_second_derivative_is_drawn_and_negative_curvature_shaded() -> None:
    figure = plot_cost_along_line(T, {"bowl": T**2, "two valleys": (T**2 - 2) ** 2})
    bowl_curvature, valley_curvature = figure.axes[2], figure.axes[3]
    np.testing.assert_allclose(bowl_curvature.lines[0].get_ydata(), 2.0, atol=1e-9)
    assert not bowl_curvature.collections          # convex: nothing shaded
    assert valley_curvature.collections            # 12 t^2 - 8 < 0 near t = 0: shaded
    x = valley_curvature.lines[0].get_xdata()
    y = valley_curvature.lines[0].get_ydata()
    np.testing.assert_allclose(y, 12 * x**2 - 8, atol=0.05)  # finite-difference error is 0.02 here


def test_cost_along_line_leaves_the_caller_arrays_are_not_modified() -> None:
    t, cost = T.copy(), T**2
    plot_cost_along_line(t, {"bowl": cost})
    np.testing.assert_array_equal(t, T)
    np.testing.assert_array_equal(cost, T**2)


@pytest.mark.parametrize(
    ("t", "costs", "error", "message"),
    [
        (T, {"bowl": T[:-1] ** 2}, ValueError, r"costs\['bowl'\] must have shape \(61,\)"),
        (T[::-1], {"bowl": T**2}, ValueError, "t must hold at least 5 increasing"),
        (np.array([0.0, 1.0, 3.0, 4.0, 5.0]), {"c": np.zeros(5)}, ValueError, "evenly spaced"),
        (T[:3], {"bowl": T[:3] ** 2}, ValueError, "at least 5"),
        (T, [T**2], TypeError, "costs must be a non-empty dict"),
        (T, {}, TypeError, "costs must be a non-empty dict"),
        ("abc", {"bowl": T**2}, TypeError, "t must be numeric"),
        (T, {"bowl": np.full(61, np.nan)}, ValueError, "finite"),
    ],
)
def test_cost_along_line_bad_input_is_named(t, costs, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_cost_along_line(t, costs)


# plots.plot_gradient_descent_paths (chapter 3): one panel per run, bad input named.

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
def test_gradient_descent_paths_bad_input_is_named(cost_fn, paths, ncols, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_gradient_descent_paths(cost_fn, paths, ncols=ncols)


# plot_timings (chapter 4): one log-log line per method, the data as given, bad input named.

def test_each_method_is_one_line_through_its_own_times() -> None:
    sizes = [10, 100, 1_000]
    timings = {"loop": [1e-5, 1e-4, 1e-3], "vectorized": [2e-6, 2.5e-6, 9e-6]}
    axes = plot_timings(sizes, timings).axes[0]
    assert [line.get_label() for line in axes.lines] == list(timings)
    for line, seconds in zip(axes.lines, timings.values(), strict=True):
        np.testing.assert_array_equal(line.get_xdata(), sizes)
        np.testing.assert_array_equal(line.get_ydata(), seconds)
    assert (axes.get_xscale(), axes.get_yscale()) == ("log", "log")
    assert axes.get_legend() is not None


def test_the_axis_label_can_be_changed() -> None:
    figure = plot_timings([1, 2], {"a": [1.0, 2.0]}, xlabel="n_x (features)")
    assert figure.axes[0].get_xlabel() == "n_x (features)"


@pytest.mark.parametrize(
    ("sizes", "timings", "error", "message"),
    [
        ([10, 100], {}, TypeError, "timings must be a non-empty dict"),
        ([10, 100], [1e-3, 1e-2], TypeError, "timings must be a non-empty dict"),
        ([10, 100], {"loop": [1e-3]}, ValueError, r"timings\['loop'\] must have 2 values"),
        ([10, 100], {"loop": [1e-3, 0.0]}, ValueError, r"timings\['loop'\] must hold only pos"),
        ([0, 100], {"loop": [1e-3, 1e-2]}, ValueError, "sizes must hold only positive"),
        ([[10, 100]], {"loop": [1e-3, 1e-2]}, ValueError, "sizes must be a non-empty 1-D"),
        (["ten", "hundred"], {"loop": [1.0, 2.0]}, TypeError, "sizes must be numeric"),
        ([10, 100], {"loop": [1e-3, np.inf]}, ValueError, r"timings\['loop'\].*only finite"),
    ],
)
def test_timings_bad_input_names_the_argument(sizes, timings, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_timings(sizes, timings)


def test_a_label_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(TypeError, match="xlabel must be a string, got int"):
        plot_timings([1, 2], {"a": [1.0, 2.0]}, xlabel=3)


# plot_gradient_check_errors (chapter 5): error against epsilon, with the threshold line.

def test_each_gradient_is_one_line_and_the_threshold_is_drawn() -> None:
    epsilons = [1e-9, 1e-6, 1e-3]
    errors = {"correct": [1e-7, 1e-11, 1e-6], "broken": [0.9, 0.9, 0.9]}
    axes = plot_gradient_check_errors(epsilons, errors, threshold=1e-6).axes[0]
    assert [line.get_label() for line in axes.lines] == ["correct", "broken", "threshold 1e-06"]
    for line, values in zip(axes.lines, errors.values(), strict=False):
        np.testing.assert_array_equal(line.get_xdata(), epsilons)
        np.testing.assert_array_equal(line.get_ydata(), values)
    np.testing.assert_array_equal(axes.lines[-1].get_ydata(), [1e-6, 1e-6])
    assert (axes.get_xscale(), axes.get_yscale()) == ("log", "log")


@pytest.mark.parametrize(
    ("epsilons", "errors", "threshold", "error", "message"),
    [
        ([1e-6], {}, 1e-7, TypeError, "errors must be a non-empty dict"),
        ([1e-6, 1e-3], {"a": [1e-9]}, 1e-7, ValueError, r"errors\['a'\] must have 2 values"),
        ([1e-6], {"a": [-1.0]}, 1e-7, ValueError, r"errors\['a'\] must hold only positive"),
        ([1e-6], {"a": [np.nan]}, 1e-7, ValueError, r"errors\['a'\].*only finite"),
        ([1e-6], {"a": [1e-9]}, 0.0, ValueError, "threshold must be a positive number"),
        ([1e-6], {"a": [1e-9]}, [1e-7], ValueError, "threshold must be a positive number"),
        ([], {"a": []}, 1e-7, ValueError, "epsilons must be a non-empty 1-D"),
    ],
)
def test_gradient_check_errors_bad_input_names_the_argument(
    epsilons, errors, threshold, error, message
) -> None:
    with pytest.raises(error, match=message):
        plot_gradient_check_errors(epsilons, errors, threshold=threshold)


def test_cost_curves_can_be_rasterized_and_keep_their_data() -> None:
    histories = {"steady": [1.0, 0.5, 0.25], "bouncing": [1.0, 2.0, 0.5, 1.5]}
    vector = plots.plot_cost_curves(histories)
    raster = plots.plot_cost_curves(histories, rasterized=True)
    for figure, expected in ((vector, False), (raster, True)):
        lines = figure.axes[0].lines
        assert [line.get_rasterized() for line in lines] == [expected, expected]
        for line, costs in zip(lines, histories.values(), strict=True):
            np.testing.assert_array_equal(line.get_ydata(), costs)
            np.testing.assert_array_equal(line.get_xdata(), np.arange(len(costs)))
    svg = io.StringIO()
    raster.savefig(svg, format="svg")
    assert "<image" in svg.getvalue()  # the curves became one embedded image
    with pytest.raises(TypeError, match="rasterized must be True or False"):
        plots.plot_cost_curves(histories, rasterized="yes")
