"""Numbers in the built pages' prose are typeset for readers: 5 × 10⁻⁶, never 5e-06."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.docs.test_prose import PENDING

pytestmark = pytest.mark.build

CODE = re.compile(r"<(pre|code|script|style|svg|math|annotation)\b.*?</\1>", re.DOTALL)
E_NOTATION = re.compile(r"(?<![\w.])\d+(?:\.\d+)?e[+-]?\d+\b")
SOURCES = {"": "index.md", "how-this-book-works/": "how-this-book-works.md"}


def article_text(html: str) -> str:
    body = html.split('<article', 1)[-1].split("</article>", 1)[0]
    body = CODE.sub(" ", body)
    return re.sub(r"<[^>]+>", " ", body)


def test_no_number_in_prose_is_written_in_e_notation(built_site: Path) -> None:
    offending = {}
    for page in sorted(built_site.rglob("index.html")):
        relative = page.parent.relative_to(built_site).as_posix() + "/"
        name = SOURCES.get(relative.removeprefix("./"), Path(relative).name + ".md")
        if name in PENDING or relative.startswith(("api/", "notebooks/", "assets/")):
            continue
        found = E_NOTATION.findall(article_text(page.read_text(encoding="utf-8")))
        if found:
            offending[relative] = found[:5]
    assert not offending, f"write these as powers of ten ({{{{ x:.1e }}}} does it): {offending}"


def test_the_check_finds_e_notation_outside_code_only() -> None:
    html = "<article><p>error 5e-06 and 1.2e+08</p><pre>3e-4</pre><code>1e5</code></article>"
    assert E_NOTATION.findall(article_text(html)) == ["5e-06", "1.2e+08"]
