//! A diary's entry headings: a line that is nothing but a day ("Thursday 24th", "Saturday night",
//! "Sunday", "Monday 28th") or a month ("November 2016", "December"), read forward from the entry
//! before it, as a diary is written.

use super::{day_of, long_foreign_month, month_of, year_of, WEEKDAYS};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Words an entry heading may hold besides its date words.
const TIMES_OF_DAY: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "noon",
    "dawn",
    "midnight",
    "late",
    "early",
    "the",
    "of",
];
/// The most words an entry heading holds.
const MAX_WORDS: usize = 5;

/// Weekdays as a diary's heading shortens them ("Sat 26 Nov"), read only on a line of date words
/// (and as a line's opening stamp, [`super::absolute`]).
pub(super) const WEEKDAY_ABBREVIATIONS: &[(&str, Weekday)] = &[
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// What a heading line names.
#[derive(Default)]
struct Named {
    weekday: Option<chrono::Weekday>,
    day: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
}

/// The day a heading line stands for, counted forward from the entry before (`after`); None when
/// the line is not such a heading. A month alone stands for its first day. A day and month before
/// `after` is of the next year, unless that is after the text was `written` or falls on another
/// weekday than the line names ("Saturday, November 26th" under an export of 29 November 2016).
pub fn diary_heading(
    line: &str,
    after: Option<NaiveDate>,
    written: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let named = read(line)?;
    let anchor = after;
    let year = named
        .year
        .or_else(|| anchor.map(|a| a.year()))
        .filter(|y| (1900..=2100).contains(y))?;
    match (named.month, named.day) {
        (Some(month), day) => {
            let date = NaiveDate::from_ymd_opt(year, month, day.unwrap_or(1))?;
            let next = NaiveDate::from_ymd_opt(year + 1, month, day.unwrap_or(1))?;
            // "December" after an entry of November is this year's; "January" then is next year's.
            let weekday_fits = |d: NaiveDate| named.weekday.is_none_or(|w| d.weekday() == w);
            let rolls = named.year.is_none()
                && anchor.is_some_and(|a| date < a)
                && written.is_none_or(|w| next <= w)
                && (weekday_fits(next) || !weekday_fits(date));
            // "### Saturday 3 December" in a notebook whose last date is a copy's "March 2017":
            // the year before, when only its day falls on the weekday named.
            let before = NaiveDate::from_ymd_opt(year - 1, month, day.unwrap_or(1))?;
            let back = named.year.is_none()
                && named.weekday.is_some()
                && !rolls
                && !weekday_fits(date)
                && weekday_fits(before);
            Some(if rolls {
                next
            } else if back {
                before
            } else {
                date
            })
        }
        (None, Some(day)) => {
            let a = anchor?;
            let this = NaiveDate::from_ymd_opt(a.year(), a.month(), day);
            match this.filter(|d| *d >= a) {
                Some(d) => Some(d),
                None => next_month_day(a, day),
            }
        }
        (None, None) => {
            let (a, weekday) = (anchor?, named.weekday?);
            let ahead = (7 + weekday.num_days_from_monday() as i64
                - a.weekday().num_days_from_monday() as i64)
                % 7;
            Some(a + Duration::days(if ahead == 0 { 7 } else { ahead }))
        }
    }
}

/// "6/12", "05.12.2016", "5/12/16": a day and month written with numbers, day first, and the year
/// when written.
fn numeric_day(chunk: &str) -> Option<(u32, u32, Option<i32>)> {
    let chunk = chunk.trim_end_matches('.');
    let parts: Vec<&str> = chunk.split(['/', '.']).collect();
    if !(2..=3).contains(&parts.len())
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (day, month): (u32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    if parts[0].len() > 2 || parts[1].len() > 2 || !(1..=31).contains(&day) {
        return None;
    }
    if !(1..=12).contains(&month) {
        return None;
    }
    let year = match parts.get(2) {
        None => None,
        Some(y) if y.len() == 4 => Some(year_of(y)?),
        Some(y) if y.len() == 2 => Some(2000 + y.parse::<i32>().ok()?),
        Some(_) => return None,
    };
    Some((day, month, year))
}

/// Day `day` of the month after `a`'s.
fn next_month_day(a: NaiveDate, day: u32) -> Option<NaiveDate> {
    let (y, m) = if a.month() == 12 {
        (a.year() + 1, 1)
    } else {
        (a.year(), a.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, day)
}

/// The date words of a heading line; None when it holds any other word, too many, or neither a
/// weekday nor a month. A numeric day ("TUE 6/12", "Mon 05/12/2016") gives its day and month; a
/// month may be another language's ("Julho").
fn read(line: &str) -> Option<Named> {
    let mut named = Named::default();
    let mut words: Vec<String> = Vec::new();
    for chunk in line.split(|c: char| c.is_whitespace() || c == ',') {
        if let Some((day, month, year)) = numeric_day(chunk) {
            if named.day.is_some() {
                return None;
            }
            (named.day, named.month, named.year) = (Some(day), Some(month), year.or(named.year));
            continue;
        }
        words.extend(
            chunk
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase),
        );
    }
    if (words.is_empty() && named.day.is_none()) || words.len() > MAX_WORDS {
        return None;
    }
    for w in &words {
        let weekday = WEEKDAYS
            .iter()
            .chain(WEEKDAY_ABBREVIATIONS)
            .find(|(name, _)| name == w);
        if let Some(&(_, d)) = weekday {
            named.weekday = Some(d);
        } else if let Some(m) = month_of(w).or_else(|| long_foreign_month(w)) {
            named.month = Some(m);
        } else if let Some(y) = year_of(w) {
            named.year = Some(y);
        } else if let Some(d) = day_of(w) {
            // Two numbers that are no numeric date ("12 30") are no heading.
            if named.day.is_some() {
                return None;
            }
            named.day = Some(d);
        } else if !TIMES_OF_DAY.contains(&w.as_str()) {
            return None;
        }
    }
    (named.weekday.is_some() || named.month.is_some()).then_some(named)
}
