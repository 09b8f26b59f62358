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
)

ACTIVATION_NAMES = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "linear")
"""The names [`get_activation`][mlbook.activations.get_activation] accepts."""

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


@checked(name=one_of(ACTIVATION_NAMES))
def get_activation(name: str) -> tuple[Activation, Activation]:
    """Look up an activation and its derivative by name.

    Parameters
    ----------
    name : str
        One of `ACTIVATION_NAMES`: `"sigmoid"`, `"tanh"`, `"relu"`,
        `"leaky_relu"`, `"elu"`, `"linear"`. Leaky ReLU and ELU use their default
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
        If `name` is not one of `ACTIVATION_NAMES`.

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
    }
    return pairs[name]


@checked(activation=one_of(ACTIVATION_NAMES), depth=positive_int, scale=positive_number,
         width=positive_int, m=positive_int, seed=seed)
def gradient_through_stack(
    activation: str, depth: int, scale: float = 1.0, width: int = 20, m: int = 200,
    seed: int = 0,
) -> float:
    """Mean size of the gradient that reaches the input of a stack of `depth` layers.

    Random inputs `A0` of shape (width, m) go forward through `depth` layers
    `A = g(W A)` with weights of shape (width, width) drawn with standard deviation
    `scale / sqrt(width)`; a gradient of ones is sent back from the top with the chain rule,
    `dA = W.T @ (dA * g'(Z))`. A result far below 1 means the gradient vanishes.

    Parameters
    ----------
    activation : str
        A name in `ACTIVATION_NAMES`.
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
    float
        Mean absolute value of `dJ/dA0`.

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
    g, g_prime = get_activation(activation)
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(width, m))  # A0 (width, m)
    weights = [rng.normal(scale=scale / np.sqrt(width), size=(width, width))
               for _ in range(depth)]
    pre_activations = []
    for W in weights:  # forward
        Z = W @ A
        pre_activations.append(Z)
        A = g(Z)
    dA = np.ones_like(A)
    for W, Z in zip(reversed(weights), reversed(pre_activations), strict=True):  # backward
        dA = W.T @ (dA * g_prime(Z))
    return float(np.abs(dA).mean())
