"""Figures of the book, drawn with matplotlib; every function returns a Figure.

Figures are built with `matplotlib.figure.Figure` directly (no pyplot state, no
`plt.show()`), sized for a web page, with colours from the Okabe-Ito palette (readable
with colour-blindness) and markers that differ as well as colours.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyArrowPatch

from mlbook._validation import (
    Check,
    as_finite_array,
    checked,
    flag,
    function,
    labels,
    needs,
    non_negative_number,
    optional,
    positive_int,
    samples,
    scalar,
)
from mlbook.activations import ALL_ACTIVATION_NAMES, get_activation

# Okabe & Ito (2008): distinguishable with every common form of colour-blindness.
OKABE_ITO = {
    "blue": "#0072B2", "orange": "#E69F00", "green": "#009E73", "vermillion": "#D55E00",
    "purple": "#CC79A7", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000",
}
COLOURS = [OKABE_ITO[name] for name in
           ("blue", "orange", "green", "vermillion", "purple", "sky", "black")]
CLASS_STYLES = ({"color": OKABE_ITO["vermillion"], "marker": "o", "label": "y = 0"},
                {"color": OKABE_ITO["blue"], "marker": "^", "label": "y = 1"})
REGION_COLOURS = ListedColormap(["#F6D3C2", "#C6DDF0"])  # light vermillion / light blue
# Activations are named in words on figures (legends, panel titles), as the chapters name them.
DISPLAY_NAMES = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU",
                 "leaky_relu": "Leaky ReLU", "elu": "ELU", "linear": "Linear",
                 "centred_sigmoid": "Centred sigmoid", "steep_sigmoid": "Steep sigmoid"}


def _display_name(label: str) -> str:
    """An activation's name in words (`"leaky_relu"` -> `"Leaky ReLU"`); other labels as is.

    Examples
    --------
    >>> _display_name("leaky_relu"), _display_name("alpha = 0.1")
    ('Leaky ReLU', 'alpha = 0.1')
    """
    return DISPLAY_NAMES.get(label, label)


def _activation_names(value: object, name: str) -> tuple[str, ...]:
    names = (value,) if isinstance(value, str) else tuple(value)  # type: ignore[arg-type]
    if not names:
        raise ValueError(f"{name} must hold at least one activation name")
    for activation in names:
        if activation not in ALL_ACTIVATION_NAMES:
            raise ValueError(f"{name} must hold names from {', '.join(ALL_ACTIVATION_NAMES)}; "
                             f"got {activation!r}")
    return names


def _greater_than(other: str) -> Check:
    """A check for a number greater than argument `other`."""

    @needs(other)
    def check_greater(value: object, name: str, low: float) -> float:
        number = scalar(value, name)
        if number <= low:
            raise ValueError(f"{name} must be greater than {other} = {low}, got {number}")
        return number

    return check_greater


@checked(names=_activation_names, z_min=scalar, z_max=_greater_than("z_min"), derivatives=flag)
def plot_activations(
    names: Sequence[str] = ("sigmoid", "tanh", "relu", "leaky_relu", "elu"),
    z_min: float = -6.0,
    z_max: float = 6.0,
    derivatives: bool = True,
) -> Figure:
    """Plot activations `g(z)` and, on a second panel, their derivatives `g'(z)`.

    Parameters
    ----------
    names : sequence of str, default the five non-linear activations
        Names from `ALL_ACTIVATION_NAMES` (a single name is accepted too); the legend names
        them in words.
    z_min, z_max : float, default -6 and 6
        Range of the horizontal axis.
    derivatives : bool, default True
        Add the panel of derivatives.

    Returns
    -------
    matplotlib.figure.Figure
        One panel (activations), or two side by side (activations, derivatives).

    Raises
    ------
    ValueError
        If a name is unknown or `z_max <= z_min`.

    Examples
    --------
    >>> figure = plot_activations(["sigmoid", "relu"])
    >>> [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    ['Sigmoid', 'ReLU']
    >>> [axes.get_title() for axes in figure.axes]
    ['Activation g(z)', "Derivative g'(z)"]
    """
    z = np.linspace(z_min, z_max, 601)
    figure = Figure(figsize=(9, 3.6) if derivatives else (6, 3.6), layout="constrained")
    panels = figure.subplots(1, 2 if derivatives else 1, squeeze=False)[0]
    for index, name in enumerate(names):
        g, g_prime = get_activation(name)
        style = {"color": COLOURS[index % len(COLOURS)], "linewidth": 2,
                 "linestyle": ("-", "--", "-.", ":")[index % 4], "label": _display_name(name)}
        panels[0].plot(z, g(z), **style)
        if derivatives:
            panels[1].plot(z, g_prime(z), **style)
    titles = ("Activation g(z)", "Derivative g'(z)")
    for axes, title in zip(panels, titles, strict=False):
        axes.set_title(title)
        axes.set_xlabel("z")
        axes.axhline(0, color="0.6", linewidth=0.8)
        axes.axvline(0, color="0.6", linewidth=0.8)
        axes.grid(alpha=0.3)
    panels[0].legend(loc="upper left")
    return figure


def _scatter_classes(axes: Axes, X: np.ndarray, Y: np.ndarray) -> None:
    for label, style in enumerate(CLASS_STYLES):
        points = X[:, Y[0] == label]
        # Rasterized markers of one line: 400 vector markers would weigh ~70 kB per panel.
        axes.plot(points[0], points[1], linestyle="none", markersize=4.5,
                  markeredgecolor="white", markeredgewidth=0.4, rasterized=True, **style)
    axes.set_xlabel("$x_1$")
    axes.set_ylabel("$x_2$")
    axes.set_aspect("equal", adjustable="datalim")


def _two_features(value: object, name: str) -> np.ndarray:
    X = samples(value, name)
    if X.shape[0] != 2:
        raise ValueError(f"{name} must have shape (2, m) (two features to plot), got {X.shape}")
    return X


def _one_number(value: object, name: str) -> float:
    """`value` as a float, or a TypeError saying what came instead (a cost per point)."""
    if np.ndim(value) != 0 or not np.issubdtype(np.asarray(value).dtype, np.number):
        raise TypeError(f"{name} must be one number per point, got {type(value).__name__}"
                        f" {value!r:.60}")
    return float(value)


def _new_or_given_axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    if ax is not None:
        return ax.figure, ax
    figure = Figure(figsize=size, layout="constrained")
    return figure, figure.add_subplot()


def _axes(value: object, name: str) -> Axes | None:
    if value is not None and not isinstance(value, Axes):
        raise TypeError(f"{name} must be a matplotlib Axes or None, got {type(value).__name__}")
    return value


def _title(value: object, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a string or None, got {type(value).__name__}")
    return value


@checked(X=_two_features, Y=labels(matching="X", rows=1), title=_title, ax=_axes)
def plot_dataset(
    X: np.ndarray, Y: np.ndarray, title: str | None = None, ax: Axes | None = None
) -> Figure:
    """Scatter a 2-D data set, one colour and marker per class.

    Parameters
    ----------
    X : ndarray of shape (2, m)
        Points, one per column.
    Y : ndarray of shape (1, m)
        Labels, 0 or 1.
    title : str, optional
        Title of the panel.
    ax : matplotlib Axes, optional
        Draw into this panel instead of a new figure.

    Returns
    -------
    matplotlib.figure.Figure
        The figure holding the panel.

    Raises
    ------
    TypeError, ValueError
        If `X` is not (2, m), or `Y` is not 0/1 labels of shape (1, m).

    Examples
    --------
    >>> figure = plot_dataset(np.array([[0.0, 1.0], [0.0, 1.0]]), np.array([[0, 1]]))
    >>> [line.get_label() for line in figure.axes[0].lines]
    ['y = 0', 'y = 1']
    """
    figure, axes = _new_or_given_axes(ax, (6, 5))
    _scatter_classes(axes, X, Y)
    axes.legend(loc="upper right")
    if title:
        axes.set_title(title)
    return figure


def _grid(X: np.ndarray, steps: int = 300) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A grid covering `X` with a margin: (xx, yy, points of shape (2, steps**2))."""
    low, high = X.min(axis=1) - 1, X.max(axis=1) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], steps), np.linspace(low[1], high[1], steps))
    return xx, yy, np.vstack([xx.ravel(), yy.ravel()])


