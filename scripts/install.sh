#!/usr/bin/env bash
# Installs jixiao under a prefix, or removes exactly what an earlier install put there.
#
#   scripts/install.sh install   [--prefix DIR] [--destdir DIR] [--binary FILE]
#   scripts/install.sh uninstall [--prefix DIR] [--destdir DIR]
#
# `make install` and `make uninstall` call it. PREFIX defaults to /usr/local (or $PREFIX);
# DESTDIR (or $DESTDIR), for staging a package, goes in front of every path written. Installed:
#   bin/jixiao                          the release build (`swift build -c release --static-swift-stdlib`),
#                                       or --binary FILE
#   share/jixiao/fonts/                 fonts.conf, the six Fandol fonts and their Common cuts
#                                       (*.common.otf); the binary looks for them in
#                                       ../share/jixiao/fonts beside itself (FontLocator)
#   share/jixiao/schemes/, examples/    the scheme presets and the example reports
#   share/man/man1/jixiao.1             the manual page, made from the binary's own --help
#   share/bash-completion/completions/jixiao, share/zsh/site-functions/_jixiao,
#   share/fish/vendor_completions.d/jixiao.fish   from --generate-completion-script
#   share/jixiao/install-manifest.txt   every file installed and every folder created
#
# Why a script with a manifest: uninstall must remove exactly what install wrote, including the
# folders it had to create, and never a folder that was there before or that holds anyone
# else's files. The manifest records both, so uninstall needs no knowledge of the layout and
# still works after the repository has changed. Why the manual page is made here rather than by
# swift-argument-parser's GenerateManual plugin: the plugin (1.8.2) keeps only the ASCII
# characters of each help text, so the Chinese half of every line would vanish, and it builds
# every product of the package in release mode.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SWIFT="${SWIFT:-$(command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)}"
MANIFEST_NAME="install-manifest.txt"

die() {
    printf 'scripts/install.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '4,5s/^# *//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

action="${1:-}"
[ "$#" -gt 0 ] && shift
prefix="${PREFIX:-/usr/local}"
destdir="${DESTDIR:-}"
binary=""
while [ "$#" -gt 0 ]; do
    [ "$#" -ge 2 ] || usage
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
        --destdir) destdir="${2-}"; shift 2 ;;
        --binary) binary="${2:?--binary needs a file}"; shift 2 ;;
        *) usage ;;
    esac
