//! Control areas over time (issue 16), budget: 700 daily snapshots of a country-sized MultiPolygon
//! (~80 kB of GeoJSON each) loaded in under 5 s — listed, read, parsed, validated, their geodesic
//! areas computed. The files are generated into a temporary folder first (not timed).
//! Run with `cargo bench -p atlas-core --bench control_areas` (in the core: it builds no GUI crate).

use atlas_core::model::control_areas::{ControlAreaOptions, ControlAreas};
use criterion::{criterion_group, criterion_main, Criterion};
use std::fmt::Write;
use std::path::Path;

/// Days of snapshots.
const DAYS: usize = 700;
/// Vertices of each of the three polygons' outer rings.
const VERTICES: usize = 1_250;

/// One ring around (`lon`, `lat`), `radius` degrees across, its edge wavy so that it is concave; the
/// front moves a little with `day`.
fn ring(out: &mut String, (lon, lat, radius): (f64, f64, f64), day: usize) {
    out.push('[');
    for i in 0..=VERTICES {
        let t = (i % VERTICES) as f64 / VERTICES as f64 * std::f64::consts::TAU;
        let wave = 1.0 + 0.08 * (t * 23.0 + day as f64 * 0.01).sin();
        let x = lon + radius * wave * t.cos() * 1.4;
        let y = lat + radius * wave * t.sin();
        let _ = write!(out, "{}[{x:.6},{y:.6}]", if i > 0 { "," } else { "" });
    }
    out.push(']');
}

/// A country-sized MultiPolygon of three parts (about 80 kB), in a file with an empty `properties`,
/// as DeepStateMap's daily archive files are.
fn snapshot_text(day: usize) -> String {
    let mut out = String::from(
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":["#,
    );
    let parts = [(37.5, 48.0, 1.6), (34.0, 45.3, 0.9), (33.0, 47.0, 0.4)];
    for (k, part) in parts.into_iter().enumerate() {
        out.push_str(if k > 0 { ",[" } else { "[" });
        ring(&mut out, part, day);
        out.push(']');
    }
    out.push_str("]}}]}");
    out
}

fn write_folder(dir: &Path) -> u64 {
    let start = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default();
    let mut bytes = 0;
    for day in 0..DAYS {
        let date = start + chrono::Days::new(day as u64);
        let text = snapshot_text(day);
        bytes += text.len() as u64;
        let name = format!("deepstate_map_{}.geojson", date.format("%Y%m%d"));
        if let Err(e) = std::fs::write(dir.join(name), text) {
            panic!("cannot write the benchmark's files: {e}");
        }
    }
    bytes
}

fn control_areas(c: &mut Criterion) {
    let scratch = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(e) => panic!("no temporary folder: {e}"),
    };
    let bytes = write_folder(scratch.path());
    println!(
        "{DAYS} snapshot files, {:.1} kB each on average, {:.1} MB in all",
        bytes as f64 / DAYS as f64 / 1e3,
        bytes as f64 / 1e6
    );
    let options = ControlAreaOptions {
        controller: Some("occupied".into()),
    };
    let mut group = c.benchmark_group("control areas");
    group.sample_size(10);
    group.bench_function(
        format!("{DAYS} daily snapshots of a country-sized MultiPolygon (~80 kB each)"),
        |b| {
            b.iter(|| match ControlAreas::load(scratch.path(), &options) {
                Ok(areas) => assert_eq!(areas.snapshots.len(), DAYS),
                Err(e) => panic!("{e}"),
            })
        },
    );
    group.finish();
}

criterion_group!(benches, control_areas);
criterion_main!(benches);
