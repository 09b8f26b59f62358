"""The book's data sets, with samples as columns: ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``.

Every generator is seeded explicitly; none touches numpy's global random state.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import sklearn.datasets

from mlbook._validation import checked, flag, positive_int, seed


# --8<-- [start:load_planar_dataset]
@checked(seed=seed)
def load_planar_dataset(seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The course's "flower": 400 points in two classes, each class a set of petals.

    For class ``j`` (0, then 1) it draws 200 angles ``t`` along ``[3.12 j, 3.12 (j + 1)]``
    with noise, then radii ``r = 4 sin(4 t)`` with noise, and places the points at
    ``(r sin t, r cos t)``. With the default seed the numbers are the course's.

    Parameters
    ----------
    seed : int, default 1
        Seed of the ``numpy.random.RandomState`` that draws the noise.

    Returns
    -------
    X : ndarray of shape (2, 400), float64
        The points, one per column.
    Y : ndarray of shape (1, 400), int64
        Their labels: 0 for the first 200 points, 1 for the last 200.

    Raises
    ------
    TypeError, ValueError
        If ``seed`` is not an integer in ``[0, 2**32)``.

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
# --8<-- [end:load_planar_dataset]


# --8<-- [start:load_extra_datasets]
@checked(n_samples=positive_int, seed=seed)
def load_extra_datasets(
    n_samples: int = 200, seed: int = 0
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The other 2-D data sets the course tries, from scikit-learn's generators.

    ``noisy_circles`` (two rings, noise 0.3), ``noisy_moons`` (two half-moons, noise 0.2),
    ``blobs`` (six clusters, labelled 0/1 by the parity of their cluster) and
    ``gaussian_quantiles`` (an inner disc and an outer ring of one Gaussian).

    Parameters
    ----------
    n_samples : int, default 200
        Points in each data set.
    seed : int, default 0
        ``random_state`` passed to every generator.

    Returns
    -------
    dict
        ``name -> (X, Y)`` with ``X`` of shape (2, n_samples) float64 and ``Y`` of shape
        (1, n_samples) int64 with labels 0 and 1.

    Raises
    ------
    TypeError, ValueError
        If ``n_samples`` is not a positive integer or ``seed`` is not a valid seed.

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
# --8<-- [end:load_extra_datasets]


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


# --8<-- [start:load_breast_cancer_features]
@checked(features=_feature_names, standardize=flag)
def load_breast_cancer_features(
    features: Sequence[str] = BREAST_CANCER_FEATURES, standardize: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """A few features of scikit-learn's bundled breast-cancer data (569 tumours, no download).

    Parameters
    ----------
    features : sequence of str, default ``BREAST_CANCER_FEATURES``
        Column names from ``sklearn.datasets.load_breast_cancer().feature_names``.
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
        If ``features`` is not a list of known feature names.

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
# --8<-- [end:load_breast_cancer_features]
