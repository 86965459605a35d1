#!/usr/bin/env bash
# Removes what scripts/install.sh installed. The app's own settings (window size, last date) are kept
# in ~/.local/share/aleppo-atlas; pass --purge to remove them too.
set -euo pipefail
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
app_id="aleppo-atlas"
rm -f "$HOME/.local/bin/aleppo-atlas" "$data_home/applications/$app_id.desktop" \
  "$data_home/mime/packages/$app_id.xml" "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256 512; do rm -f "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
command -v update-mime-database >/dev/null && update-mime-database "$data_home/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data_home/applications" || true
if [ "${1:-}" = "--purge" ]; then rm -rf "$data_home/$app_id"; fi
echo "Aleppo Atlas uninstalled."
