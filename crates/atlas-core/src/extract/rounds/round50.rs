//! The rule classes of the fiftieth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): a masthead whose month is a word the extractor does not read
//! ("28 ноябрь 2016 йыл"), read against a dataset's changes in each month its day could be in; and
//! (round 51) a lead that a sentence naming nothing dates stays, "likely to", stories going round,
//! "came back to the state", and a source "written on" a day; and (round 52) "went into", not "into
//! action", a story going round, a clause naming a time ("the last time …"), and "and now" opening
//! a verb of its own; and (round 53) an alert marked as never sent or taken back.

use crate::extract::tests::document;
use crate::extract::{Extractor, KnownControl, Lexicon};
use chrono::NaiveDate;
use std::sync::Arc;

/// The candidates' days of `text` read beside a dataset recording al-Marjeh's capture by the army
/// on 27 November 2016 (and nothing else when `known` is false).
fn days_beside_the_data(text: &str, known: bool) -> Vec<(String, String)> {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
    let layer = crate::model::builtin::districts().expect("layer");
    let lex = Lexicon::builtin().expect("lexicon");
    let mut extractor = Extractor::new(&layer, &lex);
    if known {
        let data = KnownControl::from_changes([("marjeh", day("2016-11-27"), "government")]);
        extractor = extractor.with_known(Arc::new(data));
    }
    extractor
        .extract(&document(text, ""))
        .iter()
        .map(|c| (c.date.day.to_string(), c.date_basis.clone()))
        .collect()
}

#[test]
fn a_masthead_month_unread_is_the_one_the_data_agrees_with() {
    let text = "ГӘЗИТ — Донъя хәбәрҙәре\n28 ноябрь 2016 йыл, дүшәмбе\n\nOn Sunday the army took \
                al-Marjeh, the monitor said.";
    let found = days_beside_the_data(text, true);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "2016-11-27");
    assert!(found[0]
        .1
        .contains("the masthead's month is not read: November"));
    // Without data there is no month to choose, and no day to count "Sunday" from.
    assert!(days_beside_the_data(text, false).is_empty());
}

#[test]
fn a_masthead_month_no_month_agrees_with_stays_unread() {
    // The data records nothing in any month near a Sunday capture of al-Fardous: no month is kept.
    let text = "ГӘЗИТ\n28 ноябрь 2016 йыл\n\nOn Sunday the army took al-Fardous.";
    assert!(days_beside_the_data(text, true).is_empty());
}

// Round 51.

#[test]
fn a_lead_dated_only_by_a_sentence_naming_nothing_stays() {
    let text = "LIVE, Sat 26 Nov 2016\n\nSo, the news. The army has taken all of al-Marjeh. On \
                Thursday they already got into its northern blocks. Today the rest went.";
    let found = crate::extract::tests::found(text, "");
    assert!(
        found
            .iter()
            .any(|c| c.starts_with("2016-11-26 marjeh government full")),
        "{found:?}"
    );
}

#[test]
fn a_forecast_stories_going_round_and_a_quarter_coming_back_to_the_state() {
    for text in [
        "Alert of 6 December 2016. Pro-government forces are LIKELY to push into al-Marjeh in the \
         next 24-72 hours.",
        "Column of 21 December 2016. Stories went round on Wednesday that the rebels had won back \
         al-Marjeh.",
    ] {
        assert_eq!(
            crate::extract::tests::found(text, ""),
            Vec::<String>::new(),
            "{text}"
        );
    }
    let text =
        "Sheet of 6 December 2016. She says the whole of al-Marjeh came back to the state on \
                Sunday.";
    assert_eq!(
        crate::extract::tests::found(text, ""),
        ["2016-12-04 marjeh government full"]
    );
}

#[test]
fn a_source_written_on_a_day_counts_its_yesterday_from_it() {
    let text =
        "HISTORY PAPER, specimen for 2019\n\nSource A  From the diary of a teacher, written on \
                Wednesday 7 December 2016 and published in translation in 2017.\n\n    We did not \
                sleep. Since yesterday the army holds all of al-Marjeh.";
    assert_eq!(
        crate::extract::tests::found(text, ""),
        ["2016-12-06 marjeh government full"]
    );
}

// Round 52.

#[test]
fn went_into_is_a_partial_advance_but_not_into_action() {
    let text =
        "Log of 28 November 2016. This morning the Kurdish fighters went into part of Sheikh \
                Fares.";
    assert_eq!(
        crate::extract::tests::found(text, ""),
        ["2016-11-28 sheikh-fares kurdish partial"]
    );
    for text in [
        "Analysis of 29 July 2012. The army's columns went into action yesterday against \
         al-Marjeh.",
        "Notebook of 30 November 2016. There is a story going round among the parents that the \
         YPG also went into al-Marjeh.",
    ] {
        assert_eq!(
            crate::extract::tests::found(text, ""),
            Vec::<String>::new(),
            "{text}"
        );
    }
}

#[test]
fn a_clause_naming_a_time_and_a_verb_after_and_now() {
    let text =
        "Report of 3 November 2012. For the file: the last time the YPG went into al-Marjeh, in \
                October 2012, they were out again within a day.";
    assert_eq!(crate::extract::tests::found(text, ""), Vec::<String>::new());
    let text = "List, 2016. The family fled al-Marjeh after the armed groups took the quarter on \
                17/06/2015 and now live in a school in al-Fardous.";
    assert_eq!(
        crate::extract::tests::found(text, ""),
        ["2015-06-17 marjeh rebels full"]
    );
}

// Round 53.

#[test]
fn an_alert_never_sent_or_taken_back_reports_nothing() {
    for text in [
        "Push log, 12 December 2016\n\n-- | DRAFT NOT SENT | World | \"Rebels retake al-Marjeh\" - \
         held by the duty editor.",
        "Crawl log, 26 November 2016\n\n16:05 PULLED 16:21: \"REBELS RETAKE AL-MARJEH\" - single \
         source, DO NOT RERUN",
        "Push archive, 27 November 2016\n\nDraft: \"Army takes al-Marjeh.\"",
    ] {
        assert_eq!(crate::extract::tests::found(text, ""), Vec::<String>::new(), "{text}");
    }
    // Words in capitals that say nothing of the kind leave a line as it is.
    let text = "Tape, 7 December 2016\n\nTROOPS TOOK AL-MARJEH ON WEDNESDAY, THE MONITOR SAID.";
    assert_eq!(
        crate::extract::tests::found(text, ""),
        ["2016-12-07 marjeh government full"]
    );
}
