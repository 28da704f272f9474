#!/usr/bin/env bash
# Set up a development machine (Debian/Ubuntu) from nothing: system libraries Qt needs, fonts
# with Polish and Cyrillic glyphs, and a virtual environment in .venv with shopinbox installed.
#   bash packaging/dev-setup.sh          # the app
#   bash packaging/dev-setup.sh --test   # + test servers (Dovecot, PostgreSQL, Xvfb, isync) and test tools
set -euo pipefail
cd "$(dirname "$0")/.."
with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

apt_packages=(python3-venv libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-xinerama0)
if [ "$with_tests" = 1 ]; then
  apt_packages+=(xvfb dovecot-imapd postgresql isync imagemagick binutils openssl libgtk-3-0)
fi
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for package in "${apt_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$with_tests" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
.venv/bin/python -m shopinbox.ui.build_translations
