"""Data sets: the flower equals the course's recipe; shapes, labels and seeds of the others;
the train/test split."""

from __future__ import annotations

import numpy as np
import pytest
import sklearn.datasets

from mlbook.datasets import (
    load_breast_cancer_features,
    load_extra_datasets,
    load_planar_dataset,
    petal_feature,
    train_test_split,
)
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


def test_flower_seed_is_the_courses_global_seed() -> None:
    X, Y = load_planar_dataset(seed=5)
    X_course, Y_course = article_reference.load_planar_dataset(seed=5)
    np.testing.assert_array_equal(X, X_course)
    np.testing.assert_array_equal(Y, Y_course)
    assert not np.array_equal(X, load_planar_dataset()[0])


# The recipe the docstring describes: scikit-learn's generator and its settings per data set.
RECIPES = {
    "noisy_circles": (sklearn.datasets.make_circles, {"factor": 0.5, "noise": 0.3}),
    "noisy_moons": (sklearn.datasets.make_moons, {"noise": 0.2}),
    "blobs": (sklearn.datasets.make_blobs, {"n_features": 2, "centers": 6}),
    "gaussian_quantiles": (sklearn.datasets.make_gaussian_quantiles,
                           {"cov": 0.5, "n_features": 2, "n_classes": 2}),
}


def test_extra_datasets_are_scikit_learns_generators_with_samples_as_columns() -> None:
    data = load_extra_datasets(n_samples=60, seed=3)
    assert list(data) == list(RECIPES)
    for name, (generator, settings) in RECIPES.items():
        points, labels = generator(n_samples=60, random_state=3, **settings)
        X, Y = data[name]
        np.testing.assert_array_equal(X, points.T)
        np.testing.assert_array_equal(Y, (labels % 2).reshape(1, -1))  # blobs: cluster parity
        assert X.dtype == np.float64 and Y.dtype == np.int64


def test_extra_datasets_default_to_200_samples_with_seed_0() -> None:
    default, explicit = load_extra_datasets(), load_extra_datasets(n_samples=200, seed=0)
    for name, (X, Y) in default.items():
        assert X.shape == (2, 200)
        np.testing.assert_array_equal(X, explicit[name][0])
        np.testing.assert_array_equal(Y, explicit[name][1])


def test_extra_datasets_shapes_labels_and_seed() -> None:
    first = load_extra_datasets(n_samples=50, seed=3)
    again = load_extra_datasets(n_samples=50, seed=3)
    for name, (X, Y) in first.items():
        assert X.shape == (2, 50) and Y.shape == (1, 50), name
        assert set(np.unique(Y)) == {0, 1}, name
        np.testing.assert_array_equal(X, again[name][0])
    other = load_extra_datasets(n_samples=50, seed=4)
    assert not np.array_equal(first["noisy_moons"][0], other["noisy_moons"][0])


def test_breast_cancer_features_are_the_named_columns() -> None:
    data = sklearn.datasets.load_breast_cancer()
    names = list(data.feature_names)
    features = ["worst area", "mean radius"]  # not in the data's order
    X, Y = load_breast_cancer_features(features, standardize=False)
    np.testing.assert_array_equal(X, data.data[:, [names.index(f) for f in features]].T)
    np.testing.assert_array_equal(Y, data.target.reshape(1, -1))
    assert X.dtype == np.float64 and Y.dtype == np.int64


def test_standardized_features_have_mean_0_and_standard_deviation_1() -> None:
    raw, _ = load_breast_cancer_features(standardize=False)
    X, _ = load_breast_cancer_features()
    assert X.shape == (3, 569)
    np.testing.assert_allclose(X.mean(axis=1), 0.0, rtol=0, atol=1e-12)
    np.testing.assert_allclose(X.std(axis=1), 1.0, rtol=0, atol=1e-12)
    # Each feature is shifted and scaled, not reordered: the same tumours are the largest.
    np.testing.assert_array_equal(np.argsort(X, axis=1), np.argsort(raw, axis=1))


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: load_planar_dataset(seed=-1), ValueError, "seed must be between 0"),
        (lambda: load_planar_dataset(seed=1.5), TypeError, "seed must be an integer"),
        (lambda: load_extra_datasets(n_samples=0), ValueError, "n_samples must be a positive"),
        (lambda: load_breast_cancer_features(["radius"]), ValueError, "unknown feature"),
        (lambda: load_breast_cancer_features("mean radius"), TypeError, "features must be a"),
        (lambda: load_breast_cancer_features([]), TypeError, "features must be a non-empty"),
        (lambda: load_breast_cancer_features(3), TypeError, "features must be a non-empty"),
    ],
)
def test_bad_input(call, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        call()


# train_test_split


def test_the_split_is_a_partition_that_keeps_each_label_with_its_sample() -> None:
    X, Y = load_planar_dataset()
    X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=3)
    assert X_train.shape == (2, 300) and X_test.shape == (2, 100)
    assert Y_train.shape == (1, 300) and Y_test.shape == (1, 100)
    index = {tuple(column): label for column, label in zip(X.T, Y.ravel(), strict=True)}
    together = np.hstack([X_train, X_test]).T
    labels = np.hstack([Y_train, Y_test]).ravel()
    assert sorted(map(tuple, together)) == sorted(index)  # every sample once
    assert all(index[tuple(column)] == label for column, label in zip(together, labels,
                                                                     strict=True))


