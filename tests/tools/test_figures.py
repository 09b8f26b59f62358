"""tools/site/figures.py: each figure drawn once, reproducibly, and stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.site import figures
from tools.site.cache import BuildCache

SPEC = '''
from matplotlib.figure import Figure
CALLS = []

def line():
    CALLS.append(1)
    figure = Figure()
    figure.add_subplot().plot([0, 1], [0, 1])
    return figure

FIGURES = {"demo-line": line}
'''


@pytest.fixture
def cache(tmp_path: Path) -> BuildCache:
    (tmp_path / "mlbook").mkdir()
    return BuildCache(tmp_path / "cache", tmp_path, enabled=True)


def test_figures_are_svg_reproducible_and_stored(tmp_path: Path, cache: BuildCache) -> None:
    specs = tmp_path / "figures"
    specs.mkdir()
    (specs / "page.py").write_text(SPEC)
    [(name, svg)] = list(figures.figures(cache, specs))
    assert name == "demo-line" and svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "<dc:date>" not in svg and "<text" not in svg  # no timestamp; text drawn as paths
    misses = cache.misses
    assert list(figures.figures(cache, specs)) == [(name, svg)]
    assert cache.misses == misses  # second time: nothing drawn, nothing imported


def test_a_figure_name_used_twice_is_an_error(tmp_path: Path, cache: BuildCache) -> None:
    specs = tmp_path / "figures"
    specs.mkdir()
    (specs / "a.py").write_text(SPEC)
    (specs / "b.py").write_text(SPEC)
    with pytest.raises(ValueError, match="'demo-line' in b.py is also in a.py"):
        list(figures.figures(cache, specs))