done
case "$action" in install | uninstall) ;; *) usage ;; esac
case "$prefix" in
    /*) ;;
    *) die "PREFIX must be an absolute path (got '$prefix')." ;;
esac
# /usr/local/ and /usr/local name the same place; the manifest must say it one way.
while [ "${#prefix}" -gt 1 ] && [ "${prefix%/}" != "$prefix" ]; do prefix="${prefix%/}"; done
case "$destdir" in
    "" | /*) ;;
    *) destdir="$PWD/$destdir" ;;
esac
destdir="${destdir%/}"

SHARE="$prefix/share/jixiao"
MANIFEST="$SHARE/$MANIFEST_NAME"

# The path on this machine's disk of an installed path (the installed path with DESTDIR in front).
on_disk() {
    printf '%s%s' "$destdir" "$1"
}

# --- install ------------------------------------------------------------------------------

created_folders=()
installed_files=()

# Records every folder above $1 (an installed path) that does not exist yet, top down; the
# root and DESTDIR itself are never recorded.
record_new_folders() {
    local folder="$1" missing=()
    while [ "$folder" != "/" ] && [ ! -d "$(on_disk "$folder")" ]; do
        missing=("$folder" "${missing[@]}")
        folder="$(dirname "$folder")"
    done
    created_folders+=("${missing[@]}")
}

# Installs file $1 at installed path $2 with mode $3.
put() {
    local source="$1" target="$2" mode="$3"
    record_new_folders "$(dirname "$target")"
    install -D -m "$mode" "$source" "$(on_disk "$target")"
    installed_files+=("$target")
}

# The manifest, from the arrays; an earlier install's entries are kept, so an install over
# an install still removes the folders the first one created.
write_manifest() {
    local file="$1" previous
    previous="$(on_disk "$MANIFEST")"
    {
        echo "# jixiao install manifest: written by scripts/install.sh install, read by uninstall."
        echo "# f: a file installed; d: a folder the install created (removed only when empty)."
        {
            for folder in "${created_folders[@]}"; do echo "d $folder"; done
            for target in "${installed_files[@]}" "$MANIFEST"; do echo "f $target"; done
            if [ -f "$previous" ]; then grep -E '^[fd] /' "$previous" || true; fi
        } | sort -u
    } >"$file"
}

# Help text as roff text lines: backslashes as \e, minus signs as \- (so options copy as ASCII),
# and a line starting with . or ' guarded by \&.
roff_text() {
    sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
}

# Writes the manual page of binary $1 to stdout: NAME from its overview, the root help, then
# each subcommand's help as printed by `jixiao SUBCOMMAND --help`, then files and exit codes.
write_manual() {
    local jixiao="$1" version overview name date
    local subcommands=()
    version="$("$jixiao" --version)"
    overview="$(COLUMNS=1000 "$jixiao" --help | sed -n 's/^OVERVIEW: //p')"
    while read -r name; do subcommands+=("$name"); done < <(
        COLUMNS=1000 "$jixiao" --help | awk '/^SUBCOMMANDS:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }')
    [ -n "$overview" ] && [ "${#subcommands[@]}" -gt 0 ] ||
        die "$jixiao --help printed no OVERVIEW or no SUBCOMMANDS; cannot make the manual page."
    # The date of the commit installed (SOURCE_DATE_EPOCH wins), so the same tree gives the same page.
    date="$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git -C "$REPO_DIR" log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y-%m-%d)"
    cat <<EOF
.TH JIXIAO 1 "$date" "jixiao $version" "Jixiao 绩效"
.nh
.SH NAME
jixiao \\- $(printf '%s\n' "$overview" | roff_text)
.SH SYNOPSIS
.B jixiao
.I subcommand
.RI [ options ]
.SH DESCRIPTION
.nf
$(COLUMNS=64 "$jixiao" --help | roff_text)
.fi
.SH COMMANDS
EOF
    for name in "${subcommands[@]}"; do
        printf '.SS "jixiao %s"\n.nf\n%s\n.fi\n' "$name" "$(COLUMNS=64 "$jixiao" "$name" --help | roff_text)"
    done
    cat <<EOF
.SH FILES
.TP
.I $SHARE/fonts/fonts.conf
私有字体配置与 Fandol 字体（及其常用字版 *.common.otf）；jixiao 在自身所在目录的 ../share/jixiao/fonts 中找到它，无需环境变量
(the private font configuration, the Fandol fonts and their Common cuts, found beside the binary with no variable set).
.TP
.I $SHARE/examples/
示例报告 (example reports), e.g. linzhi\\-2024\\-kunnan\\-zhigong.yaml.
.TP
.I $SHARE/schemes/
评分方案预设，亦已内置于程序 (the scoring scheme presets, also built into the binary).
.SH ENVIRONMENT
.TP
.B JIXIAO_FONTS
含 fonts.conf 的目录，设置后只用它 (a folder holding fonts.conf, used instead of the installed fonts, and alone).
.SH EXIT STATUS
0 成功，可有警告 (success, warnings allowed); 1 报告或输出错误 (an error in a report or its output);
2 用法错误 (a usage error); 130, 143 批量被 Ctrl\\-C 或 SIGTERM 中止 (a batch stopped by Ctrl\\-C or SIGTERM).
EOF
}

# After a failure: writes the manifest of the files installed so far, when there are any.
finish_failed_install() {
    local work="$1"
    [ "${#installed_files[@]}" -gt 0 ] || return 0
    if write_manifest "$work/manifest" && install -D -m 0644 "$work/manifest" "$(on_disk "$MANIFEST")" 2>/dev/null; then
        echo "安装未完成 install incomplete: ${#installed_files[@]} files written; make uninstall removes them." >&2
    fi
}

install_all() {
    local work name
    if [ -z "$binary" ]; then
        # The Swift runtime and Foundation linked into the binary (--static-swift-stdlib): the
        # dynamic loader then resolves no Swift symbols at start, a third of `jixiao --version`
        # and about 10 ms of every cold `jixiao render` (docs/architecture.md).
        echo "Building the release binary 构建发布版 (swift build -c release --static-swift-stdlib --product jixiao)…"
        (cd "$REPO_DIR" && "$SWIFT" build -c release --static-swift-stdlib --product jixiao)
        binary="$(cd "$REPO_DIR" && "$SWIFT" build -c release --static-swift-stdlib --show-bin-path)/jixiao"
    fi
    [ -x "$binary" ] || die "$binary is not an executable file."
    (cd "$REPO_DIR/fonts" && sha256sum --quiet --check SHA256SUMS >/dev/null 2>&1) ||
        die "fonts/ 中的 Fandol 字体缺失或不符 (the Fandol fonts in fonts/ are missing or differ): run make deps (or bash fonts/setup.sh)."
    (cd "$REPO_DIR/fonts" && sha256sum --quiet --check SHA256SUMS.common >/dev/null 2>&1) ||
        die "fonts/ 中的常用字版字体缺失或不符 (the Common cuts in fonts/, *.common.otf, are missing or differ from fonts/SHA256SUMS.common): run make deps (or bash fonts/setup.sh)."

    work="$(mktemp -d)"
    # On the way out, success or not: a failed install (a full disk, a folder not writable)
    # still leaves the manifest of what it did write, so `make uninstall` can take it back.
    # shellcheck disable=SC2064 # expand $work now: it is local to this function.
    trap "status=\$?; [ \$status -eq 0 ] || finish_failed_install '$work'; rm -rf '$work'" EXIT
    write_manual "$binary" >"$work/jixiao.1"
    for shell in bash zsh fish; do
        "$binary" --generate-completion-script "$shell" >"$work/completion.$shell"
    done

    put "$binary" "$prefix/bin/jixiao" 0755
    put "$REPO_DIR/fonts/fonts.conf" "$SHARE/fonts/fonts.conf" 0644
    while read -r _ name; do
        put "$REPO_DIR/fonts/$name" "$SHARE/fonts/$name" 0644
    done < <(cat "$REPO_DIR/fonts/SHA256SUMS" "$REPO_DIR/fonts/SHA256SUMS.common")
    for file in "$REPO_DIR"/assets/schemes/*.yaml; do put "$file" "$SHARE/schemes/$(basename "$file")" 0644; done
    for file in "$REPO_DIR"/assets/examples/*.yaml; do put "$file" "$SHARE/examples/$(basename "$file")" 0644; done
    put "$work/jixiao.1" "$prefix/share/man/man1/jixiao.1" 0644
    put "$work/completion.bash" "$prefix/share/bash-completion/completions/jixiao" 0644
    put "$work/completion.zsh" "$prefix/share/zsh/site-functions/_jixiao" 0644
    put "$work/completion.fish" "$prefix/share/fish/vendor_completions.d/jixiao.fish" 0644

    write_manifest "$work/manifest"
    install -D -m 0644 "$work/manifest" "$(on_disk "$MANIFEST")"
    echo "已安装 Installed ${#installed_files[@]} files under $(on_disk "$prefix") (list: $(on_disk "$MANIFEST"))."
}

# --- uninstall ----------------------------------------------------------------------------

uninstall_all() {
    local manifest kind path removed=0 kept=0
    manifest="$(on_disk "$MANIFEST")"
    [ -f "$manifest" ] ||
        die "$manifest 不存在 (not found): nothing was installed under this PREFIX/DESTDIR by make install; nothing removed."
    local files=() folders=()
    while read -r kind path; do
        case "$kind" in
            f) # A file: only inside PREFIX, so a damaged manifest cannot reach anything else.
                case "$path" in "$prefix"/*) files+=("$path") ;; *) echo "skipped (outside $prefix): $path" >&2 ;; esac ;;
            d) # A folder: inside PREFIX, PREFIX itself, or one above it that the install created.
                case "$path" in "$prefix" | "$prefix"/*) folders+=("$path") ;;
                    *) case "$prefix/" in "$path"/*) folders+=("$path") ;; *) echo "skipped (outside $prefix): $path" >&2 ;; esac ;;
                esac ;;
        esac
    done < <(grep -E '^[fd] /' "$manifest")
    for path in "${files[@]}"; do
        if [ -e "$(on_disk "$path")" ] || [ -L "$(on_disk "$path")" ]; then
            rm -f "$(on_disk "$path")"
            removed=$((removed + 1))
        fi
    done
    # Deepest first (a folder sorts before everything inside it), so parents empty out in turn.
    while read -r path; do
        [ -n "$path" ] && [ -d "$(on_disk "$path")" ] || continue
        if ! rmdir "$(on_disk "$path")" 2>/dev/null; then
            echo "保留 kept $(on_disk "$path"): it holds files jixiao did not install." >&2
            kept=$((kept + 1))
        fi
    done < <(printf '%s\n' "${folders[@]}" | sort -r)
    echo "已卸载 Uninstalled: removed $removed files from $(on_disk "$prefix")$([ "$kept" -eq 0 ] || echo ", kept $kept folders holding other files")."
}

case "$action" in
    install) install_all ;;
    uninstall) uninstall_all ;;
esac
