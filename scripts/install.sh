#!/usr/bin/env bash
# Installs Aleppo Atlas for the current user from this checkout: a release build, the binary in
# ~/.local/bin, the launcher entry, the icons and the .geojson MIME type in the user's standard places.
# Offline once the crates are in cargo's cache. Undo with scripts/uninstall.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
bin_dir="$HOME/.local/bin"
app_id="aleppo-atlas"

cargo build --release --locked
install -Dm755 target/release/aleppo-atlas "$bin_dir/aleppo-atlas"

# The launcher entry, pointing at the installed binary by its full path (a desktop session's PATH
# often lacks ~/.local/bin).
install -d "$data_home/applications"
sed -e "s|^Exec=aleppo-atlas|Exec=$bin_dir/aleppo-atlas|" -e "s|^TryExec=aleppo-atlas|TryExec=$bin_dir/aleppo-atlas|" \
  assets/$app_id.desktop >"$data_home/applications/$app_id.desktop"

for size in 16 32 48 64 128 256 512; do
  install -Dm644 "assets/icons/$app_id-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -Dm644 "assets/icons/$app_id.svg" "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
install -Dm644 "assets/$app_id-mime.xml" "$data_home/mime/packages/$app_id.xml"

# Refresh the desktop's caches where the tools exist; none is required.
command -v update-mime-database >/dev/null && update-mime-database "$data_home/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true

echo "Installed: $bin_dir/aleppo-atlas and the launcher entry \"Aleppo Atlas\"."
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "Note: $bin_dir is not on your PATH; the launcher works regardless." ;; esac
