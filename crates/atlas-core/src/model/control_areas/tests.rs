//! Unit tests of control areas: the snapshot of a day, and the areas against a figure known in closed
//! form. The readers are tested on files in tests/it/control_areas.rs.

use super::*;
use geo::polygon;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 12, d).expect("a day")
}

fn snapshot(d: u32) -> Snapshot {
    Snapshot {
        day: day(d),
        file: PathBuf::from(format!("s{d}.geojson")),
        areas: Vec::new(),
    }
}

#[test]
fn the_snapshot_of_a_day_is_the_latest_on_or_before_it() {
    let areas = ControlAreas {
        snapshots: vec![snapshot(1), snapshot(7), snapshot(13)],
        ..ControlAreas::default()
    };
    let at = |d: u32| areas.snapshot_at(day(d)).map(|s| s.day);
    assert_eq!(at(1), Some(day(1)));
    assert_eq!(at(6), Some(day(1)));
    assert_eq!(at(7), Some(day(7)));
    assert_eq!(at(31), Some(day(13)));
    let before = NaiveDate::from_ymd_opt(2016, 11, 30).expect("a day");
    assert!(areas.snapshot_at(before).is_none());
}

#[test]
fn two_snapshots_of_one_day_are_refused_naming_both_files() {
    let areas = ControlAreas {
        snapshots: vec![snapshot(7), snapshot(7), snapshot(1)],
        ..ControlAreas::default()
    };
    let mut other = areas.snapshots.clone();
    other[1].file = PathBuf::from("again.geojson");
    let err = ControlAreas {
        snapshots: other,
        ..ControlAreas::default()
    }
    .sorted()
    .expect_err("two files for one day")
    .to_string();
    assert!(
        err.contains("again.geojson") && err.contains("s7.geojson"),
        "{err}"
    );
    assert!(err.contains("2016-12-07"), "{err}");
}

/// The WGS84 ellipsoid's whole surface, in closed form: 2πa²(1 + (1 − e²)/e · atanh e).
fn ellipsoid_surface_m2() -> f64 {
    let a: f64 = 6_378_137.0;
    let f: f64 = 1.0 / 298.257_223_563;
    let e2 = f * (2.0 - f);
    let e = e2.sqrt();
    2.0 * std::f64::consts::PI * a * a * (1.0 + (1.0 - e2) / e * e.atanh())
}

#[test]
fn the_geodesic_area_matches_a_figure_known_in_closed_form() {
    // A triangle bounded by the equator and two meridians (all three geodesics) from 30°E to 60°E up
    // to the north pole is 30/360 of the northern hemisphere.
    let triangle = polygon![(x: 30.0, y: 0.0), (x: 60.0, y: 0.0), (x: 60.0, y: 90.0), (x: 30.0, y: 90.0), (x: 30.0, y: 0.0)];
    let expected_km2 = ellipsoid_surface_m2() / 2.0 * (30.0 / 360.0) / 1e6;
    let areas = areas_from(vec![("held".into(), MultiPolygon::new(vec![triangle]))]);
    let got = areas[0].area_km2;
    assert!(
        ((got - expected_km2) / expected_km2).abs() < 1e-9,
        "{got} km² against {expected_km2} km²"
    );
}

#[test]
fn areas_of_one_controller_are_united_so_no_ground_counts_twice() {
    let square = |x: f64| polygon![(x: x, y: 36.0), (x: x + 0.1, y: 36.0), (x: x + 0.1, y: 36.1), (x: x, y: 36.1), (x: x, y: 36.0)];
    let one = areas_from(vec![("a".into(), MultiPolygon::new(vec![square(37.0)]))]);
    let single = one[0].area_km2;
    // The second square overlaps the first by half: the union is one and a half squares.
    let both = areas_from(vec![
        ("b".into(), MultiPolygon::new(vec![square(37.0)])),
        ("a".into(), MultiPolygon::new(vec![square(37.0)])),
        ("a".into(), MultiPolygon::new(vec![square(37.05)])),
    ]);
    let names: Vec<&str> = both.iter().map(|a| a.controller.as_str()).collect();
    assert_eq!(names, ["a", "b"]);
    let ratio = both[0].area_km2 / single;
    assert!((ratio - 1.5).abs() < 1e-3, "union is {ratio} squares");
    assert!((both[1].area_km2 - single).abs() < 1e-9);
}

