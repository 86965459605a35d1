//! Dated points (issue 16): a GeoJSON of points with dates found by content, every row of an ACLED
//! export, hostile files named by their place and problem, and the query checked against a naive
//! filter over random points.

use atlas_core::model::points::{
    points_at, DatedPoint, PointFilter, PointLayer, PointsOptions, Window,
};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    crate::repo().join("tests/fixtures/points").join(name)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a day")
}

fn load(path: &Path) -> PointLayer {
    PointLayer::load(path, &PointsOptions::default()).expect("loads")
}

/// The rows or features the layer left out, as its report lists them.
fn refused_lines(layer: &PointLayer) -> Vec<String> {
    layer
        .report
        .refused_listed
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn a_damage_survey_opens_with_its_dates_found_by_content() {
    let layer = load(&fixture("damage.geojson"));
    assert_eq!(layer.date_field, "SensorDate");
    assert_eq!(layer.category_field.as_deref(), Some("Main_Damag"));
    // Four dated features, one of them a MultiPoint of two: five points.
    assert_eq!(layer.points.len(), 5);
    assert_eq!(layer.report.kept, 5);
    let range = layer
        .points
        .iter()
        .find(|p| p.properties.iter().any(|(_, v)| v == "AL-3"))
        .expect("the ranged feature");
    assert_eq!(
        (range.from, range.to),
        (day(2013, 10, 31), day(2014, 1, 31))
    );
    let first = &layer.points[0];
    assert_eq!(first.notes, "Building collapsed");
    // Sorted by first day.
    assert!(layer.points.windows(2).all(|w| w[0].from <= w[1].from));
    // What was left out, each by its feature and why.
    let refused = refused_lines(&layer);
    assert_eq!(layer.report.refused, 4, "{refused:?}");
    let has = |needle: &str| refused.iter().any(|r| r.contains(needle));
    assert!(
        has("feature 4: properties.SensorDate: is missing"),
        "{refused:?}"
    );
    assert!(has("feature 5: geometry.coordinates") && has("not a longitude and latitude in range"));
    assert!(
        has("feature 6: geometry.type: \"Polygon\" is not a Point"),
        "{refused:?}"
    );
    assert!(
        has("feature 7: properties.SensorDate: \"sometime in 2016\""),
        "{refused:?}"
    );
    let lines = layer.report.lines(&layer).join("\n");
    assert!(
        lines.contains("damage.geojson") && lines.contains("5 points kept"),
        "{lines}"
    );
}

#[test]
fn every_row_of_an_acled_export_is_a_point() {
    let layer = load(&fixture("acled-rows.csv"));
    assert_eq!(layer.report.rows, 7);
    assert_eq!(layer.points.len(), 5, "{:?}", layer.report.refused_listed);
    let types: Vec<&str> = layer.categories.iter().map(String::as_str).collect();
    for t in [
        "Battles",
        "Explosions/Remote violence",
        "Protests",
        "Violence against civilians",
    ] {
        assert!(types.contains(&t), "{types:?}");
    }
    let shelling = layer
        .points
        .iter()
        .find(|p| p.place == "line 3")
        .expect("line 3");
    assert_eq!(shelling.fatalities, Some(3));
    assert!(shelling.notes.contains("killed three civilians"));
    assert!(shelling
        .properties
        .iter()
        .any(|(k, v)| k == "sub_event_type" && v.starts_with("Shelling")));
    // time_precision 2: the week around the day; 3: the month.
    let protest = layer
        .points
        .iter()
        .find(|p| p.place == "line 5")
        .expect("line 5");
    assert_eq!(
        (protest.from, protest.to),
        (day(2016, 11, 24), day(2016, 11, 30))
    );
    let month = layer
        .points
        .iter()
        .find(|p| p.notes.contains("month"))
        .expect("month row");
    assert_eq!(
        (month.from, month.to),
        (day(2016, 11, 1), day(2016, 11, 30))
    );
    let refused = refused_lines(&layer);
    assert!(
        refused
            .iter()
            .any(|r| r.contains("line 7: event_date: \"not a date\"")),
        "{refused:?}"
    );
    assert!(
        refused
            .iter()
            .any(|r| r.contains("line 8: latitude") && r.contains("NaN")),
        "{refused:?}"
    );
}

#[test]
fn filters_by_actor_fatalities_and_category() {
    let layer = load(&fixture("acled-rows.csv"));
    let at = day(2016, 11, 30);
    let all = points_at(&layer, at, Window::Cumulative, &PointFilter::default());
    assert_eq!(all.len(), 5);
    let rebels = PointFilter {
        actor: "opposition REBELS".into(),
        ..PointFilter::default()
    };
    let by_actor = points_at(&layer, at, Window::Cumulative, &rebels);
    assert!(by_actor.iter().all(|&i| layer.points[i as usize]
        .actors
        .contains("Opposition Rebels")));
    assert_eq!(by_actor.len(), 2);
    let deadly = PointFilter {
        min_fatalities: Some(2),
        ..PointFilter::default()
    };
    assert_eq!(points_at(&layer, at, Window::Cumulative, &deadly).len(), 2);
    let battles = layer
        .categories
        .iter()
        .position(|c| c == "Battles")
        .expect("battles") as u16;
    let no_battles = PointFilter {
        hidden: vec![battles],
        ..PointFilter::default()
    };
    let shown = points_at(&layer, at, Window::Cumulative, &no_battles);
    assert!(shown
        .iter()
        .all(|&i| layer.points[i as usize].category != battles));
    assert!(shown.len() < all.len());
}

#[test]
fn hostile_points_files_are_refused_by_name_place_and_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).expect("write");
        p
    };
    let cases: Vec<(PathBuf, &str)> = vec![
        (write("garbage.geojson", b"{\"type\": \"FeatureCollection\", \"features\": [tru"), "line 1"),
        (write("nodates.geojson", br#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[37.1,36.2]},"properties":{"kind":"x"}}]}"#), "no property holds dates"),
        (write("allbad.geojson", br#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1e999,36.2]},"properties":{"date":"2016-01-01"}}]}"#), "line 1"),
        (write("nan.geojson", br#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[NaN,36.2]},"properties":{"date":"2016-01-01"}}]}"#), "line 1"),
        (write("outside.geojson", br#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[500,36.2]},"properties":{"date":"2016-01-01"}}]}"#), "not a longitude and latitude in range"),
        (write("binary.geojson", b"PK\x03\x04\x00\x00"), "zip archive"),
        (write("huge-multipoint.geojson", huge_multipoint().as_bytes()), "20000 positions in one MultiPoint"),
        (write("empty.geojson", b"   "), "empty"),
        (write("nolatlon.csv", b"event_date,event_type,actor1,location\n2016-01-01,Battles,A,Aleppo\n"), "missing columns latitude, longitude"),
        (write("events.csv", b"date,district,controller\n"), "not points"),
    ];
    for (path, expected) in cases {
        let err = PointLayer::load(&path, &PointsOptions::default())
            .expect_err(&path.display().to_string())
            .to_string();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        assert!(
            err.contains(name) && err.contains(expected),
            "{name}: {err}"
        );
    }
    let err =
        PointLayer::load(Path::new("/dev/zero"), &PointsOptions::default()).expect_err("a device");
    assert!(err.to_string().contains("a device"), "{err}");
}

/// A MultiPoint of 20,000 positions: each would copy the feature's properties.
fn huge_multipoint() -> String {
    let positions = vec!["[37.1,36.2]"; 20_000].join(",");
    format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"MultiPoint","coordinates":[{positions}]}},"properties":{{"date":"2016-01-01"}}}}]}}"#
    )
}

