//! Hover shared between the panels: a district hovered on the map lights up in the history strip, and
//! an event card hovered in the passages lights its districts up on the map.

use crate::support::{app_at, day};
use egui_kittest::kittest::Queryable;

#[test]
fn a_district_hovered_on_the_map_lights_up_its_history() {
    let mut harness = app_at("2016-11-28");
    harness.get_by_label("District Hanano").click();
    harness.run();
    // The pointer moves off the map: nothing is hovered, the strip is not lit.
    harness.get_by_label("Next event").hover();
    harness.run();
    assert!(harness.state().hovered_district_ids().is_empty());
    harness.get_by_label("History of Hanano");
    assert!(!harness.state().history_strip_is_lit());

    harness.get_by_label("District Hanano").hover();
    harness.run();
    assert_eq!(harness.state().hovered_district_ids(), ["hanano"]);
    // The strip under the chart shows the selected district, now lit as the hovered one.
    assert!(harness.state().history_strip_is_lit());

    // Another district under the pointer: the strip is no longer lit.
    harness.get_by_label("District ash-Sheikh Maqsoud").hover();
    harness.run();
    assert_eq!(harness.state().hovered_district_ids(), ["sheikh-maqsoud"]);
    assert!(!harness.state().history_strip_is_lit());
    // The strip hovered lights its district up (for the map).
    harness.get_by_label("History of Hanano").hover();
    harness.run();
    assert_eq!(harness.state().hovered_district_ids(), ["hanano"]);
    assert_eq!(harness.state().selected_district_ids(), ["hanano"]);
}

#[test]
fn an_event_card_hovered_lights_its_districts_up() {
    let mut harness = app_at("2016-11-26");
    harness.state_mut().set_day(day("2016-11-26"));
    harness.run();
    harness
        .get_by_label_contains("Event 2016-11-26-hanano:")
        .hover();
    harness.run();
    assert_eq!(harness.state().hovered_district_ids(), ["hanano"]);
    // Nothing is selected by hovering.
    assert!(harness.state().selected_district_ids().is_empty());
}
