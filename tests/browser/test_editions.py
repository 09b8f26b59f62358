"""The two editions in the browser: the language selector leads to the same page in the other.

Every English page with a Chinese twin (and every twin) is opened, the selector's link for the
other language is clicked as a reader does (the menu opened by hovering it), and the page that
loads must be the twin, in its language. A page without a twin (the API reference) leads to
the other edition's home.
"""

from __future__ import annotations

import pytest

from tools.site import editions

PREFIXES = {f"{edition.folder}/": lang for lang, edition in editions.EDITIONS.items()}


def edition_of(path: str) -> str:
    return next((lang for prefix, lang in PREFIXES.items() if path.startswith(prefix)), "en")


def twin_path(path: str, target: str, pages: list[str]) -> str:
    bare = path
    for prefix in PREFIXES:
        bare = bare.removeprefix(prefix)
    prefix = "" if target == "en" else f"{editions.EDITIONS[target].folder}/"
    return prefix + bare if prefix + bare in pages else prefix


def switch(open_context, base_url: str, path: str, target: str) -> tuple[str, str]:
    context, recorder = open_context()
    page = context.new_page()
    page.goto(base_url + path, wait_until="load")
    page.locator(".md-header .md-select").first.hover()
    link = page.locator(f'.md-select__link[hreflang="{target}"]').first
    link.wait_for(state="visible")
    link.click()
    page.wait_for_load_state("load")
    landed = page.url.removeprefix(base_url).split("#")[0]
    return landed, page.evaluate("document.documentElement.lang")


def test_the_selector_lands_on_the_twin_in_the_other_language(open_context, base_url,
                                                              pages) -> None:
    chinese = [path for path in pages if edition_of(path) == "zh"]
    if not chinese:
        pytest.skip("the site has no Chinese page")
    wrong = []
    for path in pages:
        target = "zh" if edition_of(path) == "en" else "en"
        expected = twin_path(path, target, pages)
        if path.startswith("api/") and path != "api/":
            continue  # the API reference: its link leads home, checked once below
        landed, lang = switch(open_context, base_url, path, target)
        if landed != expected or not lang.startswith(target):
            wrong.append(f"{path or '(home)'} -> {landed or '(home)'} ({lang}), "
                         f"expected {expected or '(home)'}")
    landed, lang = switch(open_context, base_url, "api/shallow/", "zh")
    if landed != "zh/":
        wrong.append(f"api/shallow/ -> {landed}, expected the Chinese home")
    assert not wrong, "\n".join(wrong)
