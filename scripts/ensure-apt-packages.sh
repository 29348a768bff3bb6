#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are not installed yet.
#
# Why a script: `make deps` and `fonts/setup.sh` both need "install only what is missing",
# and a machine that is already set up must do no apt work at all (dpkg-query answers in
# milliseconds, apt-get takes seconds and needs the network). Quiet on success; on failure
# it prints apt's output and exits non-zero. Uses sudo only when not root.
set -euo pipefail


. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

missing=()
for package in "$@"; do
    if ! dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null | grep -q '^ii'; then
        missing+=("$package")
    fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

echo "Installing missing packages 安装缺少的软件包: ${missing[*]}"
install_missing() {
    quietly as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}
# The package lists may be stale or absent on a new machine: refresh them once and retry.
if ! install_missing 2>/dev/null; then
    quietly as_root apt-get update
    install_missing
fi
