//! The map in its place (issue 15), driven headless: the first view frames the city where control
//! changed and "Whole layer" everything; Find (Ctrl+F) finds districts by Latin or Arabic names and
//! events by their words and goes to them; two days compared show the districts that changed side.

use crate::support::{app_at, day};
use egui_kittest::kittest::Queryable;

#[test]
fn the_first_view_is_the_city_and_whole_layer_shows_the_outliers() {
    let mut harness = app_at("2016-11-28");
    let on_map = |h: &egui_kittest::Harness<'_, aleppo_atlas::app::AtlasApp>, id: &str| {
        let shown = h.state().map_visible().expect("drawn");
        let focus = h.state().map_focus();
        (shown, focus, h.state().district_on_screen(id))
    };
    let (shown, focus, _) = on_map(&harness, "hanano");
    assert!(
        shown.contains_rect(focus.shrink(0.01)),
        "{shown:?} frames {focus:?}"
    );
    // Sheikh Najjar, far out to the north-east, is off the first view.
    harness.get_by_label("District Hanano");
    assert!(harness.query_by_label("District Sheikh Najjar").is_none());
    harness.get_by_label("Whole layer").click();
    harness.run();
    harness.get_by_label("District Sheikh Najjar");
    let (whole, _, _) = on_map(&harness, "hanano");
    assert!(
        whole.area() > shown.area() * 1.5,
        "{whole:?} against {shown:?}"
    );
    harness.get_by_label("Fit").click();
    harness.run();
    assert!(harness.query_by_label("District Sheikh Najjar").is_none());
}

#[test]
fn ctrl_f_finds_a_district_by_its_arabic_name_and_enter_goes_there() {
    let mut harness = app_at("2016-11-28");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness
        .get_by_label("Find a district or event")
        .type_text("الشيخ مقصود");
    harness.run();
    let first = harness
        .state()
        .find_results()
        .and_then(|r| r.first().cloned())
        .expect("a result");
    assert_eq!(
        first.hit,
        atlas_core::find::Hit::District(
            harness
                .state()
                .dataset()
                .layer
                .index_of("sheikh-maqsoud")
                .expect("known")
        )
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().selected_district_ids(),
        vec!["sheikh-maqsoud".to_string()]
    );
    assert!(
        harness.state().find_results().is_none(),
        "the window closes"
    );
    // Brought into view: its label point is at the middle of the map.
    let map = harness.get_by_label_contains("Map of the districts").rect();
    let at = harness
        .state()
        .district_on_screen("sheikh-maqsoud")
        .expect("drawn");
    assert!(
        (at - map.center()).length() < 2.0,
        "{at:?} against the map's centre {:?}",
        map.center()
    );
}

#[test]
fn find_goes_to_an_event_by_its_words_and_arrows_choose_another() {
    let mut harness = app_at("2016-11-14");
    let events_found = |h: &egui_kittest::Harness<'_, aleppo_atlas::app::AtlasApp>| {
        let app = h.state();
        app.find_results()
            .expect("open")
            .iter()
            .filter_map(|f| match f.hit {
                atlas_core::find::Hit::Event(e) => Some(e),
                atlas_core::find::Hit::District(_) => None,
            })
            .collect::<Vec<usize>>()
    };
    for step_down in [false, true] {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
        harness.run();
        let field = harness.get_by_label("Find a district or event");
        field.focus();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness
            .get_by_label("Find a district or event")
            .type_text("seized by Kurdish forces");
        harness.run();
        let found = events_found(&harness);
        assert!(found.len() >= 2, "{found:?}");
        for &e in &found {
            let quotes = &harness.state().dataset().events[e].event.passages;
            assert!(quotes
                .iter()
                .any(|p| p.quote.to_lowercase().contains("seized by kurdish forces")));
        }
        if step_down {
            harness.key_press(egui::Key::ArrowDown);
        }
        harness.key_press(egui::Key::Enter);
        harness.run();
        let chosen = &harness.state().dataset().events[found[usize::from(step_down)]];
        let app = harness.state();
        assert_eq!(app.day(), chosen.event.date.day, "{}", chosen.event.id);
        let ids: Vec<String> = chosen
            .districts
            .iter()
            .map(|&d| app.dataset().layer.districts[d].id.clone())
            .collect();
        assert_eq!(app.selected_district_ids(), ids);
    }
}

#[test]
fn two_days_compared_show_who_changed_side_and_follow_the_timeline() {
    let mut harness = app_at("2016-11-28");
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Compare two days…").click();
    harness.run();
    for (field, text) in [("Day A", "2016-11-19"), ("Day B", "2016-11-28")] {
        let node = harness.get_by_label(field);
        node.focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.get_by_label(field).type_text(text);
        harness.run();
    }
    harness.get_by_label("Compare").click();
    harness.run();
    let app = harness.state();
    let cmp = app.comparison().expect("comparing");
    assert_eq!((cmp.from, cmp.to), (day("2016-11-19"), day("2016-11-28")));
    let hanano = app.dataset().layer.index_of("hanano").expect("known");
    assert!(cmp.changes.iter().any(|c| c.district == hanano));
    // The window lists Hanano's events; a click on one goes to it.
    harness
        .get_by_label("26 Nov 2016 — 2016-11-26-hanano")
        .click_accesskit();
    harness.run();
    assert_eq!(harness.state().day(), day("2016-11-26"));
    // The later day follows the timeline.
    let cmp = harness.state().comparison().expect("still comparing");
    assert_eq!(cmp.to, day("2016-11-26"));
    harness.get_by_label("Stop comparing").click();
    harness.run();
    assert!(harness.state().comparison().is_none());
}
