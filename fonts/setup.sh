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
#
# Then the Common cuts: FandolFang-Regular.common.otf etc., the same fonts with only the Han
# characters of GB2312 level 1 (and every non-Han character), which Cairo embeds much faster
# (fonts/README.md). fonts/make-common-fonts.py makes them with fontTools, pinned in
# fonts/requirements-fonttools.txt and installed into the tool venv .build-fonts-venv/, and each
# result is checked against fonts/SHA256SUMS.common. When they already verify, no Python runs.
set -euo pipefail

FONTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$FONTS_DIR")"
SUMS_FILE="$FONTS_DIR/SHA256SUMS"
COMMON_SUMS_FILE="$FONTS_DIR/SHA256SUMS.common"
FONTTOOLS_REQUIREMENTS="$FONTS_DIR/requirements-fonttools.txt"
FONTS_VENV="$REPO_DIR/.build-fonts-venv"
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

# True when every font named in the sums file $2 (SHA256SUMS by default) is in $1 with the
# expected checksum.
all_fonts_verified_in() {
    local dir="$1" sums="${2:-$SUMS_FILE}" expected name
    while read -r expected name; do
        [ -f "$dir/$name" ] || return 1
        [ "$(sha256_of "$dir/$name")" = "$expected" ] || return 1
    done <"$sums"
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

# The fontTools version pinned in requirements-fonttools.txt (4.68.0).
pinned_fonttools_version() {
    sed -n 's/^fonttools==\([^ ]*\).*/\1/p' "$FONTTOOLS_REQUIREMENTS"
}

# Makes .build-fonts-venv/ with exactly the pinned fontTools, unless it already has it. pip runs
# from outside the venv when the Python at hand has one (no pip is copied into the venv, which
# saves seconds); otherwise the venv brings its own.
ensure_fonttools_venv() {
    local version
    version="$(pinned_fonttools_version)"
    [ -n "$version" ] || die "$FONTTOOLS_REQUIREMENTS names no fonttools==VERSION."
    if "$FONTS_VENV/bin/python" -c 'import sys, fontTools; sys.exit(fontTools.version != sys.argv[1])' "$version" 2>/dev/null; then
        return 0
    fi
    command -v python3 >/dev/null || die "python3 未找到 (not found): fontTools needs Python 3.11 or later."
    local pip_options=(install --quiet --disable-pip-version-check --no-input --require-hashes --only-binary=:all:
                       -r "$FONTTOOLS_REQUIREMENTS")
    local installed
    if python3 -m pip --version >/dev/null 2>&1; then
        quietly python3 -m venv --clear --without-pip "$FONTS_VENV" &&
            quietly python3 -m pip --python "$FONTS_VENV/bin/python" "${pip_options[@]}" && installed=yes
    else
        "$REPO_DIR/scripts/ensure-apt-packages.sh" python3-venv
        quietly python3 -m venv --clear "$FONTS_VENV" &&
            quietly "$FONTS_VENV/bin/python" -m pip "${pip_options[@]}" && installed=yes
    fi
    [ "${installed:-}" = yes ] ||
        die "fontTools $version 安装失败 (could not be installed into .build-fonts-venv/): check that PyPI is reachable and that python3 is 3.11 or later."
}

# Stops with an error that names the first Common font missing or not matching
# SHA256SUMS.common. A font that does not match is removed first: every machine typesets with
# the same bytes, and without it the renderer uses the full font (slower, same look).
require_common_fonts_verified() {
    local expected name actual
    while read -r expected name; do
        [ -f "$FONTS_DIR/$name" ] ||
            die "$name 未生成 (was not made): fonts/make-common-fonts.py wrote no such file."
        actual="$(sha256_of "$FONTS_DIR/$name")"
        if [ "$actual" != "$expected" ]; then
            rm -f "$FONTS_DIR/$name"
            die "$name 校验和不符，已删除 (SHA-256 mismatch, removed): expected $expected, got $actual. fonts/make-common-fonts.py made a different font from the verified Fandol file: check the script and the fontTools pin (fonts/requirements-fonttools.txt); if the change is meant, update fonts/SHA256SUMS.common."
        fi
    done <"$COMMON_SUMS_FILE"
}

# Makes each Common font that is missing or does not verify, one per core (a face takes 4-9 s
# of one core, about its size in MB), largest first so the cores finish together; then checks
# them all.
make_common_fonts() {
    local expected name face todo=()
    while read -r expected name; do
        if [ ! -f "$FONTS_DIR/$name" ] || [ "$(sha256_of "$FONTS_DIR/$name")" != "$expected" ]; then
            todo+=("${name%.common.otf}")
        fi
    done <"$COMMON_SUMS_FILE"
    mapfile -t todo < <(for face in "${todo[@]}"; do
        printf '%s %s\n' "$(stat -c %s "$FONTS_DIR/$face.otf")" "$face"
    done | sort -rn | cut -d' ' -f2)
    echo "Making the Common fonts 生成常用字版字体 (${#todo[@]} of them, fonts/make-common-fonts.py)…"
    ensure_fonttools_venv
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    printf '%s\n' "${todo[@]}" |
        xargs -P "$jobs" -I '{}' "$FONTS_VENV/bin/python" "$FONTS_DIR/make-common-fonts.py" \
            "$FONTS_DIR/{}.otf" "$FONTS_DIR/{}.common.otf" ||
        die "fonts/make-common-fonts.py failed (see above) 生成常用字版字体失败."
    require_common_fonts_verified
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
# The Common fonts before the cache refresh, so the cache lists them.
if ! all_fonts_verified_in "$FONTS_DIR" "$COMMON_SUMS_FILE"; then
    make_common_fonts
fi
refresh_font_cache
