//! An almanac column ("On this day — 26 November"): its entries open with a year ("**2016** —
//! …") and are of the title's day in that year.

use super::dates::{find_dates_in_order, DateKind, DateMention, DayOrder};
use super::tokens::tokenize;
use chrono::NaiveDate;

/// Titles of an almanac column, whose entries are the same day of other years.
const ALMANAC_TITLES: &[&str] = &[
    "on this day",
    "this day in history",
    "today in history",
    "on this date",
    "this date in history",
];
/// How many of a text's first non-empty lines may carry an almanac's title.
const ALMANAC_TITLE_LINES: usize = 3;

/// "# On this day — 26 November": the month and day of an almanac column, named in a title near
/// the top with no year.
pub fn title_day(text: &str) -> Option<(u32, u32)> {
    let mut at = 0;
    let mut lines = 0;
    for line in text.split_inclusive('\n') {
        let span = at..at + line.trim_end().len();
        at += line.len();
        if line.trim().is_empty() {
            continue;
        }
        lines += 1;
        if lines > ALMANAC_TITLE_LINES {
            break;
        }
        let lower = line.to_lowercase();
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
