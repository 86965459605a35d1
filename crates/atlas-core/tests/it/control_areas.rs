//! Control areas over time read from files: a folder of daily snapshots (the day in each name) and one
//! GeoJSON of dated features, their areas against pyproj's, and broken or hostile folders and files
//! named with the file, the place and what is wrong.

use atlas_core::model::control_areas::{ControlAreaOptions, ControlAreas};
use atlas_core::model::progress::{ReadWatch, CANCELLED};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    crate::repo().join("tests/fixtures/control-areas")
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 12, d).expect("a day")
}

/// The areas of the fixtures' polygons in km², computed once with pyproj 3.7.2
/// (`Geod(ellps="WGS84").geometry_area_perimeter(shapely.geometry.shape(geometry))`, Karney's
/// algorithm, an implementation independent of geo's): the U-shaped area with a hole plus a square
/// (1 Dec), the rectangle (7 Dec), the triangle (13 Dec), the square alone, the other triangle.
const U_WITH_HOLE_AND_SQUARE: f64 = 110.766_670_504_507_06;
const RECTANGLE: f64 = 149.692_243_539_474_48;
const TRIANGLE: f64 = 74.893_716_723_426_82;
const SQUARE: f64 = 3.996_297_726_068_496_6;
const OTHER_TRIANGLE: f64 = 74.798_526_816_047_67;

fn close(got: f64, expected: f64) -> bool {
    ((got - expected) / expected).abs() < 1e-9
}

fn load(path: &Path, controller: Option<&str>) -> Result<ControlAreas, String> {
    let options = ControlAreaOptions {
        controller: controller.map(str::to_string),
    };
    ControlAreas::load(path, &options).map_err(|e| e.to_string())
}

#[test]
fn a_folder_of_daily_files_is_one_snapshot_a_day_with_areas_as_pyproj_computes_them() {
    let areas = load(&fixtures().join("daily"), Some("occupied")).expect("reads");
    let days: Vec<NaiveDate> = areas.snapshots.iter().map(|s| s.day).collect();
    assert_eq!(days, [day(1), day(7), day(13)]);
    assert_eq!(areas.controllers(), ["occupied"]);
    let km2: Vec<f64> = areas
        .snapshots
        .iter()
        .map(|s| s.km2_of("occupied"))
        .collect();
    for (got, expected) in km2
        .iter()
        .zip([U_WITH_HOLE_AND_SQUARE, RECTANGLE, TRIANGLE])
    {
        assert!(
            close(*got, expected),
            "{got} km² against pyproj's {expected}"
        );
    }
    let shown = areas.snapshot_at(day(10)).expect("a snapshot");
    assert!(shown.file.ends_with("aleppo_control_20161207.geojson"));
    assert!(
        areas
            .notes
            .iter()
            .any(|n| n.contains("1 entry that is not")),
        "the README is left out and said so: {:?}",
        areas.notes
    );
}

#[test]
fn files_that_name_no_controller_say_so_when_none_is_given() {
    let areas = load(&fixtures().join("daily"), None).expect("reads");
    assert_eq!(areas.controllers(), ["control area"]);
    assert!(
        areas.notes.iter().any(|n| n.contains("--area-controller")),
        "{:?}",
        areas.notes
    );
}

#[test]
fn one_file_of_dated_features_is_grouped_by_day_and_controller() {
    let areas = load(&fixtures().join("dated.geojson"), None).expect("reads");
    let days: Vec<NaiveDate> = areas.snapshots.iter().map(|s| s.day).collect();
    assert_eq!(days, [day(1), day(10)]);
    assert_eq!(areas.controllers(), ["government", "rebels"]);
    let first = &areas.snapshots[0];
    let last = &areas.snapshots[1];
    assert!(close(first.km2_of("rebels"), RECTANGLE));
    assert!(close(first.km2_of("government"), SQUARE));
    assert!(close(last.km2_of("rebels"), TRIANGLE));
    assert!(close(last.km2_of("government"), OTHER_TRIANGLE));
    assert!(
        areas.notes.iter().any(|n| n.contains("\"date\"")),
        "{:?}",
        areas.notes
    );
}

/// A folder with the given files (name, text) in a temporary place.
fn folder_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    dir
}

const SQUARE_FILE: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
"geometry":{"type":"Polygon","coordinates":[[[37.1,36.1],[37.2,36.1],[37.2,36.2],[37.1,36.1]]]}}]}"#;

