#!/usr/bin/env bash
# Set everything up, then run the whole test suite: unit and oracle tests, doctests,
# every code block of every page, the strict site build and the browser suite.
# Arguments go to pytest: `bash tools/test.sh tests/unit -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export DISABLE_MKDOCS_2_WARNING=true NO_MKDOCS_2_WARNING=1  # silence the MkDocs 2.0 advert
exec .venv/bin/python -m pytest "$@"
