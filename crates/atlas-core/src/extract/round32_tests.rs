//! The rule classes of the thirty-second round of issue 17 onward, on sentences written for these
//! tests (none copied from a held-out report): a fall that names no side read against the changes
//! the dataset records ([`super::KnownControl`]); a day without a year taking the year of a later
//! date of its sentence; a verb left out before a second place and its date ("and X on the
//! following day"); "the same day as X"; "restored control over"; a side's "announced that" before a
//! holding, where a rumour's "people say that" stays nothing; "both neighbourhoods" after a list of
//! the same sentence; and the date closing an apposition before the verb.

use super::tests::found;
use super::{Extractor, KnownControl, Lexicon};
use crate::model::builtin;
use chrono::NaiveDate;
use std::sync::Arc;

/// [`found`], with the extractor reading falls against `changes` (district, day, new controller).
fn found_knowing(text: &str, published: &str, changes: &[(&str, &str, &str)]) -> Vec<String> {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
    let known = KnownControl::from_changes(changes.iter().map(|(d, s, c)| (*d, day(s), *c)));
    let doc = super::tests::document(text, published);
    let layer = builtin::districts().expect("layer");
    let lex = Lexicon::builtin().expect("lexicon");
    let extractor = Extractor::new(&layer, &lex).with_known(Arc::new(known));
    extractor
        .extract(&doc)
        .iter()
        .map(super::tests::summary)
        .collect()
}

#[test]
fn a_fall_without_a_side_goes_to_the_side_recorded_taking_the_place() {
    // The sentence before names the rebels; the record has the army taking al-Marjeh that week.
    let text = "Letter of 20 December 2016.\n\nThe rebels dug in for weeks. Al-Marjeh fell on \
                Sunday, 11 December.";
    let army_took_it = [("marjeh", "2016-12-12", "government")];
    assert_eq!(
        found_knowing(text, "2016-12-20", &army_took_it),
        ["2016-12-11 marjeh government full"]
    );
    // "The fall of X" with no side at all.
    let text = "Letter of 20 December 2016.\n\nThe fall of al-Marjeh on 11 December ended it.";
    assert_eq!(
        found_knowing(text, "2016-12-20", &army_took_it),
        ["2016-12-11 marjeh government full"]
    );
    // A change recorded months away says nothing of this fall: the side of the text stands.
    let long_before = [("marjeh", "2016-06-01", "government")];
    let text = "Letter of 20 December 2016.\n\nThe rebels dug in for weeks. Al-Marjeh fell on \
                Sunday, 11 December.";
    assert_eq!(
        found_knowing(text, "2016-12-20", &long_before),
        ["2016-12-11 marjeh rebels full"]
    );
    // A side the sentence names is never overruled.
    let text = "Letter of 20 December 2016.\n\nAl-Marjeh fell to the rebels on 11 December.";
    assert_eq!(
        found_knowing(text, "2016-12-20", &army_took_it),
        ["2016-12-11 marjeh rebels full"]
    );
}

#[test]
fn a_day_without_a_year_takes_the_year_of_a_later_date_of_its_sentence() {
    let text = "Essay of 2019.\n\nOnce al-Marjeh had fallen to the army at the end of \
                November, the siege tightened, and Maadi was retaken on 5 December 2016.";
    assert_eq!(
        found(text, "2019-03-01"),
        [
            "2016-11-30 marjeh government full",
            "2016-12-05 maadi government full"
        ]
    );
    // Months apart, the later year says nothing of the earlier day.
    let text = "Essay of 2019.\n\nThe army took al-Marjeh on 3 March, long before Maadi fell \
                to it on 5 December 2016.";
    assert_eq!(
        found(text, "2019-03-01"),
        [
            "2019-03-03 marjeh government full",
            "2016-12-05 maadi government full"
        ]
    );
}

#[test]
fn a_place_and_a_date_after_and_take_the_verb_again() {
    let text = "Essay of 2019.\n\nAl-Marjeh was retaken by the army on 5 December 2016, and \
                Maadi on the following day.";
    assert_eq!(
        found(text, "2019-03-01"),
        [
            "2016-12-05 marjeh government full",
            "2016-12-06 maadi government full"
        ]
    );
    // A place after "and" that a verb of its own follows is not a left-out verb's.
    let text = "Essay of 2019.\n\nThe army retook al-Marjeh on 5 December 2016, and Maadi was \
                shelled on the following day.";
    assert_eq!(
        found(text, "2019-03-01"),
        ["2016-12-05 marjeh government full"]
    );
}

#[test]
fn the_same_day_as_a_place_not_yet_told_of_changes_it_too() {
    let text = "Essay of 2019.\n\nAl-Marjeh fell to the army on 12 December 2016, the same day \
                as Maadi.";
    assert_eq!(
        found(text, "2019-03-01"),
        ["2016-12-12 marjeh+maadi government full"]
    );
}

#[test]
fn restored_control_over_is_a_capture() {
    let text = "Statement of 13 December 2016.\n\nOn Monday, government forces restored control \
                over the al-Marjeh and Maadi neighbourhoods, which had been held by armed groups \
                since 2012.";
    assert_eq!(
        found(text, "2016-12-13"),
        ["2016-12-12 marjeh+maadi government full"]
    );
}

#[test]
fn a_side_announcing_that_opens_what_it_said_and_a_rumour_stays_nothing() {
    let text = "Letter of 24 December 2016.\n\nOn Thursday the General Command of the army \
                announced that al-Marjeh and Maadi were back under the authority of the State.";
    assert_eq!(
        found(text, "2016-12-24"),
        ["2016-12-22 marjeh+maadi government full"]
    );
    let text = "Letter of 24 December 2016.\n\nSome people say that al-Marjeh has fallen too.";
    assert!(found(text, "2016-12-24").is_empty());
}

#[test]
fn both_neighbourhoods_stand_for_a_list_of_the_same_sentence() {
    let text = "Newsletter of 24 December 2016.\n\nOn Thursday the last fighters left al-Marjeh \
                and Maadi, and the army took both neighbourhoods the same evening.";
    assert_eq!(
        found(text, "2016-12-24"),
        ["2016-12-22 marjeh+maadi government full"]
    );
}

#[test]
fn a_date_closing_an_apposition_before_the_verb_is_the_appositions() {
    let text = "Live page, Monday 12 December 2016.\n\n**11.47** Al-Marjeh, the district where \
                the rebels beat back an army assault ten days ago, fell to government forces \
                this morning.";
    assert_eq!(
        found(text, "2016-12-12"),
        ["2016-12-12 marjeh government full"]
    );
}
