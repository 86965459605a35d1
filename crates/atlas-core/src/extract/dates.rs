//! Dates in a sentence and their resolution to days.
//!
//! Absolute dates: "26 November", "15 December 2016", "Dec 22", "Dec. 22, 2016", "2016-12-22", "the 17th
//! of February", "27–29 April", "late July", "mid-September 2012", "in 2012". Relative ones: "the next
//! day", "two days later", "that night", "on Thursday", "by the end of the day", "later that week", "the
//! following month", "the previous day"…
//!
//! A [`DateContext`] walks a document in order. A date without a year takes the year of the last date
//! (rolled forward when that would put it half a year back), or the document's own year. A relative date
//! is resolved against the last date; a weekday against the document's own date (its front matter or
//! manifest date, or else the dateline: the first full date of its opening lines), the latest such day
//! not after it. Dates after "since", "until", "from" or "to" bound a period and are not the date of
//! what the sentence reports; they, and a month or year well before the last date (a look back), do
//! not move the context.

use super::tokens::{PhraseSet, Token};
use crate::model::{DatePrecision, EventDate, SourceDocument};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::ops::Range;

/// What a date phrase says, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateKind {
    /// A day of a month; the year when given.
    Day {
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    /// Days of one month ("27–29 April"); the change is dated to the last.
    Days {
        first: u32,
        last: u32,
        month: u32,
        year: Option<i32>,
    },
    /// A month or part of it: `part` 0 whole, 1 early, 2 mid, 3 late.
    Month {
        month: u32,
        year: Option<i32>,
        part: u8,
    },
    Year {
        year: i32,
        part: u8,
    },
    Weekday(Weekday),
    /// Days after (or before, when negative) the last date: "the next day", "that night" (0).
    Shift(i64),
    /// The days after the last date up to a week later ("later that week").
    LaterThatWeek,
    /// Months after the last date ("the following month": 1).
    MonthShift(u32),
    /// Years after the last date ("the following year": 1).
    YearShift(i32),
    /// Days from the document's own date ("yesterday": -1, "today": 0).
    FromToday(i64),
}

/// A date phrase found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// Token range in the sentence's tokens.
    pub tokens: Range<usize>,
    pub text: String,
    pub kind: DateKind,
    /// After "since", "until", "from" or "to": bounds a period, not the date of the event.
    pub bound: bool,
    /// After "by": the change happened at the latest then.
    pub by: bool,
}

impl DateMention {
    pub fn is_relative(&self) -> bool {
        !matches!(
            self.kind,
            DateKind::Day { .. }
                | DateKind::Days { .. }
                | DateKind::Month { .. }
                | DateKind::Year { .. }
        )
    }
}

/// A resolved date: the days it may be, how precise, and the phrase it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedDate {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub precision: DatePrecision,
    /// The phrase in the text.
    pub phrase: String,
    /// For a relative phrase: the date it was resolved against, as a label.
    pub basis: Option<String>,
}

impl ResolvedDate {
    /// The event date: the day is the last day it may be (by then the change had happened).
    pub fn event_date(&self) -> EventDate {
        EventDate {
            day: self.to,
            precision: self.precision,
            from: self.from,
            to: self.to,
            text: (self.precision != DatePrecision::Day)
                .then(|| self.phrase.clone())
                .into(),
            phrase: self.basis.is_some().then(|| self.phrase.clone()).into(),
        }
    }

