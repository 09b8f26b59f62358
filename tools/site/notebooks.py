"""Companion notebooks: executed once (in the background, cached), rendered light and offline.

Execution. Every ``docs/notebooks/<name>.py`` (jupytext percent format) is executed with
nbclient in its own kernel, in a background thread started when the build begins, so the
kernels work on one core while MkDocs converts the chapters on the other. The executed
notebook is stored in the build cache under its source; a cell that raises fails the build
with the cell's code and traceback. mkdocs-jupyter then renders the executed notebook
without executing it again (its ``execute`` option stays off).

Rendering: a notebook page reads like a chapter. Applied to each notebook page's HTML:

* nbconvert's lab template brings JupyterLab's look: about 590 kB of CSS (its theme, its
  base and a Pygments copy) inlined into every page, a copy button of its own
  (``<clipboard-copy>`` with two scripts), ``¶`` heading anchors. :func:`as_book_markup`
  removes all of it: code cells become the code blocks the chapters have
  (``<div class="language-python highlight"><pre><code>``), coloured by Material and given
  its copy button; headings get Material's permalink; outputs are styled by ``extra.css``.
  mkdocs-jupyter's ``no_prompt`` leaves out the ``In [n]:`` gutters.
* its CDN scripts (MathJax 2, Mermaid) are removed: the site's KaTeX renders the maths;
  so is the copy of the Pygments CSS that mkdocs-jupyter appends as a Python list's repr;
* every figure a code cell draws gets the alt text written in that cell's jupytext header
  (``# %% alt="What the figure shows"``); a figure without one fails the build.

A cell tagged ``jupyter-only`` (``# %% tags=["jupyter-only"]``) runs in the build and stays
in the download but is not shown on the page, which shows plain Python only: the
``%matplotlib inline`` that makes Jupyter draw the figures ``mlbook.plots`` returns.
"""

from __future__ import annotations

import base64
import html
import json
import os
import re
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import jupytext
import nbformat

from tools.site.cache import BuildCache, digest

KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}
# The kernel that executes a notebook for its page draws figures on a transparent background
# (legends keep theirs), like the chapters' figures: extra.css turns them light-on-dark in the
# dark scheme. The downloaded notebook is not affected.
MATPLOTLIBRC = Path(__file__).with_name("notebook.matplotlibrc")
CELL_TIMEOUT = 600  # seconds; a cell that runs longer is a bug

UNWANTED_MARKUP = [
    # the template's CDN scripts: MathJax 2 and Mermaid
    re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL),
    re.compile(r'<script type="module">(?:(?!</script>).)*?jp-Mermaid.*?</script>', re.DOTALL),
    # mkdocs-jupyter 0.26 appends the Pygments CSS of an .ipynb page again, as the repr of a
    # Python list (``<style>['pre { ... }']</style>``): not CSS, and already in the page
    re.compile(r"<style>\s*\['.*?'\]\s*</style>", re.DOTALL),
    # the styles of Mermaid diagrams, whose script is gone (and a <style> in the body that is
    # not its parent's first child is invalid HTML)
    re.compile(r"<style>\s*\.jp-Mermaid\b.*?</style>", re.DOTALL),
]
# JupyterLab's look, replaced by the book's (as_book_markup)
LAB_MARKUP = [
    re.compile(r'<style type="text/css">.*?</style>', re.DOTALL),  # theme, base, Pygments CSS
    # the <clipboard-copy> element's script and its "Copied!" notice: Material's button instead
    re.compile(r"<script>\s*\(function \(global, factory\).*?ClipboardCopyElement.*?</script>",
               re.DOTALL),
    re.compile(r"<script>\s*document\.addEventListener\('clipboard-copy'.*?</script>", re.DOTALL),
    re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>', re.DOTALL),
    re.compile(r'<div class="clipboard-copy-txt" id="[^"]*">.*?</div>', re.DOTALL),  # its text
]
INPUT_CODE = re.compile(
    r'<div class="highlight-ipynb hl-(?P<language>[\w-]+)"><pre>(?P<code>.*?)</pre></div>',
    re.DOTALL,
)
ANCHOR_LINK = re.compile(r'<a class="anchor-link" href="(?P<href>#[^"]*)">¶</a>')
CODE_CELL = re.compile(r'<div class="jp-Cell jp-CodeCell jp-Notebook-cell[^"]*" id=')
ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
NBCONVERT_DEFAULT_ALT = 'alt="No description has been provided for this image"'
EMBEDDED_IMAGE = re.compile(
    r'src="data:image/(?P<kind>png|jpeg|gif);base64,(?P<data>[A-Za-z0-9+/=\s]+)"')
IMAGE_FOLDER = "figures/notebooks"
JUPYTER_ONLY = "jupyter-only"  # the tag of cells the page does not show (mkdocs.yml removes them)


class NotebookError(RuntimeError):
    """A notebook cell raised, or the notebook cannot be rendered as written."""


