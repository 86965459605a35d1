//! The rule classes of the sixty-seventh round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a side "in part of" or "inside" a place since a time of
//! today, "this very morning", "passed into the hands of", the place "whose quarter" changed
//! hands, and the day closing a wire's slug.

use crate::extract::dates::{find_dates, DateKind};
use crate::extract::tests::found;
use crate::extract::tokens::tokenize;

#[test]
fn a_side_in_part_of_a_place_since_a_time_of_today() {
    let text = "Job book, Monday 5 December 2016.\n\nThe army took al-Maadi at dawn. He says the \
                army has been in part of al-Marjeh since midday.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-05 maadi government full",
            "2016-12-05 marjeh government partial"
        ]
    );
    // Not a side inside a place for years.
    let text = "Job book, Monday 5 December 2016.\n\nRebels are inside al-Marjeh, as they have \
                been for years.";
    assert!(found(text, "").is_empty());
}

#[test]
fn the_place_whose_quarter_passed_into_the_hands_of_a_side_this_very_morning() {
    let text = "Intercessions, Sunday 4 December 2016.\n\nFor the people of al-Marjeh, whose \
                quarter passed into the hands of the army this very morning: that they may find \
                their homes standing.";
    assert_eq!(found(text, ""), ["2016-12-04 marjeh government full"]);
}

#[test]
fn a_wires_end_slug_closes_with_its_day() {
    let text = "(END) AP-WS-12-12-16 1447EST";
    let dates = find_dates(text, &tokenize(text, 0..text.len()));
    assert_eq!(dates.len(), 1);
    assert_eq!(
        dates[0].kind,
        DateKind::Day {
            day: 12,
            month: 12,
            year: Some(2016)
        }
    );
    // Not a code whose parts are not all of two digits ("WM7-0043391").
    let text = "Serial: WM7-0043391, Form TL-16-1187";
    assert!(find_dates(text, &tokenize(text, 0..text.len())).is_empty());
}
