"""A row of buttons at the top of every chapter and notebook page: the companion notebook.

A notebook ``notebooks/NN-slug.py`` belongs to the page ``chapters/NN-slug.md`` (or, for a
page outside the chapters, to the page whose stem is ``slug``: ``how-this-book-works.md``).
Its page gets, just above its first section (the first ``<h2>``), "Open the notebook" and
"Download .ipynb"; the notebook page gets "Read the chapter" and "Download .ipynb". The
words come from ``extra.words`` in ``mkdocs.yml`` (one place for a translated edition); the
URLs are relative, so the row works wherever the site is served.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

NUMBERED = re.compile(r"^(?P<number>\d+)-(?P<slug>.+)$")
FIRST_SECTION = re.compile(r"<h2\b")
ARTICLE = re.compile(r'<article class="md-content__inner')
ROW_CLASS = "notebook-links"
WORDS = {  # the defaults; mkdocs.yml's extra.words overrides them
    "open_notebook": "Open the notebook",
    "download_notebook": "Download .ipynb",
    "read_chapter": "Read the chapter",
}


@dataclass(frozen=True)
class Companion:
    """A page and its notebook, by source URI (``chapters/02-x.md``, ``notebooks/02-x.py``)."""

    page: str
    notebook: str

    @property
    def download(self) -> str:
        return self.notebook.removesuffix(".py") + ".ipynb"


def companions(sources: Iterable[str]) -> dict[str, Companion]:
    """Each page or notebook source that has a companion -> the pair it belongs to.

    Examples
    --------
    >>> pairs = companions(["index.md", "how-this-book-works.md", "chapters/02-lr.md",
    ...                     "notebooks/02-lr.py", "notebooks/00-how-this-book-works.py"])
    >>> pairs["chapters/02-lr.md"].notebook, pairs["notebooks/02-lr.py"].page
    ('notebooks/02-lr.py', 'chapters/02-lr.md')
    >>> pairs["how-this-book-works.md"].download
    'notebooks/00-how-this-book-works.ipynb'
    >>> "index.md" in pairs
    False
    """
    sources = list(sources)
    pages = {posixpath.splitext(posixpath.basename(uri))[0]: uri for uri in sources
             if uri.endswith(".md")}
    pairs: dict[str, Companion] = {}
    for uri in sources:
        if not (uri.startswith("notebooks/") and uri.endswith(".py")):
            continue
        stem = posixpath.splitext(posixpath.basename(uri))[0]
        numbered = NUMBERED.match(stem)
        page = pages.get(stem) or (pages.get(numbered["slug"]) if numbered else None)
        if page is not None:
            pairs[page] = pairs[uri] = Companion(page, uri)
    return pairs


def row(companion: Companion, src_uri: str, url: Callable[[str], str],
        words: dict[str, str] = WORDS) -> str:
    """The button row's HTML for page ``src_uri``; ``url(uri)`` is the relative URL of a file."""
    words = {**WORDS, **words}
    on_notebook = src_uri == companion.notebook
    first = (url(companion.page), words["read_chapter"]) if on_notebook else (
        url(companion.notebook), words["open_notebook"])
    return (
        f'<p class="{ROW_CLASS}">'
        f'<a class="md-button" href="{html.escape(first[0])}">{html.escape(first[1])}</a> '
        f'<a class="md-button" href="{html.escape(url(companion.download))}" download>'
        f"{html.escape(words['download_notebook'])}</a></p>"
    )


def insert_row(output: str, row_html: str) -> str:
    """Put ``row_html`` before the first ``<h2>`` of the article (at its end if it has none)."""
    article = ARTICLE.search(output)
    start = article.start() if article else 0
    section = FIRST_SECTION.search(output, start)
    if section is None:
        end = output.find("</article>", start)
        at = end if end != -1 else len(output)
    else:
        at = section.start()
    return output[:at] + row_html + "\n" + output[at:]
