//! The rule classes of the hundred-and-thirteenth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): a sign-off line that ends on its date gives
//! the text its year; a remark's day and its weekday before a column's gap ("02/12 Fri  …"); a
//! diary's "2016 DECEMBER" heading the days under it from the month's first; *have* holding a
//! place "since dawn"; a Dutch or German verb closing its clause acting on the place after a part's
//! "deel van"; and a full month's name in lower case after a day's number ("30 november").

use crate::extract::tests::found;

#[test]
fn a_sign_off_ending_on_its_date_gives_the_year_and_a_remark_its_day() {
    let text = "COUNT SHEET\n\nDay         Period   Total\nThu 01/12   07:30    339\nFri 02/12   \
                09:30    145\n\nREMARKS\n01/12 Thu  Normal count.\n02/12 Fri  Short session.\n    \
                Police say the army took Tariq al-Bab completely this morning.\n\nChecked: \
                Eng. H. A., head of the counts section, 04/12/2016";
    assert_eq!(found(text, ""), ["2016-12-02 tariq-al-bab government full"]);
}

#[test]
fn a_year_and_month_heading_dates_the_diary_days_under_it() {
    let text = "2016 DECEMBER - WEEK 49 (copied out from my pocket diary)\n\nMON 5\n  Quiet \
                day.\n\nWED 7\n  By afternoon the army held al-Marjeh, all of it.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn having_a_place_since_dawn_is_news() {
    let text = "Notes, Monday 5 December 2016.\n\nQadi Askar - army has all of it since dawn.";
    assert_eq!(found(text, ""), ["2016-12-05 qadi-askar government full"]);
    // Undated and with no "since" of the day, how things stand.
    let text = "Background.\n\nThe army has all of Qadi Askar.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_dutch_final_verb_takes_part_of_a_place_on_a_lower_case_day() {
    let text = "Verslag, 14 maart 2017.\n\nA: Op woensdag 30 november is het leger het \
                noordelijke deel van Sheikh Said binnengetrokken.";
    assert_eq!(
        found(text, ""),
        ["2016-11-30 sheikh-saeed government partial"]
    );
}
