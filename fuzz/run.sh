#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 60 s each; FUZZ_SECONDS=600 fuzz/run.sh for longer).
# Needs a nightly toolchain and cargo-fuzz: `rustup toolchain install nightly && cargo install cargo-fuzz`.
# Not run in CI. Crashes are written to fuzz/artifacts/<target>/; the corpus grows in fuzz/corpus/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-60}"
targets=(district_layer events_json events_csv acled events_any_joined source_document bundle_manifest extractor points)
if [ $# -gt 0 ]; then targets=("$@"); fi
# Seed each corpus with the project's own files, so the fuzzer starts from valid inputs.
seed() {
  local target="$1"; shift
  mkdir -p "corpus/$target"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "corpus/$target/" 2>/dev/null || true; done
}
seed district_layer ../tests/fixtures/districts/*.geojson ../tests/fixtures/events/layer*.geojson
seed events_json ../tests/fixtures/events/broken/*.json ../tests/fixtures/bundles/folder/events.json
seed events_csv ../tests/fixtures/events/*.csv ../tests/fixtures/events/broken/*.csv
seed acled ../tests/fixtures/events/acled_*.csv ../tests/fixtures/events/broken/acled_*.csv
seed events_any_joined ../tests/fixtures/events/*.csv ../tests/fixtures/bundles/folder/events.json
seed source_document ../data/sources/*.txt ../tests/fixtures/events/sources/*.md
seed bundle_manifest ../tests/fixtures/bundles/good/bundle.json ../tests/fixtures/bundles/broken/*.json
seed extractor ../data/sources/*.txt ../tests/fixtures/events/sources/*.md
seed points ../tests/fixtures/points/*
status=0
for t in "${targets[@]}"; do
  echo "== $t: ${seconds}s"
  if ! cargo +nightly fuzz run "$t" -- -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=65536; then
    echo "!! $t found a crash: see fuzz/artifacts/$t/" >&2
    status=1
  fi
done
exit $status
