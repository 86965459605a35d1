//! The rule classes of the hundred-and-eleventh round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): "now" inside a holding's phrase ("is now under the
//! army") and a holding "fully with" a side; a passive change with no agent read against the
//! changes the dataset records; a ledger's date in figures followed by one space; a short line
//! closed by a colon that names a day; the weekdays of a week a sheet says it covers; and people
//! "taken to" a place.

use super::round32::found_knowing;
use crate::extract::tests::found;

#[test]
fn now_inside_a_holding_and_fully_with_a_side_date_it() {
    let text = "Monday 12 December 2016.\n\nBab al-Nayrab is now under the army.";
    assert_eq!(found(text, ""), ["2016-12-12 muhammad-bek government full"]);
    let text = "Monday 28 November 2016.\n\nJabal Badro is fully with the army since this morning.";
    assert_eq!(found(text, ""), ["2016-11-28 jabal-badro government full"]);
    // Without a word that makes it new, a holding is how things stand.
    let text = "Monday 12 December 2016.\n\nBab al-Nayrab is under the army.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_passive_change_with_no_agent_goes_to_the_side_recorded_taking_the_place() {
    let army_took_it = [("qadi-askar", "2016-12-05", "government")];
    let text = "Monday 5 December 2016.\n\nQadi Askar fully taken this morning, all of it.";
    assert_eq!(
        found_knowing(text, "", &army_took_it),
        ["2016-12-05 qadi-askar government full"]
    );
    // Not in a clause of "before", nor without the record.
    let text = "Monday 5 December 2016.\n\nWe left two days before Qadi Askar was taken.";
    assert!(found_knowing(text, "", &army_took_it).is_empty());
    let text = "Monday 5 December 2016.\n\nQadi Askar fully taken this morning, all of it.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_ledger_date_in_figures_before_one_space_opens_an_entry() {
    let text = "Order book, 2012\n\n8.8.2012  Order 311 - not collected.\n\n11.8.2012 Order 313 \
                cancelled.\nHe said the Free Army took the whole of Salah al-Din yesterday.";
    assert_eq!(found(text, ""), ["2012-08-10 salah-ad-deen rebels full"]);
}

#[test]
fn a_short_line_closed_by_a_colon_heads_the_lines_under_it_with_its_day() {
    let text = "Round sheet, 20 Nov 2016\n\nSat 26 Nov: quiet.\n\nExtra lines, Sunday \
                27th:\nThe army took Jabal Badro this morning.";
    assert_eq!(found(text, ""), ["2016-11-27 jabal-badro government full"]);
}

#[test]
fn weekday_rows_fall_in_the_week_a_sheet_covers() {
    let text = "Round sheet no. 4   Week: Sun 20 Nov - Sat 26 Nov 2016\n\nDay | Remarks\nSun | \
                Quiet.\nMon | Quiet.\nThu | The army took Jabal Badro today.\nSat | Quiet.";
    assert_eq!(found(text, ""), ["2016-11-24 jabal-badro government full"]);
}

#[test]
fn people_taken_to_a_place_are_carried_there() {
    let text = "Monday 28 November 2016.\n\nFamilies came over from the east; the Red Crescent \
                is taking them to Jibreen.";
    assert!(found(text, "").is_empty());
}
