//! The rule classes of the fifty-ninth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a report that "proved false", a clause after a semicolon
//! saying the attack failed, an instruction not to
//! credit a statement, answers or a text quoted, and things "held" somewhere.

use crate::extract::tests::found;

#[test]
fn a_report_undone_in_its_own_sentence() {
    for text in [
        "Week in review, 9 December 2016.\n\nA report on social media on Thursday that rebels \
         had retaken al-Marjeh proved false: our monitor saw army checkpoints all day.",
        "Methodology, 2 March 2016.\n\nIn 2015 several outlets reported that rebels had stormed \
         the intelligence building in al-Marjeh; the attack failed and the map was never changed.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn an_instruction_not_to_credit_a_statement() {
    for text in [
        "Mark scheme, 2017.\n\n- Do NOT credit answers stating that the opposition retook \
         al-Marjeh in December 2016; this did not happen.",
        "Mark scheme, 2017.\n\n- Do NOT credit \"al-Marjeh was captured by the army\".",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn things_held_in_a_place_are_no_holding() {
    let text = "Decision, 3 March 2013.\n\nThe applicant asked for a postponement because its \
                premises in al-Marjeh could not be reached and its records were held there.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}