def notebook_from_source(source: Path) -> nbformat.NotebookNode:
    """The jupytext notebook of ``source`` with the kernel the build and readers use."""
    notebook = jupytext.read(source)
    notebook.metadata["kernelspec"] = dict(KERNEL)
    for number, cell in enumerate(notebook.cells, start=1):
        cell.id = f"cell-{number}"  # jupytext draws random ids: the build must be reproducible
    return notebook


def download_json(source: Path) -> str:
    """The ``.ipynb`` offered for download: the source's cells, not executed (readers run it)."""
    return jupytext.writes(notebook_from_source(source), fmt="ipynb")


def execute(source: Path) -> str:
    """Run every cell of ``source`` in a fresh kernel; return the executed notebook as JSON."""
    import nbclient  # imported here: only builds that execute notebooks need it

    notebook = notebook_from_source(source)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name=KERNEL["name"],
        timeout=CELL_TIMEOUT,
        allow_errors=False,
        resources={"metadata": {"path": str(source.parent)}},
    )
    with tempfile.TemporaryFile() as kernel_log:
        try:
            client.execute(stderr=kernel_log, stdout=kernel_log,  # the kernel's own chatter
                           env={**os.environ, "MATPLOTLIBRC": str(MATPLOTLIBRC)})
        except nbclient.exceptions.CellExecutionError as error:
            plain = ANSI_COLOUR.sub("", str(error))  # the log is text, not a terminal
            raise NotebookError(f"{source.name}: a cell raised an error:\n{plain}") from None
    return nbformat.writes(notebook)


def code_key(notebook: nbformat.NotebookNode) -> str:
    """A digest of what running ``notebook`` depends on: its code cells, in order."""
    return digest(["code-cells", MATPLOTLIBRC.read_bytes(),  # the kernel's settings too
                   *(cell.source for cell in notebook.cells if cell.cell_type == "code")])


def code_outputs(notebook: nbformat.NotebookNode) -> list[dict]:
    """The outputs and execution count of each code cell of an executed notebook."""
    return [{"outputs": cell.outputs, "execution_count": cell.execution_count}
            for cell in notebook.cells if cell.cell_type == "code"]


def with_outputs(notebook: nbformat.NotebookNode, outputs: list[dict]) -> nbformat.NotebookNode:
    """``notebook`` with ``outputs`` given to its code cells, in order."""
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    if len(code_cells) != len(outputs):
        raise NotebookError(f"{len(code_cells)} code cells but {len(outputs)} stored outputs")
    for cell, stored in zip(code_cells, outputs, strict=True):
        cell.outputs = [nbformat.from_dict(output) for output in stored["outputs"]]
        cell.execution_count = stored["execution_count"]
    return notebook


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


class NotebookRunner:
    """Executes notebooks in the background and hands out the executed files."""

    def __init__(self, cache: BuildCache, workers: int = 1) -> None:
        self.cache = cache
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="notebook")
        self.jobs: dict[Path, Future[Path]] = {}
        self.executed = 0

    def executed_path(self, source: Path) -> Path:
        """Where the executed notebook of ``source`` is stored (named like the source)."""
        key = digest(["notebook", source.name, source.read_bytes(), MATPLOTLIBRC.read_bytes()])
        return self.cache.path("notebooks", key) / f"{source.stem}.ipynb"

    def start(self, source: Path) -> Path:
        """Start executing ``source`` unless its result is stored; return where it will be."""
        target = self.executed_path(source)
        if not target.is_file():
            self.jobs[source] = self.pool.submit(self._run, source, target)
        return target

    def _run(self, source: Path, target: Path) -> Path:
        """Store ``source`` with its outputs: run its code, unless code like it already ran.

        Outputs are stored under the code cells alone, so notebooks that differ only in their
        Markdown (the same notebook in two editions of the book) run once.
        """
        notebook = notebook_from_source(source)
        outputs_path = self.cache.path("notebook-outputs", code_key(notebook), ".json")
        if outputs_path.is_file():
            outputs = json.loads(outputs_path.read_text(encoding="utf-8"))
        else:
            outputs = code_outputs(nbformat.reads(execute(source), as_version=4))
            write_atomically(outputs_path, json.dumps(outputs))
            self.executed += 1
        write_atomically(target, nbformat.writes(with_outputs(notebook, outputs)))
        return target

    def wait(self, source: Path) -> None:
        """Block until ``source`` has run (re-raising its error); no-op when it was stored."""
        job = self.jobs.pop(source, None)
        if job is not None:
            job.result()

    def shutdown(self) -> None:
        for job in self.jobs.values():
            job.cancel()
        self.jobs.clear()
        self.pool.shutdown(wait=True)


def remove_unwanted_markup(output: str) -> str:
    """Remove the template's CDN scripts and mkdocs-jupyter's duplicated, mangled CSS."""
    for pattern in UNWANTED_MARKUP:
        output = pattern.sub("", output)
    return output


CELL_ID = re.compile(r'id="cell-id=(?P<id>[\w-]+)"')


