"""The book's data sets, with samples as columns: `X` is `(n_x, m)`, `Y` is `(1, m)`.

Every generator is seeded explicitly; none touches numpy's global random state.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import sklearn.datasets

from mlbook._validation import (
    checked,
    finite_number,
    flag,
    labels,
    needs,
    one_of,
    positive_int,
    samples,
    seed,
)


@checked(seed=seed)
def load_planar_dataset(seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The course's "flower": 400 points in two classes, each class a set of petals.

    For class `j` (0, then 1) it draws 200 angles `t` along `[3.12 j, 3.12 (j + 1)]`
    with noise, then radii `r = 4 sin(4 t)` with noise, and places the points at
    `(r sin t, r cos t)`. With the default seed the numbers are the course's.

    Parameters
    ----------
    seed : int, default 1
        Seed of the `numpy.random.RandomState` that draws the noise.

    Returns
    -------
    X : ndarray of shape (2, 400), float64
        The points, one per column.
    Y : ndarray of shape (1, 400), int64
        Their labels: 0 for the first 200 points, 1 for the last 200.

    Raises
    ------
    TypeError, ValueError
        If `seed` is not an integer in `[0, 2**32)`.

    Examples
    --------
    >>> X, Y = load_planar_dataset()
    >>> X.shape, Y.shape, Y.dtype, int(Y.sum())
    ((2, 400), (1, 400), dtype('int64'), 200)
    >>> X[:, 0].round(4)
    array([1.2044, 3.5761])
    """
    random = np.random.RandomState(seed)
    points_per_class, max_radius = 200, 4
    X = np.zeros((2, 2 * points_per_class))
    Y = np.zeros((1, 2 * points_per_class), dtype=np.int64)
    for j in range(2):
        columns = slice(points_per_class * j, points_per_class * (j + 1))
        t = (np.linspace(3.12 * j, 3.12 * (j + 1), points_per_class)
             + 0.2 * random.randn(points_per_class))
        r = max_radius * np.sin(4 * t) + 0.2 * random.randn(points_per_class)
        X[:, columns] = np.vstack([r * np.sin(t), r * np.cos(t)])
        Y[:, columns] = j
    return X, Y


def _points_in_the_plane(value: object, name: str) -> np.ndarray:
    X = samples(value, name)
    if X.shape[0] != 2:
        raise ValueError(f"{name} must have shape (2, m), points in the plane, got {X.shape}")
    return X


@checked(X=_points_in_the_plane)
def petal_feature(X: np.ndarray) -> np.ndarray:
    """A feature designed for the flower: `sin(4 angle) sign(x1)`, one number per point.

    Walking around the centre of the flower, the colour changes every eighth of a turn, and
    the left half is the mirror image of the right half with the same colours. With
    `angle = atan2(x1, x2)`, `sin(4 angle)` changes sign every eighth of a turn but
    also under the mirror; multiplying by the sign of `x1` gives mirror images one value.

    Parameters
    ----------
    X : ndarray of shape (2, m)
        Points in the plane, one per column.

    Returns
    -------
    ndarray of shape (1, m)
        The feature of each point, in [-1, 1].

    Raises
    ------
    TypeError, ValueError
        If `X` is not numeric, finite and of shape (2, m).

    Examples
    --------
    >>> X = np.array([[0.3827, -0.3827, 0.9239], [0.9239, 0.9239, 0.3827]])
    >>> petal_feature(X).round(3)  # a point, its mirror image, the next wedge
    array([[ 1.,  1., -1.]])
    """
    angle = np.arctan2(X[0], X[1])
    return (np.sin(4 * angle) * np.sign(X[0])).reshape(1, -1)


