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

from mlbook._validation import (
    Check,
    as_finite_array,
    checked,
    flag,
    function,
    labels,
    needs,
    non_negative_number,
    positive_int,
    samples,
    scalar,
)
from mlbook.activations import ACTIVATION_NAMES, get_activation

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
                 "leaky_relu": "Leaky ReLU", "elu": "ELU", "linear": "Linear"}


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
        if activation not in ACTIVATION_NAMES:
            raise ValueError(f"{name} must hold names from {', '.join(ACTIVATION_NAMES)}; "
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
        Names from `ACTIVATION_NAMES` (a single name is accepted too).
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
        Legend label -> the cost at every iteration (e.g. ``nn_model(...,
        return_costs=True)[1]``).
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
