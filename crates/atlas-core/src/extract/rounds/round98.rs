//! The rule classes of the ninety-eighth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a push an adjective calls expected; an attempt by a side
//! named with a possessive.

use crate::extract::tests::found;

#[test]
fn an_expected_push_has_not_happened() {
    let text = "Log, 1 December 2016. Handover note: watch for the expected army push into Karm \
                al-Myassar; nothing filed on it yet.";
    assert!(found(text, "").is_empty());
}

#[test]
fn an_attempt_by_a_possessive_side_is_no_change() {
    let text = "Summary, 26 November 2016. The revolutionaries repelled an attempt by Assad's \
                militias to storm Jabal Badro.";
    assert!(found(text, "").is_empty());
}
