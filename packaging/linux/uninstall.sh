#!/bin/sh
# Remove what install.sh added. The shop's data stays in ~/.local/share/shopinbox: delete that
# folder yourself only if you no longer need the conversations (make a copy first).
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/opt/shopinbox"
[ -L "$HOME/.local/bin/shopinbox" ] && rm -f "$HOME/.local/bin/shopinbox"
rm -f "$data/applications/shopinbox.desktop"
rm -f "$data"/icons/hicolor/*/apps/shopinbox.png
echo "shopinbox removed. Your data is still in $data/shopinbox."
