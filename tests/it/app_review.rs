//! The review of extracted events and the exports, driven headless with egui_kittest: a dropped report
//! opens the review with its candidate; accepting it changes the map at once, rejecting it does not,
//! an edited controller is the accepted event's; the accepted events are saved to a new file, and only
//! after asking when the file exists; the view is exported as a PNG. Files are named through the path
//! fields (the way in when no file dialog can be shown).

use crate::support::{app_at, day, scratch, Dropped};
use aleppo_atlas::app::{AtlasApp, HeldJob};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use std::path::Path;
use std::sync::Arc;
use tempfile::TempDir;

const REPORT: &str = "On 3 December 2016 the army captured the Karm al-Myassar district.\n";
const DISTRICT: &str = "karm-al-myassar";

/// Drops the report onto the app (one frame: its load starts).
fn drop_report(harness: &mut Harness<'static, AtlasApp>) -> TempDir {
    drop_text(harness, REPORT)
}

/// Drops a report of `text` onto the app (one frame: its load starts).
fn drop_text(harness: &mut Harness<'static, AtlasApp>, text: &str) -> TempDir {
    let dir = scratch();
    let report = dir.path().join("report.txt");
    std::fs::write(&report, text).expect("write the report");
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(report)));
    harness.step();
    dir
}

/// The app on 3 Dec 2016 with the report dropped onto it.
fn app_with_report() -> (Harness<'static, AtlasApp>, TempDir) {
    let mut harness = app_at("2016-12-03");
    let dir = drop_report(&mut harness);
    // The load, then the extractor over the report: waited on, not timed.
    harness.state_mut().finish_jobs();
    assert!(!harness.state().is_loading() && !harness.state().is_extracting());
    harness.run();
    (harness, dir)
}

/// Replaces the text of the field named `name`.
fn type_into(harness: &mut Harness<'_, AtlasApp>, name: &str, text: &str) {
    harness.get_by_label(name).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(name).type_text(text);
    harness.run();
}

fn click(harness: &mut Harness<'_, AtlasApp>, name: &str) {
    harness.get_by_label(name).click();
    harness.run();
}

#[test]
fn the_extractor_runs_off_the_ui_thread_and_can_be_cancelled() {
    let mut harness = app_at("2016-12-03");
    // The extractor waits until released, so that it is surely running when Cancel is pressed.
    let release = harness.state_mut().hold_next(HeldJob::Extraction);
    let _dir = drop_report(&mut harness);
    harness.state_mut().finish_loading();
    assert!(harness.state().data_description().contains("report.txt"));
    assert!(harness.state().is_extracting());
    // The window keeps drawing: the progress line and its Cancel are there, the review is not yet.
    harness.step();
    assert!(!harness.state().is_reviewing());
    harness.get_by_label_contains("Finding events for the review");
    harness.get_by_label("Cancel finding events").click();
    harness.step();
    let app = harness.state();
    assert!(!app.is_extracting());
    assert!(!app.is_reviewing());
    let notice = app
        .notices()
        .last()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(notice.contains("report.txt was cancelled"), "{notice}");
    // Released, the cancelled extractor stops at its first check; nothing reaches the review.
    drop(release);
    harness.state_mut().finish_jobs();
    harness.run();
    assert!(!harness.state().is_reviewing());
}

#[test]
fn a_dropped_report_is_reviewed_and_an_accepted_event_changes_the_map() {
    let (mut harness, _dir) = app_with_report();
    let app = harness.state();
    assert!(app.is_reviewing(), "the review opens");
    assert!(app.data_description().contains("report.txt"));
    let before = app.state_of(DISTRICT).expect("known district");
    assert!(before.contains("partial"), "{before}");
    let events = app.dataset().events.len();
    // The candidate, with its passage and its fields.
    assert!(harness
        .query_all_by_label_contains("captured the Karm al-Myassar district")
        .next()
        .is_some());
    for name in [
        "Date of candidate 1",
        "Controller of candidate 1",
        "Extent of candidate 1",
        "Add a district to candidate 1",
        "Remove Karm al-Myassar from candidate 1",
        "Reject candidate 1",
    ] {
        harness.get_by_label(name);
    }
    click(&mut harness, "Accept candidate 1");
    let app = harness.state();
    assert_eq!(app.accepted_events().len(), 1);
    assert_eq!(app.dataset().events.len(), events + 1);
    let after = app.state_of(DISTRICT).expect("known district");
    assert_eq!(after, "Syrian government and allies", "now held in full");
    assert_eq!(app.day(), day("2016-12-03"));
    // Undo takes it off the map again.
    click(&mut harness, "Undo accepting candidate 1");
    let app = harness.state();
    assert!(app.accepted_events().is_empty());
    assert_eq!(app.state_of(DISTRICT), Some(before));
}

