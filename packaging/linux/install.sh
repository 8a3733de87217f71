#!/bin/sh
# Install (or remove) Seedance Studio from the unpacked tarball, for one user or system-wide.
#   ./install.sh                      install for you: ~/.local/{lib,bin,share}
#   sudo ./install.sh --prefix /usr/local     install for everyone
#   ./install.sh --uninstall [--prefix DIR]   remove exactly what was installed
#   ~/.local/lib/seedance-studio/install.sh --uninstall   the same, once the tarball is gone
# Your tasks, clips, settings, logs and the key in the keychain are never touched by either.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# A copy of this script is installed as <prefix>/lib/seedance-studio/install.sh: from there,
# the prefix is where it sits.
if [ -f "$here/.installed-files" ]; then
    prefix=$(dirname "$(dirname "$here")")
else
    prefix="${HOME}/.local"
fi
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=$2; shift ;;
        --prefix=*) prefix=${1#--prefix=} ;;
        --uninstall) action=uninstall ;;
        -h | --help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

name=seedance-studio
app_id=io.github.seedance_studio.SeedanceStudio
libdir="$prefix/lib/$name"
manifest="$libdir/.installed-files"

# Icon caches notice a changed folder time; no cache file of ours is written (a stale
# icon-theme.cache in ~/.local would hide other applications' icons later).
refresh_caches() {
    if [ -d "$prefix/share/icons/hicolor" ]; then touch "$prefix/share/icons/hicolor"; fi
}

if [ "$action" = uninstall ]; then
    [ -f "$manifest" ] || { echo "install.sh: nothing installed under $prefix" >&2; exit 1; }
    while IFS= read -r file; do
        rm -f "$file"
    done <"$manifest"
    rm -rf "$libdir"
    refresh_caches
    echo "removed $name from $prefix (your clips, tasks, settings and logs are kept)"
    exit 0
fi

[ -x "$here/$name/$name" ] || { echo "install.sh: run it from the unpacked tarball" >&2; exit 1; }
[ -n "$prefix" ] && [ "$prefix" != / ] || { echo "install.sh: refusing --prefix '$prefix'" >&2; exit 2; }
rm -rf "$libdir"
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
cp -a "$here/$name" "$libdir"
: >"$manifest"
add() { echo "$1" >>"$manifest"; }

cp "$here/install.sh" "$libdir/install.sh"
chmod 755 "$libdir/install.sh"
ln -sf "$libdir/$name" "$prefix/bin/$name"
add "$prefix/bin/$name"
# The desktop entry runs the installed binary by its full path: ~/.local/bin is not always on
# the PATH that the desktop session uses.
sed -e "s|^Exec=$name|Exec=$libdir/$name|" -e "s|^TryExec=$name|TryExec=$libdir/$name|" \
    "$here/share/applications/$app_id.desktop" >"$prefix/share/applications/$app_id.desktop"
add "$prefix/share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$prefix/share/metainfo/"
add "$prefix/share/metainfo/$app_id.metainfo.xml"
for icon in "$here"/share/icons/hicolor/*/apps/*; do
    target="$prefix/share/icons/hicolor/${icon#"$here/share/icons/hicolor/"}"
    mkdir -p "$(dirname "$target")"
    cp "$icon" "$target"
    add "$target"
done
refresh_caches
echo "installed $name in $libdir"
echo "run it from your applications menu, or as $prefix/bin/$name"
