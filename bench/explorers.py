"""What the explorers cost, measured in one run: training speed, build time, bytes per page.

    .venv/bin/python bench/explorers.py trainer [--iterations 300] [--repeats 3]
    .venv/bin/python bench/explorers.py build [--repeats 2]
    .venv/bin/python bench/explorers.py bytes --site /tmp/site

``trainer``: ``nn_model_batch`` against ``nn_model`` called once per network, on the groups
the Playground trains together (all data sets of one number of points, all learning rates,
one size and activation), CPU time of this process, interleaved repeats; prints the ratio
per size and for the whole sample.

``build``: clean strict builds of two copies of the project, alternating, each with an empty
cache of its own: as it is, and with every ``explorer::`` line removed (no explorer, no data
computed). Prints wall time and CPU time (this process's children) of each, their medians
and differences, then a rebuild of the first copy with its cache warm. Issue 13's budget is
30 s added to a clean build on two cores.

``bytes``: on a built site, what each page with an explorer downloads for it, gzip-compressed
as a static host sends it: the page's HTML, the script and the stylesheet, and the data the
explorer fetches first (for the Playground: its index, the points and the first setting).
Issue 13's budget is 300 kB per page.

A benchmark to read, not a test: it never fails.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlbook.playground import nn_model_batch  # noqa: E402
from mlbook.shallow import nn_model  # noqa: E402
from tools.explorers import playground as spec  # noqa: E402

MARKER = re.compile(r"^[ \t]*explorer::.*$", re.MULTILINE)


# --- trainer ---------------------------------------------------------------------------------


def groups(activation: str = "tanh") -> dict[str, list[spec.Setting]]:
    """Sample groups as the build forms them: one per size and number of points."""
    data = spec.data_sets()
    sample = {}
    for units in (1, 4, 20):
        rates = spec.RATES if units <= spec.EVERY_RATE_UP_TO else (spec.LARGE_SIZE_RATE,)
        for m in (400, 200):
            names = [name for name, (X, _) in data.items() if X.shape[1] == m]
            sample[f"n_h = {units:2d}, m = {m}"] = [
                spec.Setting(name, units, activation, rate) for name in names for rate in rates]
    return sample


def time_batched(settings: list[spec.Setting], iterations: int, data: dict) -> float:
    X = np.stack([data[s.data][0] for s in settings])
    Y = np.stack([data[s.data][1] for s in settings])
    start = time.process_time()
    nn_model_batch(X, Y, n_h=settings[0].units, num_iterations=iterations,
                   learning_rate=np.array([s.rate for s in settings]),
                   activation=settings[0].activation)
    return time.process_time() - start


def time_one_by_one(settings: list[spec.Setting], iterations: int, data: dict) -> float:
    start = time.process_time()
    for s in settings:
        X, Y = data[s.data]
        nn_model(X, Y, n_h=s.units, num_iterations=iterations, learning_rate=s.rate,
                 activation=s.activation)
    return time.process_time() - start


def trainer(iterations: int, repeats: int) -> None:
    data = spec.data_sets()
    totals = {"batched": 0.0, "one by one": 0.0}
    print(f"{iterations} iterations, median CPU seconds of {repeats} interleaved repeats")
    print(f"{'group':22} {'networks':>8} {'nn_model':>9} {'batched':>9} {'ratio':>6}")
    with np.errstate(all="ignore"):
        for name, settings in groups().items():
            batched, alone = [], []
            for _ in range(repeats):
                alone.append(time_one_by_one(settings, iterations, data))
                batched.append(time_batched(settings, iterations, data))
            b, a = statistics.median(batched), statistics.median(alone)
            totals["batched"] += b
            totals["one by one"] += a
            print(f"{name:22} {len(settings):8d} {a:9.2f} {b:9.2f} {a / b:5.1f}x")
    ratio = totals["one by one"] / totals["batched"]
    print(f"{'all groups':22} {'':8} {totals['one by one']:9.2f} {totals['batched']:9.2f} "
          f"{ratio:5.1f}x")


# --- build -----------------------------------------------------------------------------------


def project_copy(target: Path, explorers: bool) -> Path:
    """A copy of the project's sources (no caches, no site); without explorers if asked."""
    for name in ("mlbook", "tools", "docs", "bench"):
        shutil.copytree(ROOT / name, target / name,
                        ignore=shutil.ignore_patterns("__pycache__", ".cache"))
    for name in ("mkdocs.yml", "constraints.lock", "pyproject.toml"):
        shutil.copy(ROOT / name, target / name)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    if not explorers:
        for page in (target / "docs").rglob("*.md"):
            text = page.read_text(encoding="utf-8")
            if MARKER.search(text):
                page.write_text(MARKER.sub("", text), encoding="utf-8")
    return target


