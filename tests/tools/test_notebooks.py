"""tools/site/notebooks.py: notebooks executed once, rendered light, figures described."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.site import notebooks
from tools.site.cache import BuildCache

SOURCE = '# %% [markdown]\n# # Title\n\n# %%\nprint(6 * 7)\n\n# %% alt="A line"\nx = 1\n'


@pytest.fixture
def cache(tmp_path: Path) -> BuildCache:
    (tmp_path / "mlbook").mkdir()
    return BuildCache(tmp_path / "cache", tmp_path, enabled=True)


def test_a_notebook_runs_once_in_the_background_and_is_stored(tmp_path, cache) -> None:
    source = tmp_path / "01-demo.py"
    source.write_text(SOURCE)
    runner = notebooks.NotebookRunner(cache)
    target = runner.start(source)
    runner.wait(source)
    executed = json.loads(target.read_text())
    assert target.name == "01-demo.ipynb"
    assert executed["cells"][1]["outputs"][0]["text"] == ["42\n"]
    assert [cell["id"] for cell in executed["cells"]] == ["cell-1", "cell-2", "cell-3"]
    assert executed["cells"][2]["metadata"]["alt"] == "A line"
    again = notebooks.NotebookRunner(cache)
    assert again.start(source) == target and again.jobs == {}
    runner.shutdown()
    again.shutdown()


def test_a_failing_cell_fails_with_its_error(tmp_path, cache) -> None:
    source = tmp_path / "02-broken.py"
    source.write_text("# %%\n1 / 0\n")
    runner = notebooks.NotebookRunner(cache)
    runner.start(source)
    message = "(?s)02-broken.py: a cell raised.*1 / 0.*ZeroDivisionError: division"
    with pytest.raises(notebooks.NotebookError, match=message):
        runner.wait(source)
    runner.shutdown()
    assert not list(cache.folder.rglob("*.ipynb"))


def test_the_download_is_the_source_not_executed(tmp_path) -> None:
    source = tmp_path / "03-demo.py"
    source.write_text(SOURCE)
    download = json.loads(notebooks.download_json(source))
    assert download["metadata"]["kernelspec"]["name"] == "python3"
    assert all(not cell.get("outputs") for cell in download["cells"])
    assert notebooks.download_json(source) == notebooks.download_json(source)  # reproducible


LAB_CELL = """<style type="text/css">.jupyter-wrapper{--jp-shadow: 0}</style>
<script>
  (function (global, factory) { global.ClipboardCopyElement = factory(); }(this, f));
</script>
<script>
  document.addEventListener('clipboard-copy', function(event) {})
