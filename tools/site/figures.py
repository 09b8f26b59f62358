"""Figures drawn by ``mlbook.plots`` when the site is built, as reproducible SVG.

Every module ``tools/figures/<page>.py`` defines ``FIGURES``, a mapping from a figure name to
a function that returns a matplotlib Figure made by ``mlbook.plots``. Each becomes
``figures/<name>.svg`` in the site; a page shows it as ``![alt](../figures/<name>.svg)``.
A drawn figure is stored in the build cache under its module's source and its name.
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import matplotlib

from tools.site.cache import BuildCache, digest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "tools" / "figures"

# Reproducible SVG: no timestamp, fixed element ids, text drawn as paths (no font requests).
SVG_RC = {"svg.hashsalt": "mlbook", "svg.fonttype": "path"}
# Figure and axes backgrounds are transparent (legends keep theirs): the page shows through,
# and extra.css turns the drawing light-on-dark in the dark scheme, with no white slab.


def spec_modules(folder: Path = SPECS) -> list[Path]:
    return [path for path in sorted(folder.glob("*.py")) if not path.name.startswith("_")]


def load_specs(path: Path) -> dict[str, Callable]:
    """``FIGURES`` of the module at ``path`` (loaded afresh)."""
    spec = importlib.util.spec_from_file_location(f"mlbook_figures_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.FIGURES)


def figure_svg(make: Callable) -> str:
    """The SVG text of the figure that ``make()`` returns (closed afterwards)."""
    with matplotlib.rc_context(SVG_RC):
        figure = make()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight", dpi=150,
                       transparent=True)
        plt.close(figure)
    return buffer.getvalue()


def figures(cache: BuildCache, folder: Path = SPECS) -> Iterator[tuple[str, str]]:
    """``(name, svg)`` for every figure of every module; names must be unique."""
    seen: dict[str, str] = {}
    for path in spec_modules(folder):
        source = path.read_bytes()
        specs = None  # the module is loaded only if one of its figures is not stored
        for name in _names(path, source, cache):
            if name in seen:
                raise ValueError(f"figure name {name!r} in {path.name} is also in {seen[name]}")
            seen[name] = path.name
            key = digest(["figure", path.name, source, name])
            svg = cache.read("figures", key, ".svg")
            if svg is None:
                specs = specs or load_specs(path)
                svg = figure_svg(specs[name])
                cache.write("figures", key, svg, ".svg")
            yield name, svg


def _names(path: Path, source: bytes, cache: BuildCache) -> list[str]:
    """The figure names of a module, stored under its source (listing them needs no import)."""
    key = digest(["figure-names", path.name, source])
    stored = cache.read("figures", key, ".txt")
    if stored is not None:
        return stored.split()
    names = list(load_specs(path))
    cache.write("figures", key, "\n".join(names), ".txt")
    return names
