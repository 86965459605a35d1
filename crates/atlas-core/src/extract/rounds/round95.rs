//! The rule classes of the ninety-fifth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): an issue tracker's "27/Nov/16 18:32" stamps; a claim the
//! next sentence finds to rest on old footage.

use crate::extract::tests::found;

#[test]
fn a_trackers_stamp_dates_its_today() {
    let text = "[AMP-412] Update polygon status\n\
                Created: 27/Nov/16 09:12   Updated: 28/Nov/16 17:40\n\n\
                Confirmed now: the army captured Jabal Badro today.\n";
    assert_eq!(found(text, ""), ["2016-11-27 jabal-badro government full"]);
}

#[test]
fn a_claim_on_old_footage_in_the_next_sentence_reports_nothing() {
    let text =
        "Ticket, 28 November 2016.\n\nA pro-government Telegram channel says al-Sakhour fell \
                overnight. Checked: the video is old footage from Hanano.";
    assert!(found(text, "").is_empty());
}
