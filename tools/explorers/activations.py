"""Chapter 7's explorer: each activation and its derivative, and the gradient that reaches the
input of a stack of layers (``gradient_through_stack``) against the stack's depth.

The stacks are chapter 7's: 20 units per layer, 200 random inputs, weights drawn with
standard deviation ``scale / sqrt(20)``; ``scale`` is 1 (the chapter's table) or the square
root of 2 (He initialisation, the chapter's exercise).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from mlbook.activations import get_activation, gradient_through_stack
from tools.explorers import encode

ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
Z = np.linspace(-6.0, 6.0, 241).round(6)  # 0 is 0, not 1e-15
DEPTHS = tuple(range(1, 21))
SCALES = {"1": 1.0, "sqrt2": math.sqrt(2.0)}
DEFAULT = {"activation": "sigmoid", "scale": "1", "depth": 10}


def curves(name: str) -> dict:
    g, g_prime = get_activation(name)
    return {"g": [encode.rounded(v, 5) for v in g(Z)],
            "g_prime": [encode.rounded(v, 5) for v in g_prime(Z)]}


def compute(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    gradients = {
        scale: {name: [gradient_through_stack(name, depth, scale=value) for depth in DEPTHS]
                for name in ACTIVATIONS}
        for scale, value in SCALES.items()
    }
    (folder / "activations.json").write_bytes(encode.dumps({
        "z": [encode.rounded(v, 5) for v in Z],
        "curves": {name: curves(name) for name in ACTIVATIONS},
        "depths": list(DEPTHS),
        "gradients": {scale: {name: [encode.exact(v) for v in sizes]
                              for name, sizes in by_name.items()}
                      for scale, by_name in gradients.items()},
        "default": DEFAULT,
    }))