def timed_build(project: Path, cache: Path) -> tuple[float, float]:
    """Wall and CPU seconds (children) of one strict build with the cache folder ``cache``."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", MLBOOK_BUILD_CACHE_DIR=str(cache))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir",
                    str(project / "site")], cwd=project, env=env, check=True,
                   capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def build(repeats: int) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="mlbook-explorers-"))
    try:
        copies = {"with explorers": project_copy(scratch / "with", True),
                  "without": project_copy(scratch / "without", False)}
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in copies}
        for repeat in range(repeats):
            for name, project in copies.items():
                cache = scratch / f"cache-{name}-{repeat}"
                runs[name].append(timed_build(project, cache))
                print(f"  clean build {name:15} wall {runs[name][-1][0]:6.1f} s, "
                      f"CPU {runs[name][-1][1]:6.1f} s", flush=True)
        last_cache = scratch / f"cache-with explorers-{repeats - 1}"
        warm = timed_build(copies["with explorers"], last_cache)
        data_cpu = [float(done.read_text().split()[0]) for done in last_cache.rglob(".done")]
        load = os.getloadavg()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    medians = {name: (statistics.median(w for w, _ in values),
                      statistics.median(c for _, c in values)) for name, values in runs.items()}
    print(f"\nmedians of {repeats}, {os.cpu_count()} cores, load average now "
          f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    for name, (wall, cpu) in medians.items():
        print(f"  {name:15} wall {wall:6.1f} s  CPU {cpu:6.1f} s")
    added = medians["with explorers"][0] - medians["without"][0]
    print(f"  added by the explorers: wall {added:+.1f} s (budget 30 s), CPU "
          f"{medians['with explorers'][1] - medians['without'][1]:+.1f} s; their data took "
          f"{sum(data_cpu):.1f} s of CPU in the background")
    print(f"  rebuild with the cache warm: wall {warm[0]:.1f} s, CPU {warm[1]:.1f} s")


# --- bytes -----------------------------------------------------------------------------------

FIRST_FETCH = {"playground": ["index.json", "points.json", f"{spec.DEFAULT.id}.json",
                              f"{spec.DEFAULT.id}.png"],
               "learning-rate": ["runs.json"], "activations": ["activations.json"]}
DATA_OF = {"playground": "playground", "playground-small": "playground",
           "learning-rate": "learning-rate", "activations": "activations"}


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def weigh(site: Path) -> None:
    shared = gz(site / "javascripts" / "explorers.js") + gz(site / "stylesheets" / "explorers.css")
    print(f"script + stylesheet: {shared / 1000:.1f} kB gzip")
    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        kinds = re.findall(r'data-mlx="([a-z-]+)"', html)
        if not kinds:
            continue
        data = {DATA_OF[kind] for kind in kinds}
        fetched = sum(gz(site / "explorers" / d / name) for d in data for name in FIRST_FETCH[d])
        markup = sum(len(gzip.compress(m.encode(), mtime=0)) for m in
                     re.findall(r'<div class="mlx .*?</p></div>', html))
        total = gz(page) + shared + fetched
        print(f"{page.parent.relative_to(site).as_posix() + '/':32} {', '.join(kinds)}: page "
              f"{gz(page) / 1000:.1f} kB (explorer markup ~{markup / 1000:.1f} kB) + script "
              f"and styles + data {fetched / 1000:.1f} kB = {total / 1000:.1f} kB gzip")
    folder = site / "explorers" / "playground"
    settings = json.loads((folder / "index.json").read_text())["settings"]
    sizes = sorted(gz(folder / f"{s}.json") + (folder / f"{s}.png").stat().st_size
                   for s in settings)
    everything = sum(p.stat().st_size for p in (site / "explorers").rglob("*") if p.is_file())
    print(f"each further Playground setting: median {statistics.median(sizes) / 1000:.1f} kB, "
          f"largest {sizes[-1] / 1000:.1f} kB (gzip JSON + PNG); all explorer data on disk "
          f"{everything / 1e6:.1f} MB in {sum(1 for _ in (site / 'explorers').rglob('*.*'))} "
          "files")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=["trainer", "build", "bytes"])
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=None)
    parser.add_argument("--site", type=Path, help="a built site, for bytes")
    args = parser.parse_args()
    if args.what == "trainer":
        trainer(args.iterations, args.repeats or 3)
    elif args.what == "build":
        build(args.repeats or 2)
    else:
        weigh(args.site)


if __name__ == "__main__":
    main()
