"""Every page of the built site, loaded once in Chromium: network, console, images, maths, axe.

Each test reads the session's desktop visit of every page (the ``sweep`` fixture) and lists
every offending page, so one run shows all problems at once.
"""

from __future__ import annotations

import re
from pathlib import Path

from tools import browsing

ROOT = Path(__file__).resolve().parents[2]
GENERIC_ALT = re.compile(
    r"^(image|img|figure|fig\.?|plot|graph|chart|picture|photo|screenshot|output|"
    r"no description has been provided for this image|[\w.-]+\.(svg|png|jpe?g|gif|webp))$",
    re.IGNORECASE,
)
MIN_ALT_WORDS = 3
MIN_ALT_HANZI = 6  # Chinese has no spaces between words: six characters say about as much
HANZI = re.compile(r"[\u4e00-\u9fff]")


def too_short(alt: str) -> bool:
    return len(alt.split()) < MIN_ALT_WORDS and len(HANZI.findall(alt)) < MIN_ALT_HANZI


def report(problems: dict[str, list]) -> str:
    return "\n".join(
        f"{path or '(home)'}:\n    " + "\n    ".join(str(item) for item in items)
        for path, items in problems.items()
        if items
    )


def test_every_source_page_was_built_and_is_checked(pages: list[str]) -> None:
    """Each chapter, appendix, notebook and API page of docs/ is among the visited pages."""
    expected = {""}
    for markdown in (ROOT / "docs").rglob("*.md"):
        relative = markdown.relative_to(ROOT / "docs").with_suffix("")
        if relative.name == "index":
            expected.add("" if relative.parent == Path(".") else f"{relative.parent.as_posix()}/")
        else:
            expected.add(f"{relative.as_posix()}/")
    for notebook in (ROOT / "docs" / "notebooks").glob("*.py"):
        expected.add(f"notebooks/{notebook.stem}/")
    missing = sorted(expected - set(pages))
    assert not missing, f"pages in docs/ that the built site lacks: {missing}"
    assert len(pages) >= len(expected)


def test_no_request_leaves_the_local_server(sweep) -> None:
    problems = {path: sorted(set(v.foreign)) for path, v in sweep.items()}
    hosts = sorted({browsing.host_of(url) for urls in problems.values() for url in urls})
    assert not any(problems.values()), (
        f"requests to other hosts ({hosts}) were aborted:\n{report(problems)}"
    )


def test_no_console_errors_and_no_failed_requests(sweep) -> None:
    problems = {path: v.console_errors + v.failed for path, v in sweep.items()}
    assert not any(problems.values()), report(problems)


def test_every_image_loads_and_has_meaningful_alt_text(sweep) -> None:
    problems: dict[str, list] = {}
    for path, v in sweep.items():
        for image in v.dom["images"]:
            alt = (image["alt"] or "").strip()
            if not image["complete"] or image["naturalWidth"] == 0:
                problems.setdefault(path, []).append(f"does not load: {image['src']}")
            if GENERIC_ALT.match(alt) or too_short(alt):
                problems.setdefault(path, []).append(
                    f"alt text {alt!r} does not describe {image['src']}"
                )
    assert not problems, report(problems)


def test_every_figure_has_a_caption_or_is_introduced(sweep) -> None:
    """A <figure> needs a non-empty <figcaption>; a bare image needs text before it."""
    problems: dict[str, list] = {}
    for path, v in sweep.items():
        for figure in v.dom["figures"]:
            if not figure["caption"]:
                problems.setdefault(path, []).append(f"figure without caption: {figure['html']}")
        for image in v.dom["images"]:
            if image["caption"] is None and len(image["introduction"] or "") < 20:
                problems.setdefault(path, []).append(
                    f"image neither captioned nor introduced by the text: {image['src']}"
                )
    assert not problems, report(problems)


def test_every_formula_renders(sweep, formula_sources: dict[str, int]) -> None:
    problems: dict[str, list] = {}
    for path, v in sweep.items():
        dom = v.dom
        expected = formula_sources[path]
        if dom["katex"] != expected:
            problems.setdefault(path, []).append(
                f"{expected} formulas in the source, {dom['katex']} rendered by KaTeX"
            )
        for text in dom["arithmatexUnrendered"]:
            problems.setdefault(path, []).append(f"not rendered: {text}")
        for text in dom["katexErrors"]:
            problems.setdefault(path, []).append(f"KaTeX error: {text}")
        katex_console = [line for line in v.console_errors if "katex" in line.lower()]
        problems.setdefault(path, []).extend(katex_console)
    problems = {path: items for path, items in problems.items() if items}
    assert not problems, report(problems)


def test_formulas_are_counted_where_the_book_has_them(sweep, formula_sources) -> None:
    """Guard against a count that is trivially zero: the maths pages do have formulas."""
    assert formula_sources["how-this-book-works/"] > 0
    notebooks = [path for path, v in sweep.items() if v.dom["isNotebook"]]
    assert notebooks, "no notebook page was found in the built site"
    assert any(formula_sources[path] > 0 for path in notebooks)


def test_no_serious_accessibility_violation_beyond_the_reviewed_baseline(
    sweep, axe_baseline: list[dict]
) -> None:
    """axe-core: zero serious/critical violations in the book's content (the article).

    A violation in the theme around it (header, navigation, search) passes only if the
    reviewed baseline lists its rule and target with a reason. The baseline can never
    excuse content: a node inside the article always fails.
    """
    allowed = {(entry["rule"], entry["target"]) for entry in axe_baseline}
    problems: dict[str, list] = {}
    for path, v in sweep.items():
        for violation in v.axe:
            key = (violation["rule"], violation["target"])
            if violation["in_content"] or key not in allowed:
                where = "content" if violation["in_content"] else "theme, not in baseline"
                problems.setdefault(path, []).append(
                    f"[{violation['impact']}] {violation['rule']} ({where}) at "
                    f"{violation['target']}: {violation['html']} -- {violation['summary']}"
                )
    assert not problems, report(problems)


def test_the_axe_baseline_only_lists_violations_that_still_occur(sweep, axe_baseline) -> None:
    """A baseline entry that no page produces any more must be deleted: the list only shrinks."""
    seen = {(v["rule"], v["target"]) for visit in sweep.values() for v in visit.axe}
    stale = [entry for entry in axe_baseline if (entry["rule"], entry["target"]) not in seen]
    assert not stale, f"delete these entries from tests/browser/axe_baseline.json: {stale}"
