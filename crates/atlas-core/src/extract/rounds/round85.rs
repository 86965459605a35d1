//! The rule classes of the eighty-fifth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): an iCalendar event's "DTSTAMP" dates its description; a
//! verdict in capitals closing a later cell of a table's row.

use crate::extract::tests::found;

#[test]
fn an_icalendar_stamp_dates_the_events_description() {
    let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\n\
                DTSTAMP:20161129T101500Z\n\
                DTSTART:20161205T093000\n\
                SUMMARY:Visit (cancelled)\n\
                DESCRIPTION:Cancelled. The army took al-Haydariyeh yesterday.\n\
                END:VEVENT\nEND:VCALENDAR\n";
    assert_eq!(found(text, ""), ["2016-11-28 haydariyeh government full"]);
}

#[test]
fn a_verdict_in_capitals_closing_a_later_cell_undoes_the_row() {
    let text = "Tracker, 13 December 2016\n\n\
                | Item | Claim | Source | Check |\n\
                |---|---|---|---|\n\
                | 4 | Army took al-Haydariyeh today. | Telegram | Post deleted; SOHR denies. \
                FALSE |\n";
    assert!(found(text, "").is_empty());
}
