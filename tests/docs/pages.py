"""Run the code blocks of a docs page as the reader would, with Sybil.

Every ``python`` and ``pycon`` fenced block runs, including blocks with Material fence
attributes (``title="..."``, ``hl_lines="..."``, markdown-exec's ``exec="on"``), which stock
Sybil skips. Blocks of one page share one namespace, in page order. ``pycon`` blocks and
``python`` blocks that start with ``>>>`` are doctests: their printed output is compared.
A block that includes a listing from the package (``--8<-- "mlbook/...:section"``) is
expanded and executed in a copy of the namespace, so the listing must be valid code but
does not shadow the names the page imported.
"""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

from sybil import Document, Example, Sybil
from sybil.evaluators.doctest import DocTestEvaluator
from sybil.evaluators.python import PythonEvaluator
from sybil.parsers.abstract.doctest import DocTestStringParser
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

from tests.docs import snippets

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
OPTIONFLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS

INFO = re.compile(
    r"(?P<language>python|py|pycon)(?=[ \t{]|$)(?P<attributes>[^\n]*)$\n", re.MULTILINE
)


class PageBlockParser:
    """Sybil parser for python/pycon fences, attributes allowed."""

    def __init__(self) -> None:
        self.lexer = RawFencedCodeBlockLexer(info_pattern=INFO)
        self.doctests = DocTestStringParser(DocTestEvaluator(OPTIONFLAGS))
        self.python = PythonEvaluator()

    def __call__(self, document: Document):
        for region in self.lexer(document):
            source = region.lexemes["source"]
            if region.lexemes["language"] == "pycon" or source.lstrip().startswith(">>>"):
                for doctest_region in self.doctests(source, document.path):
                    doctest_region.adjust(region, source)
                    yield doctest_region
            elif "--8<--" in source:
                region.parsed = source
                region.evaluator = self.evaluate_listing
                yield region
            else:
                region.parsed = source
                region.evaluator = self.python
                yield region

    @staticmethod
    def evaluate_listing(example: Example) -> None:
        source = str(example.parsed)
        namespace = dict(example.namespace)
        for path, _section in snippets.references(source):
            if path.endswith(".py"):
                module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
                namespace.update(vars(module))  # the listing runs with its module's imports
        code = snippets.expand(source)
        exec(compile(code, f"{example.path}:{example.line} (listing)", "exec"), namespace)


SYBIL = Sybil(parsers=[PageBlockParser()], patterns=["*.md"])


def pages() -> list[Path]:
    """Every Markdown page of the site, in a stable order."""
    return sorted(DOCS.rglob("*.md"))


def run_page(page: Path) -> int:
    """Run every block of ``page`` in order in one namespace; return how many ran."""
    count = 0
    for example in SYBIL.parse(page):
        example.evaluate()
        count += 1
    return count
