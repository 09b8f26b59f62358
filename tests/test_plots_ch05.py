"""plot_gradient_check_errors (chapter 5): error against epsilon, with the threshold line."""

from __future__ import annotations

import numpy as np
import pytest

from mlbook.plots import plot_gradient_check_errors


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
def test_bad_input_names_the_argument(epsilons, errors, threshold, error, message) -> None:
    with pytest.raises(error, match=message):
        plot_gradient_check_errors(epsilons, errors, threshold=threshold)
