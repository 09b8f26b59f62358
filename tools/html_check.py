"""The Nu HTML Checker over built pages, and a stock-Material twin of a page to compare with.

``vnu.jar`` comes from npm (``vnu-jar``, pinned in package.json) and runs on the Java that
``tools/setup.sh`` installs; one JVM checks every page given, offline. The suite's check is
``tests/site/test_html_valid.py``; to see the counts yourself::

    .venv/bin/python tools/html_check.py SITE_DIR            # errors by message, all pages
    .venv/bin/python tools/html_check.py SITE_DIR --twin chapters/02-logistic-regression.md

``--twin`` also builds the page's Markdown with stock Material (the book's theme, features and
Markdown extensions; no plugins, no hooks; markdown-exec fences shown as plain code; the other
pages of the nav as stubs, so the navigation has the same shape) and checks both in the same
run: what the twin reports too is the theme's, not the book's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import yaml

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# The schema needs a deep stack; C1 alone halves the run time of a one-shot JVM (3.5 s
# instead of 7.5 s for the whole site on two cores); language detection only ever warns.
JAVA_OPTIONS = ["-Xss4m", "-XX:TieredStopAtLevel=1"]
VNU_OPTIONS = ["--errors-only", "--format", "json", "--stdout", "--exit-zero-always",
               "--no-langdetect"]
# markdown-exec's options on a fence; without them the fence is a plain code block.
EXEC_OPTIONS = re.compile(r'\s+(?:exec|source|result|session|html|returncode|tabs|id|idprefix'
                          r'|width|workdir|update_toc)="[^"]*"')
FENCE = re.compile(r"^(?P<open>\s*(?:`{3,}|~{3,})\s*[\w+-]+)(?P<options>[^\n]*)$", re.MULTILINE)


class CheckerError(RuntimeError):
    """The checker could not run (no Java, no vnu.jar) or did not answer."""


@dataclass(frozen=True)
class Message:
    """One error of the checker: the page (relative to the folder checked) and what it says."""

    page: str
    line: int | None
    message: str
    extract: str

    def __str__(self) -> str:
        where = f"{self.page}:{self.line}" if self.line else self.page
        return f"{where}: {self.message}  [{self.extract.strip()[:120]}]"


def java() -> str:
    found = shutil.which("java")
    if found is None:
        raise CheckerError("no java on the PATH: bash tools/setup.sh installs a Java runtime")
    return found


def check(pages: Sequence[Path], root: Path) -> list[Message]:
    """Every error the Nu HTML Checker finds in ``pages``, in one JVM; paths relative to root."""
    if not VNU_JAR.is_file():
        raise CheckerError(f"{VNU_JAR.relative_to(ROOT)} is missing: run bash tools/setup.sh")
    result = subprocess.run(
        [java(), *JAVA_OPTIONS, "-jar", str(VNU_JAR), *VNU_OPTIONS, *map(str, pages)],
        capture_output=True, text=True, check=False,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise CheckerError(f"vnu did not answer in JSON (exit {result.returncode}):\n"
                           f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}") from None
    return [
        Message(page=relative(item.get("url", ""), root), line=item.get("lastLine"),
                message=item.get("message", ""), extract=item.get("extract", ""))
        for item in report["messages"]
        if item.get("type") != "info"  # errors, and files it could not read
    ]


def relative(url: str, root: Path) -> str:
    path = Path(unquote(urlparse(url).path)) if url.startswith("file:") else Path(url)
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def by_message(messages: Iterable[Message]) -> Counter[str]:
    """How many times each message occurs, ids and line numbers in it replaced by N."""
    return Counter(
        re.sub(r"\d+", "N", m.message) if m.message.startswith("Duplicate ID") else m.message
        for m in messages
    )


class _NamesKept(yaml.SafeLoader):
    """Reads mkdocs.yml, keeping ``!!python/name:`` tags as text to write back."""


_NamesKept.add_multi_constructor(
    "tag:yaml.org,2002:python/name:", lambda loader, suffix, node: f"!!python/name:{suffix}"
)
# MkDocs' !ENV [NAME, default]: the default (the twin needs no environment)
_NamesKept.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def plain_fences(markdown: str) -> str:
    """The Markdown with markdown-exec's options removed from every fence."""
    return FENCE.sub(lambda m: m["open"] + EXEC_OPTIONS.sub("", m["options"]), markdown)


