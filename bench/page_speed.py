"""Chapter pages against stock Material with the same text: Lighthouse side by side, and weight.

Run ``python bench/page_speed.py`` (builds the site unless ``--site DIR`` or
``$MLBOOK_SITE_DIR`` names a finished build). For every chapter and one notebook page (or
the pages given with ``--pages``), the same Markdown is built with stock Material
(``tools/html_check.py``'s twin: the book's theme, features and Markdown extensions; no
plugins, no hooks, so no search; exec fences shown as plain code; the figures the Markdown
names copied in; a notebook as its cells' Markdown and code, without outputs). Both sites
are served by the same plain static server (no gzip), and Lighthouse (mobile preset,
simulated throttling) runs on each page ``--runs`` times, stock and ours alternating.

Printed, per page: medians of the performance score, total blocking time, largest and first
contentful paint, main-thread work (Lighthouse's breakdown, CPU-throttled) of the stock twin
and ours, and the same-run differences; ours' accessibility, best-practices and SEO scores
with the audits that cost points; each page's weight before figures as a static host sends
it (gzip), ours and the twin's. Absolute numbers move with the machine (two shared cores
here): compare with the twin of the same run. Targets: performance within 3 points of the
twin and TBT within 1.5x; accessibility, best practices and SEO 100; at most 400 kB gzip
before figures. A benchmark: it prints what it measured and never fails because of a number.

    .venv/bin/python bench/page_speed.py --pages chapters/02-logistic-regression --runs 2
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import browsing, html_check  # noqa: E402

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
NOTEBOOK = "notebooks/02-logistic-regression"
WEIGHT_BUDGET = 400_000
POINTS_BEHIND = 3
TBT_RATIO = 1.5


@dataclass
class Run:
    """One Lighthouse run of one page."""

    scores: dict[str, int]
    tbt: float
    lcp: float
    fcp: float
    main_thread: float
    failing: dict[str, list[str]]


def lighthouse(url: str, report: Path) -> Run:
    """Lighthouse (npm ``lighthouse``, mobile preset) on ``url`` with Debian's Chromium."""
    command = [
        "npx", "--no-install", "lighthouse", url, "--output=json", f"--output-path={report}",
        "--quiet", f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}",
    ]
    env = dict(os.environ, CHROME_PATH=browsing.CHROMIUM)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0 or not report.is_file():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stdout}\n{result.stderr}")
    data = json.loads(report.read_text(encoding="utf-8"))
    audits = data["audits"]
    failing: dict[str, list[str]] = {}
    for category in CATEGORIES:
        for ref in data["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                failing.setdefault(category, []).append(
                    f"{ref['id']} ({audit['score']:.2f}) {audit.get('displayValue', '')}".strip())
    return Run(
        scores={name: round(100 * (data["categories"][name]["score"] or 0))
                for name in CATEGORIES},
        tbt=audits["total-blocking-time"]["numericValue"],
        lcp=audits["largest-contentful-paint"]["numericValue"],
        fcp=audits["first-contentful-paint"]["numericValue"],
        main_thread=audits["mainthread-work-breakdown"]["numericValue"],
        failing=failing,
    )


def source_of(page: str) -> str:
    """``chapters/02-logistic-regression`` -> its source under docs/ (``.md``, or a notebook)."""
    page = page.strip("/")
    for suffix in (".md", ".py"):
        if (ROOT / "docs" / (page + suffix)).is_file():
            return page + suffix
    raise SystemExit(f"no page {page!r}: expected docs/{page}.md or docs/{page}.py")


def default_pages() -> list[str]:
    chapters = sorted(path.stem for path in (ROOT / "docs" / "chapters").glob("*.md"))
    return [f"chapters/{name}" for name in chapters] + [NOTEBOOK]


