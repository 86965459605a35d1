//! The rule classes of the eighty-sixth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a quiz's "True or false:"; a line an editor says to drop;
//! "unsourced", "contradicted by"; "went back into a part of".

use crate::extract::tests::found;

#[test]
fn a_quiz_question_reports_nothing() {
    let text = "Year-end quiz, 31 December 2016\n\n\
                **Q4.** True or false: rebels recaptured al-Haydariyeh in December.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_line_the_editor_says_to_drop_reports_nothing() {
    let text = "Graphics notes, Tuesday 6 December 2016\n\n\
                Drop the 17:00 line \"ARMY ENTERS AL-HAYDARIYEH\" - denied by both sides.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_claim_called_unsourced_reports_nothing() {
    let text = "Edit history, 12 December 2016\n\n\
                Undid revision 12: \"rebels retook al-Haydariyeh\" is unsourced.";
    assert!(found(text, "").is_empty());
}

#[test]
fn went_back_into_a_part_of_is_partial() {
    let text = "Notebook, Thursday 1 December 2016\n\n\
                The fighters went back into a part of al-Haydariyeh before dawn.";
    assert_eq!(found(text, ""), ["2016-12-01 haydariyeh rebels partial"]);
}
