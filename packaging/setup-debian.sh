#!/usr/bin/env bash
# Set up a Debian 12 machine to run and test Seedance Studio: apt packages, .venv, editable install.
# Idempotent: run it again at any time.
# Usage: bash packaging/setup-debian.sh [--no-apt] [--link] [--verbose]
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bash packaging/setup-debian.sh [--no-apt] [--link] [--verbose]

  --no-apt    skip apt-get (install the system packages yourself)
  --link      also link the command into ~/.local/bin, so that `seedance-studio` works anywhere
  --verbose   show the full output of apt-get and pip
Environment: PYTHON=/path/to/python3 picks the interpreter for .venv (default: python3, >= 3.11).
EOF
}

use_apt=1
verbose=0
link=0
for arg in "$@"; do
    case "$arg" in
        --no-apt) use_apt=0 ;;
        --link) link=1 ;;
        --verbose | -v) verbose=1 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "setup-debian.sh: unknown option: $arg" >&2; usage >&2; exit 2 ;;
    esac
done

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
repo=$(pwd)

# System packages, checked against a debootstrap minbase Debian 12 with `ldd` over everything the
# app loads (packaging/check-qt-libs.sh, run by CI): Qt's xcb and wayland platform plugins need
# the libxcb-*/xkbcommon/wayland/GL ones for a real window; QtMultimedia cannot even be imported
# without libpulse0; gnome-keyring + dbus give the tests a real Secret Service; xvfb, imagemagick and
# x11-utils are for screenshots and the launch check; fonts-noto-cjk renders Chinese; appstream and
# desktop-file-utils validate the Linux metadata; at-spi2-core and Debian's python3-gi with
# gir1.2-atspi-2.0 let packaging/check-accessibility.sh walk the window as a screen reader does.
APT_PACKAGES=(
    libpulse0 libpipewire-0.3-0
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-shape0 libxkbcommon-x11-0 libegl1 libgl1
    libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libfontconfig1
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    dbus libdbus-1-3 gnome-keyring
    xvfb xauth x11-utils imagemagick fonts-noto-cjk desktop-file-utils appstream
    at-spi2-core python3-gi gir1.2-atspi-2.0
)
# How long to wait for another apt or dpkg (an unattended upgrade) to let go of its lock.
LOCK_WAIT_S=300

