#!/usr/bin/env bash
# Set everything up, then build the book and serve it at http://127.0.0.1:8000 with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
exec mkdocs serve --livereload --dev-addr 127.0.0.1:8000 "$@"
