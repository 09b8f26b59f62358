"""tools/site/execution.py: markdown-exec blocks run once, and a session is rebuilt when needed."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from markdown_exec._internal.formatters.python import _run_python

from tools.site.cache import BuildCache
from tools.site.execution import CachedRunner, plain, plain_values


@pytest.fixture
def cache(tmp_path: Path) -> BuildCache:
    project = tmp_path / "project"
    (project / "mlbook").mkdir(parents=True)
    (project / "mlbook" / "__init__.py").write_text("")
    (project / "constraints.lock").write_text("")
    return BuildCache(tmp_path / "cache", project, enabled=True)


def real_runner(cache: BuildCache) -> CachedRunner:
    """A runner in front of markdown-exec's own, with namespaces of our own."""
    namespaces: dict[str, dict] = defaultdict(dict)  # as markdown-exec's own

    def run(code, returncode=None, session=None, id=None, **extra):  # noqa: A002
        from markdown_exec._internal.formatters import python

        saved = python._sessions_globals
        python._sessions_globals = namespaces
        try:
            return _run_python(code, returncode, session, id, **extra)
        finally:
            python._sessions_globals = saved

    return CachedRunner(run, cache, namespaces)


def render(runner: CachedRunner, blocks: list[str], session: str = "s") -> list[str]:
    runner.new_page()
    return [runner(code, session=session) for code in blocks]


PAGE = ["x = 6", "y = x * 7\nprint(y)", "print(f'{y / x:.1f}')"]


def test_a_second_build_reuses_every_output_and_runs_nothing(cache: BuildCache) -> None:
    first = real_runner(cache)
    assert render(first, PAGE) == ["", "42\n", "7.0\n"]
    assert first.executed_blocks == 3
    second = real_runner(cache)
    assert render(second, PAGE) == ["", "42\n", "7.0\n"]
    assert second.executed_blocks == 0


def test_editing_a_block_runs_its_session_again_from_the_start(cache: BuildCache) -> None:
    render(real_runner(cache), PAGE)
    runner = real_runner(cache)
    edited = [PAGE[0], PAGE[1], "print(y + x)"]
    assert render(runner, edited) == ["", "42\n", "48\n"]  # y and x were rebuilt silently
    assert runner.executed_blocks == 3


def test_blocks_after_an_edit_run_again_because_their_inputs_may_differ(cache: BuildCache) -> None:
    render(real_runner(cache), PAGE)
    runner = real_runner(cache)
    assert render(runner, ["x = 2", PAGE[1], PAGE[2]]) == ["", "14\n", "7.0\n"]
    assert runner.executed_blocks == 3


def test_values_come_from_the_live_namespace_or_from_the_cache(cache: BuildCache) -> None:
    live = real_runner(cache)
    render(live, PAGE)
    assert live.values("s") == {"x": 6, "y": 42}
    stored = real_runner(cache)
    render(stored, PAGE)
    assert stored.values("s") == {"x": 6, "y": 42}
    assert stored.executed_blocks == 0


def test_values_rebuild_the_session_when_the_cache_lost_them(cache: BuildCache) -> None:
    render(real_runner(cache), PAGE)
    for stored in (cache.folder / "values").glob("*"):
        stored.unlink()
    runner = real_runner(cache)
    render(runner, PAGE)
    assert runner.values("s") == {"x": 6, "y": 42}
    assert runner.executed_blocks == 3


def test_each_page_starts_with_fresh_sessions(cache: BuildCache) -> None:
    runner = real_runner(cache)
    render(runner, ["leftover = 1"])
    with pytest.raises(Exception, match="leftover"):
        render(runner, ["print(leftover)"])


def test_an_error_is_not_stored(cache: BuildCache) -> None:
    runner = real_runner(cache)
    with pytest.raises(Exception, match="ZeroDivisionError"):
        render(runner, ["1 / 0"])
    assert not list(cache.folder.rglob("*.json"))


def test_blocks_without_a_session_are_stored_on_their_own(cache: BuildCache) -> None:
    runner = real_runner(cache)
    assert runner("print(2 + 2)") == "4\n"
    assert runner("print(2 + 2)") == "4\n"
    assert runner.executed_blocks == 1


def test_values_of_a_session_that_did_not_run_on_the_page_are_an_error(cache) -> None:
    with pytest.raises(KeyError, match="no block of session 'other'"):
        real_runner(cache).values("other")


def test_plain_keeps_numbers_strings_and_small_containers() -> None:
    namespace = {"n": np.int64(3), "f": np.float64(0.5), "b": np.bool_(True), "s": "x",
                 "small": np.arange(3), "big": np.zeros(1000), "nested": {"a": [1, 2.5]},
                 "func": len, "_private": 1, "mixed": [1, len]}
    assert plain_values(namespace) == {"n": 3, "f": 0.5, "b": True, "s": "x", "small": [0, 1, 2],
                                       "nested": {"a": [1, 2.5]}}
    assert plain(np.array(["a"])) is None
