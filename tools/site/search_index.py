"""The search index, tuned for learners: chapters first, no TeX or ``¶`` in the results.

* **Ranking by location.** Material's search multiplies a page's score by its ``boost``
  (front matter ``search.boost``). :func:`boost` derives it from where a page lives, so no
  page has to say it: chapters first, then the other pages of the book, notebooks and the
  API reference last. The hook sets it on every page before Material indexes it.
* **Plain text.** Material indexes a page's HTML before the build's final repairs: the TeX
  of formulas (``\\(x\\)``, and ``$x$`` in notebook cells, which KaTeX renders in the
  browser) and nbconvert's ``¶`` heading anchors end up in result titles and previews.
  :func:`clean_index` rewrites ``search/search_index.json`` after the build with every
  formula as plain text (``$1 - 2\\alpha$`` -> ``1 - 2α``) and no ``¶``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

# (source URI prefix, boost); the first that matches wins. A word in a section title weighs
# 1000 times one in its text, so an API entry named sigmoid_derivative would outrank every
# chapter for "sigmoid derivative" without a large gap; the browser suite checks that a few
# learners' queries find a chapter first.
BOOSTS = [
    ("chapters/", 10.0),
    ("notebooks/", 0.2),
    ("api/", 0.1),
    ("", 0.3),
]
# $...$ as Pandoc reads it: no space inside the dollars, no digit after the closing one
# ("$5 and $6" is not maths).
FORMULA = re.compile(
    r"\$\$(?P<d1>.+?)\$\$|\\\[(?P<d2>.+?)\\\]|\\\((?P<i1>.+?)\\\)|(?<![\\\w$])\$(?=\S)(?P<i2>[^$\n]*?\S)\$(?!\d)",
    re.DOTALL,
)
SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "phi": "φ", "omega": "ω", "Delta": "Δ", "Sigma": "Σ", "sum": "Σ",
    "partial": "∂", "nabla": "∇", "infty": "∞", "cdot": "·", "times": "×", "le": "≤",
    "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "approx": "≈", "to": "→",
    "rightarrow": "→", "leftarrow": "←", "in": "∈", "top": "T", "log": "log", "exp": "exp",
    "max": "max", "min": "min", "tanh": "tanh", "ln": "ln",
}
FRACTION = re.compile(r"\\[dt]?frac\s*\{(?P<top>[^{}]*)\}\s*\{(?P<bottom>[^{}]*)\}")
SCRIPT = re.compile(r"(?P<mark>[_^])\{(?P<body>[^{}]*)\}")
COMMAND = re.compile(r"\\([A-Za-z]+)")
SPACING = re.compile(r"\\[,;:! ]|~")


def boost(src_uri: str) -> float:
    """The search boost of the page built from ``src_uri``.

    Examples
    --------
    >>> boost("chapters/03-gradient-descent.md"), boost("index.md"), boost("api/shallow.md")
    (10.0, 0.3, 0.1)
    """
    return next(value for prefix, value in BOOSTS if src_uri.startswith(prefix))


def tex_to_text(tex: str) -> str:
    r"""A formula as plain text for search results: symbols as characters, no markup.

    Examples
    --------
    >>> tex_to_text(r"1 - 2\alpha")
    '1 - 2α'
    >>> tex_to_text(r"\sigma(z) = \frac{1}{1 + e^{-z}}")
    'σ(z) = 1/(1 + e^-z)'
    >>> tex_to_text(r"W^{[1]\top}\, \mathbf{x}")
    'W^[1]T x'
    """
    def fraction(match: re.Match) -> str:
        top, bottom = (part.strip() for part in match.group("top", "bottom"))
        return "/".join(part if " " not in part else f"({part})" for part in (top, bottom))

    text, previous = tex, None
    while text != previous:  # innermost groups first: e^{-z} inside a fraction
        previous = text
        text = FRACTION.sub(fraction, SCRIPT.sub(r"\g<mark>\g<body>", text))
    text = SPACING.sub(" ", text)
    text = COMMAND.sub(lambda match: SYMBOLS.get(match[1], ""), text)
    text = text.replace("{", "").replace("}", "").replace("\\", "")
    return re.sub(r"\s+", " ", text).strip()


def plain_text(text: str) -> str:
    r"""``text`` with every formula as plain text and without ``¶``.

    Examples
    --------
    >>> plain_text(r"Four learning rates on $J(x) = x^2$¶")
    'Four learning rates on J(x) = x^2'
    >>> plain_text(r"a matrix \(X\) of shape \((n_x, m)\) costs $5")
    'a matrix X of shape (n_x, m) costs $5'
    """
    text = FORMULA.sub(lambda match: tex_to_text(next(g for g in match.groups() if g)), text)
    return text.replace("¶", "").strip()


def clean_index(path: Path) -> int:
    """Rewrite Material's ``search_index.json`` at ``path`` in plain text; return docs changed."""
    index = json.loads(path.read_text(encoding="utf-8"))
    changed = 0
    for doc in index["docs"]:
        for field in ("title", "text"):
            cleaned = plain_text(doc.get(field, ""))
            if cleaned != doc.get(field, ""):
                doc[field] = cleaned
                changed += 1
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")),
                    encoding="utf-8")
    return changed
