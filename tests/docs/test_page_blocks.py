"""Every page's displayed code runs when pasted in order into a fresh Python, as the page shows."""

from __future__ import annotations

import pytest

from tests.docs import outputs, pages

PAGES = pages.pages()
NOTEBOOKS = pages.notebook_sources()


def page_id(path) -> str:
    return path.relative_to(pages.DOCS).as_posix()


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_page_blocks_run_as_pasted_and_print_the_recorded_outputs(page, request) -> None:
    run = pages.run_page(page)
    if not run.outputs and not outputs.path_for(run.uri).exists():
        return
    if request.config.getoption("--record-outputs"):
        outputs.record(run.uri, run.outputs)
        return
    problems = outputs.differences(run.uri, run.outputs)
    assert not problems, "\n\n".join(problems) + (
        "\n\nIf the change is intended: .venv/bin/python -m pytest tests/docs --record-outputs"
    )


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_notebook_code_cells_run_as_pasted_into_python(notebook) -> None:
    assert pages.run_notebook(notebook) > 0


def write(tmp_path, text: str):
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return page


def test_the_block_parser_sees_attributed_fences(tmp_path) -> None:
    page = write(tmp_path, '```python title="a.py" hl_lines="1"\nvalue = 21\n```\n\n'
                           '```python exec="on" source="above"\nvalue *= 2\n```\n\n'
                           "```pycon\n>>> value\n42\n```\n")
    assert pages.run_page(page).blocks == 3


def test_a_wrong_printed_result_fails(tmp_path) -> None:
    with pytest.raises(Exception, match="Expected"):
        pages.run_page(write(tmp_path, "```pycon\n>>> 1 + 1\n3\n```\n"))


def test_a_listing_runs_as_displayed_and_needs_what_it_uses(tmp_path) -> None:
    with pytest.raises(pages.PageError, match=r"page.md, block at line 1 uses np, which"):
        pages.run_page(write(tmp_path, "listing:: mlbook.activations.relu_derivative\n"))
    listed = ('```python exec="on" source="above"\nimport numpy as np\n```\n\n'
              "listing:: mlbook.activations.relu_derivative\n\n"
              "```pycon\n>>> relu_derivative(np.array([-1.0, 2.0]))\narray([0., 1.])\n```\n")
    assert pages.run_page(write(tmp_path, listed)).blocks == 3
    with pytest.raises(Exception, match="'list' and 'int'"):  # no validation converts the list
        pages.run_page(write(tmp_path, listed.replace("np.array([-1.0, 2.0])", "[-1.0, 2.0]")))


def test_displayed_code_cannot_use_what_a_hidden_block_defined(tmp_path) -> None:
    hidden = '```python exec="on"\nsecret = 1\nprint(secret)\n```\n\n'
    with pytest.raises(pages.PageError, match="uses secret, last set by the hidden block"):
        pages.run_page(write(tmp_path, hidden + '```python exec="on" source="above"\n'
                                                'print(secret)\n```\n'))
    with pytest.raises(NameError, match="secret"):
        pages.run_page(write(tmp_path, hidden + "```python\nprint(secret)\n```\n"))
    shown = '```python exec="on" source="above"\nshown = 2\n```\n\n'
    assert pages.run_page(write(tmp_path, shown + hidden.replace("1", "shown"))).blocks == 2


def test_exec_blocks_cannot_use_what_only_plain_blocks_defined(tmp_path) -> None:
    with pytest.raises(pages.PageError, match="uses value, which no markdown-exec block"):
        pages.run_page(write(tmp_path, "```python\nvalue = 1\n```\n\n"
                                       '```python exec="on"\nprint(value)\n```\n'))


def test_an_import_repeated_on_a_page_fails(tmp_path) -> None:
    with pytest.raises(pages.PageError, match="line 6 imports np again .first at line 1."):
        pages.run_page(write(tmp_path, "```python\nimport numpy as np\n```\n\n"
                                       "```pycon\n>>> import numpy as np\n```\n"))


def test_a_notebook_with_an_ipython_magic_fails(tmp_path) -> None:
    notebook = tmp_path / "nb.py"
    notebook.write_text("# %%\n# %matplotlib inline\nimport math\n", encoding="utf-8")
    with pytest.raises(pages.PageError, match="code cell 1 is not plain Python"):
        pages.run_notebook(notebook)
