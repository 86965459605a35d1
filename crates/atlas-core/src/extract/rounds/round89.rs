//! The rule classes of the eighty-ninth round of issue 17, written before its blind sets were
//! read, on sentences written for these tests: a month's or weekday's name in another language
//! written without its accents ("decembre", "miercoles"); of two lexicon phrases that cover the
//! same words, the one without a gap ("unter ihre Kontrolle", a change, over "unter * Kontrolle",
//! a standing state).

use crate::extract::tests::found;

#[test]
fn a_date_written_without_its_accents_dates_the_change() {
    let text =
        "Bulletin du 3 decembre 2016\n\nL'armee syrienne a repris le quartier de Haydariyeh.";
    assert_eq!(found(text, ""), ["2016-12-03 haydariyeh government full"]);
}

#[test]
fn a_phrase_without_a_gap_wins_over_one_with_a_gap() {
    let text =
        "Aleppo, 28. November 2016. Am Montag brachte die Armee Hanano unter ihre Kontrolle.";
    assert_eq!(found(text, ""), ["2016-11-28 hanano government full"]);
}
