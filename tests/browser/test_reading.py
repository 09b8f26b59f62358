"""Reading the book (issue 17): outputs, search, figures and code on a phone, sub-path, 404."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.test_reader import search
from tools import browsing

PHONE = {"width": 390, "height": 844}
SEARCHES = {  # a learner's query -> the chapter that must come first
    "learning rate": "chapters/03-gradient-descent/",
    "sigmoid derivative": None,  # any chapter
    "vectorization": "chapters/04-vectorization/",
    "hidden layer": None,
}


STYLES = """() => {
  const look = (element) => {
    const pre = element.closest("pre") || element;
    const code = pre.querySelector("code") || pre;
    const box = getComputedStyle(code), rule = getComputedStyle(pre);
    return { background: box.backgroundColor, border: rule.borderLeftStyle + " " +
             rule.borderLeftWidth, whiteSpace: box.whiteSpace, overflowX: box.overflowX,
             copy: pre.querySelector(".md-clipboard, .md-code__button") !== null };
  };
  const output = document.querySelector(".output pre, .jp-OutputArea-output pre");
  const code = document.querySelector(".language-python.highlight:not(.output) pre > code");
  return { output: output && look(output), code: code && look(code) };
}"""


@pytest.mark.parametrize("kind", ["chapters/", "notebooks/"])
def test_output_looks_unlike_code_and_never_wraps(open_context, pages: list[str],
                                                  kind: str) -> None:
    path = next(p for p in pages if p.startswith(kind) and p != kind and "00-" not in p)
    context, recorder = open_context()
    page = context.new_page()
    page.goto(path, wait_until="load")
    browsing.settle(page)
    styles = page.evaluate(STYLES)
    assert styles["output"] and styles["code"], f"{path}: no output or no code block"
    output, code = styles["output"], styles["code"]
    assert output["background"] != code["background"], (path, styles)
    assert output["border"].startswith("solid"), (path, output)
    assert not output["copy"] and code["copy"], (path, styles)
    assert output["whiteSpace"] == "pre" and output["overflowX"] in {"auto", "scroll"}, output
    assert not recorder.foreign and not recorder.console_errors


@pytest.mark.parametrize("query", list(SEARCHES))
def test_the_first_result_of_a_learners_query_is_a_chapter(open_context, query: str) -> None:
    context, recorder = open_context()
    found = list(search(context, query))
    assert found, f"searching {query!r} finds nothing"
    expected = SEARCHES[query]
    assert found[0].startswith("chapters/"), f"{query!r}: first result {found[0]}; {found[:5]}"
    if expected:
        assert found[0] == expected, f"{query!r}: first result {found[0]}, expected {expected}"
    assert not recorder.foreign and not recorder.console_errors


def test_a_misspelt_query_finds_the_chapters(open_context) -> None:
    context, recorder = open_context()
    found = list(search(context, "sigmod"))
    assert any(path.startswith("chapters/") for path in found), found
    assert not recorder.console_errors, recorder.console_errors


ZOOM = """(image) => {
  image.scrollIntoView();
  const inline = image.getBoundingClientRect().width;
  image.click();
  const dialog = document.querySelector("dialog.figure-zoom");
  const zoomed = dialog && dialog.querySelector("img");
  return { inline, open: !!dialog && dialog.open,
           label: dialog && dialog.getAttribute("aria-label"),
           zoomed: zoomed ? zoomed.getBoundingClientRect().width : 0,
           viewport: window.innerWidth, alt: image.alt };
}"""


@pytest.mark.parametrize("kind", ["chapters/09-", "notebooks/07-"])
def test_a_figure_opens_at_full_width_on_a_phone(open_context, pages: list[str],
                                                 kind: str) -> None:
    path = next(p for p in pages if p.startswith(kind))
    context, recorder = open_context(viewport=PHONE)
    page = context.new_page()
    page.goto(path, wait_until="load")
    browsing.settle(page)
    images = page.locator("article figure img:visible, article .jp-OutputArea-output img:visible")
    assert images.count() > 0, f"{path} has no figure"
    image = images.last
    image.evaluate("(image) => image.decode ? image.decode() : true")
    result = image.evaluate(ZOOM)
    assert result["open"] and result["label"] == result["alt"], result
    assert result["zoomed"] >= result["viewport"] - 1, result
    assert result["zoomed"] > result["inline"], result
    page.keyboard.press("Escape")
    assert not page.evaluate("document.querySelector('dialog.figure-zoom').open")
    image.focus()
    page.keyboard.press("Enter")  # the keyboard opens it too
    assert page.evaluate("document.querySelector('dialog.figure-zoom').open")
    assert not recorder.foreign and not recorder.console_errors


COPY_BUTTON_CLEAR = """() => {
  const problems = [];
  for (const pre of document.querySelectorAll("article .highlight:not(.no-copy) pre")) {
    const button = pre.querySelector(".md-code__nav");
    const line = pre.querySelector("code > span");
    if (!button || !line || pre.offsetParent === null) continue;
    const b = button.getBoundingClientRect(), l = line.getBoundingClientRect();
    if (b.bottom > l.top + 1 && b.top < l.bottom - 1) problems.push(line.textContent.slice(0, 60));
  }
  return problems;
}"""


def test_on_a_phone_the_copy_button_leaves_the_first_line_readable(
        open_context, pages: list[str]) -> None:
    path = next(p for p in pages if p.startswith("chapters/07-"))
    context, _ = open_context(viewport=PHONE)
    page = context.new_page()
    page.goto(path, wait_until="load")
    browsing.settle(page)
    assert page.evaluate(COPY_BUTTON_CLEAR) == []


def test_the_api_contents_do_not_cut_long_names(open_context) -> None:
    context, _ = open_context()
    page = context.new_page()
    page.goto("api/losses/", wait_until="load")
    browsing.settle(page)
    cut = page.evaluate("""() => [...document.querySelectorAll(
        ".md-nav--secondary .md-nav__link .md-ellipsis")]
        .filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent.trim())""")
    assert cut == []


def test_the_site_works_under_a_sub_path(browser, site: Path) -> None:
    """Served as a project page at /mlbook/: every asset loads and links stay inside."""
    with browsing.serve(site, prefix="/mlbook/") as base_url:
        assert base_url.endswith("/mlbook/")
        context, recorder = browsing.new_context(browser, base_url)
        try:
            page = context.new_page()
            for path in ["", "chapters/02-logistic-regression/",
                         "notebooks/03-gradient-descent/", "api/shallow/"]:
                page.goto(base_url + path, wait_until="networkidle")
                browsing.settle(page)
                assert page.evaluate(
                    "getComputedStyle(document.querySelector('.md-header')).position") in {
                        "sticky", "fixed"}, f"{path}: the theme's CSS did not load"
            hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
            local = [href for href in hrefs if href.startswith("http://127.0.0.1")]
            assert local and all(href.startswith(base_url) for href in local), [
                href for href in local if not href.startswith(base_url)][:5]
            page.locator("a.md-tabs__link", has_text="Notebooks").click()
            page.wait_for_load_state("load")
            assert page.url.startswith(base_url + "notebooks/"), page.url
        finally:
            context.close()
    assert not recorder.failed, recorder.failed
    assert not recorder.foreign and not recorder.console_errors, (
        recorder.foreign, recorder.console_errors)


def test_the_404_page_leads_into_the_book(open_context) -> None:
    context, recorder = open_context()
    page = context.new_page()
    page.goto("404.html", wait_until="networkidle")
    page.locator("article a", has_text=re.compile("Chapter 1")).click()
    page.wait_for_load_state("load")
    assert page.url.endswith("chapters/01-ml-vs-dl/")
    page.goto("404.html", wait_until="networkidle")
    page.locator("#not-found-query").fill("sigmoid")
    page.locator("article button[type=submit]").click()
    page.wait_for_selector(".md-search-result__item")
    # leaving a page while its search index loads aborts that request: not a failure
    failed = [line for line in recorder.failed if "ERR_ABORTED" not in line]
    assert not recorder.foreign and not failed and not recorder.console_errors, (
        recorder.foreign, failed, recorder.console_errors)
