#!/usr/bin/env bash
# Set everything up, then run the whole test suite: unit and oracle tests, doctests,
# every code block of every page, the strict site build and the browser suite.
# Arguments go to pytest: `bash tools/test.sh tests/unit -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export NO_MKDOCS_2_WARNING=1  # Material's MkDocs 2.0 banner (mkdocs is pinned below 2)
exec .venv/bin/python -m pytest "$@"
