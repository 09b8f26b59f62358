"""Explorers: interactive figures whose every frame ``mlbook`` computed when the site was built.

A page embeds one with a line of its own, indented like the surrounding block::

    explorer:: playground

The line holds no words, so a page and its translation embed an explorer with the same line.
The build replaces it by the explorer's HTML: native controls, the figures it draws into, a
status line that screen readers announce, and the explorer's strings. Every word of the
interface comes from ``tools/explorers/strings.yml``, in the site's language. The page's
script (``docs/javascripts/explorers.js``) and stylesheet (``docs/stylesheets/explorers.css``)
are added to the pages that have an explorer, and to no other.

Data. Each explorer reads files that a module of ``tools/explorers/`` computes with
``mlbook`` (:data:`DATA`). They are computed once per content of ``mlbook`` and of the module
(the build cache), in a background process started when the build begins, only for the
explorers some page embeds, at a lower priority than the rest of the build; the files are
copied into the site (``explorers/<data>/``) when the build ends. A page fetches them after
it is painted, when the explorer comes near the screen.
"""

from __future__ import annotations

import html
import importlib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tools.site.cache import BuildCache, digest

ROOT = Path(__file__).resolve().parents[2]
EXPLORERS = ROOT / "tools" / "explorers"
STRINGS = EXPLORERS / "strings.yml"
MARKER = re.compile(r"(?P<indent>[ \t]*)explorer::(?P<name>.*)")
SCRIPT = "javascripts/explorers.js"
STYLESHEET = "stylesheets/explorers.css"
SITE_FOLDER = "explorers"
NICE = 10  # the data are computed with what the rest of the build leaves of the CPU

DATA = {"playground": "playground", "learning-rate": "learning_rate",
        "activations": "activations"}
"""Folder of the site -> module of ``tools/explorers/`` that computes its files."""


class ExplorerError(ValueError):
    """An ``explorer::`` line that names no explorer, or data that could not be computed."""


@dataclass(frozen=True)
class Component:
    """What an ``explorer::`` line can name: which markup, which data."""

    markup: str  # a function name of this module: playground, learning_rate, activations
    data: str  # a key of DATA


COMPONENTS = {
    "playground": Component("playground", "playground"),
    "playground-small": Component("playground_small", "playground"),
    "learning-rate": Component("learning_rate", "learning-rate"),
    "activations": Component("activations", "activations"),
}


def load_strings(language: str = "en", path: Path = STRINGS) -> dict:
    """The interface strings of the edition in ``language`` (``theme.language``)."""
    tables = yaml.safe_load(path.read_text(encoding="utf-8"))
    if language not in tables:
        raise ExplorerError(f"{path.relative_to(ROOT)} has no {language!r} table for the "
                            f"explorers' words: copy the 'en' table and translate it")
    return tables[language]


def marked_explorers(markdown: str) -> list[str]:
    """The names of the explorers a page's Markdown embeds, in order."""
    return [match["name"].strip() for line in markdown.split("\n")
            if (match := MARKER.fullmatch(line))]


# ---------------------------------------------------------------------------------------------
# Markup


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _strings_json(strings: dict) -> str:
    """A JSON block the page's script reads (``</`` escaped so it cannot end the script)."""
    text = json.dumps(strings, ensure_ascii=False, separators=(",", ":"))
    return ('<script type="application/json" class="mlx-strings">'
            + text.replace("</", "<\\/") + "</script>")


def _select(uid: str, name: str, label: str, options: list[tuple[str, str]],
            selected: str) -> str:
    items = "".join(
        f'<option value="{_e(value)}"{" selected" if value == selected else ""}>{_e(text)}'
        "</option>" for value, text in options)
    return (f'<div class="mlx-field"><label for="{uid}-{name}">{_e(label)}</label>'
            f'<select id="{uid}-{name}" name="{name}" disabled>{items}</select></div>')


def _range(uid: str, name: str, label: str, maximum: int = 0, value: int = 0) -> str:
    return (f'<div class="mlx-field mlx-range"><label for="{uid}-{name}">{_e(label)}</label>'
            f'<input id="{uid}-{name}" name="{name}" type="range" min="0" max="{maximum}" '
            f'step="1" value="{value}" disabled></div>')