def median(values: list[float]) -> float:
    return statistics.median(values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a finished build (default: build one)")
    parser.add_argument("--pages", nargs="+", metavar="PAGE",
                        help="e.g. chapters/02-logistic-regression (default: every chapter "
                             f"and {NOTEBOOK})")
    parser.add_argument("--runs", type=int, default=2, help="Lighthouse runs per page and site")
    parser.add_argument("--no-lighthouse", action="store_true", help="page weights only")
    args = parser.parse_args(argv)
    sources = [source_of(page) for page in (args.pages or default_pages())]
    site = args.site or browsing.site_from_env_or_build()
    work = Path(tempfile.mkdtemp(prefix="mlbook-speed-"))
    twin = html_check.stock_twin_site(sources, work / "twin", figures=site / "figures")
    paths = [html_check.built_page(source).removesuffix("index.html") for source in sources]
    width = max(len(path) for path in paths) + 2

    with sync_playwright() as playwright, browsing.serve(site, compress=True) as ours_gz, \
            browsing.serve(twin, compress=True) as twin_gz:
        browser = browsing.launch(playwright)
        weights = {path: (browsing.weigh(browser, twin_gz, path),
                          browsing.weigh(browser, ours_gz, path)) for path in paths}
        browser.close()
    print(f"\nWeight on first load, empty cache, gzip as a static host sends it (kB = 1000 bytes;"
          f" budget {WEIGHT_BUDGET // 1000} kB before figures)")
    print(f"{'page':<{width}}{'stock':>10}{'ours':>10}{'ours, figures':>15}{'requests':>10}")
    for path, (stock, ours) in weights.items():
        flag = "  over budget" if ours.before_figures > WEIGHT_BUDGET else ""
        flag += f"  {ours.foreign} requests to other hosts!" if ours.foreign else ""
        print(f"{path:<{width}}{stock.before_figures / 1000:>10.1f}"
              f"{ours.before_figures / 1000:>10.1f}{ours.figures / 1000:>15.1f}"
              f"{ours.requests:>10}{flag}")
    if args.no_lighthouse:
        return 0

    results: dict[str, tuple[list[Run], list[Run]]] = {path: ([], []) for path in paths}
    with browsing.serve(twin) as stock_url, browsing.serve(site) as ours_url:
        for path in paths:
            for run in range(args.runs):
                for index, base in enumerate((stock_url, ours_url)):
                    report = work / f"{path.strip('/').replace('/', '-')}-{index}-{run}.json"
                    results[path][index].append(lighthouse(base + path, report))
            print(f"  measured {path}", file=sys.stderr, flush=True)

    print(f"\nLighthouse {args.runs}x per page, mobile preset, simulated throttling, plain static "
          "server, stock and ours alternating; medians")
    print(f"{'':<{width}}{'performance':^20}{'TBT, ms':^26}{'LCP, s':^14}{'FCP, s':^14}"
          f"{'main thread, s':^16}")
    print(f"{'page':<{width}}{'stock':>6}{'ours':>6}{'diff':>8}{'stock':>8}{'ours':>8}"
          f"{'ratio':>10}{'stock':>7}{'ours':>7}{'stock':>7}{'ours':>7}{'stock':>8}{'ours':>8}")
    details = []
    for path, (stock, ours) in results.items():
        perf = [median([r.scores["performance"] for r in runs]) for runs in (stock, ours)]
        tbt = [median([r.tbt for r in runs]) for runs in (stock, ours)]
        lcp = [median([r.lcp for r in runs]) / 1000 for runs in (stock, ours)]
        fcp = [median([r.fcp for r in runs]) / 1000 for runs in (stock, ours)]
        main_thread = [median([r.main_thread for r in runs]) / 1000 for runs in (stock, ours)]
        ratio = tbt[1] / tbt[0] if tbt[0] else float("inf")
        flags = []
        if browsing.CHAPTER.match(path) and perf[1] < perf[0] - POINTS_BEHIND:
            flags.append("performance")
        if browsing.CHAPTER.match(path) and ratio > TBT_RATIO:
            flags.append("TBT")
        print(f"{path:<{width}}{perf[0]:>6.0f}{perf[1]:>6.0f}{perf[1] - perf[0]:>+8.1f}"
              f"{tbt[0]:>8.0f}{tbt[1]:>8.0f}{ratio:>9.2f}x{lcp[0]:>7.2f}{lcp[1]:>7.2f}"
              f"{fcp[0]:>7.2f}{fcp[1]:>7.2f}{main_thread[0]:>8.2f}{main_thread[1]:>8.2f}"
              + (f"  off target: {', '.join(flags)}" if flags else ""))
        for category in CATEGORIES[1:]:
            score = min(r.scores[category] for r in ours)
            if score < 100:
                audits = sorted({a for r in ours for a in r.failing.get(category, [])})
                details.append(f"{path} {category} {score}: " + "; ".join(audits[:6]))
    print("\nOurs, accessibility / best practices / SEO (lowest of the runs): "
          + ("100 each on every page" if not details else "below 100:"))
    print("\n".join(f"  {line}" for line in details))
    print(f"\nLighthouse reports: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
