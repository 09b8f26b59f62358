"""Maths rendered when the site is built, with the site's own KaTeX (from npm).

pymdownx.arithmatex (generic mode) leaves each formula as ``<span class="arithmatex">\\(...\\)``
or ``<div class="arithmatex">\\[...\\]``. :func:`render_maths` replaces the TeX by KaTeX's
HTML (with its MathML for screen readers), so a page's maths costs the reader no script and a
formula KaTeX cannot parse fails the build. All formulas of a page go to one ``node`` call, and
the result is stored in the build cache under the formulas themselves: a prose edit renders
nothing again.

The KaTeX files (CSS, fonts; its script only for notebook pages, whose Markdown cells keep
``$...$`` for the browser) are served by the site from ``node_modules/katex/dist``.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

from tools.site.cache import BuildCache, digest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "node_modules" / "katex" / "dist"
FILES = ["katex.min.js", "katex.min.css", "contrib/auto-render.min.js"]
RENDERER = Path(__file__).with_name("katex_render.js")

ARITHMATEX = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.DOTALL)
DELIMITERS = re.compile(r"^\s*(?:\\\(|\\\[|\$\$)(?P<tex>.*?)(?:\\\)|\\\]|\$\$)\s*$", re.DOTALL)


class MathsError(ValueError):
    """A formula that cannot be delimited or that KaTeX cannot render."""


def asset_files(dist: Path = DIST) -> dict[str, Path]:
    """Site URI -> file, for every KaTeX file the site serves (``assets/katex/...``)."""
    if not (dist / "katex.min.js").is_file():
        raise MathsError(
            f"KaTeX is missing: expected {dist}/katex.min.js. "
            "Run `bash tools/setup.sh` (it runs `npm ci`) before building the site."
        )
    wanted = [dist / name for name in FILES] + sorted((dist / "fonts").glob("*.woff2"))
    return {"assets/katex/" + path.relative_to(dist).as_posix(): path for path in wanted}


def formulas(output: str, where: str) -> list[dict]:
    """The ``{"tex", "display"}`` of every arithmatex element of ``output``, in order."""
    found = []
    for match in ARITHMATEX.finditer(output):
        source = html.unescape(match["tex"])
        delimited = DELIMITERS.match(source)
        if delimited is None:
            raise MathsError(f"{where}: cannot find the delimiters of formula {source!r}")
        found.append({"tex": delimited["tex"].strip(), "display": match["tag"] == "div"})
    return found


def render_with_node(batch: list[dict], where: str) -> list[str]:
    """KaTeX's HTML for each formula of ``batch``, from one ``node`` process."""
    result = subprocess.run(
        ["node", str(RENDERER)],
        input=json.dumps(batch),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        raise MathsError(f"{where}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def render_maths(output: str, where: str, cache: BuildCache | None = None, render=render_with_node
                 ) -> str:
    """Replace the TeX inside every arithmatex element of ``output`` by KaTeX's HTML."""
    batch = formulas(output, where)
    if not batch:
        return output
    key = digest(["katex", json.dumps(batch)])
    stored = cache.read("katex", key, ".json") if cache else None
    if stored is not None:
        rendered = json.loads(stored)
    else:
        rendered = render(batch, where)
        if cache:
            cache.write("katex", key, json.dumps(rendered), ".json")
    pieces = iter(rendered)
    return ARITHMATEX.sub(
        lambda match: f'<{match["tag"]} class="arithmatex">{next(pieces)}</{match["tag"]}>',
        output,
    )


INIT_SCRIPT = re.compile(
    r'<script src="(?P<prefix>[^"]*)javascripts/katex-init\.js"(?P<attributes>[^>]*)></script>')


def load_in_browser(output: str) -> str:
    """Add KaTeX's script and auto-render before the page's ``katex-init.js`` (notebook pages),
    deferred as it is."""

    def with_katex(match: re.Match) -> str:
        scripts = [name for name in FILES if name.endswith(".js")]
        tags = [f'<script src="{match["prefix"]}assets/katex/{name}"{match["attributes"]}></script>'
                for name in scripts]
        return "".join(tags) + match.group(0)

    return INIT_SCRIPT.sub(with_katex, output)
