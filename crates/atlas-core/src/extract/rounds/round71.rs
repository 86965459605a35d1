//! The rule class of the seventy-first round of issue 17, on a sentence written for this test
//! (none copied from a held-out report): a year spelled out as a deed or a will writes it.

use crate::extract::tests::found;

#[test]
fn a_year_spelled_out_dates_the_change() {
    let text =
        "CODICIL\n\n(C) Whereas the forces of the Syrian Arab Army restored control over the \
                whole of al-Marjeh on Monday the twelfth of December two thousand and sixteen, \
                the Registry has since confirmed the title.";
    assert_eq!(
        found(text, "2019-03-01"),
        ["2016-12-12 marjeh government full"]
    );
}
