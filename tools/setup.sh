#!/usr/bin/env bash
# Install everything the site and the tests need, on a fresh machine or an up-to-date one.
# Safe to run again: each step only does work when something is missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: Chromium for the browser tests, CJK fonts for Chinese text.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} with apt-get"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

# Python packages, pinned by the lock file so that builds are reproducible.
echo "setup: installing mlbook and its docs and test dependencies (pip, constraints.lock)"
python -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
  -c constraints.lock -e ".[test]"

# Front-end assets (KaTeX) and the Lighthouse benchmark, pinned by package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.package-lock.json.src 2>/dev/null; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.src
fi
