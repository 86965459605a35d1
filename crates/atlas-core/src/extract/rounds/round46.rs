//! The rule classes of the forty-sixth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): a statement taken back or denied, and wording quoted to be
//! judged; a rumour's "there was talk that"; a saying denied ("not confirmed by"); nouns of change
//! ("the cleansing of", "the restoration of security to") with their agent after "by", and a look
//! back dated in its own phrase; a weekday that is the day the text was written left where it is;
//! a ledger's column stamps without a year; "on the seventh"; a weekday that says which year a day
//! is of; "22 December last year"; a day of the month after the text was written taken as the
//! month before's; "And now December."; a hard-wrapped line going on with a number; Galician dates.

use crate::extract::tests::{document, found};
use crate::extract::{Extractor, KnownControl, Lexicon};
use chrono::NaiveDate;
use std::sync::Arc;

#[test]
fn a_statement_taken_back_and_wording_judged_report_nothing() {
    for text in [
        "Report of 13 December 2016. A rebel spokesman on Tuesday withdrew an earlier statement \
         that fighters had won back al-Marjeh.",
        "Report of 13 December 2016. The army denied reports in some media that al-Marjeh had \
         been handed over to the rebels.",
        "Review of 13 December 2016. The wording \"have retaken al-Marjeh\" goes too far.",
        "Letter of 2 August 2012. There was also talk in the market that the Free Army had \
         entered al-Marjeh; this is not true.",
        "Budget of 5 December 2016. Not confirmed by any source; the army holds al-Marjeh.",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
    // A statement made, not taken back, still tells of the change.
    let text =
        "Report of 13 December 2016. A rebel spokesman said on Tuesday that fighters had won \
                back al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-12-13 marjeh rebels full"]);
}

#[test]
fn nouns_of_change_with_their_agent_after_by() {
    let text = "Appeal of 14 December 2016. Following the restoration of full security to \
                al-Marjeh and al-Fardous by the heroic Syrian Arab Army on Monday 12/12/2016, the \
                hospital received many wounded.";
    assert_eq!(
        found(text, ""),
        ["2016-12-12 marjeh+fardos government full"]
    );
    let text = "Caracas, 9 August 2012. The army completed on Thursday the cleansing of the \
                al-Marjeh neighbourhood.";
    assert_eq!(found(text, ""), ["2012-08-09 marjeh government full"]);
    // A look back with no date of its own is still only background.
    let text = "Appeal of 14 December 2016. Following the capture of al-Marjeh, the hospital \
                received many wounded.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn a_weekday_that_is_the_day_of_writing_stays_there() {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
    let known = KnownControl::from_changes([("marjeh", day("2016-11-14"), "rebels")]);
    let layer = crate::model::builtin::districts().expect("layer");
    let lex = Lexicon::builtin().expect("lexicon");
    let extractor = Extractor::new(&layer, &lex).with_known(Arc::new(known));
    let text = "NEWS BUDGET\nMonday, Dec. 5, 2016\n\nRebels said they had won back part of \
                al-Marjeh on Monday morning.";
    let found = extractor.extract(&document(text, ""));
    let days: Vec<String> = found.iter().map(|c| c.date.day.to_string()).collect();
    assert_eq!(days, ["2016-12-05"]);
}

#[test]
fn a_ledgers_column_stamps_date_its_lines() {
    let text = "Credit accounts, second half of 2016\n\n\
                Sat 26 Nov  Mr Hanna ........ + 1,150  (bread)\n\
                Tue 29 Nov  Umm Ahmad ....... - 2,300  paid in full\n            \
                She says al-Marjeh went to the army yesterday, all of it.\n";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
}

#[test]
fn days_named_by_ordinal_weekday_and_last_year() {
    let text =
        "Montreal, December 2016. My mother calls on the seventh, a Wednesday. She says the \
                soldiers took al-Marjeh that day.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
    // The weekday says the day is of 2016, not of the 2012 the sentence also names.
    let text = "Service report. Date of visit: 06/12/2016\n\nOur store in al-Marjeh, left behind \
                in 2012, was reached on Monday 5 December, after the army took the quarter on \
                Sunday.";
    assert_eq!(found(text, ""), ["2016-12-04 marjeh government full"]);
    let text = "Speech of 15 June 2017. Then, on 22 December last year, the army took back \
                al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-12-22 marjeh government full"]);
}

#[test]
fn a_day_of_the_month_after_the_letter_is_the_month_befores() {
    let text = "Date: 5 December 2016\n\nOur engineer visited the site on 1 December. On the \
                following day, the 28th, units of the YPG moved into part of Sheikh Fares.";
    assert_eq!(found(text, ""), ["2016-11-28 sheikh-fares kurdish partial"]);
}

#[test]
fn and_now_december_sets_the_month() {
    let text = "Aleppo, 18 December 2016\n\nAt the end of October everyone said the fighters were \
                coming. And now December. On the 7th the army took back al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn a_wrapped_line_going_on_with_a_number_and_a_galician_date() {
    let text = "Letter, 10 March 2017\n\nWhen the army took back al-Marjeh and al-Fardous on \
                Wednesday\n7 December, she was in the middle of her final survey.";
    assert_eq!(
        found(text, ""),
        ["2016-12-07 marjeh+fardos government full"]
    );
    let text = "G24\nLuns, 5 de decembro de 2016 · 14:20\n\nThe army took al-Marjeh this morning.";
    assert_eq!(found(text, ""), ["2016-12-05 marjeh government full"]);
}
