"""Figure captions numbered per chapter: "Figure 2.1", "Figure 2.2", ... in page order.

A chapter is ``chapters/NN-slug.md``; its figures (``<figure>`` with a ``<figcaption>``)
get the number ``N.k`` at the start of their caption, in a ``<span class="caption-number">``
that ``extra.css`` sets in bold. Figures of other pages keep their captions unnumbered. The
word comes from ``extra.words.figure`` in ``mkdocs.yml``, so a translated edition changes it
in one place.
"""

from __future__ import annotations

import re

CHAPTER = re.compile(r"^chapters/(?P<number>\d+)-[^/]+\.md$")
FIGCAPTION = re.compile(r"<figcaption>")


def chapter_number(src_uri: str) -> int | None:
    """The chapter number of a page's source, or None for a page that is not a chapter.

    Examples
    --------
    >>> chapter_number("chapters/02-logistic-regression.md")
    2
    >>> chapter_number("appendices/notation.md") is None
    True
    """
    match = CHAPTER.match(src_uri)
    return int(match["number"]) if match else None


def number_captions(output: str, src_uri: str, word: str = "Figure") -> str:
    """Prefix every ``<figcaption>`` of a chapter with ``word N.k``; other pages unchanged."""
    chapter = chapter_number(src_uri)
    if chapter is None:
        return output
    count = 0

    def numbered(match: re.Match) -> str:
        nonlocal count
        count += 1
        return f'<figcaption><span class="caption-number">{word} {chapter}.{count}</span> '

    return FIGCAPTION.sub(numbered, output)
