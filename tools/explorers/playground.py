"""The Playground's data: every setting it offers, trained by ``mlbook`` when the site is built.

A setting is a data set, a number of hidden units, a hidden activation and a learning rate;
every network starts from ``initialize_parameters`` with seed 2, as ``nn_model`` does. What a
reader sees at a frame (the decision regions, the cost, the accuracy) is that network after
that many steps, computed with ``mlbook.shallow``'s own functions.

The budget (issue 13: at most 30 s added to a clean build on two cores) decides the grid.
A step of every setting the controls suggest (5 data sets x 7 sizes x 5 activations x 6
rates) costs about 10 ms of CPU even batched, so 10,000 iterations of all of them would
take minutes. Hence:

* every setting with 1 to 5 hidden units is trained for :data:`HORIZON` iterations, at every
  rate; 20 and 50 hidden units (80 % of the arithmetic) at learning rate 1.2 only;
* the settings the chapters print are trained as long as the chapters train them
  (:data:`CHAPTER_RUNS`) by ``nn_model`` itself, so the Playground shows their numbers;
* the other settings are trained together by ``nn_model_batch``, which equals ``nn_model``
  network by network (tests/unit/test_playground.py) and saves the per-call overhead
  that dominates small networks;
* frames are kept at :data:`FRAME_ITERATIONS` only; the cost curve keeps every iteration as
  a minimum and maximum per bucket, so an oscillation still shows.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mlbook.datasets import load_extra_datasets, load_planar_dataset
from mlbook.playground import nn_model_batch
from mlbook.shallow import compute_cost, forward_propagation, nn_model, predict
from tools.explorers import encode

DATA_SETS = ("flower", "noisy_circles", "noisy_moons", "blobs", "gaussian_quantiles")
UNITS = (1, 2, 3, 4, 5, 20, 50)
ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")  # chapter 7's five
RATES = (0.01, 0.1, 0.5, 1.2, 5.0, 10.0)  # chapter 9's, from crawling to overflowing
HORIZON = 1500
"""Iterations of every setting that no chapter trains longer."""
EVERY_RATE_UP_TO = 5
"""Hidden sizes up to this one are trained at every rate; larger ones at 1.2 only."""
LARGE_SIZE_RATE = 1.2
FRAME_ITERATIONS = (0, 10, 20, 50, 100, 150, 200, 300, 400, 500, 600, 700, 800, 900, 1000,
                    1250, 1500, 1750, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 6000, 7000,
                    8000, 9000, 10000)
"""The iterations a reader can scrub to (those up to a setting's horizon): every thousand,
where chapter 9 prints the cost, and more often at the start, where most happens."""
GRID = 40
"""Decision regions are GRID x GRID probabilities, drawn smoothly scaled by the page."""
CURVE_BUCKETS = 250


@dataclass(frozen=True, order=True)
class Setting:
    data: str
    units: int
    activation: str
    rate: float

    @property
    def id(self) -> str:
        """The name of its files and its query in the Playground's URL."""
        return f"{self.data}_{self.activation}_{self.units}_{self.rate:g}"


DEFAULT = Setting("flower", 4, "tanh", 1.2)
"""Chapter 9's run: ``nn_model(X, Y, n_h=4, num_iterations=10_000, learning_rate=1.2)``."""


def _chapter_runs() -> dict[Setting, int]:
    runs = {}
    for rate in RATES:  # chapter 9, "The learning rate": 3,000 iterations each
        runs[Setting("flower", 4, "tanh", rate)] = 3000
    for units in UNITS:  # chapter 9, "How many hidden units?": 5,000 each
        runs[Setting("flower", units, "tanh", 1.2)] = 5000
    for data in DATA_SETS[1:]:  # chapter 9, "Other data sets": 5,000 each
        runs[Setting(data, 4, "tanh", 1.2)] = 5000
    for activation in ACTIVATIONS:  # chapter 7, "The five on the flower data": 10,000
        runs[Setting("flower", 4, activation, 1.2)] = 10000
    runs[DEFAULT] = 10000  # chapter 9's run
    return runs


CHAPTER_RUNS = _chapter_runs()
"""Settings the chapters train, with their number of iterations; ``nn_model`` trains them."""


def settings() -> dict[Setting, int]:
    """Every setting the Playground offers, with its number of iterations."""
    offered = {}
    for data in DATA_SETS:
        for units in UNITS:
            rates = RATES if units <= EVERY_RATE_UP_TO else (LARGE_SIZE_RATE,)
            for activation in ACTIVATIONS:
                for rate in rates:
                    setting = Setting(data, units, activation, rate)
                    offered[setting] = CHAPTER_RUNS.get(setting, HORIZON)
    missing = set(CHAPTER_RUNS) - set(offered)
    if missing:
        raise ValueError(f"chapter runs outside the grid: {sorted(missing)}")
    return dict(sorted(offered.items()))


def frames(horizon: int) -> list[int]:
    """The frame iterations of a run of ``horizon`` iterations (the last is ``horizon``)."""
    if horizon not in FRAME_ITERATIONS:
        raise ValueError(f"a horizon must be a frame iteration, got {horizon}")
    return [k for k in FRAME_ITERATIONS if k <= horizon]


def data_sets() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The flower and chapter 9's four other data sets (200 points each), as it loads them."""
    return {"flower": load_planar_dataset(), **load_extra_datasets()}


def bounds(X: np.ndarray) -> tuple[float, float, float, float]:
    """``(x1 low, x1 high, x2 low, x2 high)``: a square around the points, margin 1 as in the
    book's figures."""
    centre = (X.min(axis=1) + X.max(axis=1)) / 2
    half = float((X.max(axis=1) - X.min(axis=1)).max()) / 2 + 1
    return (float(centre[0] - half), float(centre[0] + half),
            float(centre[1] - half), float(centre[1] + half))


def grid_points(box: tuple[float, float, float, float], size: int = GRID) -> np.ndarray:
    """Cell centres of a ``size`` x ``size`` grid over ``box``, shape (2, size**2), row by row
    from the top (largest x2) as an image is stored."""
    x0, x1, y0, y1 = box
    step_x, step_y = (x1 - x0) / size, (y1 - y0) / size
    xs = x0 + step_x * (np.arange(size) + 0.5)
    ys = y1 - step_y * (np.arange(size) + 0.5)
    xx, yy = np.meshgrid(xs, ys)
    return np.vstack([xx.ravel(), yy.ravel()])


@dataclass
class Run:
    """What the Playground keeps of one trained setting."""

    setting: Setting
    horizon: int
    frames: list[int]
    costs: np.ndarray  # (horizon + 1,): the cost after i steps, the last one computed at the end
    correct: list[int | None]  # points classified right at each frame (None: overflowed)
    regions: list[np.ndarray | None]  # (GRID**2,) probabilities at each frame
    m: int


class Recorder:
    """The callback of a training run: keeps each network's regions and score at the frames."""

    def __init__(self, X: np.ndarray, Y: np.ndarray, activation: str, frame_list: list[int],
                 points: np.ndarray) -> None:
        self.X, self.Y, self.activation = X, Y, activation  # X (K, 2, m), Y (K, 1, m)
        self.frames = set(frame_list)
        self.points = points  # (K, 2, GRID**2)
        self.regions: list[list] = [[] for _ in range(len(X))]
        self.correct: list[list] = [[] for _ in range(len(X))]

    def __call__(self, i: int, parameters: dict[str, np.ndarray]) -> None:
        """Called before step ``i`` with the stacked parameters after ``i`` steps."""
        if i in self.frames:
            self.snapshot(parameters)

    def snapshot(self, parameters: dict[str, np.ndarray]) -> None:
        for k in range(len(self.X)):
            network = {key: value[k] for key, value in parameters.items()}
            if not all(np.isfinite(value).all() for value in network.values()):
                self.regions[k].append(None)  # the weights overflowed: nothing to draw
                self.correct[k].append(None)
                continue
            A2, _ = forward_propagation(self.points[k], network, self.activation)
            self.regions[k].append(A2[0])
            right = predict(network, self.X[k], self.activation) == self.Y[k]
            self.correct[k].append(int(right.sum()))


def final_cost(parameters: dict[str, np.ndarray], X: np.ndarray, Y: np.ndarray,
               activation: str) -> float:
    """The cost of the trained network, which ``nn_model``'s cost history stops short of."""
    if not all(np.isfinite(value).all() for value in parameters.values()):
        return math.nan
    A2, _ = forward_propagation(X, parameters, activation)
    return compute_cost(A2, Y)


def train_chapter_run(setting: Setting, horizon: int,
                      data: dict[str, tuple[np.ndarray, np.ndarray]]) -> Run:
    """Train one setting with ``nn_model`` itself, recording frames with its callback."""
    X, Y = data[setting.data]
    frame_list = frames(horizon)
    points = grid_points(bounds(X))[np.newaxis]
    recorder = Recorder(X[np.newaxis], Y[np.newaxis], setting.activation, frame_list, points)
    parameters, costs = nn_model(
        X, Y, n_h=setting.units, num_iterations=horizon, learning_rate=setting.rate,
        activation=setting.activation, return_costs=True,
        callback=lambda i, network: recorder(i, {k: v[np.newaxis] for k, v in network.items()}),
    )
    recorder.snapshot({key: value[np.newaxis] for key, value in parameters.items()})
    all_costs = np.append(costs, final_cost(parameters, X, Y, setting.activation))
    return Run(setting, horizon, frame_list, all_costs, recorder.correct[0],
               recorder.regions[0], X.shape[1])


def train_together(batch: list[Setting], horizon: int,
                   data: dict[str, tuple[np.ndarray, np.ndarray]]) -> list[Run]:
    """Train settings of one size, activation and number of points with ``nn_model_batch``."""
    X = np.stack([data[setting.data][0] for setting in batch])
    Y = np.stack([data[setting.data][1] for setting in batch])
    activation = batch[0].activation
    frame_list = frames(horizon)
    points = np.stack([grid_points(bounds(data[setting.data][0])) for setting in batch])
    recorder = Recorder(X, Y, activation, frame_list, points)
    parameters, costs = nn_model_batch(
        X, Y, n_h=batch[0].units, num_iterations=horizon,
        learning_rate=np.array([setting.rate for setting in batch]), activation=activation,
        callback=recorder,
    )
    recorder.snapshot(parameters)
    runs = []
    for k, setting in enumerate(batch):
        network = {key: value[k] for key, value in parameters.items()}
        all_costs = np.append(costs[:, k], final_cost(network, X[k], Y[k], activation))
        runs.append(Run(setting, horizon, frame_list, all_costs, recorder.correct[k],
                        recorder.regions[k], X.shape[2]))
    return runs


def plan(offered: dict[Setting, int]) -> dict[str, list[Setting]]:
    """The work, as tasks: the index, each chapter run, each batch of settings trained together
    (one size, activation, number of points and horizon)."""
    points = {name: X.shape[1] for name, (X, _) in data_sets().items()}
    tasks: dict[str, list[Setting]] = {"index": []}
    batches: dict[tuple, list[Setting]] = defaultdict(list)
    for setting, horizon in offered.items():
        if setting in CHAPTER_RUNS:
            tasks[f"chapter-{setting.id}"] = [setting]
        else:
            batches[setting.units, setting.activation, points[setting.data], horizon].append(
                setting)
    for (units, activation, m, horizon), batch in batches.items():
        tasks[f"batch-{activation}-{units}-{m}-{horizon}"] = batch
    return tasks


def curve(costs: np.ndarray, buckets: int = CURVE_BUCKETS) -> dict:
    """The cost history as the lowest and highest cost of each bucket of iterations."""
    every = max(1, math.ceil(len(costs) / buckets))
    low, high = [], []
    for start in range(0, len(costs), every):
        chunk = costs[start:start + every]
        finite = chunk[np.isfinite(chunk)]
        low.append(encode.rounded(float(finite.min())) if finite.size else None)
        high.append(encode.rounded(float(finite.max())) if finite.size else None)
    return {"every": every, "low": low, "high": high}


def run_files(run: Run) -> dict[str, bytes]:
    """The two files of a run: numbers (JSON) and decision regions (a PNG strip of frames)."""
    blank = np.zeros(GRID * GRID)
    strip = np.concatenate([encode.quantise(blank if region is None else region)
                            for region in run.regions]).reshape(-1, GRID)
    overflowed = np.flatnonzero(~np.isfinite(run.costs))
    numbers = {
        "horizon": run.horizon,
        "m": run.m,
        "frames": run.frames,
        "cost": [encode.exact(run.costs[k]) for k in run.frames],
        "correct": run.correct,
        "overflow": int(overflowed[0]) if overflowed.size else None,
        "curve": curve(run.costs),
    }
    return {f"{run.setting.id}.json": encode.dumps(numbers), f"{run.setting.id}.png":
            encode.png(strip)}


def points_file(data: dict[str, tuple[np.ndarray, np.ndarray]]) -> bytes:
    """Each data set's square and its points, as thousandths of the square, and labels."""
    sets = {}
    for name, (X, Y) in data.items():
        box = bounds(X)
        u = np.round((X[0] - box[0]) / (box[1] - box[0]) * 1000).astype(int)
        v = np.round((box[3] - X[1]) / (box[3] - box[2]) * 1000).astype(int)
        sets[name] = {"box": [round(edge, 4) for edge in box],
                      "points": np.column_stack([u, v]).ravel().tolist(),
                      "labels": "".join(str(int(label)) for label in Y[0])}
    return encode.dumps(sets)


def index_file(offered: dict[Setting, int]) -> bytes:
    """What the page reads first: the choices, the default and every offered setting."""
    return encode.dumps({
        "grid": GRID,
        "choices": {"data": list(DATA_SETS), "units": list(UNITS),
                    "activation": list(ACTIVATIONS), "rate": [f"{rate:g}" for rate in RATES]},
        "default": DEFAULT.id,
        "settings": {setting.id: horizon for setting, horizon in offered.items()},
    })


def tasks(offered: dict[Setting, int] | None = None) -> list[str]:
    """The names of the tasks (see ``tools/explorers/__init__.py``)."""
    return list(plan(settings() if offered is None else offered))


def run_task(name: str, folder: Path, offered: dict[Setting, int] | None = None) -> None:
    """Write the files of task ``name`` into ``folder``."""
    offered = settings() if offered is None else offered
    folder.mkdir(parents=True, exist_ok=True)
    if name == "index":
        (folder / "index.json").write_bytes(index_file(offered))
        (folder / "points.json").write_bytes(points_file(data_sets()))
        return
    batch = plan(offered)[name]
    data = data_sets()
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        if name.startswith("chapter-"):
            runs = [train_chapter_run(batch[0], offered[batch[0]], data)]
        else:
            runs = train_together(batch, offered[batch[0]], data)
    for run in runs:
        for file_name, content in run_files(run).items():
            (folder / file_name).write_bytes(content)


def compute(folder: Path, offered: dict[Setting, int] | None = None) -> None:
    """Train every offered setting and write the Playground's files into ``folder``."""
    offered = settings() if offered is None else offered
    for name in tasks(offered):
        run_task(name, folder, offered)
