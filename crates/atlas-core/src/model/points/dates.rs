//! Dates as point layers write them: a day (2015-04-26, 2015/04/26, 26/04/2015, 31OCT13, 26 April 2015,
//! 9-May-20, an ISO time stamp) or a range of days (31OCT13-31JAN14, 2015-04-26/2015-05-03,
//! "1 May 2015 to 3 May 2015"). A day written with numbers only and the day in the middle (04/26/2015)
//! is read as month/day only when the first number cannot be a month; otherwise day/month comes first.

use chrono::NaiveDate;

/// The first and last day a point may date from (equal for a single day).
pub type DayRange = (NaiveDate, NaiveDate);

/// Years outside this range are taken for a misread, not a date.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// A day or a range of days; None when `text` is neither.
pub fn parse_day_range(text: &str) -> Option<DayRange> {
    let text = text.trim();
    if text.is_empty() || text.len() > 64 {
        return None;
    }
    if let Some(day) = parse_one_day(text) {
        return Some((day, day));
    }
    // A range: two days around a separator, the first not after the second.
    for separator in [" to ", " - ", " – ", "–", "/", " ", "-"] {
        for (at, _) in text.match_indices(separator) {
            let (first, second) = (&text[..at], &text[at + separator.len()..]);
            if let (Some(a), Some(b)) = (parse_one_day(first), parse_one_day(second)) {
                if a <= b {
                    return Some((a, b));
                }
            }
        }
    }
    None
}

/// One day in any of the forms above.
pub fn parse_one_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim().trim_matches(',');
    if text.len() < 6 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // A time stamp: its day.
    let text = match text.split_once(['T', ' ']) {
        Some((day, time)) if time.contains(':') => day,
        _ => text,
    };
    let day = numeric_day(text).or_else(|| named_month_day(text))?;
    YEARS.contains(&chrono::Datelike::year(&day)).then_some(day)
}

/// 2015-04-26, 2015/04/26, 2015.04.26, 26/04/2015, 26-04-2015, 26.04.15, 04/26/2015.
fn numeric_day(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    if !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n = |i: usize| parts[i].parse::<u32>().ok();
    if parts[0].len() == 4 {
        return NaiveDate::from_ymd_opt(i32::try_from(n(0)?).ok()?, n(1)?, n(2)?);
    }
    let year = match parts[2].len() {
        4 => i32::try_from(n(2)?).ok()?,
        2 => 2000 + i32::try_from(n(2)?).ok()?,
        _ => return None,
    };
    let (first, second) = (n(0)?, n(1)?);
    if first > 12 || second <= 12 {
        NaiveDate::from_ymd_opt(year, second, first)
    } else {
        NaiveDate::from_ymd_opt(year, first, second)
    }
}

/// 31OCT13, 31OCT2013, 26 April 2015, 26-Apr-2015, 9-May-20, April 26, 2015, Apr 26 2015.
fn named_month_day(text: &str) -> Option<NaiveDate> {
    let text = text.replace(',', " ");
    let text = text.trim();
    const FORMATS: &[&str] = &[
        "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%d-%b-%y", "%d-%B-%y", "%d%b%y", "%d%b%Y",
        "%B %d %Y", "%b %d %Y", "%d %b %y",
    ];
    // chrono reads "%y" before "%b" greedily in "31OCT13"; the compact form is split by hand.
    if let Some(day) = compact_day(text) {
        return Some(day);
    }
    let spaced = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // "%Y" reads "15" as the year 15: only a year in range counts.
    FORMATS
        .iter()
        .filter_map(|f| NaiveDate::parse_from_str(&spaced, f).ok())
        .find(|d| YEARS.contains(&chrono::Datelike::year(d)))
}

/// 31OCT13 or 31OCT2013 (a shapefile's date of a sensor pass).
fn compact_day(text: &str) -> Option<NaiveDate> {
    let digits_at_start = text.bytes().take_while(u8::is_ascii_digit).count();
    let letters = text[digits_at_start..]
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if !(1..=2).contains(&digits_at_start) || letters != 3 {
        return None;
    }
    let day: u32 = text[..digits_at_start].parse().ok()?;
    let month = month_number(&text[digits_at_start..digits_at_start + 3])?;
    let year_text = &text[digits_at_start + 3..];
    let year: i32 = match year_text.len() {
        2 => 2000 + year_text.parse::<i32>().ok()?,
        4 => year_text.parse().ok()?,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

fn month_number(abbreviation: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = abbreviation.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == lower)
        .and_then(|i| u32::try_from(i + 1).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn every_written_form_of_one_day() {
        let expected = day(2015, 4, 26);
        for text in [
            "2015-04-26",
            "2015/04/26",
            "2015.04.26",
            "26/04/2015",
            "26-04-2015",
            "04/26/2015",
            "26APR15",
            "26apr2015",
            "26 April 2015",
            "26 Apr 2015",
            "26-Apr-2015",
            "26-April-2015",
            "26-Apr-15",
            "April 26, 2015",
            "2015-04-26T10:30:00Z",
            "2015/04/26 00:00:00",
        ] {
            assert_eq!(parse_one_day(text), Some(expected), "{text}");
            assert_eq!(parse_day_range(text), Some((expected, expected)), "{text}");
        }
        assert_eq!(parse_one_day("31OCT13"), Some(day(2013, 10, 31)));
        assert_eq!(parse_one_day("9-May-20"), Some(day(2020, 5, 9)));
        assert_eq!(parse_one_day("31-12-19"), Some(day(2019, 12, 31)));
    }

    #[test]
    fn ranges_in_order() {
        let oct_jan = Some((day(2013, 10, 31), day(2014, 1, 31)));
        assert_eq!(parse_day_range("31OCT13-31JAN14"), oct_jan);
        assert_eq!(parse_day_range("2013-10-31/2014-01-31"), oct_jan);
        assert_eq!(
            parse_day_range("31 October 2013 to 31 January 2014"),
            oct_jan
        );
        assert_eq!(parse_day_range("31/10/2013 - 31/01/2014"), oct_jan);
        // Backwards is not a range.
        assert_eq!(parse_day_range("31JAN14-31OCT13"), None);
    }

    #[test]
    fn what_is_not_a_day() {
        for text in [
            "",
            "2016",
            "12",
            "hello",
            "2016-02-30",
            "31FOO13",
            "1.5",
            "0001-01-01",
            "99/99/9999",
            "heavy damage",
            "3.2.1",
        ] {
            assert_eq!(parse_day_range(text), None, "{text:?}");
        }
    }
}
