//! The desktop app driven headless with egui_kittest: the timeline moves the map, events select their
//! districts and show their quotes, playback advances, broken files leave the data alone, and every
//! control and district can be reached by name.

use crate::support::{app_at, day, Dropped};
use aleppo_atlas::app::{AtlasApp, HeldJob, StartOptions};
use chrono::NaiveDate;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[test]
fn stepping_the_timeline_changes_the_date_and_the_colours() {
    let mut harness = app_at("2016-11-26");
    let rebels = harness
        .state()
        .fill_colour_of("jabal-badro")
        .expect("known district");
    harness.get_by_label("Next event").click();
    harness.run();
    assert_eq!(harness.state().day(), day("2016-11-27"));
    let government = harness
        .state()
        .fill_colour_of("jabal-badro")
        .expect("known district");
    assert_ne!(
        rebels, government,
        "Jabal Badro changed hands on 27 Nov 2016"
    );

    // The keyboard: ← goes back an event, Shift+→ a day on.
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().day(), day("2016-11-26"));
    assert_eq!(harness.state().fill_colour_of("jabal-badro"), Some(rebels));
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().day(), day("2016-11-27"));
    harness.key_press(egui::Key::End);
    harness.run();
    assert_eq!(harness.state().day(), harness.state().dataset().record_end);
    harness.key_press(egui::Key::Home);
    harness.run();
    assert_eq!(
        harness.state().day(),
        harness.state().dataset().record_start
    );
}

#[test]
fn clicking_on_the_slider_moves_the_date_and_the_map_follows() {
    let mut harness = app_at("2016-11-14");
    let before = harness.state().fill_colour_of("sheikh-saeed");
    let slider = harness.get_by_label_contains("Date: ");
    let rect = slider.rect();
    // Near the right end of the visible range: late December, after the rebels left.
    let at = egui::pos2(rect.left() + rect.width() * 0.8, rect.top() + 12.0);
    crate::support::click_at(&mut harness, at);
    let now = harness.state().day();
    assert!(now > day("2016-12-12"), "the slider moved to {now}");
    assert_ne!(harness.state().fill_colour_of("sheikh-saeed"), before);
    // A screen reader steps it a day at a time.
    harness
        .get_by_label_contains("Date: ")
        .increment_accesskit();
    harness.run();
    assert_eq!(harness.state().day(), now + chrono::Duration::days(1));
}

#[test]
fn typing_a_date_jumps_to_it() {
    let mut harness = app_at("2016-11-14");
    harness.get_by_label("Go to").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Go to").type_text("2016-12-06");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().day(), day("2016-12-06"));
}

#[test]
fn clicking_an_event_selects_its_district_and_shows_its_quote() {
    let mut harness = app_at("2016-11-26");
    let quote = harness
        .state()
        .dataset()
        .events
        .iter()
        .find(|e| e.event.id == "2016-11-26-hanano")
        .and_then(|e| e.event.passages.first())
        .map(|p| p.quote.clone())
        .expect("the Hanano event has a passage");
    // The event's card, found by its accessible name, takes the app to its day and district.
    harness.set_day_and_run(day("2016-11-26"));
    harness
        .get_by_label_contains("Event 2016-11-26-hanano:")
        .click();
    harness.run();
    assert_eq!(harness.state().day(), day("2016-11-26"));
    assert_eq!(
        harness.state().selected_district_ids(),
        vec!["hanano".to_string()]
    );
    assert!(
        !harness
            .query_all_by_label_contains(&quote)
            .collect::<Vec<_>>()
            .is_empty(),
        "the quote \"{quote}\" is shown"
    );
    // The selected district's history shows under the chart; Esc clears the selection.
    harness.get_by_label("History of Hanano");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().selected_district_ids().is_empty());
}

#[test]
fn clicking_a_district_on_the_map_selects_it() {
    let mut harness = app_at("2016-11-28");
    harness.get_by_label("District Hanano").click();
    harness.run();
    assert_eq!(
        harness.state().selected_district_ids(),
        vec!["hanano".to_string()]
    );
    harness.get_by_label("History of Hanano");
}

