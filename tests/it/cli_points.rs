//! `points` and `--points` on the command line (issue 16): the points of a day as JSON, a window of
//! days, filters, `check`'s report of rows left out, broken files named, and text from the data escaped.

use crate::support::{fixture, run, scratch};

use crate::cli_json::json as points_json;

#[test]
fn points_of_a_day_as_json_cumulative_and_in_a_window() {
    let acled = fixture("points/acled-rows.csv");
    let acled = acled.to_str().expect("utf-8 path");
    let all = points_json(&[
        "points",
        "--points",
        acled,
        "--date",
        "2016-11-28",
        "--json",
    ]);
    assert_eq!(all["date"], "2016-11-28");
    assert_eq!(all["kept"], 5);
    assert_eq!(all["left_out"], 2);
    let points = all["points"].as_array().expect("points");
    assert_eq!(points.len(), 5);
    assert_eq!(all["count"], 5);
    for p in points {
        for field in [
            "lon",
            "lat",
            "from",
            "to",
            "category",
            "actors",
            "fatalities",
            "notes",
            "properties",
        ] {
            assert!(p.get(field).is_some(), "missing {field} in {p}");
        }
        assert!(p["from"].as_str() <= Some("2016-11-28"));
    }
    // The last day only: the rows whose days reach 28 Nov (the day itself, the week and the month).
    let day = points_json(&[
        "points",
        "--points",
        acled,
        "--date",
        "2016-11-28",
        "--window",
        "1d",
        "--json",
    ]);
    let days: Vec<(&str, &str)> = day["points"]
        .as_array()
        .expect("points")
        .iter()
        .map(|p| {
            (
                p["from"].as_str().unwrap_or(""),
                p["to"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(days.len(), 3, "{days:?}");
    assert!(days
        .iter()
        .all(|(from, to)| *from <= "2016-11-28" && *to >= "2016-11-28"));
    let protests = points_json(&[
        "points",
        "--points",
        acled,
        "--date",
        "2016-11-30",
        "--category",
        "protests",
        "--json",
    ]);
    assert_eq!(protests["count"], 1);
    assert_eq!(protests["points"][0]["category"], "Protests");
}

#[test]
fn check_reports_the_rows_left_out_and_broken_points_are_named() {
    let damage = fixture("points/damage.geojson");
    let damage = damage.to_str().expect("utf-8 path");
    let (code, out, err) = run(&["check", "--points", damage]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("5 points kept of 9 read (4 left out)"),
        "{out}"
    );
    assert!(
        out.contains("feature 6: geometry.type: \"Polygon\" is not a Point"),
        "{out}"
    );
    let (code, _, err) = run(&[
        "points",
        "--points",
        damage,
        "--date",
        "2016-01-01",
        "--category",
        "rubble",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("rubble") && err.contains("Destroyed"), "{err}");

    let dir = scratch();
    let broken = dir.path().join("broken.geojson");
    std::fs::write(
        &broken,
        "{\"type\": \"FeatureCollection\", \"features\": [{",
    )
    .expect("write");
    let (code, _, err) = run(&[
        "points",
        "--points",
        broken.to_str().expect("utf-8"),
        "--date",
        "2016-01-01",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("broken.geojson") && err.contains("line 1"),
        "{err}"
    );
    let (code, _, err) = run(&["points", "--date", "2016-01-01"]);
    assert_eq!(code, 1);
    assert!(err.contains("--points"), "{err}");
}

#[test]
fn text_from_the_points_is_escaped_for_the_terminal() {
    let dir = scratch();
    let hostile = dir.path().join("hostile.geojson");
    std::fs::write(
        &hostile,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[37.1,36.2]},"properties":{"date":"2016-01-01","notes":"\u001b]0;pwned\u0007\u001b[2J"}}]}"#,
    )
    .expect("write");
    let (code, out, err) = run(&[
        "points",
        "--points",
        hostile.to_str().expect("utf-8"),
        "--date",
        "2016-02-01",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains('\u{1b}') && out.contains("\\x1B]0;pwned"),
        "{out}"
    );
}

/// The pixels of a PNG `snapshot` of `day` at 800×500, with `extra` arguments.
fn snapshot_pixels(day: &str, extra: &[&str]) -> Vec<u8> {
    let dir = scratch();
    let out = dir.path().join("map.png");
    let out_arg = out.to_str().expect("utf-8 path");
    let mut args = vec![
        "snapshot", "--date", day, "--size", "800x500", "--out", out_arg,
    ];
    args.extend_from_slice(extra);
    let (code, _, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    image::open(&out).expect("a PNG").to_rgba8().into_raw()
}

#[test]
fn exports_draw_the_points_up_to_the_day() {
    let damage = fixture("points/damage.geojson");
    let with_points = ["--points", damage.to_str().expect("utf-8 path")];
    // On 1 December 2016 every point of the file is dated: the map shows them.
    let plain = snapshot_pixels("2016-12-01", &[]);
    let dotted = snapshot_pixels("2016-12-01", &with_points);
    let changed = plain
        .chunks_exact(4)
        .zip(dotted.chunks_exact(4))
        .filter(|(a, b)| a != b)
        .count();
    // Five dots of a few pixels each, nothing else moved (the legend and labels are the same).
    assert!(changed > 20, "{changed} pixels changed");
    assert!(changed < 2_000, "{changed} pixels changed");
    // Before the first point's day none is drawn.
    assert_eq!(
        snapshot_pixels("2013-01-01", &[]),
        snapshot_pixels("2013-01-01", &with_points),
        "a point drawn before its day"
    );
}

#[test]
fn check_says_what_became_of_acled_rows_that_are_not_territory_changes() {
    let acled = fixture("points/acled-rows.csv");
    let acled = acled.to_str().expect("utf-8 path");
    let (_, alone, _) = run(&["check", "--events", acled]);
    let (_, both, _) = run(&["check", "--events", acled, "--points", acled]);
    let line = |out: &str| {
        out.lines()
            .find(|l| l.contains("ACLED:"))
            .map(str::to_string)
            .unwrap_or_default()
    };
    assert!(line(&alone).contains("open the file as points"), "{alone}");
    assert!(line(&both).contains("kept as dated points"), "{both}");
    assert!(!line(&both).contains("left out"), "{both}");
}
