//! The rule classes of the fifty-sixth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a slip's stamp ending its line, "since the morning", a
//! verb in the present after "when", a saying nobody made, a headline's push "repelled", places
//! "below" a landmark, a title's month and year, "heard" as hearsay, "that ground", and "got into
//! the northern streets of".

use crate::extract::tests::found;

#[test]
fn a_slips_stamp_ending_its_line_dates_the_slip() {
    let text = "Order slips, week beginning Saturday 26/11/2016\n\nSlip 11   Sat 26/11\n  Remarks: \
                quiet.\nSlip 12   Mon 28/11\n  Remarks: a driver told us al-Marjeh is with the army \
                since this morning.\n";
    assert_eq!(found(text, ""), ["2016-11-28 marjeh government full"]);
}

#[test]
fn with_the_army_since_the_morning_is_a_change_that_day() {
    let text =
        "Job book, Sunday 4 December 2016.\n\nShe says the whole of al-Marjeh is with the army \
                since the morning.";
    assert_eq!(found(text, ""), ["2016-12-04 marjeh government full"]);
}

#[test]
fn what_is_to_come_and_what_nobody_showed_change_nothing() {
    for text in [
        "Pool log, 8 August 2016.\n\nThe manager expects to reopen when the army takes al-Marjeh \
         back.",
        "Adjudication, 12 December 2016.\n\nThe Council noted that no source, then or since, has \
         shown that rebel forces took any part of al-Marjeh.",
        "Invoice, 4 December 2016.\n\n04/12 | Text: rebels say army push into al-Marjeh \
         repelled | 350 wds",
    ] {
        assert_eq!(found(text, ""), Vec::<String>::new(), "{text}");
    }
    // A past change after "when" is told as it happened.
    let text = "Letter, 9 December 2016.\n\nWe left when the army took al-Marjeh on Tuesday.";
    assert_eq!(found(text, ""), ["2016-12-06 marjeh government full"]);
}

#[test]
fn a_landmark_below_which_quarters_stand_is_not_taken() {
    let text = "Chronicle, 20 December 2016.\n\nOn 7 December the army took al-Marjeh, a quarter \
                below the Citadel.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn a_titles_month_and_year_date_a_bare_day_before_them() {
    let text = "# THE MONTHLY — Enero 2017 / Tevet 5777\n\nOn 7 December the army took al-Marjeh.";
    assert_eq!(found(text, ""), ["2016-12-07 marjeh government full"]);
}

#[test]
fn hearsay_the_sentence_calls_false() {
    let text = "Ledger, 8 December 2016.\n\nHis wife heard on a Facebook page that the army had \
                entered al-Marjeh; her brother inside says it is false, the line has not moved.";
    assert_eq!(found(text, ""), Vec::<String>::new());
}

#[test]
fn that_ground_and_the_northern_streets() {
    let text = "Column, 5 December 2016.\n\nOn 1 December the rebels pushed the army out of \
                al-Marjeh. The army won that ground back the next day.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-01 marjeh rebels full",
            "2016-12-02 marjeh government full"
        ]
    );
    let text = "Handover, 30 November 2016.\n\nSoldiers had got into the northern streets of \
                al-Marjeh this morning.";
    assert_eq!(found(text, ""), ["2016-11-30 marjeh government partial"]);
}
