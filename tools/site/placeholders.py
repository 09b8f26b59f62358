"""Numbers in prose: ``{{ name:spec }}`` is replaced by a value the page's code computed.

A page's visible and hidden ``exec`` blocks compute values; the prose names them::

    The model is right on {{ raw_accuracy:.1% }} of the training points.

``name`` is a variable of the page's markdown-exec session (or ``name[0]``, ``name["key"]``
for an item of a list or dict); ``spec`` is a Python format spec. A float formatted with an
``e`` spec is typeset for readers, ``{{ error:.1e }}`` giving 9.7 × 10⁻¹⁴, not 9.7e-14.
A name that the page's code does not define, or a value that a spec does not fit, fails the
build: a sentence can never show a stale or missing number. Code blocks are left alone.

The same placeholder in the Chinese twin of a page takes the same value from the same code.
"""

from __future__ import annotations

import ast
import html
import re
from typing import Any

PLACEHOLDER = re.compile(
    r"\{\{\s*(?P<name>[A-Za-z_]\w*)(?P<index>(?:\[[^\]\n]+\])*)\s*(?::(?P<spec>[^{}\n]*?))?\s*\}\}"
)
PRE_OR_CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.DOTALL)
SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
E_NUMBER = re.compile(r"^(?P<mantissa>-?\d+(?:\.\d+)?)e(?P<exponent>[+-]\d+)$")


class PlaceholderError(ValueError):
    """A placeholder that cannot be filled."""


def names(text: str) -> list[str]:
    """The variable names that ``text`` uses in placeholders, in order."""
    return [match["name"] for match in PLACEHOLDER.finditer(text)]


def has_placeholders(text: str) -> bool:
    return PLACEHOLDER.search(text) is not None


def fill(text: str, values: dict[str, Any], where: str) -> str:
    """Replace every placeholder of ``text`` (HTML) outside ``<pre>`` and ``<code>``."""

    def replace(match: re.Match) -> str:
        return html.escape(render(match, values, where), quote=False)

    pieces, last = [], 0
    for code in PRE_OR_CODE.finditer(text):
        pieces.append(PLACEHOLDER.sub(replace, text[last:code.start()]))
        pieces.append(code.group(0))
        last = code.end()
    pieces.append(PLACEHOLDER.sub(replace, text[last:]))
    return "".join(pieces)


def render(match: re.Match, values: dict[str, Any], where: str) -> str:
    name, index, spec = match["name"], match["index"], (match["spec"] or "").strip()
    if name not in values:
        raise PlaceholderError(
            f"{where}: {match.group(0)} names {name!r}, which no code block of the page defines "
            "as a number, string or small array"
        )
    value = values[name]
    for key in re.findall(r"\[([^\]]+)\]", index):
        try:
            value = value[ast.literal_eval(key)]
        except (ValueError, SyntaxError, KeyError, IndexError, TypeError) as error:
            message = f"{where}: {match.group(0)}: cannot take [{key}]: {error}"
            raise PlaceholderError(message) from None
    return typeset(value, spec, f"{where}: {match.group(0)}")


def typeset(value: Any, spec: str, where: str) -> str:
    """``format(value, spec)``, with ``e`` notation written as a power of ten."""
    if isinstance(value, float) and not spec and not value.is_integer():
        raise PlaceholderError(f"{where}: give a format for the float {value!r}, e.g. :.3f")
    if isinstance(value, list | dict) and not spec:
        raise PlaceholderError(f"{where}: a list or dict is not a number; index it")
    try:
        text = format(value, spec)
    except (ValueError, TypeError) as error:
        message = f"{where}: format spec {spec!r} does not fit {value!r}: {error}"
        raise PlaceholderError(message) from None
    if spec.endswith(("e", "E")):
        text = power_of_ten(text)
    return text


def power_of_ten(text: str) -> str:
    """``9.7e-14`` as ``9.7 × 10⁻¹⁴``; ``1e+00`` as ``1``."""
    match = E_NUMBER.match(text.lower())
    if match is None:
        return text
    mantissa, exponent = match["mantissa"], int(match["exponent"])
    if exponent == 0:
        return mantissa
    power = "10" + str(exponent).translate(SUPERSCRIPT)
    return power if mantissa in {"1", "1.0"} else f"{mantissa} × {power}"
