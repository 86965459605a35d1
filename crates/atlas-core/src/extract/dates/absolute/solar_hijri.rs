//! Solar Hijri dates, as Persian texts write them ("۶ آذر ۱۳۹۵", "7 Azar 1395"): read as the
//! Common Era's day. A day and month without a year ("۷ آذر") take the year of the last Solar
//! Hijri date written before them in the text; with none, they are no date.

use super::*;
use crate::extract::tokens::tokenize;
use crate::model::source::ceil_char_boundary;

/// The months, in Persian letters and in Latin (the Latin ones only with a year: "Azar" and
/// "Bahman" are names too).
const MONTHS: &[(&str, u32)] = &[
    ("فروردین", 1),
    ("اردیبهشت", 2),
    ("خرداد", 3),
    ("تیر", 4),
    ("مرداد", 5),
    ("امرداد", 5),
    ("شهریور", 6),
    ("مهر", 7),
    ("آبان", 8),
    ("آذر", 9),
    ("دی", 10),
    ("بهمن", 11),
    ("اسفند", 12),
];
const LATIN_MONTHS: &[(&str, u32)] = &[
    ("farvardin", 1),
    ("ordibehesht", 2),
    ("khordad", 3),
    ("mordad", 5),
    ("shahrivar", 6),
    ("aban", 8),
    ("azar", 9),
    ("bahman", 11),
    ("esfand", 12),
];

/// The years the 33-year rule of leap years below holds for (1961 to 2041).
const YEARS: std::ops::RangeInclusive<i32> = 1340..=1420;

/// How far back a day without a year looks for the year of an earlier date.
const YEAR_LOOKBACK_BYTES: usize = 8192;

/// 1 Farvardin 1395, the first day the year count starts from.
fn epoch() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2016, 3, 20)
}

/// Whether a Solar Hijri year has 366 days (the 33-year cycle, true for [`YEARS`]).
fn is_leap(year: i32) -> bool {
    [1, 5, 9, 13, 17, 22, 26, 30].contains(&year.rem_euclid(33))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1..=6 => 31,
        7..=11 => 30,
        _ if is_leap(year) => 30,
        _ => 29,
    }
}

/// The Common Era's day of a Solar Hijri date in [`YEARS`].
pub(super) fn to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !YEARS.contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let year_length = |y: i32| if is_leap(y) { 366 } else { 365 };
    let from_epoch: i64 = if year >= 1395 {
        (1395..year).map(year_length).sum()
    } else {
        -(year..1395).map(year_length).sum::<i64>()
    };
    let in_year: u32 = (1..month).map(|m| days_in_month(year, m)).sum::<u32>() + day - 1;
    epoch()?.checked_add_signed(Duration::days(from_epoch + i64::from(in_year)))
}

fn month_at(tokens: &[Token], k: usize) -> Option<(u32, bool)> {
    let w = tokens.get(k).filter(|t| t.is_word())?.norm.as_str();
    MONTHS
        .iter()
        .find(|(name, _)| *name == w)
        .map(|&(_, m)| (m, true))
        .or_else(|| {
            LATIN_MONTHS
                .iter()
                .find(|(name, _)| *name == w)
                .map(|&(_, m)| (m, false))
        })
}

fn year_at(tokens: &[Token], k: usize) -> Option<i32> {
    tokens
        .get(k)?
        .norm
        .parse::<i32>()
        .ok()
        .filter(|y| YEARS.contains(y))
}

/// "۶ آذر ۱۳۹۵" at token `i`: its end and its day.
pub(in crate::extract::dates) fn solar_hijri_at(
    text: &str,
    tokens: &[Token],
    i: usize,
) -> Option<(usize, DateKind)> {
    let day = tokens.get(i)?.norm.parse::<u32>().ok()?;
    let (month, persian) = month_at(tokens, i + 1)?;
    let (year, end) = match year_at(tokens, i + 2) {
        Some(y) => (y, i + 3),
        None if persian => (year_before(text, tokens[i].start)?, i + 2),
        None => return None,
    };
    let d = to_gregorian(year, month, day)?;
    Some((
        end,
        DateKind::Day {
            day: d.day(),
            month: d.month(),
            year: Some(d.year()),
        },
    ))
}

/// The year of the last Solar Hijri date with a year written in the text before `at`.
fn year_before(text: &str, at: usize) -> Option<i32> {
    let from = ceil_char_boundary(text, at.saturating_sub(YEAR_LOOKBACK_BYTES));
    let tokens = tokenize(text, from..at);
    (0..tokens.len().saturating_sub(1))
        .rev()
        .find_map(|k| month_at(&tokens, k).and_then(|_| year_at(&tokens, k + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days_convert() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // Nowruz of several years, and the days the battle's end is dated to in Iranian reports.
        assert_eq!(to_gregorian(1395, 1, 1), d(2016, 3, 20));
        assert_eq!(to_gregorian(1396, 1, 1), d(2017, 3, 21));
        assert_eq!(to_gregorian(1391, 1, 1), d(2012, 3, 20));
        assert_eq!(to_gregorian(1392, 1, 1), d(2013, 3, 21));
        assert_eq!(to_gregorian(1399, 12, 30), d(2021, 3, 20));
        assert_eq!(to_gregorian(1395, 9, 6), d(2016, 11, 26));
        assert_eq!(to_gregorian(1395, 10, 2), d(2016, 12, 22));
        assert_eq!(to_gregorian(1394, 12, 30), None);
        assert_eq!(to_gregorian(1395, 7, 31), None);
    }
}
