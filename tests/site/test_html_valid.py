"""Every built page is valid HTML for the Nu HTML Checker, but for the theme's own markup.

One JVM checks every page of the session's strict build and, beside them, a stock-Material
build of chapter 2's Markdown (``tools/html_check.py``: the book's theme, features and
Markdown extensions; no plugins, no hooks). An error on a page fails unless it is one of the
theme's known messages below, and each of those must show up in the stock build too, so an
entry cannot hide an error of the book's own making.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import html_check

pytestmark = pytest.mark.build

TWIN_OF = "chapters/02-logistic-regression.md"

# Material's own markup, on every page of any Material site (mkdocs-material 9.x templates).
THEME_MESSAGES = {
    # partials/nav-item.html writes tabindex="{{ tabindex }}" on the <label> of each nav
    # section and sets tabindex only for labels that are not sections (navigation.sections):
    # a section's label gets tabindex="", which the browser ignores. Four per page here.
    "empty tabindex on nav section labels": re.compile(
        r"^Bad value “” for attribute “tabindex” on element “label”: "
        r"The empty string is not a valid integer\.$"
    ),
    # base.html's drawer and search toggles are <input type="checkbox" autocomplete="off">;
    # Material sets it so that Firefox does not restore a toggle's state on reload. Two per
    # page.
    "autocomplete on the drawer and search checkboxes": re.compile(
        r"^Attribute “autocomplete” is only allowed when the input type is .*\.$"
    ),
}


def theme_message(message: str) -> str | None:
    return next((name for name, pattern in THEME_MESSAGES.items() if pattern.match(message)),
                None)


@pytest.fixture(scope="module")
def checked(built_site: Path, tmp_path_factory: pytest.TempPathFactory):
    pages = sorted(built_site.rglob("*.html"))
    twin = html_check.stock_twin(TWIN_OF, tmp_path_factory.mktemp("stock-twin"))
    try:
        messages = html_check.check([*pages, twin], built_site)
    except html_check.CheckerError as error:
        pytest.fail(str(error))
    twin_page = html_check.relative(str(twin), built_site)
    site = [m for m in messages if m.page != twin_page]
    stock = [m for m in messages if m.page == twin_page]
    return pages, site, stock


def test_every_page_is_valid_html_but_for_the_themes_own_markup(checked) -> None:
    pages, site, stock = checked
    assert len(pages) > 30
    own = [m for m in site if theme_message(m.message) is None]
    in_stock = set(html_check.by_message(stock))
    assert not own, (
        f"{len(own)} HTML errors on the built pages, by message:\n"
        + "\n".join(
            f"{count:5d}  {message}"
            + ("  (stock Material has it too: the theme's?)" if message in in_stock else "")
            for message, count in html_check.by_message(own).most_common()
        )
        + "\n\nthe first ones:\n" + "\n".join(str(m) for m in own[:25])
    )


def test_the_allowed_messages_are_the_themes_own(checked) -> None:
    _, _, stock = checked
    in_stock = {theme_message(m.message) for m in stock}
    assert set(THEME_MESSAGES) <= in_stock, (
        f"allowed, but the stock Material build does not have them: "
        f"{sorted(set(THEME_MESSAGES) - in_stock)}; it reports {html_check.by_message(stock)}"
    )
