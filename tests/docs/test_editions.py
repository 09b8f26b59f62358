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
UNTRANSLATED: set[str] = {uri for uri in ENGLISH if not uri.startswith("api/")}

HEADING = re.compile(r"^(#{1,6}) ", re.MULTILINE)
FIGURE = re.compile(r"figures/([\w.-]+)\.svg")
LISTING = re.compile(r"^[ \t]*listing:: [\w.]+[ \t]*$", re.MULTILINE)
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
        "solutions": len(SOLUTION.findall(markdown)),
        "code": [(match["info"].strip(), match["code"].strip()) for match in
                 CODE_FENCE.finditer(markdown)],
        "maths": len(maths(markdown)),
    }


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
    english = structure((DOCS / uri).read_text(encoding="utf-8"))
    chinese = structure(twin(uri).read_text(encoding="utf-8"))
    for part, value in english.items():
        assert chinese[part] == value, f"docs/zh/{uri}: its {part} differ from docs/{uri}'s"


def test_no_chinese_page_is_without_an_english_one() -> None:
    orphans = sorted(uri for uri in editions.page_sources(ZH) if not (DOCS / uri).is_file())
    assert orphans == []


@pytest.mark.parametrize("uri", sorted(editions.page_sources(ZH)))
def test_chinese_pages_leave_no_english_sentence(uri: str) -> None:
    runs = english_runs((ZH / uri).read_text(encoding="utf-8"))
    assert not runs, f"docs/zh/{uri} has English prose left: {runs[:3]}"


def test_the_checks_see_structure_and_english_prose() -> None:
    page = ('# T\n\n## A\n\nSome text.\n\n```python exec="on"\nx = 1\n```\n\n'
            "listing:: mlbook.activations.relu\n\n![a](../figures/f.svg)\n")
    assert structure(page) == {"headings": [1, 2], "figures": ["f"],
                               "listings": ["listing:: mlbook.activations.relu"],
                               "solutions": 0, "code": [('python exec="on"', "x = 1")],
                               "maths": 0}
    assert english_runs("这是 `some code here and more` 与 \\(a b c d e f g\\)。") == []
    assert english_runs("这里 this sentence was left in English by mistake。") == [
        "this sentence was left in English by mistake"]


def test_untranslated_only_names_english_pages() -> None:
    assert set(ENGLISH) >= UNTRANSLATED