#[test]
fn a_rejected_candidate_changes_nothing() {
    let (mut harness, _dir) = app_with_report();
    let before = harness.state().state_of(DISTRICT);
    let colour = harness.state().fill_colour_of(DISTRICT);
    let events = harness.state().dataset().events.len();
    click(&mut harness, "Reject candidate 1");
    let app = harness.state();
    assert!(app.accepted_events().is_empty());
    assert_eq!(app.dataset().events.len(), events);
    assert_eq!(app.state_of(DISTRICT), before);
    assert_eq!(app.fill_colour_of(DISTRICT), colour);
    harness.get_by_label("Undo rejecting candidate 1");
}

#[test]
fn an_edited_controller_is_the_accepted_events() {
    let (mut harness, _dir) = app_with_report();
    let colour = harness.state().fill_colour_of(DISTRICT);
    click(&mut harness, "Controller of candidate 1");
    // The option in the open list (the legend names the controllers too).
    let option = harness
        .query_all_by_label("Kurdish forces (YPG/SDF)")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .expect("the option in the list");
    option.click();
    harness.run();
    click(&mut harness, "Accept candidate 1");
    let app = harness.state();
    let accepted = app.accepted_events();
    assert_eq!(accepted.len(), 1);
    assert_eq!(accepted[0].controller, "kurdish");
    assert_eq!(accepted[0].districts.as_slice(), [DISTRICT]);
    assert!(
        accepted[0]
            .note
            .as_deref()
            .is_some_and(|n| n.contains("edited: controller")),
        "{:?}",
        accepted[0].note
    );
    assert_ne!(app.fill_colour_of(DISTRICT), colour);
    assert!(app
        .state_of(DISTRICT)
        .is_some_and(|s| s.starts_with("Kurdish")));
}

#[test]
fn saving_over_an_existing_file_asks_first() {
    let (mut harness, dir) = app_with_report();
    click(&mut harness, "Accept candidate 1");
    let target = dir.path().join("mine.json");
    std::fs::write(&target, "keep me").expect("existing file");
    click(&mut harness, "File");
    click(&mut harness, "Save accepted events…");
    click(&mut harness, "Only the 1 accepted event(s)");
    type_into(&mut harness, "Save to", &target.display().to_string());
    click(&mut harness, "Save");
    // The question is asked, and the file is untouched until it is answered.
    harness.get_by_label("Replace the existing file?");
    assert_eq!(
        std::fs::read_to_string(&target).ok().as_deref(),
        Some("keep me")
    );
    click(&mut harness, "Cancel");
    assert_eq!(
        std::fs::read_to_string(&target).ok().as_deref(),
        Some("keep me")
    );
    click(&mut harness, "Save");
    click(&mut harness, "Replace");
    let written = std::fs::read_to_string(&target).expect("written");
    let id = harness.state().accepted_events()[0].id.clone();
    assert!(written.contains(id.as_str()), "{written}");
    assert!(
        !written.contains("line-2016-11-14-rebels"),
        "only the accepted one"
    );
    // It reads back as an events file.
    let back = atlas_core::model::EventsFile::load(&target).expect("a valid events file");
    assert_eq!(back.events.len(), 1);
    assert!(harness
        .state()
        .notices()
        .iter()
        .any(|n| n.text.starts_with("Saved 1 event")));
}

#[test]
fn saving_into_the_builtin_data_folder_is_refused() {
    let (mut harness, _dir) = app_with_report();
    click(&mut harness, "Accept candidate 1");
    click(&mut harness, "File");
    click(&mut harness, "Save accepted events…");
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/events.json");
    let before = std::fs::read(&builtin).expect("built-in events");
    type_into(&mut harness, "Save to", &builtin.display().to_string());
    click(&mut harness, "Save");
    harness.get_by_label_contains("the built-in events are never replaced");
    assert_eq!(std::fs::read(&builtin).ok(), Some(before));
}

