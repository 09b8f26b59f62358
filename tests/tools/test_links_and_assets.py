"""tools/site/links.py and assets.py: links to source files, and assets a page does not use."""

from __future__ import annotations

import pytest

from tools.site.assets import drop_unused_assets
from tools.site.links import BrokenLinkError, link_source_files

PAGES = {"chapters/02-logistic-regression.md": "../02-logistic-regression/",
         "notebooks/02-logistic-regression.py": "../../notebooks/02-logistic-regression/"}


def test_links_to_pages_written_as_source_files_point_at_the_pages() -> None:
    html = ('<a href="02-logistic-regression.md#the-sigmoid">x</a> '
            '<a href="../notebooks/02-logistic-regression.py">nb</a> '
            '<a href="https://example.org/a.md">out</a> <a href="#local">here</a>')
    assert link_source_files(html, "chapters/01-ml-vs-dl.md", PAGES.get) == (
        '<a href="../02-logistic-regression/#the-sigmoid">x</a> '
        '<a href="../../notebooks/02-logistic-regression/">nb</a> '
        '<a href="https://example.org/a.md">out</a> <a href="#local">here</a>'
    )


def test_a_link_to_a_missing_page_fails_and_a_plain_python_file_is_left_alone() -> None:
    with pytest.raises(BrokenLinkError, match="chapters/01.md links to missing.md: no such page"):
        link_source_files('<a href="missing.md">x</a>', "chapters/01.md", PAGES.get)
    html = '<a href="data/loader.py">file</a>'
    assert link_source_files(html, "chapters/01.md", PAGES.get) == html


def test_plugin_assets_are_dropped_from_pages_that_do_not_use_them() -> None:
    head = ('<link rel="stylesheet" href="../assets/_mkdocstrings.css">'
            '<script src="../assets/_markdown_exec_pyodide.js"></script>')
    assert drop_unused_assets(head + "<p>chapter</p>") == "<p>chapter</p>"
    api = head + '<div class="doc doc-object">'
    assert '_mkdocstrings.css' in drop_unused_assets(api)
    assert "pyodide" not in drop_unused_assets(api)
