#!/usr/bin/env bash
# Install everything the site and the tests need, on a fresh machine or an up-to-date one.
#
# Python packages go into .venv in the checkout, created with the system's python3 (3.11 to
# 3.13), so a Debian or Ubuntu Python that refuses `pip install` (PEP 668) is never touched.
# Safe to run again: each step only does work when something is missing or out of date, and a
# run with nothing to do takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
say() { echo "setup: $*"; }
fail() { echo "setup: $*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else fail "need root or sudo to run: $*"; fi
}

# --- Python: python3 3.11 to 3.13 --------------------------------------------------------
PYTHON=${MLBOOK_PYTHON:-python3}
command -v "$PYTHON" >/dev/null 2>&1 \
  || fail "no python3 on the PATH: install Python 3.11, 3.12 or 3.13 (Debian/Ubuntu: apt-get install python3)"
"$PYTHON" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' \
  || fail "python3 is $("$PYTHON" -V 2>&1); mlbook needs Python 3.11, 3.12 or 3.13 (set MLBOOK_PYTHON to another interpreter)"

# --- System packages (apt): what is missing, in one apt-get call ---------------------------
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)                # browser tests
fc-list :lang=zh family 2>/dev/null | grep -q . || need_apt+=(fonts-noto-cjk) # Chinese text
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)          # Nu HTML Checker
if [ ! -x "$VENV/bin/python" ] && ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  need_apt+=("python3-venv")                                                 # Debian splits venv out
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    fail "missing ${need_apt[*]} and there is no apt-get here: install them with your package manager (Chromium as 'chromium' on the PATH, Noto CJK fonts, a Java 17+ runtime, Python's venv module)"
  fi
  say "installing ${need_apt[*]} with apt-get"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

# --- The project environment (.venv), pinned by constraints.lock ---------------------------
if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c '' >/dev/null 2>&1; then
  say "$VENV is broken (its Python is gone); making it again"
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV with $("$PYTHON" -V 2>&1)"
  "$PYTHON" -m venv "$VENV"
fi
# The stamp names what was installed: a change to the pins, the dependencies or the Python
# reinstalls; anything else skips pip entirely.
stamp=$(cat constraints.lock pyproject.toml <("$VENV/bin/python" -VV) | sha256sum | cut -c1-16)
if [ "$(cat "$VENV/.mlbook-installed" 2>/dev/null)" != "$stamp" ]; then
  say "installing mlbook with its docs and test dependencies into $VENV (pip, constraints.lock)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    -c constraints.lock -e ".[test]"
  echo "$stamp" > "$VENV/.mlbook-installed"
fi
# After `source .venv/bin/activate`, plain `mkdocs build` and `mkdocs serve` keep their logs
# to real messages: Material's MkDocs 2.0 banner is off (mkdocs is pinned below 2).
if ! grep -q NO_MKDOCS_2_WARNING "$VENV/bin/activate"; then
  printf '\nexport NO_MKDOCS_2_WARNING=1  # added by tools/setup.sh\n' >> "$VENV/bin/activate"
fi

# --- Front-end packages (KaTeX, the Nu HTML Checker, Lighthouse), pinned by package-lock ----
if ! cmp -s package-lock.json node_modules/.mlbook-installed 2>/dev/null; then
  command -v npm >/dev/null 2>&1 || fail "npm is missing: install Node.js 18+ with npm (Debian/Ubuntu: apt-get install nodejs npm)"
  say "installing npm packages (npm ci)"
  # --ignore-scripts: the only install script is vnu-jar's, which downloads a Java runtime when
  # none is on the PATH; Java comes from apt above.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.mlbook-installed
fi
