//! Columns whose title dates what is under it: an almanac ("On this day — 26 November"), whose
//! entries open with a year ("**2016** — …") and are of the title's day in that year; a week in
//! review or a diary of a week, whose weekday headings are of the week before it was published.

use super::dates::{find_dates_in_order, DateKind, DateMention, DayOrder};
use super::tokens::tokenize;
use chrono::NaiveDate;
use std::ops::Range;

/// Titles of an almanac column, whose entries are the same day of other years.
const ALMANAC_TITLES: &[&str] = &[
    "on this day",
    "this day in history",
    "today in history",
    "on this date",
    "this date in history",
];
/// How many of a text's first non-empty lines may carry a column's title.
const TITLE_LINES: usize = 3;

/// "# On this day — 26 November": the month and day of an almanac column, named in a title near
/// the top with no year.
pub fn title_day(text: &str) -> Option<(u32, u32)> {
    for span in title_lines(text) {
        let lower = text[span.clone()].to_lowercase();
        if !ALMANAC_TITLES.iter().any(|t| lower.contains(t)) {
            continue;
        }
        let toks = tokenize(text, span);
        let days: Vec<DateMention> = find_dates_in_order(text, &toks, DayOrder::DayFirst);
        if let [m] = days.as_slice() {
            if let DateKind::Day {
                day,
                month,
                year: None,
            } = m.kind
            {
                return Some((month, day));
            }
        }
    }
    None
}

/// "**2016** — Syrian government troops captured X", "1942: …": the year an almanac's entry
/// opens its line with.
fn entry_year(line: &str) -> Option<i32> {
    let rest =
        line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '-' | '•'));
    let digits = rest
        .get(..4)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let year: i32 = digits.parse().ok()?;
    let after = rest[4..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let opens = after.starts_with(['—', '–', '-', ':']);
    (opens && (1000..=2100).contains(&year)).then_some(year)
}

/// The day an almanac's entry is of: the title's month and day in the year its line opens with.
pub fn entry_day(title: (u32, u32), line: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(entry_year(line)?, title.0, title.1)
}

/// The spans of a text's first [`TITLE_LINES`] non-empty lines.
fn title_lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    text.split_inclusive('\n')
        .map(move |line| {
            let span = at..at + line.trim_end().len();
            at += line.len();
            span
        })
        .filter(|span| !text[span.clone()].trim().is_empty())
        .take(TITLE_LINES)
}

/// "## THE WEEK IN REVIEW", "# My media week" over "**Monday**" … "**Saturday**": whether the
/// text's title names a week, so its weekday headings are of the week before its date, not the
/// next.
pub fn reviews_past_week(text: &str) -> bool {
    title_lines(text).any(|span| {
        text[span]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("week"))
    })
}
