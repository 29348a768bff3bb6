#!/usr/bin/env bash
# The browser test's Python: a virtual environment in .build-venv/ with Selenium from PyPI,
# made once (a test-only tool, never a dependency of the product). Chromium and its driver
# come from Debian (APT_PACKAGES in the Makefile).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.build-venv"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import selenium" 2>/dev/null; then exit 0; fi
echo "Setting up the browser test's Python 准备浏览器测试环境 (.build-venv, selenium)…"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "selenium>=4.20,<5"
