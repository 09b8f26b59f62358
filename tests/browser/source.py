"""What the built HTML files say before any script runs: formulas, links, anchors.

The browser tests compare what Chromium shows with these counts, so a formula that KaTeX
skips or a link that points nowhere is caught even though the page "looks fine".
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

DISPLAY_DOLLARS = re.compile(r"\$\$.+?\$\$", re.DOTALL)
INLINE_DOLLARS = re.compile(r"\$[^$]+?\$")
FENCED_CODE = re.compile(r"^(```|~~~).*?^\1", re.DOTALL | re.MULTILINE)
INLINE_CODE = re.compile(r"`[^`\n]*`")


class _Scan(HTMLParser):
    """Collect element ids, ``href``/``src`` values and the number of arithmatex elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []
        self.arithmatex = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.ids.add(values[key])
        if "arithmatex" in (values.get("class") or "").split():
            self.arithmatex += 1
        for key in ("href", "src"):
            if values.get(key) is not None and tag not in {"base"}:
                self.links.append((tag, values[key]))


def scan(html_file: Path) -> _Scan:
    """Parse one built HTML file."""
    parser = _Scan()
    parser.feed(html_file.read_text(encoding="utf-8"))
    parser.close()
    return parser


def notebook_formulas(markdown: str) -> int:
    """Count ``$$...$$`` and ``$...$`` formulas in a notebook Markdown cell, code excluded.

    Examples
    --------
    >>> notebook_formulas("A score $z$ and $$\\\\sigma(z)$$; code `$x$` is not maths.")
    2
    """
    text = FENCED_CODE.sub("", markdown)
    text = INLINE_CODE.sub("", text)
    text = text.replace("\\$", "")
    display = len(DISPLAY_DOLLARS.findall(text))
    text = DISPLAY_DOLLARS.sub("", text)
    return display + len(INLINE_DOLLARS.findall(text))


def notebook_file(site: Path, path: str) -> Path | None:
    """The ``.ipynb`` the site offers for a notebook page ``notebooks/<name>/`` (or an
    edition's ``zh/notebooks/<name>/``), if any."""
    if not re.match(r"(?:[a-z]{2}/)?notebooks/", path):
        return None
    candidate = site / (path.rstrip("/") + ".ipynb")
    return candidate if candidate.is_file() else None


def formula_count(site: Path, path: str) -> int:
    """Formulas in the source of page ``path``: arithmatex elements plus notebook ``$`` maths."""
    count = scan(site / path / "index.html").arithmatex
    notebook = notebook_file(site, path)
    if notebook is not None:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            if cell["cell_type"] == "markdown":
                text = cell["source"]
                text = text if isinstance(text, str) else "".join(text)
                count += notebook_formulas(text)
    return count


def resolve(site: Path, page_file: Path, reference: str) -> tuple[Path, str] | None:
    """File and fragment that a relative ``href``/``src`` in ``page_file`` points to.

    Returns None for references that leave the site (other schemes or hosts, ``//host``)
    or carry data inline.
    """
    parts = urlsplit(reference)
    if parts.scheme or parts.netloc or reference.startswith(("data:", "javascript:")):
        return None
    fragment = unquote(parts.fragment)
    if not parts.path:
        return page_file, fragment
    path = unquote(parts.path)
    base = site if path.startswith("/") else page_file.parent
    target = (base / path.lstrip("/")).resolve()
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, fragment
