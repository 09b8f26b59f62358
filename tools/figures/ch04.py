"""Figures of chapter 4, "Vectorization": time of the loop and of the vectorized forward pass."""

from mlbook import plots
from mlbook.vectorization import forward_speedup_table

# The sizes and width of the table on the page; this is a second measurement, taken when
# the figure is drawn during the build.
SIZES = (10, 100, 1_000, 10_000, 100_000)
N_X = 20


def timing_figure():
    rows = forward_speedup_table(sizes=SIZES, n_x=N_X)
    return plots.plot_timings(
        [row["m"] for row in rows],
        {
            "loop over examples": [row["loop_seconds"] for row in rows],
            "vectorized": [row["vectorized_seconds"] for row in rows],
        },
    )


FIGURES = {"ch04-timing": timing_figure}
