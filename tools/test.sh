#!/usr/bin/env bash
# Set everything up, then run the whole test suite: unit and oracle tests, doctests,
# every code block of every page, the strict site build and the browser suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
exec python -m pytest "$@"
