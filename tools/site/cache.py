"""The build cache: what the build executes, stored under what it depends on.

Everything the build runs (markdown-exec blocks, notebooks, figures, KaTeX) is stored under
``.cache/build/<fingerprint>/``. The fingerprint hashes every file of the ``mlbook`` package,
the lock file and the Python version, so a change to any function of ``mlbook`` starts a fresh
folder and everything runs again: a result is never served stale. Inside a folder, each result
is keyed by its own inputs (a block's code and the code before it, a notebook's source, a
figure's module).

``mkdocs build`` and ``mkdocs serve`` share the folder. Clear it with ``rm -rf .cache/build``;
``MLBOOK_BUILD_CACHE=off`` turns it off for one run (everything executes, nothing is stored);
``MLBOOK_BUILD_CACHE_DIR=/elsewhere`` puts it in another folder (the benchmarks use one of their
own, so that measuring a clean build does not empty yours).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE_ROOT = Path(os.environ.get("MLBOOK_BUILD_CACHE_DIR") or ROOT / ".cache" / "build")
FORMAT = "1"  # bump when the layout or the meaning of stored results changes
KEEP = 3  # fingerprint folders kept: switching branches back and forth stays cheap


def digest(parts: Iterable[str | bytes]) -> str:
    """A short hex digest of ``parts``, each length-prefixed so that boundaries count."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()[:24]


def fingerprint(root: Path = ROOT) -> str:
    """Digest of what every executed result depends on: mlbook's files, the lock, Python."""
    parts: list[str | bytes] = [FORMAT, sys.version]
    package = root / "mlbook"
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            parts += [path.relative_to(root).as_posix(), path.read_bytes()]
    lock = root / "constraints.lock"
    parts += ["constraints.lock", lock.read_bytes() if lock.is_file() else b""]
    return digest(parts)


class BuildCache:
    """Results stored as files, one folder per kind, under one fingerprint's folder."""

    def __init__(self, root: Path = CACHE_ROOT, project: Path = ROOT,
                 enabled: bool | None = None) -> None:
        if enabled is None:
            enabled = os.environ.get("MLBOOK_BUILD_CACHE", "on").lower() not in {"off", "0", "no"}
        self.enabled = enabled
        self.root = root
        self.fingerprint = fingerprint(project)
        self.folder = root / self.fingerprint
        self.hits = 0
        self.misses = 0

    def path(self, kind: str, key: str, suffix: str = "") -> Path:
        return self.folder / kind / f"{key}{suffix}"

    def read(self, kind: str, key: str, suffix: str = "") -> str | None:
        """The stored text, or None (a miss, or the cache is off)."""
        path = self.path(kind, key, suffix)
        if self.enabled and path.is_file():
            self.hits += 1
            return path.read_text(encoding="utf-8")
        self.misses += 1
        return None

    def write(self, kind: str, key: str, text: str, suffix: str = "") -> None:
        """Store ``text`` atomically (a reader never sees half a file)."""
        if not self.enabled:
            return
        path = self.path(kind, key, suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)

    def prune(self, keep: int = KEEP) -> list[Path]:
        """Delete all but the ``keep`` most recently used fingerprint folders (this one stays)."""
        if not self.root.is_dir():
            return []
        if self.folder.is_dir():
            self.folder.touch()
        others = sorted(
            (folder for folder in self.root.iterdir() if folder.is_dir() and folder != self.folder),
            key=lambda folder: folder.stat().st_mtime,
            reverse=True,
        )
        removed = others[max(keep - 1, 0):]
        for folder in removed:
            shutil.rmtree(folder, ignore_errors=True)
        return removed
