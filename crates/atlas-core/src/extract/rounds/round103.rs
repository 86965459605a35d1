//! The rule classes of the hundred-and-third round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a later text's day without a year; a weekday that
//! goes on onto its date on the next line; "that" after a record's or a named teller's verb; a
//! database's "04-DEC-2016"; a weekday counted on past the day the text was written.

use crate::extract::tests::found;

#[test]
fn a_day_after_a_later_texts_own_date_is_of_the_year_before() {
    let text = "Speech given on Friday 7 July 2017.\n\nIn the winter of 2016 the siege ended. On \
                the sixth of December the army took al-Shaar.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
}

#[test]
fn a_weekday_at_a_lines_end_goes_on_onto_its_date() {
    let text = "Minutes of 18/01/2017.\n\nThe square is named after the day on which the army \
                entered Salah al-Din, Thursday\n22/12/2016, when the last fighters had left.";
    assert_eq!(
        found(text, ""),
        ["2016-12-22 salah-ad-deen government partial"]
    );
}

#[test]
fn that_after_a_record_or_a_named_teller_opens_what_is_told() {
    let text = "Decision of 3 March 2017.\n\nThe board notes that Hanano came under government \
                control on 26 November 2016.\n\nThe mayor said that al-Shaar came under \
                government control on 6 December 2016.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-26 hanano government full",
            "2016-12-06 shaar government full"
        ]
    );
}

#[test]
fn a_rumours_that_is_still_no_report() {
    let text = "Notes, 3 December 2016.\n\nSome people say that Hanano came under government \
                control.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_database_date_in_one_word_dates_its_record() {
    let text = "EVENT ID: 1\nDATE: 05-DEC-2016   TIME: 1100L\nSUMMARY: Government forces \
                captured the Qadi Askar district.";
    assert_eq!(found(text, ""), ["2016-12-05 qadi-askar government full"]);
}

#[test]
fn the_weekday_before_a_noun_is_not_after_the_text_was_written() {
    let text = "Note of Thursday, December 1, 2016.\n\nAl-Shaar was quiet on Monday November 28. \
                The Sunday report was wrong: on that Sunday the army took Jabal Badro.";
    assert_eq!(found(text, ""), ["2016-11-27 jabal-badro government full"]);
}
