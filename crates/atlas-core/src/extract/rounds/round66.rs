//! The rule classes of the sixty-sixth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a day given in two calendars ("corresponding to"), text
//! written in capitals, "from rebel control to government control", a change denied flatly after
//! its semicolon or colon, "came back into most of", and a colon that opens a clause of its own.

use crate::extract::tests::found;

#[test]
fn a_day_given_in_another_calendar_and_its_correspondence() {
    let text = "Sheet 5 - Wednesday 6 Ramadan 1433 H, corresponding to 25/07/2012\n\nNotes:\n - \
                They say the fighters entered the southern part of al-Marjeh yesterday.\n";
    assert_eq!(found(text, ""), ["2012-07-24 marjeh rebels partial"]);
}

#[test]
fn text_written_in_capitals() {
    let text = "Script, Monday 5 December 2016.\n\nTHE ARMY TOOK THE WHOLE OF AL-MARJEH TODAY, \
                MONITORS CONFIRM.";
    assert_eq!(found(text, ""), ["2016-12-05 marjeh government full"]);
}

#[test]
fn from_one_sides_control_to_the_others() {
    let text = "Brief, 5 December 2016.\n\n- al-Marjeh: from rebel control to government control \
                (whole district), Monday 28 November 2016.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
}

#[test]
fn a_change_denied_flatly_after_its_semicolon_or_colon() {
    for text in [
        "Claims circulated in August 2016 that the fighters had entered al-Marjeh; they did not, \
         and the quarter stayed with the army.",
        "The agency line that troops entered al-Marjeh on 6 December 2016 was checked with our \
         fixer: not true, no troops went in.",
    ] {
        assert!(found(text, "2016-12-08").is_empty(), "{text}");
    }
}

#[test]
fn came_back_into_most_of() {
    let text = "Workshop book, Thursday 1 December 2016.\n\nThe fighters came back into most of \
                al-Marjeh this morning, his uncle says.";
    assert_eq!(found(text, ""), ["2016-12-01 marjeh rebels partial"]);
}

#[test]
fn a_colon_that_opens_a_clause_of_its_own_is_no_list() {
    let text = "Programme, 30 April 2016.\n\nThis was an error taken from a post and has been \
                removed: al-Marjeh is held by the government, as it has been throughout.";
    assert!(found(text, "").is_empty());
}