    pub fn label(&self) -> String {
        self.event_date().label()
    }
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];
const NUMBERS: &[(&str, i64)] = &[
    ("a", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("several", 3),
    ("few", 3),
];
/// Relative phrases of a fixed wording.
const RELATIVE: &[(&str, DateKind)] = &[
    ("the next day", DateKind::Shift(1)),
    ("the following day", DateKind::Shift(1)),
    ("the day after", DateKind::Shift(1)),
    ("the next morning", DateKind::Shift(1)),
    ("the following morning", DateKind::Shift(1)),
    ("the following night", DateKind::Shift(1)),
    ("the previous day", DateKind::Shift(-1)),
    ("the day before", DateKind::Shift(-1)),
    ("the previous night", DateKind::Shift(-1)),
    ("the previous evening", DateKind::Shift(-1)),
    ("the night before", DateKind::Shift(-1)),
    ("that day", DateKind::Shift(0)),
    ("the same day", DateKind::Shift(0)),
    ("later that day", DateKind::Shift(0)),
    ("later in the day", DateKind::Shift(0)),
    ("earlier that day", DateKind::Shift(0)),
    ("earlier in the day", DateKind::Shift(0)),
    ("early in the day", DateKind::Shift(0)),
    ("during the day", DateKind::Shift(0)),
    ("that night", DateKind::Shift(0)),
    ("later that night", DateKind::Shift(0)),
    ("that evening", DateKind::Shift(0)),
    ("that morning", DateKind::Shift(0)),
    ("that afternoon", DateKind::Shift(0)),
    ("in the evening", DateKind::Shift(0)),
    ("in the morning", DateKind::Shift(0)),
    ("in the afternoon", DateKind::Shift(0)),
    ("by the end of the day", DateKind::Shift(0)),
    ("at the end of the day", DateKind::Shift(0)),
    ("by the evening", DateKind::Shift(0)),
    ("overnight", DateKind::Shift(0)),
    ("hours later", DateKind::Shift(0)),
    ("soon after", DateKind::Shift(0)),
    ("soon afterwards", DateKind::Shift(0)),
    ("shortly after", DateKind::Shift(0)),
    ("shortly afterwards", DateKind::Shift(0)),
    ("subsequently", DateKind::Shift(0)),
    ("meanwhile", DateKind::Shift(0)),
    ("at the same time", DateKind::Shift(0)),
    ("concurrently", DateKind::Shift(0)),
    ("simultaneously", DateKind::Shift(0)),
    ("after this", DateKind::Shift(0)),
    ("after that", DateKind::Shift(0)),
    ("at this point", DateKind::Shift(0)),
    ("by this point", DateKind::Shift(0)),
    ("later that week", DateKind::LaterThatWeek),
    ("later in the week", DateKind::LaterThatWeek),
    ("the following week", DateKind::Shift(7)),
    ("the next week", DateKind::Shift(7)),
    ("the following month", DateKind::MonthShift(1)),
    ("the next month", DateKind::MonthShift(1)),
    ("later that month", DateKind::MonthShift(0)),
    ("that month", DateKind::MonthShift(0)),
    ("the following year", DateKind::YearShift(1)),
    ("the next year", DateKind::YearShift(1)),
    ("later that year", DateKind::YearShift(0)),
    ("that year", DateKind::YearShift(0)),
    ("today", DateKind::FromToday(0)),
    ("tonight", DateKind::FromToday(0)),
    ("yesterday", DateKind::FromToday(-1)),
];
const BOUND_WORDS: &[&str] = &["since", "until", "till", "from", "to", "through"];
const PARTS: &[(&str, u8)] = &[
    ("early", 1),
    ("mid", 2),
    ("middle", 2),
    ("late", 3),
    ("end", 3),
];
const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "by",
    "during",
    "throughout",
    "of",
    "early",
    "late",
    "mid",
    "since",
    "until",
    "from",
    "to",
];

/// Whether a (lower-case) word names a month or a day of the week.
pub fn is_date_word(word: &str) -> bool {
    month_of(word).is_some() || WEEKDAYS.iter().any(|(w, _)| *w == word)
}

fn month_of(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == word).map(|&(_, n)| n)
}

