"""Recorded outputs: what each displayed exec block of a page prints, kept in the repository.

``tests/docs/outputs/<page>.txt`` holds, in page order, the output the page shows under each
displayed ``exec`` block (``source=`` and ``result=``), headed by the block's first line of
code. The page-block test compares a fresh run with it, so a number that changes, by intent
or by a bug, shows in review as a diff of this file. After an intended change rewrite the
records and read the diff:

    .venv/bin/python -m pytest tests/docs --record-outputs

A block whose output varies from run to run (timings) is marked ``(varies)`` in its header,
by hand; its numbers are then compared masked (with the spaces that pad them, since a timing
that gains a digit shifts its column), its words and layout exactly. Rewriting keeps
the marks of blocks whose first line is unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "outputs"
HEADER = re.compile(r"^### (?P<number>\d+)(?P<varies> \(varies\))?: (?P<first>.*)$", re.MULTILINE)
NUMBER = re.compile(r" *\d+(?:[.,]\d+)*(?:e[+-]?\d+)?")  # with its padding
PREAMBLE = (
    "# What each displayed exec block of {uri} prints, in page order.\n"
    "# Rewrite after an intended change: .venv/bin/python -m pytest tests/docs --record-outputs\n"
    "# A block marked (varies) is compared with its numbers masked.\n"
)


@dataclass
class Block:
    first_line: str
    output: str
    varies: bool = False


def path_for(uri: str, root: Path = HERE) -> Path:
    return root / (uri.removesuffix(".md") + ".txt")


def first_line(code: str) -> str:
    return next((line.strip() for line in code.splitlines() if line.strip()), "")


def parse(text: str) -> list[Block]:
    matches = list(HEADER.finditer(text))
    blocks = []
    for match, end in zip(matches, [*(m.start() for m in matches[1:]), len(text)], strict=True):
        body = text[match.end() + 1:end]  # the output, then the blank line before the next block
        blocks.append(Block(match["first"], body.removesuffix("\n\n"), bool(match["varies"])))
    return blocks


def render(uri: str, blocks: list[Block]) -> str:
    pieces = [PREAMBLE.format(uri=uri), "\n"]
    for number, block in enumerate(blocks, start=1):
        mark = " (varies)" if block.varies else ""
        pieces.append(f"### {number}{mark}: {block.first_line}\n{block.output}\n\n")
    return "".join(pieces)


def current(outputs: list[tuple[str, str]], recorded: list[Block]) -> list[Block]:
    """Blocks of a fresh run, keeping the (varies) marks of blocks whose first line is kept."""
    varies = {block.first_line for block in recorded if block.varies}
    blocks = []
    for code, output in outputs:
        line = first_line(code)
        blocks.append(Block(line, output.removesuffix("\n"), line in varies))
    return blocks


def masked(text: str) -> str:
    return NUMBER.sub("#", text)


def differences(uri: str, outputs: list[tuple[str, str]], root: Path = HERE) -> list[str]:
    """What differs between a fresh run's outputs and the record (empty when they agree)."""
    path = path_for(uri, root)
    if not path.is_file():
        return [f"{uri}: no recorded outputs yet; record them"]
    recorded = parse(path.read_text(encoding="utf-8"))
    fresh = current(outputs, recorded)
    problems = []
    if [block.first_line for block in fresh] != [block.first_line for block in recorded]:
        problems.append(f"{uri}: the page's exec blocks changed: "
                        f"{len(recorded)} recorded, {len(fresh)} now")
    for number, (new, old) in enumerate(zip(fresh, recorded, strict=False), start=1):
        if old.varies:
            same = masked(new.output) == masked(old.output)
        else:
            same = new.output == old.output
        if not same:
            problems.append(f"{uri}, exec block {number} ({new.first_line!r}) prints\n"
                            f"{new.output}\ninstead of the recorded\n{old.output}")
    return problems


def record(uri: str, outputs: list[tuple[str, str]], root: Path = HERE) -> Path:
    """Write the record of ``uri`` from a fresh run (keeping the (varies) marks)."""
    path = path_for(uri, root)
    recorded = parse(path.read_text(encoding="utf-8")) if path.is_file() else []
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(uri, current(outputs, recorded)), encoding="utf-8")
    return path
