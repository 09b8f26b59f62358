"""Page weight of every page on first load; Lighthouse on the home page and the heaviest chapter.

Run ``python bench/page_weight.py`` (builds the site with notebooks executed, unless
``--site DIR`` or ``$MLBOOK_SITE_DIR`` names a finished build). For each page, a fresh
Chromium context (empty cache) loads it from a local server until the network is idle,
and the bytes transferred (response headers and bodies) are added up: "before figures"
counts every request except images under ``figures/``; "total" counts everything. Each
page is measured twice: from a plain server (raw bytes) and from one that gzips text
files as static hosts do (what a reader downloads). The target is at most 1 MB before
figures on every chapter page, as served with gzip; pages whose raw weight exceeds it
are flagged too.

Lighthouse (npm package ``lighthouse``, installed by ``npm ci``) then runs with
``CHROME_PATH=/usr/bin/chromium`` on the home page and on the chapter with the largest
weight before figures, and prints the performance, accessibility, best-practices and SEO
scores (targets: at least 95 each). This is a benchmark that prints what it measured; it
never fails because of a number.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import browsing  # noqa: E402

BUDGET = 1_000_000
LIGHTHOUSE_TARGET = 95
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"


def lighthouse(url: str, out_dir: Path) -> dict[str, int]:
    """Run Lighthouse on ``url``; scores out of 100 per category."""
    report = out_dir / "lighthouse.json"
    command = [
        "npx", "--no-install", "lighthouse", url,
        "--output=json", f"--output-path={report}", "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    env = dict(os.environ, CHROME_PATH=browsing.CHROMIUM)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0 or not report.is_file():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stdout}\n{result.stderr}")
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: round(100 * (data["categories"][name]["score"] or 0)) for name in CATEGORIES}
    failing = {}
    for category in CATEGORIES:
        for ref in data["categories"][category]["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                failing.setdefault(category, []).append(
                    f"{ref['id']} ({audit['score']:.2f}): {audit.get('displayValue', '')}"
                )
    scores["_failing"] = failing  # type: ignore[assignment]
    return scores


def kb(size: int) -> str:
    return f"{size / 1000:,.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a finished build (default: build one)")
    parser.add_argument("--no-lighthouse", action="store_true", help="page weights only")
    args = parser.parse_args(argv)
    site = args.site or browsing.site_from_env_or_build()
    pages = browsing.discover_pages(site)
    with (
        browsing.serve(site) as plain_url,
        browsing.serve(site, compress=True) as base_url,
        sync_playwright() as playwright,
    ):
        browser = browsing.launch(playwright)
        raw = {path: browsing.weigh(browser, plain_url, path) for path in pages}
        weights = [browsing.weigh(browser, base_url, path) for path in pages]
        browser.close()

        width = max(len(w.path) for w in weights) + 2
        print(f"\nPage weight on first load, empty cache ({len(weights)} pages, kB = 1000 bytes;"
              " gzip = as a static host serves it)")
        print(f"{'page':<{width}}{'requests':>9}{'before figs, raw':>18}{'before figs, gzip':>19}"
              f"{'figures, gzip':>15}{'total, gzip':>13}")
        for w in weights:
            r = raw[w.path]
            chapter = browsing.CHAPTER.match(w.path)
            flag = "  over 1 MB (gzip)" if chapter and w.before_figures > BUDGET else ""
            flag += "  over 1 MB raw" if chapter and r.before_figures > BUDGET else ""
            flag += f"  {w.foreign} requests to other hosts!" if w.foreign + r.foreign else ""
            print(f"{w.path or '(home)':<{width}}{w.requests:>9}{kb(r.before_figures):>18}"
                  f"{kb(w.before_figures):>19}{kb(w.figures):>15}{kb(w.total):>13}{flag}")
        heaviest = max(weights, key=lambda w: w.before_figures)
        print(f"\nLargest page before figures: {heaviest.path or '(home)'} "
              f"{kb(heaviest.before_figures)} kB gzip, {kb(raw[heaviest.path].before_figures)} kB "
              f"raw ({kb(heaviest.total)} kB gzip with figures)")
        chapters = [w for w in weights if browsing.CHAPTER.match(w.path)]
        top = max(chapters, key=lambda w: w.before_figures) if chapters else None
        if top:
            over = [w.path for w in chapters if w.before_figures > BUDGET]
            over_raw = [w.path for w in chapters if raw[w.path].before_figures > BUDGET]
            print(f"Largest chapter before figures: {top.path} {kb(top.before_figures)} kB gzip, "
                  f"{kb(raw[top.path].before_figures)} kB raw; chapters over 1 MB: "
                  f"gzip {over or 'none'}, raw {over_raw or 'none'}")
        else:
            print("No chapter pages yet.")

        if args.no_lighthouse:
            return 0
        targets = [""] + ([top.path] if top else [])
        print(f"\nLighthouse, gzip server, default mobile preset with simulated throttling "
              f"(target >= {LIGHTHOUSE_TARGET} each)")
        print(f"{'page':<{width}}" + "".join(f"{name:>16}" for name in CATEGORIES))
        details = []
        for path in targets:
            with tempfile.TemporaryDirectory() as out:
                scores = lighthouse(base_url + path, Path(out))
            print(f"{path or '(home)':<{width}}" + "".join(f"{scores[c]:>16}" for c in CATEGORIES))
            for category, audits in scores["_failing"].items():
                if scores[category] < 100:
                    details.append(f"{path or '(home)'} {category}: " + "; ".join(audits[:6]))
        if details:
            print("\nAudits that cost points:")
            print("\n".join(f"  {line}" for line in details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