#[test]
fn play_advances_time_and_pause_stops_it() {
    let start = StartOptions {
        files: Vec::new(),
        date: Some(day("2016-11-20")),
        ..StartOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1500.0, 940.0))
        .with_step_dt(0.2)
        .allow_missing_glyphs()
        .build_eframe(move |cc| AtlasApp::new(cc, start));
    harness.run();
    harness.get_by_label("Play").click();
    harness.run_steps(20);
    assert!(harness.state().is_playing());
    let played_to = harness.state().day();
    assert!(played_to > day("2016-11-21"), "played to {played_to}");
    harness.get_by_label("Pause").click();
    harness.run();
    let paused_at = harness.state().day();
    harness.run_steps(10);
    assert_eq!(harness.state().day(), paused_at);
    // Space plays too.
    harness.key_press(egui::Key::Space);
    harness.run_steps(2);
    assert!(harness.state().is_playing());
    harness.key_press(egui::Key::Space);
    harness.run();
    assert!(!harness.state().is_playing());
}

#[test]
fn a_broken_file_keeps_the_data_on_screen_and_says_what_is_wrong() {
    let mut harness = app_at("2016-11-28");
    let colour = harness.state().fill_colour_of("hanano");
    let districts = harness.state().dataset().layer.len();
    let broken =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/districts/truncated.geojson");
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(broken)));
    // The load waits until released, so that the frame surely sees it running.
    let release = harness.state_mut().hold_next(HeldJob::Load);
    harness.step();
    assert!(harness.state().is_loading(), "the load runs on its thread");
    drop(release);
    harness.state_mut().finish_jobs();
    assert!(!harness.state().is_loading());
    harness.run();
    let app = harness.state();
    assert_eq!(app.data_description(), "built-in data");
    assert_eq!(app.dataset().layer.len(), districts);
    assert_eq!(app.fill_colour_of("hanano"), colour);
    let error = app
        .notices()
        .iter()
        .find(|n| n.is_error)
        .map(|n| n.text.clone())
        .expect("an error is shown");
    assert!(
        error.contains("truncated.geojson") && error.contains("line"),
        "{error}"
    );
    // It is on screen, and can be dismissed.
    harness.get_by_label_contains("truncated.geojson");
    harness.get_by_label("Dismiss message 1").click();
    harness.run();
    assert!(harness.state().notices().is_empty());
}

#[test]
fn every_broken_fixture_is_refused_with_its_name() {
    let mut harness = app_at("2016-11-28");
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/districts");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "geojson"))
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    for file in files {
        harness.state_mut().open_paths(std::slice::from_ref(&file));
        harness.state_mut().finish_jobs();
        assert!(!harness.state().is_loading());
        harness.run();
        let app = harness.state();
        assert_eq!(
            app.data_description(),
            "built-in data",
            "{}",
            file.display()
        );
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let last = app
            .notices()
            .last()
            .map(|n| n.text.clone())
            .unwrap_or_default();
        assert!(last.contains(name), "{name}: {last}");
    }
}

#[test]
fn every_control_and_every_district_has_an_accessible_name() {
    let mut harness = app_at("2016-11-28");
    // `run` already failed if any input widget had no name. The first view is the city; with the
    // whole layer in view, every district is on the map.
    harness.get_by_label("Whole layer").click();
    harness.run();
    let named: Vec<String> = harness
        .query_all_by_label_contains("District ")
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    let missing: Vec<String> = harness
        .state()
        .dataset()
        .layer
        .districts
        .iter()
        .map(|d| format!("District {}", d.name))
        .filter(|n| !named.contains(n))
        .collect();
    assert!(missing.is_empty(), "no accessible node: {missing:?}");
    for name in [
        "Play",
        "Previous event",
        "Next event",
        "Start of the record",
        "End of the record",
        "Playback speed",
        "Go to",
    ] {
        harness.get_by_label(name);
    }
}

/// Small conveniences.
trait HarnessExt {
    fn set_day_and_run(&mut self, day: NaiveDate);
}

impl HarnessExt for Harness<'_, AtlasApp> {
    fn set_day_and_run(&mut self, day: NaiveDate) {
        self.state_mut().set_day(day);
        self.run();
    }
}

#[test]
fn the_interface_draws_every_glyph_it_uses() {
    // No selection and no tooltip: nothing Arabic on screen, so every glyph must be in the fonts.
    let start = StartOptions {
        files: Vec::new(),
        date: Some(day("2016-12-13")),
        ..StartOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1500.0, 940.0))
        .build_eframe(move |cc| AtlasApp::new(cc, start));
    harness.run();
    harness.get_by_label("Play").click();
    harness.run_steps(3);
    harness.get_by_label("Pause").click();
    harness.run();
}
