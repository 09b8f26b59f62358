"""markdown-exec blocks, run once: outputs and the page's named values come from the cache.

markdown-exec runs each ``python exec="on"`` block while a page is converted; the blocks of
one ``session`` share a namespace, in page order. :class:`CachedRunner` stands in for its
runner. A block's result is stored under the code of that block *and of every block of its
session before it*, so editing prose runs nothing, and editing block k runs the session
again from its first block (the earlier blocks silently, to rebuild the namespace), because
block k may use anything they defined.

Sessions are scoped to one page: each page starts with fresh namespaces, so a page (and its
twin in another edition, which has the same blocks) never sees another page's state.

After the page's blocks, :meth:`CachedRunner.values` gives the session's final namespace as
plain data (numbers, strings, small arrays as lists), from the live namespace when the
session ran, from the cache when it did not; :mod:`tools.site.placeholders` writes them into
the prose.
"""

from __future__ import annotations

import json
import numbers
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tools.site.cache import BuildCache, digest

Runner = Callable[..., str]
MAX_ARRAY_VALUES = 64  # a larger array is not a value for prose


@dataclass
class Session:
    """The blocks of one session met so far on the current page."""

    history: list[str] = field(default_factory=list)
    executed: int = 0  # how many of ``history`` have run in the live namespace


class CachedRunner:
    """A markdown-exec runner (``_run_python``) that reuses stored outputs."""

    def __init__(self, run: Runner, cache: BuildCache, namespaces: dict[str, dict]) -> None:
        self.run = run  # markdown-exec's own runner
        self.cache = cache
        self.namespaces = namespaces  # markdown-exec's per-session globals
        self.sessions: dict[str, Session] = {}
        self.executed_blocks = 0

    def new_page(self) -> None:
        """Forget every session: the next page starts with fresh namespaces."""
        self.sessions.clear()
        self.namespaces.clear()

    def key(self, session: str, history: list[str]) -> str:
        return digest(["exec", session, *history])

    def __call__(self, code: str, returncode: int | None = None, session: str | None = None,
                 id: str | None = None, **extra: Any) -> str:  # noqa: A002 (markdown-exec's name)
        if not session:
            key = digest(["exec", "", code])
            stored = self.cache.read("exec", key, ".json")
            if stored is not None:
                return json.loads(stored)["output"]
            output = self._execute(code, returncode, session, id, **extra)
            self.cache.write("exec", key, json.dumps({"output": output}), ".json")
            return output
        state = self.sessions.setdefault(session, Session())
        state.history.append(code)
        key = self.key(session, state.history)
        stored = self.cache.read("exec", key, ".json")
        if stored is not None:
            return json.loads(stored)["output"]
        self.replay(session, upto=len(state.history) - 1)
        output = self._execute(code, returncode, session, id, **extra)
        state.executed = len(state.history)
        self.cache.write("exec", key, json.dumps({"output": output}), ".json")
        return output

    def replay(self, session: str, upto: int) -> None:
        """Run the session's blocks that were served from the cache, up to ``upto``, silently."""
        state = self.sessions[session]
        for code in state.history[state.executed:upto]:
            self._execute(code, None, session, None)
        state.executed = max(state.executed, upto)

    def _execute(self, code: str, returncode: int | None, session: str | None,
                 id: str | None, **extra: Any) -> str:  # noqa: A002
        self.executed_blocks += 1
        return self.run(code, returncode=returncode, session=session, id=id, **extra)

    def values(self, session: str) -> dict[str, Any]:
        """The session's final namespace as plain data, stored under its whole history."""
        state = self.sessions.get(session)
        if state is None:
            raise KeyError(f"no block of session {session!r} ran on this page")
        key = self.key(session, state.history)
        if state.executed < len(state.history):
            stored = self.cache.read("values", key, ".json")
            if stored is not None:
                return json.loads(stored)
            self.replay(session, upto=len(state.history))
        values = plain_values(self.namespaces.get(session, {}))
        self.cache.write("values", key, json.dumps(values), ".json")
        return values


def plain_values(namespace: dict[str, Any]) -> dict[str, Any]:
    """The public names of ``namespace`` whose values are plain data, converted to JSON types."""
    values = {}
    for name, value in namespace.items():
        if name.startswith("_"):
            continue
        converted = plain(value)
        if converted is not None:
            values[name] = converted
    return values


def plain(value: Any) -> Any:
    """``value`` as JSON data (numbers, strings, lists, dicts of them), or None if it is not."""
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    if isinstance(value, str):
        return value
    if isinstance(value, np.ndarray):
        if value.size > MAX_ARRAY_VALUES or value.dtype.kind not in "biuf":
            return None
        return value.tolist()
    if isinstance(value, list | tuple):
        items = [plain(item) for item in value]
        return None if len(items) > MAX_ARRAY_VALUES or None in items else items
    if isinstance(value, dict):
        if len(value) > MAX_ARRAY_VALUES or not all(isinstance(k, str) for k in value):
            return None
        items = {key: plain(item) for key, item in value.items()}
        return None if None in items.values() else items
    return None