/// Waits on the background export (never on a clock) and takes its outcome, then draws.
fn wait_for_export(harness: &mut Harness<'_, AtlasApp>) {
    assert!(
        harness.state().is_exporting(),
        "the export runs on its thread"
    );
    harness.state_mut().finish_jobs();
    assert!(!harness.state().is_exporting());
    harness.run();
}

#[test]
fn the_view_is_exported_as_png() {
    let dir = scratch();
    let target = dir.path().join("view.png");
    let mut harness = app_at("2016-12-03");
    click(&mut harness, "File");
    click(&mut harness, "Export view as PNG…");
    type_into(&mut harness, "PNG file", &target.display().to_string());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    let image = image::open(&target).expect("a PNG is written");
    assert_eq!((image.width(), image.height()), (1600, 1000));
    let notice = harness
        .state()
        .notices()
        .last()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.contains("3 Dec 2016") && notice.contains("view.png"),
        "{notice}"
    );
    // Again: now it asks before replacing.
    click(&mut harness, "File");
    click(&mut harness, "Export view as PNG…");
    click(&mut harness, "Export");
    harness.get_by_label("Replace the existing file?");
    click(&mut harness, "Cancel");
    assert!(!harness.state().is_exporting());
}

#[test]
fn an_animation_is_exported_with_its_frames() {
    let dir = scratch();
    let gif = dir.path().join("days.gif");
    let frames = dir.path().join("frames");
    let mut harness = app_at("2016-12-03");
    click(&mut harness, "File");
    click(&mut harness, "Export animation…");
    type_into(&mut harness, "From", "2016-12-01");
    type_into(&mut harness, "To", "2016-12-03");
    type_into(&mut harness, "Step (days)", "1");
    harness.get_by_label("3 frames");
    type_into(&mut harness, "GIF file", &gif.display().to_string());
    click(&mut harness, "Also save each frame as a numbered PNG");
    type_into(&mut harness, "Frames folder", &frames.display().to_string());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    let decoder = image::codecs::gif::GifDecoder::new(std::io::BufReader::new(
        std::fs::File::open(&gif).expect("a GIF is written"),
    ))
    .expect("a GIF");
    use image::AnimationDecoder;
    assert_eq!(decoder.into_frames().count(), 3);
    let mut names: Vec<String> = std::fs::read_dir(&frames)
        .expect("frames folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "frame-0001-2016-12-01.png",
            "frame-0002-2016-12-02.png",
            "frame-0003-2016-12-03.png"
        ]
    );
    assert!(harness
        .state()
        .notices()
        .iter()
        .any(|n| n.text.starts_with("Saved an animation of 3 frames")));
}

#[test]
fn the_view_is_exported_as_svg() {
    let dir = scratch();
    let target = dir.path().join("view.svg");
    let mut harness = app_at("2016-12-03");
    click(&mut harness, "File");
    click(&mut harness, "Export view as SVG…");
    type_into(&mut harness, "SVG file", &target.display().to_string());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    let svg = std::fs::read_to_string(&target).expect("an SVG is written");
    assert!(svg.starts_with("<?xml") && svg.contains("width=\"1600\" height=\"1000\""));
    assert!(
        svg.contains(">3 </tspan><tspan x=") && svg.contains(">December </tspan><tspan x="),
        "the date as text"
    );
    assert!(svg.contains("<g id=\"districts\""));
}

#[test]
fn an_animation_is_exported_as_mp4_video() {
    let dir = scratch();
    let video = dir.path().join("days");
    let mut harness = app_at("2016-12-03");
    click(&mut harness, "File");
    click(&mut harness, "Export animation…");
    type_into(&mut harness, "From", "2016-12-01");
    type_into(&mut harness, "To", "2016-12-04");
    type_into(&mut harness, "Step (days)", "1");
    type_into(&mut harness, "Width", "320");
    type_into(&mut harness, "Height", "200");
    click(&mut harness, "MP4 video (H.264)");
    type_into(&mut harness, "MP4 file", &video.display().to_string());
    click(&mut harness, "Export");
    wait_for_export(&mut harness);
    // The extension of the format is added to a name without one.
    let bytes = std::fs::read(dir.path().join("days.mp4")).expect("a video is written");
    assert_eq!(&bytes[4..8], b"ftyp");
    assert!(bytes.windows(4).any(|w| w == b"avc1"), "an H.264 track");
    assert!(harness
        .state()
        .notices()
        .iter()
        .any(|n| n.text.starts_with("Saved a video of 4 frames")));
}

