"""The authoring loop, measured in one run: how long a writer waits.

1. a clean strict build (an empty build cache of the benchmark's own);
2. a rebuild with nothing changed;
3. a one-sentence prose edit during ``mkdocs serve --livereload``: seconds from saving the
   page to the server answering with the new sentence;
4. ``bash tools/test.sh`` on a warm checkout (set-up already done, build cache warm).

Targets on a 2-core machine: edit served within 5 s, no-op rebuild within 10 s, clean build
within 100 s, test suite within 6 minutes. The edited page is restored afterwards, and the
clean build uses a cache folder of its own, so your ``.cache/build`` is left as it was.

    .venv/bin/python bench/authoring_loop.py                 # all four
    .venv/bin/python bench/authoring_loop.py --skip-tests    # the three build figures
    .venv/bin/python bench/authoring_loop.py --project /tmp/old --python /tmp/old/.venv/bin/python
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = "docs/chapters/03-gradient-descent.md"
TARGETS = {"clean": 100.0, "noop": 10.0, "edit": 5.0, "tests": 360.0}


def build(project: Path, python: str, env: dict[str, str], site: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project, env=env, check=True, capture_output=True,
    )
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def wait_for(condition, timeout: float, what: str) -> float:
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{what} did not happen within {timeout:.0f} s")
        time.sleep(0.05)
    return time.perf_counter() - start


def prose_edit_served(project: Path, python: str, env: dict[str, str]) -> float:
    """Seconds from saving a one-sentence edit to ``mkdocs serve`` serving it."""
    port = free_port()
    page = project / PAGE
    url = f"http://127.0.0.1:{port}/chapters/{page.stem}/"
    original = page.read_text(encoding="utf-8")
    log = tempfile.TemporaryFile()
    server = subprocess.Popen(
        [python, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env=env, stdout=log, stderr=log,
    )
    try:
        wait_for(lambda: "</html>" in fetch(url), 900, "the first build of mkdocs serve")
        time.sleep(1.0)  # let the watcher settle
        sentence = f"Benchmark sentence {time.time_ns()}."
        page.write_text(original.replace("\n\n", f"\n\n{sentence}\n\n", 1), encoding="utf-8")
        return wait_for(lambda: sentence in fetch(url), 900, "serving the edit")
    finally:
        page.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_suite(project: Path, python: str, env: dict[str, str]) -> float:
    """Seconds of the README's test command on a warm checkout (or pytest, for an old tree)."""
    if (project / ".venv").is_dir():
        command = ["bash", "tools/test.sh", "-q", "-p", "no:cacheprovider"]
    else:
        command = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    summary = result.stdout.strip().splitlines()[-1:] or ["(no output)"]
    print(f"    test suite: {summary[0]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--python", default=None, help="default: PROJECT/.venv/bin/python")
    parser.add_argument("--skip-tests", action="store_true")
    args = parser.parse_args()
    project = args.project.resolve()
    python = args.python or str(project / ".venv" / "bin" / "python")
    if not Path(python).exists():
        python = sys.executable

    scratch = Path(tempfile.mkdtemp(prefix="mlbook-authoring-"))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", MLBOOK_BUILD_CACHE_DIR=str(scratch / "cache"))
    figures: dict[str, float] = {}
    try:
        print(f"{project} on {os.cpu_count()} cores, Python {python}")
        figures["clean"] = build(project, python, env, scratch / "site")
        figures["noop"] = build(project, python, env, scratch / "site")
        figures["edit"] = prose_edit_served(project, python, env)
        if not args.skip_tests:
            warm = dict(os.environ, NO_MKDOCS_2_WARNING="1")
            build(project, python, warm, scratch / "warm-site")  # warm the checkout's own cache
            figures["tests"] = test_suite(project, python, warm)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    names = {"clean": "clean strict build", "noop": "rebuild, nothing changed",
             "edit": "prose edit served by mkdocs serve", "tests": "bash tools/test.sh, warm"}
    print(f"\n{'measure':36} {'seconds':>9} {'target':>8}")
    for key, seconds in figures.items():
        verdict = "ok" if seconds <= TARGETS[key] else "OVER"
        print(f"{names[key]:36} {seconds:9.1f} {TARGETS[key]:8.0f}  {verdict}")


if __name__ == "__main__":
    main()
