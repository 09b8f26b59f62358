"""Regenerate the README screenshot of the Playground with the browser suite's own code.

Run ``python tools/screenshot.py``. It builds the site (notebooks executed) unless
``--site DIR`` or ``$MLBOOK_SITE_DIR`` names a finished build, serves it on 127.0.0.1,
opens the Playground (else the first chapter that exists among 09, 07, 02, 03, ..., else
"How this book works") in Debian's Chromium at a desktop size, waits until every formula is
rendered and the Playground has drawn chapter 9's run, and writes
``tools/screenshot-playground.png`` (outside ``docs/``, so it never becomes part of the site).
The page must not ask any other host for anything; the command fails if it does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import browsing  # noqa: E402

OUTPUT = ROOT / "tools" / "screenshot-playground.png"
PLAYGROUND = "playground/"
PREFERRED = ["09", "07", "02", "03", "04", "05", "06", "08", "01"]
VIEWPORT = {"width": 1280, "height": 900}


def choose_page(pages: list[str]) -> str:
    """The page to show: the Playground, else the first chapter of :data:`PREFERRED` that was
    built, else the guide.

    Examples
    --------
    >>> choose_page(["", "chapters/09-planar-data/", "playground/"])
    'playground/'
    >>> choose_page(["", "chapters/02-logistic-regression/", "chapters/07-activations/"])
    'chapters/07-activations/'
    >>> choose_page(["", "how-this-book-works/"])
    'how-this-book-works/'
    """
    if PLAYGROUND in pages:
        return PLAYGROUND
    chapters = {match.group(1): path for path in pages if (match := browsing.CHAPTER.match(path))}
    for number in PREFERRED:
        if number in chapters:
            return chapters[number]
    if "how-this-book-works/" in pages:
        return "how-this-book-works/"
    raise ValueError(f"pages must include a chapter or how-this-book-works/; got {pages}")


def screenshot(site: Path, output: Path = OUTPUT) -> str:
    """Write the PNG of the chosen page of ``site`` to ``output``; return the page's path."""
    path = choose_page(browsing.discover_pages(site))
    with browsing.serve(site) as base_url, sync_playwright() as playwright:
        browser = browsing.launch(playwright)
        context, recorder = browsing.new_context(
            browser, base_url, viewport=VIEWPORT, color_scheme="light", device_scale_factor=1
        )
        page = context.new_page()
        page.goto(path, wait_until="networkidle")
        browsing.settle(page)
        explorer = page.locator("[data-mlx]").first
        if explorer.count():
            page.wait_for_function("(root) => root.getAttribute('data-mlx-state') === 'ready'",
                                   arg=explorer.element_handle(), timeout=30_000)
        # Material scrolls the navigation to the current chapter; show it from the top.
        page.evaluate(
            "document.querySelectorAll('.md-sidebar__scrollwrap').forEach(e => e.scrollTo(0, 0))"
        )
        output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(output), full_page=False, animations="disabled")
        context.close()
        browser.close()
    if recorder.foreign:
        raise RuntimeError(f"{path} asked other hosts for {recorder.foreign}")
    if recorder.failed or recorder.console_errors:
        raise RuntimeError(f"{path} had errors: {recorder.failed + recorder.console_errors}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a finished build (default: build one)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    args = parser.parse_args(argv)
    site = args.site or browsing.site_from_env_or_build()
    path = screenshot(site, args.output)
    print(f"wrote {args.output} from {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