fn day_of(word: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_of(word: &str) -> Option<i32> {
    let y: i32 = word.parse().ok()?;
    (word.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

fn capitalised(token: &Token, text: &str) -> bool {
    token
        .text(text)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The relative phrases, compiled once.
fn relative_set() -> &'static PhraseSet<DateKind> {
    static SET: std::sync::OnceLock<PhraseSet<DateKind>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set = PhraseSet::default();
        for (p, k) in RELATIVE {
            set.insert(p, k.clone());
        }
        set
    })
}

/// Finds every date phrase in a sentence's tokens, left to right.
pub fn find_dates(text: &str, tokens: &[Token]) -> Vec<DateMention> {
    let relative = relative_set();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = absolute_at(text, tokens, i)
            .or_else(|| weekday_at(text, tokens, i))
            .or_else(|| counted_at(tokens, i))
            .or_else(|| {
                relative
                    .longest_at(text, tokens, i)
                    .map(|f| (f.end, f.value.clone()))
            });
        match found {
            Some((end, kind)) => {
                let before = i
                    .checked_sub(1)
                    .and_then(|b| tokens.get(b))
                    .map(|t| t.norm.as_str());
                let range = tokens[i].start..tokens[end - 1].end;
                out.push(DateMention {
                    text: text[range.clone()].to_string(),
                    range,
                    tokens: i..end,
                    kind,
                    bound: before.is_some_and(|b| BOUND_WORDS.contains(&b)),
                    by: before == Some("by"),
                });
                i = end;
            }
            None => i += 1,
        }
    }
    // "late July and early August 2012": a month without a year takes the year of the next one.
    for k in (0..out.len().saturating_sub(1)).rev() {
        let next_year = match out[k + 1].kind {
            DateKind::Day { year, .. }
            | DateKind::Days { year, .. }
            | DateKind::Month { year, .. } => year,
            _ => None,
        };
        let close = out[k + 1].tokens.start <= out[k].tokens.end + 3;
        if let (Some(y), true) = (next_year, close) {
            match &mut out[k].kind {
                DateKind::Day { year, .. }
                | DateKind::Days { year, .. }
                | DateKind::Month { year, .. }
                    if year.is_none() =>
                {
                    *year = Some(y)
                }
                _ => {}
            }
        }
    }
    out
}

