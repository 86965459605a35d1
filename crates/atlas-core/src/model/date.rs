//! Event dates: a day on which the change is applied, how precise the source is about it, and the phrase
//! it came from.

use super::rare_text::RareText;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Month,
    Span,
    Year,
}

impl DatePrecision {
    pub fn label(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Span => "span",
            Self::Year => "year",
        }
    }
}

/// When a change happened, as precisely as the source says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDate {
    /// The day the change is applied (the state is the state at the end of that day).
    pub day: NaiveDate,
    pub precision: DatePrecision,
    /// For month/span/year precision: the first and last day it may have happened.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The period as the source words it ("late October").
    pub text: RareText,
    /// A relative phrase the day was resolved from ("the next day").
    pub phrase: RareText,
}

impl EventDate {
    pub fn on(day: NaiveDate) -> Self {
        Self {
            day,
            precision: DatePrecision::Day,
            from: day,
            to: day,
            text: RareText::NONE,
            phrase: RareText::NONE,
        }
    }

    /// A human label: "26 Nov 2016", "Jul 2012", "late October 2016 (by 31 Oct 2016)".
    pub fn label(&self) -> String {
        match self.precision {
            DatePrecision::Day => self.day.format("%-d %b %Y").to_string(),
            DatePrecision::Month => self.day.format("%b %Y").to_string(),
            DatePrecision::Year => self.day.format("%Y").to_string(),
            DatePrecision::Span => match self.text.as_deref() {
                Some(t) => format!("{t} (by {})", self.to.format("%-d %b %Y")),
                None => format!(
                    "{} – {}",
                    self.from.format("%-d %b %Y"),
                    self.to.format("%-d %b %Y")
                ),
            },
        }
    }
}

/// Parses `YYYY-MM-DD`, rejecting impossible days such as 2016-02-30.
pub fn parse_day(text: &str) -> Result<NaiveDate, String> {
    // The usual exact form is read directly (a million events are read in one load); anything else goes
    // through chrono, which also words the error.
    if let Some(day) = parse_plain_day(text.as_bytes()) {
        return Ok(day);
    }
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|e| format!("\"{text}\" is not a valid YYYY-MM-DD date ({e})"))
}

/// Exactly `YYYY-MM-DD` with a day that exists, or None.
fn parse_plain_day(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_days_are_refused() {
        assert!(parse_day("2016-02-30").is_err());
        assert!(parse_day("2016-13-01").is_err());
        assert!(parse_day("22 Dec 2016").is_err());
        assert_eq!(
            parse_day("2016-12-22"),
            Ok(NaiveDate::from_ymd_opt(2016, 12, 22).expect("valid"))
        );
    }

    #[test]
    fn labels_follow_precision() {
        let d = NaiveDate::from_ymd_opt(2016, 11, 26).expect("valid");
        assert_eq!(EventDate::on(d).label(), "26 Nov 2016");
        let month = EventDate {
            precision: DatePrecision::Month,
            ..EventDate::on(d)
        };
        assert_eq!(month.label(), "Nov 2016");
    }
}
