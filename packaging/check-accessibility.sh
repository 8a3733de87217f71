#!/usr/bin/env bash
# The studio as a screen reader meets it: a private session bus, Xvfb, the AT-SPI bus, the app
# in the demo (Qt's xcb plugin with accessibility on), then packaging/a11y_walk.py walks its
# tree, drives it (a prompt, the pickers, the Library tab) and fails on a showing control
# without a name, a value label that does not say what it shows, a covered tab's controls read
# as showing. Extra arguments go to the walker (--dump prints the tree after each step).
# The app runs as `.venv/bin/python -m app` from this checkout: the venv's own entry point may
# be an editable install of another checkout.
# Usage: bash packaging/check-accessibility.sh [--dump]     (after packaging/setup-debian.sh)
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
launcher=/usr/libexec/at-spi-bus-launcher
for need in .venv/bin/python /usr/bin/python3 "$launcher" dbus-run-session Xvfb import; do
    command -v "$need" >/dev/null 2>&1 || [ -x "$need" ] \
        || { echo "check-accessibility.sh: $need not found: run packaging/setup-debian.sh" >&2; exit 1; }
done
/usr/bin/python3 -c 'import gi; gi.require_version("Atspi", "2.0")' 2>/dev/null \
    || { echo "check-accessibility.sh: python3-gi / gir1.2-atspi-2.0 missing: run packaging/setup-debian.sh" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SEEDANCE_STUDIO_HOME="$work/home" QT_LOGGING_RULES="qt.multimedia.*=false"
unset EVOLINK_API_KEY WAYLAND_DISPLAY

# Everything below runs on its own session bus, which ends with it (no exec: the trap cleans up).
dbus-run-session -- bash -c '
    set -euo pipefail
    # Xvfb picks a free display itself (other X servers may run on this machine).
    Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"'"$work"'/display" >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 100); do [ -s "'"$work"'/display" ] && break; sleep 0.1; done
    [ -s "'"$work"'/display" ] || { echo "check-accessibility.sh: Xvfb did not start" >&2; exit 2; }
    export DISPLAY=":$(cat "'"$work"'/display")"
    '"$launcher"' --launch-immediately >/dev/null 2>&1 &
    bus=$!
    sleep 1
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m app --demo >"'"$work"'/app.log" 2>&1 &
    app=$!
    rc=0
    /usr/bin/python3 packaging/a11y_walk.py --wait 60 "$@" || rc=$?
    kill -TERM "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    kill "$bus" "$xvfb" 2>/dev/null || true
    [ "$rc" -ne 2 ] || tail -n 20 "'"$work"'/app.log" >&2
    exit "$rc"
' check-accessibility "$@"
