"""MkDocs hooks: the order in which the build glue of ``tools/site/`` runs.

1. ``on_config``: open the build cache (``tools/site/cache.py``), put the caching runner in
   front of markdown-exec (``execution.py``), let mkdocs-jupyter render executed notebooks.
2. ``on_files``: start computing the data of the explorers the pages embed, in the background
   (``explorers.py``); add KaTeX's files, the figures (``figures.py``), the ``.ipynb``
   downloads and the ``mlbook`` wheel (``wheel.py``); start executing the notebooks in the
   background (``notebooks.py``).
3. Per page, before conversion: a notebook page waits for its notebook to finish; the
   ``listing::`` lines become code blocks (``listings.py``) and the ``explorer::`` lines
   explorers (``explorers.py``); fresh markdown-exec sessions; the page's search boost from
   its location (``search_index.py``).
4. Per page, after conversion: numbers into the prose (``placeholders.py``).
5. Per page, final HTML: drop unused plugin assets (``assets.py``), make the markup valid
   (``markup.py``), rewrite links to source files (``links.py``), render the maths
   (``katex.py``), mark what code printed (``outputs.py``), number figure captions
   (``captions.py``), the notebook buttons (``notebook_links.py``); what is below the first
   screen loads after it (``below_fold.py``); notebook pages in the book's markup
   (``notebooks.py``); a page with an explorer gets its script and styles.
6. After the build: the search index in plain text (``search_index.py``); the explorers' data
   into the site, joining in their computation if it is not done (``explorers.py``); say what
   ran and what came from the cache; prune old cache folders.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
# `mkdocs serve` loads this file afresh for every rebuild: forget the package and the glue
# too, so a rebuild never runs code that was edited since. Only there: not when the other
# editions are built, right after the English one in the same process (they share what it
# computed), and not in a process that merely loads the config (a test), whose imported
# modules must stay the ones in sys.modules.
if sys.argv[1:2] == ["serve"] and not os.environ.get("MLBOOK_EDITION"):
    for _name in [name for name in sys.modules if name.split(".")[0] == "mlbook"
                  or name.startswith("tools.site")]:
        del sys.modules[_name]

from tools.site import (  # noqa: E402
    assets,
    below_fold,
    captions,
    editions,
    explorers,
    figures,
    katex,
    links,
    listings,
    markup,
    notebook_links,
    notebooks,
    outputs,
    placeholders,
    search_index,
    wheel,
)
from tools.site.cache import BuildCache  # noqa: E402
from tools.site.execution import CachedRunner  # noqa: E402

log = logging.getLogger("mkdocs.hooks.mlbook")
NOTEBOOK_SOURCES = "notebooks/"


class Build:
    """What one build (or one rebuild of ``mkdocs serve``) shares between events."""

    def __init__(self, config) -> None:
        self.cache = BuildCache()
        self.runner = install_cached_runner(self.cache)
        self.notebooks = notebooks.NotebookRunner(self.cache)
        self.notebook_sources: dict[str, Path] = {}  # src_uri -> the .py source
        self.pages_by_source: dict[str, File] = {}
        self.companions: dict[str, notebook_links.Companion] = {}
        self.site_dir = Path(config.site_dir)
        self.words: dict[str, str] = dict(config.extra.get("words") or {})
        self.lang = editions.current()
        self.strict = bool(config.strict)
        self.explorer_data = explorers.DataJobs(self.cache)
        self.pages_with_explorers: set[str] = set()


_build: Build | None = None


def install_cached_runner(cache: BuildCache) -> CachedRunner:
    from markdown_exec._internal.formatters import python as exec_python

    original = getattr(exec_python._run_python, "run", exec_python._run_python)
    runner = CachedRunner(original, cache, exec_python._sessions_globals)
    exec_python._run_python = runner
    return runner


def on_config(config):
    global _build
    _build = Build(config)
    if _build.lang != editions.BASE:  # the English nav, with the edition's pages and titles
        try:
            config.nav = editions.translated_nav(config.nav, Path(config.docs_dir),
                                                 config.extra.get("nav_titles", {}), _build.lang)
        except editions.NavTitleError as error:
            raise PluginError(str(error)) from None
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        # tools/site/notebooks.py executes the notebooks (keyed by mlbook too); mkdocs-jupyter
        # renders the executed copies and caches its HTML under their content.
        jupyter.config["execute"] = False
        jupyter.config["cache"] = _build.cache.enabled
        # one folder per edition: the plugin evicts what its own build did not use
        jupyter.config["cache_dir"] = str(_build.cache.folder / f"jupyter-{_build.lang}")
    return config


def on_files(files: Files, config) -> Files:
    if _build.lang == editions.BASE:  # one copy of the explorers' data, at the site's root
        needed = set()
        for file in files.documentation_pages():
            if file.src_uri.endswith(".md"):
                markdown = Path(file.abs_src_path).read_text(encoding="utf-8")
                needed |= {explorers.COMPONENTS[name].data
                           for name in explorers.marked_explorers(markdown)
                           if name in explorers.COMPONENTS}  # an unknown name fails later
        _build.explorer_data.start(needed)
    try:
        for uri, path in katex.asset_files().items():
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    except katex.MathsError as error:
        raise PluginError(str(error)) from None
    if _build.lang == editions.BASE:
        drawn = figures.figures(_build.cache)
    else:  # the figures the edition's pages show, in its words
        docs = Path(config.docs_dir)
        labels = figures.Labels.load(docs / "figure-labels", _build.lang)
        drawn = figures.figures(_build.cache, labels=labels, only=figures.referenced(docs))
    try:
        for name, svg in drawn:
            files.append(File.generated(config, f"figures/{name}.svg", content=svg))
    except figures.UntranslatedError as error:
        raise PluginError(str(error)) from None
    try:  # the wheel the home page offers, beside it in every edition (it is small)
        built = wheel.wheel(_build.cache)
    except wheel.WheelError as error:
        raise PluginError(str(error)) from None
    files.append(File.generated(config, f"{wheel.FOLDER}/{built.name}", abs_src_path=str(built)))
    _build.companions = notebook_links.companions(
        file.src_uri for file in files.documentation_pages())
    for file in list(files.documentation_pages()):
        if is_notebook_source(file.src_uri):
            source = Path(file.abs_src_path)
            files.append(File.generated(config, file.src_uri.removesuffix(".py") + ".ipynb",
                                        content=notebooks.download_json(source)))
            executed = _build.notebooks.start(source)
            file.abs_src_path = str(executed)  # mkdocs-jupyter renders the executed notebook
            _build.notebook_sources[file.src_uri] = source
    if _build.lang != editions.BASE:  # the English edition's stylesheets and scripts
        for uri, path in editions.shared_static_files().items():
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_nav(nav, config, files: Files):
    _build.pages_by_source = {file.src_uri: file for file in files.documentation_pages()}
    return nav


@event_priority(100)  # before mkdocs-jupyter's, which reads the executed notebook
def on_pre_page(page, config, files):
    source = _build.notebook_sources.get(page.file.src_uri)
    if source is not None:
        try:
            _build.notebooks.wait(source)
        except notebooks.NotebookError as error:
            raise PluginError(str(error)) from None
    return page


def on_page_markdown(markdown: str, page, config, files) -> str:
    _build.runner.new_page()
    page.meta.setdefault("search", {}).setdefault("boost",
                                                  search_index.boost(page.file.src_uri))
    if is_notebook_source(page.file.src_uri):
        return markdown
    if _build.lang != editions.BASE:
        markdown = editions.join_cjk_lines(markdown)
    try:
        markdown = listings.render_page(markdown, page.file.src_uri).text
        markdown, used = explorers.expand(markdown, page.file.src_uri, page.url, _build.lang,
                                          editions.root_from(page.url, _build.lang))
    except (listings.ListingError, explorers.ExplorerError) as error:
        raise PluginError(str(error)) from None
    if used:
        _build.pages_with_explorers.add(page.file.src_uri)
    return markdown


def on_page_content(output: str, page, config, files) -> str:
    if not placeholders.has_placeholders(output):
        return output
    sessions = list(_build.runner.sessions)
    where = page.file.src_uri
    if len(sessions) != 1:
        raise PluginError(f"{where}: numbers in the prose need exactly one markdown-exec session "
                          f"on the page, found {sessions or 'none'}")
    try:
        return placeholders.fill(output, _build.runner.values(sessions[0]), where)
    except placeholders.PlaceholderError as error:
        raise PluginError(str(error)) from None


def on_post_page(output: str, page, config) -> str:
    where = page.file.src_uri
    output = assets.drop_unused_assets(output)
    if where in _build.pages_with_explorers:
        output = explorers.add_assets(output, page.url)
    output = markup.repair(output)
    try:
        output = links.link_source_files(output, where, lambda uri: url_of(uri, page))
        output = katex.render_maths(output, where, _build.cache)
    except (links.BrokenLinkError, katex.MathsError) as error:
        raise PluginError(str(error)) from None
    output = editions.point_alternates_at_twins(output, where, page.url, _build.lang)
    output = outputs.mark_outputs(output)
    output = captions.number_captions(output, where, _build.words.get("figure", "Figure"))
    companion = _build.companions.get(where)
    if companion is not None:
        row = notebook_links.row(companion, where, lambda uri: url_of(uri, page)
                                 or get_relative_url(uri, page.url), _build.words)
        output = notebook_links.insert_row(output, row)
    output = below_fold.lazy_images(output)
    output, formulas = below_fold.defer_formulas(output)
    output = below_fold.preload_fonts(output)
    if formulas:
        below_fold.write_formulas(formulas, Path(page.file.abs_dest_path).parent)
    if where not in _build.notebook_sources:
        return output
    output = katex.load_in_browser(output)
    output = notebooks.remove_unwanted_markup(output)
    output = notebooks.as_book_markup(output)
    try:
        if _build.lang != editions.BASE:  # its twin's heading ids (nbconvert drops 中文)
            output = notebooks.name_headings(output, notebooks.heading_ids(editions.DOCS / where),
                                             toc_anchors(page.toc))
        output = notebooks.describe_figures(output, Path(page.file.abs_src_path))
    except notebooks.NotebookError as error:
        raise PluginError(str(error)) from None
    output, images = notebooks.images_as_files(output, lambda uri: get_relative_url(uri, page.url))
    for uri, data in images.items():
        (Path(config.site_dir) / uri).parent.mkdir(parents=True, exist_ok=True)
        (Path(config.site_dir) / uri).write_bytes(data)
    return output


@event_priority(-100)  # after Material's search plugin has written the index
def on_post_build(config) -> None:
    index = _build.site_dir / "search" / "search_index.json"
    if index.is_file():
        search_index.clean_index(index)
    cache, runner = _build.cache, _build.runner
    _build.notebooks.shutdown()
    try:
        _build.explorer_data.copy_into(Path(config.site_dir))
    except explorers.ExplorerError as error:
        raise PluginError(str(error)) from None
    finally:
        _build.explorer_data.shutdown()
    removed = cache.prune()
    log.info(
        "build cache %s: %d results reused, %d code blocks and %d notebooks executed, the data "
        "of %d explorers computed%s", "on" if cache.enabled else "off", cache.hits,
        runner.executed_blocks, _build.notebooks.executed, _build.explorer_data.computed,
        f"; {len(removed)} old cache folders removed" if removed else "",
    )
    if _build.lang == editions.BASE:
        for lang in editions.configured(Path(config.config_file_path).parent):
            log.info("building the %s edition into %s/", lang, lang)
            editions.build(lang, _build.site_dir, _build.strict)


def on_build_error(error) -> None:
    if _build is not None:
        _build.notebooks.shutdown()
        _build.explorer_data.shutdown()


def toc_anchors(toc) -> list[str]:
    """The ids of a page's table of contents, in document order."""
    return [anchor for link in toc for anchor in [link.id, *toc_anchors(link.children)]]


def is_notebook_source(src_uri: str) -> bool:
    return src_uri.startswith(NOTEBOOK_SOURCES) and src_uri.endswith(".py")


def url_of(source_uri: str, page) -> str | None:
    target = _build.pages_by_source.get(source_uri)
    if target is not None:
        return target.url_relative_to(page.file)
    if _build.lang != editions.BASE:  # an English-only page, such as the API reference
        return editions.url_in_base_edition(source_uri, page.url)
    return None
