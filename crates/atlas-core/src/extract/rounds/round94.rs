//! The rule classes of the ninety-fourth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): "beat back a push into"; a thing "held ready"; shells
//! that fell; a time in a zone of the United States makes numeric dates month first.

use crate::extract::tests::found;

#[test]
fn a_push_beaten_back_takes_nothing() {
    let text = "Log, 7 December 2016. REBEL COMMANDERS SAY THEY BEAT BACK AN ARMY PUSH INTO \
                SALAH AL-DIN THIS MORNING.";
    assert!(found(text, "").is_empty());
}

#[test]
fn a_tanker_held_ready_and_shells_that_fell_change_nothing() {
    let held = "Sheet, 1 December 2016. Tanker for Sheikh Saeed to be held ready but not sent.";
    assert!(found(held, "").is_empty());
    let fell = "Register, 15 November 2016. (flat, al-Midan) shells fell on the building on \
                Monday night.";
    assert!(found(fell, "").is_empty());
}

#[test]
fn an_airdate_in_eastern_time_is_month_first() {
    let text = "PROGRAM: EVENING NEWS HOUR\nAIRDATE: 12/07/2016  18:00 ET\n\n\
                00:00:12;29  >> SYRIAN TROOPS TODAY TOOK FULL CONTROL OF SHEIKH LUTFI.";
    assert_eq!(found(text, ""), ["2016-12-07 sheikh-lutfi government full"]);
}
