//! The rule classes of the seventy-eighth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "it had not" anywhere after the change in its sentence;
//! reports "later withdrawn" in their own sentence by whoever published them.

use crate::extract::tests::found;

#[test]
fn it_had_not_after_a_comma_undoes_the_change() {
    let text = "Citation, 2017\n\n\
                When a channel said on 6 December 2016 that al-Maadi had fallen, she wrote that it \
                had not, and named the streets still held.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_report_later_withdrawn_reports_nothing() {
    let text = "Release, Tuesday 13 December 2016\n\n\
                Reports that rebels had retaken al-Mashhad on Monday were later withdrawn by the \
                site that carried them.";
    assert!(found(text, "").is_empty());
}