/// "26 November [2016]", "the 17th of February", "27–29 April", "November 26[, 2016]", "Dec. 22",
/// "2016-12-22", "[early|mid|late] July [2012]", "mid-September", "in 2012".
fn absolute_at(text: &str, tokens: &[Token], i: usize) -> Option<(usize, DateKind)> {
    tokens.get(i)?;
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| t.norm.as_str())
    };
    let is_punct = |k: usize, p: &[&str]| {
        tokens
            .get(k)
            .is_some_and(|t| !t.is_word() && p.contains(&t.norm.as_str()))
    };
    let month_at = |k: usize| -> Option<(u32, usize)> {
        let tok = tokens.get(k)?;
        let m = month_of(word(k)?)?;
        if !capitalised(tok, text) {
            return None;
        }
        // An abbreviated month may carry a point: "Dec. 22".
        let abbreviated = [
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ]
        .contains(&tok.norm.as_str());
        let next = if is_punct(k + 1, &["."]) && abbreviated {
            k + 2
        } else {
            k + 1
        };
        Some((m, next))
    };
    let year_at = |k: usize| -> Option<(i32, usize)> {
        if let Some(y) = word(k).and_then(year_of) {
            return Some((y, k + 1));
        }
        if is_punct(k, &[","]) {
            return word(k + 1).and_then(year_of).map(|y| (y, k + 2));
        }
        None
    };
    let w = word(i)?;
    // ISO: one token "2016-12-22".
    if let Some(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d")
        .ok()
        .filter(|_| w.len() == 10)
    {
        return Some((
            i + 1,
            DateKind::Day {
                day: d.day(),
                month: d.month(),
                year: Some(d.year()),
            },
        ));
    }
    // "the 17th of February"
    let (day_tok, of) = if w == "the" && word(i + 2) == Some("of") {
        (i + 1, true)
    } else {
        (i, false)
    };
    if let Some(day) = word(day_tok).and_then(day_of) {
        let m_at = if of { day_tok + 2 } else { day_tok + 1 };
        if let Some((month, next)) = month_at(m_at) {
            let (year, end) = match year_at(next) {
                Some((y, e)) => (Some(y), e),
                None => (None, next),
            };
            return Some((end, DateKind::Day { day, month, year }));
        }
        // "27–29 April"
        if is_punct(day_tok + 1, &["–", "-", "—"]) {
            if let (Some(last), Some((month, next))) =
                (word(day_tok + 2).and_then(day_of), month_at(day_tok + 3))
            {
                let (year, end) = match year_at(next) {
                    Some((y, e)) => (Some(y), e),
                    None => (None, next),
                };
                return Some((
                    end,
                    DateKind::Days {
                        first: day,
                        last,
                        month,
                        year,
                    },
                ));
            }
        }
    }
    // "21-27 November 2016" (one token)
    if let Some((a, b)) = w.split_once('-') {
        if let (Some(first), Some(last), Some((month, next))) =
            (day_of(a), day_of(b), month_at(i + 1))
        {
            let (year, end) = match year_at(next) {
                Some((y, e)) => (Some(y), e),
                None => (None, next),
            };
            return Some((
                end,
                DateKind::Days {
                    first,
                    last,
                    month,
                    year,
                },
            ));
        }
    }
    // "November 26[, 2016]" and "Dec. 22"
    if let Some((month, next)) = month_at(i) {
        if let Some(day) = word(next).and_then(day_of) {
            let (year, end) = match year_at(next + 1) {
                Some((y, e)) => (Some(y), e),
                None => (None, next + 1),
            };
            return Some((end, DateKind::Day { day, month, year }));
        }
    }
    // "[early|mid|late] July [2012]", "mid-September"
    let (part, m_at) = match PARTS.iter().find(|(p, _)| *p == w) {
        Some(&(_, p)) => (p, i + 1),
        None => (0, i),
    };
    let split_part = w
        .split_once('-')
        .and_then(|(p, m)| PARTS.iter().find(|(q, _)| *q == p).map(|&(_, n)| (n, m)))
        .and_then(|(n, m)| month_of(m).map(|month| (n, month)));
    if let Some((part, month)) = split_part {
        let (year, end) = match year_at(i + 1) {
            Some((y, e)) => (Some(y), e),
            None => (None, i + 1),
        };
        return Some((end, DateKind::Month { month, year, part }));
    }
    if let Some((month, next)) = month_at(m_at) {
        let year = year_at(next);
        // "May" alone is too often the verb; a month alone needs a year, a part or a preposition.
        let before = i.checked_sub(1).and_then(word);
        let anchored = year.is_some()
            || part > 0
            || before.is_some_and(|b| {
                ["in", "of", "by", "during", "since", "until", "throughout"].contains(&b)
            });
        if anchored
            && !(month == 5
                && year.is_none()
                && part == 0
                && tokens[m_at].norm == "may"
                && before != Some("in"))
        {
            let (year, end) = match year {
                Some((y, e)) => (Some(y), e),
                None => (None, next),
            };
            return Some((end, DateKind::Month { month, year, part }));
        }
    }
    // "in 2012", "by late 2014"
    let (ypart, y_at) = match PARTS.iter().find(|(p, _)| *p == w) {
        Some(&(_, p)) => (p, i + 1),
        None => (0, i),
    };
    if let Some(year) = word(y_at).and_then(year_of) {
        let before = i.checked_sub(1).and_then(word);
        if ypart > 0 || before.is_some_and(|b| YEAR_PREPOSITIONS.contains(&b)) {
            return Some((y_at + 1, DateKind::Year { year, part: ypart }));
        }
    }
    None
}

fn weekday_at(text: &str, tokens: &[Token], i: usize) -> Option<(usize, DateKind)> {
    let t = tokens.get(i)?;
    let day = WEEKDAYS
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|&(_, d)| d)?;
    capitalised(t, text).then_some((i + 1, DateKind::Weekday(day)))
}

/// "two days later", "3 days after", "a week later", "two hours later", "two days earlier".
fn counted_at(tokens: &[Token], i: usize) -> Option<(usize, DateKind)> {
    let n = {
        let w = tokens.get(i)?.norm.as_str();
        NUMBERS
            .iter()
            .find(|(name, _)| *name == w)
            .map(|&(_, n)| n)
            .or_else(|| w.parse::<i64>().ok().filter(|n| (1..=60).contains(n)))?
    };
    let unit = tokens.get(i + 1)?.norm.as_str();
    let dir = tokens.get(i + 2)?.norm.as_str();
    let sign = match dir {
        "later" | "after" | "afterwards" => 1,
        "earlier" | "before" => -1,
        _ => return None,
    };
    let days = match unit {
        "day" | "days" => n,
        "week" | "weeks" => 7 * n,
        "hour" | "hours" | "minutes" => 0,
        _ => return None,
    };
    Some((i + 3, DateKind::Shift(sign * days)))
}