def _play(common: dict) -> str:
    return (f'<button type="button" class="mlx-play" aria-pressed="false" disabled>'
            f'{_e(common["play"])}</button>')


def _figure(uid: str, kind: str, caption: str, label: str) -> str:
    """A drawing (a canvas for the regions, an SVG for a plot) and its caption."""
    figure_id = f"{uid}-figure-{kind}"
    if kind == "canvas":
        drawing = (f'<canvas class="mlx-canvas" id="{figure_id}" width="320" height="320" '
                   f'role="img" aria-label="{_e(label)}"></canvas>')
    else:
        drawing = (f'<svg class="mlx-plot mlx-{kind}" id="{figure_id}" viewBox="0 0 320 220" '
                   f'role="img" aria-label="{_e(label)}"></svg>')
    return f'<figure class="mlx-figure">{drawing}<figcaption>{_e(caption)}</figcaption></figure>'


def _frame(uid: str, kind: str, data_url: str, strings: dict, body: str,
           extra: str = "", after: str = "") -> str:
    """The explorer's box: its strings, its parts, the status line and the error message."""
    common, text = strings["common"], strings[kind.replace("-", "_")]
    return (f'<div class="mlx mlx-{kind}" id="{uid}" data-mlx="{kind}" '
            f'data-mlx-data="{_e(data_url)}"{extra} role="group" aria-label="{_e(text["label"])}">'
            + _strings_json({"common": common, "text": text})
            + body
            + f'<p class="mlx-status" aria-live="polite">{_e(common["loading"])}</p>'
            + '<p class="mlx-error" role="alert" hidden></p>' + after + "</div>")


def _views(*figures: str) -> str:
    return f'<div class="mlx-views">{"".join(figures)}</div>'


def _time(common: dict, uid: str, label: str, maximum: int = 0) -> str:
    """The play button and the scrubber of the frames, on the last frame."""
    scrubber = _range(uid, "frame", label, maximum, maximum)
    return f'<div class="mlx-time">{_play(common)}{scrubber}</div>'


def _playground_choices(uid: str, text: dict, names: tuple[str, ...]) -> str:
    """The Playground's selects among ``names``, chapter 9's run selected."""
    from tools.explorers import playground as spec

    choices = {
        "data": [(name, text["data_names"][name]) for name in spec.DATA_SETS],
        "units": [(str(units), str(units)) for units in spec.UNITS],
        "activation": [(name, text["activation_names"][name]) for name in spec.ACTIVATIONS],
        "rate": [(f"{rate:g}", f"{rate:g}") for rate in spec.RATES],
    }
    default = {"data": spec.DEFAULT.data, "units": str(spec.DEFAULT.units),
               "activation": spec.DEFAULT.activation, "rate": f"{spec.DEFAULT.rate:g}"}
    selects = "".join(_select(uid, name, text[name], choices[name], default[name])
                      for name in names)
    return f'<div class="mlx-controls">{selects}</div><p class="mlx-rates"></p>'


def playground(uid: str, data_url: str, strings: dict, page_url: str = "") -> str:
    """The Playground: four choices, decision regions, the cost curve, the iteration."""
    from tools.explorers import playground as spec

    text, common = strings["playground"], strings["common"]
    note = text["note"].format(horizon=f"{spec.HORIZON:,}", small=spec.EVERY_RATE_UP_TO,
                               large_rate=f"{spec.LARGE_SIZE_RATE:g}")
    body = (_playground_choices(uid, text, ("data", "units", "activation", "rate"))
            + _views(_figure(uid, "canvas", text["regions_caption"], text["regions"]),
                     _figure(uid, "curve", text["curve_caption"], text["curve"]))
            + _time(common, uid, common["iteration"]))
    return _frame(uid, "playground", data_url, strings, body,
                  after=f'<p class="mlx-note">{_e(note)}</p>')


def playground_small(uid: str, data_url: str, strings: dict, page_url: str = "") -> str:
    """The Playground on the flower with tanh units: hidden units and learning rate only."""
    from tools.explorers import playground as spec

    text = {**strings["playground"], **strings["playground_small"]}
    common = strings["common"]
    fixed = json.dumps({"data": spec.DEFAULT.data, "activation": spec.DEFAULT.activation})
    body = (_playground_choices(uid, text, ("units", "rate"))
            + _views(_figure(uid, "canvas", text["regions_caption"], text["regions"]),
                     _figure(uid, "curve", text["curve_caption"], text["curve"]))
            + _time(common, uid, common["iteration"]))
    link = (f'<p class="mlx-note"><a class="mlx-open" '
            f'href="{_e(relative_url("playground/", page_url))}">{_e(text["open"])}</a></p>')
    return _frame(uid, "playground-small", data_url, {**strings, "playground_small": text},
                  body, extra=f' data-mlx-fixed="{_e(fixed)}"', after=link)


