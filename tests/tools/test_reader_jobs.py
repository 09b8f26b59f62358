"""The build jobs added for readers: captions, notebook buttons, outputs, search index."""

from __future__ import annotations

import json

from tools.site import captions, notebook_links, outputs, search_index

FIGURE = '<figure><img alt="a" src="x.svg"><figcaption>What to notice.</figcaption></figure>'


def test_chapter_captions_are_numbered_per_chapter_in_page_order() -> None:
    page = FIGURE + "<p>text</p>" + FIGURE
    numbered = captions.number_captions(page, "chapters/02-logistic-regression.md")
    assert numbered.count('<span class="caption-number">Figure 2.1</span> What') == 1
    assert numbered.count('<span class="caption-number">Figure 2.2</span> What') == 1
    assert captions.number_captions(page, "how-this-book-works.md") == page
    assert "Abbildung 9.1" in captions.number_captions(FIGURE, "chapters/09-x.md", "Abbildung")


SOURCES = ["index.md", "how-this-book-works.md", "chapters/02-logistic-regression.md",
           "chapters/03-gradient-descent.md", "notebooks/02-logistic-regression.py",
           "notebooks/00-how-this-book-works.py", "api/shallow.md"]


def url_from(page_uri: str):
    """Relative URLs as MkDocs writes them, for a page at ``page_uri`` (directory URLs)."""
    depth = page_uri.count("/") + 1 if page_uri != "index.md" else 0

    def url(uri: str) -> str:
        target = uri.removesuffix(".md").removesuffix(".py")
        target = target + "/" if not uri.endswith(".ipynb") else uri
        return "../" * depth + target

    return url


def test_chapters_and_notebooks_are_paired_by_stem() -> None:
    pairs = notebook_links.companions(SOURCES)
    assert set(pairs) == {"how-this-book-works.md", "chapters/02-logistic-regression.md",
                          "notebooks/02-logistic-regression.py",
                          "notebooks/00-how-this-book-works.py"}
    assert "chapters/03-gradient-descent.md" not in pairs  # no notebook: no buttons


def test_the_button_row_goes_above_the_first_section() -> None:
    pair = notebook_links.companions(SOURCES)["chapters/02-logistic-regression.md"]
    page = ('<h2 id="toc">Not in the article</h2><article class="md-content__inner md-typeset">'
            "<h1>Logistic regression</h1><p>Intro</p><h2 id='a'>A</h2><h2 id='b'>B</h2></article>")
    chapter = "chapters/02-logistic-regression.md"
    row = notebook_links.row(pair, chapter, url_from(chapter))
    assert row == (
        '<p class="notebook-links"><a class="md-button" '
        'href="../../notebooks/02-logistic-regression/">Open the notebook</a> '
        '<a class="md-button" href="../../notebooks/02-logistic-regression.ipynb" download>'
        "Download .ipynb</a></p>")
    result = notebook_links.insert_row(page, row)
    assert result.index(row) < result.index("<h2 id='a'>") and result.index(row) > result.index(
        "<p>Intro</p>")
    assert result.count(row) == 1
    notebook = "notebooks/02-logistic-regression.py"
    on_notebook = notebook_links.row(pair, notebook, url_from(notebook),
                                     {"read_chapter": "Zum Kapitel"})
    assert 'href="../../chapters/02-logistic-regression/">Zum Kapitel</a>' in on_notebook
    assert "Download .ipynb" in on_notebook
    no_sections = '<article class="md-content__inner"><p>x</p></article>'
    assert notebook_links.insert_row(no_sections, row).endswith(row + "\n</article>")


def block(language: str, code: str = "x") -> str:
    return (f'<div class="language-{language} highlight"><pre><span></span><code>{code}'
            "</code></pre></div>")


def test_a_text_block_right_after_python_code_is_its_output() -> None:
    page = "\n".join([block("python"), block("text", "1"), "<p>then</p>", block("text", "2"),
                      block("pycon"), block("text", "3")])
    marked = outputs.mark_outputs(page)
    assert marked.count('class="language-text highlight output no-copy"') == 1
    assert 'output no-copy"><pre><span></span><code>1<' in marked
    assert outputs.mark_outputs(marked) == marked  # idempotent


def test_search_boosts_rank_chapters_first_then_pages_then_notebooks_and_api() -> None:
    chapter = search_index.boost("chapters/03-gradient-descent.md")
    page = search_index.boost("appendices/errata.md")
    assert chapter > page > search_index.boost("notebooks/03-gradient-descent.py")
    assert page > search_index.boost("api/gradient_descent.md")


def test_the_search_index_holds_no_tex_and_no_pilcrow(tmp_path) -> None:
    index = {"config": {}, "docs": [
        {"location": "notebooks/03/#four", "title": r"Four learning rates on $J(x) = x^2$¶",
         "text": r"Each step multiplies $x$ by $1 - 2\alpha$. Predict $$\sigma(z)$$ first."},
        {"location": "chapters/02/", "title": "Logistic regression",
         "text": r"a matrix \(X\) of shape \((n_x, m)\), \[\hat{y} = \sigma(w^\top x + b)\]"},
        {"location": "x/", "title": "Costs", "text": "It costs $5 and $6 a month."},
    ]}
    path = tmp_path / "search_index.json"
    path.write_text(json.dumps(index), encoding="utf-8")
    assert search_index.clean_index(path) == 3
    docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    assert docs[0]["title"] == "Four learning rates on J(x) = x^2"
    assert docs[0]["text"] == "Each step multiplies x by 1 - 2α. Predict σ(z) first."
    assert docs[1]["text"] == "a matrix X of shape (n_x, m), y = σ(w^T x + b)"
    for doc in docs[:2]:
        assert "$" not in doc["title"] + doc["text"] and "\\" not in doc["text"]
    assert docs[2]["text"] == "It costs $5 and $6 a month."  # prices are not maths


def test_the_examples_in_the_jobs_docstrings_hold() -> None:
    import doctest

    for module in (captions, notebook_links, search_index):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