</script>
<h2 id="steps">Steps<a class="anchor-link" href="#steps">¶</a></h2>
<div class="jp-Cell jp-CodeCell jp-Notebook-cell" id="cell-id=cell-1">
<div class="CodeMirror cm-s-jupyter">
<div class="zeroclipboard-container">
<clipboard-copy ,="" aria-label="Copy to Clipboard" for="cell-1">
<div><span class="notice" hidden="">Copied!</span></div>
</clipboard-copy>
</div>
<div class="highlight-ipynb hl-python"><pre><span></span><span class="n">x</span> \
<span class="o">=</span> 1
</pre></div>
<div class="clipboard-copy-txt" id="cell-1">x = 1</div>"""


def test_notebook_pages_get_the_chapters_markup_not_jupyterlabs() -> None:
    result = notebooks.as_book_markup(LAB_CELL)
    assert "<style" not in result and "<script" not in result
    assert "clipboard-copy" not in result and "anchor-link" not in result
    assert "x = 1" not in result  # the copy button's hidden text
    assert ('<a class="headerlink" href="#steps" title="Permanent link">&para;</a>') in result
    assert ('<div class="language-python highlight"><pre><code><span class="n">x</span> '
            '<span class="o">=</span> 1\n</code></pre></div>') in result
    assert 'id="cell-1"' in result and "cell-id=" not in result  # an id a selector can name


def test_cdn_scripts_and_the_mangled_css_copy_are_removed() -> None:
    html = ('<!-- Load mathjax --><script src="https://cdn/mathjax.js"></script>'
            '<!-- End of mathjax configuration --><p>kept</p>'
            "<style>\n ['pre { line-height: 125%; }', 'td {}']\n </style><style>p{}</style>")
    assert notebooks.remove_unwanted_markup(html) == "<p>kept</p><style>p{}</style>"


def test_the_styles_of_mermaid_diagrams_are_removed_with_their_script() -> None:
    html = ("<style>\n  .jp-Mermaid:not(.jp-RenderedMermaid) {\n    display: none;\n  }\n"
            "  .jp-RenderedMermaid { overflow: auto; }\n</style>\n"
            "<!-- End of mermaid configuration --><style>p{}</style>")
    assert notebooks.remove_unwanted_markup(html) == (
        "\n<!-- End of mermaid configuration --><style>p{}</style>"
    )


def cell(alt_default: bool) -> str:
    image = f'<img {notebooks.NBCONVERT_DEFAULT_ALT} src="x.png">' if alt_default else ""
    return f'<div class="jp-Cell jp-CodeCell jp-Notebook-cell" id="c">{image}</div>'


def test_figures_get_the_alt_text_of_their_cell(tmp_path) -> None:
    path = tmp_path / "nb.py"
    path.write_text('# %%\nx = 1\n\n# %% alt="Two <curves>"\nplot()\n')
    html = cell(False) + cell(True)
    assert 'alt="Two &lt;curves&gt;"' in notebooks.describe_figures(html, path)


def test_a_figure_without_alt_text_or_mismatched_cells_fail(tmp_path) -> None:
    path = tmp_path / "nb.py"
    path.write_text("# %%\nplot()\n")
    with pytest.raises(notebooks.NotebookError, match="code cell 1 draws a figure but has no alt"):
        notebooks.describe_figures(cell(True), path)
    with pytest.raises(notebooks.NotebookError, match="shows 2 code cells, the notebook has 1"):
        notebooks.describe_figures(cell(False) * 2, path)


def test_jupyter_only_cells_are_not_on_the_page(tmp_path) -> None:
    path = tmp_path / "nb.py"
    path.write_text('# %% tags=["jupyter-only"]\n# %matplotlib inline\n\n# %% alt="A"\nplot()\n')
    assert [cell.source for cell in notebooks.displayed_code_cells(path)] == ["plot()"]
    assert 'alt="A"' in notebooks.describe_figures(cell(True), path)


def test_notebooks_that_differ_only_in_markdown_run_once(tmp_path, cache) -> None:
    english, chinese = tmp_path / "en" / "01-demo.py", tmp_path / "zh" / "01-demo.py"
    for path, title in ((english, "Title"), (chinese, "标题")):
        path.parent.mkdir()
        path.write_text(SOURCE.replace("Title", title))
    runner = notebooks.NotebookRunner(cache)
    for path in (english, chinese):  # one after the other, as the two editions are built
        runner.start(path)
        runner.wait(path)
    runner.shutdown()
    assert runner.executed == 1
    zh = json.loads(runner.executed_path(chinese).read_text())
    assert zh["cells"][0]["source"] == ["# 标题"]
    assert zh["cells"][1]["outputs"][0]["text"] == ["42\n"]


def test_outputs_are_refused_for_a_notebook_of_another_shape() -> None:
    notebook = notebooks.nbformat.v4.new_notebook(cells=[notebooks.nbformat.v4.new_code_cell("1")])
    with pytest.raises(notebooks.NotebookError, match="1 code cells but 2 stored outputs"):
        notebooks.with_outputs(notebook, [{"outputs": [], "execution_count": 1}] * 2)


def test_an_editions_notebook_takes_its_twins_heading_ids(tmp_path) -> None:
    twin = tmp_path / "twin.py"
    twin.write_text("# %% [markdown]\n# # Notebook: one `neuron`\n#\n# Text.\n\n"
                    "# %%\nx = 1\n\n# %% [markdown]\n# ## The collapse, numerically\n",
                    encoding="utf-8")
    ids = notebooks.heading_ids(twin)
    assert ids == ["notebook-one-neuron", "the-collapse-numerically"]
    page = ('<h1 id="">笔记本<a class="headerlink" href="#" title="Permanent link">&para;</a>'
            '</h1><p>文字</p><h2 id="">数值上的坍缩<a class="headerlink" href="#">&para;</a></h2>')
    named = notebooks.name_headings(page, ids)
    assert '<h1 id="notebook-one-neuron">笔记本<a class="headerlink" href="#notebook-one-neuron"' \
        in named
    assert '<h2 id="the-collapse-numerically">数值上的坍缩' in named
    with pytest.raises(notebooks.NotebookError, match="2 headings, its twin 1"):
        notebooks.name_headings(page, ids[:1])
    toc = '<a href="#_1" class="md-skip"><a href="#1" class="md-nav__link"><a href="#1-x">'
    linked = notebooks.name_headings(toc + page, ids, toc_ids=["_1", "1"])
    assert linked.startswith('<a href="#notebook-one-neuron" class="md-skip">'
                             '<a href="#the-collapse-numerically" class="md-nav__link">'
                             '<a href="#1-x">')
