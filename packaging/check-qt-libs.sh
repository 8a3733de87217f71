#!/usr/bin/env bash
# Fail when a shared library that the app loads at run time is missing on this machine.
#
# Qt resolves its platform, image-format, icon and multimedia plugins only when the app starts,
# and a missing system library then aborts it with a misleading message (a missing
# libxcb-shape0 reads as "xcb-cursor0 is needed"). `ldd` over exactly what the app loads shows
# every "not found" at once, so CI fails the day setup-debian.sh stops installing one.
# Usage: bash packaging/check-qt-libs.sh [VENV]          (default: .venv)
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
venv=${1:-.venv}
site=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
pyside="$site/PySide6"
plugins="$pyside/Qt/plugins"
[ -d "$plugins" ] || { echo "check-qt-libs.sh: no PySide6 in $venv" >&2; exit 1; }

# The Python bindings the app imports (QtCharts: the spending view), the plugins Qt loads for
# them on X11 and Wayland desktops, and PyAV's own FFmpeg.
files=()
for module in QtCore QtGui QtWidgets QtDBus QtMultimedia QtMultimediaWidgets QtSvg QtCharts; do
    files+=("$pyside/$module".*.so)
done
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqwayland.so \
    xcbglintegrations/*.so imageformats/*.so iconengines/*.so multimedia/*.so \
    platforminputcontexts/libcompose*.so platforminputcontexts/libibus*.so \
    platformthemes/libqxdgdesktopportal.so wayland-shell-integration/libxdg-shell.so \
    wayland-decoration-client/*.so wayland-graphics-integration-client/*.so; do
    files+=("$plugins"/$plugin)
done
files+=("$site"/av/*.so "$site"/av/*/*.so)

missing=0
checked=0
for file in "${files[@]}"; do
    [ -e "$file" ] || { echo "check-qt-libs.sh: expected file is absent: $file" >&2; missing=1; continue; }
    checked=$((checked + 1))
    # ldd prints "libfoo.so.1 => not found" for each unresolved dependency, transitively.
    lost=$(ldd "$file" 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
    if [ -n "$lost" ]; then
        echo "missing for ${file#"$site"/}: $(echo "$lost" | tr '\n' ' ')"
        missing=1
    fi
done
if [ "$missing" -ne 0 ]; then
    echo "check-qt-libs.sh: shared libraries are missing: add their Debian packages to" \
        "APT_PACKAGES in packaging/setup-debian.sh (apt-file search LIB, or packages.debian.org)" >&2
    exit 1
fi
echo "check-qt-libs.sh: all $checked libraries and plugins the app loads resolve every dependency"
