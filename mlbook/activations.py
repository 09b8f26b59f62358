"""Activation functions and their derivatives.

Every activation `g` takes the pre-activation `z` (any shape) and returns `g(z)` of the
same shape; every derivative `g_prime` also takes `z` and returns `g'(z)`. Given the
activation `a = g(z)` as well (`g_prime(z, a=a)`), it reuses it where the formula allows
(`1 - a**2` for tanh, `a * (1 - a)` for the sigmoid) instead of computing `g` again.
[`get_activation`][mlbook.activations.get_activation] looks a pair up by name, so models accept
`activation="relu"`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from mlbook._validation import (
    as_finite_array,
    checked,
    finite_number,
    one_of,
    optional,
    positive_int,
    positive_number,
    same_shape_as,
    seed,
    tuple_of,
)

ACTIVATION_NAMES = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "linear")
"""The book's activations, by the names models accept."""

SIGMOID_VARIANTS = ("centred_sigmoid", "steep_sigmoid")
"""Two sigmoids that each share one property of tanh; chapter 7 trains networks with them."""

ALL_ACTIVATION_NAMES = ACTIVATION_NAMES + SIGMOID_VARIANTS
"""Every name [`get_activation`][mlbook.activations.get_activation] (and so every model) accepts."""

Activation = Callable[[np.ndarray], np.ndarray]


