//! Dated points in the app (issue 16), driven headless: an ACLED export opens as events and as every
//! row's point, the points follow the day and the window of days, and clicking a point shows its
//! properties and its notes.

use crate::support::{app_at, click_at, day, fixture};
use aleppo_atlas::app::AtlasApp;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;

fn open(harness: &mut Harness<'static, AtlasApp>, file: &str) {
    harness.state_mut().open_paths(&[fixture(file)]);
    harness.state_mut().finish_jobs();
    harness.run();
}

#[test]
fn an_acled_export_opens_as_points_and_a_click_shows_a_point() {
    let mut harness = app_at("2016-11-28");
    open(&mut harness, "points/acled-rows.csv");
    let layer = harness.state().point_layer().expect("points loaded");
    assert_eq!(layer.points.len(), 5);
    // The record reaches over every row's days, not only the territory change's: the day stays.
    let today = harness.state().day();
    assert_eq!(today, day("2016-11-28"));
    // At the end of the day, every row dated up to then (a row dated by its month counts from its
    // first day).
    let shown = harness.state().points_shown().to_vec();
    let expected: Vec<u32> = (0..5u32)
        .filter(|&i| layer.points[i as usize].from <= today)
        .collect();
    assert_eq!(shown, expected);
    assert!(!shown.is_empty());
    harness.get_by_label("Close the import report").click();
    harness.run();
    let heading = format!("points shown at the end of {}", today.format("%-d %b %Y"));
    harness.get_by_label_contains(&heading);
    // The point farthest right, clear of the windows on the left.
    let (point, at) = shown
        .iter()
        .filter_map(|&i| Some((i, harness.state().point_on_screen(i)?)))
        .max_by(|a, b| a.1.x.total_cmp(&b.1.x))
        .expect("drawn");
    let clicked = harness.state().point_layer().expect("points").points[point as usize].clone();
    assert!(!clicked.notes.is_empty());
    // The notes may already be on screen as an event's passage; the click adds the point's own.
    let notes_shown = |h: &Harness<'static, AtlasApp>| h.query_all_by_label(&clicked.notes).count();
    let before = notes_shown(&harness);
    click_at(&mut harness, at);
    assert_eq!(harness.state().selected_point(), Some(point));
    // The point is what was clicked, not the district under it.
    assert!(harness.state().selected_district_ids().is_empty());
    // Its notes (as its passage, and among its properties) and properties are in the window.
    assert!(notes_shown(&harness) >= before + 2, "{before}");
    let (_, sub_event) = clicked
        .properties
        .iter()
        .find(|(k, _)| k == "sub_event_type")
        .expect("a sub-event type");
    harness.get_by_label(sub_event);
    // A click beside every point takes the selection away.
    click_at(&mut harness, at + egui::vec2(60.0, 60.0));
    assert_eq!(harness.state().selected_point(), None);
}

#[test]
fn a_points_geojson_opens_by_content_and_the_window_of_days_follows_the_day() {
    let mut harness = app_at("2016-11-28");
    open(&mut harness, "points/damage.geojson");
    let layer = harness.state().point_layer().expect("points loaded");
    assert_eq!(layer.date_field, "SensorDate");
    // The districts stay: the points are a layer of their own.
    assert!(harness.state().dataset().layer.districts.len() > 100);
    let all = harness.state().points_shown().len();
    assert_eq!(
        all,
        layer.points.len(),
        "every damage point dates from before"
    );
    // The last seven days up to 28 Nov 2016 hold none of the survey's dates.
    assert_eq!(harness.state().day(), day("2016-11-28"));
    harness.get_by_label("The last").click();
    harness.run();
    assert!(harness.state().points_shown().is_empty());
}

#[test]
fn points_whose_dates_are_not_found_ask_which_property_dates_them() {
    let dir = crate::support::scratch();
    let file = dir.path().join("survey.geojson");
    // Two of five sites dated: too few for the dates to be found by content.
    let seen = ["2016-11-28", "not surveyed", "2016-12-02", "pending", "n/a"];
    let features: Vec<String> = seen
        .iter()
        .map(|s| {
            format!(
                r#"{{"type":"Feature","properties":{{"seen":"{s}","site":"s"}},"geometry":{{"type":"Point","coordinates":[37.16,36.21]}}}}"#
            )
        })
        .collect();
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    );
    std::fs::write(&file, text).expect("write");
    let mut harness = app_at("2016-12-05");
    harness.state_mut().open_paths(std::slice::from_ref(&file));
    harness.state_mut().finish_jobs();
    harness.run();
    assert!(harness.state().is_asking_for_points_date());
    assert!(
        harness.state().point_layer().is_none(),
        "nothing opened yet"
    );
    harness.get_by_label_contains("Which property dates the points of survey.geojson?");
    harness.get_by_label("Date property").click();
    harness.run();
    harness
        .get_by_label_contains("seen — e.g. 2016-11-28")
        .click();
    harness.run();
    harness.get_by_label("Open the points").click();
    harness.run();
    harness.state_mut().finish_jobs();
    harness.run();
    let layer = harness.state().point_layer().expect("points loaded");
    assert_eq!(layer.points.len(), 2);
    assert_eq!(layer.date_field, "seen");
    // The Dated points window offers the choice again, through the same dialog.
    harness.get_by_label("Choose the date property…").click();
    harness.run();
    harness.state_mut().finish_jobs();
    harness.run();
    assert!(harness.state().is_asking_for_points_date());
}
