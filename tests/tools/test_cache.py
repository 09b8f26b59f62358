"""tools/site/cache.py: keys that change with what a result depends on, and nothing else."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tools.site.cache import BuildCache, digest, fingerprint


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "mlbook").mkdir()
    (tmp_path / "mlbook" / "core.py").write_text("def f():\n    return 1\n")
    (tmp_path / "constraints.lock").write_text("numpy==2.0\n")
    return tmp_path


def test_digest_counts_the_boundaries_between_parts() -> None:
    assert digest(["ab", "c"]) != digest(["a", "bc"])
    assert digest(["x", b"y"]) == digest([b"x", "y"])


def test_the_fingerprint_follows_every_file_of_the_package_and_the_lock(project: Path) -> None:
    before = fingerprint(project)
    assert fingerprint(project) == before
    (project / "mlbook" / "core.py").write_text("def f():\n    return 2\n")
    after_edit = fingerprint(project)
    assert after_edit != before
    (project / "mlbook" / "new.py").write_text("")
    after_new_file = fingerprint(project)
    assert after_new_file != after_edit
    (project / "constraints.lock").write_text("numpy==2.1\n")
    assert fingerprint(project) != after_new_file


def test_bytecode_does_not_change_the_fingerprint(project: Path) -> None:
    before = fingerprint(project)
    (project / "mlbook" / "__pycache__").mkdir()
    (project / "mlbook" / "__pycache__" / "core.cpython-311.pyc").write_bytes(b"\0")
    assert fingerprint(project) == before


def test_a_result_is_read_back_only_under_its_fingerprint(project: Path, tmp_path: Path) -> None:
    root = tmp_path / "cache"
    cache = BuildCache(root, project, enabled=True)
    assert cache.read("exec", "k") is None
    cache.write("exec", "k", "output")
    assert BuildCache(root, project, enabled=True).read("exec", "k") == "output"
    (project / "mlbook" / "core.py").write_text("changed = True\n")
    assert BuildCache(root, project, enabled=True).read("exec", "k") is None


def test_a_disabled_cache_stores_and_returns_nothing(project: Path, tmp_path: Path) -> None:
    cache = BuildCache(tmp_path / "cache", project, enabled=False)
    cache.write("exec", "k", "output")
    assert cache.read("exec", "k") is None
    assert not (tmp_path / "cache").exists()


def test_the_environment_can_turn_the_cache_off(project: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MLBOOK_BUILD_CACHE", "off")
    assert not BuildCache(tmp_path / "cache", project).enabled
    monkeypatch.setenv("MLBOOK_BUILD_CACHE", "on")
    assert BuildCache(tmp_path / "cache", project).enabled


def test_hits_and_misses_are_counted(project: Path, tmp_path: Path) -> None:
    cache = BuildCache(tmp_path / "cache", project, enabled=True)
    cache.read("figures", "a")
    cache.write("figures", "a", "<svg/>")
    cache.read("figures", "a")
    assert (cache.hits, cache.misses) == (1, 1)


def test_prune_keeps_the_current_folder_and_the_most_recent_others(project: Path,
                                                                   tmp_path: Path) -> None:
    root = tmp_path / "cache"
    for age, name in enumerate(["old", "older", "oldest"]):
        folder = root / name
        folder.mkdir(parents=True)
        os.utime(folder, (1000 - age * 100, 1000 - age * 100))
    cache = BuildCache(root, project, enabled=True)
    cache.write("exec", "k", "x")
    removed = cache.prune(keep=2)
    assert sorted(path.name for path in removed) == ["older", "oldest"]
    assert sorted(path.name for path in root.iterdir()) == sorted([cache.fingerprint, "old"])
    shutil.rmtree(root)
    assert cache.prune() == []