/// Two districts side by side: "west" over 37.0–37.1°E and "east" over 37.1–37.2°E, 36.0–36.1°N.
fn two_districts() -> crate::model::DistrictLayer {
    let square = |id: &str, x: f64| {
        format!(
            r#"{{"type":"Feature","properties":{{"id":"{id}","name":"{id}"}},"geometry":{{"type":"Polygon","coordinates":[[[{x},36.0],[{x1},36.0],[{x1},36.1],[{x},36.1],[{x},36.0]]]}}}}"#,
            x1 = x + 0.1
        )
    };
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[{},{}]}}"#,
        square("west", 37.0),
        square("east", 37.1)
    );
    crate::model::DistrictLayer::from_geojson(Path::new("two.geojson"), &text).expect("a layer")
}

/// A snapshot where "army" holds 37.0°E to `east_edge`, over the whole height of the districts.
fn held_to(d: u32, east_edge: f64) -> Snapshot {
    let area = polygon![(x: 37.0, y: 35.9), (x: east_edge, y: 35.9), (x: east_edge, y: 36.2), (x: 37.0, y: 36.2), (x: 37.0, y: 35.9)];
    Snapshot {
        areas: areas_from(vec![("army".into(), MultiPolygon::new(vec![area]))]),
        ..snapshot(d)
    }
}

#[test]
fn district_shares_become_full_and_partial_changes_only_when_they_change() {
    let layer = two_districts();
    let areas = ControlAreas {
        // East half covered, the same again, then all of it.
        snapshots: vec![held_to(1, 37.15), held_to(2, 37.15), held_to(3, 37.2)],
        ..ControlAreas::default()
    };
    let shares = district_shares(&areas, &layer, &|_| None);
    let summary: Vec<(NaiveDate, String, String)> = shares
        .events
        .iter()
        .map(|e| (e.date.day, e.districts[0].to_string(), e.extent.label()))
        .collect();
    assert_eq!(
        summary,
        [
            (day(1), "west".into(), "full".into()),
            (day(1), "east".into(), "partial (50%)".into()),
            (day(3), "east".into(), "full".into()),
        ]
    );
    assert_eq!(shares.controllers.len(), 1, "army is new to the data");
    // Each event quotes its snapshot's document byte for byte.
    for event in &shares.events {
        let passage = &event.passages[0];
        let document = shares
            .documents
            .iter()
            .find(|d| d.meta.id == passage.document.as_str())
            .expect("its document");
        assert_eq!(&document.text[passage.start..passage.end], passage.quote);
        assert!(passage.quote.contains("s1.geojson") || passage.quote.contains("s3.geojson"));
    }
}

#[test]
fn measuring_district_shares_stops_when_cancelled() {
    let layer = two_districts();
    let areas = ControlAreas {
        snapshots: (1..=28).map(|d| held_to(d, 37.15)).collect(),
        ..ControlAreas::default()
    };
    let asked = std::sync::atomic::AtomicUsize::new(0);
    // Cancelled after the third question: the rest of the snapshots are never measured.
    let cancelled = || asked.fetch_add(1, std::sync::atomic::Ordering::Relaxed) >= 3;
    let stopped = district_shares_cancellable(&areas, &layer, &|_| None, &cancelled);
    assert!(stopped.is_none(), "a cancelled measure gives nothing");
    let whole =
        district_shares_cancellable(&areas, &layer, &|_| None, &|| false).expect("not cancelled");
    assert_eq!(whole.events.len(), 2, "west full and east half, once each");
}
