//! The data formats beyond the project's JSON: the events CSV, ACLED exports (byte-order mark, old and
//! new event types, joins by location name and by point-in-polygon), layers without `id`/`name`
//! properties, bundles (and bundles that point outside themselves), and synthetic bundles.

use crate::support::{fixture, scratch};
use atlas_core::join::{load_dataset, DataPaths, Dataset, JoinReport};
use atlas_core::model::district::FEATURE_ID;
use atlas_core::model::{
    property_keys, Bundle, Certainty, DatePrecision, DistrictLayer, EventsFormat, Extent,
    PropertyNames,
};
use atlas_dev::synth::{write_bundle, SynthOptions};
use std::process::Command;

fn load(events: &str) -> (Dataset, JoinReport) {
    let paths = DataPaths {
        districts: Some(fixture("events/layer.geojson")),
        events: Some(fixture(events)),
        sources: Some(fixture("events/sources")),
        ..DataPaths::default()
    };
    load_dataset(&paths).unwrap_or_else(|e| panic!("{events}: {e}"))
}

fn event<'a>(data: &'a Dataset, id: &str) -> &'a atlas_core::join::JoinedEvent {
    data.events
        .iter()
        .find(|e| e.event.id == id)
        .unwrap_or_else(|| panic!("no event {id}"))
}

#[test]
fn project_csv_joins_names_and_finds_its_quotes() {
    let (data, report) = load("events/good.csv");
    assert!(report.is_clean(), "{:?}", report.problems);
    let import = &report.import;
    assert_eq!(import.format, EventsFormat::Csv);
    assert_eq!((import.events_read, import.events_joined), (3, 3));
    assert_eq!((import.quotes_located, import.quotes_not_found), (2, 0));
    // The third row is dated before the two above it.
    assert_eq!(import.out_of_order.count, 1);
    // Names became ids; quotes became byte offsets into the document, verifiable byte for byte.
    let hanano = event(&data, "row-2");
    assert_eq!(hanano.event.districts.as_slice(), ["hanano"]);
    let doc = data.corpus.get("report").expect("document");
    for e in &data.events {
        for p in &e.event.passages {
            assert_eq!(&doc.text[p.range()], p.quote);
        }
    }
    // The second quote was copied without the line break the document has there.
    let bustan = event(&data, "row-3");
    assert!(bustan.event.passages[0].quote.contains('\n'));
    assert_eq!(
        bustan.event.certainty,
        Certainty::Claimed {
            by: "rebel commanders".into()
        }
    );
}

#[test]
fn acled_export_with_bom_joins_by_name_and_by_point() {
    let (data, report) = load("events/acled_new.csv");
    let import = &report.import;
    assert_eq!(import.format, EventsFormat::Acled);
    assert_eq!(import.records, 6);
    assert_eq!(
        import.not_territory_changes, 1,
        "the armed clash is left out"
    );
    // Palmyra lies far outside the layer.
    assert_eq!(import.outside_extent.len(), 1);
    assert_eq!(import.outside_extent[0].id, "SYR5");
    // "Aleppo - Hanano" by name; "Aleppo - Bani Zeid" is no district name, so by its point.
    assert_eq!(event(&data, "SYR1").event.districts.as_slice(), ["hanano"]);
    let by_point = event(&data, "SYR3");
    assert_eq!(by_point.event.districts.as_slice(), ["sheikh-maqsoud"]);
    assert_eq!((import.joined_by_name, import.joined_by_point), (2, 1));
    // geo_precision 2 → partial; time_precision 2 → a week; a note that speaks of a claim → claimed.
    assert_eq!(by_point.event.extent, Extent::Partial { fraction: None });
    assert_eq!(by_point.event.date.precision, DatePrecision::Span);
    assert!(matches!(
        by_point.event.certainty,
        Certainty::Claimed { .. }
    ));
    assert_eq!(by_point.event.controller, "kurdish");
    // time_precision 3 → the month; a non-violent transfer goes to actor1.
    let transfer = event(&data, "SYR4");
    assert_eq!(transfer.event.districts.as_slice(), ["bustan-al-qasr"]);
    assert_eq!(transfer.event.date.precision, DatePrecision::Month);
    assert_eq!(transfer.event.controller, "rebels");
    // "Aleppo" names the whole city: not joined to the district under its centre point.
    let city = import
        .unjoined
        .iter()
        .find(|u| u.event == "SYR6")
        .expect("SYR6 did not join");
    assert_eq!(city.names[0].name, "Aleppo");
    assert!(!city.names[0].closest.is_empty());
    // The notes are the passages, in a document the file brings, byte for byte.
    let doc = data.corpus.get("acled-acled_new").expect("notes document");
    let p = &event(&data, "SYR1").event.passages[0];
    assert_eq!(
        &doc.text[p.range()],
        "On 26 November 2016, regime forces regained control of Hanano district."
    );
    assert!(
        !report
            .problems
            .iter()
            .any(|p| p.message.contains("passage")),
        "{:?}",
        report.problems
    );
}

#[test]
fn acled_old_event_types_are_read() {
    let (data, report) = load("events/acled_old.csv");
    assert!(report.is_clean(), "{:?}", report.problems);
    assert_eq!(
        report.import.not_territory_changes, 1,
        "no change of territory"
    );
    assert_eq!(data.events.len(), 2);
    assert_eq!(event(&data, "SYR100").event.controller, "government");
    let rebels = event(&data, "SYR102");
    assert_eq!(rebels.event.controller, "rebels");
    assert_eq!(rebels.event.districts.as_slice(), ["bustan-al-qasr"]);
}

