//! The rule classes of the seventieth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): places followed by a participle that is only ever a
//! passive, "now fully with" a side, a wish to take a place, a loan secured on property, and a
//! table cell's date set apart from the change the next cell tells.

use crate::extract::tests::found;

#[test]
fn places_taken_this_morning_and_now_with_a_side() {
    let text = "Notebook, Sunday 4 December 2016.\n\nThe army advanced again.\nAl-Marjeh and \
                al-Maadi taken this morning, the whole of both.\nAl-Fardous now fully with the \
                army since this morning.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-04 marjeh+maadi government full",
            "2016-12-04 fardos government full"
        ]
    );
    // "moved" may be active: only a participle no active verb shares a form with.
    let text = "Notebook, Sunday 4 December 2016.\n\nThe army advanced again.\nAl-Marjeh families \
                moved this morning.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_wish_and_a_loan_are_no_changes() {
    let text =
        "Register, 7 December 2016.\n\nHe heard the gunmen wanted to take back al-Marjeh in \
                the night. Loans secured on property in the al-Maadi district remain subject to \
                the general rules.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_cells_date_is_set_apart_from_the_change_the_next_cell_tells() {
    let text = "| Agency | Sector | Area | Status | Remarks |\n|---|---|---|---|---|\n| INGO-1 | \
                Food | al-Marjeh | resumed 15/12/2016 | Government forces took control of al-Marjeh \
                on 12 December; first distribution on 15/12. |\n";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
}
