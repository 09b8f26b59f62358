"""Figures of chapter 4, "Vectorization": time of the loop and of the vectorized forward pass.

The timings are the page's table: ``forward_speedup_table()`` measures its setting once per
run and both the page and this figure read that one measurement.
"""

from mlbook import plots
from mlbook.vectorization import forward_speedup_table


def timing_figure():
    rows = forward_speedup_table()
    return plots.plot_timings(
        [row["m"] for row in rows],
        {
            "loop over examples": [row["loop_seconds"] for row in rows],
            "vectorized": [row["vectorized_seconds"] for row in rows],
        },
    )


FIGURES = {"ch04-timing": timing_figure}