/// Walks a document's dates in order.
#[derive(Debug, Clone, Default)]
pub struct DateContext {
    last: Option<ResolvedDate>,
    default_year: Option<i32>,
    /// The document's own date, for weekdays, "today" and "yesterday".
    own: Option<NaiveDate>,
}

impl DateContext {
    /// Starts a document: its own date from the manifest or front matter, and a default year from the
    /// front matter's `date` (the period it covers). `dateline` is the first full date of its opening
    /// lines, used as its own date when it has none.
    pub fn for_document(doc: &SourceDocument, dateline: Option<NaiveDate>) -> Self {
        let own = doc
            .meta
            .published
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .or_else(|| {
                doc.front_matter
                    .as_ref()
                    .and_then(|f| f.pub_date.as_deref())
                    .and_then(|d| d.get(..10))
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            })
            .or(dateline);
        let period_year = doc
            .front_matter
            .as_ref()
            .and_then(|f| f.date.as_deref())
            .and_then(|d| d.split(|c: char| !c.is_ascii_digit()).find_map(year_of));
        Self {
            last: None,
            default_year: period_year.or(own.map(|d| d.year())),
            own,
        }
    }

    /// The last date resolved (the date a sentence without a date of its own inherits).
    pub fn current(&self) -> Option<&ResolvedDate> {
        self.last.as_ref()
    }

    /// Resolves a mention and makes it the last date, unless it bounds a period or is a month or a
    /// year well before the last date ("taken by the rebels in 2012" in a paragraph on 2016).
    pub fn resolve(&mut self, m: &DateMention) -> Option<ResolvedDate> {
        let resolved = self.resolve_only(m)?;
        let coarse = matches!(
            resolved.precision,
            DatePrecision::Month | DatePrecision::Year
        ) || matches!(m.kind, DateKind::Month { .. } | DateKind::Year { .. });
        let flashback = coarse
            && self
                .last
                .as_ref()
                .is_some_and(|l| resolved.to < l.from - Duration::days(31));
        if !m.bound && !flashback {
            self.last = Some(resolved.clone());
        }
        Some(resolved)
    }

    fn year_for(&self, month: u32, day: u32) -> Option<i32> {
        match &self.last {
            Some(last) => {
                let base = last.to;
                let y = base.year();
                let d = NaiveDate::from_ymd_opt(y, month, day.min(28))?;
                // A narrative moves forward: half a year back means the next year.
                Some(if d < base - Duration::days(183) {
                    y + 1
                } else {
                    y
                })
            }
            None => self.default_year,
        }
    }

