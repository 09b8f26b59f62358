"""The explorers' data in the strict build: every file there, well formed, small.

The numbers themselves are compared with ``mlbook`` in tests/tools/test_explorers.py (short
runs) and tests/browser/test_explorers.py (values read from the page).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from tools.explorers import encode
from tools.explorers import playground as spec

pytestmark = pytest.mark.build

PAGE_BUDGET = 300_000  # bytes gzip per page (issue 13), the explorers' data fetched first
SETTING_BUDGET = 40_000  # bytes of one further Playground setting (JSON gzip + PNG)
ALL_DATA_BUDGET = 15_000_000  # bytes of all explorer data on disk
FIRST_FETCH = {"playground": ["index.json", "points.json", f"{spec.DEFAULT.id}.json",
                              f"{spec.DEFAULT.id}.png"],
               "playground-small": ["index.json", "points.json", f"{spec.DEFAULT.id}.json",
                                    f"{spec.DEFAULT.id}.png"],
               "learning-rate": ["runs.json"], "activations": ["activations.json"]}
FOLDER = {"playground": "playground", "playground-small": "playground",
          "learning-rate": "learning-rate", "activations": "activations"}


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), mtime=0))


@pytest.fixture(scope="module")
def playground(built_site: Path) -> Path:
    folder = built_site / "explorers" / "playground"
    assert (folder / "index.json").is_file(), "the Playground's data are not in the site"
    return folder


def test_every_offered_setting_has_its_files_with_one_frame_per_iteration(
        playground: Path) -> None:
    index = json.loads((playground / "index.json").read_text())
    assert index["settings"] == {setting.id: horizon
                                 for setting, horizon in spec.settings().items()}
    problems = []
    for setting_id, horizon in index["settings"].items():
        numbers = json.loads((playground / f"{setting_id}.json").read_text())
        strip = encode.read_png((playground / f"{setting_id}.png").read_bytes())
        frames = spec.frames(horizon)
        if numbers["frames"] != frames or strip.shape != (index["grid"] * len(frames),
                                                          index["grid"]):
            problems.append(f"{setting_id}: frames {numbers['frames']}, strip {strip.shape}")
        finite = [cost for cost in numbers["cost"] if cost is not None]
        if not all(0 <= cost < 40 for cost in finite):  # the log loss is at most 34.5
            problems.append(f"{setting_id}: costs out of range {finite}")
        counts = [count for count in numbers["correct"] if count is not None]
        if not all(0 <= count <= numbers["m"] for count in counts):
            problems.append(f"{setting_id}: counts out of range {counts}")
        if (numbers["overflow"] is None) != (len(finite) == len(frames)):
            problems.append(f"{setting_id}: overflow {numbers['overflow']} but costs "
                            f"{numbers['cost']}")
    assert not problems, "\n".join(problems[:20])


def test_every_file_is_small_and_the_whole_fits(built_site: Path, playground: Path) -> None:
    index = json.loads((playground / "index.json").read_text())
    sizes = {s: gz(playground / f"{s}.json") + (playground / f"{s}.png").stat().st_size
             for s in index["settings"]}
    largest = max(sizes, key=sizes.get)
    assert sizes[largest] <= SETTING_BUDGET, f"{largest}: {sizes[largest]} bytes"
    total = sum(p.stat().st_size for p in (built_site / "explorers").rglob("*") if p.is_file())
    assert total <= ALL_DATA_BUDGET, f"{total} bytes of explorer data"
    assert not list((built_site / "explorers").rglob(".*")), "build files copied into the site"


def test_every_page_with_an_explorer_stays_within_its_weight(built_site: Path) -> None:
    shared = (gz(built_site / "javascripts" / "explorers.js")
              + gz(built_site / "stylesheets" / "explorers.css"))
    weights = {}
    for page in sorted(built_site.rglob("index.html")):
        kinds = set(re.findall(r'data-mlx="([a-z-]+)"', page.read_text(encoding="utf-8")))
        if not kinds:
            continue
        files = {built_site / "explorers" / FOLDER[kind] / name
                 for kind in kinds for name in FIRST_FETCH[kind]}
        weights[page.parent.relative_to(built_site).as_posix()] = (
            gz(page) + shared + sum(gz(path) for path in files))
    assert "playground" in weights
    heavy = {page: weight for page, weight in weights.items() if weight > PAGE_BUDGET}
    assert not heavy, f"pages over {PAGE_BUDGET} bytes gzip with their explorers: {heavy}"
