//! The rule classes of the seventy-seventh round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "re-entered part of" as a partial change; "nobody took
//! anything" in the next sentence undoes the change just told.

use crate::extract::tests::found;

#[test]
fn re_entered_part_of_a_place_is_a_partial_change() {
    let text = "Letter, 20 December 2016\n\n\
                The rebels briefly re-entered part of al-Sakhour on 2 December.";
    assert_eq!(
        found(text, ""),
        ["2016-12-02 sakhour+sakhour-i rebels partial"]
    );
}

#[test]
fn nobody_took_anything_in_the_next_sentence_undoes_the_change() {
    let text = "Ledger, Tuesday 13 December 2016\n\n\
                Abu Nader says the rebels took back al-Ansari overnight. His neighbour laughed; \
                nobody took anything back.";
    assert!(found(text, "").is_empty());
}
