//! The rule classes of the hundred-and-tenth round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a day and month before their weekday in brackets
//! ("1/12 (Thu)"); a diary line opening with a weekday's abbreviation and a day's number under
//! its month's heading ("Wed 17  …").

use crate::extract::tests::found;

#[test]
fn a_slashed_day_before_its_weekday_is_a_date() {
    let text =
        "Cards, Nov-Dec 2016.\n\nCARD 07 - 28/11 (Mon)\nQuiet.\n\nCARD 12 - 6/12 (Tue)\nArmy \
                took Bab Qinnasrin today.";
    assert_eq!(
        found(text, ""),
        ["2016-12-06 bab-qinnasrin government full"]
    );
}

#[test]
fn a_diary_line_opening_with_an_abbreviated_weekday_and_a_day() {
    let text = "My readings\n\nJUNE 2015\nTue 16  am 150/95   Gunfire all night.\nWed 17  am \
                158/98   The rebels took all of al-Rashideen today.";
    assert_eq!(found(text, ""), ["2015-06-17 rashidin rebels full"]);
}
