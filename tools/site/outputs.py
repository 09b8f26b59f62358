"""What code printed, told apart from the code: output blocks get a class of their own.

markdown-exec shows a block's source and, right after it, what it printed as a ``text``
block (``result="text"``); both were the same grey box with a copy button. A ``text`` block
that directly follows a ``python`` block is that block's output: :func:`mark_outputs` gives
it the classes ``output`` (drawn as output by ``extra.css``: no box, a rule on its left) and
``no-copy`` (Material then gives it no copy button: a reader copies code, not results).
Notebook outputs (``.jp-OutputArea-output``) get the same look from the same CSS rule.
"""

from __future__ import annotations

import re

BLOCK = re.compile(
    r'<div class="language-(?P<language>[\w-]+) highlight">'
    r"(?:(?!<div class=\"language-).)*?</code></pre></div>",
    re.DOTALL,
)
CODE_LANGUAGES = {"python", "py"}
OUTPUT_CLASSES = "output no-copy"


def mark_outputs(output: str) -> str:
    """Add ``output no-copy`` to each ``text`` block that directly follows a Python block."""
    starts: list[int] = []
    previous = None
    for block in BLOCK.finditer(output):
        follows = previous is not None and not output[previous.end():block.start()].strip()
        if (block["language"] == "text" and follows
                and previous["language"] in CODE_LANGUAGES):
            starts.append(block.start())
        previous = block
    opening = '<div class="language-text highlight">'
    for start in reversed(starts):
        output = (output[:start]
                  + f'<div class="language-text highlight {OUTPUT_CLASSES}">'
                  + output[start + len(opening):])
    return output
