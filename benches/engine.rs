//! Speed of the engine on the built-in data: loading (budget: 100 ms), the state of all districts at a date, one
//! district's control, and the areas; and the validation of a polygon of a million vertices (budget: 5 s).
//! Run with `cargo bench --bench engine`.

use atlas_core::join::{load_dataset, DataPaths};
use atlas_core::model::ring_check::polygon_problem;
use atlas_core::session::LoadedData;
use atlas_core::timeline::{areas_at, ControlIndex};
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use geo::{LineString, Polygon};

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

/// A ring of `n` vertices on a circle (a valid, convex district of `n` points).
fn circle(n: usize) -> Polygon<f64> {
    let coords: Vec<(f64, f64)> = (0..=n)
        .map(|i| {
            let t = (i % n) as f64 / n as f64 * std::f64::consts::TAU;
            (37.15 + 0.05 * t.cos(), 36.2 + 0.05 * t.sin())
        })
        .collect();
    Polygon::new(LineString::from(coords), vec![])
}

/// A comb of `teeth` long thin teeth: every tooth spans the whole width, the shape that makes a sweep
/// comparing every x-overlapping pair quadratic.
fn comb(teeth: usize) -> Polygon<f64> {
    let mut coords = vec![(0.0, 0.0)];
    for i in 0..teeth {
        let y = i as f64 * 2.0 + 1.0;
        coords.extend([
            (1000.0, y),
            (1000.0, y + 1.0),
            (1.0, y + 1.0),
            (1.0, y + 2.0),
        ]);
    }
    coords.extend([(0.0, teeth as f64 * 2.0 + 1.0), (0.0, 0.0)]);
    Polygon::new(LineString::from(coords), vec![])
}

/// Issue 12's budget: a polygon of a million vertices validated in under 5 s, whatever its shape.
fn polygon_validation(c: &mut Criterion) {
    let mut group = c.benchmark_group("polygon validation");
    group.sample_size(10);
    for (name, polygon) in [
        ("circle, 1,000,000 vertices", circle(1_000_000)),
        ("comb, 1,000,000 vertices", comb(250_000)),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| polygon_problem(black_box(&polygon), &|| false))
        });
    }
    group.finish();
}

/// Issue 12's bound: extraction grows linearly with the text whatever its punctuation. One "sentence" of
/// 64 KB and one of 256 KB of district names, verbs and dates with no sentence break: the second should
/// take about four times the first, not sixteen.
fn extraction_of_one_long_sentence(c: &mut Criterion) {
    let Ok(layer) = atlas_core::model::builtin::districts() else {
        panic!("the built-in layer must load");
    };
    let Ok(lexicon) = atlas_core::extract::Lexicon::builtin() else {
        panic!("the built-in lexicon must load");
    };
    let words = [
        "the", "army", "captured", "Hanano", "and", "rebels", "took", "Sakhour", "on", "26",
        "November", "2016", "near", "Aleppo",
    ];
    let mut group = c.benchmark_group("extract one long sentence");
    group.sample_size(10);
    for kb in [64usize, 256] {
        let mut text = String::from("On 26 November 2016 ");
        let mut i = 0usize;
        while text.len() < kb * 1024 {
            i = (i * 7 + 3) % words.len();
            text.push_str(words[i]);
            text.push(' ');
        }
        text.push_str(".\n");
        let doc = atlas_core::model::SourceDocument::from_text(
            atlas_core::model::SourceMeta::default(),
            &text,
        );
        group.bench_function(format!("{kb} KB"), |b| {
            b.iter(|| atlas_core::extract::extract(black_box(&doc), &layer, &lexicon))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    engine,
    polygon_validation,
    extraction_of_one_long_sentence
);
criterion_main!(benches);
