"""Compute one explorer's files: ``python -m tools.explorers <module> <folder>``.

The build (``tools/site/explorers.py``) runs this in the background. The files are written
into a scratch folder next to ``folder``, marked done, then renamed to ``folder`` in one step,
so a reader of the cache never sees half of them.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    module_name, folder = argv[0], Path(argv[1])
    module = importlib.import_module(f"tools.explorers.{module_name}")
    scratch = folder.with_name(f".{folder.name}.{os.getpid()}.part")
    start = time.process_time()
    module.compute(scratch)
    (scratch / ".done").write_text(f"{time.process_time() - start:.1f} s of CPU\n")
    if folder.exists():  # another build computed the same files meanwhile
        shutil.rmtree(scratch)
    else:
        scratch.replace(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
