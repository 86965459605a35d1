//! Every broken fixture gets its own precise message from `aleppo-atlas check` and a non-zero exit,
//! and nothing panics.

use std::path::Path;
use std::process::Command;

fn check(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_aleppo-atlas"))
        .arg("check")
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// (fixture, what the message must say besides the file name)
const DISTRICT_FIXTURES: &[(&str, &[&str])] = &[
    (
        "duplicate_id.geojson",
        &[
            "feature 1 (id \"a\")",
            "properties.id",
            "already the id of feature 0",
        ],
    ),
    (
        "empty_ring.geojson",
        &["feature 1 (id \"b\")", "geometry.ring[0]", "is empty"],
    ),
    (
        "unclosed_ring.geojson",
        &["feature 1 (id \"b\")", "geometry.ring[0]", "not closed"],
    ),
    (
        "too_few_points.geojson",
        &["feature 1 (id \"b\")", "geometry.ring[0]", "at least 4"],
    ),
    (
        "out_of_range.geojson",
        &[
            "feature 1 (id \"b\")",
            "geometry.ring[0][0]",
            "out of range",
        ],
    ),
    (
        "swapped_coordinates.geojson",
        &["feature 1 (id \"b\")", "swapped"],
    ),
    (
        "missing_id.geojson",
        &["feature 1", "properties.id", "is missing"],
    ),
    (
        "missing_name.geojson",
        &["feature 1 (id \"b\")", "properties.name", "is missing"],
    ),
    (
        "wrong_property_type.geojson",
        &[
            "feature 1 (id \"b\")",
            "properties.aliases",
            "expected a list",
        ],
    ),
    (
        "not_a_polygon.geojson",
        &["feature 1 (id \"b\")", "geometry", "Point"],
    ),
    (
        "missing_geometry.geojson",
        &["feature 1 (id \"b\")", "geometry", "is missing"],
    ),
    (
        "self_intersecting.geojson",
        &["feature 1 (id \"b\")", "invalid polygon", "intersect"],
    ),
    ("no_features.geojson", &["features", "no features"]),
    (
        "not_a_feature_collection.geojson",
        &["type", "FeatureCollection"],
    ),
    ("truncated.geojson", &["line", "column", "EOF"]),
    ("empty.geojson", &["is empty"]),
    ("not_utf8.geojson", &["not UTF-8", "offset"]),
    ("non_finite.geojson", &["line 1", "number out of range"]),
];

#[test]
fn each_broken_district_fixture_gets_its_own_message() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/districts");
    let mut seen = std::collections::HashSet::new();
    for (file, expected) in DISTRICT_FIXTURES {
        let path = dir.join(file);
        let (code, _out, err) = check(&["--districts", path.to_str().expect("utf-8 path")]);
        assert_eq!(code, 1, "{file}: exit code; stderr: {err}");
        assert!(!err.contains("panicked"), "{file} panicked: {err}");
        assert!(
            err.contains(file),
            "{file}: the message must name the file: {err}"
        );
        for e in *expected {
            assert!(err.contains(e), "{file}: expected {e:?} in: {err}");
        }
        assert!(
            seen.insert(err.clone()),
            "{file}: same message as another fixture"
        );
    }
    // Every fixture in the folder is covered by the table above.
    let count = std::fs::read_dir(&dir).expect("fixtures").count();
    assert_eq!(
        count,
        DISTRICT_FIXTURES.len(),
        "a fixture file has no expectation"
    );
}

#[test]
fn builtin_data_checks_clean() {
    let (code, out, err) = check(&[]);
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(out.contains("OK: no problems found."), "{out}");
    assert!(out.contains("districts:"), "{out}");
}

#[test]
fn a_missing_file_is_named() {
    let (code, _, err) = check(&["--events", "/nonexistent/events.json"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("/nonexistent/events.json") && err.contains("cannot read"),
        "{err}"
    );
}
