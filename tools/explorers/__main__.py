"""Work on one explorer's data: ``python -m tools.explorers <module> <folder>``.

The build runs this in the background (see ``tools/explorers/__init__.py``) and moves the
folder into its cache when every task is done.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from tools.explorers import work


def main(argv: list[str]) -> int:
    module_name, folder = argv[0], Path(argv[1])
    work(importlib.import_module(f"tools.explorers.{module_name}"), folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
