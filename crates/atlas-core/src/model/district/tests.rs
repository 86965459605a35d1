//! The district layer's unit tests: loading, validation messages, names and the point lookup.

use super::*;
use crate::model::error::LoadError;
use std::path::Path;

fn layer(features: &str) -> Result<DistrictLayer, LoadError> {
    let text = format!(r#"{{"type":"FeatureCollection","features":[{features}]}}"#);
    DistrictLayer::from_geojson(Path::new("test.geojson"), &text)
}

const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[37.1,36.2],[37.11,36.2],[37.11,36.21],[37.1,36.21],[37.1,36.2]]]}"#;

fn feature(id: &str, geometry: &str) -> String {
    format!(
        r#"{{"type":"Feature","properties":{{"id":"{id}","name":"Name {id}","aliases":["Al-{id} district"]}},"geometry":{geometry}}}"#
    )
}

#[test]
fn valid_layer_loads_with_areas_and_names() {
    let l = layer(&format!(
        "{},{}",
        feature("a", SQUARE),
        feature("b", SQUARE)
    ))
    .expect("valid");
    assert_eq!(l.len(), 2);
    // 0.01° × 0.01° at 36.2° N is about 0.9 km × 1.1 km.
    let area = l.districts[0].area_km2;
    assert!((0.95..1.05).contains(&area), "area {area}");
    assert_eq!(l.resolve("NAME A"), Resolution::Found(0));
    assert_eq!(l.resolve("a"), Resolution::Found(0));
    assert_eq!(l.resolve("nowhere"), Resolution::NotFound);
}

#[test]
fn an_approximate_district_drawn_over_another_is_not_counted_twice() {
    let big = r#"{"type":"Polygon","coordinates":[[[37.1,36.2],[37.12,36.2],[37.12,36.22],[37.1,36.22],[37.1,36.2]]]}"#;
    let inner = r#"{"type":"Polygon","coordinates":[[[37.105,36.205],[37.11,36.205],[37.11,36.21],[37.105,36.21],[37.105,36.205]]]}"#;
    let approximate = feature("b", inner).replace(
        r#""name":"Name b","#,
        r#""name":"Name b","approximate":true,"#,
    );
    let l = layer(&format!("{},{}", feature("a", big), approximate)).expect("valid");
    let (a, b) = (l.districts[0].area_km2, l.districts[1].area_km2);
    let whole = l.districts[0].geometry.geodesic_area_unsigned() / 1e6;
    assert!(b > 0.1, "{b}");
    assert!((a + b - whole).abs() < 1e-6, "{a} + {b} != {whole}");
}

#[test]
fn features_sharing_an_id_and_a_name_are_one_district() {
    let east = SQUARE.replace("37.1", "37.2").replace("37.11", "37.21");
    let l = layer(&format!("{},{}", feature("a", SQUARE), feature("a", &east))).expect("merged");
    assert_eq!(l.len(), 1);
    assert_eq!(l.districts[0].geometry.0.len(), 2);
    let one = layer(&feature("a", SQUARE)).expect("one").districts[0].area_km2;
    let other = layer(&feature("a", &east)).expect("other").districts[0].area_km2;
    assert!((l.districts[0].area_km2 - (one + other)).abs() < 1e-9);
    assert!(
        l.notes
            .iter()
            .any(|n| n.contains("features 0, 1 share the id \"a\"")),
        "{:?}",
        l.notes
    );
}

#[test]
fn an_id_shared_by_two_names_keeps_both_places_apart() {
    let other = feature("a", SQUARE).replace("Name a", "Another place");
    let l = layer(&format!("{},{}", feature("a", SQUARE), other)).expect("loads");
    let ids: Vec<&str> = l.districts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "a-2"]);
    assert!(
        l.notes.iter().any(|n| n.contains("kept apart as \"a-2\"")),
        "{:?}",
        l.notes
    );
}

#[test]
fn a_feature_without_id_or_name_gets_them_made_up_and_said() {
    let bare = format!(r#"{{"type":"Feature","properties":{{}},"geometry":{SQUARE}}}"#);
    let named =
        format!(r#"{{"type":"Feature","properties":{{"name":"Beta"}},"geometry":{SQUARE}}}"#);
    let l = layer(&format!("{},{},{}", feature("a", SQUARE), bare, named)).expect("loads");
    let ids: Vec<(&str, &str)> = l
        .districts
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("a", "Name a"),
            ("feature-2", "Feature 2"),
            ("Beta", "Beta")
        ]
    );
    assert_eq!(l.notes.len(), 2, "{:?}", l.notes);
}

