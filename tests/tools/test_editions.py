"""tools/site/editions.py: twins found by path, links between editions that survive a sub-path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.site import editions


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    for uri in ["index.md", "chapters/02-logistic-regression.md", "api/shallow.md",
                "notebooks/02-logistic-regression.py", "stylesheets/extra.css",
                "zh/index.md", "zh/chapters/02-logistic-regression.md", "zh/figures.yml"]:
        (tmp_path / uri).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / uri).write_text("x")
    return tmp_path


def test_page_urls_follow_directory_urls() -> None:
    assert editions.page_url("index.md") == ""
    assert editions.page_url("chapters/02-logistic.md") == "chapters/02-logistic/"
    assert editions.page_url("notebooks/02-logistic.py") == "notebooks/02-logistic/"
    assert editions.page_url("api/index.md") == "api/"


def test_which_editions_have_a_page(docs: Path) -> None:
    assert editions.editions_of("chapters/02-logistic-regression.md", docs) == {"en", "zh"}
    assert editions.editions_of("api/shallow.md", docs) == {"en"}
    assert editions.editions_of("zh/index.md", docs) == set()  # the edition's own folder


@pytest.mark.parametrize(
    ("src_uri", "url", "lang", "target", "href"),
    [
        ("chapters/02-logistic-regression.md", "chapters/02-logistic-regression/", "en", "zh",
         "../../zh/chapters/02-logistic-regression/"),
        ("chapters/02-logistic-regression.md", "chapters/02-logistic-regression/", "zh", "en",
         "../../../chapters/02-logistic-regression/"),
        ("index.md", "", "en", "zh", "zh/"),
        ("index.md", "", "zh", "en", "../"),
        ("index.md", "", "en", "en", "./"),
        ("api/shallow.md", "api/shallow/", "en", "zh", "../../zh/"),  # no twin: the home
    ],
)
def test_twin_links_are_relative(docs, src_uri, url, lang, target, href) -> None:
    assert editions.twin_href(src_uri, url, lang, target, docs) == href


def test_the_selector_leads_to_the_twin_and_the_head_links_are_left_out(docs: Path) -> None:
    page = ('<link rel="alternate" href="./" hreflang="en">\n<link rel="alternate" href="zh/" '
            'hreflang="zh"><a href="zh/" hreflang="zh" class="md-select__link">中文</a>'
            '<a href="./" hreflang="en" class="md-select__link">English</a>'
            '<a href="x/" hreflang="fr">kept</a>')
    out = editions.point_alternates_at_twins(page, "chapters/02-logistic-regression.md",
                                             "chapters/02-logistic-regression/", "en", docs)
    # Material fetched sitemap.xml next to each head link; relative hreflang fails SEO audits
    assert "<link" not in out
    assert ('<a href="../../zh/chapters/02-logistic-regression/" target="_self" hreflang="zh" '
            'class="md-select__link">') in out
    assert '<a href="../../chapters/02-logistic-regression/" target="_self" hreflang="en"' in out
    zh = editions.point_alternates_at_twins(page, "chapters/02-logistic-regression.md",
                                            "chapters/02-logistic-regression/", "zh", docs)
    assert "<link" not in zh
    assert '<a href="x/" hreflang="fr">kept</a>' in out


def test_an_edition_links_to_english_only_pages_in_the_english_edition(docs: Path) -> None:
    assert (editions.url_in_base_edition("api/shallow.md", "chapters/02-logistic-regression/",
                                         docs) == "../../../api/shallow/")
    assert editions.url_in_base_edition("api/missing.md", "", docs) is None


def test_editions_share_the_english_static_files_but_not_its_pages(docs: Path) -> None:
    assert set(editions.shared_static_files(docs)) == {"stylesheets/extra.css"}


def test_editions_are_built_only_where_their_config_exists(tmp_path: Path) -> None:
    assert editions.configured(tmp_path) == []
    (tmp_path / "mkdocs.zh.yml").write_text("INHERIT: mkdocs.yml\n")
    assert editions.configured(tmp_path) == ["zh"]


def test_the_edition_being_built_is_set_only_while_it_is_built(monkeypatch) -> None:
    monkeypatch.delenv(editions.ENVIRONMENT, raising=False)
    assert editions.current() == "en"
    with editions.building("zh"):
        assert editions.current() == "zh"
    assert editions.current() == "en"


def test_an_editions_nav_is_the_english_one_with_its_pages_and_titles(docs: Path) -> None:
    nav = [{"Book": [{"Home": "index.md"},
                     {"Chapters": [{"2 Logistic regression": "chapters/02-logistic-regression.md"},
                                   "chapters/03-gradient-descent.md"]}]},
           {"API reference": ["api/shallow.md"]}]
    titles = {"Book": "本书", "Home": "首页", "Chapters": "各章",
              "2 Logistic regression": "2 逻辑回归"}
    chapter = "chapters/02-logistic-regression.md"
    assert editions.translated_nav(nav, docs / "zh", titles, "zh") == [
        {"本书": [{"首页": "index.md"}, {"各章": [{"2 逻辑回归": chapter}]}]}]
    with pytest.raises(editions.NavTitleError, match=r"lacks \['2 Logistic regression'\]"):
        editions.translated_nav(nav, docs / "zh", {"Book": "本书"}, "zh")


def test_a_paragraph_of_chinese_is_joined_where_its_lines_break_between_characters() -> None:
    page = ("第一行的文字，\n第二行的文字。\n\nEnglish line\nnext line；\n中文\n\n"
            "```python\n# 代码，\n# 不变\n```\n公式 \\(x\\)\n之后。\n")
    assert editions.join_cjk_lines(page) == (
        "第一行的文字，第二行的文字。\n\nEnglish line\nnext line；中文\n\n"
        "```python\n# 代码，\n# 不变\n```\n公式 \\(x\\)\n之后。\n")
