//! The rule classes of the thirty-sixth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a text that writes no year read in the one year whose
//! recorded changes agree with it; an apposition holding a possessive before a fall; a sentence
//! opening inside a quotation whose speaker's side follows it; a clock time and a zone between a
//! day and its year ("Wed Dec 07 09:05:31 +0000 2016") and a record's key as a stamp's label;
//! a hashtag's underscores; a five-letter spelling sounding like a name; a place's kind after its
//! name ("the Layramoun Industrial District"); a time between a verb and its particle ("moved on
//! Sunday into"); and holdings that change nothing: attackers held off, "the fighters who held
//! it", a holding in a clause of "while"; and (round 37) records of comma-separated values, each
//! a sentence of its own and a comma before a day no thousands separator; civilians evacuated; a
//! teller's "said that" before a fall; a full date in French, Italian, Spanish or German; and a
//! month in Roman numerals ("26.XI.16").

use crate::extract::tests::{document, found, summary};
use crate::extract::tokens::tokenize;
use crate::extract::{Extractor, KnownControl, Lexicon};
use crate::model::builtin;
use chrono::NaiveDate;
use std::sync::Arc;

/// The candidates of an undated `text` read beside `changes` (district, day, new controller), with
/// each one's date basis.
fn undated_knowing(text: &str, changes: &[(&str, &str, &str)]) -> Vec<(String, String)> {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
    let known = KnownControl::from_changes(changes.iter().map(|(d, s, c)| (*d, day(s), *c)));
    let layer = builtin::districts().expect("layer");
    let lex = Lexicon::builtin().expect("lexicon");
    let extractor = Extractor::new(&layer, &lex).with_known(Arc::new(known));
    extractor
        .extract(&document(text, ""))
        .iter()
        .map(|c| (summary(c), c.date_basis.clone()))
        .collect()
}

/// The tokens of `text`, as written.
fn words(text: &str) -> Vec<&str> {
    tokenize(text, 0..text.len())
        .iter()
        .map(|t| t.text(text))
        .collect()
}

const WIRE: &str = "DAMASCUS, March 9 (Wire) - The army took al-Marjeh on March 7, residents said.";

#[test]
fn a_text_without_a_year_is_read_in_the_year_whose_changes_agree_with_it() {
    let recorded = [
        ("marjeh", "2013-03-07", "government"),
        ("hanano", "2015-03-07", "rebels"),
    ];
    let found = undated_knowing(WIRE, &recorded);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "2013-03-07 marjeh government full");
    assert!(
        found[0].1.contains("writes no year: 2013"),
        "{}",
        found[0].1
    );
}

#[test]
fn a_text_without_a_year_stays_undated_when_no_year_or_two_years_agree() {
    // No recorded change of al-Marjeh: nothing to read the year from.
    assert_eq!(
        undated_knowing(WIRE, &[("hanano", "2013-03-07", "government")]),
        []
    );
    // Two years agree as well as each other: which one is not known.
    let both = [
        ("marjeh", "2013-03-07", "government"),
        ("marjeh", "2014-03-07", "government"),
    ];
    assert_eq!(undated_knowing(WIRE, &both), []);
}

#[test]
fn an_apposition_with_a_possessive_may_stand_before_a_fall() {
    let text = "On 12 December 2016, Sheikh Saeed, the last foothold on the city's southern edge, \
                fell after a night of shelling to the army.";
    assert_eq!(
        found(text, "2016-12-20"),
        ["2016-12-12 sheikh-saeed government full"]
    );
}

#[test]
fn a_sentence_opening_inside_a_quotation_is_its_speakers() {
    // "We" of the second sentence is the commander named after the closing mark, not the army:
    // the loss gives al-Marjeh to the army, the change before it told again (round 45: one
    // candidate), not to the rebels.
    let text = "On 12 December 2016 the army took al-Marjeh. \"We had held it for years. We lost \
                it in an afternoon,\" said a rebel commander.";
    assert_eq!(
        found(text, "2016-12-20"),
        ["2016-12-12 marjeh government full"]
    );
}