/// A small deterministic generator (xorshift), so the test needs no crate and fails the same way twice.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[test]
fn the_query_agrees_with_a_naive_filter_over_random_points() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let start = day(2016, 1, 1);
    let points: Vec<DatedPoint> = (0..3000)
        .map(|i| {
            let from = start + chrono::Days::new(rng.next(365));
            // Most points are one day; some span up to 90 days.
            let span = if rng.next(5) == 0 { rng.next(90) } else { 0 };
            DatedPoint {
                lon: 37.0,
                lat: 36.0,
                from,
                to: from + chrono::Days::new(span),
                category: rng.next(4) as u16,
                actors: if rng.next(2) == 0 {
                    "Rebels".into()
                } else {
                    "Army".into()
                },
                fatalities: Some(rng.next(10) as u32),
                place: format!("feature {i}"),
                properties: Vec::new(),
                notes: String::new(),
            }
        })
        .collect();
    let layer = PointLayer::from_points(
        Path::new("random"),
        points,
        vec!["a".into(), "b".into(), "c".into(), "d".into()],
    );
    let filters = [
        PointFilter::default(),
        PointFilter {
            hidden: vec![1, 3],
            actor: "reb".into(),
            min_fatalities: Some(4),
        },
    ];
    for probe in 0..60 {
        let at = start + chrono::Days::new(rng.next(400));
        let window = match probe % 3 {
            0 => Window::Cumulative,
            1 => Window::Days(1),
            _ => Window::Days(1 + rng.next(30) as u32),
        };
        for filter in &filters {
            let mut got = points_at(&layer, at, window, filter);
            got.sort_unstable();
            let first = match window {
                Window::Cumulative => NaiveDate::MIN,
                Window::Days(n) => at - chrono::Days::new(u64::from(n) - 1),
            };
            let naive: Vec<u32> = (0..layer.points.len() as u32)
                .filter(|&i| {
                    let p = &layer.points[i as usize];
                    p.from <= at
                        && p.to >= first
                        && !filter.hidden.contains(&p.category)
                        && p.fatalities.unwrap_or(0) >= filter.min_fatalities.unwrap_or(0)
                        && p.actors.to_lowercase().contains(&filter.actor)
                })
                .collect();
            assert_eq!(got, naive, "{at} {window:?} {filter:?}");
        }
    }
}