#[test]
fn layers_without_id_and_name_properties_are_understood() {
    let layer = DistrictLayer::load(&fixture("events/layer_objectid.geojson")).expect("layer");
    assert!(layer.names_detected);
    assert_eq!(
        layer.property_names,
        PropertyNames {
            id: "OBJECTID".into(),
            name: "NAME".into()
        }
    );
    assert_eq!(layer.districts[1].id, "2");
    assert_eq!(layer.districts[1].name, "Bustan al-Qasr");
    let layer = DistrictLayer::load(&fixture("events/layer_feature_id.geojson")).expect("layer");
    assert_eq!(layer.property_names.id, FEATURE_ID);
    assert_eq!(layer.property_names.name, "name_en");
    assert_eq!(layer.districts[0].id, "f-1");
    // A person's choice wins, and a choice that names no property is refused with the keys there are.
    let chosen = PropertyNames {
        id: "NAME".into(),
        name: "NAME".into(),
    };
    let layer = DistrictLayer::load_with(&fixture("events/layer_objectid.geojson"), Some(&chosen))
        .expect("layer");
    assert_eq!(layer.districts[0].id, "Hanano");
    let wrong = PropertyNames {
        id: "code".into(),
        name: "NAME".into(),
    };
    let err = DistrictLayer::load_with(&fixture("events/layer_objectid.geojson"), Some(&wrong))
        .expect_err("no such property")
        .to_string();
    assert!(
        err.contains("\"code\"") && err.contains("OBJECTID"),
        "{err}"
    );
}

#[test]
fn property_keys_come_with_samples() {
    let keys = property_keys(&fixture("events/layer_objectid.geojson")).expect("keys");
    let names: Vec<&str> = keys.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(names, ["AREA_KM2", "NAME", "OBJECTID"]);
    assert_eq!(keys[1].samples, ["Hanano", "Bustan al-Qasr"]);
    assert_eq!(keys[2].features, 2);
    let keys = property_keys(&fixture("events/layer_feature_id.geojson")).expect("keys");
    assert_eq!(keys[0].key, FEATURE_ID);
}

#[test]
fn a_bundle_loads_as_a_manifest_or_a_folder() {
    for bundle in ["bundles/good", "bundles/good/bundle.json", "bundles/folder"] {
        let paths = DataPaths {
            bundle: Some(fixture(bundle)),
            ..DataPaths::default()
        };
        let (data, report) = load_dataset(&paths).unwrap_or_else(|e| panic!("{bundle}: {e}"));
        assert!(report.is_clean(), "{bundle}: {:?}", report.problems);
        assert_eq!(data.layer.len(), 3, "{bundle}");
        assert!(data.corpus.get("report").is_some(), "{bundle}");
        assert!(!data.events.is_empty(), "{bundle}");
    }
}

#[test]
fn a_bundle_that_points_outside_itself_is_refused() {
    let err = Bundle::open(&fixture("bundles/broken/escaping.json"))
        .expect_err("outside")
        .to_string();
    assert!(
        err.contains("escaping.json") && err.contains("points outside the bundle"),
        "{err}"
    );
    // A symbolic link inside the bundle that leads out of it is refused too.
    let scratch = scratch();
    let outside = scratch.path().join("outside.csv");
    std::fs::copy(fixture("events/good.csv"), &outside).expect("copy");
    let bundle = scratch.path().join("bundle");
    std::fs::create_dir_all(&bundle).expect("bundle folder");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&outside, bundle.join("events.csv")).expect("symlink");
        std::fs::write(bundle.join("bundle.json"), r#"{"events": "events.csv"}"#).expect("write");
        let err = Bundle::open(&bundle).expect_err("symlink out").to_string();
        assert!(err.contains("symbolic link"), "{err}");
    }
}

#[test]
fn a_synthetic_bundle_passes_check() {
    let scratch = scratch();
    let out = scratch.path().join("bundle");
    let options = SynthOptions {
        districts: 150,
        events: 2500,
        seed: 7,
    };
    let summary = write_bundle(&out, &options).expect("written");
    assert_eq!(summary.documents, 3);
    let check = Command::new(env!("CARGO_BIN_EXE_aleppo-atlas"))
        .args(["check", "--bundle"])
        .arg(&out)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&check.stdout);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("districts: 150") && stdout.contains("events: 2500"),
        "{stdout}"
    );
    // The same seed writes the same bundle; a folder that is not empty is refused.
    let again = scratch.path().join("again");
    write_bundle(&again, &options).expect("written");
    for file in [
        "districts.geojson",
        "events.json",
        "sources/report-00002.txt",
    ] {
        assert_eq!(
            std::fs::read(out.join(file)).expect("read"),
            std::fs::read(again.join(file)).expect("read"),
            "{file}"
        );
    }
    let err = write_bundle(&out, &options)
        .expect_err("not empty")
        .to_string();
    assert!(err.contains("not empty"), "{err}");
}

#[test]
fn the_synth_subcommand_writes_a_bundle() {
    let scratch = scratch();
    let out = scratch.path().join("b");
    let run = Command::new(env!("CARGO_BIN_EXE_aleppo-atlas"))
        .args(["synth", "--districts", "12", "--events", "30", "--out"])
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    assert!(out.join("bundle.json").is_file());
    let state = Command::new(env!("CARGO_BIN_EXE_aleppo-atlas"))
        .args(["state", "--date", "2016-12-31", "--json", "--bundle"])
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(state.status.code(), Some(0), "{state:?}");
    let v: serde_json::Value = serde_json::from_slice(&state.stdout).expect("json");
    assert_eq!(v["districts"].as_array().map(Vec::len), Some(12));
}
