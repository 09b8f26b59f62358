"""MkDocs hooks: KaTeX served by the site itself, and notebook pages made offline and light.

KaTeX comes from the npm registry (``package.json`` pins it; ``npm ci`` puts it under
``node_modules``). The files are added to the build as if they lived in ``docs/assets/katex``,
so ``mkdocs build`` and ``mkdocs serve`` both ship them and nothing is copied by hand.

Formulas (pymdownx.arithmatex, generic mode) are rendered to HTML at build time with the
same KaTeX (``tools/katex_render.js``), so a page's maths costs the reader no script at all
and a formula KaTeX cannot parse fails the build. Only notebook pages, whose Markdown cells
keep ``$...$``, load KaTeX's script and render in the browser.

Pages load only the assets they use: markdown-exec's Pyodide script and stylesheet (no page
runs Python in the browser; the stylesheet names CDN themes) and mkdocstrings' stylesheet
outside the API reference are dropped, and KaTeX's fonts swap in instead of hiding text
while they load.

Links to pages written as source files (``../chapters/02-logistic-regression.md``) are
rewritten to the pages' URLs in the final HTML, because MkDocs rewrites them only in the
page's own Markdown: not in what markdown-exec blocks print, nor in notebooks. A link to a
missing page fails the build, as it would in Markdown under ``strict``.

Notebook pages (mkdocs-jupyter, nbconvert's lab template) get three repairs:

* the template's CDN scripts (MathJax 2, Mermaid) are removed: KaTeX renders their maths;
* the ~600 kB of CSS that nbconvert inlines into every notebook page moves to shared,
  content-addressed files under ``assets/notebook/``, downloaded once for all notebooks;
* every figure a code cell draws gets the alt text written in that cell's jupytext header
  (``# %% alt="What the figure shows"``); a figure without one fails the build.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import re
import subprocess
from pathlib import Path

import jupytext
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
KATEX_DIST = ROOT / "node_modules" / "katex" / "dist"
KATEX_FILES = ["katex.min.js", "katex.min.css", "contrib/auto-render.min.js"]

NBCONVERT_CDN_SCRIPTS = [
    re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL),
    re.compile(r'<script type="module">(?:(?!</script>).)*?jp-Mermaid.*?</script>', re.DOTALL),
]
INLINE_STYLE = re.compile(r'<style type="text/css">(.*?)</style>', re.DOTALL)
SHARED_STYLE_MIN_BYTES = 2000  # smaller blocks stay inline: a request would cost more
CODE_CELL = re.compile(r'<div class="jp-Cell jp-CodeCell jp-Notebook-cell[^"]*" id=')  # noqa: E501
NBCONVERT_DEFAULT_ALT = 'alt="No description has been provided for this image"'
SOURCE_LINK = re.compile(r'href="(?P<path>[^":?#]+\.(?:md|py))(?P<anchor>#[^"]*)?"')

ARITHMATEX = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.DOTALL)
DELIMITERS = re.compile(r"^\s*(?:\\\(|\\\[|\$\$)(?P<tex>.*?)(?:\\\)|\\\]|\$\$)\s*$", re.DOTALL)
KATEX_RENDER = ROOT / "tools" / "katex_render.js"
UNUSED_ASSETS = {
    # asset file name -> a marker of the page content that needs it
    "_markdown_exec_pyodide.css": 'class="pyodide',
    "_markdown_exec_pyodide.js": 'class="pyodide',
    "_mkdocstrings.css": 'class="doc doc-',
}
KATEX_INIT = re.compile(r'<script src="(?P<prefix>[^"]*)javascripts/katex-init\.js"></script>')

_pages_by_source: dict[str, File] = {}


def on_files(files: Files, config) -> Files:
    if not (KATEX_DIST / "katex.min.js").is_file():
        raise PluginError(
            f"KaTeX is missing: expected {KATEX_DIST}/katex.min.js. "
            "Run `bash tools/setup.sh` (it runs `npm ci`) before building the site."
        )
    wanted = [KATEX_DIST / name for name in KATEX_FILES]
    wanted += sorted((KATEX_DIST / "fonts").glob("*.woff2"))
    for path in wanted:
        uri = "assets/katex/" + path.relative_to(KATEX_DIST).as_posix()
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_nav(nav, config, files: Files):
    _pages_by_source.clear()
    _pages_by_source.update({file.src_uri: file for file in files.documentation_pages()})
    return nav


def on_post_page(output: str, page, config) -> str:
    output = drop_unused_assets(output)
    output = link_source_files(output, page)
    output = render_maths(output, page.file.src_uri)
    if not is_notebook(page):
        return output
    output = KATEX_INIT.sub(with_katex_scripts, output)
    for pattern in NBCONVERT_CDN_SCRIPTS:
        output = pattern.sub("", output)
    output = share_inline_styles(output, page.url, Path(config.site_dir))
    return describe_figures(output, Path(page.file.abs_src_path))


def drop_unused_assets(output: str) -> str:
    """Remove the <link>/<script> of a plugin asset that nothing on the page uses."""
    for name, marker in UNUSED_ASSETS.items():
        if marker not in output:
            output = re.sub(
                rf'<(?:link rel="stylesheet" href|script src)="[^"]*{re.escape(name)}"[^>]*>'
                r"(?:</script>)?",
                "",
                output,
            )
    return output


def link_source_files(output: str, page) -> str:
    """Point links written as ``other.md`` (relative to this page's source) at that page's URL."""

    def rewrite(match: re.Match) -> str:
        base = posixpath.dirname(page.file.src_uri)
        source = posixpath.normpath(posixpath.join(base, match["path"]))
        target = _pages_by_source.get(source)
        if target is None:
            if match["path"].endswith(".md"):
                raise PluginError(f"{page.file.src_uri} links to {match['path']}: no such page")
            return match.group(0)
        return f'href="{target.url_relative_to(page.file)}{match["anchor"] or ""}"'

    return SOURCE_LINK.sub(rewrite, output)


def render_maths(output: str, where: str) -> str:
    """Replace the TeX inside every arithmatex element by KaTeX's HTML, in one node call."""
    matches = list(ARITHMATEX.finditer(output))
    if not matches:
        return output
    formulas = []
    for match in matches:
        source = html.unescape(match["tex"])
        delimited = DELIMITERS.match(source)
        if delimited is None:
            raise PluginError(f"{where}: cannot find the delimiters of formula {source!r}")
        formulas.append({"tex": delimited["tex"].strip(), "display": match["tag"] == "div"})
    result = subprocess.run(
        ["node", str(KATEX_RENDER)],
        input=json.dumps(formulas),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        raise PluginError(f"{where}: {result.stderr.strip()}")
    rendered = iter(json.loads(result.stdout))
    return ARITHMATEX.sub(
        lambda match: f'<{match["tag"]} class="arithmatex">{next(rendered)}</{match["tag"]}>',
        output,
    )


def with_katex_scripts(match: re.Match) -> str:
    """KaTeX's script and auto-render, loaded just before the page's maths script."""
    prefix = match["prefix"]
    scripts = [f"{prefix}assets/katex/{name}" for name in KATEX_FILES if name.endswith(".js")]
    return "".join(f'<script src="{src}"></script>' for src in scripts) + match.group(0)


def is_notebook(page) -> bool:
    return page.file.src_uri.startswith("notebooks/") and page.file.src_uri.endswith(".py")


def share_inline_styles(output: str, page_url: str, site_dir: Path) -> str:
    """Replace each large inline <style> by a link to a file named after its content."""

    def link(match: re.Match) -> str:
        css = match.group(1)
        if len(css) < SHARED_STYLE_MIN_BYTES:
            return match.group(0)
        uri = f"assets/notebook/{hashlib.sha256(css.encode()).hexdigest()[:16]}.css"
        target = site_dir / uri
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(css, encoding="utf-8")
        return f'<link rel="stylesheet" href="{get_relative_url(uri, page_url)}">'

    return INLINE_STYLE.sub(link, output)


def describe_figures(output: str, source: Path) -> str:
    """Give each image of code cell i the ``alt`` metadata of the notebook's code cell i."""
    code_cells = [cell for cell in jupytext.read(source).cells if cell.cell_type == "code"]
    starts = [match.start() for match in CODE_CELL.finditer(output)]
    if len(starts) != len(code_cells):
        raise PluginError(
            f"{source.name}: the page shows {len(starts)} code cells, the notebook has "
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
                raise PluginError(
                    f"{source.name}: code cell {number} draws a figure but has no alt text; "
                    f'start the cell with  # %% alt="what the figure shows"'
                )
            chunk = chunk.replace(NBCONVERT_DEFAULT_ALT, f'alt="{html.escape(alt)}"')
        pieces.append(chunk)
    return "".join(pieces)
