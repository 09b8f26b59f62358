"""Shared fixtures: matplotlib draws off-screen; the site is built once per test session."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

from tools import browsing

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--record-outputs", action="store_true",
        help="rewrite tests/docs/outputs/ from a fresh run of every page (after an intended "
             "change; review the diff)",
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run ``mkdocs build --strict`` once; return the site folder. Fails on any warning."""
    try:
        return browsing.build_site(tmp_path_factory.mktemp("site"))
    except browsing.BuildError as error:
        pytest.fail(str(error))
