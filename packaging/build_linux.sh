#!/usr/bin/env bash
# Build the Linux bundle and prove it runs:
#   1. PyInstaller one-folder bundle (packaging/shopinbox.spec) in dist/shopinbox/
#   2. + shopinbox.desktop, hicolor icons, install.sh / uninstall.sh (per-user, no root)
#   3. tarball dist/shopinbox-VERSION-linux-ARCH.tar.gz
#   4. unpack the tarball in a temp folder and run the bundle's own `--smoke` (offscreen; also on
#      a real X server when xvfb-run is installed)
#   5. print the unpacked size and the smoke test's start-up time
# Usage: bash packaging/build_linux.sh        (PYTHON=/path/to/python to use another venv)
set -euo pipefail
cd "$(dirname "$0")/.."
budget_mb=${SHOPINBOX_BUNDLE_BUDGET_MB:-150}

python=${PYTHON:-.venv/bin/python}
if [ ! -x "$python" ]; then
  bash packaging/dev-setup.sh
  python=.venv/bin/python
fi
# The build tools are the `packaging` extra of pyproject.toml (one list, read from there).
mapfile -t build_requirements < <("$python" -c '
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["optional-dependencies"]["packaging"]))')
"$python" -m pip install -q "${build_requirements[@]}"

version=$("$python" -c 'import sys, pathlib; sys.path.insert(0, "packaging"); import bundle_rules
print(bundle_rules.read_version(pathlib.Path(".")))')
arch=$(uname -m)
name="shopinbox-$version-linux-$arch"
bundle=dist/shopinbox
tarball="dist/$name.tar.gz"

started=$(date +%s.%N)
rm -rf "$bundle" "$tarball"
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/shopinbox.spec
built=$(date +%s.%N)

cp packaging/linux/shopinbox.desktop packaging/linux/install.sh packaging/linux/uninstall.sh "$bundle/"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$bundle/icons/hicolor/${size}x${size}/apps"
  cp "shopinbox/resources/icons/shopinbox-$size.png" "$bundle/icons/hicolor/${size}x${size}/apps/shopinbox.png"
done
# gzip -3: within 5 % of the default level's size in half the time.
tar -C dist --transform "s|^shopinbox|$name|" -cf - shopinbox | gzip -3 > "$tarball"
packed=$(date +%s.%N)

# The smoke test runs from the unpacked tarball: what a user gets, not the build folder.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
tar -C "$unpacked" -xzf "$tarball"
app="$unpacked/$name/shopinbox"
report="dist/smoke-linux.json"
smoke_start=$(date +%s.%N)
env -u QT_QPA_PLATFORM -u SHOPINBOX_PROFILE -u SHOPINBOX_DATABASE_URL \
  "$app" --smoke --smoke-report "$report"
smoke_end=$(date +%s.%N)
if command -v xvfb-run >/dev/null 2>&1; then
  # The native X11 platform plugin and its system libraries, on a real (virtual) display.
  if ! env -u SHOPINBOX_PROFILE -u SHOPINBOX_DATABASE_URL QT_QPA_PLATFORM=xcb \
      xvfb-run -a "$app" --smoke --smoke-report dist/smoke-linux-xcb.json \
      >/dev/null 2>"$unpacked/xcb.log"; then
    cat "$unpacked/xcb.log" >&2
    echo "build_linux.sh: the bundle failed its smoke test on X11 (xcb)" >&2
    exit 1
  fi
fi

"$python" - "$report" "$unpacked/$name" "$tarball" "$budget_mb" \
  "$started" "$built" "$packed" "$smoke_start" "$smoke_end" <<'EOF'
import json
import os
import sys
from pathlib import Path

report_file, folder, tarball, budget = sys.argv[1], Path(sys.argv[2]), sys.argv[3], float(sys.argv[4])
started, built, packed, smoke_start, smoke_end = map(float, sys.argv[5:10])
report = json.loads(Path(report_file).read_text(encoding="utf-8"))
if any(Path("shopinbox/resources/i18n").glob("*.ts")):
    # The checkout has translations, so the bundle must have carried them.
    bad = {k: v for k, v in report["translations"].items() if v != "ok"}
    if bad:
        sys.exit(f"build_linux.sh: translations missing from the bundle: {bad}")
size = sum(p.lstat().st_size for p in folder.rglob("*"))
mb = size / 1e6
print(f"\nLinux bundle {report['version']}: {tarball}")
print(f"  unpacked size: {mb:.1f} MB ({size / 2**20:.1f} MiB), tarball "
      f"{os.path.getsize(tarball) / 1e6:.1f} MB; budget {budget:.0f} MB"
      + ("" if mb <= budget else "  <-- OVER BUDGET: trim packaging/bundle_rules.py"))
print(f"  smoke test: ok; start-up {report['startup_ms']} ms (process start to painted main "
      f"window), whole smoke run {smoke_end - smoke_start:.2f} s")
print(f"  build {built - started:.1f} s, tarball {packed - built:.1f} s")
EOF
