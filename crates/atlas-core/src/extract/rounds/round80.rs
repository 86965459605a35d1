//! The rule classes of the eightieth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "…; that is not a change" after what was just told; "was
//! coming to take" is what was expected, not done.

use crate::extract::tests::found;

#[test]
fn a_clause_saying_it_is_not_a_change_undoes_it() {
    let text = "Map notes, Friday 2 December 2016\n\n\
                - al-Sukkari: people expect the army has taken it by Sunday; that is not a \
                change.";
    assert!(found(text, "").is_empty());
}

#[test]
fn what_a_side_was_coming_to_take_is_no_change() {
    let text = "Logbook, Thursday 1 December 2016\n\n\
                A neighbour said the army was coming to take al-Sukkari next.";
    assert!(found(text, "").is_empty());
}
