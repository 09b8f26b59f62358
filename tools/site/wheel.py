"""The ``mlbook`` wheel, built from the same source as the pages and offered for download.

A reader who wants to paste a page's code needs the package: the home page links
``downloads/<wheel>`` and says ``pip install <wheel>``. The wheel is built by hatchling (the
project's build backend, a dependency of the docs extra, so the build needs no network) in a
subprocess at the root of the repository, and stored in the build cache under what it is
made of: ``pyproject.toml``, ``README.md`` and every file of ``mlbook/``. hatchling's builds
are reproducible (fixed timestamps), so the same source gives the same bytes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.site.cache import BuildCache, digest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = "downloads"  # where the site serves it
BUILD = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"


class WheelError(RuntimeError):
    """hatchling could not build the wheel."""


def sources(root: Path = ROOT) -> list[Path]:
    """The files the wheel is made of (and keyed by)."""
    package = sorted(path for path in (root / "mlbook").rglob("*")
                     if path.is_file() and "__pycache__" not in path.parts)
    return [root / "pyproject.toml", root / "README.md", *package]


def build(target: Path, root: Path = ROOT) -> Path:
    """Build the wheel of the project at ``root`` into folder ``target``; return its path."""
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([sys.executable, "-c", BUILD, str(target)], cwd=root,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise WheelError(f"building the mlbook wheel failed:\n{result.stderr.strip()}")
    return target / result.stdout.strip().splitlines()[-1]


def wheel(cache: BuildCache, root: Path = ROOT) -> Path:
    """The wheel of the current source: from the cache, or built now (and stored)."""
    key = digest(["wheel", *(part for path in sources(root)
                             for part in (path.relative_to(root).as_posix(), path.read_bytes()))])
    folder = cache.path("wheel", key)
    stored = sorted(folder.glob("*.whl")) if cache.enabled else []
    if stored:
        cache.hits += 1
        return stored[0]
    cache.misses += 1
    built = build(Path(tempfile.mkdtemp(prefix="mlbook-wheel-")), root)
    if not cache.enabled:
        return built
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{built.name}.part"  # the cache holds a whole wheel or none
    shutil.copyfile(built, partial)
    shutil.rmtree(built.parent, ignore_errors=True)
    return partial.replace(folder / built.name)
