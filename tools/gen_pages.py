"""Build-time generated files (mkdocs-gen-files): figures and notebook downloads.

* Figures: every module in ``tools/figures/`` defines ``FIGURES``, a mapping from a figure
  name to a function returning a matplotlib Figure made by ``mlbook.plots``. Each becomes
  ``figures/<name>.svg`` in the site; a page shows it as ``![alt](../figures/<name>.svg)``.
* Notebooks: every jupytext percent file ``docs/notebooks/<name>.py`` is also offered as
  ``notebooks/<name>.ipynb`` for download (not executed here: the reader runs it).
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable
from pathlib import Path

import jupytext
import matplotlib
import mkdocs_gen_files

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIGURE_SPECS = ROOT / "tools" / "figures"
NOTEBOOKS = ROOT / "docs" / "notebooks"

# Reproducible SVG: no timestamp, fixed element ids, text drawn as paths (no font requests).
SVG_RC = {"svg.hashsalt": "mlbook", "svg.fonttype": "path"}


def load_figure_specs() -> dict[str, Callable]:
    """Collect ``FIGURES`` from every ``tools/figures/*.py``; names must be unique."""
    specs: dict[str, Callable] = {}
    for path in sorted(FIGURE_SPECS.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"mlbook_figures_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, make in module.FIGURES.items():
            if name in specs:
                raise ValueError(f"figure name {name!r} in {path.name} is defined twice")
            specs[name] = make
    return specs


def figure_svg(make: Callable) -> str:
    with matplotlib.rc_context(SVG_RC):
        figure = make()
        buffer = io.StringIO()
        figure.savefig(
            buffer, format="svg", metadata={"Date": None}, bbox_inches="tight", dpi=150
        )
        plt.close(figure)
    return buffer.getvalue()


def notebook_json(path: Path) -> str:
    notebook = jupytext.read(path)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return jupytext.writes(notebook, fmt="ipynb")


for name, make in load_figure_specs().items():
    with mkdocs_gen_files.open(f"figures/{name}.svg", "w") as handle:
        handle.write(figure_svg(make))

for path in sorted(NOTEBOOKS.glob("*.py")):
    with mkdocs_gen_files.open(f"notebooks/{path.stem}.ipynb", "w") as handle:
        handle.write(notebook_json(path))