@checked(predict_fn=function(), X=_two_features, Y=labels(matching="X", rows=1), title=_title,
         ax=_axes)
def plot_decision_boundary(
    predict_fn: Callable[[np.ndarray], np.ndarray],
    X: np.ndarray,
    Y: np.ndarray,
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Shade the plane by the class a model predicts, and scatter the data on top.

    Parameters
    ----------
    predict_fn : callable
        `predict_fn(points)` with `points` of shape (2, k) returns k labels 0/1 (any
        shape with k entries), e.g. `lambda P: mlbook.shallow.predict(parameters, P)`.
    X : ndarray of shape (2, m)
        Points, one per column.
    Y : ndarray of shape (1, m)
        Labels, 0 or 1.
    title : str, optional
        Title of the panel.
    ax : matplotlib Axes, optional
        Draw into this panel instead of a new figure.

    Returns
    -------
    matplotlib.figure.Figure
        The figure holding the panel.

    Raises
    ------
    TypeError, ValueError
        If `predict_fn` is not callable or returns the wrong number of values, or `X`
        and `Y` are malformed.

    Examples
    --------
    >>> X, Y = np.array([[-1.0, 1.0], [0.0, 0.0]]), np.array([[0, 1]])
    >>> figure = plot_decision_boundary(lambda P: (P[0] > 0).astype(int), X, Y, title="x1 > 0")
    >>> figure.axes[0].get_title()
    'x1 > 0'
    """
    xx, yy, points = _grid(X)
    predictions = np.asarray(predict_fn(points), dtype=np.float64)
    if predictions.size != points.shape[1]:
        raise ValueError(f"predict_fn must return one label per column of its (2, k) input "
                         f"(a single output); for k = {points.shape[1]} it returned shape "
                         f"{predictions.shape}")
    figure, axes = _new_or_given_axes(ax, (6, 5))
    regions = predictions.reshape(xx.shape)
    levels = [min(regions.min(), 0.0) - 1, 0.5, max(regions.max(), 1.0) + 1]
    # Rasterized: a 300 x 300 grid of regions as vector paths would weigh ~100 kB per panel.
    axes.contourf(xx, yy, regions, levels=levels, cmap=REGION_COLOURS, rasterized=True)
    if regions.min() < 0.5 < regions.max():  # both classes predicted: draw the boundary
        axes.contour(xx, yy, regions, levels=[0.5], colors="0.3", linewidths=1)
    _scatter_classes(axes, X, Y)
    axes.legend(loc="upper right")
    if title:
        axes.set_title(title)
    return figure


def _predict_fns(value: object, name: str) -> dict[str, Callable]:
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict title -> predict_fn, got "
                        f"{type(value).__name__}")
    return {title: function()(predict_fn, f"{name}[{title!r}]")
            for title, predict_fn in value.items()}


@checked(predict_fns=_predict_fns, X=_two_features, Y=labels(matching="X", rows=1),
         ncols=positive_int)
def plot_decision_boundaries(
    predict_fns: Mapping[str, Callable[[np.ndarray], np.ndarray]],
    X: np.ndarray,
    Y: np.ndarray,
    ncols: int = 3,
) -> Figure:
    """A grid of decision boundaries, one panel per model, on the same data.

    Parameters
    ----------
    predict_fns : dict of str to callable
        Panel title -> `predict_fn` as in
        [`plot_decision_boundary`][mlbook.plots.plot_decision_boundary].
    X : ndarray of shape (2, m)
        Points, one per column.
    Y : ndarray of shape (1, m)
        Labels, 0 or 1.
    ncols : int, default 3
        Panels per row.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    TypeError, ValueError
        As [`plot_decision_boundary`][mlbook.plots.plot_decision_boundary], or if `predict_fns` is
        not a non-empty dict.

    Examples
    --------
    >>> X, Y = np.array([[-1.0, 1.0], [0.0, 0.0]]), np.array([[0, 1]])
    >>> fns = {"x1 > 0": lambda P: P[0] > 0, "x2 > 0": lambda P: P[1] > 0}
    >>> [axes.get_title() for axes in plot_decision_boundaries(fns, X, Y).axes]
    ['x1 > 0', 'x2 > 0']
    """
    ncols = min(ncols, len(predict_fns))
    nrows = -(-len(predict_fns) // ncols)
    figure = Figure(figsize=(3 * ncols, 3 * nrows), layout="constrained")
    panels = figure.subplots(nrows, ncols, squeeze=False).ravel()
    for axes, (title, predict_fn) in zip(panels, predict_fns.items(), strict=False):
        plot_decision_boundary(predict_fn, X, Y, title=_display_name(title), ax=axes)
        axes.get_legend().remove()
    for axes in panels[len(predict_fns):]:
        figure.delaxes(axes)
    handles, legend_labels = panels[0].get_legend_handles_labels()
    figure.legend(handles, legend_labels, loc="outside lower center", ncols=2)
    return figure


def _histories(value: object, name: str) -> dict[str, np.ndarray]:
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict label -> list of costs, got "
                        f"{type(value).__name__}")
    histories = {}
    for label, costs in value.items():
        array = as_finite_array(costs, f"{name}[{label!r}]")
        if array.ndim != 1 or array.size == 0:
            raise ValueError(f"{name}[{label!r}] must be a non-empty list of costs, got "
                             f"shape {array.shape}")
        histories[str(label)] = array
    return histories


@checked(histories=_histories, log_scale=flag, rasterized=flag)
def plot_cost_curves(histories: Mapping[str, Sequence[float]], log_scale: bool = False,
                     rasterized: bool = False) -> Figure:
    """Cost against iteration for one or more trainings.

    Parameters
    ----------
    histories : dict of str to sequence of float
        Legend label -> the cost at every iteration (e.g. `nn_model(...,
        return_costs=True)[1]`).
    log_scale : bool, default False
        Logarithmic cost axis (useful when costs span several orders of magnitude; all
        costs must then be positive).
    rasterized : bool, default False
        Draw the curves as an image inside the vector figure: a long history that
        oscillates at every step would otherwise be hundreds of kilobytes of SVG paths.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    TypeError, ValueError
        If `histories` is not a non-empty dict of non-empty finite sequences, or
        `log_scale` is set and a cost is not positive.

    Examples
    --------
    >>> figure = plot_cost_curves({"alpha = 0.1": [0.7, 0.5, 0.4], "alpha = 1": [0.7, 0.3]})
    >>> [line.get_label() for line in figure.axes[0].lines]
    ['alpha = 0.1', 'alpha = 1']
    """
    if log_scale and any(np.any(costs <= 0) for costs in histories.values()):
        raise ValueError("histories must hold only positive costs when log_scale=True")
    figure, axes = _new_or_given_axes(None, (7, 4))
    for index, (label, costs) in enumerate(histories.items()):
        axes.plot(np.arange(costs.size), costs, label=_display_name(label), linewidth=2,
                  color=COLOURS[index % len(COLOURS)], linestyle=("-", "--", "-.", ":")[index % 4],
                  rasterized=rasterized)
    axes.set_xlabel("iteration")
    axes.set_ylabel("cost J")
    if log_scale:
        axes.set_yscale("log")
    axes.grid(alpha=0.3)
    axes.legend()
    return figure


def _path(value: object, name: str) -> np.ndarray:
    path = as_finite_array(value, name)
    if path.ndim == 2 and path.shape[1] == 1:
        path = path[:, 0]
    if not (path.ndim == 1 or (path.ndim == 2 and path.shape[1] == 2)) or len(path) == 0:
        raise ValueError(f"{name} must have shape (k,) for a cost of one variable or (k, 2) "
                         f"for two, with k >= 1; got {path.shape}")
    return path


@checked(cost_fn=function(returning=_one_number), path=_path, title=_title, ax=_axes,
         margin=non_negative_number)
def plot_gradient_descent_path(
    cost_fn: Callable[[np.ndarray], float],
    path: np.ndarray | Sequence[float],
    title: str | None = None,
    ax: Axes | None = None,
    margin: float = 0.5,
) -> Figure:
    """Draw the steps of gradient descent on the cost curve (1 variable) or its contours (2).

    Parameters
    ----------
    cost_fn : callable
        `cost_fn(x) -> float` for one point `x` (a number, or an array of shape (2,)).
    path : ndarray of shape (k,) or (k, 2)
        The successive points, e.g. `mlbook.gradient_descent.minimize(...).path`.
    title : str, optional
        Title of the panel.
    ax : matplotlib Axes, optional
        Draw into this panel instead of a new figure.
    margin : float, default 0.5
        Extra room around the path, as a fraction of its extent.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    TypeError, ValueError
        If `cost_fn` is not callable, `path` has another shape or holds NaN or inf,
        or `margin` is negative.

    Examples
    --------
    >>> figure = plot_gradient_descent_path(lambda x: x**2, [2.0, 1.2, 0.72], title="J = x^2")
    >>> [line.get_label() for line in figure.axes[0].lines]
    ['cost J(x)', 'gradient-descent steps', 'start']
    """
    figure, axes = _new_or_given_axes(ax, (6, 4.5))
    low, high = path.min(axis=0), path.max(axis=0)
    extent = np.maximum(high - low, 1.0)
    low, high = low - margin * extent, high + margin * extent
    if path.ndim == 1:
        x = np.linspace(low, high, 400)
        costs = np.array([cost_fn(value) for value in x])
        path_costs = np.array([cost_fn(value) for value in path])
    else:
        xx, yy = np.meshgrid(np.linspace(low[0], high[0], 120),
                             np.linspace(low[1], high[1], 120))
        grid_costs = np.array([cost_fn(np.array(point)) for point in
                               zip(xx.ravel(), yy.ravel(), strict=True)])
    step_style = {"color": OKABE_ITO["vermillion"], "marker": "o", "markersize": 5,
                  "linewidth": 1.5, "label": "gradient-descent steps"}
    start_style = {"color": OKABE_ITO["black"], "marker": "s", "markersize": 8,
                   "linestyle": "none", "label": "start"}
    if path.ndim == 1:
        axes.plot(x, costs, color=OKABE_ITO["blue"], linewidth=2, label="cost J(x)")
        axes.plot(path, path_costs, **step_style)
        axes.plot(path[0], path_costs[0], **start_style)
        axes.set_xlabel("x")
        axes.set_ylabel("J(x)")
    else:
        contours = axes.contour(xx, yy, grid_costs.reshape(xx.shape), levels=20,
                                cmap="viridis", linewidths=1)
        figure.colorbar(contours, ax=axes, label="J(x)")
        axes.plot(path[:, 0], path[:, 1], **step_style)
        axes.plot(path[0, 0], path[0, 1], **start_style)
        axes.set_xlabel("$x_1$")
        axes.set_ylabel("$x_2$")
    axes.grid(alpha=0.3)
    axes.legend()
    if title:
        axes.set_title(title)
    return figure


def _positive_values(value: object, name: str) -> np.ndarray:
    """A non-empty 1-D array of positive finite numbers (they go on a logarithmic axis)."""
    array = as_finite_array(value, name)
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D list of numbers, got shape {array.shape}")
    if np.any(array <= 0):
        raise ValueError(f"{name} must hold only positive numbers (log scale), got {array.min()}")
    return array


def _positive_number(value: object, name: str) -> float:
    number = as_finite_array(value, name)
    if number.ndim != 0 or number <= 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return float(number)


def _label(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    return value


def _series_over(x_name: str) -> Check:
    """Check a dict label -> positive values, one value per entry of argument `x_name`."""

    @needs(x_name)
    def check_series(value: object, name: str, x: np.ndarray) -> dict[str, np.ndarray]:
        if not isinstance(value, Mapping) or not value:
            raise TypeError(f"{name} must be a non-empty dict label -> list of numbers, got "
                            f"{type(value).__name__}")
        length = x.size
        series = {}
        for label, values in value.items():
            array = _positive_values(values, f"{name}[{label!r}]")
            if array.size != length:
                raise ValueError(f"{name}[{label!r}] must have {length} values, one per entry "
                                 f"of {x_name}, got {array.size}")
            series[str(label)] = array
        return series

    return check_series


def _log_log_lines(x: np.ndarray, series: dict[str, np.ndarray], xlabel: str,
                   ylabel: str) -> tuple[Figure, Axes]:
    figure, axes = _new_or_given_axes(None, (7, 4))
    for index, (label, values) in enumerate(series.items()):
        axes.loglog(x, values, label=label, linewidth=2, color=COLOURS[index % len(COLOURS)],
                    marker="os^Dv"[index % 5])
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)
    axes.grid(alpha=0.3, which="both")
    return figure, axes


@checked(sizes=_positive_values, timings=_series_over("sizes"), xlabel=_label)
def plot_timings(sizes: Sequence[float], timings: Mapping[str, Sequence[float]],
                 xlabel: str = "m (number of examples)") -> Figure:
    """Measured run time against problem size, one line per method, on log-log axes.

    Parameters
    ----------
    sizes : sequence of float, length k
        Problem sizes, e.g. the numbers of examples `m`; positive.
    timings : dict of str to sequence of float
        Legend label -> seconds at each of the k sizes; positive.
    xlabel : str, default "m (number of examples)"
        Label of the horizontal axis.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    TypeError, ValueError
        If `timings` is not a non-empty dict, a list of times does not have one value
        per size, or a size or a time is not a positive finite number.

    Examples
    --------
    >>> figure = plot_timings([10, 100], {"loop": [1e-5, 1e-4], "vectorized": [2e-6, 3e-6]})
    >>> [line.get_label() for line in figure.axes[0].lines]
    ['loop', 'vectorized']
    """
    figure, axes = _log_log_lines(sizes, timings, xlabel, "time of one call (seconds)")
    axes.legend()
    return figure


@checked(epsilons=_positive_values, errors=_series_over("epsilons"),
         threshold=_positive_number)
def plot_gradient_check_errors(epsilons: Sequence[float], errors: Mapping[str, Sequence[float]],
                               threshold: float = 1e-7) -> Figure:
    """Relative error of a gradient check against the step epsilon, on log-log axes.

    Parameters
    ----------
    epsilons : sequence of float, length k
        Half-widths of the centred differences; positive.
    errors : dict of str to sequence of float
        Legend label -> relative error at each of the k epsilons (e.g. from
        `mlbook.gradcheck.gradient_check`); positive.
    threshold : float, default 1e-7
        Drawn as a dashed horizontal line: a correct gradient falls below it.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    TypeError, ValueError
        If `errors` is not a non-empty dict, a list of errors does not have one value
        per epsilon, or an epsilon, an error or `threshold` is not a positive number.

    Examples
    --------
    >>> figure = plot_gradient_check_errors([1e-6, 1e-3], {"correct": [1e-10, 1e-7]})
    >>> [line.get_label() for line in figure.axes[0].lines]
    ['correct', 'threshold 1e-07']
    """
    figure, axes = _log_log_lines(epsilons, errors, "epsilon", "relative error")
    axes.axhline(threshold, color=OKABE_ITO["black"], linestyle="--", linewidth=1,
                 label=f"threshold {threshold:g}")
    axes.legend()
    return figure


def _sweeps(value: object, name: str, scales: np.ndarray) -> dict[str, tuple[np.ndarray, ...]]:
    """A non-empty dict label -> (gradients, saturated shares), one of each per scale."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict label -> (gradients, saturated), "
                        f"got {type(value).__name__}")
    sweeps = {}
    for label, pair in value.items():
        if not isinstance(pair, Sequence) or len(pair) != 2:
            raise TypeError(f"{name}[{label!r}] must be a pair (gradients, saturated shares)")
        gradients = _positive_values(pair[0], f"{name}[{label!r}][0]")
        saturated = as_finite_array(pair[1], f"{name}[{label!r}][1]")
        if gradients.shape != scales.shape or saturated.shape != scales.shape:
            raise ValueError(f"{name}[{label!r}] must hold {scales.size} gradients and "
                             f"{scales.size} shares, one per scale")
        if np.any((saturated < 0) | (saturated > 1)):
            raise ValueError(f"{name}[{label!r}][1] must hold shares between 0 and 1")
        sweeps[str(label)] = (gradients, saturated)
    return sweeps


