//! Speed of the engine on the built-in data: loading (budget: 100 ms), the state of all districts at a date, one
//! district's control, and the areas. Run with `cargo bench --bench engine`.

use atlas_core::join::{load_dataset, DataPaths};
use atlas_core::session::LoadedData;
use atlas_core::timeline::{areas_at, ControlIndex};
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn engine(c: &mut Criterion) {
    c.bench_function("load built-in data (parse, validate, repair, join)", |b| {
        b.iter(|| load_dataset(black_box(&DataPaths::default())))
    });
    c.bench_function(
        "load built-in data as the app does (also the control index and the area series)",
        |b| b.iter(LoadedData::builtin),
    );
    let Ok((data, _)) = load_dataset(&DataPaths::default()) else {
        panic!("the built-in data must load");
    };
    let index = ControlIndex::new(&data);
    let Some(day) = NaiveDate::from_ymd_opt(2016, 12, 1) else {
        panic!("valid date");
    };
    c.bench_function("build the control index", |b| {
        b.iter(|| ControlIndex::new(black_box(&data)))
    });
    let mut states = Vec::with_capacity(data.layer.len());
    c.bench_function("state of all districts at a date", |b| {
        b.iter(|| index.state_into(black_box(day), &mut states))
    });
    let hanano = data.layer.index_of("hanano").unwrap_or(0);
    c.bench_function("control of one district at a date", |b| {
        b.iter(|| index.control_at(black_box(hanano), black_box(day)))
    });
    c.bench_function("areas of every controller at a date", |b| {
        b.iter(|| areas_at(&data, &index, black_box(day)))
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