@checked(z=as_finite_array)
def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic sigmoid, `1 / (1 + exp(-z))`, computed without overflow.

    Parameters
    ----------
    z : array_like of any shape
        Linear scores.

    Returns
    -------
    ndarray of the same shape as `z`
        Values in [0, 1].

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> sigmoid([-1000.0, 0.0, 2.0]).round(4)
    array([0.    , 0.5   , 0.8808])
    """
    # e^709 is close to the largest float64 (1.8e308): beyond it exp overflows. Below
    # z = -709 the sigmoid is under 1e-308 anyway, so clamp z there and never overflow.
    return 1 / (1 + np.exp(-np.maximum(z, -709.0)))


@checked(z=as_finite_array, a=optional(same_shape_as("z")))
def sigmoid_derivative(z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
    """Derivative of the sigmoid, `sigmoid(z) * (1 - sigmoid(z))`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    a : ndarray of the shape of `z`, optional
        `sigmoid(z)`, if already computed (the forward pass keeps it): the derivative is
        then computed from it, without evaluating the sigmoid again.

    Returns
    -------
    ndarray of the same shape as `z`
        Values in [0, 0.25]; largest at `z = 0`, vanishing for large `|z|`.

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> sigmoid_derivative([0.0, 5.0]).round(4)
    array([0.25  , 0.0066])
    """
    s = sigmoid(z) if a is None else a
    return s * (1 - s)


@checked(z=as_finite_array)
def tanh(z: np.ndarray) -> np.ndarray:
    """Hyperbolic tangent, `(e^z - e^-z) / (e^z + e^-z)`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.

    Returns
    -------
    ndarray of the same shape as `z`
        Values in [-1, 1], zero-centred.

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> tanh([-1000.0, 0.0, 1.0]).round(4)
    array([-1.    ,  0.    ,  0.7616])
    """
    return np.tanh(z)


@checked(z=as_finite_array, a=optional(same_shape_as("z")))
def tanh_derivative(z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
    """Derivative of tanh, `1 - tanh(z)**2`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    a : ndarray of the shape of `z`, optional
        `tanh(z)`, if already computed (the forward pass keeps it): the derivative is
        then computed from it, `1 - a**2`, without evaluating tanh again.

    Returns
    -------
    ndarray of the same shape as `z`
        Values in [0, 1]; 1 at `z = 0`.

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> tanh_derivative([0.0, 2.0]).round(4)
    array([1.    , 0.0707])
    >>> z = np.array([0.0, 2.0])
    >>> tanh_derivative(z, a=tanh(z)).round(4)  # reuse the activation
    array([1.    , 0.0707])
    """
    t = np.tanh(z) if a is None else a
    return 1 - t**2


@checked(z=as_finite_array)
def centred_sigmoid(z: np.ndarray) -> np.ndarray:
    """The sigmoid moved down by one half, `sigmoid(z) - 1/2`: centred on zero like tanh.

    Its outputs lie in (-1/2, 1/2) and its slope is the sigmoid's, at most 1/4.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.

    Returns
    -------
    ndarray of the same shape as `z`
        Values in [-0.5, 0.5].

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> centred_sigmoid([-1000.0, 0.0, 2.0]).round(4)
    array([-0.5   ,  0.    ,  0.3808])
    """
    return sigmoid(z) - 0.5


@checked(z=as_finite_array, a=optional(same_shape_as("z")))
def centred_sigmoid_derivative(z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
    """Derivative of the centred sigmoid: the sigmoid's, `sigmoid(z) * (1 - sigmoid(z))`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    a : ndarray of the shape of `z`, optional
        `centred_sigmoid(z)`, if already computed: then `sigmoid(z) = a + 1/2` is not
        evaluated again.

    Returns
    -------
    ndarray of the same shape as `z`
        Values in [0, 0.25].

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> centred_sigmoid_derivative([0.0, 5.0]).round(4)
    array([0.25  , 0.0066])
    """
    s = sigmoid(z) if a is None else a + 0.5
    return s * (1 - s)


@checked(z=as_finite_array)
def steep_sigmoid(z: np.ndarray) -> np.ndarray:
    """The sigmoid of `4 z`: outputs in (0, 1) like the sigmoid, slope 1 at zero like tanh.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.

    Returns
    -------
    ndarray of the same shape as `z`
        Values in [0, 1].

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> steep_sigmoid([-1000.0, 0.0, 0.5]).round(4)
    array([0.    , 0.5   , 0.8808])
    """
    return sigmoid(4 * z)


@checked(z=as_finite_array, a=optional(same_shape_as("z")))
def steep_sigmoid_derivative(z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
    """Derivative of the steep sigmoid, `4 sigmoid(4z) (1 - sigmoid(4z))` (chain rule).

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    a : ndarray of the shape of `z`, optional
        `steep_sigmoid(z)`, if already computed: then it is not evaluated again.

    Returns
    -------
    ndarray of the same shape as `z`
        Values in [0, 1]; 1 at `z = 0`.

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> steep_sigmoid_derivative([0.0, 1.0]).round(4)
    array([1.    , 0.0707])
    """
    s = sigmoid(4 * z) if a is None else a
    return 4 * s * (1 - s)


@checked(z=as_finite_array)
def relu(z: np.ndarray) -> np.ndarray:
    """Rectified linear unit, `max(0, z)`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.

    Returns
    -------
    ndarray of the same shape as `z`
        Values >= 0.

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> relu([-2.0, 0.0, 3.0])
    array([0., 0., 3.])
    """
    return np.maximum(0.0, z)


@checked(z=as_finite_array, a=optional(same_shape_as("z")))
def relu_derivative(z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
    """Derivative of ReLU: 1 where `z > 0`, else 0 (we take 0 at the kink `z = 0`).

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    a : ndarray of the shape of `z`, optional
        Accepted so that every derivative can be called alike; not needed.

    Returns
    -------
    ndarray of the same shape as `z`
        Zeros and ones.

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> relu_derivative([-2.0, 0.0, 3.0])
    array([0., 0., 1.])
    """
    return (z > 0).astype(np.float64)


@checked(z=as_finite_array, slope=finite_number)
def leaky_relu(z: np.ndarray, slope: float = 0.01) -> np.ndarray:
    """Leaky ReLU: `z` where `z > 0`, else `slope * z`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    slope : float, default 0.01
        Slope for negative `z`; a small positive slope keeps the gradient alive there.

    Returns
    -------
    ndarray of the same shape as `z`

    Raises
    ------
    TypeError
        If `z` or `slope` is not numeric.
    ValueError
        If `z` or `slope` contains NaN or inf.

    Examples
    --------
    >>> leaky_relu([-2.0, 3.0])
    array([-0.02,  3.  ])
    >>> leaky_relu([-2.0, 3.0], slope=0.1)
    array([-0.2,  3. ])
    """
    return np.where(z > 0, z, slope * z)


@checked(z=as_finite_array, slope=finite_number, a=optional(same_shape_as("z")))
def leaky_relu_derivative(
    z: np.ndarray, slope: float = 0.01, a: np.ndarray | None = None
) -> np.ndarray:
    """Derivative of leaky ReLU: 1 where `z > 0`, else `slope`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    slope : float, default 0.01
        Slope for negative `z`.
    a : ndarray of the shape of `z`, optional
        Accepted so that every derivative can be called alike; not needed.

    Returns
    -------
    ndarray of the same shape as `z`

    Raises
    ------
    TypeError
        If `z` or `slope` is not numeric.
    ValueError
        If `z` or `slope` contains NaN or inf.

    Examples
    --------
    >>> leaky_relu_derivative([-2.0, 3.0])
    array([0.01, 1.  ])
    """
    return np.where(z > 0, 1.0, slope)


@checked(z=as_finite_array, alpha=finite_number)
def elu(z: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Exponential linear unit: `z` where `z > 0`, else `alpha * (e^z - 1)`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    alpha : float, default 1.0
        The value `-alpha` is the limit for very negative `z`.

    Returns
    -------
    ndarray of the same shape as `z`
        Values > `-alpha` (for `alpha > 0`).

    Raises
    ------
    TypeError
        If `z` or `alpha` is not numeric.
    ValueError
        If `z` or `alpha` contains NaN or inf.

    Examples
    --------
    >>> elu([-1000.0, -1.0, 2.0]).round(4)
    array([-1.    , -0.6321,  2.    ])
    """
    # expm1 is accurate near 0; minimum(z, 0) keeps exp from overflowing on the unused branch.
    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0)))