@checked(scales=_positive_values, sweeps=needs("scales")(_sweeps))
def plot_scale_sweep(
    scales: Sequence[float], sweeps: Mapping[str, tuple[Sequence[float], Sequence[float]]]
) -> Figure:
    """Gradient through a deep stack (left) and its saturated units (right) against weight scale.

    Parameters
    ----------
    scales : sequence of float, length k
        Factors of the weights' standard deviation; positive (a logarithmic axis).
    sweeps : dict of str to (sequence of float, sequence of float)
        Legend label (an activation's name is written in words) -> the gradient at the input
        at each scale (positive) and the share of saturated units at each scale (in [0, 1]),
        e.g.
        `mlbook.activations.scale_sweep(name, scales=scales)`.

    Returns
    -------
    matplotlib.figure.Figure
        Two panels: the gradients on log-log axes, with a dashed line at 1 (a gradient that
        neither vanishes nor explodes); the saturated units in per cent.

    Raises
    ------
    TypeError, ValueError
        If a scale or a gradient is not a positive number, a share is not in [0, 1], or a
        series does not have one value per scale.

    Examples
    --------
    >>> figure = plot_scale_sweep([1, 4], {"tanh": ([0.1, 500.0], [0.0, 0.4])})
    >>> [axes.get_title() for axes in figure.axes]
    ['Gradient at the input', 'Saturated units']
    >>> figure.axes[1].lines[0].get_ydata().tolist()
    [0.0, 40.0]
    """
    figure = Figure(figsize=(9, 3.6), layout="constrained")
    left, right = figure.subplots(1, 2)
    for index, (label, (gradients, saturated)) in enumerate(sweeps.items()):
        style = {"color": COLOURS[index % len(COLOURS)], "linewidth": 2,
                 "marker": "os^Dv"[index % 5], "label": _display_name(label)}
        left.plot(scales, gradients, **style)
        right.plot(scales, 100 * saturated, **style)
    left.axhline(1.0, color=OKABE_ITO["black"], linestyle="--", linewidth=1)
    left.set_yscale("log")
    left.set_title("Gradient at the input")
    left.set_ylabel("mean |dJ/dA0|")
    right.set_title("Saturated units")
    right.set_ylabel("% of units")
    right.set_ylim(-3, 103)
    for axes in (left, right):
        axes.set_xscale("log", base=2)
        axes.set_xticks(scales, [f"{scale:g}" for scale in scales])
        axes.set_xlabel("weight scale")
        axes.grid(alpha=0.3, which="both")
    left.legend()
    return figure


