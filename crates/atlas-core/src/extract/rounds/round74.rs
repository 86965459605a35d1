//! The rule classes of the seventy-fourth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a side put out again by another in the same sentence; an
//! infinitive after "volunteered"; a plural reference to places people came from; a remark opened
//! by a table row's number is of that row's day; what one "will not forget" is past; the day a
//! stretch ran "until, when" dates what happened then.

use crate::extract::tests::found;

#[test]
fn an_advance_another_side_pushed_out_again_reports_nothing() {
    let text = "Friday 27 July 2012\n\n\
                Neighbours say the rebels went into part of Salah ad-Deen last night and the army \
                threw them out before dawn.";
    assert!(found(text, "").is_empty());
}

#[test]
fn an_advance_pushed_out_on_a_day_of_its_own_still_happened() {
    let text = "Friday 27 July 2012\n\n\
                The rebels went into part of Salah ad-Deen on Tuesday and the army drove them out \
                on Thursday.";
    assert_eq!(found(text, ""), ["2012-07-24 salah-ad-deen rebels partial"]);
}

#[test]
fn volunteering_to_enter_a_place_is_no_change() {
    let text = "Staff file, 9 December 2016\n\n\
                Karm Homad came back under army control on Sunday 4 December 2016, and the \
                engineer volunteered to enter it with the first team.";
    assert_eq!(found(text, ""), ["2016-12-04 karm-homad government full"]);
}

#[test]
fn both_quarters_point_back_to_the_places_people_came_from() {
    let text = "Shelter log, Monday 12 December 2016\n\n\
                Forty families reached us from al-Ferdous and Bab al-Maqam. They say the army took \
                both quarters today.";
    assert_eq!(
        found(text, ""),
        ["2016-12-12 fardos+bab-al-maqam government full"]
    );
}

#[test]
fn a_remark_opened_by_a_rows_number_is_of_that_rows_day() {
    let text = "| No. | Date | Visitor |\n\
                |-----|------|---------|\n\
                | 207 | Sun 27.11.2016 | A. H. |\n\
                | 208 | Tue 29.11.2016 | M. S. |\n\n\
                Remarks\n\n\
                **207.** Mr A. H. said the army took Jabal Badro this morning.";
    assert_eq!(found(text, ""), ["2016-11-27 jabal-badro government full"]);
}

#[test]
fn what_one_will_not_forget_is_past() {
    let text = "Composition, Friday 16 December 2016\n\n\
                The day I will never forget is Tuesday, the sixth of December. At noon my father \
                said that the army took back al-Jalloum.";
    assert_eq!(found(text, ""), ["2016-12-06 jalloum government full"]);
}

#[test]
fn a_day_a_stretch_ran_until_dates_what_happened_when_it_ended() {
    let text = "Registry note, 20 December 2016\n\n\
                The quarter of al-Maadi was outside the authority of the State until 08/12/2016, \
                when it returned to State authority.";
    assert_eq!(found(text, ""), ["2016-12-08 maadi government full"]);
}
