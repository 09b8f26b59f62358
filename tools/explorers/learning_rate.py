"""Chapter 3's explorer: gradient descent on the parabola ``J(x) = x**2``, one learning rate at a
time, from ``x = 4`` for 20 steps, as the chapter's figures run it (``minimize``).

The regimes the chapter names come from the path itself: the first step lands on the minimum,
or the distance to the minimum shrinks without changing side (converging), shrinks while
changing side (oscillating towards the minimum), stays the same (bouncing) or grows
(diverging).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from mlbook.gradient_descent import minimize, parabola
from tools.explorers import encode

START = 4.0
STEPS = 20
RATES = (0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0, 1.02, 1.05, 1.1)
"""From crawling to diverging; the chapter's four (0.02, 0.3, 0.9, 1.05) among them."""
DEFAULT = 0.3
CURVE_SAMPLES = 101


def regime(path: np.ndarray) -> str:
    """How the path meets the minimum at 0: a key of the strings table."""
    distance = np.abs(path)
    if distance[1] == 0:
        return "one_step"
    if np.all(distance[1:] == distance[:-1]):
        return "bouncing"
    if distance[-1] > distance[0]:
        return "diverging"
    if np.any(np.sign(path[1:]) != np.sign(path[:-1])):
        return "oscillating"
    return "converging"


def run(rate: float) -> dict:
    """The path, the costs and the regime of one learning rate, and the parabola under them."""
    result = minimize(parabola, START, learning_rate=rate, num_iterations=STEPS)
    path = result.path.astype(float)
    reach = max(4.5, float(np.abs(path).max()) * 1.1)
    xs = np.linspace(-reach, reach, CURVE_SAMPLES)
    return {
        "rate": rate,
        "x": [encode.exact(value) for value in path],
        "cost": [encode.exact(value) for value in result.costs],
        "regime": regime(path),
        "curve": {"x": [encode.rounded(v) for v in xs],
                  "cost": [encode.rounded(parabola(v)[0]) for v in xs]},
    }


def compute(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    runs = [run(rate) for rate in RATES]
    (folder / "runs.json").write_bytes(encode.dumps({
        "start": START, "steps": STEPS, "default": RATES.index(DEFAULT), "runs": runs}))