#[test]
fn a_wrongly_typed_id_is_still_a_problem_not_made_up() {
    let odd = format!(
        r#"{{"type":"Feature","properties":{{"id":["a"],"name":"A"}},"geometry":{SQUARE}}}"#
    );
    let msg = layer(&odd).expect_err("refused").to_string();
    assert!(
        msg.contains("properties.id") && msg.contains("expected text"),
        "{msg}"
    );
}

#[test]
fn clockwise_rings_give_the_same_area_as_counter_clockwise_ones() {
    let clockwise = r#"{"type":"Polygon","coordinates":[[[37.1,36.2],[37.1,36.21],[37.11,36.21],[37.11,36.2],[37.1,36.2]]]}"#;
    let a = layer(&feature("a", SQUARE)).expect("ccw").districts[0].area_km2;
    let b = layer(&feature("a", clockwise)).expect("cw").districts[0].area_km2;
    assert!((a - b).abs() < 1e-9 && a < 2.0, "{a} {b}");
}

#[test]
fn unclosed_ring_is_named() {
    let open = r#"{"type":"Polygon","coordinates":[[[37.1,36.2],[37.11,36.2],[37.11,36.21],[37.1,36.21]]]}"#;
    let msg = layer(&feature("a", open)).expect_err("open").to_string();
    assert!(
        msg.contains("geometry.ring[0]") && msg.contains("not closed"),
        "{msg}"
    );
}

#[test]
fn swapped_coordinates_get_a_hint() {
    let swapped = r#"{"type":"Polygon","coordinates":[[[36.2,137.1],[36.2,137.11],[36.21,137.11],[36.2,137.1]]]}"#;
    let msg = layer(&feature("a", swapped))
        .expect_err("range")
        .to_string();
    assert!(msg.contains("out of range"), "{msg}");
}

#[test]
fn the_smallest_district_holding_a_point_wins_and_holes_are_outside() {
    let layer = DistrictLayer::from_geojson(Path::new("nested.geojson"), locate::NESTED_EXAMPLE)
        .expect("valid");
    let (outer, inner) = (layer.index_of("outer"), layer.index_of("inner"));
    assert!(outer.is_some() && inner.is_some() && outer != inner);
    assert_eq!(
        layer.district_at(37.11, 36.21),
        inner,
        "nested inside outer"
    );
    assert_eq!(layer.district_at(37.135, 36.235), outer);
    assert_eq!(layer.district_at(37.125, 36.225), None, "in outer's hole");
    assert_eq!(layer.district_at(37.2, 36.3), None, "outside all");
    assert_eq!(layer.district_at(f64::NAN, 36.21), None);
    assert_eq!(layer.district_at(37.10, 36.22), outer, "on the edge counts");
}

#[test]
fn a_cancelled_layer_load_stops_with_a_message() {
    let err = DistrictLayer::from_geojson_cancellable(
        Path::new("nested.geojson"),
        locate::NESTED_EXAMPLE,
        None,
        &|| true,
    )
    .expect_err("cancelled");
    assert!(err.to_string().contains("cancelled"), "{err}");
}

#[test]
fn a_large_valid_polygon_is_accepted_and_a_crossing_one_is_named() {
    let n = 20_000;
    let ring: Vec<String> = (0..=n)
        .map(|i| {
            let t = (i % n) as f64 / n as f64 * std::f64::consts::TAU;
            format!("[{},{}]", 37.15 + 0.02 * t.cos(), 36.2 + 0.02 * t.sin())
        })
        .collect();
    let layer = |coords: &str| {
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":"a","name":"A"}},"geometry":{{"type":"Polygon","coordinates":[[{coords}]]}}}}]}}"#
        )
    };
    let valid = layer(&ring.join(","));
    assert!(DistrictLayer::from_geojson(Path::new("big.geojson"), &valid).is_ok());
    let mut crossed = ring.clone();
    crossed.swap(100, 10_100);
    let err = DistrictLayer::from_geojson(Path::new("big.geojson"), &layer(&crossed.join(",")))
        .expect_err("crosses itself");
    let msg = err.to_string();
    assert!(
        msg.contains("feature 0") && msg.contains("intersects itself near"),
        "{msg}"
    );
}

#[test]
fn numbers_are_accepted_as_ids_and_names() {
    let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":93,"name":7},"geometry":{"type":"Polygon","coordinates":[[[37.1,36.1],[37.2,36.1],[37.2,36.2],[37.1,36.1]]]}}]}"#;
    let layer = DistrictLayer::from_geojson(Path::new("numbers.geojson"), text).expect("loads");
    assert_eq!(layer.districts[0].id, "93");
    assert_eq!(layer.districts[0].name, "7");
}
