//! The rule classes of the eighty-seventh round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): what a side "expects" another to do is to come; a day and
//! a Roman month without a year after a weekday ("Saturday 26.XI").

use crate::extract::tests::found;

#[test]
fn what_a_ministry_expects_the_army_to_do_is_to_come() {
    let text = "Letter, Friday 2 December 2016\n\n\
                I understand the ministry expects the army to enter al-Haydariyeh in the coming \
                days.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_roman_month_without_a_year_after_a_weekday_is_a_date() {
    let text = "Accession sheet, 2017\n\n\
                Collected in 2016. The army took all of al-Haydariyeh on Monday 28.XI.";
    assert_eq!(found(text, ""), ["2016-11-28 haydariyeh government full"]);
}