def stock_twin(page: str, folder: Path, config: Path = ROOT / "mkdocs.yml") -> Path:
    """Build ``docs/<page>`` with stock Material in ``folder``; return the built page."""
    settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_NamesKept)  # noqa: S506
    docs = folder / "docs"

    def stub(uri: str) -> str:
        uri = uri.removesuffix(".py") + ".md" if uri.endswith(".py") else uri
        target = docs / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        if uri == page:
            source = (config.parent / "docs" / page).read_text(encoding="utf-8")
            target.write_text(plain_fences(source), encoding="utf-8")
        else:
            target.write_text(f"# {Path(uri).stem}\n\nA stub.\n", encoding="utf-8")
        return uri

    def nav(items: list) -> list:
        shaped = []
        for item in items:
            if isinstance(item, dict):
                ((title, value),) = item.items()
                shaped.append({title: nav(value) if isinstance(value, list) else stub(value)})
            else:
                shaped.append(stub(item))
        return shaped

    extensions = []
    for extension in settings["markdown_extensions"]:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            options = {**extension["pymdownx.snippets"], "base_path": [str(config.parent)]}
            extension = {"pymdownx.snippets": options}
        extensions.append(extension)
    # stock Material: not the book's template overrides (custom_dir)
    theme = {key: value for key, value in settings["theme"].items() if key != "custom_dir"}
    twin = {"site_name": settings["site_name"], "docs_dir": "docs", "theme": theme,
            "plugins": [], "markdown_extensions": extensions, "nav": nav(settings["nav"])}
    text = yaml.safe_dump(twin, sort_keys=False, allow_unicode=True)
    (folder / "mkdocs.yml").write_text(re.sub(r"'(!!python/name:[^']*)'", r"\1", text),
                                       encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(folder / "site")],
        cwd=folder, capture_output=True, text=True, check=False,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )
    if result.returncode != 0:
        raise CheckerError(f"the stock twin of {page} did not build:\n{result.stderr[-3000:]}")
    return folder / "site" / built_page(page)


def built_page(page: str) -> str:
    """Where MkDocs writes the page built from ``page`` (directory URLs)."""
    path = Path(page).with_suffix("")
    return (path.parent if path.name == "index" else path).joinpath("index.html").as_posix()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a built site (mkdocs build --strict -d SITE)")
    parser.add_argument("--twin", help="a page's Markdown, e.g. chapters/02-logistic-regression.md")
    args = parser.parse_args(argv)
    pages = sorted(args.site.rglob("*.html"))
    twin = None
    if args.twin:
        twin = stock_twin(args.twin, Path(tempfile.mkdtemp(prefix="mlbook-twin-")))
    messages = check([*pages, *([twin] if twin else [])], args.site)
    site = [m for m in messages if twin is None or m.page != relative(str(twin), args.site)]
    print(f"{len(site)} errors on {len(pages)} pages")
    for message, count in by_message(site).most_common():
        print(f"{count:6d}  {message}")
    if twin is not None:
        page = built_page(args.twin)
        own = [m for m in site if m.page == page]
        print(f"\n{page}: {len(own)} errors")
        for message, count in by_message(own).most_common():
            print(f"{count:6d}  {message}")
        stock = [m for m in messages if m not in site]
        print(f"\nits stock-Material twin: {len(stock)} errors")
        for message, count in by_message(stock).most_common():
            print(f"{count:6d}  {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
