#!/usr/bin/env bash
# Install the bundle for the current user: program, menu entry, icon and the .beleid MIME type.
set -euo pipefail
hier="$(cd "$(dirname "$0")" && pwd)"
bundel="${1:-$hier/../../dist/Beleidsstudio}"
doel="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$doel/beleidsstudio" "$HOME/.local/bin" "$doel/applications" "$doel/icons/hicolor/scalable/apps"
cp -r "$bundel/." "$doel/beleidsstudio/"
ln -sf "$doel/beleidsstudio/beleidsstudio" "$HOME/.local/bin/beleidsstudio"
cp "$hier/beleidsstudio.desktop" "$doel/applications/"
cp "$hier/beleidsstudio.svg" "$doel/icons/hicolor/scalable/apps/"
command -v xdg-mime >/dev/null && xdg-mime install --novendor "$hier/beleidsstudio-mime.xml" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$doel/applications" || true
echo "Beleidsstudio is installed in $doel/beleidsstudio"
