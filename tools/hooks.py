"""MkDocs hooks: serve KaTeX from the site itself and keep notebook pages offline.

KaTeX comes from the npm registry (``package.json`` pins it; ``npm ci`` puts it under
``node_modules``). The files are added to the build as if they lived in ``docs/assets/katex``,
so ``mkdocs build`` and ``mkdocs serve`` both ship them and nothing is copied by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
KATEX_DIST = ROOT / "node_modules" / "katex" / "dist"
KATEX_FILES = ["katex.min.js", "katex.min.css", "contrib/auto-render.min.js"]

# nbconvert's template loads MathJax 2 from a CDN (the site renders notebook maths with
# KaTeX) and would import Mermaid from a CDN for diagrams (the notebooks have none).
NBCONVERT_CDN_SCRIPTS = [
    re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL),
    re.compile(r'<script type="module">(?:(?!</script>).)*?jp-Mermaid.*?</script>', re.DOTALL),
]


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


def on_post_page(output: str, page, config) -> str:
    for pattern in NBCONVERT_CDN_SCRIPTS:
        output = pattern.sub("", output)
    return output
