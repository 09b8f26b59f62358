"""Listings: a function of ``mlbook`` shown as teaching code, rendered from its source.

A page includes a listing with one line of its own, the object's full name::

    listing:: mlbook.activations.sigmoid

The build replaces the line by a ``python`` code block (indented like the line, so a listing
can sit in a tab or an admonition) whose title links to the object's entry in the API
reference and names its file. The code is what a reader needs to see and paste:

* the signature without type hints (they name types the page never imports);
* the docstring's summary, its first paragraph: the numpydoc sections stay on the API page;
  a cross-reference in it (``[`minimize`][mlbook.gradient_descent.minimize]``, which the
  API page turns into a link) shows as the name alone (`` `minimize` ``);
* the body exactly as written, comments and blank lines included;
* no plumbing decorator, at any depth: not ``@checked`` (the package checks its inputs at the
  public entry point, and the API page says how) nor ``@experiment`` (an experiment runs once
  per process and hands out read-only results; its docstring says so). The code reads and
  runs the same without them. Other decorators (``@dataclass``) stay.

A top-level class is shown the same way; a constant as its assignment, without its type hint.
A name the module does not define, a malformed ``listing::`` line, or a name listed twice on
one page fails the build with the page's name. The line holds no words, so a page and its
translation include a listing with the same line.
"""

from __future__ import annotations

import ast
import io
import posixpath
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "mlbook"
LISTING_LINE = re.compile(r"(?P<indent>[ \t]*)listing::(?P<name>.*)")
FULL_NAME = re.compile(rf"(?P<module>{PACKAGE}(?:\.[A-Za-z_]\w*)+)\.(?P<name>[A-Za-z_]\w*)")
VALIDATION_DECORATORS = frozenset({"checked", "experiment"})  # plumbing, left out
LINE_LENGTH = 88  # a signature longer than this is wrapped
CROSS_REFERENCE = re.compile(r"\[(?P<text>`[^`\]]+`)\]\[[\w.]*\]")  # mkdocstrings' autorefs


class ListingError(ValueError):
    """A listing line that names nothing the package defines, or is malformed."""


@dataclass(frozen=True)
class Listing:
    """One object of the package, rendered as teaching code."""

    module: str  # "mlbook.activations"
    name: str  # "sigmoid"
    code: str

    @property
    def path(self) -> str:
        """The module's file, relative to the repository: ``mlbook/activations.py``."""
        return self.module.replace(".", "/") + ".py"

    @property
    def api_page(self) -> str:
        """The API reference page of the module, relative to the docs folder."""
        return f"api/{self.module.removeprefix(PACKAGE + '.')}.md"

    @property
    def api_anchor(self) -> str:
        """The object's heading on its API page (private names are not there: the module's)."""
        return self.module if self.name.startswith("_") else f"{self.module}.{self.name}"


@dataclass(frozen=True)
class RenderedPage:
    """A page's Markdown with its listings rendered, and where each line came from."""

    text: str
    source_lines: list[int]  # source_lines[i]: the page's line that line i + 1 comes from
    listings: list[Listing]


def render(source: str, name: str, where: str = "<module>") -> str:
    """The top-level function, class or constant ``name`` of module ``source`` as a listing."""
    tree = ast.parse(source)
    lines = source.splitlines()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
            return _function(node, lines, source)
        if isinstance(node, ast.ClassDef) and node.name == name:
            return _class(node, lines)
        if _assigns(node, name):
            return _constant(node, lines, source)
    raise ListingError(f"{where} defines no function, class or constant {name!r}")


def load(full_name: str, root: Path = ROOT) -> Listing:
    """The listing of ``mlbook.module.name``, read from the package under ``root``."""
    match = FULL_NAME.fullmatch(full_name)
    if match is None:
        raise ListingError(f"a listing names {PACKAGE}.module.name, got {full_name!r}")
    empty = Listing(match["module"], match["name"], "")
    path = root / empty.path
    if not path.is_file():
        raise ListingError(f"{full_name}: there is no module {empty.path}")
    if not (root / "docs" / empty.api_page).is_file():
        raise ListingError(f"{full_name}: {empty.module} has no API page docs/{empty.api_page}")
    code = render(path.read_text(encoding="utf-8"), empty.name, empty.path)
    return Listing(empty.module, empty.name, code)


def render_page(markdown: str, page_uri: str, root: Path = ROOT) -> RenderedPage:
    """Replace every ``listing::`` line of the page ``page_uri`` (relative to ``docs/``)."""
    lines: list[str] = []
    source_lines: list[int] = []
    listings: list[Listing] = []
    for number, line in enumerate(markdown.split("\n"), start=1):
        match = LISTING_LINE.fullmatch(line)
        if match is None:
            lines.append(line)
            source_lines.append(number)
            continue
        listing = _listing_of(match, page_uri, number, root)
        if any((seen.module, seen.name) == (listing.module, listing.name) for seen in listings):
            raise ListingError(f"{page_uri}:{number}: {listing.module}.{listing.name} is "
                               "listed twice; list it once and link to it elsewhere")
        listings.append(listing)
        block = code_block(listing, page_uri, match["indent"]).split("\n")
        lines += block
        source_lines += [number] * len(block)
    return RenderedPage("\n".join(lines), source_lines, listings)


