//! Days as control maps write them: in a file name (`deepstate_20250801.geojson`,
//! `isw-2025-08-01.geojson`, `control_2025_08_01.json`) and in a feature's property (`2025-08-01`,
//! `2025-08-01T00:00:00Z`, `20250801`, `2025/08/01`).

use chrono::NaiveDate;
use serde_json::Value;

/// The first day written in a file name as YYYYMMDD, YYYY-MM-DD or YYYY_MM_DD, standing apart from
/// other digits (`v2_20250801` yes, `123420250801` no). None when there is none, or when it is not a
/// day that exists.
pub fn day_in_file_name(name: &str) -> Option<NaiveDate> {
    let b = name.as_bytes();
    (0..b.len()).find_map(|start| {
        let before_is_digit = start > 0 && b[start - 1].is_ascii_digit();
        if before_is_digit || !b[start].is_ascii_digit() {
            return None;
        }
        day_at(&b[start..]).map(|(day, _)| day)
    })
}

/// A day at the start of `b`, not followed by another digit, and the bytes it took.
fn day_at(b: &[u8]) -> Option<(NaiveDate, usize)> {
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let ends_here = |len: usize| !b.get(len).is_some_and(u8::is_ascii_digit);
    let year = i32::try_from(digits(0..4)?).ok()?;
    let separated = matches!(b.get(4), Some(b'-' | b'_' | b'/')) && b.get(7) == b.get(4);
    let (month, day, len) = if separated {
        (digits(5..7)?, digits(8..10)?, 10)
    } else {
        (digits(4..6)?, digits(6..8)?, 8)
    };
    if !ends_here(len) || !(1900..=2200).contains(&year) {
        return None;
    }
    Some((NaiveDate::from_ymd_opt(year, month, day)?, len))
}

/// The day a property value gives: text starting with a day (a date-time's date part is taken as
/// written) or a whole number written YYYYMMDD.
pub fn day_in_value(value: &Value) -> Option<NaiveDate> {
    match value {
        Value::String(text) => {
            let text = text.trim();
            let (day, len) = day_at(text.as_bytes())?;
            // Only the day, or a day and a time ("2025-08-01T00:00:00Z", "2025-08-01 12:00").
            let mut after = text.as_bytes()[len..].iter();
            let time_follows = matches!(after.next(), Some(b'T' | b' '))
                && after.next().is_some_and(u8::is_ascii_digit);
            (len == text.len() || time_follows).then_some(day)
        }
        Value::Number(n) => {
            let n = n.as_u64()?;
            (10_000_000..100_000_000)
                .contains(&n)
                .then(|| day_at(n.to_string().as_bytes()).map(|(day, _)| day))
                .flatten()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn days_are_found_in_file_names_as_archives_write_them() {
        assert_eq!(
            day_in_file_name("deepstate_20250801.geojson"),
            day(2025, 8, 1)
        );
        assert_eq!(day_in_file_name("isw-2025-08-01.geojson"), day(2025, 8, 1));
        assert_eq!(
            day_in_file_name("control_2016_12_13.json"),
            day(2016, 12, 13)
        );
        assert_eq!(
            day_in_file_name("v2_20161213_final.geojson"),
            day(2016, 12, 13)
        );
        // Digits running on, impossible days, mixed separators and no day at all.
        assert_eq!(day_in_file_name("123420250801.geojson"), None);
        assert_eq!(day_in_file_name("map_20250801123.geojson"), None);
        assert_eq!(day_in_file_name("map_20250230.geojson"), None);
        assert_eq!(day_in_file_name("map_2025-08_01.geojson"), None);
        assert_eq!(day_in_file_name("control.geojson"), None);
    }

    #[test]
    fn days_are_read_from_property_values() {
        let v = |text: &str| day_in_value(&serde_json::from_str(text).expect("json"));
        assert_eq!(v("\"2016-12-13\""), day(2016, 12, 13));
        assert_eq!(v("\"2016-12-13T23:00:00Z\""), day(2016, 12, 13));
        assert_eq!(v("\"2016/12/13\""), day(2016, 12, 13));
        assert_eq!(v("20161213"), day(2016, 12, 13));
        assert_eq!(v("\"2016-12-13 garbage\""), None);
        assert_eq!(v("\"Aleppo\""), None);
        assert_eq!(v("2016"), None);
        assert_eq!(v("null"), None);
    }
}
