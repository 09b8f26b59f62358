"""Resolve pymdownx.snippets references the way the site build does, for the tests.

A page includes a named section of a module with a line such as
``--8<-- "mlbook/activations.py:sigmoid"``; the module marks the section with
``# --8<-- [start:sigmoid]`` and ``# --8<-- [end:sigmoid]``.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(
    r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"[ \t]*$',
    re.MULTILINE,
)
MARKER = re.compile(r"^\s*#\s*--8<--\s*\[(?P<kind>start|end):(?P<section>[\w-]+)\]\s*$")


def references(text: str) -> list[tuple[str, str | None]]:
    """Every ``(path, section)`` that ``text`` includes, in order."""
    return [(match["path"], match["section"]) for match in REFERENCE.finditer(text)]


def section(path: str, name: str | None) -> str:
    """The text of section ``name`` of ``path`` (the whole file when ``name`` is None)."""
    source = (ROOT / path).read_text(encoding="utf-8")
    if name is None:
        return "\n".join(line for line in source.splitlines() if not MARKER.match(line))
    inside, lines, found = False, [], False
    for line in source.splitlines():
        marker = MARKER.match(line)
        if marker and marker["section"] == name:
            found = True
            inside = marker["kind"] == "start"
            continue
        if inside and not marker:
            lines.append(line)
    if not found:
        raise LookupError(f"{path} has no snippet section {name!r}")
    return textwrap.dedent("\n".join(lines))


def expand(text: str) -> str:
    """``text`` with every snippet reference replaced by the section it names."""

    def replace(match: re.Match) -> str:
        body = section(match["path"], match["section"])
        return textwrap.indent(body, match["indent"])

    return REFERENCE.sub(replace, text)
