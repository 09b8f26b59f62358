"""Figures of chapter 1, "Machine learning vs deep learning".

The models are those of ``mlbook.shallow.designed_vs_learned_features``, the function whose
results the page reports: trained once per build, drawn here.
"""

from mlbook import plots
from mlbook.datasets import load_planar_dataset, petal_feature
from mlbook.logistic import predict
from mlbook.shallow import designed_vs_learned_features
from mlbook.shallow import predict as network_predict


def three_models():
    models = designed_vs_learned_features()
    raw, designed, network = models.raw, models.designed, models.network
    return plots.plot_decision_boundaries(
        {
            "raw coordinates":
                lambda points: predict(raw["w"], raw["b"], points),
            "designed feature":
                lambda points: predict(designed["w"], designed["b"], petal_feature(points)),
            "network, 4 hidden units":
                lambda points: network_predict(network, points),
        },
        *load_planar_dataset(), ncols=3,
    )


FIGURES = {
    "ch01-flower": lambda: plots.plot_dataset(*load_planar_dataset()),
    "ch01-three-models": three_models,
}
