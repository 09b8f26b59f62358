"""Plots return Figures (no pyplot state), draw what they say, and reject bad input."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb, to_rgba
from matplotlib.figure import Figure
from matplotlib.path import Path

from mlbook import plots
from mlbook.activations import get_activation
from mlbook.datasets import load_planar_dataset
from mlbook.gradient_descent import minimize
from mlbook.plots import (
    plot_computation_graph,
    plot_cost_along_line,
    plot_gradient_check_errors,
    plot_gradient_descent_paths,
    plot_network_diagram,
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


def test_every_activation_has_a_label_in_words() -> None:
    from mlbook.activations import ALL_ACTIVATION_NAMES

    assert set(plots.DISPLAY_NAMES) == set(ALL_ACTIVATION_NAMES)
    assert all("_" not in label for label in plots.DISPLAY_NAMES.values())
    figure = plots.plot_activations(["leaky_relu", "centred_sigmoid"], derivatives=False)
    assert [line.get_label() for line in figure.axes[0].lines[:2]] == ["Leaky ReLU",
                                                                       "Centred sigmoid"]


def test_scale_sweep_draws_each_gradient_and_share_at_its_scale() -> None:
    scales = [0.5, 2.0, 8.0]
    sweeps = {"sigmoid": ([1e-9, 1e-3, 2.0], [0.0, 0.1, 0.6]),
              "tanh": ([0.1, 10.0, 1e4], [0.0, 0.4, 0.7])}
    figure = plots.plot_scale_sweep(scales, sweeps)
    render(figure)
    left, right = figure.axes
    for index, (gradients, saturated) in enumerate(sweeps.values()):
        np.testing.assert_array_equal(left.lines[index].get_xdata(), scales)
        np.testing.assert_array_equal(left.lines[index].get_ydata(), gradients)
        np.testing.assert_allclose(right.lines[index].get_ydata(), np.array(saturated) * 100)
    assert left.get_yscale() == "log" and left.get_xscale() == right.get_xscale() == "log"
    assert list(left.lines[-1].get_ydata()) == [1.0, 1.0]  # the dashed line at a gradient of 1
    assert [label.get_text() for label in left.get_xticklabels()] == ["0.5", "2", "8"]
    assert [text.get_text() for text in left.get_legend().get_texts()] == ["Sigmoid", "Tanh"]


@pytest.mark.parametrize(
    ("sweeps", "error", "words"),
    [
        ({}, TypeError, "non-empty dict"),
        ({"a": ([1.0, 2.0],)}, TypeError, "must be a pair"),
        ({"a": ([1.0], [0.5])}, ValueError, "must hold 2 gradients and 2 shares"),
        ({"a": ([1.0, -2.0], [0.1, 0.2])}, ValueError, "positive"),
        ({"a": ([1.0, 2.0], [0.1, 1.5])}, ValueError, "shares between 0 and 1"),
    ],
)
def test_scale_sweep_bad_input_names_the_argument(sweeps, error, words) -> None:
    with pytest.raises(error, match=words):
        plots.plot_scale_sweep([1.0, 2.0], sweeps)


def test_iterations_by_start_puts_each_start_and_median_on_its_row() -> None:
    iterations = {"steep_sigmoid": [10.0, 30.0, 20.0], "slow": [100.0, np.inf, np.inf, 300.0]}
    figure = plots.plot_iterations_by_start(iterations, limit=1000)
    render(figure)
    axes = figure.axes[0]
    dots, median, dots_slow, median_slow, missed = axes.lines
    np.testing.assert_array_equal(dots.get_xdata(), [10.0, 30.0, 20.0])
    assert set(dots.get_ydata()) == {0} and set(dots_slow.get_ydata()) == {-1}  # first on top
    assert list(median.get_xdata()) == [20.0, 20.0]
    assert list(median_slow.get_xdata()) == [np.median([100, np.inf, np.inf, 300])] * 2
    assert list(missed.get_xdata()) == [1000] and missed.get_marker() == ">"
    assert [text.get_text() for text in axes.texts] == ["× 2"]
    assert [label.get_text() for label in axes.get_yticklabels()] == ["Steep sigmoid", "slow"]
    assert axes.get_xscale() == "log" and axes.get_xlim()[1] > 1000
    default = plots.plot_iterations_by_start({"a": [10.0, np.inf]}).axes[0]
    assert list(default.lines[-1].get_xdata()) == [13.0]  # a little right of the largest


@pytest.mark.parametrize(
    ("iterations", "error", "words"),
    [
        ({}, TypeError, "non-empty dict"),
        ({"a": []}, ValueError, "non-empty 1-D list of counts"),
        ({"a": [1.0, -3.0]}, ValueError, "counts >= 0"),
        ({"a": [1.0, np.nan]}, ValueError, "counts >= 0"),
    ],
)
def test_iterations_by_start_bad_input_names_the_argument(iterations, error, words) -> None:
    with pytest.raises(error, match=words):
        plots.plot_iterations_by_start(iterations)


def test_curve_panels_keep_one_colour_per_label_and_plot_the_data() -> None:
    x = np.linspace(0.0, 2.0, 11)
    figure = plots.plot_curve_panels(
        {"values": {"a": (x, x + 1), "b": (x, x**2 + 1)}, "more": {"b": (x, 2 * x + 1)}},
        xlabels=["x", "t"], ylabels=["y", "dy"], log_scale=True)
    render(figure)
    left, right = figure.axes
    assert [left.get_title(), right.get_title()] == ["values", "more"]
    assert (left.get_xlabel(), right.get_xlabel(), right.get_ylabel()) == ("x", "t", "dy")
    np.testing.assert_array_equal(left.lines[1].get_ydata(), x**2 + 1)
    np.testing.assert_array_equal(right.lines[0].get_xdata(), x)
    assert right.lines[0].get_color() == left.lines[1].get_color() != left.lines[0].get_color()
    assert left.get_yscale() == right.get_yscale() == "log"


@pytest.mark.parametrize(("kwargs", "error", "words"), [
    ({"panels": {"p": {"a": ([0.0, 1.0], [0.0, 1.0])}}, "xlabels": ["x", "y"],
      "ylabels": ["y"]}, ValueError, "one per panel"),
    ({"panels": {"p": {"a": ([0.0, 1.0], [0.0])}}, "xlabels": ["x"], "ylabels": ["y"]},
     ValueError, "one length"),
    ({"panels": {"p": {"a": ([0.0, 1.0], [0.0, 1.0])}}, "xlabels": ["x"], "ylabels": ["y"],
      "log_scale": True}, ValueError, "positive"),
    ({"panels": {}, "xlabels": [], "ylabels": []}, TypeError, "non-empty"),
])
def test_curve_panels_refuse_bad_input(kwargs, error, words) -> None:
    with pytest.raises(error, match=words):
        plots.plot_curve_panels(**kwargs)


def test_cost_surfaces_draw_contours_in_the_right_orientation_and_the_paths() -> None:
    x, y = np.linspace(-2.0, 2.0, 41), np.linspace(0.0, 1.0, 11)
    J = (x[None, :] - 1.0) ** 2 + 5 * (y[:, None] - 0.2) ** 2  # minimum at x = 1, y = 0.2
    path = np.array([[-2.0, 1.0], [0.0, 0.5], [1.0, 0.2]])
    figure = plots.plot_cost_surfaces({"bowl": (x, y, J, {"descent": path})},
                                      xlabel="w1", horizontal_lines={"y = 0.5": 0.5})
    render(figure)
    axes = figure.axes[0]
    assert axes.get_xlim() == (-2.0, 2.0) and axes.get_ylim() == (0.0, 1.0)
    assert (axes.get_title(), axes.get_xlabel(), axes.get_ylabel()) == ("bowl", "w1", "b")
    descent = next(line for line in axes.lines if line.get_label() == "descent")
    np.testing.assert_array_equal(descent.get_xydata(), path)
    dashed = next(line for line in axes.lines if line.get_label() == "y = 0.5")
    assert set(dashed.get_ydata()) == {0.5}
    # the innermost contour surrounds the minimum at (1, 0.2), not a transposed (0.2, 1)
    innermost = axes.collections[0].get_paths()[0].vertices
    assert abs(innermost[:, 0].mean() - 1.0) < 0.1 and abs(innermost[:, 1].mean() - 0.2) < 0.1


def test_cost_surfaces_refuse_a_transposed_grid() -> None:
    x, y = np.linspace(0.0, 1.0, 5), np.linspace(0.0, 1.0, 3)
    with pytest.raises(ValueError, match=r"shape \(len\(y\), len\(x\)\)"):
        plots.plot_cost_surfaces({"t": (x, y, np.zeros((5, 3)), {})})
    with pytest.raises(ValueError, match=r"\(n, 2\)"):
        plots.plot_cost_surfaces({"t": (x, y, np.zeros((3, 5)), {"p": np.zeros((4, 3))})})


# plot_computation_graph (chapters 5 and 8): boxes where asked, one forward arrow per edge,
# derivatives and backward arrows only where a derivative is given, bad input named.

GRAPH_NODES = {"x": (0.0, 1.0), "w": (0.0, -1.0), "z": (3.0, 0.0), "a": (6.0, 0.0)}
GRAPH_EDGES = [("x", "z"), ("w", "z"), ("z", "a")]


def drawn_graph(**texts) -> Figure:
    figure = plot_computation_graph(GRAPH_NODES, GRAPH_EDGES, **texts)
    render(figure)  # arrows are clipped to the boxes when drawn
    return figure


def texts_by_label(figure: Figure) -> dict:
    return {text.get_label(): text for text in figure.axes[0].texts}


def test_every_node_is_a_box_at_its_position_showing_its_label() -> None:
    figure = drawn_graph(labels={"z": "$z = w x$"})
    texts = texts_by_label(figure)
    assert [label for label in texts if label.startswith("node")] == [
        "node x", "node w", "node z", "node a"]
    for node, position in GRAPH_NODES.items():
        assert texts[f"node {node}"].get_position() == position
        assert texts[f"node {node}"].get_bbox_patch() is not None
    assert [texts[f"node {n}"].get_text() for n in GRAPH_NODES] == ["x", "w", "$z = w x$", "a"]
    # inputs (no incoming edge) grey, computed nodes blue
    colours = {n: texts[f"node {n}"].get_bbox_patch().get_facecolor() for n in GRAPH_NODES}
    assert colours["x"] == colours["w"] != colours["z"] == colours["a"]
    left, right = figure.axes[0].get_xlim()
    bottom, top = figure.axes[0].get_ylim()
    assert left < 0 < 6 < right and bottom < -1 < 1 < top


def arrows(figure: Figure) -> dict:
    return {arrow.get_label(): arrow for arrow in figure.axes[0].patches}


def tail_and_head(arrow) -> tuple[np.ndarray, np.ndarray]:
    """The arrow's first point, and the point of its path farthest from it (the tip)."""
    path = arrow.get_path()
    vertices = path.vertices[path.codes != Path.CLOSEPOLY]  # a CLOSEPOLY vertex is ignored
    tail = vertices[0]
    return tail, vertices[np.argmax(np.linalg.norm(vertices - tail, axis=1))]


