//! The rule classes of the hundred-and-fourth round of issue 17, on sentences written for these
//! tests (none copied from a held-out report): a day and month before their weekday ("22.05
//! (Thursday)"); "Dec, 13, 2016"; an order to take a place is no change; "were also in part of".

use crate::extract::tests::found;

#[test]
fn a_dotted_day_before_its_weekday_is_a_date() {
    let text = "Register, May 2014\n\n20.05 (Tuesday). Quiet.\n21.05 (Wednesday). In the \
                afternoon the army took back the whole of Sheikh Najjar.";
    assert_eq!(
        found(text, ""),
        ["2014-05-21 sheikh-najjar government full"]
    );
}

#[test]
fn a_comma_after_the_months_abbreviation() {
    let text = "Army takes al-Shaar\n\nDec, 7, 2016 - 09:10 local time\n\nThe army took \
                al-Shaar yesterday, military sources said.";
    assert_eq!(found(text, ""), ["2016-12-06 shaar government full"]);
}

#[test]
fn an_order_to_take_a_place_is_no_change() {
    let text = "Transcript, 22 May 2014.\n\nWITNESS: My unit was told to storm al-Layramoun \
                next.";
    assert!(found(text, "").is_empty());
}

#[test]
fn were_also_in_part_of_is_a_partial_change() {
    let text = "Letter of 30 November 2016.\n\nYesterday the soldiers went into the south of \
                Sheikh Saeed, and by evening they were also in part of al-Sukkari.";
    assert_eq!(
        found(text, ""),
        [
            "2016-11-29 sheikh-saeed government partial",
            "2016-11-29 sukkari government partial"
        ]
    );
}
