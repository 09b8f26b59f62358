"""The wheel the site offers: built from this source, cached, installable in a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from tools.site import wheel
from tools.site.cache import BuildCache

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_is_built_once_and_holds_the_package(tmp_path) -> None:
    cache = BuildCache(root=tmp_path / "cache")
    built = wheel.wheel(cache)
    assert built.name.startswith("mlbook-") and built.suffix == ".whl"
    assert wheel.wheel(cache) == built and cache.hits == 1  # the second time, from the cache
    names = zipfile.ZipFile(built).namelist()
    for module in sorted((ROOT / "mlbook").glob("*.py")):
        assert f"mlbook/{module.name}" in names
    assert not any(name.startswith(("tests/", "docs/", "tools/")) for name in names)


def test_the_wheel_installs_in_a_fresh_venv_and_imports(tmp_path) -> None:
    """pip installs the wheel offline in a new venv (numpy & co. from this one); it imports."""
    built = wheel.build(tmp_path / "dist")
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    # the dependencies (numpy, matplotlib, scikit-learn) from this environment, after the
    # venv's own packages: found, but never this checkout's mlbook (its editable .pth is
    # not read from a directory added this way)
    site_packages = next((env / "lib").glob("python3*/site-packages"))
    dependencies = Path(__import__("numpy").__file__).parent.parent
    (site_packages / "test_dependencies.pth").write_text(f"{dependencies}\n")
    # this environment's pip, run by the new venv's Python: no download, no pip bootstrap
    pip_path = Path(__import__("pip").__file__).parent.parent
    install = subprocess.run(
        [python, "-c", f"import sys; sys.path.insert(0, {str(pip_path)!r}); "
         "from pip._internal.cli.main import main; sys.exit(main())",
         "install", "--quiet", "--no-deps", "--no-index", "--disable-pip-version-check",
         str(built)],
        capture_output=True, text=True, check=False, cwd=tmp_path)
    assert install.returncode == 0, install.stderr
    check = subprocess.run(
        [python, "-c", "import mlbook, numpy as np; from mlbook.activations import sigmoid; "
         "print(mlbook.__file__); print(sigmoid(np.array([0.0]))[0])"],
        capture_output=True, text=True, check=False, cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    location, value = check.stdout.split()
    assert Path(location).is_relative_to(env), f"mlbook imported from {location}, not the venv"
    assert float(value) == 0.5
    assert sys.prefix != str(env)