    fn resolve_only(&self, m: &DateMention) -> Option<ResolvedDate> {
        let phrase = m.text.clone();
        let last = self.last.as_ref();
        let basis = last.map(|l| format!("{} (\"{}\")", l.label(), l.phrase));
        let day_date =
            |from: NaiveDate, to: NaiveDate, precision, basis: Option<String>| ResolvedDate {
                from,
                to,
                precision,
                phrase: phrase.clone(),
                basis,
            };
        let resolved = match &m.kind {
            DateKind::Day { day, month, year } => {
                let y = year.or_else(|| self.year_for(*month, *day))?;
                let d = NaiveDate::from_ymd_opt(y, *month, *day)?;
                day_date(d, d, DatePrecision::Day, None)
            }
            DateKind::Days {
                first,
                last: l,
                month,
                year,
            } => {
                let y = year.or_else(|| self.year_for(*month, *l))?;
                let from = NaiveDate::from_ymd_opt(y, *month, *first)?;
                let to = NaiveDate::from_ymd_opt(y, *month, *l)?;
                if from > to {
                    return None;
                }
                day_date(from, to, DatePrecision::Span, None)
            }
            DateKind::Month { month, year, part } => {
                let y = year.or_else(|| self.year_for(*month, 1))?;
                let (from, to) = month_part(y, *month, *part)?;
                let precision = if *part == 0 {
                    DatePrecision::Month
                } else {
                    DatePrecision::Span
                };
                self.by_bound(m, day_date(from, to, precision, None))
            }
            DateKind::Year { year, part } => {
                let (from, to) = match part {
                    1 => (ymd(*year, 1, 1)?, ymd(*year, 4, 30)?),
                    2 => (ymd(*year, 5, 1)?, ymd(*year, 8, 31)?),
                    3 => (ymd(*year, 9, 1)?, ymd(*year, 12, 31)?),
                    _ => (ymd(*year, 1, 1)?, ymd(*year, 12, 31)?),
                };
                let precision = if *part == 0 {
                    DatePrecision::Year
                } else {
                    DatePrecision::Span
                };
                self.by_bound(m, day_date(from, to, precision, None))
            }
            DateKind::Weekday(w) => {
                let anchor = self.weekday_anchor()?;
                let back =
                    (anchor.weekday().num_days_from_monday() + 7 - w.num_days_from_monday()) % 7;
                let d = anchor - Duration::days(i64::from(back));
                day_date(
                    d,
                    d,
                    DatePrecision::Day,
                    Some(format!(
                        "{} (the latest {} not after it)",
                        anchor.format("%-d %b %Y"),
                        d.format("%A")
                    )),
                )
            }
            DateKind::FromToday(n) => {
                let own = self.own.or(last.map(|l| l.to))?;
                let d = own + Duration::days(*n);
                day_date(
                    d,
                    d,
                    DatePrecision::Day,
                    Some(format!("the document's date, {}", own.format("%-d %b %Y"))),
                )
            }
            DateKind::Shift(n) => {
                let base = last?.to;
                let d = base + Duration::days(*n);
                if *n == 0 && last.is_some_and(|l| l.precision != DatePrecision::Day) {
                    // "that day" after "in late July" stays as vague as its basis.
                    let l = last?;
                    day_date(l.from, l.to, l.precision, basis)
                } else {
                    day_date(d, d, DatePrecision::Day, basis)
                }
            }
            DateKind::LaterThatWeek => {
                let base = last?.to;
                day_date(
                    base + Duration::days(1),
                    base + Duration::days(6),
                    DatePrecision::Span,
                    basis,
                )
            }
            DateKind::MonthShift(n) => {
                let base = last?.to;
                let months = base.year() * 12 + base.month0() as i32 + *n as i32;
                let (y, m) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
                let (from, to) = month_part(y, m, 0)?;
                let from = if *n == 0 { base } else { from };
                day_date(from, to, DatePrecision::Month, basis)
            }
            DateKind::YearShift(n) => {
                let base = last?.to;
                let y = base.year() + n;
                let from = if *n == 0 { base } else { ymd(y, 1, 1)? };
                day_date(from, ymd(y, 12, 31)?, DatePrecision::Year, basis)
            }
        };
        Some(resolved)
    }

    /// "By October 2014": the change happened between the last date and then.
    fn by_bound(&self, m: &DateMention, mut r: ResolvedDate) -> ResolvedDate {
        if m.by {
            if let Some(last) = &self.last {
                if last.to < r.from {
                    r.from = last.to;
                    r.precision = DatePrecision::Span;
                }
            }
        }
        r
    }

