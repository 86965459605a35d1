//! The rule classes of the ninety-second round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a statement whose "that" clause the same sentence finds
//! untrue; "no truth in it" in the next sentence; a cleft that denies one side ("it was the YPG,
//! not the army, who took").

use crate::extract::tests::found;

#[test]
fn a_report_found_untrue_in_its_own_sentence_reports_nothing() {
    let text = "Weekly tally, 2 March 2016.\n\n- A report that rebels had entered the edge of \
                al-Ashrafiyah was checked by our field team and found untrue.";
    assert!(found(text, "").is_empty());
}

#[test]
fn no_truth_in_it_undoes_the_claim_before() {
    let text = "MON 5 Dec 2016\n11:00  Mr. D. says his brother told him the fighters took back \
                Tariq al-Bab last night. Mrs. S. phoned her neighbour, no truth in it.";
    assert!(found(text, "").is_empty());
}

#[test]
fn the_side_a_cleft_denies_is_not_the_subject() {
    let text = "Memo, 30 November 2016. Note: it was Kurdish YPG fighters, not the army, who took \
                part of al-Sheikh Faris on Monday.";
    assert_eq!(found(text, ""), ["2016-11-28 sheikh-fares kurdish partial"]);
}
