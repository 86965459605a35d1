//! The command line's JSON: stable field names, the state at the end of a day, areas, and events that
//! round-trip through the events-file format.

use crate::support::run;
use atlas_core::model::EventsFile;
use serde_json::Value;
use std::path::Path;

/// The JSON a subcommand prints (it must succeed).
pub(crate) fn json(args: &[&str]) -> Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {out}"))
}

#[test]
fn state_has_one_entry_per_district_with_the_documented_fields() {
    let v = json(&["state", "--date", "2016-11-26", "--json"]);
    assert_eq!(v["date"], "2016-11-26");
    let districts = v["districts"].as_array().expect("districts");
    assert!(districts.len() >= 120);
    for d in districts {
        for field in [
            "id",
            "name",
            "aliases",
            "controller",
            "extent",
            "since",
            "events",
        ] {
            assert!(d.get(field).is_some(), "missing {field} in {d}");
        }
    }
    let hanano = districts
        .iter()
        .find(|d| d["id"] == "hanano")
        .expect("hanano");
    assert_eq!(hanano["controller"], "government");
    assert_eq!(hanano["extent"], "full");
    assert_eq!(hanano["since"], "2016-11-26");
    assert!(hanano["events"]
        .as_array()
        .expect("events")
        .iter()
        .any(|e| e == "2016-11-26-hanano"));
    // The state is the state at the end of the day: the day before, Hanano was not yet taken.
    let v = json(&["state", "--date", "2016-11-25", "--json"]);
    let hanano = v["districts"]
        .as_array()
        .expect("districts")
        .iter()
        .find(|d| d["id"] == "hanano")
        .cloned();
    assert_eq!(hanano.expect("hanano")["extent"], "partial");
}

#[test]
fn areas_add_up_to_the_total() {
    let v = json(&["areas", "--date", "2016-12-01", "--json"]);
    let km2 = v["km2"].as_object().expect("km2");
    for id in ["government", "rebels", "kurdish"] {
        assert!(km2.contains_key(id), "{id}");
    }
    let sum: f64 = km2.values().filter_map(Value::as_f64).sum::<f64>()
        + v["contested_km2"].as_f64().expect("contested")
        + v["unknown_km2"].as_f64().expect("unknown");
    let total = v["total_km2"].as_f64().expect("total");
    assert!((sum - total).abs() < 0.01, "{sum} vs {total}");
    assert!(km2["rebels"].as_f64().expect("rebels") > 5.0);
}

#[test]
fn events_json_is_itself_a_valid_events_file() {
    let (code, out, err) = run(&["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    let file = EventsFile::from_json(Path::new("stdout"), &out).expect("round trip");
    assert!(file.events.len() > 50);
    let first = &file.events[0];
    assert!(!first.passages.is_empty());
    let v: Value = serde_json::from_str(&out).expect("json");
    let e = &v["events"][0];
    for field in [
        "id",
        "date",
        "date_precision",
        "districts",
        "controller",
        "extent",
        "certainty",
        "passages",
    ] {
        assert!(e.get(field).is_some(), "missing {field}");
    }
    let p = &e["passages"][0];
    for field in ["document", "start", "end", "quote"] {
        assert!(p.get(field).is_some(), "missing passage {field}");
    }
}

#[test]
fn each_part_can_be_replaced_alone() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Another district layer with the built-in events: the events that do not join are warned about.
    let layer = dir.join("tests/fixtures/small-layer.geojson");
    let (code, out, err) = run(&[
        "state",
        "--date",
        "2016-11-26",
        "--json",
        "--districts",
        layer.to_str().expect("path"),
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["districts"].as_array().expect("districts").len(), 2);
    assert!(err.contains("is not in the layer"), "{err}");
    // The built-in sources from a folder on disk give the same check.
    let sources = dir.join("data/sources");
    let (code, out, err) = run(&["check", "--sources", sources.to_str().expect("path")]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn a_bad_date_is_refused_with_a_message() {
    let (code, _, err) = run(&["state", "--date", "2016-02-30", "--json"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("--date") && err.contains("2016-02-30"),
        "{err}"
    );
}
