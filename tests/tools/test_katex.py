"""tools/site/katex.py: formulas rendered at build, once, with the site's own KaTeX."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.site import katex
from tools.site.cache import BuildCache

PAGE = ('<p>Inline <span class="arithmatex">\\(a &lt; b\\)</span> and</p>'
        '<div class="arithmatex">\\[\\sigma(z)\\]</div>')


@pytest.fixture
def cache(tmp_path: Path) -> BuildCache:
    (tmp_path / "mlbook").mkdir()
    return BuildCache(tmp_path / "cache", tmp_path, enabled=True)


def test_formulas_are_unescaped_undelimited_and_typed() -> None:
    assert katex.formulas(PAGE, "p") == [{"tex": "a < b", "display": False},
                                         {"tex": "\\sigma(z)", "display": True}]


def test_a_formula_without_delimiters_is_an_error() -> None:
    with pytest.raises(katex.MathsError, match="page.md: cannot find the delimiters"):
        katex.formulas('<span class="arithmatex">x</span>', "page.md")


def test_every_formula_is_replaced_and_a_second_render_comes_from_the_cache(cache) -> None:
    calls = []

    def fake_render(batch, where):
        calls.append(batch)
        return [f"<b>{formula['tex']}</b>" for formula in batch]

    expected = ('<p>Inline <span class="arithmatex"><b>a < b</b></span> and</p>'
                '<div class="arithmatex"><b>\\sigma(z)</b></div>')
    assert katex.render_maths(PAGE, "p", cache, render=fake_render) == expected
    assert katex.render_maths(PAGE, "p", cache, render=fake_render) == expected
    assert len(calls) == 1


def test_a_page_without_maths_calls_nothing(cache) -> None:
    assert katex.render_maths("<p>x</p>", "p", cache, render=None) == "<p>x</p>"


def test_node_renders_with_mathml_and_rejects_bad_tex() -> None:
    html = katex.render_with_node([{"tex": "x^2", "display": False}], "p")[0]
    assert 'class="katex"' in html and "<math" in html
    with pytest.raises(katex.MathsError, match=r"p: KaTeX cannot render \"\\\\frac\{1\}\""):
        katex.render_with_node([{"tex": "\\frac{1}", "display": False}], "p")


def test_the_site_serves_katex_files_and_a_missing_install_is_explained(tmp_path: Path) -> None:
    files = katex.asset_files()
    assert {"assets/katex/katex.min.css", "assets/katex/katex.min.js"} <= set(files)
    assert any(uri.endswith(".woff2") for uri in files)
    with pytest.raises(katex.MathsError, match="bash tools/setup.sh"):
        katex.asset_files(tmp_path)


def test_notebook_pages_load_katex_before_the_init_script() -> None:
    page = '<script src="../../javascripts/katex-init.js"></script>'
    assert katex.load_in_browser(page) == (
        '<script src="../../assets/katex/katex.min.js"></script>'
        '<script src="../../assets/katex/contrib/auto-render.min.js"></script>' + page
    )
    deferred = '<script src="../../javascripts/katex-init.js" defer></script>'
    assert katex.load_in_browser(deferred) == (  # deferred scripts run in order
        '<script src="../../assets/katex/katex.min.js" defer></script>'
        '<script src="../../assets/katex/contrib/auto-render.min.js" defer></script>' + deferred
    )
