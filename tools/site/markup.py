"""Valid HTML on every page: repairs of what the Markdown converters leave invalid.

The Nu HTML Checker runs over every built page in the test suite (``tests/site/
test_html_valid.py``); these repairs make the pages pass it. Each one is a no-op on a page
that does not need it.

* **Line ids unique per page.** ``pymdownx.highlight``'s ``line_spans`` wraps every line of
  code in ``<span id="__span-B-L">`` (block B, line L) and numbers the blocks per Markdown
  conversion. markdown-exec converts each ``exec`` block (its source and its output) with a
  Markdown of its own, and mkdocstrings each docstring's examples, so their blocks all start
  again at 0 and ``__span-0-1`` comes back on the page once per block.
  :func:`unique_line_ids` keeps the first block of each number and gives the later ones free
  numbers. (The spans stay: the pycon rule of ``extra.css`` hides output lines by them when a
  reader copies a console block.)
* **Paragraphs around block content.** Two converters wrap block elements in ``<p>``, which
  HTML does not allow (the browser closes the ``<p>`` early and adds an empty one):
  markdown-exec, when what a block prints starts with a heading (its heading bookkeeping
  leaves a newline after the placeholder, so Python-Markdown no longer unwraps it); and
  Python-Markdown's ``md_in_html``, which does not see a ``<figure markdown="span">`` indented
  inside a content tab, an admonition or a ``???`` block (the figure stays inline HTML in a
  paragraph, its Markdown converted as inline text, as ``span`` asks).
  :func:`unwrap_block_paragraphs` removes such a ``<p>`` when it holds nothing but block
  elements, and the ``markdown`` attribute that ``md_in_html`` did not consume.
"""

from __future__ import annotations

import re
from collections import defaultdict

CODE = re.compile(r"<code\b[^>]*>.*?</code>", re.DOTALL)
# An id (or the name and the self-link of pymdownx's line anchors) of one line of code:
# ``__span-B-L``, ``__codelineno-B-L``, or with the prefix mkdocstrings gives source views.
LINE_ID = re.compile(
    r'(?P<before>\b(?:id|name)="|\bhref="#)(?P<stem>[^"#]*?)(?P<kind>__span|__codelineno)'
    r'-(?P<block>\d+)-(?P<line>\d+)"'
)

BLOCK_TAGS = (
    "address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form"
    "|h[1-6]|header|hr|main|nav|ol|p|pre|section|table|ul"
)
P_BEFORE_BLOCK = re.compile(rf"<p>(?=\s*<(?:{BLOCK_TAGS})\b)")
P_TAG = re.compile(r"<p\b[^>]*>|</p>")
ENDS_WITH_BLOCK = re.compile(rf"</(?:{BLOCK_TAGS})>\s*$")
MARKDOWN_ATTRIBUTE = re.compile(r'(<[a-z][a-z0-9]*\b[^<>]*?)\s+markdown="[^"]*"')


def unique_line_ids(output: str) -> str:
    """Renumber the line ids of code blocks whose block number an earlier block has.

    A block is one ``<code>`` element; its spans and anchors move to the same new number,
    one above the largest the page uses, and its anchors' self-links follow.
    """
    blocks = list(CODE.finditer(output))
    taken: dict[str, set[int]] = defaultdict(set)  # stem -> block numbers used on the page
    for code in blocks:
        for match in LINE_ID.finditer(code.group(0)):
            taken[match["stem"]].add(int(match["block"]))
    claimed: set[tuple[str, int]] = set()
    pieces, last = [], 0
    for code in blocks:
        text = code.group(0)
        renumber: dict[tuple[str, int], int] = {}
        for stem, block in dict.fromkeys(
            (match["stem"], int(match["block"])) for match in LINE_ID.finditer(text)
        ):
            if (stem, block) in claimed:
                renumber[stem, block] = max(taken[stem]) + 1
                taken[stem].add(renumber[stem, block])
            claimed.add((stem, renumber.get((stem, block), block)))
        if renumber:

            def rename(match: re.Match, renumber=renumber) -> str:
                block = renumber.get((match["stem"], int(match["block"])), int(match["block"]))
                return (f'{match["before"]}{match["stem"]}{match["kind"]}-{block}'
                        f'-{match["line"]}"')

            pieces += [output[last:code.start()], LINE_ID.sub(rename, text)]
            last = code.end()
    return "".join(pieces) + output[last:] if pieces else output


def unwrap_block_paragraphs(output: str) -> str:
    """Remove each ``<p>`` that holds only block elements, and leftover ``markdown=``."""
    pieces, last = [], 0
    for opening in P_BEFORE_BLOCK.finditer(output):
        if opening.start() < last:
            continue  # inside a paragraph already unwrapped
        closing = _matching_close(output, opening.end())
        if closing is None or not ENDS_WITH_BLOCK.search(output, opening.end(), closing):
            continue
        pieces += [output[last:opening.start()], output[opening.end():closing]]
        last = closing + len("</p>")
    output = "".join(pieces) + output[last:]
    return MARKDOWN_ATTRIBUTE.sub(r"\1", output)


def _matching_close(output: str, start: int) -> int | None:
    """Where the ``</p>`` that closes a ``<p>`` opened just before ``start`` begins."""
    depth = 1
    for tag in P_TAG.finditer(output, start):
        depth += -1 if tag.group(0) == "</p>" else 1
        if depth == 0:
            return tag.start()
    return None


def repair(output: str) -> str:
    """Every repair of this module, in order."""
    return unwrap_block_paragraphs(unique_line_ids(output))