def nearest_node(point: np.ndarray) -> str:
    return min(GRAPH_NODES, key=lambda n: np.linalg.norm(point - np.array(GRAPH_NODES[n])))


def test_one_solid_black_arrow_per_edge_from_source_to_target() -> None:
    drawn = arrows(drawn_graph())
    assert list(drawn) == ["forward x -> z", "forward w -> z", "forward z -> a"]
    for (source, target), arrow in zip(GRAPH_EDGES, drawn.values(), strict=True):
        tail, head = tail_and_head(arrow)
        assert (nearest_node(tail), nearest_node(head)) == (source, target)
        assert arrow.get_linestyle() == "-"
        assert arrow.get_edgecolor() == (0.0, 0.0, 0.0, 1.0)


def test_derivatives_go_below_values_above_and_backward_arrows_leave_their_targets() -> None:
    figure = drawn_graph(forward={"z": "1.5"}, backward={"w": "dw = x dz", "z": "dz"})
    texts = texts_by_label(figure)
    assert texts["forward z"].get_text() == "1.5" and texts["forward z"].xyann[1] > 0
    assert texts["backward w"].get_text() == "dw = x dz" and texts["backward w"].xyann[1] < 0
    assert texts["backward z"].xy == GRAPH_NODES["z"]
    vermillion = (0xD5 / 255, 0x5E / 255, 0.0, 1.0)
    assert np.allclose(to_rgba(texts["backward z"].get_color()), vermillion)
    drawn = arrows(figure)
    # x has no derivative: no backward arrow towards it
    assert [label for label in drawn if label.startswith("backward")] == [
        "backward z -> w", "backward a -> z"]
    for label, (source, target) in (("backward z -> w", ("z", "w")),
                                    ("backward a -> z", ("a", "z"))):
        tail, head = tail_and_head(drawn[label])
        assert (nearest_node(tail), nearest_node(head)) == (source, target)
        assert drawn[label].get_linestyle() == "--"
        assert np.allclose(drawn[label].get_edgecolor(), vermillion)


