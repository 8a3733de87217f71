# Build the Windows bundle: dist\seedance-studio\ (seedance-studio.exe, the app; seedance-studio-cli.exe,
# the command line and --self-test) and
# dist\seedance-studio-<version>-windows-x86_64.zip. Not run in CI (Linux only); see
# packaging/README.md. Usage, from the repository root in PowerShell:
#   py -3.11 -m venv .venv; .venv\Scripts\pip install -e ".[package]"
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) { throw ".venv is missing: py -3.11 -m venv .venv; .venv\Scripts\pip install -e "".[package]""" }
$version = & $py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$env:QT_QPA_PLATFORM = "offscreen"

& $py -m pip install --disable-pip-version-check -q -e ".[package]"
Remove-Item -Recurse -Force build\bundle-extra -ErrorAction SilentlyContinue
# The .ico for the .exe, and the self-test's sample clip.
& $py packaging\render-icons.py --out build\bundle-extra\icons --all
& $py -c "import sys; from app.selftest import write_sample; write_sample(sys.argv[1])" build\bundle-extra\selftest\sample.mp4
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\seedance-studio.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& dist\seedance-studio\seedance-studio-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }

$zip = "dist\seedance-studio-$version-windows-x86_64.zip"
Remove-Item -Force $zip -ErrorAction SilentlyContinue
Compress-Archive -Path dist\seedance-studio -DestinationPath $zip
Write-Host "built $zip"