@checked(z=as_finite_array, alpha=finite_number, a=optional(same_shape_as("z")))
def elu_derivative(z: np.ndarray, alpha: float = 1.0, a: np.ndarray | None = None) -> np.ndarray:
    """Derivative of ELU: 1 where `z > 0`, else `alpha * e^z`.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    alpha : float, default 1.0
        As in [`elu`][mlbook.activations.elu].
    a : ndarray of the shape of `z`, optional
        `elu(z, alpha)`, if already computed (the forward pass keeps it): the derivative is
        then computed from it: for `z <= 0`, `alpha * e^z = a + alpha`.

    Returns
    -------
    ndarray of the same shape as `z`

    Raises
    ------
    TypeError
        If `z` or `alpha` is not numeric.
    ValueError
        If `z` or `alpha` contains NaN or inf.

    Examples
    --------
    >>> elu_derivative([-1.0, 2.0]).round(4)
    array([0.3679, 1.    ])
    """
    if a is None:
        return np.where(z > 0, 1.0, alpha * np.exp(np.minimum(z, 0.0)))
    return np.where(z > 0, 1.0, a + alpha)


@checked(z=as_finite_array)
def linear(z: np.ndarray) -> np.ndarray:
    """The identity, `g(z) = z`: a layer with it stays linear.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.

    Returns
    -------
    ndarray of the same shape as `z`
        A float copy of `z`.

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> linear([-2.0, 3.0])
    array([-2.,  3.])
    """
    return np.array(z, dtype=np.float64)


@checked(z=as_finite_array, a=optional(same_shape_as("z")))
def linear_derivative(z: np.ndarray, a: np.ndarray | None = None) -> np.ndarray:
    """Derivative of the identity: 1 everywhere.

    Parameters
    ----------
    z : array_like of any shape
        Pre-activations.
    a : ndarray of the shape of `z`, optional
        Accepted so that every derivative can be called alike; not needed.

    Returns
    -------
    ndarray of the same shape as `z`
        Ones.

    Raises
    ------
    TypeError
        If `z` is not numeric.
    ValueError
        If `z` contains NaN or inf.

    Examples
    --------
    >>> linear_derivative([-2.0, 3.0])
    array([1., 1.])
    """
    return np.ones_like(z, dtype=np.float64)


@checked(name=one_of(ALL_ACTIVATION_NAMES))
def get_activation(name: str) -> tuple[Activation, Activation]:
    """Look up an activation and its derivative by name.

    Parameters
    ----------
    name : str
        One of `ACTIVATION_NAMES`: `"sigmoid"`, `"tanh"`, `"relu"`,
        `"leaky_relu"`, `"elu"`, `"linear"`; or of `SIGMOID_VARIANTS`:
        `"centred_sigmoid"`, `"steep_sigmoid"`. Leaky ReLU and ELU use their default
        `slope` and `alpha`.

    Returns
    -------
    g : callable
        The activation, `g(z)`.
    g_prime : callable
        Its derivative, `g_prime(z)`, also a function of the pre-activation `z`;
        `g_prime(z, a=g(z))` reuses an activation already computed.

    Raises
    ------
    ValueError
        If `name` is not one of `ALL_ACTIVATION_NAMES`.

    Examples
    --------
    >>> g, g_prime = get_activation("relu")
    >>> g([-1.0, 2.0]), g_prime([-1.0, 2.0])
    (array([0., 2.]), array([0., 1.]))
    """
    pairs = {
        "sigmoid": (sigmoid, sigmoid_derivative),
        "tanh": (tanh, tanh_derivative),
        "relu": (relu, relu_derivative),
        "leaky_relu": (leaky_relu, leaky_relu_derivative),
        "elu": (elu, elu_derivative),
        "linear": (linear, linear_derivative),
        "centred_sigmoid": (centred_sigmoid, centred_sigmoid_derivative),
        "steep_sigmoid": (steep_sigmoid, steep_sigmoid_derivative),
    }
    return pairs[name]


