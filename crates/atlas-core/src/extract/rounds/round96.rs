//! The rule classes of the ninety-sixth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a weekday alone is moved to a recorded change's week only
//! for a whole district; a clause after a double dash that says nothing changed.

use crate::extract::tests::found;

#[test]
fn a_caption_answered_after_a_double_dash_reports_nothing() {
    let text = "Picture request, 28 November 2016.\n\n- Anything captioned \"Sheikh Fares falls\" \
                -- the YPG says it is still theirs and nothing has changed there.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_part_pushed_into_keeps_its_weekday() {
    use crate::extract::{Extractor, KnownControl, Lexicon};
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
    let known = KnownControl::from_changes([("karm-al-myassar", day("2016-11-14"), "rebels")]);
    let layer = crate::model::builtin::districts().expect("layer");
    let lex = Lexicon::builtin().expect("lexicon");
    let extractor = Extractor::new(&layer, &lex).with_known(std::sync::Arc::new(known));
    let text = "Call of Tuesday 6 December 2016.\n\n- On Monday evening opposition factions said \
                they had pushed back into parts of Karm al-Myassar.";
    let found = extractor.extract(&crate::extract::tests::document(text, "2016-12-06"));
    let days: Vec<String> = found.iter().map(|c| c.date.day.to_string()).collect();
    assert_eq!(days, ["2016-12-05"]);
}
