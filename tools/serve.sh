#!/usr/bin/env bash
# Set everything up, then build the book and serve it at http://127.0.0.1:8000 with live reload.
# Arguments go to `mkdocs serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export NO_MKDOCS_2_WARNING=1  # Material's MkDocs 2.0 banner (mkdocs is pinned below 2)
exec .venv/bin/mkdocs serve --livereload --dev-addr 127.0.0.1:8000 "$@"
