"""tools/site/listings.py: package objects rendered as teaching code, one line per listing."""

from __future__ import annotations

import textwrap

import pytest

from tools.site.listings import ListingError, code_block, load, render, render_page

MODULE = textwrap.dedent('''\
    """A module."""

    import numpy as np

    from mlbook._validation import checked, positive_int

    SCALE: float = 2.0
    """The scale."""

    PAIRS = {
        "a": 1,
    }


    @checked(z=positive_int,
             k=positive_int)
    def scaled(z: np.ndarray, k: int = 1, *, eps: float = 1e-7) -> np.ndarray:
        """Scale ``z``: the summary,
        on two lines.

        Parameters
        ----------
        z : ndarray
        """
        # why: a comment of the body

        return SCALE * z * k  # and one at the end of a line


    def no_docstring(a):
        return a


    def _helper():
        return 1


    def closure(rate):
        """One line."""

        @checked(t=positive_int)
        def schedule(t: int) -> float:
            return rate * t

        return schedule


    @dataclass(frozen=True)
    class Result:
        """What came out.

        Attributes
        ----------
        x : float
        """

        x: float
    ''')


def test_a_function_keeps_signature_summary_and_body_and_drops_hints_and_checks() -> None:
    assert render(MODULE, "scaled") == textwrap.dedent('''\
        def scaled(z, k=1, *, eps=1e-7):
            """Scale ``z``: the summary,
            on two lines."""
            # why: a comment of the body

            return SCALE * z * k  # and one at the end of a line''')


def test_without_a_docstring_the_body_follows_the_signature() -> None:
    assert render(MODULE, "no_docstring") == "def no_docstring(a):\n    return a"


def test_nested_validation_decorators_are_dropped_and_nested_code_kept_as_written() -> None:
    assert render(MODULE, "closure") == textwrap.dedent('''\
        def closure(rate):
            """One line."""

            def schedule(t: int) -> float:
                return rate * t

            return schedule''')


def test_a_class_keeps_other_decorators_and_a_constant_loses_its_type_hint() -> None:
    assert render(MODULE, "Result") == textwrap.dedent('''\
        @dataclass(frozen=True)
        class Result:
            """What came out."""

            x: float''')
    assert render(MODULE, "SCALE") == "SCALE = 2.0"
    assert render(MODULE, "PAIRS") == 'PAIRS = {\n    "a": 1,\n}'


def test_a_function_keeps_decorators_other_than_validation_and_run_once() -> None:
    source = "@cache\n@checked(n=positive_int)\ndef f(n: int) -> int:\n    return n\n"
    assert render(source, "f") == "@cache\ndef f(n):\n    return n"
    source = "@checked()\n@experiment\ndef g():\n    return 1\n"
    assert render(source, "g") == "def g():\n    return 1"


def test_a_long_signature_is_wrapped() -> None:
    source = "def f(" + ", ".join(f"parameter_{i}={i}" for i in range(8)) + "):\n    pass\n"
    assert render(source, "f") == textwrap.dedent("""\
        def f(
            parameter_0=0, parameter_1=1, parameter_2=2, parameter_3=3, parameter_4=4,
            parameter_5=5, parameter_6=6, parameter_7=7,
        ):
            pass""")


def test_a_missing_name_is_an_error() -> None:
    with pytest.raises(ListingError, match="mlbook/m.py defines no .* 'missing'"):
        render(MODULE, "missing", "mlbook/m.py")


@pytest.fixture
def root(tmp_path):
    (tmp_path / "mlbook").mkdir()
    (tmp_path / "mlbook" / "tools.py").write_text(MODULE, encoding="utf-8")
    (tmp_path / "docs" / "api").mkdir(parents=True)
    (tmp_path / "docs" / "api" / "tools.md").write_text("::: mlbook.tools\n", encoding="utf-8")
    return tmp_path


def test_a_listing_line_becomes_a_code_block_titled_with_a_link_to_the_api(root) -> None:
    page = "Text.\n\n    listing:: mlbook.tools.no_docstring\n\nMore.\n"
    rendered = render_page(page, "chapters/01-x.md", root)
    assert rendered.text == (
        "Text.\n\n"
        "    ```python title='<a class=\"listing-api\" href=\"../api/tools.md"
        "#mlbook.tools.no_docstring\">no_docstring</a> · mlbook/tools.py' title_mode=\"html\"\n"
        "    def no_docstring(a):\n"
        "        return a\n"
        "    ```\n\nMore.\n"
    )
    assert [(listing.module, listing.name) for listing in rendered.listings] == [
        ("mlbook.tools", "no_docstring")]
    assert rendered.source_lines == [1, 2, 3, 3, 3, 3, 4, 5, 6]


def test_private_names_link_to_their_module_and_blank_lines_are_not_indented(root) -> None:
    block = code_block(load("mlbook.tools.closure", root), "index.md", "  ")
    assert 'href="api/tools.md#mlbook.tools.closure"' in block
    assert "\n\n" in block and "\n  \n" not in block
    assert load("mlbook.tools._helper", root).api_anchor == "mlbook.tools"
    assert load("mlbook.tools.SCALE", root).api_anchor == "mlbook.tools.SCALE"


def test_page_errors_name_the_page_and_line(root) -> None:
    with pytest.raises(ListingError, match=r"a.md:3: mlbook/tools.py defines no .* 'gone'"):
        render_page("a\n\nlisting:: mlbook.tools.gone\n", "chapters/a.md", root)
    with pytest.raises(ListingError, match=r"a.md:1: a listing names mlbook.module.name"):
        render_page("listing:: sigmoid\n", "a.md", root)
    with pytest.raises(ListingError, match="no module mlbook/other.py"):
        render_page("listing:: mlbook.other.f\n", "a.md", root)
    with pytest.raises(ListingError, match=r"a.md:3: mlbook.tools.closure is listed twice"):
        render_page("listing:: mlbook.tools.closure\n\nlisting:: mlbook.tools.closure\n",
                    "a.md", root)


def test_a_page_without_listings_is_unchanged(root) -> None:
    page = "# Title\n\nThe word listing:: inside prose is left alone.\n"
    assert render_page(page, "a.md", root).text == page


def test_a_cross_reference_in_the_summary_shows_as_the_name_alone() -> None:
    source = (
        "def timed(m):\n"
        '    """Time [`forward_loop`][mlbook.vectorization.forward_loop] for `m`.\n'
        "\n"
        "    See [`minimize`][mlbook.gradient_descent.minimize].\n"
        '    """\n'
        "    return m\n"
    )
    code = render(source, "timed")
    assert '"""Time `forward_loop` for `m`."""' in code
    assert "][" not in code