#[test]
fn a_bundle_names_its_points_inside_itself() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::copy(fixture("damage.geojson"), root.join("damage.geojson")).expect("copy");
    let manifest = root.join("bundle.json");
    std::fs::write(&manifest, r#"{"points": "damage.geojson"}"#).expect("write");
    let paths = atlas_core::join::DataPaths {
        bundle: Some(manifest.clone()),
        ..Default::default()
    };
    let resolved = paths.resolved().expect("opens");
    assert_eq!(resolved.points, Some(root.join("damage.geojson")));
    assert!(paths.inputs().contains(&root.join("damage.geojson")));
    std::fs::write(&manifest, r#"{"points": "../elsewhere.geojson"}"#).expect("write");
    let err = paths.resolved().expect_err("outside").to_string();
    assert!(
        err.contains("bundle.json") && err.contains("points"),
        "{err}"
    );
}

#[test]
fn points_files_are_told_from_layers_by_content_and_acled_opens_both_ways() {
    use atlas_core::model::DataFileKind;
    use atlas_core::session::paths_with_files;
    let kind = |p: &Path| DataFileKind::of(p).expect("judged");
    assert_eq!(kind(&fixture("damage.geojson")), DataFileKind::Points);
    let layer = crate::repo().join("tests/fixtures/small-layer.geojson");
    assert_eq!(kind(&layer), DataFileKind::Districts);
    let opened =
        paths_with_files(&Default::default(), &[fixture("damage.geojson")]).expect("paths");
    assert_eq!(opened.points, Some(fixture("damage.geojson")));
    assert_eq!(opened.districts, None, "the built-in districts stay");
    let acled = fixture("acled-rows.csv");
    let opened =
        paths_with_files(&Default::default(), std::slice::from_ref(&acled)).expect("paths");
    assert_eq!(
        (opened.events.as_ref(), opened.points.as_ref()),
        (Some(&acled), Some(&acled))
    );
}

#[test]
fn a_layer_of_polygons_with_a_point_among_them_stays_a_layer() {
    use atlas_core::model::DataFileKind;
    let dir = tempfile::tempdir().expect("temp dir");
    let square = r#"{"type":"Feature","properties":{"id":"a","name":"A"},"geometry":{"type":"Polygon","coordinates":[[[37.1,36.1],[37.2,36.1],[37.2,36.2],[37.1,36.1]]]}}"#;
    let point = r#"{"type":"Feature","properties":{"id":"p","name":"P"},"geometry":{"type":"Point","coordinates":[37.1,36.1]}}"#;
    let path = dir.path().join("layer.geojson");
    let text = format!(r#"{{"type":"FeatureCollection","features":[{point},{square},{square}]}}"#);
    std::fs::write(&path, text).expect("write");
    assert_eq!(
        DataFileKind::of(&path).expect("judged"),
        DataFileKind::Districts
    );
}

#[test]
fn bins_count_every_point_in_its_cell_with_its_most_common_category() {
    use atlas_core::model::points::bin_positions;
    use std::collections::HashMap;
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let positions: Vec<(f32, f32, u16)> = (0..5000)
        .map(|_| {
            let x = rng.next(100_000) as f32 / 100.0 - 300.0;
            let y = rng.next(60_000) as f32 / 100.0;
            (x, y, rng.next(3) as u16)
        })
        .chain([(f32::NAN, 1.0, 0), (1.0, f32::INFINITY, 0)])
        .collect();
    let cell = 28.0;
    let bins = bin_positions(positions.iter().copied(), cell);
    type Members = Vec<(f32, f32, u16)>;
    let mut naive: HashMap<(i64, i64), Members> = HashMap::new();
    for &(x, y, c) in positions
        .iter()
        .filter(|(x, y, _)| x.is_finite() && y.is_finite())
    {
        let key = ((x / cell).floor() as i64, (y / cell).floor() as i64);
        naive.entry(key).or_default().push((x, y, c));
    }
    assert_eq!(bins.len(), naive.len());
    assert_eq!(bins.iter().map(|b| b.count as usize).sum::<usize>(), 5000);
    for bin in &bins {
        let key = ((bin.x / cell).floor() as i64, (bin.y / cell).floor() as i64);
        let members = &naive[&key];
        assert_eq!(bin.count as usize, members.len());
        let of = |c: u16| members.iter().filter(|m| m.2 == c).count();
        assert!((0..3).all(|c| of(bin.category) >= of(c)), "{bin:?}");
    }
}
