#!/usr/bin/env bash
# Build the Linux bundle: dist/seedance-studio/ (one folder, run dist/seedance-studio/seedance-studio)
# and dist/seedance-studio-<version>-linux-x86_64.tar.gz (the folder plus desktop entry, icons,
# AppStream metainfo and install.sh). Uses the project's .venv (bash packaging/setup-debian.sh)
# and installs the `package` extra (PyInstaller, Pillow) into it.
# Usage: bash packaging/build-linux.sh [--no-tarball] [--self-test]
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
repo=$(pwd)

tarball=1
selftest=0
for arg in "$@"; do
    case "$arg" in
        --no-tarball) tarball=0 ;;
        --self-test) selftest=1 ;;
        -h | --help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "build-linux.sh: unknown option: $arg" >&2; exit 2 ;;
    esac
done

say() { printf '==> %s\n' "$*"; }
die() { printf 'build-linux.sh: error: %s\n' "$*" >&2; exit 1; }

py="$repo/.venv/bin/python"
[ -x "$py" ] || die ".venv is missing: run 'bash packaging/setup-debian.sh' first"
version=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
name=seedance-studio
app_id=io.github.seedance_studio.SeedanceStudio
export QT_QPA_PLATFORM=offscreen

start=$(date +%s)
if ! "$py" -c 'import PyInstaller, PIL' >/dev/null 2>&1; then
    say "pip install -e '.[package]' (PyInstaller, Pillow)"
    "$py" -m pip install --disable-pip-version-check --no-input -q -e '.[package]'
fi

# Files the spec bundles that are not in git: the self-test's sample clip (rendered with PyAV,
# the same encoder as the simulator's clips).
extra="$repo/build/bundle-extra"
rm -rf "$extra"
say "rendering the self-test sample clip"
"$py" -c 'import sys; from app.selftest import write_sample; write_sample(sys.argv[1])' \
    "$extra/selftest/sample.mp4"

say "PyInstaller $("$py" -c 'import PyInstaller; print(PyInstaller.__version__)') ($name $version)"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$repo/dist" --workpath "$repo/build/pyinstaller" \
    packaging/seedance-studio.spec

bundle="$repo/dist/$name"
[ -x "$bundle/$name" ] || die "PyInstaller produced no $bundle/$name"
say "bundle: $bundle ($(du -sh "$bundle" | cut -f1))"

if [ "$selftest" = 1 ]; then
    say "self-test of the bundle"
    "$bundle/$name" --self-test
fi

if [ "$tarball" = 1 ]; then
    # The tarball: seedance-studio-<version>/ with the bundle, the desktop files, and install.sh.
    stage="$repo/build/tarball/$name-$version"
    rm -rf "$repo/build/tarball"
    mkdir -p "$stage/share/applications" "$stage/share/metainfo"
    cp -a "$bundle" "$stage/$name"
    cp packaging/linux/$app_id.desktop "$stage/share/applications/"
    cp packaging/linux/$app_id.metainfo.xml "$stage/share/metainfo/"
    for png in icons/png/$name-*.png; do
        size=${png##*-}; size=${size%.png}
        mkdir -p "$stage/share/icons/hicolor/${size}x${size}/apps"
        cp "$png" "$stage/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    mkdir -p "$stage/share/icons/hicolor/scalable/apps"
    cp icons/$name.svg "$stage/share/icons/hicolor/scalable/apps/$app_id.svg"
    install -m 755 packaging/linux/install.sh "$stage/install.sh"
    out="$repo/dist/$name-$version-linux-$arch.tar.gz"
    tar -C "$repo/build/tarball" -czf "$out" "$name-$version"
    say "tarball: $out ($(du -h "$out" | cut -f1))"
fi
say "done in $(($(date +%s) - start)) s"
