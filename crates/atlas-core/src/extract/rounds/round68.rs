//! The rule classes of the sixty-eighth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a place closing its clause after "and" and a date ("…,
//! and on the following day Y"), a plural reference to a list of its own sentence, a holding "by"
//! a day written after it, "these three districts", and things held (an event held somewhere, a
//! lease held).

use crate::extract::tests::found;

#[test]
fn a_place_after_and_and_its_date_takes_the_change_on_that_date() {
    let text = "Order of service, 30 December 2016.\n\nOn Tuesday 6 December 2016 the army took \
                al-Marjeh, and on the following day al-Maadi.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-06 marjeh government full",
            "2016-12-07 maadi government full"
        ]
    );
}

#[test]
fn both_districts_of_its_own_sentence_held_by_a_day_after_it() {
    let text = "Report, 30 December 2016.\n\nOn 13 December 2016 government forces entered \
                al-Marjeh and al-Maadi, and both districts were under government control by 22 \
                December.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-13 marjeh+maadi government partial",
            "2016-12-22 marjeh+maadi government full"
        ]
    );
}

#[test]
fn these_three_districts_stand_for_the_list_before() {
    let text = "Release notes, 30 December 2016.\n\nThe pharmacies of al-Marjeh, al-Maadi and \
                al-Fardous are back. The army took these three districts on Friday 2 December.";
    assert_eq!(
        found(text, ""),
        ["2016-12-02 marjeh+maadi+fardos government full"]
    );
}

#[test]
fn an_event_held_somewhere_and_a_lease_held_are_no_holdings() {
    let text =
        "Final report, 15 December 2016.\n\n- Two training days for six photographers, held \
                in al-Marjeh.\n- The deceased held a lease of a unit in al-Maadi.";
    assert!(found(text, "").is_empty());
}
