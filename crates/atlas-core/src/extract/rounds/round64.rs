//! The rule classes of the sixty-fourth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a holding "has been with" a side since a time of today,
//! "the armed forces", a change undone after its semicolon ("; it is false"), a title quoted over
//! its source, months as a dialect spells them and in lower-case Roman numerals, a group named only
//! as where the places before it lie, and a relative clause whose subject is a pronoun.

use crate::extract::tests::found;

#[test]
fn a_holding_since_a_time_of_today_with_has_been() {
    let text = "Client book, Monday 5 December 2016.\n\nHe says al-Marjeh has been entirely with \
                the army since noon. The armed forces completed their control of al-Maadi today.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-05 marjeh government full",
            "2016-12-05 maadi government full"
        ]
    );
    // A holding since a year is no change of that day.
    let text = "Client book, Monday 5 December 2016.\n\nAl-Marjeh has been with the rebels since \
                2013.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_change_undone_after_its_semicolon() {
    for undone in [
        "I rang my brother there; it is false.",
        "the radio says the attack was driven back and nothing changed there.",
    ] {
        let text = format!(
            "Register, Monday 5 December 2016.\n\nPeople say the fighters retook al-Marjeh last \
             night; {undone}"
        );
        assert!(found(&text, "").is_empty(), "{undone}");
    }
}

#[test]
fn a_title_quoted_over_its_source_reports_nothing_but_dates_the_comment() {
    let text = "READING LIST, updated 30 January 2017\n\n1.  \"Rebels storm al-Marjeh\"\n    \
                Some Agency · Jun 18, 2015\n    Comment: The day before, rebels took the whole \
                of al-Marjeh.\n";
    assert_eq!(found(text, ""), ["2015-06-17 marjeh rebels full"]);
    // A quoted statement that ends with its point is read.
    let text = "Notes, 18 June 2015\n\n\"The rebels took al-Marjeh today.\"\n";
    assert_eq!(found(text, ""), ["2015-06-18 marjeh rebels full"]);
}

#[test]
fn months_as_a_dialect_spells_them_and_in_lower_case_roman_numerals() {
    for dated in ["Mercore, 7 dicenbre 2016", "7.xii.2016 (Wed)"] {
        let text = format!("{dated}\n\nThe army took al-Marjeh on Tuesday.\n");
        assert_eq!(
            found(&text, ""),
            ["2016-12-06 marjeh government full"],
            "{dated}"
        );
    }
}

#[test]
fn a_group_named_as_where_the_places_before_it_lie_is_not_taken_whole() {
    let text = "On 6 December 2016 the army took Bab Qinnasrin and al-Jalloum in the Old City.";
    assert_eq!(
        found(text, ""),
        ["2016-12-06 bab-qinnasrin+jalloum government full"]
    );
}

#[test]
fn a_relative_clause_whose_subject_is_a_pronoun() {
    let text = "Bulletin, Tuesday 6 December 2016.\n\nThe army holds the whole of al-Marjeh, \
                which it took on Saturday.";
    assert_eq!(found(text, ""), ["2016-12-03 marjeh government full"]);
    // Not an entry told as the background of a capture.
    let text = "On 28 November 2016 the army completed the capture of al-Marjeh, which it had \
                entered the day before.";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
}
