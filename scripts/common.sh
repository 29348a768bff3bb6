# Shell helpers shared by scripts/ensure-apt-packages.sh and fonts/setup.sh (sourced, not run).

# Runs a command with its output held back; shows the output only if the command fails.
quietly() {
    local log status
    log="$(mktemp)"
    if "$@" >"$log" 2>&1; then
        rm -f "$log"
    else
        status=$?
        cat "$log" >&2
        rm -f "$log"
        return "$status"
    fi
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
