"""Editions: the book in English at the site's root and in 简体中文 under ``/zh/``, one build.

``mkdocs build`` (or ``mkdocs serve``) builds the English edition from ``mkdocs.yml``. When it
ends, the hook builds every other edition from its own config (``mkdocs.zh.yml``, which
``INHERIT``s ``mkdocs.yml`` and changes the language, the docs folder, the site name and the
nav) into ``<site>/zh/``, in the same process and with the same build cache: a code block,
notebook or figure whose code the editions share runs once.

Pages of an edition mirror the English pages path for path (``docs/zh/chapters/07-….md`` is the
twin of ``docs/chapters/07-….md``). The links of Material's language selector are pointed at
the page's twin (:func:`point_alternates_at_twins`); a page without a twin (the API reference
stays in English) points at the other edition's home. The ``<link rel="alternate" hreflang>``
tags Material writes in each page's head are left out: its script fetched ``sitemap.xml`` next
to each of them (two requests on every page, for a mapping the selector's links no longer
need), and relative links (the site works at any path) are not valid ``hreflang`` links for
search engines (Lighthouse's SEO audit fails them).
A link from an edition's page to an English-only page (``../api/shallow.md``) leads to the
English page (:func:`url_in_base_edition`).
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
ENVIRONMENT = "MLBOOK_EDITION"  # set while an edition other than the base one is built
BASE = "en"


@dataclass(frozen=True)
class Edition:
    lang: str
    config: str  # file name, relative to the project
    folder: str  # the edition's docs, relative to docs/ ("" for the base edition)
    search_lang: str


EDITIONS = {"zh": Edition(lang="zh", config="mkdocs.zh.yml", folder="zh", search_lang="zh")}
ALTERNATE = re.compile(r'<a href="[^"]*"(?P<rest>\s+hreflang="(?P<lang>[\w-]+)")')
HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="(?P<lang>[\w-]+)">\s*')


def current() -> str:
    """The language of the edition being built."""
    return os.environ.get(ENVIRONMENT, BASE)


@contextlib.contextmanager
def building(lang: str) -> Iterator[None]:
    saved = os.environ.get(ENVIRONMENT)
    os.environ[ENVIRONMENT] = lang
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(ENVIRONMENT, None)
        else:
            os.environ[ENVIRONMENT] = saved


def configured(project: Path) -> list[str]:
    """The editions whose config file the project has (a copy of the project may have none)."""
    return [lang for lang, edition in EDITIONS.items() if (project / edition.config).is_file()]


def build(lang: str, site_dir: Path, strict: bool) -> None:
    """Build edition ``lang`` into ``site_dir/lang`` (called after the base edition's build)."""
    from mkdocs.commands.build import build as build_site
    from mkdocs.config import load_config

    edition = EDITIONS[lang]
    with building(lang):
        config = load_config(str(ROOT / edition.config), site_dir=str(site_dir / lang),
                             strict=strict)
        search = config.plugins.get("material/search")
        if search is not None:
            search.config.lang = [edition.search_lang]
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build_site(config)
        finally:
            config.plugins.on_shutdown()


def page_url(src_uri: str) -> str:
    """The URL (relative to its edition's root) of the page built from ``src_uri``."""
    stem = src_uri.rsplit(".", 1)[0]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def page_sources(folder: Path) -> set[str]:
    """Source URIs of the pages in ``folder`` (Markdown pages and notebook sources)."""
    sources = {path.relative_to(folder).as_posix() for path in folder.rglob("*.md")}
    sources |= {path.relative_to(folder).as_posix() for path in folder.glob("notebooks/*.py")}
    return sources


def editions_of(src_uri: str, docs: Path = DOCS) -> set[str]:
    """The languages whose edition has a page built from ``src_uri``."""
    langs = {BASE} if (docs / src_uri).is_file() and not src_uri.startswith(
        tuple(f"{edition.folder}/" for edition in EDITIONS.values())) else set()
    langs |= {lang for lang, edition in EDITIONS.items()
              if (docs / edition.folder / src_uri).is_file()}
    return langs


def root_from(url: str, lang: str) -> str:
    """The relative path from a page at ``url`` of edition ``lang`` to the site's root."""
    up = "../" * url.count("/")
    return up + ("../" if lang != BASE else "") or "./"


def twin_href(src_uri: str, url: str, lang: str, target: str, docs: Path = DOCS) -> str:
    """The href from a page of edition ``lang`` to its twin in edition ``target``."""
    twin = url if target in editions_of(src_uri, docs) else ""  # else the other edition's home
    href = posixpath.normpath(root_from(url, lang) + prefix_of(target) + twin)
    return href + "/" if twin == "" or twin.endswith("/") else href


def prefix_of(lang: str) -> str:
    return "" if lang == BASE else f"{EDITIONS[lang].folder}/"


def point_alternates_at_twins(output: str, src_uri: str, url: str, lang: str,
                              docs: Path = DOCS) -> str:
    """Point the language selector's links (``<a href hreflang>``) at the twin page, and leave
    out the head's ``<link rel="alternate" hreflang>`` tags of the editions.

    A selector's link gets ``target="_self"``: Material's script leaves such links alone, where
    it would otherwise send a click on an edition's link to the edition's home unless the
    site's ``sitemap.xml`` lists the twin under an absolute ``site_url``.
    """

    def ours(match: re.Match) -> bool:
        return match["lang"] == BASE or match["lang"] in EDITIONS

    output = HEAD_ALTERNATE.sub(lambda match: "" if ours(match) else match.group(0), output)

    def rewrite(match: re.Match) -> str:
        target = match["lang"]
        if not ours(match):
            return match.group(0)
        href = twin_href(src_uri, url, lang, target, docs)
        return f'<a href="{href}" target="_self"{match["rest"]}'

    return ALTERNATE.sub(rewrite, output)


class NavTitleError(ValueError):
    """An edition's nav needs a title that its config does not translate."""


def translated_nav(nav: list, docs: Path, titles: dict[str, str], lang: str) -> list:
    """The English ``nav`` for the edition whose pages are in ``docs``.

    Entries keep their order; a page without a twin in ``docs`` is left out (the API
    reference), and so is a section left empty; titles go through ``titles`` (the edition's
    ``extra.nav_titles``), and a title missing there is an error. An entry without a title
    takes the twin page's own heading.
    """
    result = []
    missing = []
    for entry in nav:
        title, value = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if isinstance(value, list):
            value = translated_nav(value, docs, titles, lang)
            if not value:
                continue
        elif not (docs / value).is_file():
            continue
        if title is None:
            result.append(value)
        elif title in titles:
            result.append({titles[title]: value})
        else:
            missing.append(title)
    if missing:
        raise NavTitleError(f"the {lang} edition's extra.nav_titles lacks {missing}")
    return result


def url_in_base_edition(source_uri: str, from_url: str, docs: Path = DOCS) -> str | None:
    """From a page of another edition, the href of the English page ``source_uri``, if any."""
    if not (docs / source_uri).is_file():
        return None
    return root_from(from_url, "zh") + page_url(source_uri)


def shared_static_files(docs: Path = DOCS) -> dict[str, Path]:
    """The base edition's stylesheets, scripts and images, which every edition serves too."""
    found = {}
    for path in sorted(docs.rglob("*")):
        uri = path.relative_to(docs).as_posix()
        if not path.is_file() or path.suffix in {".md", ".py", ".ipynb"}:
            continue
        if uri.split("/")[0] in {edition.folder for edition in EDITIONS.values()}:
            continue
        found[uri] = path
    return found


CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"  # ideographs and full-width punctuation
CJK_LINE_BREAK = re.compile(rf"(?<=[{CJK}])[ \t]*\n[ \t]*(?=[{CJK}])")
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+).*?^(?P=indent)(?P=fence)[ \t]*$",
                   re.MULTILINE | re.DOTALL)


def join_cjk_lines(markdown: str) -> str:
    """Join the lines of a paragraph that break between two Chinese characters.

    A browser shows a line break inside a paragraph as a space, which Chinese text does not
    have between its characters; code blocks are left as they are.
    """
    parts, end = [], 0
    for fence in FENCE.finditer(markdown):
        parts += [CJK_LINE_BREAK.sub("", markdown[end:fence.start()]), fence.group(0)]
        end = fence.end()
    parts.append(CJK_LINE_BREAK.sub("", markdown[end:]))
    return "".join(parts)