#[test]
fn broken_files_are_named_with_the_place_and_what_is_wrong() {
    let garbage = folder_with(&[
        ("map_20161201.geojson", SQUARE_FILE),
        (
            "map_20161202.geojson",
            "{\"type\": \"FeatureCollection\",\n \"features\": [tru",
        ),
    ]);
    let err = load(garbage.path(), None).expect_err("broken JSON");
    assert!(err.contains("map_20161202.geojson: line 2"), "{err}");

    let unclosed = SQUARE_FILE.replace("[37.1,36.1]]]", "[37.1,36.15]]]");
    let ring = folder_with(&[("map_20161201.geojson", &unclosed)]);
    let err = load(ring.path(), None).expect_err("an unclosed ring");
    assert!(
        err.contains("map_20161201.geojson")
            && err.contains("feature 0")
            && err.contains("not closed"),
        "{err}"
    );

    let undated = folder_with(&[
        ("map_20161201.geojson", SQUARE_FILE),
        ("latest.geojson", SQUARE_FILE),
    ]);
    let err = load(undated.path(), None).expect_err("a name without a day");
    assert!(
        err.contains("latest.geojson") && err.contains("carries no day"),
        "{err}"
    );

    let point = SQUARE_FILE.replace(
        r#"{"type":"Polygon","coordinates":[[[37.1,36.1],[37.2,36.1],[37.2,36.2],[37.1,36.1]]]}"#,
        r#"{"type":"Point","coordinates":[37.1,36.1]}"#,
    );
    let points = folder_with(&[("map_20161201.geojson", &point)]);
    let err = load(points.path(), None).expect_err("no polygon");
    assert!(
        err.contains("feature 0") && err.contains("Point with no polygon"),
        "{err}"
    );
}

#[test]
fn a_single_file_without_dates_says_which_properties_it_has() {
    let dir = folder_with(&[(
        "control.geojson",
        &SQUARE_FILE.replace("{}", r#"{"side":"rebels"}"#),
    )]);
    let err = load(&dir.path().join("control.geojson"), None).expect_err("no day");
    assert!(
        err.contains("control.geojson")
            && err.contains("no property gives the day")
            && err.contains("side"),
        "{err}"
    );
    let missing = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"date":"2016-12-01"},"geometry":{"type":"Polygon","coordinates":[[[37.1,36.1],[37.2,36.1],[37.2,36.2],[37.1,36.1]]]}},
      {"type":"Feature","properties":{"date":null},"geometry":{"type":"Polygon","coordinates":[[[37.1,36.1],[37.2,36.1],[37.2,36.2],[37.1,36.1]]]}}]}"#;
    std::fs::write(dir.path().join("dated.geojson"), missing).expect("write");
    let err = load(&dir.path().join("dated.geojson"), None).expect_err("a feature without its day");
    assert!(
        err.contains("feature 1: properties.date: is missing"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_leaving_the_folder_and_a_file_too_big_are_refused() {
    let outside = folder_with(&[("secret_20161201.geojson", SQUARE_FILE)]);
    let dir = folder_with(&[("map_20161202.geojson", SQUARE_FILE)]);
    std::os::unix::fs::symlink(
        outside.path().join("secret_20161201.geojson"),
        dir.path().join("map_20161201.geojson"),
    )
    .expect("symlink");
    let err = load(dir.path(), None).expect_err("a link out");
    assert!(err.contains("map_20161201.geojson"), "{err}");
    assert!(err.contains("outside"), "{err}");

    // A FIFO with a dated name is refused without blocking.
    let fifo_dir = folder_with(&[("map_20161201.geojson", SQUARE_FILE)]);
    let fifo = fifo_dir.path().join("map_20161202.geojson");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let err = load(fifo_dir.path(), None).expect_err("a FIFO");
        assert!(
            err.contains("map_20161202.geojson") && err.contains("FIFO"),
            "{err}"
        );
    }

    // A sparse file that claims more than the bound is refused before it is read.
    let big = folder_with(&[("map_20161201.geojson", SQUARE_FILE)]);
    let file = std::fs::File::create(big.path().join("map_20161202.geojson")).expect("create");
    file.set_len(atlas_core::model::control_areas::MAX_FILE_BYTES + 1)
        .expect("sparse");
    let err = load(big.path(), None).expect_err("too big");
    assert!(
        err.contains("map_20161202.geojson") && err.contains("larger than"),
        "{err}"
    );
}

#[test]
fn a_cancelled_load_stops_and_a_watched_one_counts_every_byte() {
    let folder = fixtures().join("daily");
    let watch = ReadWatch::default();
    ControlAreas::load_watched(&folder, &ControlAreaOptions::default(), &watch).expect("reads");
    assert_eq!(watch.fraction(), 1.0);
    let cancelled = ReadWatch::default();
    cancelled.cancel();
    let err = ControlAreas::load_watched(&folder, &ControlAreaOptions::default(), &cancelled)
        .expect_err("cancelled")
        .to_string();
    assert!(err.contains(CANCELLED), "{err}");
}

#[test]
fn a_folder_of_dated_files_opens_as_control_areas_through_the_one_loader() {
    use atlas_core::model::DataFileKind;
    use atlas_core::session::{paths_with_files, LoadedData};
    let folder = fixtures().join("daily");
    assert_eq!(
        DataFileKind::of(&folder).map_err(|e| e.to_string()),
        Ok(DataFileKind::ControlAreas)
    );
    let paths =
        paths_with_files(&Default::default(), std::slice::from_ref(&folder)).expect("known");
    assert_eq!(paths.control_areas.as_ref(), Some(&folder));
    let loaded = LoadedData::load_now(&paths).expect("loads");
    let areas = loaded.control_areas.as_ref().expect("control areas kept");
    assert_eq!(areas.snapshots.len(), 3);
    let report = loaded.report.import.text();
    assert!(
        report.contains("control areas from daily: 3 snapshots"),
        "{report}"
    );
    // The built-in districts and events are still there.
    assert!(!loaded.dataset.events.is_empty());
}
