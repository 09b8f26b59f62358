"""Compact files for the explorers: probabilities as bytes in PNG strips, numbers as JSON.

A page fetches these after its first paint, so they must be small: a decision region is a
grid of probabilities quantised to one byte each and packed, frame under frame, into one
grayscale PNG (the browser decodes it natively); curves are JSON with a few significant
digits; the numbers a page quotes (a cost at a frame) keep every digit.
"""

from __future__ import annotations

import io
import json
import math

import numpy as np
from PIL import Image


def quantise(probabilities: np.ndarray) -> np.ndarray:
    """Probabilities in [0, 1] as bytes: ``b >= 128`` exactly where ``p > 0.5``.

    The class a byte stands for is the class ``mlbook.shallow.predict`` gives (1 where
    ``A2 > 0.5``); the distance from 127.5 says how sure the network is, in 128 steps. NaN
    (an output that overflowed), which ``predict`` calls 0, becomes 127.

    Examples
    --------
    >>> quantise(np.array([0.0, 0.25, 0.5, 0.5000001, 0.75, 1.0, np.nan])).tolist()
    [0, 63, 127, 128, 192, 255, 127]
    """
    p = np.asarray(probabilities, dtype=np.float64)
    p = np.where(np.isnan(p), 0.5, p)
    above = np.minimum(np.floor((p - 0.5) * 256), 127)
    below = np.minimum(np.floor((0.5 - p) * 256), 127)
    return np.where(p > 0.5, 128 + above, 127 - below).astype(np.uint8)


def png(image: np.ndarray) -> bytes:
    """A grayscale PNG of a 2-D uint8 array (rows top to bottom), compressed hard."""
    if image.dtype != np.uint8 or image.ndim != 2:
        raise ValueError(f"png() takes a 2-D uint8 array, got {image.dtype} {image.shape}")
    buffer = io.BytesIO()
    Image.fromarray(image, mode="L").save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def read_png(data: bytes) -> np.ndarray:
    """The uint8 array of a grayscale PNG (for tests)."""
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"))


def rounded(value: float, digits: int = 4) -> float | None:
    """``value`` to ``digits`` significant digits for a curve; None for NaN or infinity.

    Examples
    --------
    >>> rounded(0.6930478), rounded(17.26938), rounded(float("nan"))
    (0.693, 17.27, None)
    """
    if not math.isfinite(value):
        return None
    return float(f"{value:.{digits}g}")


def exact(value: float) -> float | None:
    """``value`` with every digit (JSON keeps a float's shortest repr); None if not finite."""
    return float(value) if math.isfinite(value) else None


def dumps(data: object) -> bytes:
    """Compact JSON, keys in order (files are reproducible), NaN refused."""
    return json.dumps(data, separators=(",", ":"), allow_nan=False, ensure_ascii=False).encode()
