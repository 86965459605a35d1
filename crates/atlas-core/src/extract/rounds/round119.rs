//! The rule classes of the hundred-and-nineteenth round of issue 17, on sentences written for
//! these tests (none copied from a held-out report): "the brigades" are the rebels' as "the
//! factions" are; a side that "has all of" a place now or since an hour took it, but one that
//! has it with nothing dating it tells how things stand; "Wed 7/9/16", a day and month of one
//! digit after a weekday, before a year of two.

use crate::extract::tests::found;

#[test]
fn the_brigades_are_the_rebels() {
    let text = "Diary, 20 July 2012\n\nThe brigades took the whole of Salah ad-Din today.";
    assert_eq!(found(text, ""), ["2012-07-20 salah-ad-deen rebels full"]);
}

#[test]
fn a_side_that_has_all_of_a_place_now_took_it() {
    let text = "Diary, Mon 28 Nov 2016\n\nThe army has all of al-Haydariyeh now.";
    assert_eq!(found(text, ""), ["2016-11-28 haydariyeh government full"]);
    let text = "Diary, Mon 28 Nov 2016\n\nHaydariyeh: the army has all of it since noon.";
    assert_eq!(found(text, ""), ["2016-11-28 haydariyeh government full"]);
    // Nothing dates it: how things stand.
    let text = "Diary, Mon 28 Nov 2016\n\nThe army has all of al-Haydariyeh.";
    assert!(found(text, "").is_empty(), "{:?}", found(text, ""));
}

#[test]
fn a_short_date_after_a_weekday_may_write_its_day_and_month_in_one_digit() {
    let text = "Notebook, typed copy made 4 February 2019\n\nWed 7/9/16: the army took the \
                whole of Tariq al-Bab.";
    assert_eq!(found(text, ""), ["2016-09-07 tariq-al-bab government full"]);
}
