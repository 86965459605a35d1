#!/usr/bin/env bash
# The README's table of exports against QGIS (issue 14): whole processes, the same machine and the same
# run, medians of several runs (hyperfine runs the commands in turn, after a warm-up run each).
#
#   apt-get install -y --no-install-recommends qgis python3-qgis   # the peer
#   cargo install hyperfine --version 1.20.0 --locked              # the timer
#   cargo build --release
#   benches/compare_qgis.sh [RUNS]                                 # default 10 runs each
#
# QGIS renders the 38 days of the offensive (15 Nov – 22 Dec 2016) at 1600x1000 to 38 PNG frames
# (benches/qgis_frames.py: the districts categorised by controller, one frame per day); aleppo-atlas
# writes the animated GIF, the MP4, the GIF with its 38 PNG frames, and one SVG. The day-by-day states
# QGIS colours by are written first by our own CLI (not timed).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
bin=target/release/aleppo-atlas
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
[ -x "$bin" ] || cargo build --release
/usr/bin/python3 benches/qgis_frames.py states "$bin" 2016-11-15 2016-12-22 "$out/states.csv"
range="--from 2016-11-15 --to 2016-12-22 --size 1600x1000"
export QT_QPA_PLATFORM=offscreen
hyperfine --warmup 1 --runs "$runs" -N --export-json "$out/times.json" \
  -n "QGIS 3.22: 38 PNG frames" \
  "/usr/bin/python3 benches/qgis_frames.py render data/districts.geojson $out/states.csv $out/qgis 1600x1000" \
  -n "aleppo-atlas animate: GIF" "$bin animate $range --out $out/a.gif --force" \
  -n "aleppo-atlas animate: MP4" "$bin animate $range --out $out/a.mp4 --force" \
  -n "aleppo-atlas animate: GIF and 38 PNG frames" \
  "$bin animate $range --out $out/b.gif --frames $out/frames --force" \
  -n "aleppo-atlas snapshot: one SVG" "$bin snapshot --date 2016-11-28 --out $out/a.svg --force"
/usr/bin/python3 - "$out/times.json" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
qgis = results[0]["median"]
print("\n| command | median | min – max | QGIS ÷ it |")
print("|---|---|---|---|")
for r in results:
    print(f"| {r['command']} | {r['median']:.2f} s | {r['min']:.2f} – {r['max']:.2f} s | {qgis / r['median']:.1f}× |")
EOF
