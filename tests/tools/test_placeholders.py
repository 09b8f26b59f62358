"""tools/site/placeholders.py: numbers computed by the page's code, typeset into the prose."""

from __future__ import annotations

import pytest

from tools.site.placeholders import PlaceholderError, fill, names, power_of_ten, typeset

VALUES = {"accuracy": 0.9075, "count": 1097, "error": 9.7e-14, "name": "tanh",
          "sizes": [1, 2, 4], "table": {"relu": 0.705}, "flag": True}


def test_values_are_formatted_with_their_spec() -> None:
    text = "<p>{{ accuracy:.1% }} of {{count:,d}} with {{ name }}; {{ sizes[2] }} units</p>"
    assert fill(text, VALUES, "page.md") == "<p>90.8% of 1,097 with tanh; 4 units</p>"


def test_items_of_dicts_are_reachable() -> None:
    assert fill('{{ table["relu"]:.3f }}', VALUES, "p") == "0.705"


def test_e_notation_is_typeset_as_a_power_of_ten() -> None:
    assert fill("{{ error:.1e }}", VALUES, "p") == "9.7 × 10⁻¹⁴"
    assert power_of_ten("1e+06") == "10⁶"
    assert power_of_ten("2.50e+03") == "2.50 × 10³"
    assert power_of_ten("3.0e+00") == "3.0"


def test_code_is_left_alone() -> None:
    text = "<pre><code>{{ accuracy }}</code></pre> <code>{{ name }}</code> {{ name }}"
    expected = "<pre><code>{{ accuracy }}</code></pre> <code>{{ name }}</code> tanh"
    assert fill(text, VALUES, "p") == expected


def test_values_are_escaped_for_html() -> None:
    assert fill("{{ text }}", {"text": "a < b"}, "p") == "a &lt; b"


def test_names_lists_what_the_prose_uses() -> None:
    assert names("{{ a:.1f }} and {{ b[0] }} but not { c }") == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{{ missing:.1f }}", "'missing', which no code block of the page defines"),
        ("{{ accuracy }}", "give a format for the float"),
        ("{{ sizes }}", "a list or dict is not a number"),
        ("{{ sizes[7] }}", r"cannot take \[7\]"),
        ("{{ name:.2f }}", "format spec '.2f' does not fit 'tanh'"),
    ],
)
def test_a_placeholder_that_cannot_be_filled_names_the_page_and_the_problem(text, message) -> None:
    with pytest.raises(PlaceholderError, match=message) as error:
        fill(text, VALUES, "chapters/07.md")
    assert str(error.value).startswith("chapters/07.md: ")


def test_whole_floats_and_booleans_need_no_spec() -> None:
    assert typeset(3.0, "", "p") == "3.0"
    assert typeset(True, "", "p") == "True"
