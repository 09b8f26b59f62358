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


def test_the_selector_and_the_head_links_point_at_the_twin(docs: Path) -> None:
    page = ('<link rel="alternate" href="./" hreflang="en"><link rel="alternate" href="zh/" '
            'hreflang="zh"><a href="zh/" hreflang="zh" class="md-select__link">中文</a>'
            '<a href="x/" hreflang="fr">kept</a>')
    out = editions.point_alternates_at_twins(page, "chapters/02-logistic-regression.md",
                                             "chapters/02-logistic-regression/", "en", docs)
    assert out.count('href="../../zh/chapters/02-logistic-regression/" hreflang="zh"') == 2
    assert 'href="../../chapters/02-logistic-regression/" hreflang="en"' in out
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
