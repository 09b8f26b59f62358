"""What a first visit costs a reader: bytes, and main-thread work against stock Material.

Generous bounds that a noisy, shared machine passes, and that a real regression (a heavy
script, formulas rendered in the browser, figures inlined) fails. ``bench/page_speed.py``
measures the same things precisely, with Lighthouse, and prints them.
"""

from __future__ import annotations

import re
import statistics
import time
from pathlib import Path

from tools import browsing, html_check

WEIGHT_BUDGET = 400_000  # bytes, gzip, before figures (issue 12)
MAIN_THREAD_RATIO = 2.5  # ours / its stock twin; Lighthouse's target is 1.5x TBT
READ_PAGES = re.compile(r"^(?:zh/)?(?:chapters|notebooks)/[^/]+/$")
CHAPTER = "chapters/02-logistic-regression.md"


def test_every_chapter_and_notebook_weighs_at_most_400_kb_before_figures(
    browser, site: Path, pages: list[str]
) -> None:
    read = [path for path in pages if READ_PAGES.match(path)]
    assert len(read) >= 18, read
    with browsing.serve(site, compress=True) as base_url:
        weights = [browsing.weigh(browser, base_url, path) for path in read]
    over = [f"{w.path}: {w.before_figures / 1000:.0f} kB" for w in weights
            if w.before_figures > WEIGHT_BUDGET]
    assert not over, f"over {WEIGHT_BUDGET // 1000} kB gzip before figures: {over}"


def main_thread_ms(browser, base_url: str, path: str) -> float:
    """Main-thread task time (ms) of a first visit at phone size, until it has settled."""
    context, _ = browsing.new_context(browser, base_url, viewport=browsing.PHONE)
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Performance.enable")
    page.goto(path, wait_until="load")
    time.sleep(2)  # what runs after load (Material's search, the formulas) counts too
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    context.close()
    return 1000 * metrics["TaskDuration"]


def test_a_chapter_costs_the_main_thread_little_more_than_stock_material(
    browser, site: Path, tmp_path: Path
) -> None:
    """Chapter 2 against the same Markdown built by stock Material, alternating, medians."""
    twin = html_check.stock_twin_site([CHAPTER], tmp_path / "twin", figures=site / "figures")
    path = html_check.built_page(CHAPTER).removesuffix("index.html")
    times: dict[str, list[float]] = {"stock": [], "ours": []}
    with browsing.serve(twin) as stock_url, browsing.serve(site) as ours_url:
        for _ in range(3):
            times["stock"].append(main_thread_ms(browser, stock_url, path))
            times["ours"].append(main_thread_ms(browser, ours_url, path))
    stock, ours = (statistics.median(times[name]) for name in ("stock", "ours"))
    assert ours <= MAIN_THREAD_RATIO * stock, (
        f"{path}: {ours:.0f} ms of main-thread work, stock Material {stock:.0f} ms "
        f"(more than {MAIN_THREAD_RATIO}x); runs {times}"
    )


# How many of the article's code blocks Material has mounted (copy button, annotations; its
# <pre> gets an id then), and how many there are.
MOUNTED = """() => {
  const blocks = [...document.querySelectorAll("[data-md-component=content] pre > code")];
  return { blocks: blocks.length,
           mounted: blocks.filter((c) => c.parentElement.id.startsWith("__code_")).length };
}"""


def test_code_blocks_get_their_buttons_when_they_come_into_view(browser, base_url: str) -> None:
    """Mounting every code block when the page opens measured each one in turn (a forced
    layout per block), most of a chapter's main-thread work after its first paint: only the
    blocks a reader reaches are mounted (Material's content.lazy), and each is when reached."""
    context, recorder = browsing.new_context(browser, base_url, viewport=browsing.PHONE)
    page = context.new_page()
    page.goto("chapters/03-gradient-descent/", wait_until="load")
    page.wait_for_timeout(1000)
    opened = page.evaluate(MOUNTED)
    assert opened["blocks"] >= 20 and opened["mounted"] <= 3, opened
    last = page.locator("[data-md-component=content] .highlight:not(.no-copy) pre > code").last
    browsing.reveal_code(last)
    assert last.locator("xpath=..").locator(".md-code__nav").count() == 1
    context.close()
    assert not recorder.foreign and not recorder.console_errors


# The fonts a page asks for early (<link rel="preload">) that it has not drawn with once it
# has loaded; KaTeX_<Family>-<Regular|Italic|Bold|BoldItalic>.woff2 names the font face.
UNUSED_PRELOADS = """async () => {
  await document.fonts.ready;
  const used = new Set([...document.fonts].filter((f) => f.status === "loaded")
    .map((f) => `${f.family.replace(/"/g, "")}/${f.style}/${f.weight}`));
  return [...document.querySelectorAll("link[rel=preload][as=font]")].map((link) => {
    const [family, variant] = link.href.split("/").pop().replace(".woff2", "").split("-");
    const style = variant.includes("Italic") ? "italic" : "normal";
    const weight = variant.includes("Bold") ? "700" : "400";
    return used.has(`${family}/${style}/${weight}`) ? null : `${family}-${variant}`;
  }).filter((name) => name !== null);
}"""


def test_the_fonts_a_page_asks_for_early_are_the_first_screens(
        browser, base_url: str, site: Path, pages: list[str]) -> None:
    """KaTeX's fonts for the first screen's formulas are preloaded beside its stylesheet
    (tools/site/below_fold.py): each one preloaded is drawn with on a phone's first screen
    (else it is a wasted download and a console warning), and chapters do preload."""
    read = [path for path in pages if READ_PAGES.match(path)]
    preloading = [path for path in read
                  if 'as="font"' in (site / path / "index.html").read_text(encoding="utf-8")]
    assert len(preloading) >= 10, preloading
    context, recorder = browsing.new_context(browser, base_url, viewport=browsing.PHONE)
    page = context.new_page()
    unused = {}
    for path in preloading:
        page.goto(path, wait_until="load")
        names = page.evaluate(UNUSED_PRELOADS)
        if names:
            unused[path] = names
    context.close()
    assert not unused, f"fonts preloaded and not drawn with: {unused}"
    assert not recorder.foreign and not recorder.console_errors
