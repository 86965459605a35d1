//! The rule classes of the seventy-sixth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a feed item's "updateDate"; "is under the army since";
//! "their quarter" after the place people came from; a time things are compared with is no date
//! of the change; a notice pinned under a stamp with its label.

use crate::extract::tests::found;

#[test]
fn a_feed_items_update_date_dates_its_text() {
    let text = r#"[
  {"updateDate": "2016-12-06T06:00:00.0Z", "mainText": "Good morning. Troops took al-Jalloum yesterday."},
  {"updateDate": "2016-12-08T06:00:00.0Z", "mainText": "Good morning. Troops took al-Maadi yesterday."}
]"#;
    assert_eq!(
        found(text, ""),
        [
            "2016-12-05 jalloum government full",
            "2016-12-07 maadi government full"
        ]
    );
}

#[test]
fn under_the_army_since_this_afternoon_is_a_change_today() {
    let text = "Forum post, Wednesday 7 December 2016\n\n\
                My cousin says all of Bab al-Nayrab is under the army since this afternoon.";
    assert_eq!(found(text, ""), ["2016-12-07 muhammad-bek government full"]);
}

#[test]
fn their_quarter_is_the_place_people_came_from() {
    let text = "Notice, Monday 5 December 2016\n\n\
                Two families have come to us from Dahret Awwad. Their quarter came wholly under \
                army control yesterday.";
    assert_eq!(found(text, ""), ["2016-12-04 dahret-awwad government full"]);
}

#[test]
fn a_time_things_are_compared_with_does_not_date_the_next_sentence() {
    let text = "Monday 5 December 2016\n\n\
                The army on Sunday took Karm Homad, leaving the rebels less than half of what they \
                held a week ago. Troops also pushed into part of al-Sha'ar.";
    assert_eq!(
        found(text, ""),
        [
            "2016-12-04 karm-homad government full",
            "2016-12-04 shaar government partial"
        ]
    );
}

#[test]
fn a_notice_pinned_under_a_labelled_stamp_is_of_its_day() {
    let text = "NOTICE BOARD\n\n\
                [pinned Sat 03/12/2016]\nWater on Monday.\n\n\
                [pinned Tue 06/12/2016]\nThe Kayali family came from al-Maadi. The army took \
                their quarter yesterday.";
    assert_eq!(found(text, ""), ["2016-12-05 maadi government full"]);
}
