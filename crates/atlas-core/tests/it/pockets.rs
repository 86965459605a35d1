//! Pockets and overlaps on a hand-made grid of touching squares: a district left surrounded is a
//! pocket once no source has named it for the grace days, and stops being one when a source does;
//! a ring drawn by a curated line is not a fall; overlapping ground is found with its area.

use atlas_core::join::Dataset;
use atlas_core::model::district::topology::{overlaps, Neighbours};
use atlas_core::model::{Corpus, DistrictLayer, EventsFile};
use atlas_core::timeline::{find_pockets, ControlIndex, POCKET_GRACE_DAYS};
use chrono::{Days, NaiveDate};
use std::path::Path;

const SIDE: f64 = 0.01;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn square(x: f64, y: f64, side: f64) -> String {
    format!(
        "[[[{x},{y}],[{},{y}],[{},{}],[{x},{}],[{x},{y}]]]",
        x + side,
        x + side,
        y + side,
        y + side
    )
}

/// A 3 × 3 grid of touching squares g0..g8 (g4 in the middle), and `extra` features.
fn layer(extra: &[(&str, String)]) -> DistrictLayer {
    let mut cells: Vec<(String, String)> = (0..9)
        .map(|i| {
            let (col, row) = ((i % 3) as f64, (i / 3) as f64);
            (
                format!("g{i}"),
                square(37.1 + col * SIDE, 36.2 + row * SIDE, SIDE),
            )
        })
        .collect();
    cells.extend(extra.iter().map(|(id, g)| (id.to_string(), g.clone())));
    let features: Vec<String> = cells
        .iter()
        .map(|(id, g)| {
            format!(
                r#"{{"type":"Feature","properties":{{"id":"{id}","name":"{id}","initial_controller":"government"}},
                "geometry":{{"type":"Polygon","coordinates":{g}}}}}"#
            )
        })
        .collect();
    DistrictLayer::from_geojson(
        Path::new("grid.geojson"),
        &format!(
            r#"{{"type":"FeatureCollection","record_start":"2012-07-01","features":[{}]}}"#,
            features.join(",")
        ),
    )
    .expect("layer")
}

fn ring() -> String {
    [0, 1, 2, 3, 5, 6, 7, 8]
        .iter()
        .map(|i| format!("\"g{i}\""))
        .collect::<Vec<_>>()
        .join(",")
}

fn dataset(events: &[String]) -> (Dataset, ControlIndex) {
    let events = EventsFile::from_json(
        Path::new("e.json"),
        &format!(r#"{{"events":[{}]}}"#, events.join(",")),
    )
    .expect("events");
    let (data, report) = Dataset::assemble(layer(&[]), events, Corpus::default(), None);
    assert!(report.is_clean(), "{:?}", report.problems);
    let index = ControlIndex::new(&data);
    (data, index)
}

fn ev(id: &str, date: &str, districts: &str, controller: &str, certainty: &str) -> String {
    format!(
        r#"{{"id":"{id}","date":"{date}","districts":[{districts}],"controller":"{controller}","extent":"full","certainty":"{certainty}"}}"#
    )
}

#[test]
fn grid_cells_touch_their_eight_neighbours_and_nothing_else() {
    let n = Neighbours::of_layer(&layer(&[]).districts);
    assert_eq!(n.of(4), &[0, 1, 2, 3, 5, 6, 7, 8]);
    assert_eq!(n.of(0), &[1, 3, 4]);
    assert!(overlaps(&layer(&[]).districts).is_empty());
}

#[test]
fn a_surrounded_district_nobody_names_is_a_pocket_until_a_source_speaks_of_it() {
    let all = format!("{},\"g4\"", ring());
    let (data, index) = dataset(&[
        ev("rebels", "2012-08-01", &all, "rebels", "reported"),
        ev("ring", "2016-12-01", &ring(), "government", "reported"),
        ev("named", "2016-12-10", "\"g4\"", "rebels", "reported"),
    ]);
    let n = Neighbours::of_layer(&data.layer.districts);
    let found = find_pockets(&index, &n, day("2016-11-01"), day("2016-12-31"));
    let rebels = data.controllers.index_of("rebels").expect("rebels");
    let gov = data.controllers.index_of("government").expect("gov");
    assert_eq!(found.len(), 1, "{found:?}");
    let p = found[0];
    assert_eq!((p.district, p.holder, p.surrounded_by), (4, rebels, gov));
    assert_eq!((p.closed, p.closed_by), (day("2016-12-01"), 1));
    let grace = day("2016-12-01") + Days::new(POCKET_GRACE_DAYS);
    assert_eq!((p.from, p.until), (grace, Some(day("2016-12-10"))));
}

#[test]
fn an_inferred_event_or_a_curated_ring_leaves_no_pocket() {
    let all = format!("{},\"g4\"", ring());
    for (ring_certainty, inferred) in [("reported", true), ("curated", false)] {
        let mut events = vec![
            ev("rebels", "2012-08-01", &all, "rebels", "reported"),
            ev("ring", "2016-12-01", &ring(), "government", ring_certainty),
        ];
        if inferred {
            events.push(ev(
                "pocket",
                "2016-12-01",
                "\"g4\"",
                "government",
                "inferred",
            ));
        }
        let (data, index) = dataset(&events);
        let n = Neighbours::of_layer(&data.layer.districts);
        let found = find_pockets(&index, &n, day("2012-07-01"), day("2020-01-01"));
        assert!(found.is_empty(), "{ring_certainty}: {found:?}");
    }
}

#[test]
fn overlapping_ground_is_found_with_its_area() {
    // A square a quarter the size of a cell, drawn over the corner of g4.
    let inner = square(37.1 + SIDE, 36.2 + SIDE, SIDE / 2.0);
    let layer = layer(&[("inner", inner)]);
    let found = overlaps(&layer.districts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].a, found[0].b), (4, 9));
    // A quarter of g4's area, in m² (the layer's geodesic area is in km²).
    let quarter = layer.districts[4].area_km2 * 1e6 / 4.0;
    assert!(
        (found[0].m2 - quarter).abs() < quarter * 0.01,
        "{}",
        found[0].m2
    );
}