def _iterations(value: object, name: str) -> dict[str, np.ndarray]:
    """A non-empty dict label -> counts of iterations (>= 0, or inf for never)."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict label -> iterations, got "
                        f"{type(value).__name__}")
    series = {}
    for label, counts in value.items():
        array = np.asarray(counts, dtype=np.float64)
        if array.ndim != 1 or array.size == 0 or np.any(np.isnan(array) | (array < 0)):
            raise ValueError(f"{name}[{label!r}] must be a non-empty 1-D list of counts >= 0 "
                             "(inf for a run that never got there)")
        series[str(label)] = array
    return series


@checked(iterations=_iterations, limit=optional(positive_int), xlabel=_label)
def plot_iterations_by_start(
    iterations: Mapping[str, Sequence[float]], limit: int | None = None,
    xlabel: str = "iterations until the cost is below 0.5",
) -> Figure:
    """One row of dots per model: how many iterations each start needed, and their median.

    Parameters
    ----------
    iterations : dict of str to sequence of float
        Row label (an activation's name is written in words) -> one count per start (e.g.
        `mlbook.shallow.iterations_to_cost`); `inf` for a start that never got there.
    limit : int, optional
        The runs' length: a start at `inf` is drawn as an open triangle there. By default,
        a little to the right of the largest count.
    xlabel : str, default "iterations until the cost is below 0.5"
        Label of the horizontal (logarithmic) axis.

    Returns
    -------
    matplotlib.figure.Figure
        The first row at the top; a black bar marks each row's median.

    Raises
    ------
    TypeError, ValueError
        If `iterations` is not a non-empty dict of non-empty lists of counts >= 0, or
        `limit` is given and is not a positive integer.

    Examples
    --------
    >>> figure = plot_iterations_by_start({"a": [10, 20, 30], "b": [5, np.inf, 7]}, limit=50)
    >>> figure.axes[0].lines[-1].get_xdata().tolist()  # the start that never got there
    [50]
    >>> [label.get_text() for label in figure.axes[0].get_yticklabels()]
    ['a', 'b']
    >>> [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    ['one start', 'median', 'not reached (× how many)']
    """
    if limit is None:
        finite = np.concatenate([counts[np.isfinite(counts)] for counts in iterations.values()])
        limit = 1.3 * finite.max() if finite.size else 1.0
    figure, axes = _new_or_given_axes(None, (7, 0.8 + 0.55 * len(iterations)))
    for row, counts in enumerate(iterations.values()):
        y, colour = -row, COLOURS[row % len(COLOURS)]  # the first row on top
        reached = counts[np.isfinite(counts)]
        axes.plot(reached, np.full(reached.size, y), linestyle="none", marker="o",
                  markersize=7, alpha=0.7, color=colour)
        axes.plot([np.median(counts)] * 2, [y - 0.3, y + 0.3], color=OKABE_ITO["black"],
                  linewidth=2.5)
        missed = int(np.sum(~np.isfinite(counts)))
        if missed:
            axes.plot([limit], [y], linestyle="none", marker=">", markersize=8,
                      markerfacecolor="none", color=colour)
            axes.annotate(f"× {missed}", (limit, y), xytext=(8, -4), textcoords="offset points")
    grey = {"color": "0.45", "linestyle": "none"}
    legend = {"one start": Line2D([], [], marker="o", alpha=0.7, **grey),
              "median": Line2D([], [], color=OKABE_ITO["black"], linewidth=2.5),
              "not reached (× how many)": Line2D([], [], marker=">", markerfacecolor="none",
                                                 **grey)}
    axes.set_yticks([-row for row in range(len(iterations))],
                    [_display_name(label) for label in iterations])
    axes.set_ylim(-len(iterations) + 0.4, 0.6)
    axes.set_xscale("log")
    low, high = axes.get_xlim()
    candidates = [base * 10.0**power for power in range(-1, 8) for base in (1, 2, 5)]
    ticks = [tick for tick in candidates if low <= tick <= high]
    axes.set_xticks(ticks, [f"{tick:,.0f}" if tick >= 1 else f"{tick:g}" for tick in ticks])
    axes.set_xlim(low, high * 1.15)  # room for the counts of the runs not reached
    axes.set_xlabel(xlabel)
    axes.grid(alpha=0.3, axis="x", which="both")
    axes.legend(list(legend.values()), list(legend), loc="lower right", fontsize="small")
    return figure


def _node_positions(value: object, name: str) -> dict[str, tuple[float, float]]:
    """A non-empty dict node name -> its centre (x, y), two finite numbers."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict node name -> (x, y), got "
                        f"{type(value).__name__}")
    positions = {}
    for node, position in value.items():
        if not isinstance(node, str):
            raise TypeError(f"{name} must have strings as node names, got {node!r}")
        point = as_finite_array(position, f"{name}[{node!r}]")
        if point.shape != (2,):
            raise ValueError(f"{name}[{node!r}] must be a position (x, y), got shape "
                             f"{point.shape}")
        positions[node] = (float(point[0]), float(point[1]))
    return positions


