//! The days of weeks, months, seasons and parts of them, by the calendar alone.

use super::*;

/// The Saturday of the weekend `day` is in, else of the next one (`onward`) or of the last one.
pub(super) fn weekend_from(day: NaiveDate, onward: bool) -> NaiveDate {
    let wd = i64::from(day.weekday().num_days_from_monday());
    match wd {
        5 => day,
        6 => day - Duration::days(1),
        _ if onward => day + Duration::days(5 - wd),
        _ => day - Duration::days(wd + 2),
    }
}

/// The calendar month (`month`) or the Monday-to-Sunday week before the one of `own`.
pub(super) fn last_period(
    own: NaiveDate,
    month: bool,
) -> Option<(NaiveDate, NaiveDate, DatePrecision)> {
    if month {
        let months = own.year() * 12 + own.month0() as i32 - 1;
        let (y, m) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
        let (from, to) = month_part(y, m, 0)?;
        return Some((from, to, DatePrecision::Month));
    }
    let monday = own - Duration::days(i64::from(own.weekday().num_days_from_monday()));
    let from = monday - Duration::days(7);
    Some((from, from + Duration::days(6), DatePrecision::Span))
}

/// "in the evening", "overnight", "that night": a part of one day.
pub(super) fn is_time_of_day(phrase: &str) -> bool {
    let p = phrase.to_lowercase();
    ["morning", "afternoon", "evening", "night"]
        .iter()
        .any(|w| p.contains(w))
}

pub(super) fn day_basis(d: NaiveDate) -> String {
    format!("the last day told of, {}", d.format("%-d %b %Y"))
}

/// The `nth` (1–4; 5 the last) `weekday` of a month.
pub(super) fn nth_weekday(y: i32, month: u32, weekday: Weekday, nth: u8) -> Option<NaiveDate> {
    if nth >= 5 {
        let (_, end) = month_part(y, month, 0)?;
        let back = (end.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
        return Some(end - Duration::days(i64::from(back)));
    }
    NaiveDate::from_weekday_of_month_opt(y, month, weekday, nth)
}

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A year or a third of it ("early 2013": January to April), and how precise that is.
pub(super) fn year_part(year: i32, part: u8) -> Option<(NaiveDate, NaiveDate, DatePrecision)> {
    let (from, to) = match part {
        1 => (ymd(year, 1, 1)?, ymd(year, 4, 30)?),
        2 => (ymd(year, 5, 1)?, ymd(year, 8, 31)?),
        3 => (ymd(year, 9, 1)?, ymd(year, 12, 31)?),
        _ => (ymd(year, 1, 1)?, ymd(year, 12, 31)?),
    };
    let precision = if part == 0 {
        DatePrecision::Year
    } else {
        DatePrecision::Span
    };
    Some((from, to, precision))
}

pub(super) fn month_part(y: i32, month: u32, part: u8) -> Option<(NaiveDate, NaiveDate)> {
    let first = ymd(y, month, 1)?;
    let next = if month == 12 {
        ymd(y + 1, 1, 1)?
    } else {
        ymd(y, month + 1, 1)?
    };
    let end = next - Duration::days(1);
    Some(match part {
        1 => (first, ymd(y, month, 10)?),
        2 => (ymd(y, month, 11)?, ymd(y, month, 20)?),
        3 => (ymd(y, month, 21)?, end),
        // Weeks: the first to the third, and the last (to the month's end).
        4 => (first, ymd(y, month, 7)?),
        5 => (ymd(y, month, 8)?, ymd(y, month, 14)?),
        6 => (ymd(y, month, 15)?, ymd(y, month, 21)?),
        7 => (end - Duration::days(6), end),
        _ => (first, end),
    })
}
