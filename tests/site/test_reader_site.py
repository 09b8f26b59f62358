"""What issue 17 fixed, checked on the strict build: API text, search index, home page and
wheel, notebook buttons, captions, the 404 page, notebook pages' weight, figures' backgrounds."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from tools.site import notebook_links

ROOT = Path(__file__).resolve().parents[2]
CHAPTERS = sorted((ROOT / "docs" / "chapters").glob("*.md"))
NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.py"))

pytestmark = pytest.mark.build


def article(html: str) -> str:
    return html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]


def text_of(html: str) -> str:
    """Visible text of the article: no tags, no code of listings' source views."""
    return unescape(re.sub(r"<[^>]+>", "", article(html)))


def test_api_pages_show_links_and_code_not_rest_markup(built_site: Path) -> None:
    problems = []
    for page in sorted((built_site / "api").glob("*/index.html")):
        html = page.read_text(encoding="utf-8")
        prose = re.sub(r"<(pre|code)\b.*?</\1>", "", article(html), flags=re.DOTALL)
        prose = unescape(re.sub(r"<[^>]+>", "", prose))
        for raw in re.findall(r":(?:func|class|data|meth|mod|attr):`?\w*|``[^`]*``|\]\[mlbook",
                              prose):
            problems.append(f"{page.parent.name}: {raw!r}")
    assert not problems, "raw reST or unresolved references on API pages:\n" + "\n".join(problems)
    activations = (built_site / "api" / "activations" / "index.html").read_text()
    assert re.search(r'<a [^>]*href="#mlbook\.activations\.get_activation"', activations), (
        "the module docstring's cross-reference to get_activation is not a link")


def test_api_pages_have_one_heading_for_the_module(built_site: Path) -> None:
    for page in sorted((built_site / "api").glob("*/index.html")):
        if page.parent.name == "api":
            continue
        html = article(page.read_text(encoding="utf-8"))
        h1 = re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.DOTALL)
        assert len(h1) == 1, page
        module = page.parent.name
        assert not re.search(rf'<h2 id="mlbook\.{module}"', html), f"{module}: second heading"


def test_the_search_index_is_plain_text_and_ranks_chapters_first(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    tex = re.compile(r"\\\(|\\\[|\$\$|(?<![\w$])\$(?=\S)[^$\n]*?\S\$(?!\d)")
    problems = [f"{doc['location']}: {doc['title'][:60]!r}" for doc in index["docs"]
                if tex.search(f"{doc['title']} {doc['text']}") or "¶" in doc["title"] + doc["text"]]
    assert not problems, f"{len(problems)} entries with TeX or ¶:\n" + "\n".join(problems[:20])
    boosts = {doc["location"].split("/")[0]: doc.get("boost", 1) for doc in index["docs"]}
    assert boosts["chapters"] > boosts.get("appendices", 1) > boosts["notebooks"]
    assert boosts["chapters"] > boosts["api"]


def test_the_home_page_offers_the_wheel_it_names(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(downloads/[^"]+\.whl)"', home)
    assert links, "the home page does not link the wheel"
    wheels = sorted(path.name for path in (built_site / "downloads").glob("*.whl"))
    assert wheels and all(Path(link).name in wheels for link in links), (links, wheels)
    assert f"pip install {wheels[0]}" in unescape(re.sub(r"<[^>]+>", "", home))
    assert 'href="chapters/01-ml-vs-dl/"' in home.split("Who it is for")[0], "no start button"
    assert "clone of the repository" not in home


def test_every_chapter_and_notebook_page_has_the_notebook_buttons_first(
        built_site: Path) -> None:
    sources = [f"chapters/{c.name}" for c in CHAPTERS] + [f"notebooks/{n.name}" for n in NOTEBOOKS]
    pairs = notebook_links.companions(sources + ["how-this-book-works.md"])
    problems = []
    for source in sources:
        if source not in pairs:
            problems.append(f"{source}: no companion")
            continue
        stem = Path(source).stem
        html = article((built_site / Path(source).parent / stem / "index.html").read_text())
        row = html.find('class="notebook-links"')
        first_section = html.find("<h2")
        download = f'{pairs[source].download.split("/")[-1]}" download>'
        if row == -1 or not (first_section == -1 or row < first_section):
            problems.append(f"{source}: no button row above the first section")
        elif download not in html[row:]:
            problems.append(f"{source}: the row has no download of {pairs[source].download}")
    assert not problems, "\n".join(problems)


def test_chapter_captions_are_numbered(built_site: Path) -> None:
    numbered = 0
    for chapter in CHAPTERS:
        number = int(chapter.stem.split("-")[0])
        html = (built_site / "chapters" / chapter.stem / "index.html").read_text(encoding="utf-8")
        found = re.findall(r'<span class="caption-number">Figure (\d+)\.(\d+)</span>', html)
        assert [int(n) for n, _ in found] == [number] * len(found), chapter.name
        assert [int(k) for _, k in found] == list(range(1, len(found) + 1)), chapter.name
        numbered += len(found)
    assert numbered >= 9


def test_the_404_page_leads_into_the_book(built_site: Path) -> None:
    page = (built_site / "404.html").read_text(encoding="utf-8")
    body = article(page)
    # absolute from site_url's path ("/." is the root, as the theme's own logo link has it)
    assert re.search(r'href="/\.?#contents"', body) and 'href="/chapters/01-ml-vs-dl/"' in body
    assert re.search(r'<form [^>]*action="/\.?"[^>]*>', body) and 'name="q"' in body
    assert "404 - Not found" not in page


def test_the_sitemap_lists_the_pages(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<loc>") > 30
    assert "chapters/02-logistic-regression/</loc>" in sitemap


def test_output_blocks_are_marked_on_chapter_pages(built_site: Path) -> None:
    marked = sum(
        (built_site / "chapters" / chapter.stem / "index.html").read_text().count(
            'class="language-text highlight output no-copy"') for chapter in CHAPTERS)
    assert marked >= 5


def test_notebook_pages_carry_no_jupyterlab_styles(built_site: Path) -> None:
    for source in NOTEBOOKS:
        html = (built_site / "notebooks" / source.stem / "index.html").read_text(encoding="utf-8")
        assert "<clipboard-copy" not in html and "jp-InputPrompt" not in html, source.name
        assert not re.search(r"<style[^>]*>", html), f"{source.name} inlines CSS"
        assert "assets/notebook/" not in html, f"{source.name} links nbconvert's CSS"
        assert 'class="language-python highlight"' in html, source.name
        assert not re.search(r">Notebook: [^<]*</", html.split("<article", 1)[0]), (
            f"{source.name}: the navigation repeats 'Notebook:'")


def test_figures_have_transparent_backgrounds(built_site: Path) -> None:
    for figure in sorted((built_site / "figures").glob("*.svg")):
        head = figure.read_text(encoding="utf-8")
        patch = re.search(r'<g id="patch_1">\s*<path [^>]*style="([^"]*)"', head)
        assert patch and "fill: none" in patch.group(1), f"{figure.name}: opaque background"
