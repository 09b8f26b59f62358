"""What a page shows below its first screen arrives after the first screen is drawn.

A chapter's formulas are rendered when the site is built (``katex.py``), and KaTeX's markup
is heavy: about 1.5 kB and 80 elements per formula, HTML and MathML, three fifths of a
chapter's HTML. A phone waits for all of it before it draws the first line (the bytes), and
its main thread styles and lays out every element before the page responds. So:

* :func:`defer_formulas` keeps the rendered formulas of the article's first screen (its
  first :data:`FOLD` characters of text, a phone's first screen and a half) in the page
  and moves the markup of the others to a file beside it, ``formulas.json`` (a list, in
  order); each such element keeps its TeX, delimited as in the Markdown (what a reader
  without scripts sees, as with stock Material), and gets ``data-formula="<index>"``.
  ``javascripts/katex-init.js`` fetches the file once the page has loaded and puts each
  formula in place, in small slices, when it comes within two screens of the window (all of
  them before printing): no formula is rendered in the browser, and the accessible MathML
  arrives with the rest of KaTeX's markup.
* :func:`lazy_images` gives every image after the first screen ``loading="lazy"``: the
  figures load as the reader scrolls to them, not with the page.
* :func:`preload_fonts` asks for the KaTeX fonts that the first screen's formulas draw with
  as the page starts loading, beside KaTeX's stylesheet, not after it: a font is found only
  when the stylesheet has arrived and the text is styled, one more round trip before the
  first screen is drawn.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

# characters of article text before a formula or an image that may wait: about a
# phone's first screen and a half, most of a desktop's
FOLD = 1200
FORMULAS_FILE = "formulas.json"
# an image or a figure takes the room of this many characters of text
IMAGE_ROOM = 600

ARTICLE = re.compile(r'<article class="md-content__inner[^"]*"')
TAG = re.compile(r"<[^>]+>")
ARITHMATEX = re.compile(r'<(?P<tag>span|div) class="arithmatex">')
TEX = re.compile(r'<annotation encoding="application/x-tex">(?P<tex>.*?)</annotation>', re.DOTALL)
IMAGE = re.compile(r"<img\b(?![^>]*\bloading=)")


def text_length(fragment: str) -> int:
    """Characters a reader sees in an HTML ``fragment``, images counted as room they take."""
    images = fragment.count("<img")
    return len(html.unescape(TAG.sub("", fragment))) + IMAGE_ROOM * images


def element_end(output: str, start: int, tag: str) -> int:
    """Where the element of kind ``tag`` opened at ``start`` ends (after its closing tag)."""
    depth = 0
    for match in re.finditer(rf"<{tag}\b|</{tag}>", output[start:]):
        depth += -1 if match.group(0).startswith("</") else 1
        if depth == 0:
            return start + match.end()
    raise ValueError(f"unclosed <{tag}> at {start}")


def defer_formulas(output: str, fold: int = FOLD) -> tuple[str, list[str]]:
    """Formulas of the article after its first ``fold`` characters: TeX on the page, their
    rendered markup in the returned list (``data-formula`` is the index).
    """
    article = ARTICLE.search(output)
    if article is None:
        return output, []
    pieces, formulas = [output[:article.start()]], []
    last, seen = article.start(), 0
    for match in ARITHMATEX.finditer(output, article.end()):
        if match.start() < last:
            continue  # inside a formula already handled
        end = element_end(output, match.start(), match["tag"])
        seen += text_length(output[last:match.start()])
        inner = output[match.end():end - len(f"</{match['tag']}>")]
        tex = TEX.search(inner)
        pieces.append(output[last:match.start()])
        if seen <= fold or tex is None or "katex" not in inner:
            pieces.append(output[match.start():end])
            seen += len(tex["tex"]) if tex else 0
        else:
            opening, closing = (r"\[", r"\]") if match["tag"] == "div" else (r"\(", r"\)")
            pieces.append(f'<{match["tag"]} class="arithmatex" data-formula="{len(formulas)}">'
                          f"{opening}{tex['tex'].strip()}{closing}</{match['tag']}>")
            formulas.append(inner)
        last = end
    if not formulas:
        return output, []
    pieces.append(output[last:])
    output = "".join(pieces)
    return output.replace(article.group(0),
                          f'{article.group(0)} data-formulas="{FORMULAS_FILE}"', 1), formulas


def lazy_images(output: str, fold: int = FOLD) -> str:
    """``loading="lazy"`` on every image of the article after its first ``fold`` characters."""
    article = ARTICLE.search(output)
    if article is None:
        return output
    pieces, last, seen = [], article.end(), 0
    for match in IMAGE.finditer(output, article.end()):
        seen += text_length(output[last:match.start()])
        pieces += [output[last:match.start()],
                   '<img loading="lazy"' if seen > fold else "<img"]
        seen += IMAGE_ROOM
        last = match.end()
    return output[:article.end()] + "".join(pieces) + output[last:]


def write_formulas(formulas: list[str], page_folder: Path) -> None:
    """Write a page's deferred formulas where its ``data-formulas`` attribute points."""
    page_folder.mkdir(parents=True, exist_ok=True)
    (page_folder / FORMULAS_FILE).write_text(
        json.dumps(formulas, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


# KaTeX's classes that draw text in a face other than KaTeX_Main regular (katex.min.css's
# font-family rules), each as the classes one element must have and the font file it needs;
# the innermost element with such classes around a text decides.
FONT_RULES = [
    ({"mathnormal"}, "KaTeX_Math-Italic"),
    ({"boldsymbol"}, "KaTeX_Math-BoldItalic"),
    ({"mathit"}, "KaTeX_Main-Italic"),
    ({"textit"}, "KaTeX_Main-Italic"),
    ({"mathbf"}, "KaTeX_Main-Bold"),
    ({"textbf"}, "KaTeX_Main-Bold"),
    ({"amsrm"}, "KaTeX_AMS-Regular"),
    ({"mathbb"}, "KaTeX_AMS-Regular"),
    ({"textbb"}, "KaTeX_AMS-Regular"),
    ({"mathcal"}, "KaTeX_Caligraphic-Regular"),
    ({"mathfrak"}, "KaTeX_Fraktur-Regular"),
    ({"textfrak"}, "KaTeX_Fraktur-Regular"),
    ({"mathscr"}, "KaTeX_Script-Regular"),
    ({"textscr"}, "KaTeX_Script-Regular"),
    ({"mathsf"}, "KaTeX_SansSerif-Regular"),
    ({"textsf"}, "KaTeX_SansSerif-Regular"),
    ({"mathtt"}, "KaTeX_Typewriter-Regular"),
    ({"texttt"}, "KaTeX_Typewriter-Regular"),
    ({"delimsizing", "size1"}, "KaTeX_Size1-Regular"),
    ({"delimsizing", "size2"}, "KaTeX_Size2-Regular"),
    ({"delimsizing", "size3"}, "KaTeX_Size3-Regular"),
    ({"delimsizing", "size4"}, "KaTeX_Size4-Regular"),
    ({"delim-size1"}, "KaTeX_Size1-Regular"),
    ({"delim-size4"}, "KaTeX_Size4-Regular"),
    ({"op-symbol", "small-op"}, "KaTeX_Size1-Regular"),
    ({"op-symbol", "large-op"}, "KaTeX_Size2-Regular"),
]
MAIN_FONT = "KaTeX_Main-Regular"
KATEX_STYLESHEET = re.compile(
    r'<link rel="stylesheet" href="(?P<prefix>[^"]*)assets/katex/katex\.min\.css">')
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "col", "area", "source"}


class _FontsUsed(HTMLParser):
    """The KaTeX font files the visible markup (``katex-html``) of some formulas draws with."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[list[str]] = []
        self.depth_in_formula: int | None = None  # depth of the katex-html element
        self.fonts: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        self.stack.append(classes)
        if self.depth_in_formula is None and "katex-html" in classes:
            self.depth_in_formula = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self.stack:
            return
        if self.depth_in_formula == len(self.stack):
            self.depth_in_formula = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.depth_in_formula is None or not data.strip():
            return
        for classes in reversed(self.stack):
            font = next((font for needed, font in FONT_RULES if needed <= set(classes)), None)
            if font is not None:
                self.fonts.add(font)
                return
        self.fonts.add(MAIN_FONT)


def first_screen_fonts(output: str) -> list[str]:
    """The KaTeX font files the formulas left in the article (its first screen, after
    :func:`defer_formulas`) draw with, sorted."""
    article = ARTICLE.search(output)
    if article is None:
        return []
    parser = _FontsUsed()
    parser.feed(output[article.start():])
    return sorted(parser.fonts)


def preload_fonts(output: str) -> str:
    """``<link rel="preload">`` for each KaTeX font of the first screen's formulas, before
    KaTeX's stylesheet (whose address gives the way to the site's root)."""
    stylesheet = KATEX_STYLESHEET.search(output)
    fonts = first_screen_fonts(output)
    if stylesheet is None or not fonts:
        return output
    links = "".join(f'<link rel="preload" href="{stylesheet["prefix"]}assets/katex/fonts/{font}'
                    '.woff2" as="font" type="font/woff2" crossorigin>' for font in fonts)
    return output[:stylesheet.start()] + links + output[stylesheet.start():]
