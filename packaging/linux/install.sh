#!/bin/sh
# Install this unpacked shopinbox for the current user (no root): the program goes to
# ~/.local/opt/shopinbox, a `shopinbox` command to ~/.local/bin, and a menu entry with its icon
# to ~/.local/share. Running it again upgrades. Your data (~/.local/share/shopinbox) is not touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/shopinbox
if [ "$here" != "$target" ]; then
  rm -rf "$target.new"
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi
mkdir -p "$HOME/.local/bin" "$data/applications"
ln -sf "$target/shopinbox" "$HOME/.local/bin/shopinbox"
sed "s|^Exec=shopinbox|Exec=$target/shopinbox|" "$target/shopinbox.desktop" \
  > "$data/applications/shopinbox.desktop"
for folder in "$target"/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$folder")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$folder/shopinbox.png" "$data/icons/hicolor/$size/apps/shopinbox.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "shopinbox installed in $target (menu entry added; command: ~/.local/bin/shopinbox)"