    fn weekday_anchor(&self) -> Option<NaiveDate> {
        let last = self.last.as_ref().map(|l| l.to);
        match (self.own, last) {
            (Some(own), Some(last)) if own >= last && own - last <= Duration::days(60) => Some(own),
            (Some(_), Some(last)) => Some(last),
            (Some(own), None) => Some(own),
            (None, last) => last,
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_part(y: i32, month: u32, part: u8) -> Option<(NaiveDate, NaiveDate)> {
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
        _ => (first, end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;
    use crate::model::SourceMeta;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    /// Resolves every date of the sentences in order; returns (phrase, from, to) of each.
    fn walk(published: &str, sentences: &[&str]) -> Vec<(String, String, String)> {
        let doc = SourceDocument::from_text(
            SourceMeta {
                published: published.into(),
                ..SourceMeta::default()
            },
            "x",
        );
        let mut ctx = DateContext::for_document(&doc, None);
        let mut out = Vec::new();
        for s in sentences {
            let tokens = tokenize(s, 0..s.len());
            for m in find_dates(s, &tokens) {
                if let Some(r) = ctx.resolve(&m) {
                    out.push((m.text.clone(), r.from.to_string(), r.to.to_string()));
                }
            }
        }
        out
    }

    fn days(v: &[(String, String, String)]) -> Vec<(&str, &str)> {
        v.iter().map(|(p, _, t)| (p.as_str(), t.as_str())).collect()
    }

    #[test]
    fn absolute_dates_in_every_form() {
        let v = walk(
            "",
            &[
                "On 15 December 2016 it began.",
                "On 26 November, later Dec 22, then Dec. 23, 2016 and 2016-12-24.",
                "On the 17th of February 2020 and on November 5.",
            ],
        );
        assert_eq!(
            days(&v),
            [
                ("15 December 2016", "2016-12-15"),
                ("26 November", "2016-11-26"),
                ("Dec 22", "2016-12-22"),
                ("Dec. 23, 2016", "2016-12-23"),
                ("2016-12-24", "2016-12-24"),
                ("the 17th of February 2020", "2020-02-17"),
                ("November 5", "2020-11-05"),
            ]
        );
    }

    #[test]
    fn relative_dates_follow_the_last_date() {
        let v = walk(
            "",
            &[
                "On 26 November 2016 the army advanced.",
                "The next day it attacked; two days later it stopped.",
                "That night, and by the end of the day, nothing.",
                "Later that week the rebels left.",
                "The following month was quiet.",
            ],
        );
        assert_eq!(
            days(&v),
            [
                ("26 November 2016", "2016-11-26"),
                ("The next day", "2016-11-27"),
                ("two days later", "2016-11-29"),
                ("That night", "2016-11-29"),
                ("by the end of the day", "2016-11-29"),
                ("Later that week", "2016-12-05"),
                ("The following month", "2017-01-31"),
            ]
        );
        assert_eq!(v[5].1, "2016-11-30");
    }

    #[test]
    fn weekdays_count_back_from_the_documents_date() {
        // 22 December 2016 was a Thursday.
        let v = walk(
            "2016-12-22",
            &["The army said on Thursday it had won; on Monday it had not."],
        );
        assert_eq!(
            days(&v),
            [("Thursday", "2016-12-22"), ("Monday", "2016-12-19")]
        );
        // Without a date of its own, against the last date.
        let v = walk("", &["On 26 November 2016, and on Friday."]);
        assert_eq!(days(&v)[1], ("Friday", "2016-11-25"));
    }

    #[test]
    fn months_parts_years_and_bounds() {
        let v = walk(
            "",
            &[
                "In late July and early August 2012 it spread.",
                "By mid-September they held it, since 30 July.",
                "In 2013 nothing; by October 2014 the army had it.",
            ],
        );
        assert_eq!(
            v,
            [
                (
                    "late July".to_string(),
                    "2012-07-21".to_string(),
                    "2012-07-31".to_string()
                ),
                (
                    "early August 2012".into(),
                    "2012-08-01".into(),
                    "2012-08-10".into()
                ),
                (
                    "mid-September".into(),
                    "2012-08-10".into(),
                    "2012-09-20".into()
                ),
                ("30 July".into(), "2012-07-30".into(), "2012-07-30".into()),
                ("2013".into(), "2013-01-01".into(), "2013-12-31".into()),
                (
                    "October 2014".into(),
                    "2013-12-31".into(),
                    "2014-10-31".into()
                ),
            ]
        );
    }

    #[test]
    fn a_bound_does_not_move_the_context() {
        let v = walk(
            "",
            &[
                "On 4 September 2016 they struck.",
                "They reversed gains made since 30 July. The next day they rested.",
            ],
        );
        assert_eq!(days(&v).last(), Some(&("The next day", "2016-09-05")));
        assert_eq!(day(&v[0].2), day("2016-09-04"));
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let s = "The rebels may withdraw, the army said in May 2014.";
        let tokens = tokenize(s, 0..s.len());
        let found: Vec<String> = find_dates(s, &tokens).into_iter().map(|m| m.text).collect();
        assert_eq!(found, ["May 2014"]);
    }
}
