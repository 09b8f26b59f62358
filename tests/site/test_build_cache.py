"""The build cache end to end, in a temporary copy of the project with a one-page book.

A rebuild with nothing changed executes nothing; a prose edit executes nothing; a change to
a function of ``mlbook`` runs the code again and the page shows the new result.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.build

CONFIG = """\
site_name: cache test
theme: {name: mkdocs}
hooks: [tools/hooks.py]
plugins: [markdown-exec]
markdown_extensions: [pymdownx.superfences]
"""
PAGE = """\
# Demo

```python exec="on" session="demo" source="above" result="text"
from mlbook.cache_probe import answer

value = answer()
print(value)
```

{prose} The answer is {{{{ value:d }}}}.
"""


def build(project: Path) -> tuple[str, str]:
    """Build the copy; return the page's HTML and the build log."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
        cwd=project, env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return (project / "site" / "index.html").read_text(encoding="utf-8"), result.stderr


def executed_blocks(log: str) -> int:
    return int(re.search(r"(\d+) code blocks and \d+ notebooks executed", log)[1])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "book"
    shutil.copytree(ROOT / "mlbook", copy / "mlbook", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "tools", copy / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(copy / "tools" / "figures")
    (copy / "tools" / "figures").mkdir()
    for name in ("constraints.lock", "pyproject.toml", "README.md"):  # the wheel is built too
        shutil.copy(ROOT / name, copy)
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    (copy / "mlbook" / "cache_probe.py").write_text("def answer():\n    return 41\n")
    (copy / "docs").mkdir()
    (copy / "docs" / "index.md").write_text(PAGE.format(prose="First."))
    (copy / "mkdocs.yml").write_text(CONFIG)
    return copy


def test_the_cache_never_serves_a_stale_page(project: Path) -> None:
    html, log = build(project)
    assert "The answer is 41." in html and executed_blocks(log) == 1

    html, log = build(project)
    assert "The answer is 41." in html and executed_blocks(log) == 0

    (project / "docs" / "index.md").write_text(PAGE.format(prose="Edited prose."))
    html, log = build(project)
    assert "Edited prose. The answer is 41." in html and executed_blocks(log) == 0

    (project / "mlbook" / "cache_probe.py").write_text("def answer():\n    return 42\n")
    html, log = build(project)
    assert "The answer is 42." in html and executed_blocks(log) == 1
    assert "<code>42\n</code>" in html or "42\n</code>" in html  # the printed output too
