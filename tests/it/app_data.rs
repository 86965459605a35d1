//! Other people's data in the app, driven headless with egui_kittest: bundles, CSV and ACLED events
//! load on a thread and the import report shows what came in; a layer whose id and name properties
//! cannot be guessed asks for them; a load can be cancelled; recent files, the day and the selection
//! come back after a restart; a damaged settings file is set aside with a notice.

use crate::support::{app_with, day, fixture, scratch};
use aleppo_atlas::app::{AtlasApp, HeldJob, StartOptions};
use atlas_dev::synth::{write_bundle, SynthOptions};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use std::path::{Path, PathBuf};

fn app() -> Harness<'static, AtlasApp> {
    app_with(StartOptions {
        date: Some(day("2016-11-28")),
        ..StartOptions::default()
    })
}

/// Opens files as File ▸ Open does, and waits for the load (no frame has taken it before).
fn open(harness: &mut Harness<'static, AtlasApp>, files: &[PathBuf]) {
    harness.state_mut().open_paths(files);
    assert!(harness.state().is_loading(), "the load runs on its thread");
    finish(harness);
}

/// Waits on the background jobs (never on a clock), then draws.
fn finish(harness: &mut Harness<'static, AtlasApp>) {
    harness.state_mut().finish_jobs();
    assert!(!harness.state().is_loading());
    harness.run();
}

pub(crate) fn last_notice(harness: &Harness<'static, AtlasApp>) -> String {
    harness
        .state()
        .notices()
        .last()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

#[test]
fn a_bundle_opens_and_the_import_report_says_what_came_in() {
    let mut harness = app();
    open(&mut harness, &[fixture("bundles/good/bundle.json")]);
    let app = harness.state();
    assert!(
        app.data_description().contains("bundle"),
        "{}",
        app.data_description()
    );
    let report = &app.join_report().import;
    assert_eq!(report.events_read, 3, "three rows in events.csv");
    assert_eq!(app.dataset().events.len(), report.events_joined);
    assert!(
        app.is_showing_import_report(),
        "the report opens after a load"
    );
    harness.get_by_label_contains("Import report");
    // The window's counts (the notice says them too, more briefly).
    harness.get_by_label_contains("events.csv (");
    assert!(last_notice(&harness).contains("Opened bundle good"));
}

#[test]
fn unknown_districts_are_listed_with_the_closest_names() {
    let mut harness = app();
    open(
        &mut harness,
        &[fixture("events/broken/unknown_district.json")],
    );
    let app = harness.state();
    let unjoined = &app.join_report().import.unjoined;
    assert_eq!(unjoined.len(), 1);
    assert_eq!(unjoined[0].names[0].name, "Hananno");
    assert!(
        unjoined[0].names[0].closest.iter().any(|n| n == "Hanano"),
        "{:?}",
        unjoined[0].names[0].closest
    );
    // On screen, with the closest name.
    harness.get_by_label_contains("\"Hananno\" — closest: Hanano");
}

#[test]
fn acled_and_project_csv_events_open_in_the_app() {
    let mut harness = app();
    open(&mut harness, &[fixture("events/acled_new.csv")]);
    let acled = harness.state().join_report().import.clone();
    assert!(
        acled.joined_by_name + acled.joined_by_point > 0,
        "{acled:?}"
    );
    assert!(harness.state().dataset().event_index("SYR1").is_some());
    open(&mut harness, &[fixture("events/good.csv")]);
    let app = harness.state();
    assert!(app.data_description().contains("good.csv"));
    assert!(app.join_report().import.events_joined > 0);
}

#[test]
fn a_layer_without_recognisable_names_asks_for_its_properties() {
    let dir = scratch();
    let layer = dir.path().join("quarters.geojson");
    let square = |x: f64| {
        format!(
            "[[[{x},36.2],[{},36.2],[{},36.21],[{x},36.21],[{x},36.2]]]",
            x + 0.01,
            x + 0.01
        )
    };
    std::fs::write(
        &layer,
        format!(
            r#"{{"type":"FeatureCollection","features":[
            {{"type":"Feature","properties":{{"QRT":"Alpha","NUM":1}},"geometry":{{"type":"Polygon","coordinates":{}}}}},
            {{"type":"Feature","properties":{{"QRT":"Beta","NUM":2}},"geometry":{{"type":"Polygon","coordinates":{}}}}}]}}"#,
            square(37.1),
            square(37.2)
        ),
    )
    .expect("write the layer");
    let mut harness = app();
    open(&mut harness, std::slice::from_ref(&layer));
    assert!(harness.state().is_asking_for_layer_properties());
    assert_eq!(harness.state().data_description(), "built-in data");
    harness.get_by_label_contains("Which properties name the districts of quarters.geojson?");

    // Choose QRT for the names (NUM is first, so it starts as the choice for both).
    harness
        .get_by_label("Name property (shown and matched)")
        .click();
    harness.run();
    harness.get_by_label_contains("QRT — e.g. Alpha").click();
    harness.run();
    harness.get_by_label("Open the layer").click();
    harness.run();
    finish(&mut harness);
    let app = harness.state();
    assert!(!app.is_asking_for_layer_properties());
    let names: Vec<&str> = app
        .dataset()
        .layer
        .districts
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(names, ["Alpha", "Beta"]);
    assert_eq!(app.dataset().layer.districts[0].id, "1");
    // Data ▸ Layer id and name properties… reads the layer's properties off the UI thread, then asks.
    harness.get_by_label("Data").click();
    harness.run();
    harness
        .get_by_label("Layer id and name properties…")
        .click();
    harness.step();
    finish(&mut harness);
    assert!(harness.state().is_asking_for_layer_properties());
    harness.get_by_label_contains("Which properties name the districts of quarters.geojson?");
}

