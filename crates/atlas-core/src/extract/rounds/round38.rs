//! The rule classes of the thirty-eighth round of issue 17, on sentences written for these tests
//! (none copied from a held-out report): a part of the day before "of" and a date; "the previous
//! Monday"; a relative clause after a name with a preposition before it; a place restored to the
//! authority of the State, or fallen under a side's control; the wording an errata slip strikes;
//! "a-" as an article; "whoever holds"; numeric dates written month first; a change "between" two
//! days; a point after a closing bracket; a report's "states that".

use crate::extract::dates::{day_order, DayOrder};
use crate::extract::tests::found;

#[test]
fn a_part_of_the_day_before_of_and_a_date_is_that_dates() {
    let text =
        "INTSUM, 30 November 2016. Pro-government forces took the whole of al-Marjeh in the \
                morning of 28 Nov.";
    assert_eq!(
        found(text, "2016-11-30"),
        ["2016-11-28 marjeh government full"]
    );
}

#[test]
fn the_previous_weekday_counts_back_from_the_last_date() {
    // 8 December 2016 was a Thursday: the Monday before it was the 5th.
    let text =
        "Letter of 20 December 2016. On 8 December 2016 she filed from al-Marjeh, which the \
                army had taken the previous Monday.";
    assert_eq!(
        found(text, "2016-12-20"),
        ["2016-12-05 marjeh government full"]
    );
}

#[test]
fn a_place_restored_to_the_state_or_fallen_under_control_changes_hands() {
    let text = "Notice of 1 January 2017. The neighbourhood of al-Marjeh was restored to the \
                authority of the State on 7/12/2016. Al-Jalloum fell under the control of the \
                armed groups on 5 August 2012.";
    assert_eq!(
        found(text, "2017-01-01"),
        [
            "2016-12-07 marjeh government full",
            "2012-08-05 jalloum rebels full"
        ]
    );
}

#[test]
fn the_wording_an_errata_slip_strikes_reports_nothing() {
    let text =
        "Errata, 1 March 2017.\n\np. 57, l. 3: for \"the army retook al-Jalloum on 28 November \
                2016\" read \"the army retook al-Marjeh on 28 November 2016\".";
    assert_eq!(
        found(text, "2017-03-01"),
        ["2016-11-28 marjeh government full"]
    );
}

#[test]
fn a_as_an_article_and_whoever_holds() {
    let text =
        "Analysis, 30 July 2012. On 23 July 2012 the Free Syrian Army took control of Salah \
                a-Din. A senior officer said that whoever holds al-Marjeh holds the road.";
    assert_eq!(
        found(text, "2012-07-30"),
        ["2012-07-23 salah-ad-deen rebels full"]
    );
}

#[test]
fn numeric_dates_are_read_month_first_where_the_text_writes_them_so() {
    assert_eq!(day_order("Date: 08/15/2012 07:20"), DayOrder::MonthFirst);
    assert_eq!(
        day_order("Dates are shown as month/day/year."),
        DayOrder::MonthFirst
    );
    assert_eq!(
        day_order("on 15/08/2012 and 08/09/2012"),
        DayOrder::DayFirst
    );
    assert_eq!(day_order("on 08/09/2012"), DayOrder::DayFirst);
    let text = "Reports list\nDates are shown as month/day/year.\n\n#4411 Army back in al-Marjeh\n\
                Date: 08/09/2012 10:35\nDescription: The army took most of al-Marjeh this morning.";
    assert_eq!(found(text, ""), ["2012-08-09 marjeh government partial"]);
}

#[test]
fn a_change_between_two_days_is_dated_by_the_second() {
    let text =
        "Judgment of 9 June 2020. Between 28 July and 3 August 2012 armed opposition groups \
                took control of al-Marjeh.";
    assert_eq!(found(text, "2020-06-09"), ["2012-08-03 marjeh rebels full"]);
}

#[test]
fn a_point_after_a_closing_bracket_ends_the_sentence() {
    let text = "Records. Three in the orchard, 19 Dec 2016 (M.D.). Government troops completed \
                the capture of al-Marjeh on 12 Dec 2016.";
    assert_eq!(found(text, ""), ["2016-12-12 marjeh government full"]);
}

#[test]
fn a_reports_states_that_opens_what_it_states() {
    let text = "Judgment of 9 June 2020. The report states that al-Marjeh fell to the army on \
                5 December 2016.";
    assert_eq!(
        found(text, "2020-06-09"),
        ["2016-12-05 marjeh government full"]
    );
}
