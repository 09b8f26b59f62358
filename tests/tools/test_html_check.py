"""tools/html_check.py without Java: the stock twin's Markdown, paths and counts."""

from __future__ import annotations

from pathlib import Path

from tools.html_check import Message, built_page, by_message, plain_fences, relative


def test_exec_fences_become_plain_code_and_other_options_stay() -> None:
    markdown = (
        '```python exec="on" source="above" result="text" session="ch02"\nprint(1)\n```\n\n'
        '    ```python exec="on" session="ch02"\n    x = 1\n    ```\n\n'
        '```python title="mlbook/activations.py" hl_lines="1"\n--8<-- "a.py:b"\n```\n'
    )
    assert plain_fences(markdown) == (
        "```python\nprint(1)\n```\n\n"
        "    ```python\n    x = 1\n    ```\n\n"
        '```python title="mlbook/activations.py" hl_lines="1"\n--8<-- "a.py:b"\n```\n'
    )


def test_pages_are_named_as_mkdocs_writes_them(tmp_path: Path) -> None:
    assert built_page("chapters/02-logistic-regression.md") == (
        "chapters/02-logistic-regression/index.html"
    )
    assert built_page("index.md") == "index.html"
    assert built_page("api/index.md") == "api/index.html"
    page = tmp_path / "api" / "index.html"
    assert relative(page.as_uri(), tmp_path) == "api/index.html"
    assert relative("file:/elsewhere/x.html", tmp_path) == "/elsewhere/x.html"


def test_messages_are_counted_with_the_numbers_of_duplicate_ids_folded() -> None:
    messages = [Message("a.html", 1, "Duplicate ID “__span-0-1”.", ""),
                Message("a.html", 2, "Duplicate ID “__span-3-12”.", ""),
                Message("b.html", 3, "Element “a” is missing required attribute “href”.", "")]
    assert by_message(messages) == {"Duplicate ID “__span-N-N”.": 2,
                                    "Element “a” is missing required attribute “href”.": 1}
