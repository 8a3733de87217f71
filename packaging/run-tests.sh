#!/usr/bin/env bash
# Run the test suite inside a private D-Bus session with an unlocked gnome-keyring, so the keychain
# tests use a real Secret Service. Extra arguments go to pytest.
# Usage: bash packaging/run-tests.sh [pytest args...]     (after packaging/setup-debian.sh)
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

die() { printf 'run-tests.sh: error: %s\n' "$*" >&2; exit 1; }

[ -x .venv/bin/python ] || die ".venv is missing: run 'bash packaging/setup-debian.sh' first"
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "$tool not found: run 'bash packaging/setup-debian.sh' (it installs dbus and gnome-keyring)"
done

# A throwaway HOME and XDG dirs: gnome-keyring writes its keyring file and control socket there,
# never into the real home, and cannot talk to a developer's running keyring daemon.
tmp_home=$(mktemp -d)
trap 'rm -rf "$tmp_home"' EXIT
mkdir -m 700 "$tmp_home/run"
export HOME="$tmp_home"
export XDG_RUNTIME_DIR="$tmp_home/run"
export XDG_DATA_HOME="$tmp_home/.local/share"
export XDG_CONFIG_HOME="$tmp_home/.config"
export XDG_CACHE_HOME="$tmp_home/.cache"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
export QT_QPA_PLATFORM=offscreen

# -q unless the caller asked for verbosity (-q and -v would cancel out).
quiet=(-q)
for arg in "$@"; do
    case "$arg" in -v* | --verbose) quiet=() ;; esac
done

# The whole suite runs on one pytest-xdist worker per core (half the time on two cores: most
# tests wait on a simulator, a child process or a player); a call given anything but flags (test
# paths, an option's value), -n or -p runs in this process.
workers=(-n auto)
for arg in "$@"; do
    case "$arg" in -n* | --numprocesses* | -p* | [!-]*) workers=() ;; esac
done

# Every test API key contains LEAKMARK: after the run, no output and no file any test wrote
# (data dirs, logs, stores, sidecars, clips: all under --basetemp) may contain one.
basetemp="$tmp_home/pytest"
output="$tmp_home/pytest-output.txt"
status=0
dbus-run-session -- sh -c \
    'eval "$(printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets)"; exec "$@"' \
    sh .venv/bin/python -m pytest "${quiet[@]}" "${workers[@]}" --basetemp="$basetemp" "$@" 2>&1 \
    | tee "$output" || status=$?

if [ "$status" -eq 5 ]; then
    echo "run-tests.sh: error: pytest collected no tests (exit 5): that is a failure, not a pass" >&2
fi
if [ "$status" -eq 0 ]; then
    leaks=$( { grep -l LEAKMARK "$output" || true; grep -rl LEAKMARK "$basetemp" 2>/dev/null || true; } )
    if [ -n "$leaks" ]; then
        echo "run-tests.sh: error: an API key leaked into output or files:" >&2
        echo "$leaks" >&2
        status=1
    else
        echo "key scan: no test API key in the test output or in any file the tests wrote"
    fi
fi
exit "$status"
