"""Activations: ranges, stability at extremes, derivatives against finite differences."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlbook import activations
from mlbook.activations import ACTIVATION_NAMES, get_activation, sigmoid

finite_floats = st.floats(allow_nan=False, allow_infinity=False, width=64)
finite_arrays = arrays(np.float64, st.integers(1, 20), elements=finite_floats)
# Away from the kinks of relu and leaky relu (z = 0), and where differences are meaningful.
moderate_away_from_kink = st.floats(min_value=-20, max_value=20).filter(lambda z: abs(z) > 1e-3)

RANGES = {
    "sigmoid": (0.0, 1.0),
    "tanh": (-1.0, 1.0),
    "relu": (0.0, np.inf),
    "leaky_relu": (-np.inf, np.inf),
    "elu": (-1.0, np.inf),
    "linear": (-np.inf, np.inf),
}
DERIVATIVE_RANGES = {
    "sigmoid": (0.0, 0.25),
    "tanh": (0.0, 1.0),
    "relu": (0.0, 1.0),
    "leaky_relu": (0.01, 1.0),
    "elu": (0.0, 1.0),
    "linear": (1.0, 1.0),
}


@pytest.mark.parametrize("name", ACTIVATION_NAMES)
@settings(max_examples=25, deadline=None)
@given(z=finite_arrays)
def test_activation_and_derivative_finite_and_in_range(name: str, z: np.ndarray) -> None:
    g, g_prime = get_activation(name)
    low, high = RANGES[name]
    a = g(z)
    assert a.shape == z.shape
    assert np.all(np.isfinite(a))
    assert np.all((a >= low) & (a <= high))
    low, high = DERIVATIVE_RANGES[name]
    d = g_prime(z)
    assert d.shape == z.shape
    assert np.all(np.isfinite(d)) and np.all((d >= low) & (d <= high))


@pytest.mark.parametrize("name", ACTIVATION_NAMES)
@settings(max_examples=25, deadline=None)
@given(z=moderate_away_from_kink)
def test_derivative_matches_centred_finite_difference(name: str, z: float) -> None:
    g, g_prime = get_activation(name)
    h = 1e-6
    numerical = (g(np.array([z + h])) - g(np.array([z - h])))[0] / (2 * h)
    assert g_prime(np.array([z]))[0] == pytest.approx(numerical, rel=1e-5, abs=1e-8)


@settings(max_examples=50, deadline=None)
@given(z=finite_arrays)
def test_sigmoid_symmetry(z: np.ndarray) -> None:
    np.testing.assert_allclose(sigmoid(-z), 1 - sigmoid(z), rtol=0, atol=1e-15)


@pytest.mark.parametrize("z", [1000.0, -1000.0, 1e4, -1e4, 1e308, -1e308])
def test_sigmoid_extremes_without_warning(z: float) -> None:
    # pytest turns RuntimeWarning (overflow) into an error, so this also checks "no warning".
    value = sigmoid(np.array([z]))[0]
    assert 0.0 <= value <= 1.0
    assert value == pytest.approx(1.0 if z > 0 else 0.0, abs=1e-300)


def test_sigmoid_exact_down_to_where_it_is_clamped() -> None:
    # Clamped at z = -709 (below, exp(-z) would overflow); above that, the exact value.
    for z in (-708.5, -700.0):
        assert sigmoid(np.array([z]))[0] == pytest.approx(np.exp(z), rel=1e-12, abs=0)
    assert sigmoid(np.array([-709.5]))[0] == sigmoid(np.array([-709.0]))[0] > 0


def test_sigmoid_accurate_for_negative_inputs() -> None:
    # 1 / (1 + e^-z) keeps full relative precision where 1 - sigmoid(|z|) would round to 0.
    # (abs=0: approx's default absolute tolerance, 1e-12, would accept any tiny number.)
    assert sigmoid(np.array([-40.0]))[0] == pytest.approx(np.exp(-40.0) / (1 + np.exp(-40.0)),
                                                          rel=1e-14, abs=0)


def test_parameters_slope_and_alpha() -> None:
    z = np.array([-2.0, 3.0])
    np.testing.assert_allclose(activations.leaky_relu(z, slope=0.2), [-0.4, 3.0])
    np.testing.assert_allclose(activations.leaky_relu_derivative(z, slope=0.2), [0.2, 1.0])
    np.testing.assert_allclose(activations.elu(z, alpha=2.0), [2 * np.expm1(-2.0), 3.0])
    np.testing.assert_allclose(activations.elu_derivative(z, alpha=2.0), [2 * np.exp(-2.0), 1])


@pytest.mark.parametrize("alpha", [0.5, 1.0, 2.0])
def test_elu_alpha_reaches_both_forms_of_the_derivative(alpha: float) -> None:
    z = np.array([-3.0, -1.0, -0.1, 0.0, 0.5, 4.0])
    expected = np.where(z > 0, 1.0, alpha * np.exp(z))
    np.testing.assert_allclose(activations.elu(z, alpha=alpha),
                               np.where(z > 0, z, alpha * (np.exp(z) - 1)), rtol=1e-12)
    np.testing.assert_allclose(activations.elu_derivative(z, alpha=alpha), expected, rtol=1e-12)
    a = activations.elu(z, alpha=alpha)
    np.testing.assert_allclose(activations.elu_derivative(z, alpha=alpha, a=a), expected,
                               rtol=1e-12)


@pytest.mark.parametrize("slope", [0.01, 0.2, 0.5])
def test_leaky_relu_slope_reaches_the_function_and_its_derivative(slope: float) -> None:
    z = np.array([-3.0, -0.5, 0.0, 0.5, 4.0])
    np.testing.assert_array_equal(activations.leaky_relu(z, slope=slope),
                                  np.where(z > 0, z, slope * z))
    expected = np.where(z > 0, 1.0, slope)
    np.testing.assert_array_equal(activations.leaky_relu_derivative(z, slope=slope), expected)
    a = activations.leaky_relu(z, slope=slope)
    np.testing.assert_array_equal(activations.leaky_relu_derivative(z, slope=slope, a=a),
                                  expected)


@pytest.mark.parametrize("name", ACTIVATION_NAMES)
def test_each_name_gives_its_own_pair(name: str) -> None:
    g, g_prime = get_activation(name)
    assert g is getattr(activations, name)
    assert g_prime is getattr(activations, f"{name}_derivative")


def test_values_at_and_around_zero() -> None:
    # The kink conventions the book states: g'(0) = 0 for relu, slope for leaky relu, alpha
    # for ELU (the left-hand limits), and each function is continuous at 0.
    z = np.array([-1e-9, 0.0, 1e-9])
    np.testing.assert_array_equal(activations.relu(z), [0.0, 0.0, 1e-9])
    np.testing.assert_array_equal(activations.relu_derivative(z), [0.0, 0.0, 1.0])
    np.testing.assert_array_equal(activations.leaky_relu_derivative(z), [0.01, 0.01, 1.0])
    np.testing.assert_allclose(activations.elu_derivative(z), [1.0, 1.0, 1.0], rtol=1e-8)
    assert activations.elu_derivative(np.array([0.0]), alpha=3.0)[0] == 3.0
    assert sigmoid(np.array([0.0]))[0] == 0.5
    assert activations.sigmoid_derivative(np.array([0.0]))[0] == 0.25
    assert activations.tanh_derivative(np.array([0.0]))[0] == 1.0


def test_inputs_not_mutated_and_lists_accepted() -> None:
    z = np.array([[-1.0, 2.0]])
    before = z.copy()
    for name in ACTIVATION_NAMES:
        g, g_prime = get_activation(name)
        g(z)
        g_prime(z)
        assert g([-1.0, 2.0]).shape == (2,)
    np.testing.assert_array_equal(z, before)
    assert activations.linear(z) is not z


@pytest.mark.parametrize(
    ("value", "error", "words"),
    [
        ("abc", TypeError, "z must be numeric"),
        (None, TypeError, "z must be numeric"),
        ([1.0, "x"], TypeError, "z must be numeric"),
        ([1.0, np.nan], ValueError, "z must contain only finite"),
        ([np.inf], ValueError, "z must contain only finite"),
    ],
)
def test_bad_input_names_the_argument(value: object, error: type, words: str) -> None:
    for name in ACTIVATION_NAMES:
        g, g_prime = get_activation(name)
        with pytest.raises(error, match=words):
            g(value)
        with pytest.raises(error, match=words):
            g_prime(value)


def test_bad_parameters() -> None:
    with pytest.raises(ValueError, match="slope must be finite"):
        activations.leaky_relu([1.0], slope=np.nan)
    with pytest.raises(TypeError, match="alpha must be a real number"):
        activations.elu([1.0], alpha="big")


def test_unknown_activation_name_lists_the_choices() -> None:
    with pytest.raises(ValueError, match="name must be one of sigmoid, tanh.*got 'softmax'"):
        get_activation("softmax")


@pytest.mark.parametrize("name", ACTIVATION_NAMES)
@settings(max_examples=25, deadline=None)
@given(z=finite_arrays)
def test_derivative_from_the_cached_activation_is_the_same(name: str, z: np.ndarray) -> None:
    g, g_prime = get_activation(name)
    np.testing.assert_allclose(g_prime(z, a=g(z)), g_prime(z), rtol=1e-12, atol=1e-15)


def test_cached_activation_must_match_z() -> None:
    with pytest.raises(ValueError, match=r"a must have the shape of z, \(2,\), got \(3,\)"):
        activations.tanh_derivative(np.zeros(2), a=np.zeros(3))


def test_gradient_through_one_layer_matches_the_chain_rule_by_hand() -> None:
    from mlbook.activations import gradient_through_stack

    rng = np.random.default_rng(0)
    A0 = rng.normal(size=(20, 200))
    W = rng.normal(scale=1 / np.sqrt(20), size=(20, 20))
    by_hand = np.abs(W.T @ (1 - np.tanh(W @ A0) ** 2)).mean()
    assert gradient_through_stack("tanh", depth=1) == pytest.approx(by_hand, rel=1e-12)


def test_the_sigmoid_gradient_vanishes_faster_than_tanh_through_a_stack() -> None:
    from mlbook.activations import gradient_through_stack

    sigmoid_drop = gradient_through_stack("sigmoid", 1) / gradient_through_stack("sigmoid", 20)
    tanh_drop = gradient_through_stack("tanh", 1) / gradient_through_stack("tanh", 20)
    assert sigmoid_drop > 1e6 * tanh_drop


def test_gradient_through_stack_names_a_bad_argument() -> None:
    from mlbook.activations import gradient_through_stack

    with pytest.raises(ValueError, match="activation"):
        gradient_through_stack("softmax", 3)
    with pytest.raises(ValueError, match="depth"):
        gradient_through_stack("tanh", 0)


# The two half-way sigmoids of chapter 7, against identities with tanh (an independent oracle).
VARIANT_ORACLES = {
    "centred_sigmoid": (lambda z: np.tanh(z / 2) / 2, lambda z: (1 - np.tanh(z / 2) ** 2) / 4),
    "steep_sigmoid": (lambda z: (1 + np.tanh(2 * z)) / 2, lambda z: 1 - np.tanh(2 * z) ** 2),
}


@pytest.mark.parametrize("name", activations.SIGMOID_VARIANTS)
@settings(max_examples=25, deadline=None)
@given(z=arrays(np.float64, st.integers(1, 20), elements=st.floats(-30, 30)))
def test_sigmoid_variants_equal_their_tanh_identities(name: str, z: np.ndarray) -> None:
    g, g_prime = get_activation(name)
    value, slope = VARIANT_ORACLES[name]
    np.testing.assert_allclose(g(z), value(z), rtol=0, atol=1e-15)
    np.testing.assert_allclose(g_prime(z), slope(z), rtol=0, atol=1e-15)
    np.testing.assert_allclose(g_prime(z, a=g(z)), g_prime(z), rtol=0, atol=1e-15)
    assert g is getattr(activations, name) and g_prime is getattr(activations, f"{name}_derivative")


@pytest.mark.parametrize("name", activations.SIGMOID_VARIANTS)
@settings(max_examples=25, deadline=None)
@given(z=moderate_away_from_kink)
def test_sigmoid_variant_derivatives_match_centred_finite_differences(name: str, z: float) -> None:
    g, g_prime = get_activation(name)
    h = 1e-6
    numerical = (g(np.array([z + h])) - g(np.array([z - h])))[0] / (2 * h)
    assert g_prime(np.array([z]))[0] == pytest.approx(numerical, rel=1e-5, abs=1e-8)


def test_the_variants_take_one_property_of_tanh_each() -> None:
    z = np.linspace(-8.0, 8.0, 1601)
    assert activations.centred_sigmoid(np.array([0.0]))[0] == 0.0  # centred, like tanh
    assert activations.centred_sigmoid_derivative(z).max() == 0.25  # the sigmoid's slope
    assert activations.steep_sigmoid_derivative(z).max() == 1.0  # tanh's slope at zero
    assert activations.steep_sigmoid(z).min() >= 0.0  # outputs positive, like the sigmoid
    assert set(activations.ALL_ACTIVATION_NAMES) == (set(ACTIVATION_NAMES)
                                                    | set(activations.SIGMOID_VARIANTS))


def test_the_stack_is_drawn_once_and_its_gradient_is_the_chain_rule_by_hand() -> None:
    from mlbook.activations import gradient_through_stack, stack_forward

    rng = np.random.default_rng(7)
    A0 = rng.normal(size=(5, 30))
    W1, W2 = (rng.normal(scale=3 / np.sqrt(5), size=(5, 5)) for _ in range(2))
    weights, pre_activations = stack_forward("sigmoid", 2, scale=3.0, width=5, m=30, seed=7)
    np.testing.assert_array_equal(weights[0], W1)
    np.testing.assert_array_equal(weights[1], W2)
    Z1 = W1 @ A0
    Z2 = W2 @ sigmoid(Z1)
    np.testing.assert_allclose(pre_activations[1], Z2, rtol=1e-12)
    s1, s2 = sigmoid(Z1), sigmoid(Z2)
    by_hand = W1.T @ ((W2.T @ (s2 * (1 - s2))) * s1 * (1 - s1))
    assert gradient_through_stack("sigmoid", 2, scale=3.0, width=5, m=30, seed=7) == (
        pytest.approx(np.abs(by_hand).mean(), rel=1e-12))


def test_saturated_share_counts_slopes_below_the_threshold_by_hand() -> None:
    from mlbook.activations import saturated_share, stack_forward

    _, (Z1, Z2) = stack_forward("tanh", 2, scale=4.0, width=6, m=50, seed=3)
    slopes = 1 - np.tanh(np.stack([Z1, Z2])) ** 2  # tanh's steepest slope is 1
    for threshold in (0.01, 0.5):
        expected = np.mean(slopes < threshold)
        assert saturated_share("tanh", 2, scale=4.0, threshold=threshold, width=6, m=50,
                               seed=3) == pytest.approx(expected, abs=1e-15)
    assert saturated_share("relu", 1, width=50, m=400) == pytest.approx(0.5, abs=0.05)
    with pytest.raises(ValueError, match="threshold must be between 0 and 1"):
        saturated_share("tanh", 2, threshold=1.5)


def test_scale_sweep_is_the_stack_at_each_scale() -> None:
    from mlbook.activations import (
        WEIGHT_SCALES,
        gradient_through_stack,
        saturated_share,
        scale_sweep,
    )

    gradients, saturated = scale_sweep("tanh", depth=3, scales=(0.5, 2))
    np.testing.assert_array_equal(gradients, [gradient_through_stack("tanh", 3, scale)
                                              for scale in (0.5, 2)])
    np.testing.assert_array_equal(saturated, [saturated_share("tanh", 3, scale)
                                              for scale in (0.5, 2)])
    assert len(scale_sweep("relu", depth=2)[0]) == len(WEIGHT_SCALES)
    for scales, words in (([], "at least one"), ([1, -2], r"scales\[1\] must be positive"),
                          ("12", "must be a sequence")):
        with pytest.raises((TypeError, ValueError), match=words):
            scale_sweep("tanh", scales=scales)


def test_larger_weights_let_a_sigmoid_stack_pass_a_gradient() -> None:
    from mlbook.activations import gradient_through_stack, saturated_share

    # Chapter 7: 16 times the weights carry the gradient through 20 sigmoid layers, at the
    # price of saturating most units; at the usual scale it all but vanishes.
    assert gradient_through_stack("sigmoid", 20, scale=1) < 1e-12
    assert 1 < gradient_through_stack("sigmoid", 20, scale=16) < 3
    assert saturated_share("sigmoid", 20, scale=16) > 0.5 > saturated_share("sigmoid", 20)


def test_a_sigmoid_layer_with_four_times_the_weights_has_tanhs_jacobian() -> None:
    rng = np.random.default_rng(0)
    V, c, t_in = rng.normal(size=(4, 4)), rng.normal(size=(4, 1)), rng.uniform(-1, 1, (4, 1))
    W, b = 4 * V, 2 * c - 2 * V @ np.ones((4, 1))
    a_in = (1 + t_in) / 2
    jacobian_sigmoid = activations.sigmoid_derivative(W @ a_in + b) * W
    jacobian_tanh = activations.tanh_derivative(V @ t_in + c) * V
    np.testing.assert_allclose(jacobian_sigmoid, jacobian_tanh, rtol=0, atol=1e-12)
