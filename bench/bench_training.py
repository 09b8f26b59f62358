"""Training speed of mlbook.nn_model against two peers, measured in one run.

    python bench/bench_training.py [--repeats 5] [--iterations 10000]

The task: the course's flower (400 points, 2 features), one hidden tanh layer of 4 units,
full-batch gradient descent with learning rate 1.2 for 10,000 iterations. The peers:

- the article's own plain loop, its defects fixed (``tests/article_reference.py``);
- scikit-learn's ``MLPClassifier`` set up the same way: plain SGD on the whole batch,
  no momentum, no penalty, no early stopping, no shuffling, no tolerance stop.

Each repeat runs the three trainings back to back (interleaved, so that a busy machine
slows all of them alike); the script prints the median time of each and the ratios of
the medians, then of the best times (the least disturbed by other work on the machine).
Targets: mlbook / article loop <= 1.1, scikit-learn / mlbook >= 2.
This is a benchmark to read, not a test: it never fails.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlbook.datasets import load_planar_dataset  # noqa: E402
from mlbook.metrics import accuracy  # noqa: E402
from mlbook.shallow import nn_model, predict  # noqa: E402
from tools import article_reference  # noqa: E402

N_H, LEARNING_RATE = 4, 1.2


def train_mlbook(X: np.ndarray, Y: np.ndarray, iterations: int) -> float:
    parameters = nn_model(X, Y, N_H, num_iterations=iterations, learning_rate=LEARNING_RATE)
    return accuracy(predict(parameters, X), Y)


def train_article(X: np.ndarray, Y: np.ndarray, iterations: int) -> float:
    parameters, _ = article_reference.nn_model(X, Y, N_H, iterations, LEARNING_RATE)
    return float(np.mean(article_reference.predict(parameters, X) == Y))


def train_sklearn(X: np.ndarray, Y: np.ndarray, iterations: int) -> float:
    model = MLPClassifier(
        hidden_layer_sizes=(N_H,), activation="tanh", solver="sgd",
        learning_rate="constant", learning_rate_init=LEARNING_RATE, momentum=0.0,
        nesterovs_momentum=False, alpha=0.0, batch_size=X.shape[1], shuffle=False,
        early_stopping=False, max_iter=iterations, tol=0.0, n_iter_no_change=iterations + 1,
        random_state=3,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)  # max_iter is the point here
        model.fit(X.T, Y.ravel())
    assert model.n_iter_ == iterations, model.n_iter_
    return float(model.score(X.T, Y.ravel()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--iterations", type=int, default=10_000)
    arguments = parser.parse_args()
    X, Y = load_planar_dataset()
    trainers = {"mlbook.nn_model": train_mlbook, "article loop (fixed)": train_article,
                "scikit-learn MLPClassifier": train_sklearn}
    times: dict[str, list[float]] = {name: [] for name in trainers}
    accuracies: dict[str, float] = {}
    for _ in range(arguments.repeats):
        for name, train in trainers.items():
            start = time.perf_counter()
            accuracies[name] = train(X, Y, arguments.iterations)
            times[name].append(time.perf_counter() - start)

    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"Flower, n_h = {N_H}, {arguments.iterations} full-batch iterations, learning rate "
          f"{LEARNING_RATE}; median of {arguments.repeats} interleaved repeats "
          f"(numpy {np.__version__}, scikit-learn {sklearn.__version__})")
    for name, median in medians.items():
        spread = f"{min(times[name]):.3f}-{max(times[name]):.3f}"
        print(f"  {name:<28} {median:7.3f} s  (range {spread} s)  "
              f"training accuracy {accuracies[name]:.1%}")
    bests = {name: min(values) for name, values in times.items()}
    for label, summary in (("medians", medians), ("best times", bests)):
        mlbook = summary["mlbook.nn_model"]
        article_ratio = mlbook / summary["article loop (fixed)"]
        sklearn_ratio = summary["scikit-learn MLPClassifier"] / mlbook
        print(f"Ratios of the {label}:")
        print(f"  mlbook / article loop    {article_ratio:5.2f}x  (target <= 1.10x: "
              f"{'met' if article_ratio <= 1.1 else 'MISSED'})")
        print(f"  scikit-learn / mlbook    {sklearn_ratio:5.2f}x  (target >= 2x: "
              f"{'met' if sklearn_ratio >= 2 else 'MISSED'})")


if __name__ == "__main__":
    main()
