"""Run a page as its reader does: the code it displays, pasted in order into a fresh Python.

A page is first rendered as the build renders it (``tools/site/listings.py`` turns each
``listing::`` line into the code block the reader sees). Then its ``python`` and ``pycon``
blocks run in page order, Material fence attributes allowed:

* **Displayed blocks** (listings, plain ``python`` blocks, markdown-exec blocks with
  ``source=``, and ``pycon`` blocks, whose printed output is compared) run in one fresh
  namespace per page, the reader's, with nothing injected. After each, every global name
  that its functions use must be defined: a listing that calls a function the page has not
  defined or imported fails here, not when the reader first calls it.
* **Hidden blocks** (markdown-exec ``exec="on"`` without ``source=``) print prose or assert
  claims. They see the reader's names, but what they define stays out of the reader's
  namespace: no displayed block can depend on one.
* The build's markdown-exec session runs the ``exec`` blocks only, listings and plain blocks
  not: an ``exec`` block may read only names that earlier ``exec`` blocks set, and a
  displayed one no name last set by a hidden block.
* Imports appear once: a displayed block that repeats an import of the page fails.

* What a displayed ``exec`` block prints (the output the page shows under it) is collected
  in page order; ``tests/docs/outputs.py`` compares it with the recorded copy in the
  repository, so a changed number shows in review.

Notebook pages show their code cells: :func:`run_notebook` pastes them, in order, into one
fresh namespace.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import doctest
import io
import re
import symtable
from dataclasses import dataclass, field
from pathlib import Path

from sybil import Document, Example, Region
from sybil.evaluators.doctest import DocTestEvaluator
from sybil.parsers.abstract.doctest import DocTestStringParser
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

from tools.site import editions, listings
from tools.site.notebooks import displayed_code_cells

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
OPTIONFLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
BUILTINS = frozenset(dir(builtins))

INFO = re.compile(
    r"(?P<language>python|py|pycon)(?=[ \t{]|$)(?P<attributes>[^\n]*)$\n", re.MULTILINE
)
EXEC = re.compile(r"""\bexec=["']?(?:on|true|1)\b""")
SOURCE = re.compile(r"\bsource=")
RESULT = re.compile(r"\bresult=")


class PageError(AssertionError):
    """Code a reader pastes from the page would not run as the page shows."""


@dataclass
class Page:
    """One page being run: the reader's namespace and what the build's session would hold."""

    uri: str  # relative to docs/
    rendered: listings.RenderedPage
    reader: dict = field(default_factory=dict)
    hidden: dict = field(default_factory=dict)  # what hidden blocks defined, over the reader's
    # the build's session: name -> ("displayed" or "hidden", line) of the exec block setting it
    set_by: dict[str, tuple[str, int]] = field(default_factory=dict)
    imports: dict[tuple, int] = field(default_factory=dict)  # import -> the line that made it
    outputs: list[tuple[str, str]] = field(default_factory=list)  # (code, what it printed)
    blocks: int = 0  # how many blocks ran

    def line(self, rendered_line: int) -> int:
        """The page's own line for a line of the rendered page."""
        return self.rendered.source_lines[rendered_line - 1]


