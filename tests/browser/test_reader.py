"""What a reader does with the pages: copy code, search, switch colours, read on a phone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tools import browsing

ROOT = Path(__file__).resolve().parents[2]
PROMPT = re.compile(r"^(>>>|\.\.\.)( |$)")
ANNOTATION_MARKER = re.compile(r"#\s*\(\d+\)!?\s*$", re.MULTILINE)
COPY_BUTTONS = "button[data-md-type='copy'], button.md-clipboard"

CODE_BLOCKS = "[data-md-component=content] pre > code"

# A code block's code as the page source has it (no line numbers, no annotation markers), its
# language, and whether it is meant to have a copy button (outputs are marked no-copy).
READ_BLOCK = """(code) => {
  const clone = code.cloneNode(true);
  clone.querySelectorAll(".linenos, .md-annotation, .md-code__nav").forEach((e) => e.remove());
  const holder = code.closest("[class*='language-']");
  const language = holder
    ? ([...holder.classList].find((c) => c.startsWith("language-")) || "").slice(9) : "";
  return { text: clone.textContent, language, id: code.parentElement.id,
           copy: code.closest(".no-copy") === null };
}"""

# Scrolls the whole page as far right as it goes; reports what sticks out if it moved.
HORIZONTAL_SCROLL = """() => {
  window.scrollTo(100000, window.scrollY);
  const scrolled = window.scrollX;
  const width = document.documentElement.clientWidth;
  const offenders = [];
  if (scrolled > 0 || document.documentElement.scrollWidth > width) {
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      let clipped = false;
      for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        const box = style.display !== "inline" && style.overflowX !== "visible";
        if (box && a.getBoundingClientRect().right <= width + 1) {
          clipped = true;
          break;
        }
      }
      if (!clipped) {
        const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
          + (element.className && typeof element.className === "string"
             ? "." + element.className.trim().split(/\\s+/).join(".") : "");
        offenders.push(`${name} (right edge at ${Math.round(box.right)} px)`);
      }
    }
  }
  return { scrolled, scrollWidth: document.documentElement.scrollWidth, width, offenders };
}"""


def expected_copy(text: str, language: str) -> str:
    """What the copy button must put on the clipboard for a block's code.

    Python console blocks copy their input lines without prompts and without the output
    lines, so the result runs when pasted; every other block copies its code as shown.

    Examples
    --------
    >>> expected_copy(">>> x = 1\\n>>> x\\n1\\n>>> y = x\\n", "pycon")
    'x = 1\\nx\\ny = x'
    """
    if language == "pycon":
        lines = [PROMPT.sub("", line) for line in text.split("\n") if PROMPT.match(line)]
        text = "\n".join(lines)
    return text.rstrip()


def pages_with_code(site: Path, pages: list[str]) -> list[str]:
    return [
        path for path in pages
        if 'class="language-' in (site / path / "index.html").read_text(encoding="utf-8")
    ]


def test_copy_buttons_copy_exactly_the_code(open_context, site: Path, pages: list[str]) -> None:
    """Every code block, once a reader can see it (scrolled to, its <details> opened), has a
    copy button that copies exactly its code; outputs have none."""
    coded = pages_with_code(site, pages)
    assert coded, "no page of the site has a code block"
    context, recorder = open_context(permissions=["clipboard-read", "clipboard-write"])
    problems: list[str] = []
    checked = 0
    for path in coded:
        page = context.new_page()
        page.goto(path, wait_until="load")
        browsing.settle(page)
        blocks = page.locator(CODE_BLOCKS)
        for index in range(blocks.count()):
            code = blocks.nth(index)
            try:
                browsing.reveal_code(code)
            except Exception as error:  # noqa: BLE001 - report and go on with the others
                problems.append(f"{path} code block {index}: never got its buttons: {error}")
                continue
            block = code.evaluate(READ_BLOCK)
            buttons = code.locator("xpath=..").locator(COPY_BUTTONS)
            if not block["copy"]:
                if buttons.count():
                    problems.append(f"{path} #{block['id']}: an output with a copy button")
                continue
            if buttons.count() != 1:
                problems.append(f"{path} #{block['id']}: {buttons.count()} copy buttons")
                continue
            page.evaluate("navigator.clipboard.writeText('')")
            try:
                buttons.click(timeout=3000)
            except Exception as error:  # noqa: BLE001 - report and go on with the others
                problems.append(f"{path} #{block['id']}: cannot click copy: {error}")
                continue
            copied = page.evaluate("navigator.clipboard.readText()")
            expected = expected_copy(block["text"], block["language"])
            checked += 1
            if copied.rstrip() != expected:
                problems.append(
                    f"{path} #{block['id']} ({block['language']}): copied {copied[:300]!r}, "
                    f"expected {expected[:300]!r}"
                )
            if block["language"] in {"python", "py", "pycon"}:
                if any(PROMPT.match(line) for line in copied.split("\n")):
                    problems.append(f"{path} #{block['id']}: copied text has >>> prompts")
                if ANNOTATION_MARKER.search(copied):
                    problems.append(f"{path} #{block['id']}: copied text has annotation markers")
        page.close()
    assert not recorder.foreign, f"requests to other hosts: {recorder.foreign}"
    assert not problems, f"{len(problems)} of {checked} copy buttons wrong:\n" + "\n".join(problems)


def search(context, query: str, home: str = "") -> dict[str, str]:
    """Type ``query`` into the search box of an edition's home page (``""`` the English one,
    ``"zh/"`` the Chinese one); all result pages, path -> title."""
    page = context.new_page()
    page.goto(home, wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill(query)
    # Material searches on keyup; fill() types Chinese as one text insertion without key
    # events (as an input method does until the reader confirms), so confirm with a key.
    page.keyboard.press("End")
    page.wait_for_selector(".md-search-result__meta:not(:empty)")
    page.wait_for_function(
        "() => !/Initializing|Type to start/i.test("
        "document.querySelector('.md-search-result__meta').textContent)",
        timeout=10_000,
    )
    # Material renders results in batches as the list scrolls: scroll until nothing is added.
    count = -1
    while count != page.locator(".md-search-result__item").count():
        count = page.locator(".md-search-result__item").count()
        page.locator(".md-search__scrollwrap").evaluate("e => e.scrollTo(0, e.scrollHeight)")
        page.wait_for_timeout(300)
    results = page.evaluate(
        """() => [...document.querySelectorAll('.md-search-result__item > a')].map(a => [
             a.href, (a.querySelector('h1') || a).textContent.trim()])"""
    )
    page.close()
    found = {}
    for href, title in results:
        path = re.sub(r"^https?://[^/]+/", "", href).split("#")[0].split("?")[0]
        found.setdefault(path, title)
    return found


def chapter_page(pattern: str) -> tuple[str, str]:
    """URL path and H1 title of the chapter file matching ``docs/chapters/<pattern>.md``."""
    matches = sorted((ROOT / "docs" / "chapters").glob(f"{pattern}.md"))
    assert matches, f"no chapter docs/chapters/{pattern}.md yet: the search test needs it"
    text = matches[0].read_text(encoding="utf-8")
    title = re.search(r"^# (.+)$", text, re.MULTILINE)
    assert title, f"{matches[0]} has no H1 title"
    return f"chapters/{matches[0].stem}/", title.group(1).strip()


def test_search_for_sigmoid_finds_logistic_regression_and_activations(open_context) -> None:
    context, recorder = open_context()
    found = search(context, "sigmoid")
    for pattern in ("*-logistic-regression", "*-activation-functions"):
        path, title = chapter_page(pattern)
        assert path in found, f"searching 'sigmoid' misses {title!r} ({path}); found {found}"
    assert not recorder.foreign and not recorder.failed, (recorder.foreign, recorder.failed)


CHINESE_TERMS = ["激活函数", "反向传播"]


def pages_containing(site: Path, pages: list[str], term: str) -> set[str]:
    found = set()
    for path in pages:
        html = (site / path / "index.html").read_text(encoding="utf-8")
        article = html.split('<article class="md-content__inner', 1)[-1].split("</article>")[0]
        if term in re.sub(r"<[^>]+>", "", article):
            found.add(path)
    return found


@pytest.mark.parametrize("home", ["", "zh/"])
@pytest.mark.parametrize("term", CHINESE_TERMS)
def test_chinese_query_finds_the_pages_that_contain_it(
    open_context, site: Path, pages: list[str], term: str, home: str
) -> None:
    """Each edition searches its own pages: the English notation appendix gives the article's
    terms, and the Chinese edition has them on every page that teaches them."""
    notation = ROOT / "docs" / "appendices" / "notation.md"
    assert notation.is_file() and term in notation.read_text(encoding="utf-8"), (
        f"the notation appendix should give the source article's term {term}"
    )
    if home and not (site / home / "index.html").is_file():
        pytest.skip(f"the site has no {home} edition")
    edition = [path for path in pages if path.startswith(home)
               and (home or not path.startswith("zh/"))]
    expected = pages_containing(site, edition, term)
    assert f"{home}appendices/notation/" in expected
    context, recorder = open_context()
    found = search(context, term, home)
    missing = sorted(expected - set(found))
    assert not missing, f"searching {term!r} misses {missing}; found {sorted(found)}"
    assert not recorder.foreign, recorder.foreign


def scheme(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_light_dark_toggle_works_and_persists_across_pages(
    open_context, pages: list[str]
) -> None:
    context, recorder = open_context(color_scheme="light")
    page = context.new_page()
    other = next(path for path in pages if path)
    page.goto("", wait_until="networkidle")
    assert scheme(page) == "default"
    page.locator("form[data-md-component='palette'] label.md-header__button:visible").click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.goto(other, wait_until="networkidle")
    assert scheme(page) == "slate", f"dark scheme lost after navigating to {other}"
    fresh = context.new_page()
    fresh.goto("", wait_until="networkidle")
    assert scheme(fresh) == "slate", "dark scheme lost in a new tab of the same browser"
    fresh.locator("form[data-md-component='palette'] label.md-header__button:visible").click()
    fresh.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    fresh.goto(other, wait_until="networkidle")
    assert scheme(fresh) == "default", "light scheme not kept after switching back"
    assert not recorder.foreign, recorder.foreign


@pytest.fixture(scope="module")
def phone_sweep(browser, base_url: str, pages: list[str]) -> dict[str, dict]:
    """Every page at 375 px in the dark scheme: horizontal scroll and axe colour contrast."""
    axe = Axe()
    context, recorder = browsing.new_context(
        browser, base_url, viewport=browsing.PHONE, color_scheme="dark"
    )
    results = {}
    for path in pages:
        page = context.new_page()
        page.goto(path, wait_until="load")
        browsing.settle(page)
        scroll = page.evaluate(HORIZONTAL_SCROLL)
        page.evaluate("window.scrollTo(0, 0)")
        contrast = axe.run(page, options={"runOnly": ["color-contrast"]}).response["violations"]
        results[path] = {
            "scheme": page.evaluate("document.body.getAttribute('data-md-color-scheme')"),
            "scroll": scroll,
            "contrast": [
                f"{node['target']}: {node['html'][:120]} -- {node.get('failureSummary', '')[:200]}"
                for violation in contrast for node in violation["nodes"]
            ],
        }
        page.close()
    context.close()
    results["_foreign"] = {"foreign": recorder.foreign}
    return results


def test_no_page_scrolls_horizontally_on_a_phone(phone_sweep) -> None:
    """At 375 px, wide tables, code and formulas scroll inside their own box, never the page."""
    assert not phone_sweep["_foreign"]["foreign"], phone_sweep["_foreign"]
    problems = []
    for path, result in phone_sweep.items():
        if path == "_foreign":
            continue
        scroll = result["scroll"]
        if scroll["scrolled"] > 0 or scroll["scrollWidth"] > scroll["width"]:
            problems.append(
                f"{path or '(home)'}: page is {scroll['scrollWidth']} px wide at {scroll['width']}"
                f" px; sticking out: {scroll['offenders'][:5]}"
            )
    assert not problems, "\n".join(problems)


def test_dark_scheme_text_has_enough_contrast(phone_sweep) -> None:
    """axe colour contrast in the dark (slate) scheme, on every page (the sweep is light)."""
    pages = {path: r for path, r in phone_sweep.items() if path != "_foreign"}
    assert all(r["scheme"] == "slate" for r in pages.values()), "dark scheme not applied"
    problems = [
        f"{path or '(home)'}: {item}" for path, r in pages.items() for item in r["contrast"]
    ]
    assert not problems, f"{len(problems)} contrast failures in the dark scheme:\n" + "\n".join(
        problems[:60]
    )