say() { printf '==> %s\n' "$*"; }
die() { printf 'setup-debian.sh: error: %s\n' "$*" >&2; exit 1; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Run a command; quiet unless --verbose, but show its output if it fails.
run() {
    if [ "$verbose" = 1 ]; then
        "$@"
        return
    fi
    if ! "$@" >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        die "command failed: $*"
    fi
}

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    SUDO=()
    [ "$use_apt" = 0 ] || die "not root and sudo is not installed: run as root, or use --no-apt"
fi

# apt waits (bounded) for the dpkg lock itself; `update` takes the lists lock, which that option
# does not cover, so it is retried while another apt holds it.
apt_get() {
    run "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout="$LOCK_WAIT_S" "$@" </dev/null
}

apt_install() {
    apt_get install -y "$@"
}

apt_updated=0
apt_update() {
    [ "$apt_updated" = 0 ] || return 0
    say "apt-get update"
    local waited=0
    until "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null >"$log" 2>&1; do
        if grep -q 'Could not get lock' "$log" && [ "$waited" -lt "$LOCK_WAIT_S" ]; then
            [ "$waited" -gt 0 ] || say "another apt is running: waiting for it (at most ${LOCK_WAIT_S}s)"
            sleep 5
            waited=$((waited + 5))
            continue
        fi
        tail -n 40 "$log" >&2
        die "command failed: apt-get update"
    done
    apt_updated=1
}

is_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

# --- apt packages ---------------------------------------------------------------------------
if [ "$use_apt" = 1 ]; then
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this script is for Debian 12 (use --no-apt elsewhere)"
    missing=()
    for pkg in "${APT_PACKAGES[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "apt packages: all ${#APT_PACKAGES[@]} already installed"
    else
        apt_update
        unknown=()
        for pkg in "${missing[@]}"; do
            candidate=$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')
            if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then unknown+=("$pkg"); fi
        done
        [ "${#unknown[@]}" -eq 0 ] || die "apt has no package named: ${unknown[*]} (is this Debian 12 with the main archive enabled?)"
        say "apt-get install ${missing[*]}"
        apt_install "${missing[@]}"
    fi
fi

# --- Python >= 3.11 --------------------------------------------------------------------------
python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
    [ "$use_apt" = 1 ] && [ -z "${PYTHON:-}" ] \
        || die "$python not found: install Python 3.11 or newer (Debian 12: apt-get install python3 python3-venv)"
    apt_update
    say "apt-get install python3 python3-venv"
    apt_install python3 python3-venv
fi
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
# Ubuntu 22.04's python3 is 3.10; its archive has python3.11 beside it.
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' && [ "$use_apt" = 1 ] \
    && [ -z "${PYTHON:-}" ]; then
    if ! command -v python3.11 >/dev/null 2>&1; then
        apt_update
        say "$python is $version: apt-get install python3.11 python3.11-venv"
        apt_install python3.11 python3.11-venv
    fi
    python=python3.11
    version=3.11
fi
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "Python >= 3.11 is required, but $python is $version (set PYTHON=/path/to/python3.11+)"

# Debian splits venv/ensurepip into python3-venv; `-m venv --help` works even without it.
if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    [ "$use_apt" = 1 ] || die "$python cannot create a venv (no ensurepip): apt-get install python3-venv, or drop --no-apt"
    apt_update
    say "apt-get install python3-venv"
    apt_install python3-venv "python${version}-venv"
fi

# --- .venv -----------------------------------------------------------------------------------
venv="$repo/.venv"
# A set-up once run as root (or with sudo) leaves a .venv this user cannot write to: pip would
# end in a permission traceback.
foreign_venv() {
    [ "$(id -u)" -ne 0 ] && [ -e "$venv" ] || return 1
    [ -w "$venv" ] || return 0
    [ -n "$(find "$venv" "$repo"/*.egg-info -maxdepth 4 ! -user "$(id -u)" -print -quit 2>/dev/null)" ]
}
if foreign_venv; then
    owner=$(stat -c %U "$venv" 2>/dev/null || echo another user)
    die "$venv belongs to $owner (the set-up was once run as root?); give it back to you with
    sudo chown -R $(id -un): '$venv'
or remove it with 'sudo rm -rf $venv', then run this script again"
fi
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
    && "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
    say ".venv exists ($("$venv/bin/python" -c 'import sys; print(sys.version.split()[0])'))"
else
    [ ! -e "$venv" ] || say ".venv is broken or too old: recreating it"
    rm -rf "$venv"
    say "creating .venv with $python $version"
    run "$python" -m venv "$venv"
fi

say "pip install -e '.[test]' (PySide6 etc.; the first run takes a minute)"
run "$venv/bin/python" -m pip install --disable-pip-version-check --no-input -q -e '.[test]'

"$venv/bin/python" -c 'import app, PySide6.QtMultimedia, keyring, av' \
    || die "the install finished but the app's dependencies do not import (see above)"
say "done: $venv ($("$venv/bin/python" -c 'import sys; print(sys.version.split()[0])'))"
if [ "$link" = 1 ]; then
    mkdir -p "$HOME/.local/bin"
    ln -sf "$venv/bin/seedance-studio" "$HOME/.local/bin/seedance-studio"
    say "linked $HOME/.local/bin/seedance-studio -> $venv/bin/seedance-studio"
    case ":$PATH:" in
        *":$HOME/.local/bin:"*) ;;
        *) say "note: $HOME/.local/bin is not on your PATH (log in again, or add it in ~/.profile)" ;;
    esac
fi
