//! The rule class of the sixty-second round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a place added "as well" or "too" to the change of the
//! sentence before, with no verb of its own.

use crate::extract::tests::found;

#[test]
fn a_place_added_as_well_takes_the_change_before() {
    let text = "Batch book, Monday 28 November 2016.\n\nHe said the army cleared al-Marjeh today, \
                every street. And al-Fardous as well, completely, he saw it himself.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-28 marjeh government full",
            "2016-11-28 fardos government full"
        ]
    );
    // Not a place named with "as well" in a clause of its own ("they will go to X as well").
    let text = "Tally, Monday 28 November 2016.\n\nThe army took al-Marjeh today. Tomorrow he \
                thinks they will go to al-Fardous as well; let us see.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
}
