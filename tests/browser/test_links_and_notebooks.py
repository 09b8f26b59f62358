"""Internal links and anchors of the built HTML; notebook downloads that validate and run."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from urllib.parse import urljoin

import nbformat
from nbclient import NotebookClient

from tests.browser import source
from tools import browsing

CELL_TIMEOUT = 600


def test_every_internal_link_and_anchor_resolves(site: Path, pages: list[str]) -> None:
    """Every relative href/src of every page (notebook pages included) hits a file and an id."""
    ids: dict[Path, set[str]] = {}

    def ids_of(html_file: Path) -> set[str]:
        if html_file not in ids:
            ids[html_file] = source.scan(html_file).ids
        return ids[html_file]

    broken: list[str] = []
    checked = 0
    for path in pages:
        page_file = (site / path / "index.html").resolve()
        for tag, reference in source.scan(page_file).links:
            target = source.resolve(site.resolve(), page_file, reference)
            if target is None:
                continue
            checked += 1
            file, fragment = target
            if not file.is_file():
                broken.append(f"{path or '(home)'}: <{tag}> {reference} -> no file {file}")
            elif fragment and file.suffix == ".html" and fragment not in ids_of(file):
                broken.append(f"{path or '(home)'}: <{tag}> {reference} -> no id {fragment!r}")
    assert checked > len(pages), "suspiciously few internal links were found"
    assert not broken, f"{len(broken)} of {checked} internal links broken:\n" + "\n".join(broken)


def chapters(pages: list[str]) -> list[str]:
    return [path for path in pages if browsing.CHAPTER.match(path)]


def notebook_links(site: Path, path: str) -> list[str]:
    """The ``.ipynb`` hrefs of a page, as written in its HTML."""
    links = source.scan(site / path / "index.html").links
    return [href for tag, href in links if tag == "a" and href.split("#")[0].endswith(".ipynb")]


def test_every_chapter_links_its_notebook_download(site: Path, pages: list[str]) -> None:
    problems = [f"{path}: no link to a .ipynb" for path in chapters(pages)
                if not notebook_links(site, path)]
    assert not problems, "\n".join(problems)


def downloads(site: Path, pages: list[str]) -> list[tuple[str, str]]:
    """(page, href) of every notebook download linked from a chapter or the guide page."""
    found = []
    for path in chapters(pages) + [p for p in pages if p == "how-this-book-works/"]:
        for href in notebook_links(site, path):
            found.append((path, href))
    return found


def test_downloaded_notebooks_are_valid_and_run(
    site: Path, pages: list[str], base_url: str, tmp_path: Path
) -> None:
    """Download each linked .ipynb from the server, validate it, run it in a fresh kernel."""
    linked = downloads(site, pages)
    assert linked, "no page links a notebook download"
    seen: set[str] = set()
    failures = []
    for path, href in linked:
        url = urljoin(base_url + path, href)
        if url in seen:
            continue
        seen.add(url)
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - local server
            assert response.status == 200, f"{url}: HTTP {response.status}"
            raw = response.read().decode("utf-8")
        notebook = nbformat.reads(raw, as_version=4)
        nbformat.validate(notebook)
        assert any(cell.cell_type == "code" for cell in notebook.cells), f"{url} has no code"
        client = NotebookClient(
            notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
            resources={"metadata": {"path": str(tmp_path)}},
        )
        try:
            client.execute()
        except Exception as error:  # noqa: BLE001 - collect every failing notebook
            failures.append(f"{path} -> {href}: {type(error).__name__}: {str(error)[-800:]}")
            continue
        errors = [
            output for cell in notebook.cells if cell.cell_type == "code"
            for output in cell.get("outputs", []) if output.get("output_type") == "error"
        ]
        if errors:
            failures.append(f"{path} -> {href}: error outputs {errors}")
    assert not failures, "\n".join(failures)

