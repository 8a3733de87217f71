#!/usr/bin/env bash
# Check a built Linux bundle (after packaging/build-linux.sh): the bundle's --self-test, then
# the tarball's install.sh into a throwaway prefix (desktop entry valid, binary runs) and its
# --uninstall (nothing left behind). Offscreen unless QT_QPA_PLATFORM says otherwise.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
die() { printf 'check-linux-bundle.sh: error: %s\n' "$*" >&2; exit 1; }

name=seedance-studio
app_id=io.github.seedance_studio.SeedanceStudio
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)
bundle="dist/$name/$name"
tarball="dist/$name-$version-linux-$(uname -m).tar.gz"
[ -x "$bundle" ] || die "$bundle is missing: run packaging/build-linux.sh first"
[ -f "$tarball" ] || die "$tarball is missing: run packaging/build-linux.sh first"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

echo "==> $bundle --self-test"
"$bundle" --self-test

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "==> install.sh from $tarball into a throwaway prefix"
tar -C "$tmp" -xzf "$tarball"
"$tmp/$name-$version/install.sh" --prefix "$tmp/prefix"
desktop="$tmp/prefix/share/applications/$app_id.desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop"
fi
grep -qx "Exec=$tmp/prefix/lib/$name/$name" "$desktop" || die "the installed Exec= is wrong"
[ -f "$tmp/prefix/share/icons/hicolor/48x48/apps/$app_id.png" ] || die "no 48 px icon installed"
"$tmp/prefix/bin/$name" --version

echo "==> the installed copy of install.sh --uninstall (the tarball may be long gone)"
rm -rf "${tmp:?}/$name-$version"
"$tmp/prefix/lib/$name/install.sh" --uninstall
left=$(find "$tmp/prefix" -type f -o -type l)
[ -z "$left" ] || die "--uninstall left files behind: $left"
echo "bundle checks passed"
