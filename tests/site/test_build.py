"""The strict build succeeds and produces a self-contained site."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from tools.site import editions

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_SOURCES = sorted((ROOT / "docs" / "notebooks").glob("*.py"))
# src/href attributes that would make the browser fetch from another host.
EXTERNAL_ASSET = re.compile(
    r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["'](?:https?:)?//"""
)

pytestmark = pytest.mark.build


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_strict_build_writes_every_page(built_site: Path) -> None:
    assert (built_site / "index.html").is_file()
    assert (built_site / "how-this-book-works" / "index.html").is_file()
    for source in NOTEBOOK_SOURCES:
        assert (built_site / "notebooks" / source.stem / "index.html").is_file()


def test_katex_is_served_by_the_site(built_site: Path) -> None:
    katex = built_site / "assets" / "katex"
    for name in ["katex.min.js", "katex.min.css", "contrib/auto-render.min.js"]:
        assert (katex / name).stat().st_size > 1000, name
    fonts_named_by_css = set(
        re.findall(r"fonts/([\w-]+\.woff2)", (katex / "katex.min.css").read_text())
    )
    assert fonts_named_by_css
    assert fonts_named_by_css <= {font.name for font in (katex / "fonts").glob("*.woff2")}


def test_no_page_loads_assets_from_another_host(built_site: Path) -> None:
    for page in html_pages(built_site):
        html = page.read_text(encoding="utf-8")
        html = re.sub(r'<link rel="canonical" [^>]*>', "", html)  # names the page, fetches nothing
        assert not EXTERNAL_ASSET.search(html), (
            f"{page.relative_to(built_site)} loads a remote asset"
        )
        assert "cdnjs" not in html and "fonts.googleapis" not in html, page.relative_to(built_site)


def test_every_notebook_is_downloadable_as_valid_ipynb(built_site: Path) -> None:
    assert NOTEBOOK_SOURCES
    for source in NOTEBOOK_SOURCES:
        path = built_site / "notebooks" / f"{source.stem}.ipynb"
        notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
        nbformat.validate(notebook)
        assert notebook.metadata["kernelspec"]["name"] == "python3"
        assert any(cell.cell_type == "code" for cell in notebook.cells)


def test_notebook_pages_show_executed_outputs(built_site: Path) -> None:
    for source in NOTEBOOK_SOURCES:
        html = (built_site / "notebooks" / source.stem / "index.html").read_text(encoding="utf-8")
        assert "jp-OutputArea-output" in html, f"{source.name} was rendered without outputs"


def test_figures_are_generated_svg(built_site: Path) -> None:
    figures = sorted((built_site / "figures").glob("*.svg"))
    assert figures
    for figure in figures:
        head = figure.read_text(encoding="utf-8")[:400]
        assert "<svg" in head, figure.name


def test_search_index_covers_the_pages(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "how-this-book-works/" in locations


def nav_files(entries) -> list[str]:
    files: list[str] = []
    for entry in entries:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        files += nav_files(value) if isinstance(value, list) else [value]
    return files


@pytest.mark.parametrize("config_file", ["mkdocs.yml", "mkdocs.zh.yml"])
def test_every_page_is_in_the_navigation(config_file: str) -> None:
    from mkdocs.config import load_config

    config = load_config(str(ROOT / config_file))
    docs = Path(config["docs_dir"])
    sources = editions.page_sources(docs)
    if config_file == "mkdocs.yml":  # the other editions' folders are not its pages
        sources = {uri for uri in sources if not uri.startswith("zh/")}
    listed = nav_files(config["nav"])
    assert len(listed) == len(set(listed)), "a page is listed twice in the nav"
    assert set(listed) == sources


def test_home_page_links_every_written_chapter(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    contents = home.split('id="contents"', 1)[1].split("</table>", 1)[0]  # not the nav
    for chapter in sorted((ROOT / "docs" / "chapters").glob("*.md")):
        assert f'href="chapters/{chapter.stem}/"' in contents, chapter.name
    assert "coming soon" not in contents or len(list((ROOT / "docs" / "chapters").glob("*.md"))) < 9


def test_every_listing_title_links_to_its_api_entry(built_site: Path) -> None:
    linked = 0
    for page in html_pages(built_site):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'<span class="filename"><a class="listing-api" href="([^"]+)"',
                               html):
            path, _, anchor = href.partition("#")
            target = (page.parent / path / "index.html").resolve()
            assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), (
                f"{page.relative_to(built_site)}: a listing links to {href}, which has no entry")
            linked += 1
    assert linked >= 30


def test_no_link_points_at_a_source_file(built_site: Path) -> None:
    """Links printed by markdown-exec blocks or written in notebooks are rewritten too."""
    for page in html_pages(built_site):
        html = page.read_text(encoding="utf-8")
        stale = re.findall(r'href="([^":]+\.md(?:#[^"]*)?)"', html)
        assert not stale, f"{page.relative_to(built_site)} links to source files: {stale[:3]}"


def test_notebook_pages_share_their_styles_and_describe_their_figures(built_site: Path) -> None:
    for source in NOTEBOOK_SOURCES:
        html = (built_site / "notebooks" / source.stem / "index.html").read_text(encoding="utf-8")
        assert "No description has been provided" not in html, source.name
        inline = re.findall(r"<style[^>]*>(.*?)</style>", html, re.DOTALL)
        assert all(len(css) < 2000 for css in inline), f"{source.name} inlines a large <style>"
        for href in re.findall(r'href="((?:\.\./)+assets/notebook/[0-9a-f]+\.css)"', html):
            assert (built_site / "notebooks" / source.stem / href).resolve().is_file(), href


def test_formulas_of_markdown_pages_are_rendered_at_build(built_site: Path) -> None:
    page = (built_site / "how-this-book-works" / "index.html").read_text(encoding="utf-8")
    formulas = re.findall(r'<(span|div) class="arithmatex">(.*?)</\1>', page, re.DOTALL)
    assert formulas
    assert all('class="katex' in body and "\\(" not in body for _, body in formulas)
    assert "katex.min.js" not in page  # no script needed for maths rendered at build
    notebook = (built_site / "notebooks" / "00-how-this-book-works" / "index.html").read_text()
    assert "assets/katex/katex.min.js" in notebook  # notebook cells keep $...$ for the browser


def test_pages_load_only_the_plugin_assets_they_use(built_site: Path) -> None:
    chapter = (built_site / "how-this-book-works" / "index.html").read_text(encoding="utf-8")
    assert "_markdown_exec_pyodide" not in chapter  # no page runs Python in the browser
    assert "_mkdocstrings.css" not in chapter
    api = (built_site / "api" / "shallow" / "index.html").read_text(encoding="utf-8")
    assert "_mkdocstrings.css" in api


def test_the_notation_tables_have_stable_anchors(built_site: Path) -> None:
    """Chapters and readers link to #shallow-network; generated ids (#exec-12--data) would move."""
    page = (built_site / "appendices" / "notation" / "index.html").read_text(encoding="utf-8")
    for anchor in ("data", "logistic-regression", "shallow-network", "operations-and-helpers"):
        assert f'id="{anchor}"' in page, anchor
    assert not re.search(r'id="exec-\d+', page)
