"""tools/site/markup.py: line ids unique per page, no paragraph around block elements."""

from __future__ import annotations

import re

from tools.site.markup import repair, unique_line_ids, unwrap_block_paragraphs


def block(number: int, lines: int = 2, stem: str = "") -> str:
    spans = "".join(f'<span id="{stem}__span-{number}-{line}">x\n</span>'
                    for line in range(1, lines + 1))
    return f'<div class="highlight"><pre><span></span><code>{spans}</code></pre></div>'


def ids(html: str) -> list[str]:
    return re.findall(r'\bid="([^"]*)"', html)


def test_blocks_that_restart_the_numbering_get_free_numbers() -> None:
    # The page's own blocks 0 and 1, then an exec block's source and output (0 and 1 again),
    # then the page's block 2.
    page = block(0) + block(1) + "<p>prose</p>" + block(0, 3) + block(1) + block(2)
    result = unique_line_ids(page)
    assert ids(result) == [
        "__span-0-1", "__span-0-2", "__span-1-1", "__span-1-2",
        "__span-3-1", "__span-3-2", "__span-3-3", "__span-4-1", "__span-4-2",
        "__span-2-1", "__span-2-2",
    ]
    assert "<p>prose</p>" in result


def test_a_page_with_unique_ids_and_source_views_with_their_own_prefix_are_left_alone() -> None:
    page = block(0) + block(1) + block(0, stem="mlbook.f--source--")
    page += block(0, stem="mlbook.g--source--") + '<p><code>inline</code></p>'
    assert unique_line_ids(page) == page


def test_line_anchors_follow_their_spans() -> None:
    line = ('<span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1" '
            'href="#__codelineno-0-1"></a>x\n</span>')
    page = f"<code>{line}</code><code>{line}</code>"
    second = unique_line_ids(page).split("</code>")[1]
    assert second == ('<code><span id="__span-1-1"><a id="__codelineno-1-1" '
                      'name="__codelineno-1-1" href="#__codelineno-1-1"></a>x\n</span>')


def test_paragraphs_around_printed_headings_and_tables_are_removed() -> None:
    printed = ('<p><h2 id="exec-1--data">Data</h2>\n<table>\n<tr><td>1</td></tr>\n</table>\n'
               '</p>\n<h2 id="terms">Terms</h2>')
    assert unwrap_block_paragraphs(printed) == (
        '<h2 id="exec-1--data">Data</h2>\n<table>\n<tr><td>1</td></tr>\n</table>\n'
        '\n<h2 id="terms">Terms</h2>'
    )
    nested = "<p><h3>Data</h3>\n<p>para</p>\n</p>"
    assert unwrap_block_paragraphs(nested) == "<h3>Data</h3>\n<p>para</p>\n"


def test_a_figure_left_inline_in_a_tab_becomes_a_figure() -> None:
    tab = ('<div class="tabbed-block">\n<p><figure markdown="span">\n  <img alt="a" src="x.svg" />'
           "\n  <figcaption><code>x</code>: caption</figcaption>\n</figure></p>\n</div>")
    assert unwrap_block_paragraphs(tab) == (
        '<div class="tabbed-block">\n<figure>\n  <img alt="a" src="x.svg" />'
        "\n  <figcaption><code>x</code>: caption</figcaption>\n</figure>\n</div>"
    )


def test_paragraphs_with_text_beside_the_block_or_inline_html_are_left_alone() -> None:
    for html in [
        "<p><p>Printed sentence.</p> And the paragraph goes on.</p>",
        '<p><span class="x">inline</span> text</p>',
        "<p>Text with <code>&lt;figure markdown=\"span\"&gt;</code> shown.</p>",
        '<p class="admonition-title">Note</p>',
    ]:
        assert unwrap_block_paragraphs(html) == html


def test_repair_does_both() -> None:
    page = "<p><h2>Data</h2>\n</p>" + block(0) + block(0)
    assert repair(page) == "<h2>Data</h2>\n" + block(0) + block(1)
