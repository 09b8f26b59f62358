"""plots.plot_cost_along_line (chapter 2): what it draws and how it refuses bad input."""

from __future__ import annotations

import numpy as np
import pytest

from mlbook.plots import plot_cost_along_line

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


def test_the_caller_arrays_are_not_modified() -> None:
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
def test_bad_input_is_named(t, costs, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_cost_along_line(t, costs)
