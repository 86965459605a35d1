//! Control areas over time in the app, driven headless: a folder of daily snapshots opens as the
//! districts' layer's companion (the legend names the snapshot of the day and its file, the chart gets
//! its row), the snapshot follows the day, and a broken folder leaves what was on screen.

use crate::support::{app_with, day, fixture, scratch};
use aleppo_atlas::app::{AtlasApp, StartOptions};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;

fn open(harness: &mut Harness<'static, AtlasApp>, files: &[std::path::PathBuf]) {
    harness.state_mut().open_paths(files);
    harness.state_mut().finish_jobs();
    assert!(!harness.state().is_loading());
    harness.run();
}

#[test]
fn a_folder_of_daily_snapshots_is_drawn_for_the_day_shown() {
    let mut harness = app_with(StartOptions {
        date: Some(day("2016-11-28")),
        ..StartOptions::default()
    });
    open(&mut harness, &[fixture("control-areas/daily")]);
    assert!(harness.state().data_description().contains("daily"));
    // Before the first snapshot (1 December) the legend says when they start.
    harness.get_by_label_contains("Control areas: none until 1 Dec 2016");
    harness.state_mut().set_day(day("2016-12-10"));
    harness.run();
    harness.get_by_label("Control areas of 7 Dec 2016");
    harness.get_by_label("aleppo_control_20161207.geojson");
    harness.state_mut().set_day(day("2016-12-13"));
    harness.run();
    harness.get_by_label("Control areas of 13 Dec 2016");
    let report = harness.state().join_report().import.text();
    assert!(
        report.contains("control areas from daily: 3 snapshots"),
        "{report}"
    );
}

#[test]
fn a_broken_snapshot_folder_keeps_what_was_on_screen() {
    let mut harness = app_with(StartOptions {
        date: Some(day("2016-12-10")),
        ..StartOptions::default()
    });
    open(&mut harness, &[fixture("control-areas/daily")]);
    let folder = scratch();
    std::fs::write(
        folder.path().join("front_20161203.geojson"),
        "{\"type\": \"Feature",
    )
    .expect("write");
    open(&mut harness, &[folder.path().to_path_buf()]);
    let notice = crate::app_data::last_notice(&harness);
    assert!(notice.contains("front_20161203.geojson"), "{notice}");
    // The snapshots opened before are still drawn.
    harness.get_by_label("Control areas of 7 Dec 2016");
}

#[test]
fn one_file_of_dated_areas_opens_as_control_areas_from_the_app() {
    let mut harness = app_with(StartOptions {
        date: Some(day("2016-12-10")),
        ..StartOptions::default()
    });
    let districts = harness.state().dataset().layer.len();
    // Judged by content: its features carry a day and a side, so it is not a district layer.
    open(&mut harness, &[fixture("control-areas/dated.geojson")]);
    let report = harness.state().join_report().import.text();
    assert!(
        report.contains("control areas from dated.geojson"),
        "{report}"
    );
    assert_eq!(
        harness.state().dataset().layer.len(),
        districts,
        "the built-in layer stays"
    );
}

#[test]
fn areas_that_name_no_controller_are_named_from_the_import_report() {
    let mut harness = app_with(StartOptions {
        date: Some(day("2016-12-10")),
        ..StartOptions::default()
    });
    open(&mut harness, &[fixture("control-areas/daily")]);
    let unnamed = harness.state().join_report().import.unnamed_control_areas;
    assert!(unnamed > 0, "the daily fixture names no controller");
    harness
        .get_by_label("Controller of the unnamed areas")
        .click();
    harness.run();
    harness
        .get_by_label("Controller of the unnamed areas")
        .type_text("occupied");
    harness.run();
    harness.get_by_label("Name them").click();
    harness.run();
    harness.state_mut().finish_jobs();
    harness.run();
    let import = &harness.state().join_report().import;
    assert_eq!(import.unnamed_control_areas, 0);
    let notes = import.control_area_notes.join("\n");
    assert!(notes.contains("controllers: occupied"), "{notes}");
    // The second load's notice replaces the first's.
    let opened: Vec<&str> = harness
        .state()
        .notices()
        .iter()
        .map(|n| n.text.as_str())
        .filter(|t| t.starts_with("Opened "))
        .collect();
    assert_eq!(opened.len(), 1, "{opened:?}");
}
