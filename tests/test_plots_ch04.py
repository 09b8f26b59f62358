"""plot_timings (chapter 4): one log-log line per method, the data as given, bad input named."""

from __future__ import annotations

import numpy as np
import pytest

from mlbook.plots import plot_timings


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
def test_bad_input_names_the_argument(sizes, timings, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_timings(sizes, timings)


def test_a_label_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(TypeError, match="xlabel must be a string, got int"):
        plot_timings([1, 2], {"a": [1.0, 2.0]}, xlabel=3)