#[test]
fn cancelling_an_export_writes_nothing() {
    let dir = scratch();
    let gif = dir.path().join("days.gif");
    let mut harness = app_at("2016-12-03");
    click(&mut harness, "File");
    click(&mut harness, "Export animation…");
    type_into(&mut harness, "From", "2016-12-01");
    type_into(&mut harness, "To", "2016-12-09");
    type_into(&mut harness, "Step (days)", "1");
    type_into(&mut harness, "GIF file", &gif.display().to_string());
    // The export waits until released, so that it is surely running when Cancel is pressed.
    let release = harness.state_mut().hold_next(HeldJob::Export);
    click(&mut harness, "Export");
    assert!(harness.state().is_exporting());
    harness.get_by_label_contains("Exporting the animation");
    click(&mut harness, "Cancel the export");
    drop(release);
    wait_for_export(&mut harness);
    assert!(!gif.exists(), "no animation is written");
    let leftovers = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(leftovers, 0, "nor a temporary file");
    assert!(harness
        .state()
        .notices()
        .iter()
        .any(|n| n.text.contains("cancelled")));
}

#[test]
fn going_back_to_the_builtin_data_asks_before_dropping_unsaved_events() {
    let (mut harness, _dir) = app_with_report();
    click(&mut harness, "Accept candidate 1");
    click(&mut harness, "File");
    click(&mut harness, "Back to the built-in data");
    harness.get_by_label("Discard the accepted events?");
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().accepted_events().len(), 1);
    click(&mut harness, "File");
    click(&mut harness, "Back to the built-in data");
    click(&mut harness, "Discard them");
    let app = harness.state();
    assert!(app.accepted_events().is_empty());
    assert_eq!(app.data_description(), "built-in data");
    assert!(!app.is_reviewing());
}

#[test]
fn an_event_accepted_while_other_data_loads_stays_accepted() {
    let (mut harness, dir) = app_with_report();
    // A large events file for the built-in layer, so that the load is still running when the
    // candidate is accepted.
    let csv = dir.path().join("many.csv");
    let mut text = String::from("date,district,controller,extent\n");
    for _ in 0..150_000 {
        text.push_str("2016-11-26,Hanano,government,full\n");
    }
    std::fs::write(&csv, text).expect("write the events");
    // The load waits until released: the candidate is surely accepted while it runs.
    let release = harness.state_mut().hold_next(HeldJob::Load);
    harness.state_mut().open_paths(std::slice::from_ref(&csv));
    click(&mut harness, "Accept candidate 1");
    assert_eq!(harness.state().accepted_events().len(), 1);
    assert!(harness.state().is_loading());
    drop(release);
    harness.state_mut().finish_jobs();
    harness.run();
    let app = harness.state();
    assert!(app.data_description().contains("many.csv"));
    // Whichever finished first, the accepted event is in the data now on screen.
    assert_eq!(app.accepted_events().len(), 1);
    let id = app.accepted_events()[0].id.clone();
    assert!(app.dataset().event_index(&id).is_some(), "{id} joined");
    assert_eq!(
        app.state_of(DISTRICT).as_deref(),
        Some("Syrian government and allies")
    );
}

#[test]
fn a_long_report_is_reviewed_a_page_at_a_time() {
    let mut harness = app_at("2016-12-03");
    let text: String = (1..=30)
        .flat_map(|d| {
            [
                format!("On {d} November 2016 the army captured the Hanano district.\n\n"),
                format!("On {d} November 2016 the rebels captured the Sakhour district.\n\n"),
            ]
        })
        .collect();
    let _dir = drop_text(&mut harness, &text);
    harness.state_mut().finish_jobs();
    harness.run();
    let found = harness.state().review_candidates();
    assert!(found > 50, "enough candidates for two pages: {found}");
    let pages = found.div_ceil(50);
    harness.get_by_label(&format!("Candidates 1–50 of {found} (page 1 of {pages})"));
    assert!(
        harness.query_by_label("Candidate 51").is_none(),
        "one page laid out"
    );
    harness.get_by_label("Next ›").click();
    harness.run();
    let last = found.min(100);
    harness.get_by_label(&format!(
        "Candidates 51–{last} of {found} (page 2 of {pages})"
    ));
    harness.get_by_label("Candidate 51");
    assert!(harness.query_by_label("Candidate 1").is_none());
}
