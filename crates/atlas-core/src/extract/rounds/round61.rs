//! The rule classes of the sixty-first round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a holding with "now" right after its side, a draft quoted
//! to be checked, and a claim nobody reported.

use crate::extract::tests::found;

#[test]
fn a_holding_with_now_after_its_side() {
    let text =
        "Rainfall return, Monday 12 December 2016.\n\nAll of al-Marjeh is with the army now.";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
}

#[test]
fn a_draft_quoted_and_a_claim_not_reported() {
    for text in [
        "Legal read, 6 December 2016.\n\nThe draft says that a named brigade retook al-Marjeh the \
         next day and blames its commander.",
        "Readers' editor, 30 September 2016.\n\nOne reader asked why we did not report a \
         government claim that the army had driven the rebels out of al-Marjeh.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}