@needs("nodes")
def _edges_between(value: object, name: str, nodes: dict) -> tuple[tuple[str, str], ...]:
    """A sequence of (source, target) pairs of distinct nodes."""
    if isinstance(value, str | Mapping) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of (source, target) pairs, got "
                        f"{type(value).__name__}")
    edges = []
    for edge in value:
        if isinstance(edge, str) or not isinstance(edge, Sequence) or len(edge) != 2:
            raise ValueError(f"{name} must hold (source, target) pairs, got {edge!r}")
        for node in edge:
            if node not in nodes:
                raise ValueError(f"{name} has the edge {tuple(edge)!r}, but {node!r} is not "
                                 f"in nodes")
        if edge[0] == edge[1]:
            raise ValueError(f"{name} has an edge from {edge[0]!r} to itself")
        edges.append((edge[0], edge[1]))
    return tuple(edges)


@needs("nodes")
def _texts_of_nodes(value: object, name: str, nodes: dict) -> dict[str, str]:
    """None, or a dict node name -> text, for nodes that exist."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict node name -> text, got {type(value).__name__}")
    for node, text in value.items():
        if node not in nodes:
            raise ValueError(f"{name} has a text for {node!r}, which is not in nodes")
        if not isinstance(text, str):
            raise TypeError(f"{name}[{node!r}] must be a string, got {type(text).__name__}")
    return dict(value)


@checked(nodes=_node_positions, edges=_edges_between, labels=_texts_of_nodes,
         forward=_texts_of_nodes, backward=_texts_of_nodes, title=_title)
def plot_computation_graph(
    nodes: Mapping[str, tuple[float, float]],
    edges: Sequence[tuple[str, str]],
    labels: Mapping[str, str] | None = None,
    forward: Mapping[str, str] | None = None,
    backward: Mapping[str, str] | None = None,
    title: str | None = None,
) -> Figure:
    """Draw a computation graph: a box per quantity, arrows forward, derivatives flowing back.

    Each node is a box at its position. Each edge is a solid black arrow of the forward
    pass. Above a node goes its `forward` text (the value computed there); below it, in
    vermillion, its `backward` text (the derivative of the loss with respect to it), and
    every edge leaving a node with a `backward` text gets a dashed vermillion arrow back
    along it: that is where the chain rule sends the derivative. Nodes without incoming
    edges (inputs and parameters) are grey, computed nodes blue. Texts may use matplotlib's
    mathtext (`"$z = w^\\top x + b$"`).

    Parameters
    ----------
    nodes : dict of str to (float, float)
        Node name -> the centre of its box, in units of about one box width.
    edges : sequence of (str, str)
        `(source, target)` pairs: `target` is computed from `source`.
    labels : dict of str to str, optional
        Text in a node's box; a node without one shows its name.
    forward : dict of str to str, optional
        Text above a node: its value in the forward pass.
    backward : dict of str to str, optional
        Text below a node: the derivative of the loss with respect to it.
    title : str, optional
        Title of the figure.

    Returns
    -------
    matplotlib.figure.Figure
        One panel without axes. Every artist is labelled (`get_label()`): `"node z"`,
        `"forward z"`, `"backward z"` for the texts, `"forward x -> z"` and
        `"backward z -> x"` for the arrows.

    Raises
    ------
    TypeError, ValueError
        If `nodes` is not a non-empty dict of positions, an edge is not a pair of two
        different nodes, or a text is given for a node that does not exist.

    Examples
    --------
    >>> figure = plot_computation_graph(
    ...     {"z": (0, 0), "a": (2, 0)}, [("z", "a")],
    ...     labels={"a": r"$a = \\sigma(z)$"}, backward={"z": r"$dz = da\\,\\sigma'(z)$"})
    >>> axes = figure.axes[0]
    >>> [text.get_label() for text in axes.texts]
    ['node z', 'node a', 'backward z']
    >>> [arrow.get_label() for arrow in axes.patches]
    ['forward z -> a', 'backward a -> z']
    """
    labels, forward, backward = labels or {}, forward or {}, backward or {}
    xs = [x for x, _ in nodes.values()]
    ys = [y for _, y in nodes.values()]
    width = min(9.0, max(6.0, 1.3 * (max(xs) - min(xs) + 2)))
    height = min(6.0, max(2.6, 1.1 * (max(ys) - min(ys) + 2)))
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    computed = {target for _, target in edges}
    boxes = {}
    for node, (x, y) in nodes.items():
        colour = "#C6DDF0" if node in computed else "0.92"  # light blue / light grey
        text = axes.text(x, y, labels.get(node, node), ha="center", va="center", fontsize=12,
                         zorder=2, label=f"node {node}",
                         bbox={"boxstyle": "round,pad=0.45", "facecolor": colour,
                               "edgecolor": "0.3"})
        boxes[node] = text.get_bbox_patch()
    back = OKABE_ITO["vermillion"]
    # Values and derivatives sit on a white ground above the arrows, which pass behind them.
    ground = {"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"}
    for node, text in forward.items():
        axes.annotate(text, nodes[node], xytext=(0, 17), textcoords="offset points",
                      ha="center", va="bottom", fontsize=11, zorder=4, bbox=ground,
                      label=f"forward {node}")
    for node, text in backward.items():
        axes.annotate(text, nodes[node], xytext=(0, -17), textcoords="offset points",
                      ha="center", va="top", fontsize=11, color=back, zorder=4, bbox=ground,
                      label=f"backward {node}")
    # Arrows are drawn after the boxes (higher zorder), so they stop at the boxes' edges. A
    # backward arrow runs beside its forward arrow, shifted a little to the right of travel.
    for source, target in edges:
        start, end = np.array(nodes[source]), np.array(nodes[target])
        shift = 0.07 * np.array([-(end - start)[1], (end - start)[0]]) / np.linalg.norm(end - start)
        pairs = [(start + shift, end + shift, "-", OKABE_ITO["black"], "forward", source, target)]
        if source in backward:
            pairs.append((end - shift, start - shift, "--", back, "backward", target, source))
        for tail, head, linestyle, colour, kind, first, second in pairs:
            axes.add_patch(FancyArrowPatch(
                tuple(tail), tuple(head), patchA=boxes[first], patchB=boxes[second],
                arrowstyle="-|>", mutation_scale=14, linewidth=1.4, linestyle=linestyle,
                color=colour, zorder=3, label=f"{kind} {first} -> {second}"))
    axes.set_xlim(min(xs) - 0.8, max(xs) + 0.8)
    axes.set_ylim(min(ys) - 0.7, max(ys) + 0.7)
    axes.set_axis_off()
    legend = [Line2D([], [], color=OKABE_ITO["black"], linewidth=1.4,
                     label="forward pass: values"),
              Line2D([], [], color=back, linewidth=1.4, linestyle="--",
                     label="backward pass: derivatives of the loss")]
    figure.legend(handles=legend, loc="outside lower center", ncols=2, frameon=False)
    if title:
        figure.suptitle(title)
    return figure


def _layer_sizes(value: object, name: str) -> tuple[int, ...]:
    """At least two positive layer sizes, from the input layer to the output layer."""
    if isinstance(value, str) or not isinstance(value, Sequence) or len(value) < 2:
        raise TypeError(f"{name} must be a sequence of at least two layer sizes (input, ..., "
                        f"output), got {value!r}")
    return tuple(positive_int(size, f"{name} entries") for size in value)


@needs("layer_sizes")
def _hidden_unit(value: object, name: str, layer_sizes: tuple[int, ...]) -> int | None:
    """None, or the number (from 1) of a unit of the first hidden layer."""
    if value is None:
        return None
    unit = positive_int(value, name)
    if len(layer_sizes) < 3 or unit > layer_sizes[1]:
        raise ValueError(f"{name} must number a unit of the first hidden layer (1 to "
                         f"{layer_sizes[1] if len(layer_sizes) > 2 else 'none: no hidden layer'}"
                         f"), got {unit}")
    return unit


@checked(layer_sizes=_layer_sizes, highlight=_hidden_unit)
def plot_network_diagram(
    layer_sizes: Sequence[int] = (2, 4, 1), highlight: int | None = None
) -> Figure:
    """Draw a fully connected network: a circle per unit, a line per weight, layers named.

    Layer 0 holds the inputs `x_1`, ..., `x_{n_x}`; layer `l` its activations `a^[l]_i`;
    the weights `W^[l]` and biases `b^[l]` that compute layer `l` from layer `l - 1` are
    named, with their shapes, above the lines between them. The last layer is the output,
    `y_hat`.

    Parameters
    ----------
    layer_sizes : sequence of int, default (2, 4, 1)
        Units per layer, from the input layer to the output layer (the article's
        `n_x = 2`, `n_h = 4`, `n_y = 1`).
    highlight : int, optional
        A unit of the first hidden layer, numbered from 1: it and the weights coming into it
        are drawn in colour, with the formula of that one unit, a logistic regression of the
        inputs.

    Returns
    -------
    matplotlib.figure.Figure
        One panel without axes. Artists are labelled (`get_label()`): `"unit 1.2"` for
        unit 2 of layer 1, `"weight 1.2.1"` for the line from unit 1 of layer 0 to it.

    Raises
    ------
    TypeError, ValueError
        If there are fewer than two layers, a size is not a positive integer, or
        `highlight` is not a unit of the first hidden layer.

    Examples
    --------
    >>> axes = plot_network_diagram((2, 3, 1), highlight=2).axes[0]
    >>> len(axes.patches), len(axes.lines)  # units, weights
    (6, 9)
    >>> [line.get_label() for line in axes.lines if line.get_linewidth() > 2]
    ['weight 1.2.1', 'weight 1.2.2']
    """
    depth = len(layer_sizes) - 1
    spacing, radius = 1.2, 0.32
    tallest = max(layer_sizes)
    figure = Figure(figsize=(min(9.0, 2.6 + 2.2 * depth), 1.0 + 0.85 * (tallest + 1.5)),
                    layout="constrained")
    axes = figure.add_subplot()
    centres = [[(3.0 * layer, spacing * ((size - 1) / 2 - unit)) for unit in range(size)]
               for layer, size in enumerate(layer_sizes)]
    accent = OKABE_ITO["blue"]
    for layer in range(1, depth + 1):
        for unit, (x1, y1) in enumerate(centres[layer], start=1):
            for source, (x0, y0) in enumerate(centres[layer - 1], start=1):
                direction = np.array([x1 - x0, y1 - y0]) / np.hypot(x1 - x0, y1 - y0)
                start = np.array([x0, y0]) + radius * direction
                end = np.array([x1, y1]) - radius * direction
                lit = layer == 1 and unit == highlight
                axes.plot([start[0], end[0]], [start[1], end[1]], zorder=1,
                          color=accent if lit else "0.55", linewidth=2.6 if lit else 1.0,
                          label=f"weight {layer}.{unit}.{source}")
    for layer, layer_centres in enumerate(centres):
        for unit, centre in enumerate(layer_centres, start=1):
            if layer == 0:
                text = f"$x_{{{unit}}}$"
            elif layer == depth and layer_sizes[-1] == 1:
                text = f"$a^{{[{layer}]}}$"
            else:
                text = f"$a^{{[{layer}]}}_{{{unit}}}$"
            lit = layer == 1 and unit == highlight
            fill = "#C6DDF0" if lit else ("0.92" if layer == 0 else "white")
            axes.add_patch(Circle(centre, radius, zorder=2, linewidth=1.2, facecolor=fill,
                                  edgecolor=accent if lit else "0.3", label=f"unit {layer}.{unit}"))
            axes.text(*centre, text, ha="center", va="center", fontsize=11, zorder=3)
    top = spacing * (tallest - 1) / 2 + 0.75
    for layer in range(depth + 1):
        if layer == 0:
            name = "input layer\n$x$"
        elif layer == depth:
            name = f"output layer\n$a^{{[{layer}]}} = \\hat{{y}}$"
        else:
            name = f"hidden layer\n$a^{{[{layer}]}}$"
        axes.text(3.0 * layer, -top, name, ha="center", va="top", fontsize=11)
    for layer in range(1, depth + 1):
        rows, columns = layer_sizes[layer], layer_sizes[layer - 1]
        axes.text(3.0 * layer - 1.5, top, f"$W^{{[{layer}]}}$ ({rows}×{columns})\n"
                  f"$b^{{[{layer}]}}$ ({rows}×1)", ha="center", va="bottom", fontsize=11)
    bottom = -top - 0.75
    if highlight is not None:
        bottom -= 0.55
        axes.text(1.5 * depth, bottom + 0.05,
                  f"unit {highlight} of the hidden layer: $a^{{[1]}}_{{{highlight}}} = "
                  f"g(w^{{[1]\\top}}_{{{highlight}}} x + b^{{[1]}}_{{{highlight}}})$",
                  ha="center", va="bottom", color=accent, fontsize=11,
                  label="highlighted unit")
    axes.set_xlim(-1.0, 3.0 * depth + 1.0)
    axes.set_ylim(bottom - 0.2, top + 0.9)
    axes.set_aspect("equal")
    axes.set_axis_off()
    return figure


def _evenly_spaced(value: object, name: str) -> np.ndarray:
    """At least five increasing, evenly spaced positions (second differences need a grid)."""
    t = as_finite_array(value, name)
    if t.ndim != 1 or t.size < 5:
        raise ValueError(f"{name} must hold at least 5 increasing, evenly spaced positions "
                         f"in a 1-D array, got shape {t.shape}")
    steps = np.diff(t)
    if np.any(steps <= 0) or not np.allclose(steps, steps[0], rtol=1e-6):
        raise ValueError(f"{name} must hold at least 5 increasing, evenly spaced positions, "
                         f"got steps from {steps.min():.3g} to {steps.max():.3g}")
    return t


@needs("t")
def _profiles_along(value: object, name: str, t: np.ndarray) -> dict[str, np.ndarray]:
    """A non-empty dict title -> cost at each position of `t` (shape (k,))."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict title -> costs, got "
                        f"{type(value).__name__}")
    k = t.shape[0]
    profiles = {}
    for title, cost in value.items():
        profiles[title] = as_finite_array(cost, f"{name}[{title!r}]")
        if profiles[title].shape != (k,):
            raise ValueError(f"{name}[{title!r}] must have shape ({k},) to match t, "
                             f"got {profiles[title].shape}")
    return profiles