@checked(n_samples=positive_int, seed=seed)
def load_extra_datasets(
    n_samples: int = 200, seed: int = 0
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The other 2-D data sets the course tries, from scikit-learn's generators.

    `noisy_circles` (two rings, noise 0.3), `noisy_moons` (two half-moons, noise 0.2),
    `blobs` (six clusters, labelled 0/1 by the parity of their cluster) and
    `gaussian_quantiles` (an inner disc and an outer ring of one Gaussian).

    Parameters
    ----------
    n_samples : int, default 200
        Points in each data set.
    seed : int, default 0
        `random_state` passed to every generator.

    Returns
    -------
    dict
        `name -> (X, Y)` with `X` of shape (2, n_samples) float64 and `Y` of shape
        (1, n_samples) int64 with labels 0 and 1.

    Raises
    ------
    TypeError, ValueError
        If `n_samples` is not a positive integer or `seed` is not a valid seed.

    Examples
    --------
    >>> data = load_extra_datasets(n_samples=100)
    >>> sorted(data)
    ['blobs', 'gaussian_quantiles', 'noisy_circles', 'noisy_moons']
    >>> X, Y = data["noisy_moons"]
    >>> X.shape, Y.shape, sorted(set(Y.ravel().tolist()))
    ((2, 100), (1, 100), [0, 1])
    """
    generated = {
        "noisy_circles": sklearn.datasets.make_circles(
            n_samples=n_samples, factor=0.5, noise=0.3, random_state=seed),
        "noisy_moons": sklearn.datasets.make_moons(
            n_samples=n_samples, noise=0.2, random_state=seed),
        "blobs": sklearn.datasets.make_blobs(
            n_samples=n_samples, n_features=2, centers=6, random_state=seed),
        "gaussian_quantiles": sklearn.datasets.make_gaussian_quantiles(
            cov=0.5, n_samples=n_samples, n_features=2, n_classes=2, random_state=seed),
    }
    return {
        name: (points.T.astype(np.float64), (labels % 2).reshape(1, -1).astype(np.int64))
        for name, (points, labels) in generated.items()
    }


DATASETS_2D = ("flower", "noisy_circles", "noisy_moons", "blobs", "gaussian_quantiles")
"""The two-dimensional data sets of chapter 9: the flower, then the course's four others."""


@checked(name=one_of(DATASETS_2D))
def load_2d_dataset(name: str = "flower") -> tuple[np.ndarray, np.ndarray]:
    """One of the book's two-dimensional data sets, by name, with its default settings.

    Parameters
    ----------
    name : str, default "flower"
        `"flower"` ([`load_planar_dataset`][mlbook.datasets.load_planar_dataset]) or a name of
        [`load_extra_datasets`][mlbook.datasets.load_extra_datasets].

    Returns
    -------
    X : ndarray of shape (2, m), float64
        The points, one per column (m = 400 for the flower, 200 for the others).
    Y : ndarray of shape (1, m), int64
        Their labels, 0 or 1.

    Raises
    ------
    ValueError
        If `name` is not one of `DATASETS_2D`.

    Examples
    --------
    >>> [load_2d_dataset(name)[0].shape for name in DATASETS_2D]
    [(2, 400), (2, 200), (2, 200), (2, 200), (2, 200)]
    """
    if name == "flower":
        return load_planar_dataset()
    return load_extra_datasets()[name]


def _feature_names(value: object, name: str) -> tuple[str, ...]:
    known = list(sklearn.datasets.load_breast_cancer().feature_names)
    if isinstance(value, str) or not isinstance(value, Sequence) or len(value) == 0:
        raise TypeError(f"{name} must be a non-empty list of feature names, got {value!r}")
    unknown = [feature for feature in value if feature not in known]
    if unknown:
        raise ValueError(f"{name} holds unknown feature(s) {unknown}; choose from {known}")
    return tuple(value)


BREAST_CANCER_FEATURES = ("mean radius", "mean texture", "mean smoothness")
"""Three weakly correlated features: a well-conditioned problem for plain gradient descent."""


@checked(features=_feature_names, standardize=flag)
def load_breast_cancer_features(
    features: Sequence[str] = BREAST_CANCER_FEATURES, standardize: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """A few features of scikit-learn's bundled breast-cancer data (569 tumours, no download).

    Parameters
    ----------
    features : sequence of str, default `BREAST_CANCER_FEATURES`
        Column names from `sklearn.datasets.load_breast_cancer().feature_names`.
    standardize : bool, default True
        Rescale each feature to mean 0 and standard deviation 1, so that one learning rate
        suits every weight.

    Returns
    -------
    X : ndarray of shape (len(features), 569), float64
        One tumour per column.
    Y : ndarray of shape (1, 569), int64
        1 for benign, 0 for malignant (scikit-learn's coding).

    Raises
    ------
    TypeError, ValueError
        If `features` is not a list of known feature names.

    Examples
    --------
    >>> X, Y = load_breast_cancer_features()
    >>> X.shape, Y.shape
    ((3, 569), (1, 569))
    >>> X.mean(axis=1).round(6) + 0.0, X.std(axis=1).round(6)
    (array([0., 0., 0.]), array([1., 1., 1.]))
    """
    data = sklearn.datasets.load_breast_cancer()
    columns = [list(data.feature_names).index(feature) for feature in features]
    X = data.data[:, columns].T.astype(np.float64)
    if standardize:
        X = (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True)
    Y = data.target.reshape(1, -1).astype(np.int64)
    return X, Y


@needs("X")
def _test_size(value: object, name: str, X: np.ndarray) -> float:
    """A fraction in (0, 1) that leaves at least one sample on each side of the split."""
    fraction = finite_number(value, name)
    m = X.shape[1]
    if not 0 < fraction < 1:
        raise ValueError(f"{name} must be a fraction between 0 and 1, got {value}")
    n_test = round(fraction * m)
    if not 1 <= n_test <= m - 1:
        raise ValueError(f"{name}={value} of X's {m} samples leaves {n_test} for testing and "
                         f"{m - n_test} for training; each side needs at least one")
    return fraction


@checked(X=samples, Y=labels(matching="X"), test_size=_test_size, seed=seed)
def train_test_split(
    X: np.ndarray, Y: np.ndarray, test_size: float = 0.25, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Split the samples at random into a training set and a held-out test set.

    A model is fitted on the training set only; its accuracy on the test set estimates how
    it does on new points from the same source. The columns are shuffled by a private
    `RandomState(seed)`, so the split is reproducible and numpy's global state is left
    alone. The order of the results is scikit-learn's.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Samples, one per column.
    Y : ndarray of shape (n_y, m)
        Their labels, 0 or 1.
    test_size : float, default 0.25
        Fraction of the samples held out, rounded to a whole number of samples; each side
        keeps at least one.
    seed : int, default 0
        Seed of the shuffle.

    Returns
    -------
    X_train : ndarray of shape (n_x, m - t)
    X_test : ndarray of shape (n_x, t)
        `t = round(test_size * m)`.
    Y_train : ndarray of shape (n_y, m - t)
    Y_test : ndarray of shape (n_y, t)
        New arrays: the inputs are not modified.

    Raises
    ------
    TypeError, ValueError
        If `X` or `Y` is malformed or they do not match, `test_size` is not a fraction
        that leaves a sample on each side, or `seed` is not a valid seed.

    Examples
    --------
    >>> X, Y = load_planar_dataset()
    >>> X_train, X_test, Y_train, Y_test = train_test_split(X, Y, test_size=0.25, seed=0)
    >>> X_train.shape, X_test.shape, Y_train.shape, Y_test.shape
    ((2, 300), (2, 100), (1, 300), (1, 100))
    >>> int(Y_test.sum())  # points of class 1 among the 100 held out
    45
    >>> np.array_equal(np.sort(np.hstack([X_train, X_test]), axis=1), np.sort(X, axis=1))
    True
    """
    m = X.shape[1]
    order = np.random.RandomState(seed).permutation(m)
    n_test = round(test_size * m)
    test, train = order[:n_test], order[n_test:]
    return X[:, train], X[:, test], Y[:, train], Y[:, test]
