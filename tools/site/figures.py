"""Figures drawn by ``mlbook.plots`` when the site is built, as reproducible SVG.

Every module ``tools/figures/<page>.py`` defines ``FIGURES``, a mapping from a figure name to
a function that returns a matplotlib Figure made by ``mlbook.plots``. Each becomes
``figures/<name>.svg`` in the site; a page shows it as ``![alt](../figures/<name>.svg)``.
A drawn figure is stored in the build cache under its module's source and its name.

Another edition of the book draws the figures its pages show with its own words: the same
function makes the figure, then every text in it is replaced through the edition's
:class:`Labels` (``docs/zh/figure-labels.yml``), drawn in Noto Sans CJK. A text with words that
the table does not translate fails the build, naming the figure and the text.
"""

from __future__ import annotations

import importlib.util
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
import yaml
from matplotlib.text import Text
from matplotlib.ticker import FixedFormatter, FixedLocator

from tools.site.cache import BuildCache, digest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "tools" / "figures"

# Reproducible SVG: no timestamp, fixed element ids, text drawn as paths (no font requests).
SVG_RC = {"svg.hashsalt": "mlbook", "svg.fonttype": "path"}
# Figure and axes backgrounds are transparent (legends keep theirs): the page shows through,
# and extra.css turns the drawing light-on-dark in the dark scheme, with no white slab.


def spec_modules(folder: Path = SPECS) -> list[Path]:
    return [path for path in sorted(folder.glob("*.py")) if not path.name.startswith("_")]


def load_specs(path: Path) -> dict[str, Callable]:
    """``FIGURES`` of the module at ``path`` (loaded afresh)."""
    spec = importlib.util.spec_from_file_location(f"mlbook_figures_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.FIGURES)


class UntranslatedError(ValueError):
    """A figure of another edition still has words the edition's labels do not translate."""


WORDS = re.compile(r"[A-Za-z]{2,}")
MATHS = re.compile(r"\$[^$]*\$")
CJK_FONT = "Noto Sans CJK SC"


@dataclass
class Labels:
    """The words of the figures in another language: whole texts, then patterns."""

    lang: str
    exact: dict[str, str] = field(default_factory=dict)
    patterns: list[tuple[re.Pattern, str]] = field(default_factory=list)
    source: str = ""  # the table's text, part of every figure's cache key

    @classmethod
    def load(cls, folder: Path, lang: str) -> Labels:
        """The labels of every ``*.yml`` file of ``folder`` (``exact:`` and ``patterns:``)."""
        labels = cls(lang)
        for path in sorted(folder.glob("*.yml")):
            text = path.read_text(encoding="utf-8")
            data = yaml.safe_load(text) or {}
            for english, translated in (data.get("exact") or {}).items():
                if labels.exact.get(english, translated) != translated:
                    raise ValueError(f"{path.name} translates {english!r} differently from "
                                     "another file of " + folder.name)
                labels.exact[english] = translated
            labels.patterns += [(re.compile(rule["match"]), rule["replace"])
                                for rule in data.get("patterns") or []]
            labels.source += f"{path.name}\n{text}"
        return labels

    def translate(self, text: str) -> str | None:
        """``text`` in the edition's words; None when it has words the table lacks."""
        if text in self.exact:
            return self.exact[text]
        for pattern, replacement in self.patterns:
            if pattern.fullmatch(text):
                return pattern.sub(replacement, text)
        return None if WORDS.search(MATHS.sub("", text)) else text

    def apply(self, figure, where: str) -> None:
        """Translate every text of ``figure`` in place; raise listing what it cannot.

        Tick labels are written again by their axis's formatter whenever the figure is drawn,
        so an axis whose labels are words (a row of names) gets them fixed, translated, at the
        ticks it has once drawn.
        """
        missing = []
        figure.canvas.draw()
        for axes in figure.axes:
            for axis in (axes.xaxis, axes.yaxis):
                texts = [label.get_text() for label in axis.get_majorticklabels()]
                translated = [self.translate(text) for text in texts]
                if translated == texts:
                    continue
                missing += [text for text, new in zip(texts, translated, strict=True)
                            if new is None]
                axis.set_major_locator(FixedLocator(axis.get_majorticklocs()))
                axis.set_major_formatter(FixedFormatter([new or text for text, new in
                                                         zip(texts, translated, strict=True)]))
        for artist in figure.findobj(Text):
            text = artist.get_text()
            if not text.strip():
                continue
            translated = self.translate(text)
            if translated is None:
                missing.append(text)
            else:
                artist.set_text(translated)
        if missing:
            raise UntranslatedError(
                f"figure {where}: no {self.lang} words for {sorted(set(missing))}; add them to "
                f"a file of docs/{self.lang}/figure-labels/"
            )


def ensure_font(family: str) -> None:
    """Make matplotlib see ``family`` even if its font cache predates the font's install."""
    from matplotlib import font_manager

    if not any(font.name == family for font in font_manager.fontManager.ttflist):
        font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)


def figure_svg(make: Callable, labels: Labels | None = None, where: str = "") -> str:
    """The SVG text of the figure that ``make()`` returns (closed afterwards)."""
    rc = dict(SVG_RC)
    if labels is not None:
        ensure_font(CJK_FONT)
        rc["font.family"] = [CJK_FONT, "DejaVu Sans"]
    with matplotlib.rc_context(rc):
        figure = make()
        if labels is not None:
            try:
                labels.apply(figure, where)
            except UntranslatedError:
                plt.close(figure)
                raise
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight", dpi=150,
                       transparent=True)
        plt.close(figure)
    return buffer.getvalue()


def figures(cache: BuildCache, folder: Path = SPECS, labels: Labels | None = None,
            only: set[str] | None = None) -> Iterator[tuple[str, str]]:
    """``(name, svg)`` for every figure of every module (or those in ``only``), in the words
    of ``labels`` if given; names must be unique."""
    seen: dict[str, str] = {}
    translation = [] if labels is None else [labels.lang, labels.source]
    for path in spec_modules(folder):
        source = path.read_bytes()
        specs = None  # the module is loaded only if one of its figures is not stored
        for name in _names(path, source, cache):
            if name in seen:
                raise ValueError(f"figure name {name!r} in {path.name} is also in {seen[name]}")
            seen[name] = path.name
            if only is not None and name not in only:
                continue
            key = digest(["figure", path.name, source, name, *translation])
            svg = cache.read("figures", key, ".svg")
            if svg is None:
                specs = specs or load_specs(path)
                svg = figure_svg(specs[name], labels, name)
                cache.write("figures", key, svg, ".svg")
            yield name, svg


FIGURE_REFERENCE = re.compile(r"figures/([\w.-]+)\.svg")


def referenced(pages: Path) -> set[str]:
    """The names of the figures that the Markdown pages under ``pages`` show."""
    return {name for page in pages.rglob("*.md")
            for name in FIGURE_REFERENCE.findall(page.read_text(encoding="utf-8"))}


def _names(path: Path, source: bytes, cache: BuildCache) -> list[str]:
    """The figure names of a module, stored under its source (listing them needs no import)."""
    key = digest(["figure-names", path.name, source])
    stored = cache.read("figures", key, ".txt")
    if stored is not None:
        return stored.split()
    names = list(load_specs(path))
    cache.write("figures", key, "\n".join(names), ".txt")
    return names
