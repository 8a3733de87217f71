#!/usr/bin/env bash
# Set up a Debian 12 machine to run and test Seedance Studio: apt packages, .venv, editable install.
# Idempotent: run it again at any time. Usage: bash packaging/setup-debian.sh [--no-apt] [--verbose]
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bash packaging/setup-debian.sh [--no-apt] [--verbose]

  --no-apt    skip apt-get (install the system packages yourself)
  --verbose   show the full output of apt-get and pip
Environment: PYTHON=/path/to/python3 picks the interpreter for .venv (default: python3, >= 3.11).
EOF
}

use_apt=1
verbose=0
for arg in "$@"; do
    case "$arg" in
        --no-apt) use_apt=0 ;;
        --verbose | -v) verbose=1 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "setup-debian.sh: unknown option: $arg" >&2; usage >&2; exit 2 ;;
    esac
done

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
repo=$(pwd)

# System packages. Qt's xcb plugin needs the libxcb-*/xkbcommon/GL ones for a real window;
# QtMultimedia cannot even be imported without libpulse0; gnome-keyring + dbus give the tests a
# real Secret Service; xvfb/imagemagick are for screenshots; fonts-noto-cjk renders Chinese.
APT_PACKAGES=(
    libpulse0 libpipewire-0.3-0
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1
    libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libfontconfig1
    dbus libdbus-1-3 gnome-keyring
    xvfb imagemagick fonts-noto-cjk desktop-file-utils
)

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

apt_install() {
    run "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q -o Dpkg::Use-Pty=0 "$@" </dev/null
}

apt_updated=0
apt_update() {
    if [ "$apt_updated" = 0 ]; then
        say "apt-get update"
        run "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
        apt_updated=1
    fi
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
command -v "$python" >/dev/null 2>&1 || die "$python not found: install Python 3.11 or newer (Debian 12: apt-get install python3)"
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
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
