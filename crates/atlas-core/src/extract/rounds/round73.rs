//! The rule classes of the seventy-third round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "the south of X" is a part of X, not a place beside it;
//! "in their hands" is the side named before; "came back into some of"; a channel that "dropped
//! the line"; an exercise's statement with a blank to fill in; "the industrial districts" after a
//! name of several districts together.

use crate::extract::tests::found;

#[test]
fn the_south_of_a_place_is_a_part_of_it() {
    let text = "Wednesday 30 November 2016\n\n\
                Government troops pushed into the north of al-Sakhour this morning. Fighting went \
                on south of Bustan al-Basha.";
    assert_eq!(
        found(text, ""),
        ["2016-11-30 sakhour+sakhour-i government partial"]
    );
}

#[test]
fn in_their_hands_is_the_side_named_before() {
    let text = "Sunday 4 December 2016\n\n\
                The army moved on from Karm al-Myassar at first light. Karm al-Qaterji is wholly \
                in their hands since noon.";
    assert_eq!(
        found(text, ""),
        ["2016-12-04 karm-al-qaterji government full"]
    );
}

#[test]
fn came_back_into_some_of_a_place_is_a_partial_change() {
    let text = "Thursday 1 December 2016\n\n\
                This morning the rebels came back into some of the streets of Sheikh Saeed.";
    assert_eq!(found(text, ""), ["2016-12-01 sheikh-saeed rebels partial"]);
}

#[test]
fn a_line_the_channel_dropped_reports_nothing() {
    let text = "Wednesday 7 December 2016\n\n\
                A rebel channel said its fighters had \"retaken al-Maadi\", but the channel later \
                pulled the line.";
    assert!(found(text, "").is_empty());
}

#[test]
fn an_exercise_statement_with_a_blank_reports_nothing() {
    let text = "Worksheet, March 2017\n\n\
                True or false?\n\
                1. The army took back al-Marjeh on 12 December 2016. (____)\n\
                2. The rebels held Hanano until 2016. (.....)";
    assert!(found(text, "").is_empty());
}

#[test]
fn the_industrial_districts_refer_back_to_a_name_of_several() {
    let text = "Notes on the south-west front\n\n\
                On 6 August 2016 rebels overran the Ramouseh industrial districts. The army took \
                the industrial districts back on 11 September 2016.";
    let found = found(text, "");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].starts_with("2016-09-11 ramouseh-industrial-district-"));
    assert!(found[1].ends_with("government full"));
    assert_eq!(found[1].matches("ramouseh-industrial-district").count(), 4);
}