def learning_rate(uid: str, data_url: str, strings: dict, page_url: str = "") -> str:
    """Chapter 3: gradient descent on a parabola, one learning rate at a time."""
    from tools.explorers import learning_rate as spec

    text, common = strings["learning_rate"], strings["common"]
    rate = _range(uid, "rate", text["rate"], len(spec.RATES) - 1, spec.RATES.index(spec.DEFAULT))
    body = (f'<div class="mlx-controls">{rate}</div>'
            + _views(_figure(uid, "path", text["path_caption"], text["path"]),
                     _figure(uid, "curve", text["curve_caption"], text["curve"]))
            + _time(common, uid, text["step"], spec.STEPS))
    return _frame(uid, "learning-rate", data_url, strings, body)


def activations(uid: str, data_url: str, strings: dict, page_url: str = "") -> str:
    """Chapter 7: an activation and its derivative; the gradient through a stack of layers."""
    from tools.explorers import activations as spec

    text = strings["activations"]
    names = [(name, text["activation_names"][name]) for name in spec.ACTIVATIONS]
    scales = [(key, text["scale_names"][key]) for key in spec.SCALES]
    controls = (_select(uid, "activation", text["activation"], names, spec.DEFAULT["activation"])
                + _select(uid, "scale", text["scale"], scales, spec.DEFAULT["scale"])
                + _range(uid, "depth", text["depth"], len(spec.DEPTHS) - 1,
                         spec.DEPTHS.index(spec.DEFAULT["depth"])))
    body = (f'<div class="mlx-controls">{controls}</div>'
            + _views(_figure(uid, "functions", text["functions_caption"], text["functions"]),
                     _figure(uid, "depth", text["depth_caption"], text["depth_plot"])))
    return _frame(uid, "activations", data_url, strings, body)


def render(name: str, uid: str, page_url: str, strings: dict, root: str | None = None) -> str:
    """The HTML of explorer ``name`` on the page at ``page_url`` (a site URL, "" for home).

    ``root`` leads from the page to the folder that holds the data, ``explorers/`` (the site's
    root, which another edition's pages reach through one more ``../``).
    """
    component = COMPONENTS.get(name)
    if component is None:
        raise ExplorerError(f"explorer:: {name!r} names no explorer; known: "
                            f"{', '.join(sorted(COMPONENTS))}")
    root = relative_url("", page_url) if root is None else root
    data_url = posixpath.join(root, SITE_FOLDER, component.data) + "/"
    return globals()[component.markup](uid, data_url, strings, page_url)


def relative_url(target: str, page_url: str) -> str:
    """``target`` (a site path) relative to the page at ``page_url`` (directory URLs).

    >>> relative_url("explorers/playground/", "chapters/09-planar-data/")
    '../../explorers/playground/'
    >>> relative_url("explorers/playground/", "")
    'explorers/playground/'
    """
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    depth = len([part for part in base.split("/") if part])
    return "../" * depth + target


def expand(markdown: str, page_uri: str, page_url: str, language: str = "en",
           root: str | None = None) -> tuple[str, list[str]]:
    """Replace every ``explorer::`` line of a page; return the Markdown and the names used.

    ``language`` picks the edition's words; ``root`` is as in :func:`render`.
    """
    if not marked_explorers(markdown):
        return markdown, []
    strings = load_strings(language)
    lines, used = [], []
    for number, line in enumerate(markdown.split("\n"), start=1):
        match = MARKER.fullmatch(line)
        if match is None:
            lines.append(line)
            continue
        name = match["name"].strip()
        try:
            markup = render(name, f"mlx-{len(used) + 1}", page_url, strings, root)
        except ExplorerError as error:
            raise ExplorerError(f"{page_uri}:{number}: {error}") from None
        used.append(name)
        lines += ["", match["indent"] + markup, ""]
    return "\n".join(lines), used


