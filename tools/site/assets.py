"""Each page loads only the plugin assets it uses.

markdown-exec adds its Pyodide script and stylesheet to every page (no page of this book
runs Python in the browser, and the stylesheet names CDN themes); mkdocstrings adds its
stylesheet to every page, though only the API reference uses it. :func:`drop_unused_assets`
removes the ``<link>``/``<script>`` of such an asset from a page that has no element needing it.
"""

from __future__ import annotations

import re

UNUSED_ASSETS = {
    # asset file name -> a marker of the page content that needs it
    "_markdown_exec_pyodide.css": 'class="pyodide',
    "_markdown_exec_pyodide.js": 'class="pyodide',
    "_mkdocstrings.css": 'class="doc doc-',
}


def drop_unused_assets(output: str, assets: dict[str, str] = UNUSED_ASSETS) -> str:
    """Remove the tag of each asset in ``assets`` whose marker does not occur in ``output``."""
    for name, marker in assets.items():
        if marker not in output:
            output = re.sub(
                rf'<(?:link rel="stylesheet" href|script src)="[^"]*{re.escape(name)}"[^>]*>'
                r"(?:</script>)?",
                "",
                output,
            )
    return output
