"""Data sets: the flower equals the course's recipe; shapes, labels and seeds of the others."""

from __future__ import annotations

import numpy as np
import pytest

from mlbook.datasets import load_breast_cancer_features, load_extra_datasets, load_planar_dataset
from tools import article_reference


def test_flower_equals_the_course_recipe() -> None:
    X, Y = load_planar_dataset()
    X_course, Y_course = article_reference.load_planar_dataset()
    np.testing.assert_array_equal(X, X_course)
    np.testing.assert_array_equal(Y, Y_course)
    assert X.dtype == np.float64 and np.issubdtype(Y.dtype, np.integer)
    assert Y[0, :200].sum() == 0 and Y[0, 200:].sum() == 200


def test_flower_does_not_touch_global_random_state() -> None:
    before = np.random.get_state()[1].copy()  # noqa: NPY002 (inspecting, not using, it)
    load_planar_dataset(seed=7)
    np.testing.assert_array_equal(np.random.get_state()[1], before)  # noqa: NPY002


def test_flower_seed_changes_the_noise() -> None:
    assert not np.array_equal(load_planar_dataset(seed=2)[0], load_planar_dataset()[0])


def test_extra_datasets_shapes_labels_and_seed() -> None:
    first = load_extra_datasets(n_samples=50, seed=3)
    again = load_extra_datasets(n_samples=50, seed=3)
    for name, (X, Y) in first.items():
        assert X.shape == (2, 50) and Y.shape == (1, 50), name
        assert set(np.unique(Y)) == {0, 1}, name
        np.testing.assert_array_equal(X, again[name][0])
    other = load_extra_datasets(n_samples=50, seed=4)
    assert not np.array_equal(first["noisy_moons"][0], other["noisy_moons"][0])


def test_breast_cancer_features() -> None:
    X, Y = load_breast_cancer_features(["mean radius", "worst area"], standardize=False)
    assert X.shape == (2, 569) and Y.shape == (1, 569)
    assert X[0].max() > 20  # raw radii, not standardized
    assert set(np.unique(Y)) == {0, 1}


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: load_planar_dataset(seed=-1), ValueError, "seed must be between 0"),
        (lambda: load_planar_dataset(seed=1.5), TypeError, "seed must be an integer"),
        (lambda: load_extra_datasets(n_samples=0), ValueError, "n_samples must be a positive"),
        (lambda: load_breast_cancer_features(["radius"]), ValueError, "unknown feature"),
        (lambda: load_breast_cancer_features("mean radius"), TypeError, "features must be a"),
    ],
)
def test_bad_input(call, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        call()
