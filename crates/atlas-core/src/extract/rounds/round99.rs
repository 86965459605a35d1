//! The rule classes of the ninety-ninth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a chart's side abbreviations ("GOV", "REB").

use crate::extract::tests::found;

#[test]
fn a_desks_side_abbreviations_name_the_sides() {
    let text = "Desk board, 28 November 2016.\n\nGOV took Sheikh Khodr this morning; REB pulled \
                back across the river.";
    assert_eq!(
        found(text, ""),
        ["2016-11-28 sheikh-kheder government full"]
    );
}
