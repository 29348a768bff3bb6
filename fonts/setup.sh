#!/usr/bin/env bash
# Puts the fonts the renderer needs in place: the Fandol fonts in this folder, Noto CJK and
# Tibetan Machine from Debian's font packages.
#
# Why this way: the Fandol fonts (仿宋/黑体/楷体/宋体, GPL with font exception) are not packaged
# on their own in Debian; they ship inside texlive-lang-chinese. We download that one .deb
# (without installing TeX), take the six .otf files out of it and check each against
# fonts/SHA256SUMS, so every machine typesets with byte-identical fonts. The fonts are never
# committed. Idempotent and quiet on success: a machine that already has them does no
# network or apt work.
set -euo pipefail

FONTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$FONTS_DIR")"
SUMS_FILE="$FONTS_DIR/SHA256SUMS"
DEB_PACKAGE="texlive-lang-chinese"
FANDOL_IN_DEB="./usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"

die() {
    printf 'fonts/setup.sh: %s\n' "$*" >&2
    exit 1
}

. "$REPO_DIR/scripts/common.sh"

sha256_of() {
    sha256sum "$1" | cut -d' ' -f1
}

# True when every font named in SHA256SUMS is in $1 with the expected checksum.
all_fonts_verified_in() {
    local dir="$1" expected name
    while read -r expected name; do
        [ -f "$dir/$name" ] || return 1
        [ "$(sha256_of "$dir/$name")" = "$expected" ] || return 1
    done <"$SUMS_FILE"
}

# Like all_fonts_verified_in, but stops with an error that names the first bad file.
require_fonts_verified_in() {
    local dir="$1" expected name actual
    while read -r expected name; do
        [ -f "$dir/$name" ] ||
            die "$name 不在 $DEB_PACKAGE 中 (not found in the package): the package layout changed; update FANDOL_IN_DEB in fonts/setup.sh."
        actual="$(sha256_of "$dir/$name")"
        [ "$actual" = "$expected" ] ||
            die "$name 校验和不符 (SHA-256 mismatch): expected $expected, got $actual. The package version differs from the one fonts/SHA256SUMS was made from (texlive-lang-chinese 2022.20230122-1); check the new font and update fonts/SHA256SUMS."
    done <"$SUMS_FILE"
}

# Downloads texlive-lang-chinese into $1 and unpacks only the Fandol folder there.
download_fandol_into() {
    local work="$1" deb
    # apt drops privileges to the _apt user for downloads; let it write into the folder.
    chmod 0777 "$work"
    if ! (cd "$work" && quietly apt-get download "$DEB_PACKAGE") 2>/dev/null; then
        # Package lists missing or stale (a new machine): refresh once, then try again.
        quietly as_root apt-get update
        (cd "$work" && quietly apt-get download "$DEB_PACKAGE") ||
            die "$DEB_PACKAGE 下载失败 (download failed): check that Debian's package archive is reachable."
    fi
    deb="$(find "$work" -maxdepth 1 -name "${DEB_PACKAGE}_*.deb" | head -n 1)"
    [ -n "$deb" ] || die "apt-get download left no ${DEB_PACKAGE}_*.deb in $work."
    mkdir -p "$work/unpacked"
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work/unpacked" "$FANDOL_IN_DEB" ||
        die "$deb: could not unpack $FANDOL_IN_DEB."
}

install_fandol() {
    local work name
    work="$(mktemp -d)"
    # shellcheck disable=SC2064 # expand $work now: it is local to this function.
    trap "rm -rf '$work'" EXIT
    download_fandol_into "$work"
    local source_dir="$work/unpacked/$FANDOL_IN_DEB"
    require_fonts_verified_in "$source_dir"
    while read -r _ name; do
        install -m 0644 "$source_dir/$name" "$FONTS_DIR/$name"
    done <"$SUMS_FILE"
    require_fonts_verified_in "$FONTS_DIR"
}

# Builds the private fontconfig cache (see <cachedir> in fonts.conf) now, so the first render
# does not pay for scanning the CJK collections. Scan-time rules in fonts.conf are baked into
# the cache, so a changed fonts.conf forces a full rebuild; otherwise fc-cache only checks.
refresh_font_cache() {
    command -v fc-cache >/dev/null || return 0
    local cache_dir="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/jixiao/fontconfig"
    local stamp="$cache_dir/fonts.conf.sha256" wanted
    wanted="$(sha256_of "$FONTS_DIR/fonts.conf")"
    if [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
        FONTCONFIG_FILE="$FONTS_DIR/fonts.conf" quietly fc-cache
    else
        FONTCONFIG_FILE="$FONTS_DIR/fonts.conf" quietly fc-cache --really-force
        if [ -d "$cache_dir" ]; then echo "$wanted" >"$stamp"; fi
    fi
}

"$REPO_DIR/scripts/ensure-apt-packages.sh" fonts-noto-cjk fonts-tibetan-machine

if ! all_fonts_verified_in "$FONTS_DIR"; then
    echo "Fetching the Fandol fonts 获取 Fandol 字体 (from Debian's $DEB_PACKAGE)…"
    install_fandol
fi
refresh_font_cache
