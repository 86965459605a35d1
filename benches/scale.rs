//! The scale budgets of issue 6, on synthetic data written into a temporary folder by the synth code:
//! 10,000 districts and 1,000,000 events loaded (parse, validate, repair, join) under 3 s; the state
//! of all districts at a date under 1 ms; an ACLED-sized CSV (2.5 million rows) parsed under 10 s.
//! Resident memory is printed after the first load (VmHWM, the peak, from /proc/self/status: the
//! budget's number; later lines also count the datasets the benchmark holds while it loads again).
//!
//! `cargo bench --bench scale`. Smaller sizes for a quick look:
//! `SCALE_DISTRICTS=1000 SCALE_EVENTS=100000 SCALE_ACLED_ROWS=250000 cargo bench --bench scale`.

mod common;

use atlas_core::join::{load_dataset, DataPaths};
use atlas_core::model::{acled, DistrictLayer};
use atlas_core::session::LoadedData;
use atlas_core::timeline::ControlIndex;
use atlas_dev::synth::write_acled_csv;
use chrono::NaiveDate;
use common::{memory_line, size, synth_bundle, Scratch};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use std::time::Duration;

fn scale(c: &mut Criterion) {
    let districts = size("SCALE_DISTRICTS", 10_000);
    let events = size("SCALE_EVENTS", 1_000_000);
    let rows = size("SCALE_ACLED_ROWS", 2_500_000);
    let scratch = Scratch::new("scale");
    let bundle = synth_bundle(&scratch, districts, events);
    let paths = DataPaths {
        bundle: Some(bundle.clone()),
        ..DataPaths::default()
    };
    memory_line("before loading");
    let (data, report) = match load_dataset(&paths) {
        Ok(loaded) => loaded,
        Err(e) => panic!("the synthetic bundle must load: {e}"),
    };
    memory_line(&format!(
        "after loading {} districts and {} events",
        data.layer.len(),
        data.events.len()
    ));
    assert!(report.is_clean(), "{:?}", report.problems.first());
    let mut group = c.benchmark_group("scale");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    // Freeing the dataset afterwards (about 0.2 s for a million events) is not part of loading it.
    group.bench_function(
        format!("load {districts} districts and {events} events (bundle: parse, validate, join)"),
        |b| b.iter_with_large_drop(|| load_dataset(black_box(&paths))),
    );
    group.bench_function(
        "load it as the app does (also the control index and the area series)",
        |b| b.iter_with_large_drop(|| LoadedData::load_now(black_box(&paths))),
    );
    group.bench_function("build the control index", |b| {
        b.iter(|| ControlIndex::new(black_box(&data)))
    });
    let index = ControlIndex::new(&data);
    let Some(day) = NaiveDate::from_ymd_opt(2014, 6, 1) else {
        panic!("valid date");
    };
    let mut states = Vec::with_capacity(data.layer.len());
    group.bench_function(
        format!("state of all {districts} districts at a date"),
        |b| b.iter(|| index.state_into(black_box(day), &mut states)),
    );
    drop(index);
    drop(data);
    let csv = scratch.0.join("acled.csv");
    if let Err(e) = write_acled_csv(&csv, rows, districts, 1) {
        panic!("writing the ACLED file: {e}");
    }
    let layer = match DistrictLayer::load(&bundle.join("districts.geojson")) {
        Ok(l) => l,
        Err(e) => panic!("layer: {e}"),
    };
    group.measurement_time(Duration::from_secs(60));
    group.bench_function(format!("parse an ACLED export of {rows} rows"), |b| {
        b.iter(|| acled::load(black_box(&csv), &layer))
    });
    group.finish();
    memory_line("at the end");
}

criterion_group!(benches, scale);
criterion_main!(benches);
