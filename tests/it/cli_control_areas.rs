//! Control areas over time on the command line: `areas --json` gives the snapshot shown on a day and
//! the geodesic km² of its areas (checked against pyproj's figures for the fixtures), from
//! `--control-areas` or a bundle's manifest; a broken snapshot is named with its file and place.

use crate::cli_json::json;
use crate::support::run;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn daily() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/control-areas/daily")
}

/// The rectangle of 7 December, in km², as pyproj 3.7.2 computes it
/// (`Geod(ellps="WGS84").geometry_area_perimeter`), an implementation independent of ours.
const RECTANGLE_KM2: f64 = 149.692_243_539_474_48;

#[test]
fn areas_json_gives_the_snapshot_of_the_day_and_its_km2() {
    let folder = daily();
    let folder = folder.to_str().expect("UTF-8 path");
    let common = [
        "--json",
        "--control-areas",
        folder,
        "--area-controller",
        "occupied",
    ];
    let on_10th = json(&[&["areas", "--date", "2016-12-10"][..], &common].concat());
    let control = &on_10th["control_areas"];
    assert_eq!(control["snapshot"], "2016-12-07");
    assert!(control["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("aleppo_control_20161207.geojson")));
    let km2 = control["km2"]["occupied"]
        .as_f64()
        .expect("km² of occupied");
    assert!(
        (km2 - RECTANGLE_KM2).abs() < 0.001,
        "{km2} against {RECTANGLE_KM2}"
    );
    // The districts' own figures are still there.
    assert!(on_10th["km2"]["government"].is_number());

    let before = json(&[&["areas", "--date", "2016-11-20"][..], &common].concat());
    assert_eq!(before["control_areas"]["snapshot"], Value::Null);
    assert_eq!(before["control_areas"]["km2"]["occupied"], 0.0);
}

#[test]
fn a_bundle_names_its_control_areas_and_their_controller() {
    let scratch = tempfile::tempdir().expect("temp dir");
    let bundle = scratch.path();
    let snapshots = bundle.join("daily");
    std::fs::create_dir(&snapshots).expect("folder");
    for entry in std::fs::read_dir(daily()).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("a name");
        std::fs::copy(&path, snapshots.join(name)).expect("copy");
    }
    let manifest = bundle.join("bundle.json");
    std::fs::write(
        &manifest,
        r#"{"name": "control", "control_areas": "daily", "area_controller": "occupied"}"#,
    )
    .expect("write");
    let manifest = manifest.to_str().expect("UTF-8 path");
    let v = json(&[
        "areas",
        "--date",
        "2016-12-31",
        "--json",
        "--bundle",
        manifest,
    ]);
    assert_eq!(v["control_areas"]["snapshot"], "2016-12-13");
    assert!(v["control_areas"]["km2"]["occupied"]
        .as_f64()
        .is_some_and(|k| k > 0.0));

    std::fs::write(
        bundle.join("bundle.json"),
        r#"{"control_areas": "../elsewhere"}"#,
    )
    .expect("write");
    let (code, _, err) = run(&["areas", "--date", "2016-12-31", "--bundle", manifest]);
    assert_ne!(code, 0);
    assert!(
        err.contains("control_areas") && err.contains("outside the bundle"),
        "{err}"
    );
}

#[test]
fn a_broken_snapshot_is_named_with_its_file_and_place() {
    let scratch = tempfile::tempdir().expect("temp dir");
    let dir = scratch.path();
    std::fs::write(
        dir.join("front_20161203.geojson"),
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Polygon","coordinates":[[[37.1,36.1],[237.2,36.1],[37.2,36.2],[37.1,36.1]]]}}]}"#,
    )
    .expect("write");
    let dir = dir.to_str().expect("UTF-8 path");
    let (code, out, err) = run(&["areas", "--date", "2016-12-10", "--control-areas", dir]);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("front_20161203.geojson")
            && err.contains("feature 0")
            && err.contains("out of range"),
        "{err}"
    );
}

#[test]
fn a_snapshot_export_shows_the_control_areas_of_its_day() {
    let scratch = tempfile::tempdir().expect("temp dir");
    let folder = daily();
    let folder = folder.to_str().expect("UTF-8 path");
    let png = |name: &str, extra: &[&str]| {
        let out = scratch.path().join(name);
        let out_text = out.to_str().expect("UTF-8 path").to_string();
        let args = [
            &[
                "snapshot",
                "--date",
                "2016-12-10",
                "--size",
                "400x250",
                "--out",
                &out_text,
            ][..],
            extra,
        ]
        .concat();
        let (code, _, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        image::open(&out).expect("a PNG").to_rgba8()
    };
    let plain = png("plain.png", &[]);
    let with_areas = png(
        "areas.png",
        &["--control-areas", folder, "--area-controller", "occupied"],
    );
    assert_eq!(plain.dimensions(), with_areas.dimensions());
    let differing = plain
        .pixels()
        .zip(with_areas.pixels())
        .filter(|(a, b)| a != b)
        .count();
    // The layer over the map, its legend rows and the changes the districts take from it: at least
    // one of them must show.
    assert!(differing > 0, "the control areas change the picture");
}