def test_the_split_is_seeded_and_leaves_the_inputs_alone() -> None:
    X, Y = load_planar_dataset()
    X_copy, Y_copy = X.copy(), Y.copy()
    first = train_test_split(X, Y, seed=5)
    again = train_test_split(X, Y, seed=5)
    other = train_test_split(X, Y, seed=6)
    assert all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    assert not np.array_equal(first[1], other[1])
    assert np.array_equal(X, X_copy) and np.array_equal(Y, Y_copy)


def test_the_test_size_is_rounded_to_whole_samples_and_several_outputs_follow() -> None:
    X = np.arange(20.0).reshape(2, 10)
    Y = np.array([[0, 1] * 5, [1, 1, 0, 0, 1] * 2])
    X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.34, seed=0)
    assert X_test.shape == (2, 3) and Y_test.shape == (2, 3) and Y_train.shape == (2, 7)
    for column, labels in zip(X_test.T, Y_test.T, strict=True):
        position = int(column[0])
        assert np.array_equal(labels, Y[:, position])


@pytest.mark.parametrize(
    ("test_size", "message"),
    [(0.0, "test_size must be a fraction between 0 and 1"),
     (1.0, "test_size must be a fraction between 0 and 1"),
     (0.01, "leaves 0 for testing and 10 for training"),
     (0.99, "leaves 10 for testing and 0 for training"),
     ("half", "test_size must be a real number")],
)
def test_a_test_size_that_leaves_a_side_empty_is_refused(test_size, message) -> None:
    X, Y = np.zeros((1, 10)), np.zeros((1, 10))
    with pytest.raises((ValueError, TypeError), match=message):
        train_test_split(X, Y, test_size=test_size)


def test_labels_that_do_not_match_the_samples_are_refused() -> None:
    with pytest.raises(ValueError, match="Y must have shape"):
        train_test_split(np.zeros((2, 10)), np.zeros((1, 9)))


def test_a_2d_data_set_by_name_is_the_loader_it_names() -> None:
    from mlbook.datasets import DATASETS_2D, load_2d_dataset

    extra = load_extra_datasets()
    assert DATASETS_2D == ("flower", *extra)
    for name in DATASETS_2D:
        X, Y = load_2d_dataset(name)
        expected_X, expected_Y = load_planar_dataset() if name == "flower" else extra[name]
        np.testing.assert_array_equal(X, expected_X)
        np.testing.assert_array_equal(Y, expected_Y)
    with pytest.raises(ValueError, match="name must be one of flower, noisy_circles"):
        load_2d_dataset("moons")


def test_petal_feature_is_sin_4_angle_times_the_side_and_ignores_the_distance() -> None:
    angles = np.radians([22.5, 67.5, 112.5, 157.5])  # the middle of a petal, every 45 degrees
    for radius in (0.5, 3.0):
        right = radius * np.vstack([np.sin(angles), np.cos(angles)])  # x1 >= 0
        np.testing.assert_allclose(petal_feature(right), [[1.0, -1.0, 1.0, -1.0]], atol=1e-12)
        mirrored = right * np.array([[-1.0], [1.0]])
        np.testing.assert_allclose(petal_feature(mirrored), petal_feature(right), atol=1e-12)


def test_petal_feature_separates_the_flower() -> None:
    X, Y = load_planar_dataset()
    predicted = (petal_feature(X) < 0).astype(int)  # class 1 where the feature is negative
    assert np.mean(predicted == Y) > 0.9
    with pytest.raises(ValueError, match=r"shape \(2, m\)"):
        petal_feature(np.ones((3, 4)))


def test_a_split_leaves_at_least_one_sample_on_each_side() -> None:
    X, Y = np.arange(8.0).reshape(2, 4), np.array([[0, 1, 0, 1]])
    for test_size, n_test in ((0.25, 1), (0.75, 3)):  # the extremes allowed for 4 samples
        X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=test_size)
        assert (X_test.shape[1], X_train.shape[1]) == (n_test, 4 - n_test)
    for test_size, message in ((0.1, "leaves 0 for testing and 4 for training"),
                               (0.9, "leaves 4 for testing and 0 for training"),
                               (1.0, "must be a fraction between 0 and 1, got 1.0"),
                               (1.5, "must be a fraction between 0 and 1, got 1.5"),
                               (-0.5, "must be a fraction between 0 and 1, got -0.5"),
                               (0.0, "must be a fraction between 0 and 1, got 0.0")):
        with pytest.raises(ValueError, match=f"test_size.*{message}"):
            train_test_split(X, Y, test_size=test_size)
    default = train_test_split(X, Y)
    for got, expected in zip(default, train_test_split(X, Y, test_size=0.25, seed=0),
                             strict=True):
        np.testing.assert_array_equal(got, expected)
