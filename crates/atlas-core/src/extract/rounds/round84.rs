//! The rule classes of the eighty-fourth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "will be back" foretells no return; "since last
//! Saturday"; a part kept ("held on to its southern edge") does not undo the rest taken; a column
//! whose title names a week; the text's own reporter saying an attack was repelled; a bare "No."
//! answering a quoted claim; "found no support for it"; "went back to the army".

use crate::extract::tests::found;

#[test]
fn a_return_foretold_does_not_undo_a_claim() {
    let text = "Remarks, Saturday 26 November 2016\n\n\
                Samer says the army took all of al-Haydariyeh this afternoon. The boys say the \
                fighters will be back in al-Haydariyeh before Friday.";
    assert_eq!(found(text, ""), ["2016-11-26 haydariyeh government full"]);
}

#[test]
fn under_control_since_last_saturday_dates_the_change() {
    let text = "Distribution list, Tuesday 29 November 2016\n\n\
                al-Haydariyeh: no distribution, under regime control since last Saturday.";
    assert_eq!(found(text, ""), ["2016-11-26 haydariyeh government full"]);
}

#[test]
fn a_part_kept_does_not_undo_the_rest_taken() {
    let text = "Event extract\n\n\
                On 1 December 2016, opposition fighters counter-attacked and regained most of \
                al-Haydariyeh; regime forces held on to its southern edge.";
    assert_eq!(found(text, ""), ["2016-12-01 haydariyeh rebels partial"]);
}

#[test]
fn a_columns_week_is_the_week_before_its_date() {
    let text = "# My media week\n\n*Published Sunday 11 December 2016.*\n\n\
                **Tuesday**\nBy the afternoon the wires had the army in full control of \
                al-Haydariyeh.";
    assert_eq!(found(text, ""), ["2016-12-06 haydariyeh government full"]);
}

#[test]
fn the_texts_own_reporter_saying_an_attack_was_repelled_undoes_a_claim() {
    let text = "Update, Friday 2 December 2016\n\n\
                Regime media claimed on Thursday to have stormed al-Haydariyeh, but our \
                correspondent confirmed that the attack was repelled.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_bare_no_after_a_quoted_claim_undoes_it() {
    let text = "Post, Tuesday 13 December 2016\n\n\
                * \"The fighters have retaken al-Haydariyeh.\" No. It is still with the army.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_claim_found_without_support_reports_nothing() {
    let text = "Assessment, 13 October 2016\n\n\
                A claim circulated that the army had entered al-Haydariyeh that evening; we found \
                no support for it.";
    assert!(found(text, "").is_empty());
}

#[test]
fn went_back_to_the_army_is_a_change() {
    let text = "Prompt book, Sunday 4 December 2016\n\n\
                Today al-Haydariyeh went back to the army, street by street.";
    assert_eq!(found(text, ""), ["2016-12-04 haydariyeh government full"]);
}