def test_the_title_and_the_legend_of_both_passes() -> None:
    figure = plot_computation_graph(GRAPH_NODES, GRAPH_EDGES, title="One neuron")
    assert figure._suptitle.get_text() == "One neuron"
    legend = figure.legends[0]
    assert [text.get_text() for text in legend.get_texts()] == [
        "forward pass: values", "backward pass: derivatives of the loss"]


@pytest.mark.parametrize(
    ("nodes", "edges", "texts", "error", "message"),
    [
        ({}, [], {}, TypeError, "nodes must be a non-empty dict"),
        ([("x", (0, 0))], [], {}, TypeError, "nodes must be a non-empty dict"),
        ({"x": (0, 0, 1)}, [], {}, ValueError, r"nodes\['x'\] must be a position"),
        ({"x": (0, np.nan)}, [], {}, ValueError, r"nodes\['x'\].*only finite"),
        ({1: (0, 0)}, [], {}, TypeError, "nodes must have strings as node names"),
        ({"x": (0, 0)}, "xz", {}, TypeError, "edges must be a list of"),
        ({"x": (0, 0)}, [("x", "z")], {}, ValueError, "'z' is not in nodes"),
        ({"x": (0, 0)}, [("x",)], {}, ValueError, "edges must hold .source, target. pairs"),
        ({"x": (0, 0)}, [("x", "x")], {}, ValueError, "edge from 'x' to itself"),
        ({"x": (0, 0)}, [], {"backward": {"y": "dy"}}, ValueError,
         "backward has a text for 'y', which is not in nodes"),
        ({"x": (0, 0)}, [], {"labels": {"x": 1.0}}, TypeError,
         r"labels\['x'\] must be a string"),
        ({"x": (0, 0)}, [], {"forward": ["x"]}, TypeError, "forward must be a dict"),
    ],
)
def test_computation_graph_bad_input_is_named(nodes, edges, texts, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_computation_graph(nodes, edges, **texts)


# plot_network_diagram (chapters 6 and 8): units, weights, layer names and shapes, one unit lit.

def units(figure: Figure) -> dict:
    return {circle.get_label(): circle for circle in figure.axes[0].patches}


def test_one_circle_per_unit_in_columns_and_one_line_per_weight() -> None:
    figure = plot_network_diagram((2, 4, 1))
    render(figure)
    drawn = units(figure)
    assert list(drawn) == ["unit 0.1", "unit 0.2", "unit 1.1", "unit 1.2", "unit 1.3",
                           "unit 1.4", "unit 2.1"]
    columns = {label: drawn[label].center[0] for label in drawn}
    assert columns["unit 0.1"] == columns["unit 0.2"] < columns["unit 1.1"] < columns["unit 2.1"]
    heights = [drawn[f"unit 1.{i}"].center[1] for i in range(1, 5)]
    assert heights == sorted(heights, reverse=True) and np.isclose(np.mean(heights), 0.0)
    lines = figure.axes[0].lines
    assert len(lines) == 2 * 4 + 4 * 1
    for line in lines:  # each weight joins unit `source` of layer l-1 to unit `unit` of layer l
        layer, unit, source = map(int, line.get_label().split()[1].split("."))
        start = np.array([line.get_xdata()[0], line.get_ydata()[0]])
        end = np.array([line.get_xdata()[-1], line.get_ydata()[-1]])
        tail, head = drawn[f"unit {layer - 1}.{source}"], drawn[f"unit {layer}.{unit}"]
        assert np.isclose(np.linalg.norm(start - tail.center), tail.radius)
        assert np.isclose(np.linalg.norm(end - head.center), head.radius)


def test_units_layers_and_parameters_are_named_with_their_shapes() -> None:
    texts = [text.get_text() for text in plot_network_diagram((2, 4, 1)).axes[0].texts]
    assert texts[:7] == ["$x_{1}$", "$x_{2}$", "$a^{[1]}_{1}$", "$a^{[1]}_{2}$",
                         "$a^{[1]}_{3}$", "$a^{[1]}_{4}$", "$a^{[2]}$"]
    assert "input layer\n$x$" in texts and "hidden layer\n$a^{[1]}$" in texts
    assert "output layer\n$a^{[2]} = \\hat{y}$" in texts
    assert "$W^{[1]}$ (4×2)\n$b^{[1]}$ (4×1)" in texts
    assert "$W^{[2]}$ (1×4)\n$b^{[2]}$ (1×1)" in texts
    two_outputs = [text.get_text() for text in plot_network_diagram((3, 2, 2)).axes[0].texts]
    assert "$a^{[2]}_{2}$" in two_outputs and "$W^{[1]}$ (2×3)\n$b^{[1]}$ (2×1)" in two_outputs


def test_the_highlighted_unit_and_only_its_incoming_weights_are_lit() -> None:
    figure = plot_network_diagram((2, 4, 1), highlight=3)
    thick = [line.get_label() for line in figure.axes[0].lines if line.get_linewidth() > 2]
    assert thick == ["weight 1.3.1", "weight 1.3.2"]
    colours = {label: circle.get_edgecolor() for label, circle in units(figure).items()}
    blue = to_rgba(plots.OKABE_ITO["blue"])
    assert [label for label, colour in colours.items() if colour == blue] == ["unit 1.3"]
    note = [t for t in figure.axes[0].texts if t.get_label() == "highlighted unit"]
    assert len(note) == 1 and "a^{[1]}_{3}" in note[0].get_text()
    plain = plot_network_diagram((2, 4, 1))
    assert all(line.get_linewidth() < 2 for line in plain.axes[0].lines)
    assert not [t for t in plain.axes[0].texts if t.get_label() == "highlighted unit"]


@pytest.mark.parametrize(
    ("sizes", "highlight", "error", "message"),
    [
        ((2,), None, TypeError, "at least two layer sizes"),
        ("241", None, TypeError, "at least two layer sizes"),
        ((2, 0, 1), None, ValueError, "layer_sizes entries must be a positive integer"),
        ((2, 4.0, 1), None, TypeError, "layer_sizes entries must be an integer"),
        ((2, 4, 1), 5, ValueError, "highlight must number a unit of the first hidden layer"),
        ((2, 1), 1, ValueError, "no hidden layer"),
        ((2, 4, 1), 0, ValueError, "highlight must be a positive integer"),
    ],
)
def test_network_diagram_bad_input_is_named(sizes, highlight, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_network_diagram(sizes, highlight=highlight)


# What the figures show, on inputs whose picture is known.

def pixel(figure: Figure, axes, x: float, y: float) -> np.ndarray:
    """The RGB colour (0-255) drawn at data point (x, y) of ``axes``."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    column, row = axes.transData.transform((x, y))
    return rgba[int(round(rgba.shape[0] - row)), int(round(column)), :3].astype(int)


def rgb(colour: str) -> np.ndarray:
    return (np.array(to_rgb(colour)) * 255).round().astype(int)


REGION_0, REGION_1 = (rgb(c) for c in plots.REGION_COLOURS.colors)
X4 = np.array([[-2.0, 2.0, -1.0, 1.0], [-1.0, 1.0, 1.5, -1.5]])
Y4 = np.array([[0, 1, 0, 1]])


def test_decision_regions_are_where_the_model_predicts_each_class() -> None:
    # predict_fn says class 1 exactly where x1 > 0: the right half is class 1's colour.
    figure = plots.plot_decision_boundary(lambda P: (P[0] > 0).astype(int), X4, Y4)
    axes = figure.axes[0]
    for x2 in (-2.2, -0.5, 0.5, 1.4):  # (the legend covers the top right corner)
        np.testing.assert_allclose(pixel(figure, axes, -2.7, x2), REGION_0, atol=2)
        np.testing.assert_allclose(pixel(figure, axes, 2.7, x2), REGION_1, atol=2)
        np.testing.assert_allclose(pixel(figure, axes, -0.3, x2), REGION_0, atol=2)
        np.testing.assert_allclose(pixel(figure, axes, 0.3, x2), REGION_1, atol=2)
    assert len(axes.collections) == 2  # the regions, and the boundary between them


def test_decision_regions_follow_the_second_feature_too() -> None:
    figure = plots.plot_decision_boundary(lambda P: P[1] > 0.5, X4, Y4)
    axes = figure.axes[0]
    for x1 in (-2.7, 0.0, 2.7):
        np.testing.assert_allclose(pixel(figure, axes, x1, 0.2), REGION_0, atol=2)
        np.testing.assert_allclose(pixel(figure, axes, x1, 0.8), REGION_1, atol=2)


@pytest.mark.parametrize(("label", "colour"), [(0, REGION_0), (1, REGION_1)])
def test_a_model_that_predicts_one_class_paints_the_whole_plane(label: int, colour) -> None:
    figure = plots.plot_decision_boundary(lambda P: np.full(P.shape[1], label), X4, Y4)
    axes = figure.axes[0]
    for x1, x2 in ((-2.9, -2.4), (2.9, -2.4), (0.0, 0.0), (-2.9, 2.4)):
        np.testing.assert_allclose(pixel(figure, axes, x1, x2), colour, atol=2)
    assert len(axes.collections) == 1  # no boundary to draw


def test_the_regions_cover_the_data_with_a_margin_of_one() -> None:
    calls = []

    def x1_positive(points: np.ndarray) -> np.ndarray:
        calls.append(points)
        return points[0] > 0

    figure = plots.plot_decision_boundary(x1_positive, X4, Y4)
    (points,) = calls
    assert points.shape == (2, 300 * 300)  # a 300 x 300 grid
    np.testing.assert_allclose(points.min(axis=1), X4.min(axis=1) - 1)
    np.testing.assert_allclose(points.max(axis=1), X4.max(axis=1) + 1)
    x0, y0, x1, y1 = figure.axes[0].dataLim.extents
    np.testing.assert_allclose([x0, y0], X4.min(axis=1) - 1)
    np.testing.assert_allclose([x1, y1], X4.max(axis=1) + 1)


def test_each_class_has_its_colour_marker_and_points() -> None:
    for figure in (plots.plot_dataset(X4, Y4, title="four points"),
                   plots.plot_decision_boundary(lambda P: P[0] > 0, X4, Y4)):
        axes = figure.axes[0]
        lines = {line.get_label(): line for line in axes.lines}
        for label, style in enumerate(plots.CLASS_STYLES):
            line = lines[style["label"]]
            assert line.get_color() == style["color"] and line.get_marker() == style["marker"]
            assert line.get_linestyle() == "None"
            np.testing.assert_array_equal(line.get_xdata(), X4[0, Y4[0] == label])
            np.testing.assert_array_equal(line.get_ydata(), X4[1, Y4[0] == label])
        assert [t.get_text() for t in axes.get_legend().get_texts()] == ["y = 0", "y = 1"]
        assert (axes.get_xlabel(), axes.get_ylabel()) == ("$x_1$", "$x_2$")
    assert plots.CLASS_STYLES[0]["color"] == plots.OKABE_ITO["vermillion"]
    assert plots.CLASS_STYLES[1]["color"] == plots.OKABE_ITO["blue"]
    assert figure.axes[0].get_title() == ""
    assert plots.plot_dataset(X4, Y4, title="four points").axes[0].get_title() == "four points"


def test_a_given_panel_is_drawn_into() -> None:
    figure = Figure()
    first, second = figure.subplots(1, 2)
    assert plots.plot_dataset(X4, Y4, ax=second) is figure
    assert plots.plot_decision_boundary(lambda P: P[0] > 0, X4, Y4, ax=first) is figure
    assert len(first.lines) == len(second.lines) == 2 and len(figure.axes) == 2


def test_activation_curves_are_the_functions_and_their_derivatives() -> None:
    names = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "linear"]
    figure = plots.plot_activations(names, z_min=-4.0, z_max=2.0)
    activations, derivatives = figure.axes
    for index, name in enumerate(names):
        g, g_prime = get_activation(name)
        for axes, function in ((activations, g), (derivatives, g_prime)):
            line = axes.lines[index]
            z = line.get_xdata()
            assert z[0] == -4.0 and z[-1] == 2.0 and len(z) == 601
            np.testing.assert_array_equal(line.get_ydata(), function(z))
            assert line.get_label() == plots.DISPLAY_NAMES[name]
            assert line.get_color() == plots.COLOURS[index]
    assert len({line.get_linestyle() for line in activations.lines[:4]}) == 4
    assert [axes.get_xlabel() for axes in figure.axes] == ["z", "z"]
    assert tuple(figure.get_size_inches()) == (9, 3.6)
    assert tuple(plots.plot_activations("relu", derivatives=False).get_size_inches()) == (6, 3.6)


def test_cost_curves_plot_each_history_against_its_iterations() -> None:
    histories = {"a": [0.7, 0.5, 0.4], "b": [0.9, 0.3]}
    axes = plots.plot_cost_curves(histories).axes[0]
    for index, (line, costs) in enumerate(zip(axes.lines, histories.values(), strict=True)):
        np.testing.assert_array_equal(line.get_xdata(), np.arange(len(costs)))
        np.testing.assert_array_equal(line.get_ydata(), costs)
        assert line.get_color() == plots.COLOURS[index]
    assert axes.get_yscale() == "linear"
    assert plots.plot_cost_curves(histories, log_scale=True).axes[0].get_yscale() == "log"
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("iteration", "cost J")


def test_decision_boundaries_share_one_legend_on_a_grid_of_panels() -> None:
    fns = {name: (lambda P: P[0] > 0) for name in "abc"}
    figure = plots.plot_decision_boundaries(fns, X4, Y4, ncols=2)
    assert tuple(figure.get_size_inches()) == (6, 6)  # 2 columns x 2 rows of 3 inches
    assert [axes.get_subplotspec().get_geometry() for axes in figure.axes] == [
        (2, 2, 0, 0), (2, 2, 1, 1), (2, 2, 2, 2)]
    assert all(axes.get_legend() is None for axes in figure.axes)
    (legend,) = figure.legends
    assert [text.get_text() for text in legend.get_texts()] == ["y = 0", "y = 1"]
    wide = plots.plot_decision_boundaries(fns, X4, Y4)  # 3 columns by default
    assert tuple(wide.get_size_inches()) == (9, 3) and len(wide.axes) == 3
    assert tuple(plots.plot_decision_boundaries(fns, X4, Y4, ncols=5).get_size_inches()) == (9, 3)


def test_a_cost_of_one_variable_is_drawn_around_the_path() -> None:
    path = np.array([2.0, 1.2, 0.72])
    figure = plots.plot_gradient_descent_path(lambda x: x**2, path, title="J = x^2")
    axes = figure.axes[0]
    curve, steps, start = axes.lines
    # The path spans [0.72, 2]: extent 1.28, and a margin of half of it on each side.
    x = curve.get_xdata()
    assert len(x) == 400
    np.testing.assert_allclose([x[0], x[-1]], [0.72 - 0.64, 2.0 + 0.64])
    np.testing.assert_allclose(curve.get_ydata(), x**2)
    np.testing.assert_array_equal(steps.get_xdata(), path)
    np.testing.assert_array_equal(steps.get_ydata(), path**2)
    assert (list(start.get_xdata()), list(start.get_ydata())) == ([2.0], [4.0])
    assert steps.get_color() == plots.OKABE_ITO["vermillion"] and steps.get_marker() == "o"
    assert start.get_marker() == "s" and start.get_linestyle() == "None"
    assert (axes.get_xlabel(), axes.get_ylabel(), axes.get_title()) == ("x", "J(x)", "J = x^2")
    assert [t.get_text() for t in axes.get_legend().get_texts()] == [
        "cost J(x)", "gradient-descent steps", "start"]


def test_a_short_path_still_gets_a_unit_wide_view_and_a_given_margin() -> None:
    curve = plots.plot_gradient_descent_path(lambda x: x**2, [0.1, 0.0]).axes[0].lines[0]
    np.testing.assert_allclose(curve.get_xdata()[[0, -1]], [-0.5, 0.6])  # extent at least 1
    figure = plots.plot_gradient_descent_path(lambda x: x**2, [[3.0], [1.0]], margin=0.0)
    np.testing.assert_allclose(figure.axes[0].lines[0].get_xdata()[[0, -1]], [1.0, 3.0])
    assert plots.plot_gradient_descent_path(lambda x: x**2, [5.0]).axes[0].get_title() == ""


def test_a_cost_of_two_variables_is_drawn_as_contours_under_the_path() -> None:
    path = np.array([[2.0, 3.0], [1.0, 2.0], [0.5, 1.5]])
    figure = plots.plot_gradient_descent_path(lambda p: float(p @ p), path)
    axes, colorbar = figure.axes
    contours = axes.collections[0]
    assert len(contours.levels) >= 10 and contours.levels.min() <= 1.0
    steps = axes.lines[0]
    np.testing.assert_array_equal(steps.get_xdata(), path[:, 0])
    np.testing.assert_array_equal(steps.get_ydata(), path[:, 1])
    assert (list(axes.lines[1].get_xdata()), list(axes.lines[1].get_ydata())) == ([2.0], [3.0])
    # The grid spans the path with half its extent (at least 1) as a margin on each side.
    x0, y0, x1, y1 = axes.dataLim.extents
    np.testing.assert_allclose([x0, x1, y0, y1], [-0.25, 2.75, 0.75, 3.75])
    assert colorbar.get_ylabel() == "J(x)"
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("$x_1$", "$x_2$")


@pytest.mark.parametrize(("cost_fn", "message"), [
    (lambda x: "cheap", "returned by cost_fn must be one number per point, got str 'cheap'"),
    (lambda x: np.array([x, x]), "returned by cost_fn must be one number per point, got ndarray"),
])
def test_a_cost_fn_must_return_one_number(cost_fn, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        plots.plot_gradient_descent_path(cost_fn, [1.0, 0.5])


def test_activation_ranges_and_names_are_checked() -> None:
    with pytest.raises(ValueError, match="z_max must be greater than z_min = 1.0, got 1.0"):
        plots.plot_activations(z_min=1.0, z_max=1.0)
    with pytest.raises(ValueError, match="names must hold at least one activation name"):
        plots.plot_activations([])
    with pytest.raises(ValueError, match=r"path must have shape \(k,\)"):
        plots.plot_gradient_descent_path(lambda x: x, [])
    assert plots.plot_activations("elu", z_min=-1.0, z_max=-0.5).axes[0].lines[0].get_xdata()[
        -1] == -0.5


def test_the_series_of_log_log_plots_differ_in_colour_and_marker() -> None:
    series = {f"s{i}": [1.0, 2.0] for i in range(6)}
    axes = plot_timings([1, 2], series).axes[0]
    assert [line.get_color() for line in axes.lines] == plots.COLOURS[:6]
    assert [line.get_marker() for line in axes.lines] == ["o", "s", "^", "D", "v", "o"]
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("m (number of examples)",
                                                      "time of one call (seconds)")
    axes = plot_gradient_check_errors([1e-6, 1e-3], {"a": [1e-9, 1e-7]}).axes[0]
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("epsilon", "relative error")
    assert axes.lines[-1].get_linestyle() == "--"
    assert axes.lines[-1].get_label() == "threshold 1e-07"  # the default threshold


def test_positions_along_a_line_must_be_evenly_spaced_and_increasing() -> None:
    plot_cost_along_line(np.arange(5.0), {"five points": np.arange(5.0) ** 2})
    for t in (np.arange(4.0), np.ones(5), np.array([0.0, 1.0, 2.0, 3.0, 4.001])):
        with pytest.raises(ValueError, match="t must hold at least 5 increasing"):
            plot_cost_along_line(t, {"c": np.zeros(t.size)})
    figure = plot_cost_along_line(T, {"a": T**2, "b": T**2, "c": -(T**2)})
    assert tuple(figure.get_size_inches()) == (13.5, 6)
    assert [axes.get_ylabel() for axes in figure.axes[:3]] == ["cost J"] * 3
    assert figure.axes[5].get_ylabel() == "second derivative J''"
    assert figure.axes[5].get_legend().get_texts()[0].get_text() == "J'' < 0: not convex"


def zero_lines(axes) -> tuple[bool, bool]:
    """Whether ``axes`` has a horizontal line at y = 0 and a vertical one at x = 0."""
    horizontal = any(list(line.get_ydata()) == [0, 0] and list(line.get_xdata()) == [0, 1]
                     for line in axes.lines)
    vertical = any(list(line.get_xdata()) == [0, 0] and list(line.get_ydata()) == [0, 1]
                   for line in axes.lines)
    return horizontal, vertical


def test_reference_lines_are_drawn_at_zero() -> None:
    for axes in plots.plot_activations(["relu"]).axes:
        assert zero_lines(axes) == (True, True)
    curvature = plot_cost_along_line(T, {"bowl": T**2}).axes[1]
    assert zero_lines(curvature)[0]


def test_only_strict_local_minima_are_marked() -> None:
    t = np.arange(7.0)
    figure = plot_cost_along_line(t, {"flat bottom": np.array([3.0, 1.0, 1.0, 2.0, 0.5, 0.5,
                                                                1.0])})
    assert figure.axes[0].get_legend().get_texts()[0].get_text() == "local minima: 0"


def test_colours_cycle_through_the_palette() -> None:
    histories = {f"run {i}": [1.0, 0.5] for i in range(15)}
    lines = plots.plot_cost_curves(histories).axes[0].lines
    assert [line.get_color() for line in lines] == (plots.COLOURS * 3)[:15]


def test_more_malformed_plot_inputs_are_named() -> None:
    with pytest.raises(ValueError, match=r"histories\['a'\] must be a non-empty list of costs"):
        plots.plot_cost_curves({"a": []})
    with pytest.raises(ValueError, match=r"path must have shape \(k,\)"):
        plots.plot_gradient_descent_path(lambda x: x**2, 3.0)
    with pytest.raises(ValueError, match=r"costs\['long'\] must have shape \(61,\)"):
        plot_cost_along_line(T, {"long": np.zeros(62)})
    with pytest.raises(ValueError, match="sizes must be a non-empty 1-D list of numbers, got"):
        plot_timings(5.0, {"a": [1.0]})


def test_gradient_descent_paths_grid_size() -> None:
    figure = plot_gradient_descent_paths(cost, RUNS, ncols=2)
    assert tuple(figure.get_size_inches()) == (9, 7.2)  # 2 columns x 2 rows
    assert tuple(plot_gradient_descent_paths(cost, RUNS).get_size_inches()) == (9, 7.2)
    assert tuple(plot_gradient_descent_paths(cost, RUNS, ncols=3).get_size_inches()) == (13.5,
                                                                                       3.6)


def test_figures_are_sized_for_the_page_with_thick_data_lines_and_a_grid() -> None:
    assert tuple(plots.plot_dataset(X4, Y4).get_size_inches()) == (6, 5)
    assert tuple(plots.plot_decision_boundary(lambda P: P[0] > 0, X4, Y4)
                 .get_size_inches()) == (6, 5)
    curves = plots.plot_cost_curves({"a": [1.0, 0.5]})
    assert tuple(curves.get_size_inches()) == (7, 4)
    assert curves.axes[0].lines[0].get_linewidth() == 2
    figure = plot_cost_along_line(T, {"bowl": T**2})
    for axes in figure.axes:
        assert axes.xaxis.get_gridlines()[0].get_visible()


def test_log_log_colours_cycle_through_the_palette() -> None:
    series = {f"s{i}": [1.0, 2.0] for i in range(15)}
    lines = plot_timings([1, 2], series).axes[0].lines
    assert [line.get_color() for line in lines] == (plots.COLOURS * 3)[:15]


def test_a_path_of_three_dimensions_is_refused() -> None:
    with pytest.raises(ValueError, match=r"path must have shape \(k,\)"):
        plots.plot_gradient_descent_path(lambda x: x**2, np.ones((3, 1, 1)))