class PageBlockParser:
    """Sybil parser giving each python/pycon fence of a page the evaluator of its kind."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.lexer = RawFencedCodeBlockLexer(info_pattern=INFO)
        self.doctests = DocTestStringParser(DocTestEvaluator(OPTIONFLAGS))

    def __call__(self, document: Document):
        for region in self.lexer(document):
            source = region.lexemes["source"]
            attributes = region.lexemes["attributes"]
            if region.lexemes["language"] == "pycon" or source.lstrip().startswith(">>>"):
                for doctest_region in self.doctests(source, document.path):
                    doctest_region.adjust(region, source)
                    yield Region(doctest_region.start, doctest_region.end,
                                 doctest_region.parsed, self.doctest(doctest_region.evaluator))
                continue
            region.parsed = source
            if not EXEC.search(attributes):
                region.evaluator = self.displayed
            elif SOURCE.search(attributes):
                region.evaluator = (self.displayed_exec_with_output if RESULT.search(attributes)
                                    else self.displayed_exec)
            else:
                region.evaluator = self.hidden
            yield region

    def doctest(self, evaluate: DocTestEvaluator):
        def evaluator(example: Example) -> None:
            self.check_imports(example.parsed.source, example)
            return evaluate(example)  # the text of a failure, or None
        return evaluator

    def displayed(self, example: Example) -> None:
        self.check_imports(example.parsed, example)
        self.run(example, self.page.reader)
        undefined = sorted(used_by_functions(example.parsed) - self.page.reader.keys() - BUILTINS)
        if undefined:
            raise PageError(f"{self.where(example)} uses {', '.join(undefined)}, which the page "
                            "has not defined or imported before: a reader's paste fails there")

    def displayed_exec(self, example: Example) -> None:
        self.check_build_session(example, displayed=True)
        self.displayed(example)
        self.record(example, "displayed")

    def displayed_exec_with_output(self, example: Example) -> None:
        """A displayed exec block whose printed output the page shows under it."""
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            self.displayed_exec(example)
        self.page.outputs.append((example.parsed, printed.getvalue()))

    def hidden(self, example: Example) -> None:
        self.check_build_session(example, displayed=False)
        self.page.hidden.update(self.page.reader)
        self.run(example, self.page.hidden)
        self.record(example, "hidden")

    def run(self, example: Example, namespace: dict) -> None:
        code = compile(example.parsed, self.where(example), "exec", dont_inherit=True)
        exec(code, namespace)
        namespace.pop("__builtins__", None)

    def check_build_session(self, example: Example, displayed: bool) -> None:
        """The build runs exec blocks only: their reads must come from earlier exec blocks."""
        for name in sorted(reads(example.parsed) - BUILTINS):
            setter = self.page.set_by.get(name)
            if setter is None:
                raise PageError(f"{self.where(example)} uses {name}, which no markdown-exec "
                                "block before it sets: the build does not run listings or "
                                "plain blocks, so the build fails there")
            if displayed and setter[0] == "hidden":
                raise PageError(f"{self.where(example)} uses {name}, last set by the hidden "
                                f"block at line {setter[1]}: what the page shows would not "
                                "be what the reader's paste gives")

    def record(self, example: Example, kind: str) -> None:
        for name in sets(example.parsed):
            self.page.set_by[name] = (kind, self.page.line(example.line))

    def check_imports(self, code: str, example: Example) -> None:
        for key in imports(code):
            first = self.page.imports.setdefault(key, self.page.line(example.line))
            if first != self.page.line(example.line):
                raise PageError(f"{self.where(example)} imports {key[-1]} again (first at line "
                                f"{first}): imports appear once on a page")

    def where(self, example: Example) -> str:
        return f"{self.page.uri}, block at line {self.page.line(example.line)}"


def used_by_functions(code: str) -> set[str]:
    """Global names read inside the functions, classes and comprehensions of ``code``."""
    names: set[str] = set()
    tables = list(symtable.symtable(code, "<block>", "exec").get_children())
    while tables:
        table = tables.pop()
        names |= {symbol.get_name() for symbol in table.get_symbols()
                  if symbol.is_global() and symbol.is_referenced()}
        tables += table.get_children()
    return names


def sets(code: str) -> set[str]:
    """Names that ``code`` binds at the top level."""
    return {symbol.get_name() for symbol in symtable.symtable(code, "<block>", "exec").get_symbols()
            if symbol.is_assigned() or symbol.is_imported()}


def reads(code: str) -> set[str]:
    """Names that ``code`` reads without setting them itself (at the top or in functions)."""
    top = symtable.symtable(code, "<block>", "exec")
    outside = {symbol.get_name() for symbol in top.get_symbols()
               if symbol.is_referenced() and not (symbol.is_assigned() or symbol.is_imported())}
    return (outside | used_by_functions(code)) - sets(code)


def imports(code: str) -> list[tuple]:
    """One key per name that the top-level imports of ``code`` bind."""
    keys: list[tuple] = []
    for node in ast.parse(code).body:
        if isinstance(node, ast.Import):
            keys += [(alias.name, alias.asname or alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            keys += [(node.module, alias.name, alias.asname or alias.name)
                     for alias in node.names]
    return keys


EDITION_FOLDERS = {edition.folder for edition in editions.EDITIONS.values()}


def pages() -> list[Path]:
    """Every Markdown page of the English edition, in a stable order.

    A page of another edition (``docs/zh/``) runs the very code of its English twin, to the
    letter, which ``tests/docs/test_editions.py`` checks; running it again would test nothing.
    """
    return sorted(path for path in DOCS.rglob("*.md")
                  if path.relative_to(DOCS).parts[0] not in EDITION_FOLDERS)


def run_page(path: Path) -> Page:
    """Run every block of the page at ``path`` as described above; return the run page."""
    uri = path.relative_to(DOCS).as_posix() if path.is_relative_to(DOCS) else path.name
    page = Page(uri, listings.render_page(path.read_text(encoding="utf-8"), uri))
    document = Document(page.rendered.text, str(path))
    document.namespace = page.reader
    for region in PageBlockParser(page)(document):
        document.add(region)
    for example in document:
        example.evaluate()
        page.blocks += 1
    return page


def notebook_sources() -> list[Path]:
    return sorted((DOCS / "notebooks").glob("*.py"))


def run_notebook(path: Path) -> int:
    """Paste the code cells of the notebook at ``path`` into one fresh namespace, in order."""
    namespace: dict = {}
    cells = displayed_code_cells(path)
    for number, cell in enumerate(cells, start=1):
        where = f"{path.name}, code cell {number}"
        try:
            code = compile(cell.source, where, "exec", dont_inherit=True)
        except SyntaxError as error:
            raise PageError(f"{where} is not plain Python ({error.text.strip()!r}): a reader "
                            "who pastes the page into Python cannot run it") from None
        exec(code, namespace)
    return len(cells)
