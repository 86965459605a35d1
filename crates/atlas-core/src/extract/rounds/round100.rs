//! The rule classes of the hundredth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "nothing of the sort" after a claim; "came back under
//! the government".

use crate::extract::tests::found;

#[test]
fn nothing_of_the_sort_undoes_the_claim_before_it() {
    let text = "Record, 2 December 2016.\n\nSomeone said the Sukkari yard was taken by soldiers; \
                the owner came himself on Thursday, nothing of the sort, only shells nearby.";
    assert!(found(text, "").is_empty());
}

#[test]
fn back_under_the_government_is_a_change() {
    let text = "Register, 10 December 2016.\n\nJalloum and Bab Qinnasrin came back under the \
                government on Tuesday 6 December.";
    assert_eq!(
        found(text, ""),
        ["2016-12-06 jalloum+bab-qinnasrin government full"]
    );
}
