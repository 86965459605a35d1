//! The rule classes of the hundred-and-ninth round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a board's dot leader between a place and what
//! happened to it is its label's colon.

use crate::extract::tests::found;

#[test]
fn a_dot_leader_sets_a_place_off_as_a_label() {
    let text = "THE BOARD\nEvening board, Sunday 4 December 2016\n\nCHANGED\n  + GOV   Dahret \
                Awwad ........... taken in full by the army today\n  + REB   al-Shaar \
                ............... shelling all day; no ground lost";
    assert_eq!(found(text, ""), ["2016-12-04 dahret-awwad government full"]);
}