#[test]
fn a_day_with_a_clock_and_a_zone_before_its_year_is_a_full_date() {
    let text = "{\n  \"created_at\" : \"Mon Dec 05 21:40:12 +0000 2016\",\n  \"full_text\" : \
                \"Update: al-Marjeh fell to the army this evening.\"\n}";
    assert_eq!(found(text, ""), ["2016-12-05 marjeh government full"]);
    let text = "Wed Dec 7 09:05 UTC 2016 - The army took al-Marjeh overnight.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn a_hashtags_underscores_are_spaces_and_a_handles_are_not() {
    let text = "3 December 2016: The army has taken #Tariq_al_Bab.";
    assert_eq!(
        found(text, "2016-12-03"),
        ["2016-12-03 tariq-al-bab government full"]
    );
    assert_eq!(
        words("#Tariq_al_Bab @Midan_resident"),
        ["#", "Tariq", "al", "Bab", "@", "Midan", "_", "resident"]
    );
}

#[test]
fn a_five_letter_spelling_may_sound_like_a_name() {
    let text = "On 27 October 2012 the army took Arkub.";
    assert_eq!(
        found(text, "2012-10-28"),
        ["2012-10-27 arqoub government full"]
    );
}

#[test]
fn a_places_kind_after_its_name_is_no_longer_name() {
    let text = "On 26 July 2016 regime forces seized the Layramoun Industrial District.";
    assert_eq!(
        found(text, "2016-08-01"),
        ["2016-07-26 belleramoon government full"]
    );
}

#[test]
fn a_time_may_stand_between_a_verb_and_its_particle() {
    let text = "Report of 28 November 2016. YPG fighters moved on Sunday into Sheikh Fares.";
    assert_eq!(
        found(text, "2016-11-28"),
        ["2016-11-27 sheikh-fares kurdish partial"]
    );
    // Not after a gap: "cleansed it on Friday of the checkpoints" is "cleansed it".
    let text = "Report of 14 April 2013. The rebels took Karm al-Jabal. The Free Syrian Army \
                cleansed it on Friday of the last checkpoints.";
    let got = found(text, "2013-04-14");
    assert!(
        got.iter().all(|c| c.contains("karm-aj-jabal rebels")),
        "{got:?}"
    );
    assert!(got.iter().any(|c| c.starts_with("2013-04-12")), "{got:?}");
}

#[test]
fn holdings_that_change_nothing() {
    for text in [
        "On 6 December 2016 rebel commanders said they had held the attackers at the edge of \
         al-Marjeh.",
        "On 6 December 2016 the rebels held off the army in al-Marjeh.",
        "On 6 December 2016 an assault on al-Marjeh was beaten back by the fighters who held it.",
        "In the autumn of 2013 I could not return to al-Marjeh while the district was held by \
         the armed opposition.",
    ] {
        assert_eq!(found(text, "2016-12-10"), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn each_record_of_comma_separated_values_is_a_sentence_dated_by_its_own_cell() {
    let text = "id,event_date,location,notes\n\
                1001,26 November 2016,Aleppo,\"Regime forces took full control of Masaken Hanano \
                after three days of clashes.\"\n\
                1002,7 December 2016,Aleppo,\"ICRC evacuated 148 civilians from the Old City\"\n\
                1003,28 November 2016,Aleppo,\"The army took al-Marjeh\"\n";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-26 hanano government full",
            "2016-11-28 marjeh government full"
        ]
    );
}

#[test]
fn a_comma_separates_thousands_only_before_three_digits() {
    assert_eq!(
        words("1,200 people and 2081544,26 November"),
        ["1,200", "people", "and", "2081544", ",", "26", "November"]
    );
}

#[test]
fn a_tellers_that_opens_what_was_told_and_a_rumours_does_not() {
    let report = |said: &str| format!("Report of 6 December 2016. On 5 December {said}.");
    assert_eq!(
        found(
            &report("a field source told Tasnim's correspondent that al-Marjeh came under the full control of the army"),
            "2016-12-06"
        ),
        ["2016-12-05 marjeh government full"]
    );
    assert_eq!(
        found(
            &report("some people said that al-Marjeh had fallen"),
            "2016-12-06"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_full_date_in_another_language_and_a_roman_month() {
    let text =
        "LA STAMPA · domenica 30 settembre 2012\n\nYesterday the rebels took the quarter of \
                Bab Qinnasrin.";
    assert_eq!(found(text, ""), ["2012-09-29 bab-qinnasrin rebels full"]);
    let text = "Note.\n\nAfter government forces retook Hanano on 26.XI.16, a counter opened.";
    assert_eq!(found(text, ""), ["2016-11-26 hanano government full"]);
}
