"""Fixtures of the browser suite: the built site, a local server, one Chromium per session.

The site is the session's strict build (``built_site`` from ``tests/conftest.py``), or, to
iterate quickly on the browser tests alone, an already built folder named by
``$MLBOOK_SITE_DIR``. Pages are discovered from the built folder, so every new chapter,
notebook and API page is checked without editing the tests.

Most checks read one visit per page (:func:`sweep`): each page is loaded once at desktop
size in a fresh context, and everything the tests need is collected from that visit.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from tests.browser import source
from tools import browsing

HERE = Path(__file__).resolve().parent
SERIOUS = {"serious", "critical"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.build)


@pytest.fixture(scope="session")
def site(request: pytest.FixtureRequest) -> Path:
    """The built site: ``$MLBOOK_SITE_DIR`` if set (a finished build), else the session build."""
    prebuilt = os.environ.get("MLBOOK_SITE_DIR")
    if prebuilt:
        path = Path(prebuilt)
        if not (path / "index.html").is_file():
            pytest.fail(f"MLBOOK_SITE_DIR={prebuilt} is not a built site (no index.html)")
        return path
    return request.getfixturevalue("built_site")


@pytest.fixture(scope="session")
def pages(site: Path) -> list[str]:
    """Every page of the built site, as URL paths relative to the root (``""`` is home)."""
    return browsing.discover_pages(site)


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    with browsing.serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = browsing.launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def open_context(
    browser: Browser, base_url: str
) -> Iterator[Callable[..., tuple[BrowserContext, browsing.Recorder]]]:
    """Factory of fresh, recorded browser contexts; all are closed after the test."""
    opened: list[BrowserContext] = []

    def factory(**options) -> tuple[BrowserContext, browsing.Recorder]:
        context, recorder = browsing.new_context(browser, base_url, **options)
        opened.append(context)
        return context, recorder

    yield factory
    for context in opened:
        context.close()


@dataclass
class Visit:
    """What one desktop visit of one page showed."""

    path: str
    foreign: list[str]
    failed: list[str]
    console_errors: list[str]
    dom: dict
    axe: list[dict] = field(default_factory=list)


# Collected in the page after load: images, figures, formulas. Kept in one evaluate call.
COLLECT = """() => {
  const main = document.querySelector("article.md-content__inner") || document.body;
  const textBefore = (element) => {
    // Text of the block that precedes the element in reading order, within its section.
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT);
    let previous = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node === element) break;
      if (/^H[1-6]$/.test(node.tagName)) previous = null;
      else if (/^(P|LI|DD)$/.test(node.tagName) || node.classList.contains("jp-RenderedMarkdown"))
        previous = node;
    }
    return previous ? previous.innerText.trim() : "";
  };
  const images = [...main.querySelectorAll("img")].map((img) => {
    const figure = img.closest("figure");
    const caption = figure && figure.querySelector("figcaption");
    return {
      src: img.getAttribute("src").slice(0, 120),
      alt: img.getAttribute("alt"),
      complete: img.complete,
      naturalWidth: img.naturalWidth,
      caption: caption ? caption.innerText.trim() : null,
      introduction: figure ? null : textBefore(img),
    };
  });
  const figures = [...main.querySelectorAll("figure")].map((figure) => {
    const caption = figure.querySelector("figcaption");
    return {
      html: figure.outerHTML.slice(0, 200),
      caption: caption ? caption.innerText.trim() : "",
      introduction: textBefore(figure),
    };
  });
  const arithmatex = [...document.querySelectorAll(".arithmatex")];
  const unrendered = arithmatex
    .filter((element) => element.querySelectorAll(".katex").length !== 1)
    .map((element) => element.textContent.slice(0, 120));
  return {
    title: document.title,
    images,
    figures,
    arithmatex: arithmatex.length,
    arithmatexUnrendered: unrendered,
    katex: main.querySelectorAll(".katex").length,  // not the copies in the contents
    notebookKatex: document.querySelectorAll(".jp-RenderedMarkdown .katex").length,
    katexErrors: [...document.querySelectorAll(".katex-error")]
      .map((e) => e.textContent.slice(0, 120)),
    isNotebook: document.querySelector(".jupyter-wrapper") !== null,
  };
}"""

# For each axe node: is it part of the book's content (the article) or of the theme around it?
IN_CONTENT = """(selector) => {
  const element = document.querySelector(selector);
  return element !== null && element.closest("article.md-content__inner") !== null;
}"""


def visit(browser: Browser, base_url: str, path: str, axe: Axe) -> Visit:
    context, recorder = browsing.new_context(browser, base_url)
    try:
        page = context.new_page()
        page.goto(path, wait_until="networkidle")
        browsing.settle(page)
        dom = page.evaluate(COLLECT)
        violations = []
        for violation in axe.run(page).response["violations"]:
            if violation.get("impact") not in SERIOUS:
                continue
            for node in violation["nodes"]:
                target = " ".join(str(part) for part in node["target"])
                violations.append({
                    "rule": violation["id"],
                    "impact": violation["impact"],
                    "target": target,
                    "in_content": page.evaluate(IN_CONTENT, str(node["target"][-1])),
                    "html": node["html"][:200],
                    "summary": node.get("failureSummary", "")[:300],
                })
        page.close()
    finally:
        context.close()
    return Visit(path, recorder.foreign, recorder.failed, recorder.console_errors, dom, violations)


@pytest.fixture(scope="session")
def sweep(browser: Browser, base_url: str, pages: list[str]) -> dict[str, Visit]:
    """One desktop visit of every page, collected for the checks that read a page as loaded."""
    axe = Axe()
    return {path: visit(browser, base_url, path, axe) for path in pages}


@pytest.fixture(scope="session")
def axe_baseline() -> list[dict]:
    """Reviewed serious/critical violations that come from the theme, each with its reason."""
    entries = json.loads((HERE / "axe_baseline.json").read_text(encoding="utf-8"))["violations"]
    for entry in entries:
        missing = {"rule", "target", "reason"} - set(entry)
        if missing or not entry["reason"].strip():
            pytest.fail(f"axe_baseline.json entry {entry} needs rule, target and a reason")
    return entries


@pytest.fixture(scope="session")
def formula_sources(site: Path, pages: list[str]) -> dict[str, int]:
    """Number of formulas in each page's source: arithmatex elements, or notebook ``$``s."""
    return {path: source.formula_count(site, path) for path in pages}
