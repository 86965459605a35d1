//! The extractor's speed over a corpus as `extract --jsonl` reads it: the synthetic bundle's reports
//! (1,000 made-up report lines each, names from its own district layer) turned into JSON lines and run
//! through `extract::jsonl::run` on one thread, so criterion's elements per second are documents per
//! second per core. Stateless lines split across cores or machines scale with their number.
//!
//! `cargo bench --bench extract`; `EXTRACT_EVENTS=20000 cargo bench --bench extract` for more reports.

mod common;

use atlas_core::extract::{jsonl, Extractor, KnownControl, Lexicon};
use atlas_core::join::{load_dataset, DataPaths};
use common::{size, synth_bundle, Scratch};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

fn extract(c: &mut Criterion) {
    let events = size("EXTRACT_EVENTS", 8_000);
    let scratch = Scratch::new("extract-bench");
    let bundle = synth_bundle(&scratch, 2_500, events);
    let paths = DataPaths {
        bundle: Some(bundle),
        ..DataPaths::default()
    };
    let (data, _) = match load_dataset(&paths) {
        Ok(loaded) => loaded,
        Err(e) => panic!("the synthetic bundle must load: {e}"),
    };
    let lexicon = match Lexicon::builtin() {
        Ok(l) => l,
        Err(e) => panic!("built-in lexicon: {e}"),
    };
    let mut input = String::new();
    for doc in &data.corpus.documents {
        let line =
            serde_json::json!({"id": doc.meta.id, "text": doc.text, "date": doc.meta.published});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let documents = data.corpus.documents.len();
    eprintln!(
        "{documents} synthetic reports, {} bytes of JSON lines",
        input.len()
    );
    // As `extract --jsonl` runs: falls without a side read against the data's own changes.
    let known = std::sync::Arc::new(KnownControl::from_dataset(&data));
    let extractor = Extractor::new(&data.layer, &lexicon).with_known(known);
    let mut group = c.benchmark_group("extract");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .throughput(Throughput::Elements(documents as u64));
    group.bench_function(
        format!("extract --jsonl over {documents} synthetic reports (one core)"),
        |b| {
            b.iter(|| {
                let mut out = Vec::new();
                let summary = jsonl::run(
                    black_box(input.as_bytes()),
                    &mut out,
                    &extractor,
                    jsonl::MAX_LINE_BYTES,
                );
                assert!(summary.is_ok_and(|s| s.documents == documents && s.candidates > 0));
                out
            })
        },
    );
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