def code_block(listing: Listing, page_uri: str, indent: str = "") -> str:
    """The fenced block of ``listing`` on page ``page_uri``, each line indented by ``indent``.

    Its title (HTML, ``title_mode="html"`` of pymdownx.highlight) links the object's name to
    its API entry and names the file; the copy button copies the code alone.
    """
    api = posixpath.relpath(listing.api_page, posixpath.dirname(page_uri) or ".")
    title = (f'<a class="listing-api" href="{api}#{listing.api_anchor}">{listing.name}</a>'
             f" · {listing.path}")
    lines = [f"```python title='{title}' title_mode=\"html\"", *listing.code.split("\n"), "```"]
    return "\n".join(f"{indent}{line}" if line else "" for line in lines)


def _listing_of(match: re.Match, page_uri: str, line: int, root: Path) -> Listing:
    try:
        return load(match["name"].strip(), root)
    except ListingError as error:
        raise ListingError(f"{page_uri}:{line}: {error}") from None


def _assigns(node: ast.stmt, name: str) -> bool:
    if isinstance(node, ast.AnnAssign):
        return isinstance(node.target, ast.Name) and node.target.id == name
    if isinstance(node, ast.Assign):
        return any(isinstance(target, ast.Name) and target.id == name for target in node.targets)
    return False


def _is_validation(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
    return name in VALIDATION_DECORATORS


def _function(node: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str],
              source: str) -> str:
    decorators = _without_validation(node, lines, _first_line(node), node.lineno - 1)
    return "\n".join([*decorators, _signature(node, source),
                      *_summary_and_body(node, lines, _header_end(node, lines))])


def _class(node: ast.ClassDef, lines: list[str]) -> str:
    header_end = _header_end(node, lines)
    head = _without_validation(node, lines, _first_line(node), header_end)
    return "\n".join([*head, *_summary_and_body(node, lines, header_end)])


def _constant(node: ast.Assign | ast.AnnAssign, lines: list[str], source: str) -> str:
    if isinstance(node, ast.AnnAssign):
        value = ast.get_source_segment(source, node.value)
        return f"{node.target.id} = {value}"
    return "\n".join(lines[node.lineno - 1:node.end_lineno])


def _first_line(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> int:
    """The line of the first decorator, or of ``def``/``class`` if there is none."""
    return min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])


def _header_end(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef,
                lines: list[str]) -> int:
    """The line (1-based) of the colon that ends ``def ...(...):`` or ``class ...:``."""
    text = "\n".join(lines[node.lineno - 1:node.body[0].lineno]) + "\n"
    depth = 0
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
        elif token.type == tokenize.OP and token.string == ":" and depth == 0:
            return node.lineno + token.start[0] - 1
    raise ListingError(f"{node.name}: cannot find the end of its header")  # pragma: no cover


def _signature(node: ast.FunctionDef | ast.AsyncFunctionDef, source: str) -> str:
    """``def name(a, b=1, *, c=None):`` with the defaults as written and no type hints."""

    def parameter(arg: ast.arg, default: ast.expr | None) -> str:
        if default is None:
            return arg.arg
        return f"{arg.arg}={ast.get_source_segment(source, default)}"

    args = node.args
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    parts = [parameter(arg, default) for arg, default in zip(positional, defaults, strict=True)]
    if args.posonlyargs:
        parts.insert(len(args.posonlyargs), "/")
    if args.vararg:
        parts.append(f"*{args.vararg.arg}")
    elif args.kwonlyargs:
        parts.append("*")
    parts += [parameter(arg, default)
              for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    if args.kwarg:
        parts.append(f"**{args.kwarg.arg}")
    keyword = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
    one_line = f"{keyword} {node.name}({', '.join(parts)}):"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    wrapped = [""]
    for part in parts:  # as many parameters on a line as fit, indented by four
        if wrapped[-1] and len(wrapped[-1]) + len(part) + 6 > LINE_LENGTH:
            wrapped.append("")
        wrapped[-1] += f"{part}, "
    return "\n".join([f"{keyword} {node.name}(", *(f"    {line.rstrip()}" for line in wrapped),
                      "):"])


def _summary_and_body(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef,
                      lines: list[str], header_end: int) -> list[str]:
    """The docstring cut to its first paragraph, then the body as written."""
    first = node.body[0]
    has_docstring = (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                     and isinstance(first.value.value, str))
    if not has_docstring:
        return _without_validation(node, lines, header_end + 1, node.end_lineno)
    docstring = lines[first.lineno - 1:first.end_lineno]
    summary = [docstring[0]]
    for line in docstring[1:]:
        if not line.strip():
            break
        summary.append(line)
    if len(summary) < len(docstring):
        quotes = re.match(r"\s*[rRbBuU]*(\"\"\"|''')", docstring[0])[1]
        summary[-1] = summary[-1].rstrip() + quotes
    summary = [CROSS_REFERENCE.sub(r"\g<text>", line) for line in summary]
    body = _without_validation(node, lines, first.end_lineno + 1, node.end_lineno)
    return summary + body


def _without_validation(node: ast.AST, lines: list[str], start: int, end: int) -> list[str]:
    """Lines ``start`` to ``end`` (1-based, inclusive) without validation decorators."""
    dropped: set[int] = set()
    for inner in ast.walk(node):
        for decorator in getattr(inner, "decorator_list", []):
            if _is_validation(decorator):
                dropped.update(range(decorator.lineno, decorator.end_lineno + 1))
    return [lines[number - 1] for number in range(start, end + 1) if number not in dropped]