def add_assets(output: str, page_url: str) -> str:
    """The explorers' stylesheet in the head and script at the end of a page that has one."""
    css = relative_url(STYLESHEET, page_url)
    js = relative_url(SCRIPT, page_url)
    output = output.replace("</head>", f'<link rel="stylesheet" href="{css}">\n</head>', 1)
    return output.replace("</body>", f'<script src="{js}" defer></script>\n</body>', 1)


# ---------------------------------------------------------------------------------------------
# Data


def data_key(data: str) -> str:
    """What the files of ``data`` depend on, besides ``mlbook`` (the cache's folder)."""
    module = EXPLORERS / f"{DATA[data]}.py"
    return digest(["explorer", data, module.read_bytes(), (EXPLORERS / "encode.py").read_bytes()])


@dataclass
class DataJobs:
    """The explorers' data: stored in the build cache, computed in the background if not.

    A missing folder is computed into a scratch folder by a background process at low
    priority (``NICE``), which soaks up the CPU the rest of the build leaves idle. When the
    build has converted every page, :meth:`wait` takes the tasks nobody has started yet and
    runs them itself, at the build's own priority, so the build never waits on a process
    that a busy machine starves. The finished folder is then moved into the cache.
    """

    cache: BuildCache
    folders: dict[str, Path] = field(default_factory=dict)  # data -> folder of its files
    jobs: dict[str, tuple[subprocess.Popen, Path]] = field(default_factory=dict)
    scratch: list[Path] = field(default_factory=list)
    computed: int = 0

    def start(self, needed: set[str]) -> None:
        """Find or start computing the files of every data in ``needed``."""
        for data in sorted(needed):
            if data in self.folders:
                continue
            folder = self.cache.path("explorers", data_key(data))
            if not self.cache.enabled:
                folder = Path(tempfile.mkdtemp(prefix=f"mlbook-{data}-")) / "files"
                self.scratch.append(folder.parent)
            self.folders[data] = folder
            if self.cache.enabled and (folder / ".done").is_file():
                self.cache.hits += 1
                continue
            self.cache.misses += 1
            work = folder.with_name(f".{folder.name}.{os.getpid()}.part")
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            self.scratch.append(work)
            process = subprocess.Popen(
                [sys.executable, "-m", "tools.explorers", DATA[data], str(work)],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                preexec_fn=lambda: os.nice(NICE),  # noqa: PLW1509 - only sets the priority
            )
            self.jobs[data] = (process, work)

    def wait(self) -> None:
        """Finish every computation, joining in; raise with its output if one failed."""
        from tools import explorers as modules

        for data, (process, work) in list(self.jobs.items()):
            start = time.process_time()
            try:
                modules.work(importlib.import_module(f"tools.explorers.{DATA[data]}"), work)
            except Exception as error:
                process.kill()
                raise ExplorerError(f"computing the data of explorer {data!r} failed: "
                                    f"{error!r}") from error
            finally:
                output, _ = process.communicate()
                del self.jobs[data]
            if process.returncode != 0:
                raise ExplorerError(f"computing the data of explorer {data!r} failed:\n{output}")
            shutil.rmtree(work / modules.CLAIMS)
            (work / ".done").write_text(f"{time.process_time() - start:.1f} s of the build's "
                                        "CPU besides the background process's\n")
            folder = self.folders[data]
            if folder.exists():  # another build computed the same files meanwhile
                shutil.rmtree(work)
            else:
                work.replace(folder)
            self.computed += 1

    def copy_into(self, site_dir: Path) -> None:
        """Wait for the data, then put each explorer's files under ``site_dir/explorers/``."""
        self.wait()
        for data, folder in self.folders.items():
            target = site_dir / SITE_FOLDER / data
            if target.exists():
                shutil.rmtree(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(folder, target, copy_function=_link_or_copy,
                            ignore=shutil.ignore_patterns(".done"))

    def shutdown(self) -> None:
        for process, _ in self.jobs.values():
            process.kill()
            process.communicate()
        self.jobs.clear()
        for folder in self.scratch:
            shutil.rmtree(folder, ignore_errors=True)
        self.scratch.clear()


def _link_or_copy(source: str, target: str) -> None:
    """A hard link to the cached file (instant, no space), or a copy across file systems."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
