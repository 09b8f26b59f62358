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


LABELLED = '''
from matplotlib.figure import Figure

def costs():
    figure = Figure()
    axes = figure.add_subplot()
    axes.plot([0, 1], [1, 0], label="learning rate 1.2")
    axes.set_title("Cost per iteration")
    axes.set_xlabel("iteration $i$")
    axes.legend()
    return figure

FIGURES = {"demo-costs": costs, "demo-other": costs}
'''
TABLE = """
exact:
  Cost per iteration: 每次迭代的代价
  iteration $i$: 迭代次数 $i$
patterns:
  - match: "learning rate (.*)"
    replace: "学习率 \\\\1"
"""


def test_an_edition_draws_the_figures_its_pages_show_in_its_words(tmp_path, cache) -> None:
    specs = tmp_path / "figures"
    specs.mkdir()
    (specs / "page.py").write_text(LABELLED)
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "ch03.yml").write_text(TABLE, encoding="utf-8")
    (tmp_path / "labels" / "ch07.yml").write_text("exact:\n  tanh: tanh\n", encoding="utf-8")
    labels = figures.Labels.load(tmp_path / "labels", "zh")
    assert labels.translate("tanh") == "tanh"
    assert labels.translate("learning rate 0.5") == "学习率 0.5"
    assert labels.translate("$\\alpha$") == "$\\alpha$" and labels.translate("0.25") == "0.25"
    assert labels.translate("learning curves") is None
    [(name, svg)] = list(figures.figures(cache, specs, labels=labels, only={"demo-costs"}))
    [(_, english)] = list(figures.figures(cache, specs, only={"demo-costs"}))
    assert name == "demo-costs" and svg != english  # other glyphs, drawn as paths


def test_a_word_the_table_lacks_fails_naming_the_figure_and_the_text(tmp_path, cache) -> None:
    specs = tmp_path / "figures"
    specs.mkdir()
    (specs / "page.py").write_text(LABELLED)
    labels = figures.Labels("zh", exact={"Cost per iteration": "每次迭代的代价"})
    with pytest.raises(figures.UntranslatedError,
                       match=r"figure demo-costs: no zh words for \['iteration \$i\$', "
                             r"'learning rate 1.2'\]"):
        list(figures.figures(cache, specs, labels=labels, only={"demo-costs"}))


def test_the_figures_a_folder_of_pages_shows_are_found(tmp_path) -> None:
    (tmp_path / "a.md").write_text("![x](../figures/ch01-flower.svg) and figures/b-c.svg")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("![y](../../figures/ch09-sizes.svg)")
    assert figures.referenced(tmp_path) == {"ch01-flower", "b-c", "ch09-sizes"}


def test_two_label_files_may_not_translate_a_text_differently(tmp_path) -> None:
    (tmp_path / "a.yml").write_text("exact:\n  cost: 代价\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text("exact:\n  cost: 成本\n", encoding="utf-8")
    with pytest.raises(ValueError, match="b.yml translates 'cost' differently"):
        figures.Labels.load(tmp_path, "zh")


def test_tick_labels_made_of_words_are_translated_in_the_saved_figure() -> None:
    from matplotlib.figure import Figure

    def rows():
        figure = Figure()
        axes = figure.add_subplot()
        axes.barh(["Sigmoid", "Tanh"], [3.0, 1.0])  # categorical ticks, written when drawn
        axes.set_yticks([0, 1], labels=["Sigmoid", "Tanh"])
        return figure

    labels = figures.Labels("zh", exact={"Sigmoid": "sigmoid 函数", "Tanh": "tanh"})
    made = []

    def make():
        made.append(rows())
        return made[-1]

    figures.figure_svg(make, labels, "demo-rows")
    figure = made[0]
    figure.canvas.draw()  # as savefig does: the formatter writes the labels again
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["sigmoid 函数", "tanh"]
    with pytest.raises(figures.UntranslatedError, match=r"\['Tanh'\]"):
        figures.figure_svg(rows, figures.Labels("zh", exact={"Sigmoid": "sigmoid 函数"}), "x")