@checked(t=_evenly_spaced, costs=_profiles_along, xlabel=_label)
def plot_cost_along_line(
    t: np.ndarray, costs: Mapping[str, np.ndarray], xlabel: str = "w"
) -> Figure:
    """Costs along a line of parameter space, above their second derivatives.

    One column per cost. Top: `J(t)` with its local minima on the grid marked. Bottom:
    the second derivative `J''(t)` by central differences, with the stretches where it
    is negative shaded: there the cost bends downward, which a convex function never does.

    Parameters
    ----------
    t : ndarray of shape (k,)
        Increasing, evenly spaced positions along the line, `k >= 5`.
    costs : dict of str to ndarray of shape (k,)
        Panel title -> the cost at each position.
    xlabel : str, default "w"
        Name of the position along the line.

    Returns
    -------
    matplotlib.figure.Figure
        `2 * len(costs)` axes: the cost panels first, then the second derivatives.

    Raises
    ------
    TypeError
        If `t` or a cost is not numeric, `costs` is not a dict or `xlabel` is not a
        string.
    ValueError
        If `t` is not increasing and evenly spaced with at least 5 points, or a cost's
        shape differs from `t`'s, or holds NaN or inf.

    Examples
    --------
    >>> t = np.linspace(-2.0, 2.0, 41)
    >>> figure = plot_cost_along_line(t, {"bowl": t**2, "two valleys": (t**2 - 2) ** 2})
    >>> [axes.get_title() for axes in figure.axes[:2]]
    ['bowl', 'two valleys']
    >>> [len(axes.collections) for axes in figure.axes[2:]]  # negative curvature shaded
    [0, 1]
    """
    step = t[1] - t[0]
    figure = Figure(figsize=(4.5 * len(costs), 6), layout="constrained")
    panels = figure.subplots(2, len(costs), sharex=True, squeeze=False)
    for column, (title, J) in enumerate(costs.items()):
        top, bottom = panels[0, column], panels[1, column]
        minima = (J[1:-1] < J[:-2]) & (J[1:-1] < J[2:])
        top.plot(t, J, color=OKABE_ITO["blue"], linewidth=2)
        top.plot(t[1:-1][minima], J[1:-1][minima], linestyle="none", marker="o",
                 markersize=8, color=OKABE_ITO["vermillion"],
                 label=f"local minima: {int(minima.sum())}")
        top.set_title(title)
        top.set_ylabel("cost J")
        top.legend(loc="best")
        curvature = (J[2:] - 2 * J[1:-1] + J[:-2]) / step**2
        bottom.plot(t[1:-1], curvature, color=OKABE_ITO["green"], linewidth=2)
        bottom.axhline(0.0, color=OKABE_ITO["black"], linewidth=0.8)
        if np.any(curvature < 0):
            bottom.fill_between(t[1:-1], curvature, 0.0, where=curvature < 0, alpha=0.35,
                                color=OKABE_ITO["vermillion"], label="J'' < 0: not convex")
            bottom.legend(loc="lower right")
        bottom.set_xlabel(xlabel)
        bottom.set_ylabel("second derivative J''")
        for axes in (top, bottom):
            axes.grid(alpha=0.3)
    return figure


