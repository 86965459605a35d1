//! Every broken fixture gets its own precise message from `aleppo-atlas check` and a non-zero exit,
//! and nothing panics.

use crate::support::run;
use std::path::Path;

fn check(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    run(&all)
}

/// (fixture, what the message must say besides the file name)
const DISTRICT_FIXTURES: &[(&str, &[&str])] = &[
    (
        "unknown_crs.geojson",
        &["top level", "crs", "\"EPSG:2000000\"", "EPSG:4326"],
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
    (
        "duplicate_key.geojson",
        &[
            "line 50",
            "features[1].geometry.coordinates",
            "appears twice in one object",
        ],
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
    (
        "huge_coordinates.geojson",
        &[
            "feature 1 (id \"b\")",
            "geometry.ring[0][1]",
            "out of range",
        ],
    ),
    ("nan_literal.geojson", &["line 1", "expected value"]),
];

/// Broken events files (checked against tests/fixtures/events/layer.geojson and its sources).
const EVENT_FIXTURES: &[(&str, &[&str])] = &[
    ("truncated.json", &["line 1", "column 38", "EOF"]),
    (
        "wrong_types.json",
        &["event 0 (id \"a\"): districts: invalid type: integer `7`, expected a list"],
    ),
    (
        "wrong_passage_type.json",
        &[
            "event 0 (id \"a\"): passages[0].start: invalid type",
            "whole number",
        ],
    ),
    (
        "wrong_controller_type.json",
        &["top level: controllers[0].label: invalid type: integer `7`, expected text"],
    ),
    (
        "invalid_date.json",
        &["event 0 (id \"a\")", "date", "2016-02-30"],
    ),
    (
        "unknown_district.json",
        &[
            "event 0 (id \"a\")",
            "\"Hananno\" is not in the layer",
            "closest: Hanano",
        ],
    ),
    ("not_utf8.json", &["not UTF-8", "offset"]),
    ("empty.json", &["is empty"]),
    ("top_level_list.json", &["top level", "expected an object"]),
    (
        "invalid_date.csv",
        &["line 2 (id \"row-2\")", "date", "2016-02-30"],
    ),
    (
        "missing_column.csv",
        &[
            "line 1 (the header)",
            "missing column controller",
            "contoller",
        ],
    ),
    ("not_utf8.csv", &["line 2", "district", "not UTF-8"]),
    ("header_only.csv", &["line 2", "no rows"]),
    (
        "quote_not_found.csv",
        &[
            "event 0 (id \"row-2\")",
            "The navy sailed",
            "not found in \"report\"",
        ],
    ),
    (
        "unknown_source.csv",
        &[
            "event 0 (id \"row-2\")",
            "document \"nosuch\" is not in the sources",
        ],
    ),
    (
        "duplicate_id.csv",
        &["line 2 and line 3", "\"x\" is used twice"],
    ),
    (
        "fraction_zero_and_one.csv",
        &[
            "line 2 (id \"row-2\"): fraction: 0 would mean",
            "line 3 (id \"row-3\"): fraction: 1 would mean the whole district",
            "line 4 (id \"row-4\"): fraction: -0.5 is not a share",
        ],
    ),
    (
        "unclosed_quote.csv",
        &[
            "line 3",
            "district",
            "a quote opens in this field and never closes",
        ],
    ),
    (
        "duplicate_column.csv",
        &[
            "line 1 (the header)",
            "date",
            "named twice (columns 1 and 5)",
        ],
    ),
    (
        "huge_fraction.csv",
        &["line 2", "fraction", "between 0 and 1"],
    ),
    (
        "acled_nan_coordinates.csv",
        &[
            "line 2 (event_id_cnty \"SYR9\")",
            "latitude/longitude",
            "NaN",
        ],
    ),
    (
        "acled_swapped.csv",
        &["line 2 (event_id_cnty \"SYR9\")", "swapped"],
    ),
    (
        "acled_missing_columns.csv",
        &["line 1 (the header)", "event_date"],
    ),
    (
        "acled_bad_date.csv",
        &[
            "line 2 (event_id_cnty \"SYR9\")",
            "event_date",
            "2016-02-30",
        ],
    ),
    ("unknown_format.txt", &["line 1", "not an events file"]),
];

/// Broken bundle manifests.
const BUNDLE_FIXTURES: &[(&str, &[&str])] = &[
    (
        "escaping.json",
        &["districts", "events", "points outside the bundle"],
    ),
    ("absolute.json", &["events", "absolute path"]),
    (
        "missing_part.json",
        &["events", "does not exist in the bundle"],
    ),
    ("unknown_field.json", &["unknown field `event`"]),
    ("nothing.json", &["names no part"]),
    (
        "wrong_type.json",
        &["top level: districts: invalid type: integer `5`, expected text"],
    ),
    ("truncated.json", &["line 1", "EOF"]),
];

/// Runs `check` on each fixture of a folder with `args` before it; each must fail with its own message.
fn each_gets_its_own_message(folder: &str, flag: &str, args: &[&str], table: &[(&str, &[&str])]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut seen = std::collections::HashSet::new();
    for (file, expected) in table {
        let path = dir.join(file);
        let mut all: Vec<&str> = args.to_vec();
        all.push(flag);
        all.push(path.to_str().expect("utf-8 path"));
        let (code, _out, err) = check(&all);
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
    let count = std::fs::read_dir(&dir).expect("fixtures").count();
    assert_eq!(
        count,
        table.len(),
        "a fixture file in {folder} has no expectation"
    );
}

#[test]
fn each_broken_events_fixture_gets_its_own_message() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events");
    let layer = base.join("layer.geojson");
    let sources = base.join("sources");
    each_gets_its_own_message(
        "tests/fixtures/events/broken",
        "--events",
        &[
            "--districts",
            layer.to_str().expect("utf-8"),
            "--sources",
            sources.to_str().expect("utf-8"),
        ],
        EVENT_FIXTURES,
    );
}

#[test]
fn each_broken_bundle_gets_its_own_message() {
    each_gets_its_own_message(
        "tests/fixtures/bundles/broken",
        "--bundle",
        &[],
        BUNDLE_FIXTURES,
    );
}

/// A 200 MB file of each kind is refused (or fails) within seconds, with a message, and nothing panics.
#[test]
fn a_200_mb_file_is_refused_quickly() {
    let dir = std::env::temp_dir().join(format!("aleppo-atlas-big-{}", std::process::id()));
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).expect("temp folder");
    let big = dir.join("big.geojson");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).expect("create"));
        f.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")
            .expect("write");
        let chunk = vec![0xffu8; 1 << 20];
        for _ in 0..200 {
            f.write_all(&chunk).expect("write");
        }
        f.flush().expect("flush");
    }
    std::fs::copy(&big, docs.join("big.txt")).expect("copy");
    let big_text = big.to_str().expect("utf-8");
    let docs_text = docs.to_str().expect("utf-8");
    for (args, expected) in [
        (
            vec!["--districts", big_text],
            "larger than 128 MB are refused",
        ),
        (vec!["--events", big_text], "not UTF-8"),
        (
            vec!["--sources", docs_text],
            "larger than 64 MB are refused",
        ),
    ] {
        // Refused by size before reading (the message says so), not timed: a clock fails on a busy
        // machine.
        let (code, _, err) = check(&args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn each_broken_district_fixture_gets_its_own_message() {
    each_gets_its_own_message(
        "tests/fixtures/districts",
        "--districts",
        &[],
        DISTRICT_FIXTURES,
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

/// Layers as published are read with what was done said, not refused: a shared id with another
/// name kept apart, a missing id taken from the name, a missing name shown by the id.
#[test]
fn layers_as_published_load_and_say_what_was_done() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layers");
    for (file, note) in [
        ("shared_id_other_name.geojson", "kept apart as \"a-2\""),
        ("missing_id.geojson", "its name \"Beta\" serves as its id"),
        ("missing_name.geojson", "has no name: it is shown by its id"),
    ] {
        let path = dir.join(file);
        let (_, out, err) = check(&["--districts", path.to_str().expect("utf-8 path")]);
        assert!(out.contains(note), "{file}: {out}");
        assert!(
            !err.contains(file),
            "{file}: the layer itself has no problem: {err}"
        );
    }
}
