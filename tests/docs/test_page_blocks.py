"""Every python/pycon block on every page runs, and every listing names a real section."""

from __future__ import annotations

import pytest

from tests.docs import pages, snippets

PAGES = pages.pages()


def page_id(path) -> str:
    return path.relative_to(pages.DOCS).as_posix()


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_page_blocks_run_in_order(page) -> None:
    pages.run_page(page)


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_snippet_reference_resolves_to_a_non_empty_section(page) -> None:
    for path, section in snippets.references(page.read_text(encoding="utf-8")):
        body = snippets.section(path, section)
        assert body.strip(), f"{page_id(page)} includes an empty section {path}:{section}"


def test_the_block_parser_sees_attributed_fences(tmp_path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        '```python title="a.py" hl_lines="1"\nvalue = 21\n```\n\n'
        '```python exec="on"\nvalue *= 2\n```\n\n'
        "```pycon\n>>> value\n42\n```\n",
        encoding="utf-8",
    )
    assert pages.run_page(page) == 3


def test_a_wrong_printed_result_fails(tmp_path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```pycon\n>>> 1 + 1\n3\n```\n", encoding="utf-8")
    with pytest.raises(Exception, match="Expected"):
        pages.run_page(page)


def test_a_missing_section_is_reported() -> None:
    with pytest.raises(LookupError, match="no snippet section"):
        snippets.section("mlbook/activations.py", "no-such-section")
