//! The rule classes of the fiftieth round of issue 17, on sentences written for these tests (none
//! copied from a held-out report): a masthead whose month is a word the extractor does not read
//! ("28 ноябрь 2016 йыл"), read against a dataset's changes in each month its day could be in.

use super::tests::document;
use super::{Extractor, KnownControl, Lexicon};
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