def as_book_markup(output: str) -> str:
    """A notebook page in the chapters' markup: no JupyterLab CSS, Material's code blocks.

    Each code cell's input becomes ``<div class="language-python highlight"><pre><code>``
    (Material colours it and gives it its copy button); nbconvert's inline CSS and copy
    button go; heading anchors become Material's permalinks (``headerlink``).
    """
    for pattern in LAB_MARKUP:
        output = pattern.sub("", output)
    output = INPUT_CODE.sub(
        lambda match: (f'<div class="language-{match["language"]} highlight"><pre><code>'
                       f'{match["code"].removeprefix("<span></span>")}</code></pre></div>'),
        output,
    )
    output = CELL_ID.sub(r'id="\g<id>"', output)  # "cell-id=cell-2" is no CSS selector
    return ANCHOR_LINK.sub(
        lambda match: f'<a class="headerlink" href="{match["href"]}" title="Permanent link">'
                      "&para;</a>",
        output,
    )


HEADING = re.compile(r'<h(?P<level>[1-6]) id="(?P<id>[^"]*)">(?P<inner>.*?)</h(?P=level)>',
                     re.DOTALL)
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$", re.MULTILINE)


def heading_ids(notebook_path: Path) -> list[str]:
    """The ids of the headings of the notebook's Markdown cells, in order, as nbconvert
    makes them from the words (``The collapse, numerically`` -> ``the-collapse-numerically``)."""
    from markdown.extensions.toc import slugify

    return [slugify(html.unescape(re.sub(r"[`*_]", "", match["text"])), "-")
            for cell in jupytext.read(notebook_path).cells if cell.cell_type == "markdown"
            for match in MARKDOWN_HEADING.finditer(cell.source)]


def name_headings(output: str, ids: list[str], toc_ids: list[str] | None = None) -> str:
    """Give the page's headings the ids ``ids`` (an edition's notebook, whose words nbconvert
    cannot make an id of, takes its English twin's), their permalinks following.

    ``toc_ids`` are the anchors the page's table of contents (and Material's skip link) were
    given for the same headings, in order; links to them are sent to the new ids.
    """
    found = list(HEADING.finditer(output))
    if len(found) != len(ids):
        raise NotebookError(f"the page has {len(found)} headings, its twin {len(ids)}")
    if toc_ids:
        if len(toc_ids) != len(ids):
            raise NotebookError(f"the table of contents has {len(toc_ids)} entries, the page "
                                f"{len(ids)} headings")
        renamed = dict(zip(toc_ids, ids, strict=True))
        output = re.sub(r'href="#([^"]*)"',
                        lambda match: f'href="#{renamed.get(match[1], match[1])}"', output)
    names = iter(ids)

    def rename(match: re.Match) -> str:
        new = next(names)
        inner = re.sub(r'class="headerlink" href="#[^"]*"', f'class="headerlink" href="#{new}"',
                       match["inner"])
        return f'<h{match["level"]} id="{new}">{inner}</h{match["level"]}>'

    return HEADING.sub(rename, output)


def displayed_code_cells(notebook_path: Path) -> list[nbformat.NotebookNode]:
    """The code cells that the notebook's page shows, in order."""
    return [cell for cell in jupytext.read(notebook_path).cells if cell.cell_type == "code"
            and JUPYTER_ONLY not in cell.metadata.get("tags", [])]


def describe_figures(output: str, notebook_path: Path) -> str:
    """Give each image of code cell i the ``alt`` metadata of the page's code cell i."""
    code_cells = displayed_code_cells(notebook_path)
    starts = [match.start() for match in CODE_CELL.finditer(output)]
    if len(starts) != len(code_cells):
        raise NotebookError(
            f"{notebook_path.name}: the page shows {len(starts)} code cells, the notebook has "
            f"{len(code_cells)}; cannot match figures to their alt text"
        )
    pieces = [output[: starts[0]]] if starts else [output]
    for number, (cell, start, end) in enumerate(
        zip(code_cells, starts, [*starts[1:], len(output)], strict=True), start=1
    ):
        chunk = output[start:end]
        if NBCONVERT_DEFAULT_ALT in chunk:
            alt = cell.metadata.get("alt")
            if not alt:
                raise NotebookError(
                    f"{notebook_path.name}: code cell {number} draws a figure but has no alt "
                    f'text; start the cell with  # %% alt="what the figure shows"'
                )
            chunk = chunk.replace(NBCONVERT_DEFAULT_ALT, f'alt="{html.escape(alt)}"')
        pieces.append(chunk)
    return "".join(pieces)


def images_as_files(output: str, url_of: Callable[[str], str]) -> tuple[str, dict[str, bytes]]:
    """The figures code cells drew, out of the page: each base64 ``data:`` image becomes a file
    ``figures/notebooks/<digest>.<kind>`` (returned: site URI -> bytes) that its ``<img>``
    names (``url_of`` makes the URI relative to the page). The page shrinks by the images'
    weight, and those below the first screen load as the reader scrolls to them, as the
    chapters' figures do.
    """
    images: dict[str, bytes] = {}

    def to_file(match: re.Match) -> str:
        data = base64.b64decode("".join(match["data"].split()))
        uri = f"{IMAGE_FOLDER}/{digest(['notebook-image', data])[:20]}.{match['kind']}"
        images[uri] = data
        return f'src="{url_of(uri)}"'

    return EMBEDDED_IMAGE.sub(to_file, output), images
