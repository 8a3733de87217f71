#!/usr/bin/env bash
# Launch the app the way the README tells a newcomer to, in a real X server (Xvfb, Qt's xcb
# platform plugin: what a desktop loads, unlike the tests' offscreen platform), and fail on a
# missing library, a platform-plugin abort, a traceback or an unclean exit.
#   1. `.venv/bin/seedance-studio` with no key and a new home: the welcome ("Try the demo" /
#      "Enter API key") is on screen; SIGTERM closes it with exit 0.
#   2. `.venv/bin/seedance-studio --demo`: the window paints, the studio fills it, it closes, exit 0.
#   3. The same with SIGTERM once it is ready: exit 0, the window state saved, no temp folder left.
#   4. No display at all: one sentence, exit 1.
#   5. `seedance-studio simulate` stopped with SIGTERM: exit 0, its clips folder removed.
# Usage: bash packaging/check-launch.sh        (after packaging/setup-debian.sh)
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
app=.venv/bin/seedance-studio
[ -x "$app" ] || { echo "check-launch.sh: $app is missing: run packaging/setup-debian.sh" >&2; exit 1; }
for tool in Xvfb xwininfo; do
    command -v "$tool" >/dev/null || { echo "check-launch.sh: $tool not found: run packaging/setup-debian.sh" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export TMPDIR="$work/tmp"  # whatever the app or the simulator leaves in the temp folder shows here
mkdir -p "$TMPDIR"
unset EVOLINK_API_KEY WAYLAND_DISPLAY
export QT_LOGGING_RULES="qt.multimedia.*=false"

fail() { echo "check-launch.sh: FAILED: $*" >&2; exit 1; }
ok() { echo "check-launch.sh: ok: $*"; }

# Our own leftovers in the temp folder (libpulse may keep a pulse-* folder there, without
# XDG_RUNTIME_DIR: not ours).
ours_left() {
    local left
    left=$(find "$TMPDIR" -mindepth 1 -maxdepth 1 -name 'seedance*' -print)
    [ -z "$left" ] || { echo "$left" >&2; fail "$1 left files in the temp folder"; }
}

# A traceback, Qt's fatal messages or an ERROR log line on stderr fail the check.
check_stderr() {
    if grep -nE 'Traceback|Fatal|could not (load|connect)|Aborted| ERROR ' "$1"; then
        fail "$2: see the lines above (stderr of the app)"
    fi
}

display_number=$((90 + RANDOM % 100))
Xvfb ":$display_number" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X$display_number" ] && break
    sleep 0.1
done
export DISPLAY=":$display_number" QT_QPA_PLATFORM=xcb

# Wait (bounded) until process $1 maps a window whose title matches $2; fail early if it ends.
wait_for_window() {
    for _ in $(seq 300); do
        xwininfo -root -tree 2>/dev/null | grep -qE "\"$2\"" && return 0
        kill -0 "$1" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# 1. The README's launch command, as the very first start.
home="$work/home1"
SEEDANCE_STUDIO_HOME="$home" "$app" 2>"$work/welcome.err" &
pid=$!
wait_for_window "$pid" "Welcome" || { cat "$work/welcome.err" >&2; fail "first start: the app ended, or showed no welcome within 30 s"; }
kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
check_stderr "$work/welcome.err" "first start"
[ "$rc" -eq 0 ] || fail "first start: exit $rc after SIGTERM (wanted 0)"
ok "first start shows the welcome and SIGTERM closes it (exit 0)"

# 2. The demo to its first paint and a clean exit (the start-up benchmark's switch).
home="$work/home2"
rc=0
SEEDANCE_STUDIO_HOME="$home" SEEDANCE_STUDIO_EXIT_AFTER_PAINT=1 timeout 120 "$app" --demo \
    >"$work/demo.out" 2>"$work/demo.err" || rc=$?
check_stderr "$work/demo.err" "--demo"
[ "$rc" -eq 0 ] || { cat "$work/demo.err" >&2; fail "--demo exited $rc (wanted 0)"; }
grep -q '^first-paint ' "$work/demo.out" || fail "--demo never reported its first paint"
grep -q '^ready ' "$work/demo.out" || fail "--demo never reported the studio ready"
ok "--demo paints its window on xcb, fills it and exits 0"

# 3. SIGTERM while the demo studio runs.
SEEDANCE_STUDIO_HOME="$home" "$app" --demo 2>"$work/term.err" &
pid=$!
wait_for_window "$pid" "Seedance Studio.*" || { cat "$work/term.err" >&2; fail "--demo: the app ended, or showed no window within 30 s"; }
sleep 3  # the demo simulator starts after the paint
kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
check_stderr "$work/term.err" "SIGTERM"
[ "$rc" -eq 0 ] || fail "--demo: exit $rc after SIGTERM (wanted 0)"
find "$home" -name window-state.ini | grep -q . || fail "SIGTERM: the window state was not saved"
ours_left "SIGTERM: the app"
ok "SIGTERM closes the studio cleanly (exit 0, window state saved, temp folder empty)"

# 4. No display.
rc=0
env -u DISPLAY -u QT_QPA_PLATFORM SEEDANCE_STUDIO_HOME="$work/home4" "$app" 2>"$work/nodisplay.err" || rc=$?
[ "$rc" -eq 1 ] || fail "no display: exit $rc (wanted 1)"
[ "$(wc -l <"$work/nodisplay.err")" -eq 1 ] && grep -q 'No display was found' "$work/nodisplay.err" \
    || { cat "$work/nodisplay.err" >&2; fail "no display: wanted one sentence"; }
ok "without a display: $(cat "$work/nodisplay.err")"

# 5. The simulator stopped by SIGTERM.
port=$((20000 + RANDOM % 20000))
"$app" simulate --port "$port" >"$work/sim.out" 2>"$work/sim.err" &
pid=$!
for _ in $(seq 100); do
    grep -q 'listening at' "$work/sim.out" && break
    sleep 0.1
done
grep -q 'listening at' "$work/sim.out" || { cat "$work/sim.err" >&2; fail "simulate did not start"; }
kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
check_stderr "$work/sim.err" "simulate"
[ "$rc" -eq 0 ] || fail "simulate: exit $rc after SIGTERM (wanted 0)"
ours_left "simulate"
ok "simulate stops on SIGTERM (exit 0) and removes its clips"

"$app" --help >/dev/null || fail "seedance-studio --help"
ok "seedance-studio --help"

# 6. The README's optional step: the command linked into ~/.local/bin (a throwaway home here).
HOME="$work/linkhome" bash packaging/setup-debian.sh --no-apt --link >"$work/link.out" 2>&1 \
    || { cat "$work/link.out" >&2; fail "setup-debian.sh --link"; }
"$work/linkhome/.local/bin/seedance-studio" --version >/dev/null || fail "the linked command does not run"
ok "setup-debian.sh --link puts a working seedance-studio into ~/.local/bin"
