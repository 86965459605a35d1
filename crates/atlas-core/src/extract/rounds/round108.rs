//! The rule classes of the hundred-and-eighth round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a capitalised weekday's abbreviation opening a
//! line is its day ("Mon  Army takes X"), not "Sat on the wall".

use crate::extract::tests::found;

#[test]
fn a_weekdays_abbreviation_opening_a_line_dates_it() {
    let text = "THE WEEK AT A GLANCE\n(sidebar, Sunday edition, 4 December 2016)\n\nMon  Army \
                takes al-Sakhour.\nFri  Tariq al-Bab falls.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-28 sakhour+sakhour-i government full",
            "2016-12-02 tariq-al-bab government full"
        ]
    );
}

#[test]
fn a_verb_spelt_like_an_abbreviation_is_no_day() {
    let text = "Diary, 4 December 2016.\n\nSat on the wall all day. The army took al-Sakhour.";
    assert_eq!(
        found(text, ""),
        ["2016-12-04 sakhour+sakhour-i government full"]
    );
}