#[test]
fn cancelling_a_load_keeps_the_data_on_screen() {
    let dir = scratch();
    let bundle = dir.path().join("bundle");
    let options = SynthOptions {
        districts: 20,
        events: 100,
        seed: 3,
    };
    write_bundle(&bundle, &options).expect("synthetic bundle");
    let mut harness = app();
    let colour = harness.state().fill_colour_of("hanano");
    // The load waits until released, so that it is surely still running when Cancel is pressed.
    let release = harness.state_mut().hold_next(HeldJob::Load);
    harness
        .state_mut()
        .open_paths(std::slice::from_ref(&bundle));
    harness.step();
    assert!(harness.state().is_loading());
    // The window keeps drawing while the thread loads: the progress bar and Cancel are there.
    harness.get_by_label_contains("Opening bundle bundle");
    harness.get_by_label("Cancel loading").click();
    harness.step();
    let app = harness.state();
    assert!(!app.is_loading());
    assert_eq!(app.data_description(), "built-in data");
    assert_eq!(app.fill_colour_of("hanano"), colour);
    assert!(
        last_notice(&harness).contains("cancelled"),
        "{}",
        last_notice(&harness)
    );
    // Released, the cancelled load stops at its first check and changes nothing.
    drop(release);
    harness.state_mut().finish_jobs();
    harness.run();
    assert_eq!(harness.state().data_description(), "built-in data");
}

#[test]
fn the_day_the_selection_and_recent_files_come_back_after_a_restart() {
    let dir = scratch();
    let settings = dir.path().join("settings.json");
    let start = || StartOptions {
        settings_file: Some(settings.clone()),
        ..StartOptions::default()
    };
    let mut harness = app_with(start());
    harness.state_mut().set_day(day("2016-11-27"));
    harness.get_by_label("District Hanano").click();
    harness.run();
    open(&mut harness, &[fixture("events/good.csv")]);
    // The import report opens over the map after a load; it is closed before clicking the map.
    harness.get_by_label("Close the import report").click();
    harness.run();
    assert!(!harness.state().is_showing_import_report());
    harness.state_mut().set_day(day("2016-11-27"));
    harness.get_by_label("District Hanano").click();
    harness.run();
    harness
        .state_mut()
        .save_settings()
        .expect("settings written");
    drop(harness);

    let mut harness = app_with(start());
    let app = harness.state();
    assert_eq!(app.day(), day("2016-11-27"));
    assert_eq!(app.selected_district_ids(), vec!["hanano".to_string()]);
    let recent = &app.settings().recent;
    assert_eq!(recent.len(), 1);
    assert!(recent[0]
        .events
        .as_ref()
        .is_some_and(|p| p.ends_with("good.csv")));
    // File ▸ Open recent opens it again.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").click();
    harness.run();
    harness.get_by_label_contains("Recent 1:").click();
    harness.step();
    finish(&mut harness);
    assert!(harness.state().data_description().contains("good.csv"));
}

#[test]
fn a_damaged_settings_file_is_set_aside_with_a_notice() {
    let dir = scratch();
    let settings = dir.path().join("settings.json");
    std::fs::write(&settings, "{\"theme\": \"dark\",\n \"last_date\": 2016").expect("write");
    let harness = app_with(StartOptions {
        settings_file: Some(settings.clone()),
        ..StartOptions::default()
    });
    let app = harness.state();
    let notice = app
        .notices()
        .iter()
        .find(|n| n.is_error)
        .map(|n| n.text.clone())
        .expect("a notice");
    assert!(
        notice.contains("settings.json") && notice.contains("line 2"),
        "{notice}"
    );
    assert!(!settings.exists(), "the damaged file was moved aside");
    let aside: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains("settings.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read_to_string(&aside[0]).expect("aside"),
        "{\"theme\": \"dark\",\n \"last_date\": 2016"
    );
    // The app runs on the defaults: the end of the record, nothing selected.
    assert!(app.selected_district_ids().is_empty());
}

/// Every file under `folder` (recursively), with its bytes.
fn files_with_bytes(folder: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("fixtures folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("fixture");
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_broken_events_file_and_bundle_keeps_the_data_and_nothing_is_written() {
    let before = files_with_bytes(&fixture(""));
    let mut harness = app();
    let mut broken: Vec<PathBuf> = ["events/broken", "bundles/broken"]
        .iter()
        .flat_map(|folder| {
            std::fs::read_dir(fixture(folder))
                .expect("fixtures")
                .filter_map(|e| e.ok().map(|e| e.path()))
        })
        .collect();
    broken.sort();
    assert!(broken.len() >= 20, "{}", broken.len());
    for file in &broken {
        let shown = harness.state().data_description();
        let colour = harness.state().fill_colour_of("hanano");
        open(&mut harness, std::slice::from_ref(file));
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let app = harness.state();
        if app.data_description().contains(name) {
            // Taken with findings: what did not join is in the report.
            let report = app.join_report();
            assert!(
                report.import.has_findings() || !report.problems.is_empty(),
                "{name} loaded without a word"
            );
        } else {
            // Refused: the message names the file, and the data on screen is as it was.
            let last = last_notice(&harness);
            assert!(last.contains(name), "{name}: {last}");
            assert_eq!(app.data_description(), shown, "{name}");
            assert_eq!(app.fill_colour_of("hanano"), colour, "{name}");
        }
    }
    assert_eq!(
        before,
        files_with_bytes(&fixture("")),
        "a fixture was written to"
    );
}
