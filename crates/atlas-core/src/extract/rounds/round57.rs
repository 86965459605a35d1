//! The rule classes of the fifty-seventh round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): months in Latin transliteration and Finnic months by
//! their stem, a printed name glossed in brackets, a "that" clause after an apposition with no
//! closing comma, "both" after "In fact", a "*1" note, "came back into part of", and a holding
//! dated "tonight".

use crate::extract::tests::found;

#[test]
fn transliterated_and_finnic_months_in_a_full_date() {
    for masthead in [
        "VESTI · Sviet · Chetver, 1. dekabrja 2016",
        "SANOMAT · Maailma · Keskiviikko, 30. kylmykuudu 2016",
    ] {
        let text = format!("{masthead}\n\nOn Monday the army took al-Marjeh, a monitor said.");
        assert_eq!(
            found(&text, ""),
            ["2016-11-28 marjeh government full"],
            "{masthead}"
        );
    }
}

#[test]
fn a_name_glossed_in_brackets_is_the_gloss() {
    // "Sahur" alone sounds like another district; its gloss says which it is.
    let text = "Weekly, 30 November 2016.\n\nOn Monday the army took the whole of as-Sahur \
                (as-Sakhour), the monitor said.";
    let got = found(text, "");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("2016-11-28 sakhour"), "{got:?}");
    assert!(!got[0].contains("shaar"), "{got:?}");
}

#[test]
fn a_that_clause_after_an_apposition_with_no_closing_comma() {
    let text = "Review, 3 March 2018.\n\nThe film opens in al-Marjeh, the south-western district \
                that rebel fighters seized on 20 July 2012.";
    assert_eq!(found(text, ""), ["2012-07-20 marjeh rebels full"]);
}

#[test]
fn both_after_in_fact() {
    let text = "Letter, 2 February 2017.\n\nThe article puts al-Marjeh and al-Fardous in rebel \
                hands that week. In fact both were taken in full by the army on 27 November \
                2016.";
    assert_eq!(
        found(text, ""),
        ["2016-11-27 marjeh+fardos government full"]
    );
}

#[test]
fn a_star_note_is_of_the_day_of_its_row() {
    let text = "Key register\n\nDate            | Key        | Remarks\n----------------|------------|--------\nSun 7 Aug 2016  | main gate  | *1\nSat 10 Sep 2016 | store      | *2\n\n*1  The armed groups took the whole of al-Marjeh today.\n*2  Keys returned.\n";
    assert_eq!(found(text, ""), ["2016-08-07 marjeh rebels full"]);
}

#[test]
fn came_back_into_part_of_and_a_holding_dated_tonight() {
    let text = "Batch book, 5 December 2016.\n\nThe fighters came back into part of al-Marjeh \
                before sunrise.";
    assert_eq!(found(text, ""), ["2016-12-05 marjeh rebels partial"]);
    let text = "Notebook, 22 December 2016.\n\nThe officer told us al-Marjeh and al-Fardous are \
                all in the army's hands tonight, every street.";
    assert_eq!(
        found(text, ""),
        ["2016-12-22 marjeh+fardos government full"]
    );
    // A holding that stays is no news of the day.
    let text = "Notebook, 22 December 2016.\n\nal-Marjeh is still in the army's hands tonight.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}