@checked(activation=one_of(ALL_ACTIVATION_NAMES), depth=positive_int, scale=positive_number,
         width=positive_int, m=positive_int, seed=seed)
def stack_forward(
    activation: str, depth: int, scale: float = 1.0, width: int = 20, m: int = 200,
    seed: int = 0,
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Random weights of a stack of `depth` layers, and each layer's pre-activation.

    Random inputs `A0` of shape (width, m) go forward through `depth` layers
    `Z = W A`, `A = g(Z)`, with weights of shape (width, width) drawn with standard
    deviation `scale / sqrt(width)` and no biases.

    Parameters
    ----------
    activation : str
        A name in `ALL_ACTIVATION_NAMES`.
    depth : int
        Number of layers.
    scale : float, default 1.0
        Multiplies the weights' standard deviation (`sqrt(2)` is He initialisation).
    width : int, default 20
        Units per layer.
    m : int, default 200
        Number of random examples.
    seed : int, default 0
        Seed of the random inputs and weights (the same for every activation).

    Returns
    -------
    weights : list of `depth` ndarrays of shape (width, width)
        `W` of each layer, from the first.
    pre_activations : list of `depth` ndarrays of shape (width, m)
        `Z` of each layer, from the first.

    Raises
    ------
    TypeError, ValueError
        If `activation` is unknown, or a size, `scale` or `seed` is not valid.

    Examples
    --------
    >>> weights, pre_activations = stack_forward("tanh", depth=3, width=4, m=5)
    >>> len(weights), weights[0].shape, pre_activations[-1].shape
    (3, (4, 4), (4, 5))
    """
    g, _ = get_activation(activation)
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(width, m))  # A0 (width, m)
    weights = [rng.normal(scale=scale / np.sqrt(width), size=(width, width))
               for _ in range(depth)]
    pre_activations = []
    for W in weights:
        Z = W @ A
        pre_activations.append(Z)
        A = g(Z)
    return weights, pre_activations


@checked(activation=one_of(ALL_ACTIVATION_NAMES), depth=positive_int, scale=positive_number,
         width=positive_int, m=positive_int, seed=seed)
def gradient_through_stack(
    activation: str, depth: int, scale: float = 1.0, width: int = 20, m: int = 200,
    seed: int = 0,
) -> float:
    """Mean size of the gradient that reaches the input of a stack of `depth` layers.

    The stack of [`stack_forward`][mlbook.activations.stack_forward] (same arguments); a
    gradient of ones is sent back from the top with the chain rule, `dA = W.T @ (dA * g'(Z))`,
    layer by layer down to the input `A0`. A result far below 1 means the gradient vanishes,
    far above 1 that it explodes.

    Parameters
    ----------
    activation : str
        A name in `ALL_ACTIVATION_NAMES`.
    depth : int
        Number of layers.
    scale : float, default 1.0
        Multiplies the weights' standard deviation (`sqrt(2)` is He initialisation).
    width, m, seed : int, default 20, 200, 0
        Units per layer, random examples, and the seed of the inputs and weights, as in
        [`stack_forward`][mlbook.activations.stack_forward].

    Returns
    -------
    float
        Mean absolute value of `dJ/dA0`, shape (width, m), for `dJ/dA = 1` at the top.

    Raises
    ------
    TypeError, ValueError
        If `activation` is unknown or a size, `scale` or `seed` is not positive.

    Examples
    --------
    >>> shallow = gradient_through_stack("sigmoid", depth=1)
    >>> deep = gradient_through_stack("sigmoid", depth=10)
    >>> bool(deep < shallow / 1000)
    True
    """
    _, g_prime = get_activation(activation)
    weights, pre_activations = stack_forward(activation, depth, scale, width, m, seed)
    dA = np.ones_like(pre_activations[-1])  # dJ/dA at the top: ones
    for W, Z in zip(reversed(weights), reversed(pre_activations), strict=True):
        dA = W.T @ (dA * g_prime(Z))
    return float(np.abs(dA).mean())


def _fraction(value: object, name: str) -> float:
    """A number strictly between 0 and 1."""
    number = finite_number(value, name)
    if not 0 < number < 1:
        raise ValueError(f"{name} must be between 0 and 1, got {value}")
    return number


@checked(activation=one_of(ALL_ACTIVATION_NAMES), depth=positive_int, scale=positive_number,
         threshold=_fraction, width=positive_int, m=positive_int, seed=seed)
def saturated_share(
    activation: str, depth: int, scale: float = 1.0, threshold: float = 0.01, width: int = 20,
    m: int = 200, seed: int = 0,
) -> float:
    """Share of the units of a stack whose slope is below `threshold` times the steepest.

    The stack of [`stack_forward`][mlbook.activations.stack_forward] (same arguments). A unit
    on one example counts as saturated when `g'(z)` is below `threshold` times the largest
    slope `g` has anywhere (1/4 for the sigmoid, 1 for tanh): there it passes almost no
    gradient back. For ReLU that is every `z <= 0`.

    Parameters
    ----------
    activation : str
        A name in `ALL_ACTIVATION_NAMES`.
    depth : int
        Number of layers.
    scale : float, default 1.0
        Multiplies the weights' standard deviation.
    threshold : float, default 0.01
        Fraction of the steepest slope below which a unit counts as saturated, in (0, 1).
    width, m, seed : int
        As in [`stack_forward`][mlbook.activations.stack_forward].

    Returns
    -------
    float
        The share, in [0, 1], over all `depth * width * m` pre-activations.

    Raises
    ------
    TypeError, ValueError
        If `activation` is unknown, `threshold` is not in (0, 1), or a size, `scale`
        or `seed` is not valid.

    Examples
    --------
    >>> round(saturated_share("tanh", depth=5), 2), round(saturated_share("tanh", 5, scale=8), 2)
    (0.0, 0.69)
    """
    _, g_prime = get_activation(activation)
    _, pre_activations = stack_forward(activation, depth, scale, width, m, seed)
    steepest = g_prime(np.linspace(-10.0, 10.0, 2001)).max()
    slopes = g_prime(np.array(pre_activations))  # (depth, width, m)
    return float(np.mean(slopes < threshold * steepest))


WEIGHT_SCALES = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
"""The factors by which [`scale_sweep`][mlbook.activations.scale_sweep] multiplies the weights'
standard deviation."""


@checked(activation=one_of(ALL_ACTIVATION_NAMES), depth=positive_int,
         scales=tuple_of(positive_number))
def scale_sweep(
    activation: str, depth: int = 20, scales: tuple[float, ...] = WEIGHT_SCALES
) -> tuple[np.ndarray, np.ndarray]:
    """The gradient through a stack and its saturated share, for each scale of the weights.

    Parameters
    ----------
    activation : str
        A name in `ALL_ACTIVATION_NAMES`.
    depth : int, default 20
        Number of layers of the stack.
    scales : sequence of float, default `WEIGHT_SCALES`
        Factors of the weights' standard deviation, `scale / sqrt(width)`.

    Returns
    -------
    gradients : ndarray of shape (len(scales),)
        [`gradient_through_stack`][mlbook.activations.gradient_through_stack] at each scale.
    saturated : ndarray of shape (len(scales),)
        [`saturated_share`][mlbook.activations.saturated_share] at each scale.

    Raises
    ------
    TypeError, ValueError
        If `activation` is unknown, `depth` is not a positive integer or a scale is not
        a positive number.

    Examples
    --------
    >>> gradients, saturated = scale_sweep("sigmoid", depth=20, scales=(1, 16))
    >>> gradients.round(1), saturated.round(2)
    (array([0., 2.]), array([0.  , 0.59]))
    """
    gradients = [gradient_through_stack(activation, depth, scale) for scale in scales]
    saturated = [saturated_share(activation, depth, scale) for scale in scales]
    return np.array(gradients), np.array(saturated)