def _paths(value: object, name: str) -> dict[str, np.ndarray]:
    """A non-empty dict title -> path of shape (k,) or (k, 2), as for one path."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict title -> path, got "
                        f"{type(value).__name__}")
    return {title: _path(path, f"{name}[{title!r}]")
            for title, path in value.items()}


@checked(cost_fn=function(returning=_one_number), paths=_paths, ncols=positive_int)
def plot_gradient_descent_paths(
    cost_fn: Callable[[np.ndarray], float],
    paths: Mapping[str, np.ndarray | Sequence[float]],
    ncols: int = 2,
) -> Figure:
    """A grid of gradient-descent runs on the same cost, one panel per run.

    Each panel is drawn by [`plot_gradient_descent_path`][mlbook.plots.plot_gradient_descent_path],
    so runs with different
    learning rates can be compared side by side.

    Parameters
    ----------
    cost_fn : callable
        `cost_fn(x) -> float` for one point `x`, as in
        [`plot_gradient_descent_path`][mlbook.plots.plot_gradient_descent_path].
    paths : dict of str to ndarray of shape (k,) or (k, 2)
        Panel title -> the successive points of one run (`k` may differ between runs).
    ncols : int, default 2
        Panels per row.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    TypeError, ValueError
        If `cost_fn` is not callable, `paths` is not a non-empty dict, a path has
        another shape or holds NaN or inf, or `ncols` is not a positive integer.

    Examples
    --------
    >>> paths = {"alpha = 0.25": [2.0, 1.0, 0.5], "alpha = 0.9": [2.0, -1.6, 1.28]}
    >>> figure = plot_gradient_descent_paths(lambda x: x**2, paths)
    >>> [axes.get_title() for axes in figure.axes]
    ['alpha = 0.25', 'alpha = 0.9']
    """
    ncols = min(ncols, len(paths))
    nrows = -(-len(paths) // ncols)
    figure = Figure(figsize=(4.5 * ncols, 3.6 * nrows), layout="constrained")
    panels = figure.subplots(nrows, ncols, squeeze=False).ravel()
    for axes, (title, path) in zip(panels, paths.items(), strict=False):
        plot_gradient_descent_path(cost_fn, path, title=title, ax=axes)
    for axes in panels[len(paths):]:
        figure.delaxes(axes)
    return figure


def _curve_panels(value: object, name: str) -> dict[str, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """A non-empty dict title -> non-empty dict label -> (x, y), two 1-D arrays of one length."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict title -> dict of curves, got "
                        f"{type(value).__name__}")
    panels = {}
    for title, curves in value.items():
        if not isinstance(curves, Mapping) or not curves:
            raise TypeError(f"{name}[{title!r}] must be a non-empty dict label -> (x, y), got "
                            f"{type(curves).__name__}")
        panels[title] = {}
        for label, pair in curves.items():
            where = f"{name}[{title!r}][{label!r}]"
            if not isinstance(pair, Sequence) or len(pair) != 2:
                raise TypeError(f"{where} must be a pair (x, y), got {type(pair).__name__}")
            x, y = (as_finite_array(part, where) for part in pair)
            if x.ndim != 1 or x.shape != y.shape or x.size < 2:
                raise ValueError(f"{where} must be two 1-D arrays of one length >= 2, got shapes "
                                 f"{x.shape} and {y.shape}")
            panels[title][str(label)] = (x, y)
    return panels


def _one_label_per_panel(panels_name: str) -> Check:
    """A check for a sequence of strings, one per panel of argument `panels_name`."""

    @needs(panels_name)
    def check_labels(value: object, name: str, panels: Mapping) -> tuple[str, ...]:
        if isinstance(value, str) or not isinstance(value, Sequence):
            raise TypeError(f"{name} must be a sequence of strings, got {type(value).__name__}")
        if len(value) != len(panels) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"{name} must hold {len(panels)} strings, one per panel of "
                             f"{panels_name}, got {value!r}")
        return tuple(value)

    return check_labels


@checked(panels=_curve_panels, xlabels=_one_label_per_panel("panels"),
         ylabels=_one_label_per_panel("panels"), log_scale=flag)
