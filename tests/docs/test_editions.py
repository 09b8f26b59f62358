"""The 简体中文 edition mirrors the English one: same pages, same structure, same code.

Every English page has a twin under ``docs/zh/`` at the same path, with the same headings
(levels, in order), figures, listings, exercises and, to the letter, the same code blocks:
the code is shared (the build runs it once for both editions), only the prose is translated.
A change to an English page's structure without its twin fails here. Pages whose translation
has not landed yet are listed in ``UNTRANSLATED``, which only ever shrinks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.docs.test_prose import FENCE, maths, without_code
from tools.site import editions

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
ZH = DOCS / "zh"
ENGLISH = sorted(uri for uri in editions.page_sources(DOCS) if not uri.startswith("zh/"))
UNTRANSLATED: set[str] = set()  # every page but the API reference has its twin

HEADING = re.compile(r"^(#{1,6}) ", re.MULTILINE)
FIGURE = re.compile(r"figures/([\w.-]+)\.svg")
LISTING = re.compile(r"^[ \t]*listing:: [\w.]+[ \t]*$", re.MULTILINE)
EXPLORER = re.compile(r"^[ \t]*explorer:: [\w-]+[ \t]*$", re.MULTILINE)
SOLUTION = re.compile(r'^[ \t]*\?\?\?\+? \w+ "', re.MULTILINE)
CODE_FENCE = re.compile(r"^(?P<indent>[ \t]*)```+(?P<info>(?:python|pycon|py)\b[^\n]*)\n"
                        r"(?P<code>.*?)^(?P=indent)```", re.MULTILINE | re.DOTALL)
ENGLISH_RUN = re.compile(r"(?:\b[A-Za-z][A-Za-z'’-]*\b[ ,;:]+){5,}[A-Za-z]+")
KEPT_IN_ENGLISH = [  # names and titles that a Chinese text quotes as they are
    "Neural Networks and Deep Learning",
    "Planar data classification with one hidden layer",
]


def structure(markdown: str) -> dict[str, list]:
    """What a twin must share with its page: everything but the prose."""
    return {
        "headings": [len(level) for level in HEADING.findall(without_code(markdown))],
        "figures": FIGURE.findall(markdown),
        "listings": [line.strip() for line in LISTING.findall(markdown)],
        "explorers": [line.strip() for line in EXPLORER.findall(markdown)],
        "solutions": len(SOLUTION.findall(markdown)),
        "code": [(match["info"].strip(), match["code"].strip()) for match in
                 CODE_FENCE.finditer(markdown)],
        "maths": len(maths(markdown)),
    }


NOTEBOOK_CELL = re.compile(r"^# %%(?P<header>[^\n]*)\n(?P<body>.*?)(?=^# %%|\Z)",
                           re.MULTILINE | re.DOTALL)
ALT = re.compile(r'\s*alt="[^"]*"')


def notebook_structure(source: str) -> dict[str, list]:
    """What a twin notebook (Jupytext's percent format) must share: every cell but the words.

    Code cells are the same to the letter, tags included; Markdown cells are translated, so
    only their number, place and headings count; a figure's ``alt`` is translated too.
    """
    cells = []
    for cell in NOTEBOOK_CELL.finditer(source):
        header = ALT.sub("", cell["header"]).strip()
        if header.startswith("[markdown]"):
            markdown = re.sub(r"^# ?", "", cell["body"], flags=re.MULTILINE)
            cells.append(("markdown", [len(level) for level in HEADING.findall(markdown)],
                          len(maths(markdown))))
        else:
            cells.append((header, cell["body"].strip()))
    return {"cells": cells}


def notebook_prose(source: str) -> str:
    """The Markdown of a notebook's Markdown cells and the alt texts of its figures."""
    parts = []
    for cell in NOTEBOOK_CELL.finditer(source):
        if cell["header"].strip().startswith("[markdown]"):
            parts.append(re.sub(r"^# ?", "", cell["body"], flags=re.MULTILINE))
        parts += re.findall(r'alt="([^"]*)"', cell["header"])
    return "\n\n".join(parts)


def structure_of(uri: str, text: str) -> dict[str, list]:
    return notebook_structure(text) if uri.endswith(".py") else structure(text)


def english_runs(markdown: str) -> list[str]:
    """Runs of six or more English words in the prose of a Chinese page."""
    text = re.sub(r"<[^>]+>", " ", without_code(FENCE.sub("", markdown)))
    text = re.sub(r"\\\(.*?\\\)|\\\[.*?\\\]|\$\$.*?\$\$|\{\{.*?\}\}", " ", text, flags=re.DOTALL)
    for kept in KEPT_IN_ENGLISH:
        text = text.replace(kept, " ")
    return [match.group(0) for match in ENGLISH_RUN.finditer(text)]


def twin(uri: str) -> Path:
    return ZH / uri


@pytest.mark.parametrize("uri", ENGLISH)
def test_every_english_page_has_a_chinese_twin(uri: str) -> None:
    if uri.startswith("api/"):
        pytest.skip("the API reference stays in English; both editions link to it")
    if uri in UNTRANSLATED:
        pytest.skip(f"{uri}: translation pending (issue 14)")
    assert twin(uri).is_file(), f"docs/zh/{uri} is missing"


@pytest.mark.parametrize("uri", ENGLISH)
def test_a_twin_has_the_structure_and_the_code_of_its_page(uri: str) -> None:
    if not twin(uri).is_file() or uri in UNTRANSLATED:
        pytest.skip("no twin yet")
    english = structure_of(uri, (DOCS / uri).read_text(encoding="utf-8"))
    chinese = structure_of(uri, twin(uri).read_text(encoding="utf-8"))
    for part, value in english.items():
        assert chinese[part] == value, f"docs/zh/{uri}: its {part} differ from docs/{uri}'s"


def test_no_chinese_page_is_without_an_english_one() -> None:
    orphans = sorted(uri for uri in editions.page_sources(ZH) if not (DOCS / uri).is_file())
    assert orphans == []


@pytest.mark.parametrize("uri", sorted(editions.page_sources(ZH)))
def test_chinese_pages_leave_no_english_sentence(uri: str) -> None:
    text = (ZH / uri).read_text(encoding="utf-8")
    runs = english_runs(notebook_prose(text) if uri.endswith(".py") else text)
    assert not runs, f"docs/zh/{uri} has English prose left: {runs[:3]}"


def test_the_checks_see_structure_and_english_prose() -> None:
    page = ('# T\n\n## A\n\nSome text.\n\n```python exec="on"\nx = 1\n```\n\n'
            "listing:: mlbook.activations.relu\n\n![a](../figures/f.svg)\n")
    assert structure(page) == {"headings": [1, 2], "figures": ["f"],
                               "listings": ["listing:: mlbook.activations.relu"],
                               "solutions": 0, "code": [('python exec="on"', "x = 1")],
                               "maths": 0, "explorers": []}
    assert english_runs("这是 `some code here and more` 与 \\(a b c d e f g\\)。") == []
    assert english_runs("这里 this sentence was left in English by mistake。") == [
        "this sentence was left in English by mistake"]


def test_the_notebook_check_sees_code_and_cells_and_lets_words_change() -> None:
    english = ('# %% [markdown]\n# # Title\n#\n# Some words.\n\n'
               '# %% alt="A plot of the data."\nplot(X)\n\n# %%\nx = 1\n')
    chinese = ('# %% [markdown]\n# # 标题\n#\n# 一些文字。\n\n'
               '# %% alt="数据的图。"\nplot(X)\n\n# %%\nx = 1\n')
    assert notebook_structure(english) == notebook_structure(chinese)
    assert notebook_structure(english)["cells"] == [("markdown", [1], 0), ("", "plot(X)"),
                                                    ("", "x = 1")]
    assert notebook_structure(chinese.replace("x = 1", "x = 2")) != notebook_structure(english)
    assert notebook_structure(chinese.replace("# # 标题", "# 标题")) != notebook_structure(
        english)
    assert english_runs(notebook_prose(english.replace("Some words.",
                                                       "one two three four five six"))) == [
        "one two three four five six"]
    assert english_runs(notebook_prose(chinese)) == []


def test_untranslated_only_names_english_pages() -> None:
    assert set(ENGLISH) >= UNTRANSLATED
