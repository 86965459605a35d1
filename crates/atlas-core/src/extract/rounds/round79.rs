//! The rule classes of the seventy-ninth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): numbers in a reference code after a slash are no date;
//! "both of them" refers back to the places listed; "got back into part of".

use crate::extract::tests::found;

#[test]
fn numbers_in_a_reference_code_are_no_date() {
    let text = "Aleppo, Monday 12 September 2016\n\
                Ref.: ED/15/08/02\n\n\
                The army took back al-Ramouseh yesterday, all four industrial districts.";
    let found = found(text, "");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("2016-09-11 "), "{found:?}");
}

#[test]
fn both_of_them_refers_back_to_the_places_listed() {
    let text = "Ticket, Sunday 27 November 2016\n\n\
                * Ard al-Hamra and Baibdeen: government forces took both of them completely this \
                morning.";
    assert_eq!(
        found(text, ""),
        ["2016-11-27 ard-al-hamra+baaiedeen government full"]
    );
}

#[test]
fn got_back_into_part_of_a_place_is_a_partial_change() {
    let text = "Column, Friday 2 December 2016\n\n\
                On Thursday rebel units counter-attacked and got back into part of al-Sakhour.";
    assert_eq!(
        found(text, ""),
        ["2016-12-01 sakhour+sakhour-i rebels partial"]
    );
}
