#!/usr/bin/env bash
# Build shopinbox.app and a drag-to-Applications .dmg on macOS, for this Mac's architecture
# (arm64 on Apple silicon, x86_64 on Intel; the release workflow builds both on their own runners).
#   bash packaging/macos/build_dmg.sh              (PYTHON=/path/to/python to use another venv)
# Signing and notarisation run only when their secrets are set; otherwise they are skipped with a
# notice and the .dmg is unsigned (fine for testing; Gatekeeper will ask before the first start):
#   APPLE_CERTIFICATE (base64 .p12), APPLE_CERTIFICATE_PASSWORD, APPLE_SIGNING_IDENTITY
#     ("Developer ID Application: Name (TEAMID)")             -> codesign with hardened runtime
#   + APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (app-specific) -> notarytool submit + staple
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${PYTHON:-.venv/bin/python}
if [ ! -x "$python" ]; then
  python3 -m venv .venv
  python=.venv/bin/python
fi
"$python" -m pip install -q --upgrade pip
"$python" -m pip install -q -e ".[packaging,postgres]"

version=$("$python" -c 'import sys, pathlib; sys.path.insert(0, "packaging"); import bundle_rules
print(bundle_rules.read_version(pathlib.Path(".")))')
arch=${SHOPINBOX_TARGET_ARCH:-$(uname -m)}
app=dist/shopinbox.app
dmg="dist/shopinbox-$version-macos-$arch.dmg"

rm -rf "$app" dist/shopinbox "$dmg"
SHOPINBOX_TARGET_ARCH="$arch" "$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/shopinbox.spec
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist" \
  | grep -qx "$version" || { echo "Info.plist does not carry version $version" >&2; exit 1; }
"$app/Contents/MacOS/shopinbox" --smoke --smoke-report "dist/smoke-macos-$arch.json"

signed=0
if [ -n "${APPLE_CERTIFICATE:-}" ] && [ -n "${APPLE_CERTIFICATE_PASSWORD:-}" ] \
   && [ -n "${APPLE_SIGNING_IDENTITY:-}" ]; then
  secrets_dir=${RUNNER_TEMP:-$(mktemp -d)}
  keychain="$secrets_dir/shopinbox-signing.keychain-db"
  keychain_password=$(uuidgen)
  echo "$APPLE_CERTIFICATE" | base64 --decode > "$secrets_dir/certificate.p12"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  security import "$secrets_dir/certificate.p12" -P "$APPLE_CERTIFICATE_PASSWORD" \
    -A -t cert -f pkcs12 -k "$keychain"
  security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  rm -f "$secrets_dir/certificate.p12"
  sign() {
    codesign --force --timestamp --options runtime --keychain "$keychain" \
      --entitlements packaging/macos/entitlements.plist --sign "$APPLE_SIGNING_IDENTITY" "$@"
  }
  # Inside out: every library, then the Qt frameworks, then the app itself.
  while IFS= read -r -d '' file; do sign "$file"; done \
    < <(find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" \) -print0)
  while IFS= read -r -d '' framework; do sign "$framework"; done \
    < <(find "$app/Contents" -type d -name "*.framework" -prune -print0)
  sign "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
  signed=1
  # The signed app must still pass (the hardened runtime refuses what it does not like).
  "$app/Contents/MacOS/shopinbox" --smoke >/dev/null
else
  echo "::notice::macOS code signing skipped: APPLE_CERTIFICATE, APPLE_CERTIFICATE_PASSWORD and APPLE_SIGNING_IDENTITY are not all set"
fi

# The drag-to-Applications layout: the app beside a link to /Applications.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -quiet -volname "shopinbox $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -ov "$dmg"

if [ "$signed" = 1 ]; then
  codesign --force --timestamp --keychain "$keychain" --sign "$APPLE_SIGNING_IDENTITY" "$dmg"
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
  else
    echo "::notice::macOS notarisation skipped: APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD are not all set"
  fi
else
  echo "::notice::macOS notarisation skipped: the app is not signed"
fi

# What the user gets: mount the .dmg and smoke-test the app inside it.
mount=$(mktemp -d)
hdiutil attach -quiet -nobrowse -readonly -mountpoint "$mount" "$dmg"
status=0
[ -L "$mount/Applications" ] || { echo "the .dmg has no Applications link" >&2; status=1; }
"$mount/shopinbox.app/Contents/MacOS/shopinbox" --smoke >/dev/null || status=1
hdiutil detach -quiet "$mount"
[ "$status" = 0 ] || { echo "the app inside $dmg failed its smoke test" >&2; exit 1; }
echo "macOS disk image: $dmg ($(du -sh "$app" | cut -f1) unpacked app)"
