#!/usr/bin/env bash
# Build the macOS app: dist/Seedance Studio.app and dist/seedance-studio-<version>-macos-<arch>.dmg
# (or .zip without hdiutil). Not run in CI (Linux only); see packaging/README.md.
# Usage: python3.11 -m venv .venv && .venv/bin/pip install -e '.[package]' && bash packaging/build-macos.sh
set -euo pipefail

cd "$(dirname "$0")/.."
py=.venv/bin/python
[ -x "$py" ] || { echo "build-macos.sh: .venv is missing (see the usage line)" >&2; exit 1; }
version=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
export QT_QPA_PLATFORM=offscreen

"$py" -m pip install --disable-pip-version-check -q -e '.[package]'
rm -rf build/bundle-extra
# The .icns for the .app, and the self-test's sample clip.
"$py" packaging/render-icons.py --out build/bundle-extra/icons --all
"$py" -c 'import sys; from app.selftest import write_sample; write_sample(sys.argv[1])' \
    build/bundle-extra/selftest/sample.mp4
"$py" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/seedance-studio.spec

app="dist/Seedance Studio.app"
"$app/Contents/MacOS/seedance-studio" --self-test

# Unsigned: Gatekeeper asks once (right-click → Open). To sign and notarise, set IDENTITY:
if [ -n "${IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --sign "$IDENTITY" "$app"
fi
if command -v hdiutil >/dev/null 2>&1; then
    out="dist/seedance-studio-$version-macos-$arch.dmg"
    rm -f "$out"
    hdiutil create -volname "Seedance Studio" -srcfolder "$app" -ov -format UDZO "$out"
else
    out="dist/seedance-studio-$version-macos-$arch.zip"
    (cd dist && ditto -c -k --keepParent "Seedance Studio.app" "$(basename "$out")")
fi
echo "built $out"