def plot_curve_panels(
    panels: Mapping[str, Mapping[str, tuple[Sequence[float], Sequence[float]]]],
    xlabels: Sequence[str],
    ylabels: Sequence[str],
    log_scale: bool = False,
) -> Figure:
    """Panels side by side, each with curves `y(x)`; a label keeps its colour in every panel.

    Parameters
    ----------
    panels : dict of str to dict of str to (x, y)
        Panel title -> legend label -> two 1-D arrays of one length.
    xlabels, ylabels : sequence of str
        The axis labels of each panel, in the order of `panels`.
    log_scale : bool, default False
        Logarithmic vertical axes (every `y` must then be positive).

    Returns
    -------
    matplotlib.figure.Figure
        One axes per panel, in the order of `panels`.

    Raises
    ------
    TypeError, ValueError
        If `panels` is not a non-empty dict of non-empty dicts of pairs of 1-D arrays of
        one length, an axis label is missing, or `log_scale` is set and a `y` is not
        positive.

    Examples
    --------
    >>> x = np.linspace(0.0, 1.0, 5)
    >>> figure = plot_curve_panels({"values": {"x": (x, x), "x^2": (x, x**2)},
    ...                             "slopes": {"x^2": (x, 2 * x)}}, ["x", "x"], ["y", "dy/dx"])
    >>> [axes.get_title() for axes in figure.axes]
    ['values', 'slopes']
    >>> figure.axes[1].lines[0].get_color() == figure.axes[0].lines[1].get_color()
    True
    """
    if log_scale and any(np.any(y <= 0) for curves in panels.values()
                         for _, y in curves.values()):
        raise ValueError("panels must hold only positive y values when log_scale=True")
    labels_in_order = list(dict.fromkeys(label for curves in panels.values() for label in curves))
    figure = Figure(figsize=(max(6.0, 4.5 * len(panels)), 3.8), layout="constrained")
    for axes, (title, curves), xlabel, ylabel in zip(
            figure.subplots(1, len(panels), squeeze=False)[0], panels.items(), xlabels, ylabels,
            strict=True):
        for label, (x, y) in curves.items():
            index = labels_in_order.index(label)
            axes.plot(x, y, label=label, linewidth=2, color=COLOURS[index % len(COLOURS)],
                      linestyle=("-", "--", "-.", ":")[index % 4])
        if log_scale:
            axes.set_yscale("log")
        else:
            axes.axhline(0.0, color="0.6", linewidth=0.8)
        axes.set_title(title)
        axes.set_xlabel(xlabel)
        axes.set_ylabel(ylabel)
        axes.grid(alpha=0.3)
        axes.legend()
    return figure


def _surfaces(value: object, name: str) -> dict[str, tuple]:
    """A non-empty dict title -> (x (k,), y (l,), J (l, k), paths: dict label -> (n, 2))."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict title -> (x, y, J, paths), got "
                        f"{type(value).__name__}")
    surfaces = {}
    for title, surface in value.items():
        where = f"{name}[{title!r}]"
        if not isinstance(surface, Sequence) or len(surface) != 4:
            raise TypeError(f"{where} must be a tuple (x, y, J, paths)")
        x, y, J = (as_finite_array(part, where) for part in surface[:3])
        if x.ndim != 1 or y.ndim != 1 or J.shape != (y.size, x.size) or min(x.size, y.size) < 2:
            raise ValueError(f"{where}: J must have shape (len(y), len(x)) for 1-D x and y of at "
                             f"least 2 values, got x {x.shape}, y {y.shape}, J {J.shape}")
        if not isinstance(surface[3], Mapping):
            raise TypeError(f"{where}: paths must be a dict label -> points (n, 2)")
        paths = {}
        for label, path in surface[3].items():
            points = as_finite_array(path, f"{where} path {label!r}")
            if points.ndim != 2 or points.shape[1] != 2 or len(points) == 0:
                raise ValueError(f"{where} path {label!r} must have shape (n, 2), "
                                 f"got {points.shape}")
            paths[str(label)] = points
        surfaces[title] = (x, y, J, paths)
    return surfaces


def _horizontal_lines(value: object, name: str) -> dict[str, float]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict label -> height, got {type(value).__name__}")
    return {str(label): scalar(height, f"{name}[{label!r}]") for label, height in value.items()}


@checked(surfaces=_surfaces, xlabel=_label, ylabel=_label,
         horizontal_lines=optional(_horizontal_lines))
def plot_cost_surfaces(
    surfaces: Mapping[str, tuple],
    xlabel: str = "w",
    ylabel: str = "b",
    horizontal_lines: Mapping[str, float] | None = None,
) -> Figure:
    """Contours of costs of two parameters, side by side, with paths of gradient descent.

    The contour levels are spaced geometrically above each panel's lowest value, so the
    shape of the valley near its bottom shows as well as its walls. Each path is drawn
    from a square (its start) to a circle (its end).

    Parameters
    ----------
    surfaces : dict of str to tuple
        Panel title -> `(x, y, J, paths)`: `x` of shape (k,) and `y` of shape (l,) the
        grid, `J` of shape (l, k) the cost (row i is `y[i]`), `paths` a dict label ->
        points of shape (n, 2).
    xlabel, ylabel : str, default "w" and "b"
        Names of the two parameters.
    horizontal_lines : dict of str to float, optional
        Label -> height of a dashed line drawn across every panel.

    Returns
    -------
    matplotlib.figure.Figure
        One axes per panel (plus one colour bar each).

    Raises
    ------
    TypeError, ValueError
        If a surface is not `(x, y, J, paths)` with the shapes above, or a label is not a
        string.

    Examples
    --------
    >>> x, y = np.linspace(-2.0, 2.0, 21), np.linspace(-1.0, 1.0, 11)
    >>> J = x[None, :] ** 2 + 10 * y[:, None] ** 2
    >>> path = np.array([[2.0, 1.0], [1.0, -0.5], [0.0, 0.0]])
    >>> figure = plot_cost_surfaces({"a trough": (x, y, J, {"descent": path})})
    >>> legend = figure.axes[0].get_legend()
    >>> figure.axes[0].get_title(), [text.get_text() for text in legend.get_texts()]
    ('a trough', ['descent'])
    """
    figure = Figure(figsize=(max(6.0, 4.5 * len(surfaces)), 4.2), layout="constrained")
    panels = figure.subplots(1, len(surfaces), squeeze=False)[0]
    for axes, (title, (x, y, J, paths)) in zip(panels, surfaces.items(), strict=True):
        span = max(float(J.max() - J.min()), 1e-12)
        levels = J.min() + span * np.geomspace(1e-3, 1.0, 16)
        contours = axes.contour(x, y, J, levels=levels, cmap="viridis", linewidths=1)
        figure.colorbar(contours, ax=axes, label="cost J", format="%.3g")
        for index, (label, points) in enumerate(paths.items()):
            colour = (OKABE_ITO["vermillion"], OKABE_ITO["blue"], OKABE_ITO["purple"],
                      OKABE_ITO["black"])[index % 4]
            axes.plot(points[:, 0], points[:, 1], color=colour, linewidth=1.5, label=label)
            axes.plot(*points[0], marker="s", markersize=7, color=colour, linestyle="none")
            axes.plot(*points[-1], marker="o", markersize=6, color=colour, linestyle="none")
        for label, height in (horizontal_lines or {}).items():
            axes.axhline(height, color="0.35", linestyle="--", linewidth=1, label=label)
        axes.set_xlim(x[0], x[-1])
        axes.set_ylim(y[0], y[-1])
        axes.set_title(title)
        axes.set_xlabel(xlabel)
        axes.set_ylabel(ylabel)
        handles = [line for line in axes.lines if not line.get_label().startswith("_")]
        axes.legend(handles=handles, loc="best", fontsize="small")
    return figure
