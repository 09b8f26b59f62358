"""What the explorers show, computed with ``mlbook``: one module per data folder of the site.

A module has ``compute(folder)``, which writes all its files, or, when the work is long,
``tasks()`` (names of independent pieces of work) and ``run_task(name, folder)``. The build
(``tools/site/explorers.py``) starts :func:`work` in a background process at low priority
and, once it has nothing else to do, joins in with :func:`work` itself: the two claim tasks
one by one, so the work goes on at normal priority as soon as the build would otherwise wait.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

CLAIMS = ".claims"


def tasks(module: ModuleType) -> list[str]:
    """The names of ``module``'s tasks: its own, or one task that computes everything."""
    return module.tasks() if hasattr(module, "tasks") else ["all"]


def run_task(module: ModuleType, name: str, folder: Path) -> None:
    if hasattr(module, "run_task"):
        module.run_task(name, folder)
    else:
        module.compute(folder)


def work(module: ModuleType, folder: Path) -> int:
    """Claim and run ``module``'s tasks that no other worker has claimed; return how many ran.

    A claim is a file created exclusively in ``folder/.claims``, so two processes never run
    the same task.
    """
    claims = folder / CLAIMS
    claims.mkdir(parents=True, exist_ok=True)
    ran = 0
    for name in tasks(module):
        try:
            os.close(os.open(claims / name, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        run_task(module, name, folder)
        ran += 1
    return ran
