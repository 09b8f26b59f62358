"""tools/site/below_fold.py: formulas and figures below the first screen load after it."""

from __future__ import annotations

import json
from pathlib import Path

from tools.site import below_fold

ARTICLE = '<article class="md-content__inner md-typeset">'
INLINE = ('<span class="arithmatex"><span class="katex"><span class="katex-mathml"><math>'
          '<annotation encoding="application/x-tex">a &lt; b</annotation></math></span>'
          '<span class="katex-html" aria-hidden="true"><span>a</span></span></span></span>')
DISPLAY = ('<div class="arithmatex"><span class="katex-display"><span class="katex"><math>'
           '<annotation encoding="application/x-tex">\\sigma(z)</annotation></math>'
           '</span></span></div>')


def page(text_before: int) -> str:
    return (f'<nav>{INLINE}</nav>{ARTICLE}<p>{"x" * text_before} {INLINE}</p>{DISPLAY}'
            "</article>")


def test_formulas_on_the_first_screen_stay_and_the_others_keep_their_tex() -> None:
    kept, formulas = below_fold.defer_formulas(page(10), fold=100)
    assert formulas == [] and kept == page(10)
    deferred, formulas = below_fold.defer_formulas(page(500), fold=100)
    assert deferred.count('class="katex"') == 1  # the copy in the navigation stays
    assert f'{ARTICLE[:-1]} data-formulas="formulas.json">' in deferred
    assert '<span class="arithmatex" data-formula="0">\\(a &lt; b\\)</span>' in deferred
    assert '<div class="arithmatex" data-formula="1">\\[\\sigma(z)\\]</div>' in deferred
    assert formulas == [INLINE.removeprefix('<span class="arithmatex">').removesuffix("</span>"),
                        DISPLAY.removeprefix('<div class="arithmatex">').removesuffix("</div>")]


def test_the_fold_is_counted_in_text_a_reader_sees() -> None:
    # the first formula's markup is not text: the second is 40 characters further, not 400
    two = f'{ARTICLE}<p>{"x" * 60} {INLINE} {"y" * 38} {INLINE}</p></article>'
    assert below_fold.defer_formulas(two, fold=120)[1] == []
    assert len(below_fold.defer_formulas(two, fold=100)[1]) == 1


def test_a_page_without_article_or_maths_is_left_alone() -> None:
    assert below_fold.defer_formulas(f"<nav>{INLINE}</nav>", fold=0) == (f"<nav>{INLINE}</nav>", [])
    assert below_fold.defer_formulas(f"{ARTICLE}<p>x</p>", fold=0) == (f"{ARTICLE}<p>x</p>", [])


def test_images_below_the_first_screen_load_lazily() -> None:
    html = (f'{ARTICLE}<img alt="first" src="a.svg"><p>{"x" * 50}</p><img alt="second" src="b.svg">'
            '<img loading="eager" src="c.svg"></article>')
    out = below_fold.lazy_images(html, fold=500)
    assert '<img alt="first" src="a.svg">' in out  # on the first screen
    assert '<img loading="lazy" alt="second" src="b.svg">' in out  # an image takes room
    assert '<img loading="eager" src="c.svg">' in out  # a choice made in the page stays
    assert below_fold.lazy_images('<img src="logo.svg">', fold=0) == '<img src="logo.svg">'


def test_the_deferred_formulas_are_written_beside_the_page(tmp_path: Path) -> None:
    below_fold.write_formulas(["<b>1</b>", "<i>2</i>"], tmp_path / "chapters" / "x")
    written = tmp_path / "chapters" / "x" / below_fold.FORMULAS_FILE
    assert json.loads(written.read_text(encoding="utf-8")) == ["<b>1</b>", "<i>2</i>"]


def katex(visible: str) -> str:
    """An inline formula whose drawn markup (katex-html) is ``visible``."""
    return ('<span class="arithmatex"><span class="katex"><span class="katex-mathml"><math>'
            '<mi>w</mi><annotation encoding="application/x-tex">w</annotation></math></span>'
            f'<span class="katex-html" aria-hidden="true">{visible}</span></span></span>')


STYLESHEET = '<link rel="stylesheet" href="../../assets/katex/katex.min.css">'


def test_the_first_screens_fonts_are_asked_for_with_the_stylesheet() -> None:
    variable = '<span class="base"><span class="mord mathnormal">w</span></span>'
    sized = ('<span class="mord">2</span><span class="mopen delimsizing size3">(</span>'
             '<span class="sizing reset-size6 size3 mtight"><span class="mord mathnormal">i'
             '</span></span><span class="vlist"><span style="height:1em"></span></span>')
    assert below_fold.first_screen_fonts(f"{ARTICLE}<p>{katex(variable)}</p>") == [
        "KaTeX_Math-Italic"]
    # digits are KaTeX_Main's; a big bracket KaTeX_Size3's; a subscript's "size3" is a size
    assert below_fold.first_screen_fonts(f"{ARTICLE}<p>{katex(sized)}</p>") == [
        "KaTeX_Main-Regular", "KaTeX_Math-Italic", "KaTeX_Size3-Regular"]
    # the MathML copy, the navigation and deferred formulas (TeX only) draw nothing
    deferred = '<span class="arithmatex" data-formula="0">\\(\\mathbb{R}\\)</span>'
    assert below_fold.first_screen_fonts(
        f"<nav>{katex(sized)}</nav>{ARTICLE}<p>{deferred}</p></article>") == []
    head = f"<head>{STYLESHEET}</head>"
    preloaded = below_fold.preload_fonts(f"{head}{ARTICLE}<p>{katex(variable)}</p>")
    assert preloaded.startswith(
        '<head><link rel="preload" href="../../assets/katex/fonts/KaTeX_Math-Italic.woff2" '
        f'as="font" type="font/woff2" crossorigin>{STYLESHEET}</head>')
    assert below_fold.preload_fonts(f"{head}{ARTICLE}<p>w</p>") == f"{head}{ARTICLE}<p>w</p>"
