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

mod absolute;
mod context;
mod diary;
mod months;
#[cfg(test)]
mod tests;

use absolute::{absolute_at, counted_at, weekday_at};
pub use context::DateContext;
pub use diary::diary_heading;
use months::foreign_month_of;

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
    /// A month or part of it: `part` 0 whole, 1 early, 2 mid, 3 late, 4–7 its first to last week.
    Month {
        month: u32,
        year: Option<i32>,
        part: u8,
    },
    Year {
        year: i32,
        part: u8,
    },
    /// The `nth` (1–4, 5 the last) given weekday of a month ("the first Sunday of December").
    NthWeekday {
        nth: u8,
        weekday: Weekday,
        month: u32,
        year: Option<i32>,
    },
    Weekday(Weekday),
    /// "Last Tuesday": the latest such day before the document's own date (a week back when it is
    /// itself a Tuesday).
    LastWeekday(Weekday),
    /// "That Saturday": the one nearest the last date, before or after it.
    ThatWeekday(Weekday),
    /// "The previous Monday": the latest one before the last date.
    PreviousWeekday(Weekday),
    /// "The Sunday" of a story: the first on or after the last date.
    TheWeekday(Weekday),
    /// Days after (or before, when negative) the last date: "the next day", "that night" (0).
    Shift(i64),
    /// The days after the last date up to a week later ("later that week").
    LaterThatWeek,
    /// A part of the month the last date (else the document's own) is in: 1 its beginning, 2 its
    /// middle, 3 its end ("which the regime occupied at the beginning of the month").
    PartOfTheMonth(u8),
    /// Months after the last date ("the following month": 1).
    MonthShift(u32),
    /// Years after the last date ("the following year": 1).
    YearShift(i32),
    /// A day of the document's own month ("on the 2nd of this month").
    DayThisMonth(u32),
    /// The `nth` given weekday of the document's own month ("the first Friday of this month").
    NthWeekdayThisMonth {
        nth: u8,
        weekday: Weekday,
    },
    /// A day of the month the last date is in ("In March 2013 … On the 3rd, …").
    DayOfLastMonth(u32),
    /// A day of the calendar month before the document's own ("the 28th of last month").
    DayOfPreviousMonth(u32),
    /// A day of the year before the document's own ("on 22 December last year").
    DayOfLastYear {
        day: u32,
        month: u32,
    },
    /// A month of the year before the document's own ("in April last year").
    MonthOfLastYear(u32),
    /// The Saturday and Sunday on or after the last date; with none, the last before the document's
    /// own date ("that weekend", "over the weekend").
    Weekend,
    /// Three months from `first` ("the spring of 2016": March to May).
    Season {
        first: u32,
        year: i32,
    },
    /// Days from the document's own date ("yesterday": -1, "today": 0).
    FromToday(i64),
    /// Months before the document's own date ("two months ago": 2; "one year ago": 12): the same
    /// day then, a day for years (an anniversary), the month for months. A flash-back: it does not
    /// become the date later sentences inherit ("who fled three years ago").
    MonthsAgo(u32),
    /// A flash-back from the document's own date: the calendar month before it ("last month"). It
    /// does not become the date later sentences inherit.
    LastMonth,
    /// A flash-back: the Monday-to-Sunday week before the document's own date's ("last week").
    LastWeek,
}

impl DateKind {
    /// The day, when the phrase names one with its year ("26 November 2016"); with `spans`, also
    /// the last day of days of one month ("26-28 November 2016").
    pub fn full_day(&self, spans: bool) -> Option<NaiveDate> {
        match *self {
            DateKind::Day {
                day,
                month,
                year: Some(y),
            } => NaiveDate::from_ymd_opt(y, month, day),
            DateKind::Days {
                last,
                month,
                year: Some(y),
                ..
            } if spans => NaiveDate::from_ymd_opt(y, month, last),
            _ => None,
        }
    }

    /// The day a phrase without a year names ("Dec 20"), in `year`.
    pub fn day_in(&self, year: i32) -> Option<NaiveDate> {
        match *self {
            DateKind::Day {
                day,
                month,
                year: None,
            } => NaiveDate::from_ymd_opt(year, month, day),
            _ => None,
        }
    }
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
    /// A year, season or month in brackets ("(Lund 2017)", "(interview 14, March 2017)"): an aside,
    /// which dates what the brackets say but does not move the document's date.
    pub aside: bool,
    /// The weekday written with a day that has no year ("on Saturday, 26 November"): it picks the
    /// year.
    pub weekday: Option<Weekday>,
    /// A stretch leading up to the day told of ("after a week of shelling").
    pub stretch: bool,
    /// A day or month followed by "that year" ("in August that year"): of the year of the last
    /// date told.
    pub that_year: bool,
}

impl DateMention {
    /// The year written in the phrase, if any ("October 2012", "in 2013").
    pub fn written_year(&self) -> Option<i32> {
        match self.kind {
            DateKind::Day { year, .. }
            | DateKind::Days { year, .. }
            | DateKind::Month { year, .. }
            | DateKind::NthWeekday { year, .. } => year,
            DateKind::Year { year, .. } | DateKind::Season { year, .. } => Some(year),
            _ => None,
        }
    }

    pub fn is_relative(&self) -> bool {
        !matches!(
            self.kind,
            DateKind::Day { .. }
                | DateKind::Days { .. }
                | DateKind::Month { .. }
                | DateKind::Year { .. }
                | DateKind::Season { .. }
                | DateKind::NthWeekday { .. }
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
pub(crate) const NUMBERS: &[(&str, i64)] = &[
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
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("several", 3),
    ("few", 3),
];
/// Relative phrases of a fixed wording.
const RELATIVE: &[(&str, DateKind)] = &[
    ("the next day", DateKind::Shift(1)),
    ("the very next day", DateKind::Shift(1)),
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
    ("that weekend", DateKind::Weekend),
    ("over the weekend", DateKind::Weekend),
    ("at the weekend", DateKind::Weekend),
    ("on the weekend", DateKind::Weekend),
    ("during the weekend", DateKind::Weekend),
    ("later that week", DateKind::LaterThatWeek),
    ("later in the week", DateKind::LaterThatWeek),
    ("the following week", DateKind::Shift(7)),
    ("the next week", DateKind::Shift(7)),
    ("the following month", DateKind::MonthShift(1)),
    ("the next month", DateKind::MonthShift(1)),
    ("later that month", DateKind::MonthShift(0)),
    ("at the beginning of the month", DateKind::PartOfTheMonth(1)),
    ("at the start of the month", DateKind::PartOfTheMonth(1)),
    (
        "at the beginning of this month",
        DateKind::PartOfTheMonth(1),
    ),
    ("at the start of this month", DateKind::PartOfTheMonth(1)),
    ("early this month", DateKind::PartOfTheMonth(1)),
    ("in the middle of the month", DateKind::PartOfTheMonth(2)),
    ("in the middle of this month", DateKind::PartOfTheMonth(2)),
    ("at the end of the month", DateKind::PartOfTheMonth(3)),
    ("at the end of this month", DateKind::PartOfTheMonth(3)),
    ("that month", DateKind::MonthShift(0)),
    ("the following year", DateKind::YearShift(1)),
    ("the next year", DateKind::YearShift(1)),
    ("later that year", DateKind::YearShift(0)),
    ("that year", DateKind::YearShift(0)),
    ("today", DateKind::FromToday(0)),
    ("tonight", DateKind::FromToday(0)),
    ("yesterday", DateKind::FromToday(-1)),
    ("the day before yesterday", DateKind::FromToday(-2)),
    ("this morning", DateKind::FromToday(0)),
    // "this very morning", as a prayer or a speech says it.
    ("this very morning", DateKind::FromToday(0)),
    ("this very afternoon", DateKind::FromToday(0)),
    ("this very day", DateKind::FromToday(0)),
    ("since the morning", DateKind::FromToday(0)),
    ("since the afternoon", DateKind::FromToday(0)),
    ("since noon", DateKind::FromToday(0)),
    ("since midday", DateKind::FromToday(0)),
    ("this afternoon", DateKind::FromToday(0)),
    ("this evening", DateKind::FromToday(0)),
    ("at dawn", DateKind::Shift(0)),
    ("before dawn", DateKind::Shift(0)),
    ("by dawn", DateKind::Shift(0)),
    ("at first light", DateKind::Shift(0)),
    ("at dusk", DateKind::Shift(0)),
    ("by nightfall", DateKind::Shift(0)),
    ("by sunset", DateKind::Shift(0)),
    ("at sunset", DateKind::Shift(0)),
    ("by sundown", DateKind::Shift(0)),
    ("by dawn", DateKind::Shift(0)),
    ("by evening", DateKind::Shift(0)),
    ("by the evening", DateKind::Shift(0)),
    ("before noon", DateKind::Shift(0)),
    ("by midday", DateKind::Shift(0)),
    ("by noon", DateKind::Shift(0)),
    ("earlier today", DateKind::FromToday(0)),
    ("last night", DateKind::FromToday(-1)),
    ("late last night", DateKind::FromToday(-1)),
    ("last month", DateKind::LastMonth),
    ("last week", DateKind::LastWeek),
];
const BOUND_WORDS: &[&str] = &["since", "until", "till", "from", "to", "through"];

/// Whether the words just before a date compare with it ("than a week ago", "its size a week
/// ago", "compared with last month").
fn compared_with(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(COMPARED_REACH)..i]
        .iter()
        .any(|t| ["than", "compared", "size"].contains(&t.norm.as_str()))
}

/// How many words before a date may say it is compared with.
const COMPARED_REACH: usize = 6;

/// "outside the authority of the State until 27/11/2016, when it returned to State authority",
/// "from 7 August, when the groups seized X": the day a stretch ran from or until, with "when"
/// after it, dates what happened then (a day only: "until the summer of 2012, when …" sets the
/// scene of a history).
fn when_after(tokens: &[Token], end: usize) -> bool {
    let word = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    word(end) == Some("when") || (word(end) == Some(",") && word(end + 1) == Some("when"))
}

/// "ending a fight that began on 30 November", "an offensive launched in mid-November": the day
/// something began bounds the stretch it ran over, it is not the day of what ended it.
fn opens_what_began(tokens: &[Token], i: usize) -> bool {
    let word = |back: usize| {
        i.checked_sub(back)
            .and_then(|k| tokens.get(k))
            .map(|t| t.norm.as_str())
    };
    matches!(word(1), Some("on" | "in"))
        && word(2).is_some_and(|w| BEGAN_WORDS.contains(&w))
        && matches!(
            word(3),
            Some(
                "that"
                    | "which"
                    | "offensive"
                    | "fight"
                    | "battle"
                    | "assault"
                    | "push"
                    | "campaign"
            )
        )
}

/// Verbs that say something began.
const BEGAN_WORDS: &[&str] = &["began", "begun", "started", "launched", "opened"];
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
    // "the first days of Ramadan 2012", "Eid 2013": a feast or month of another calendar, in its
    // year.
    "ramadan",
    "eid",
    "muharram",
    "shawwal",
    "christmas",
    "easter",
];

/// Whether a date's phrase names a weekday ("on Sunday", "last Tuesday").
pub fn is_weekday_phrase(phrase: &str) -> bool {
    phrase
        .split(|c: char| !c.is_alphabetic())
        .any(|w| WEEKDAYS.iter().any(|(d, _)| *d == w))
}

/// Whether a (lower-case) word is a weekday's name or its start of three letters or more ("tue",
/// "thurs", "saturday").
pub(super) fn is_weekday_or_short(word: &str) -> bool {
    word.len() >= 3 && WEEKDAYS.iter().any(|(d, _)| d.starts_with(word))
}

/// Weekdays as a ledger writes them in two letters ("Sa 26-11").
pub(crate) const TWO_LETTER_WEEKDAYS: &[&str] = &["mo", "tu", "we", "th", "fr", "sa", "su"];

/// Whether a (lower-case) word names a month or a day of the week.
pub fn is_date_word(word: &str) -> bool {
    month_of(word).is_some() || WEEKDAYS.iter().any(|(w, _)| *w == word)
}

/// Whether a word names a month, in English or another language ("December", "Dezember", "joulukuuta").
pub fn is_month_name(word: &str) -> bool {
    month_of(&word.to_lowercase()).is_some() || foreign_month_of(word).is_some()
}

fn month_of(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == word).map(|&(_, n)| n)
}

/// Ordinal words, first to thirty-first.
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// "ninth" 9, "twenty-second" 22, "thirty-first" 31: an ordinal written out.
fn spelled_ordinal(word: &str) -> Option<u32> {
    let unit = |w: &str| ORDINALS.iter().position(|o| *o == w).map(|i| i as u32 + 1);
    match word.split_once('-') {
        Some(("twenty", rest)) => unit(rest).filter(|u| *u < 10).map(|u| 20 + u),
        Some(("thirty", "first")) => Some(31),
        Some(_) => None,
        None if word == "thirtieth" => Some(30),
        None => unit(word),
    }
}

fn day_of(word: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Whether token `i` stands inside round brackets opened earlier in the sentence.
fn in_brackets(tokens: &[Token], i: usize) -> bool {
    let mut depth = 0i32;
    for t in &tokens[..i] {
        match t.norm.as_str() {
            "(" => depth += 1,
            ")" => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}

/// A year, a season or a month: no day.
fn is_coarse(kind: &DateKind) -> bool {
    matches!(
        kind,
        DateKind::Year { .. } | DateKind::Season { .. } | DateKind::Month { .. }
    )
}

/// The year a Markdown heading names when it names one ("### 4.2 Case study: the collapse of the
/// northern salient, 26-28 November 2016"): what the text under it is about.
pub fn markdown_heading_year(line: &str) -> Option<i32> {
    if !line.trim_start().starts_with('#') {
        return None;
    }
    let mut years = line
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(year_of);
    let year = years.next()?;
    years.all(|y| y == year).then_some(year)
}

/// The year a heading names when it names nothing else much ("## 2012", "2015", "Events of 2014"):
/// at most four words, one of them a year.
pub fn heading_year(line: &str) -> Option<i32> {
    if line.contains(':') {
        return None;
    }
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut years = words.iter().filter_map(|w| year_of(w));
    let year = years.next()?;
    // Besides the year, words only ("## 2012", "Events of 2014"): not a date or a table.
    let numbers = words
        .iter()
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()));
    (words.len() <= 4 && years.next().is_none() && numbers.count() == 1).then_some(year)
}

/// The one year a document's title line writes ("NEWSPAPER INDEX 2012 — Annual cumulation"), if
/// it writes one and no other number.
pub fn title_year(line: &str) -> Option<i32> {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut numbers = words
        .iter()
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()));
    let (Some(only), None) = (numbers.next(), numbers.next()) else {
        return None;
    };
    year_of(only)
}

/// Whether a line may be a masthead's or a copy's note of when the text was written ("Issue 48,
/// February 2017", "Typed by the grand-daughter, Montreal, March 2017."): not a heading over what
/// follows ("## July 2016 – …", "\\section{… November 2016}"), nor a speaker's line ("NARRATOR:
/// Aleppo, July 2012.").
pub fn is_masthead_line(line: &str) -> bool {
    let line = line.trim_start();
    let speaker = line.split_once(':').is_some_and(|(label, _)| {
        !label.is_empty() && label.chars().all(|c| c.is_uppercase() || c.is_whitespace())
    });
    !line.starts_with(['#', '\\']) && !speaker
}

/// The most words a title naming its month may hold.
const TITLE_WORDS: usize = 16;

/// "EL AMANESER — Enero 2017 / Tevet 5777": the last day of the month and year a title names (in
/// English or another language), by which the text was written. Not a full date ("Monday 28
/// November 2016"), which dates the text itself.
pub fn title_month(line: &str) -> Option<NaiveDate> {
    // Each word with what stands between it and the word before.
    let mut words: Vec<(&str, &str)> = Vec::new();
    let (mut gap_start, mut word_start) = (0, None);
    for (at, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        match (c.is_alphanumeric(), word_start) {
            (true, None) => word_start = Some(at),
            (false, Some(start)) => {
                words.push((&line[start..at], &line[gap_start..start]));
                gap_start = at;
                word_start = None;
            }
            _ => {}
        }
    }
    if words.len() > TITLE_WORDS {
        return None;
    }
    (0..words.len().saturating_sub(1)).find_map(|k| {
        let (word, gap) = words[k];
        // A field of its own: at the line's head or after a separator ("Issue 48, February
        // 2017", "Orders book — December 2016", "(August 2012)"); not "in late July 2012", "28
        // November 2016" or "January-April 2013".
        let separated = k == 0
            || gap
                .trim()
                .chars()
                .last()
                .is_some_and(|c| SEPARATORS.contains(&c));
        if !separated {
            return None;
        }
        let month = month_of(&word.to_lowercase()).or_else(|| foreign_month_of(word))?;
        let year = year_of(words[k + 1].0).filter(|_| words[k + 1].1.trim().is_empty())?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        };
        next?.pred_opt()
    })
}

/// What may stand before a masthead's month: a comma, a dash, a bracket, a dot between fields.
const SEPARATORS: &[char] = &[
    ',', '\u{2014}', '\u{2013}', '(', '\u{b7}', '|', '/', '[', '*', '_',
];

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

/// "from the summer of 2012: the army took it in August that year": a day or month followed by
/// "that year" (or "of the same year") is of the year an earlier date of the sentence wrote.
fn of_that_year(tokens: &[Token], out: &mut [DateMention]) {
    for k in 1..out.len() {
        let words: Vec<&str> = tokens[out[k].tokens.end..]
            .iter()
            .take(4)
            .map(|t| t.norm.as_str())
            .collect();
        let that_year = matches!(
            words.as_slice(),
            ["that", "year", ..]
                | ["of", "that", "year", ..]
                | ["the", "same", "year", ..]
                | ["of", "the", "same", "year"]
        );
        let written = out[..k].iter().rev().find_map(DateMention::written_year);
        if let (true, Some(y)) = (that_year, written) {
            match &mut out[k].kind {
                DateKind::Day { year, .. } | DateKind::Month { year, .. } if year.is_none() => {
                    *year = Some(y)
                }
                _ => {}
            }
        }
    }
}

/// "in the first days of August that year": a "that year" right after a day or month says of which
/// year that day or month is; it dates nothing of its own (the month does, in the year of the last
/// date told).
fn that_year_of_a_month(tokens: &[Token], out: &mut Vec<DateMention>) {
    let mut absorbed = vec![false; out.len()];
    for k in 1..out.len() {
        let gap = &tokens[out[k - 1].tokens.end..out[k].tokens.start];
        let after_month = matches!(
            out[k - 1].kind,
            DateKind::Day { .. } | DateKind::Month { .. }
        ) && gap.iter().all(|t| t.norm == "of");
        if after_month && out[k].kind == DateKind::YearShift(0) {
            out[k - 1].that_year = true;
            absorbed[k] = true;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !absorbed[k - 1]
    });
}

/// "In the summer of 2016, rebels overran X on 6 August": a day or month without a year that falls
/// inside a year, season or month written earlier in the sentence (not one a "since" bounds) is of
/// that year.
fn within_a_period_before(out: &mut [DateMention]) {
    for k in 1..out.len() {
        let month = match out[k].kind {
            DateKind::Day {
                month, year: None, ..
            }
            | DateKind::Days {
                month, year: None, ..
            }
            | DateKind::Month {
                month, year: None, ..
            } => month,
            _ => continue,
        };
        let period_year = out[..k].iter().rev().find_map(|m| {
            let inside = match m.kind {
                DateKind::Year { year, .. } => Some(year),
                DateKind::Season { first, year } => {
                    (first..first + 3).contains(&month).then_some(year)
                }
                DateKind::Month {
                    month: m2,
                    year: Some(y),
                    ..
                } => (m2 == month).then_some(y),
                _ => None,
            };
            inside.filter(|_| !m.bound)
        });
        // "left behind in 2012, was reached on Monday 5 December": a weekday the day does not fall
        // on in that year says the day is of another.
        if let Some(y) = period_year.filter(|&y| weekday_fits(&out[k], y)) {
            match &mut out[k].kind {
                DateKind::Day { year, .. }
                | DateKind::Days { year, .. }
                | DateKind::Month { year, .. } => *year = Some(y),
                _ => {}
            }
        }
    }
}

/// Whether a day's weekday (if it has one) is its weekday in `year`.
fn weekday_fits(m: &DateMention, year: i32) -> bool {
    match (m.weekday, &m.kind) {
        (Some(w), DateKind::Day { day, month, .. }) => {
            NaiveDate::from_ymd_opt(year, *month, *day).is_some_and(|d| d.weekday() == w)
        }
        _ => true,
    }
}

/// The month and written year of a day or month mention.
fn month_and_year(kind: &DateKind) -> Option<(u32, Option<i32>)> {
    match *kind {
        DateKind::Day { month, year, .. }
        | DateKind::Days { month, year, .. }
        | DateKind::Month { month, year, .. } => Some((month, year)),
        _ => None,
    }
}

/// How many months before a later date of its sentence that writes a year a day or month without
/// one may lie and still be of that stretch of time.
const MONTHS_BEFORE_A_WRITTEN_YEAR: u32 = 3;

/// "late July and early August 2012", "Once Hanano had fallen at the end of November, X was retaken
/// on 5 December 2016": a day or month without a year takes the year of a later date of the same
/// sentence that writes one: the next date when it follows at once, else the first that is at most
/// three months after it (the year before when the months cross a new year).
fn year_of_a_later_day(out: &mut [DateMention]) {
    for k in (0..out.len().saturating_sub(1)).rev() {
        let Some((month, None)) = month_and_year(&out[k].kind) else {
            continue;
        };
        let close = out[k + 1].tokens.start <= out[k].tokens.end + 3;
        let found = out[k + 1..].iter().enumerate().find_map(|(j, m)| {
            let (later, year) = month_and_year(&m.kind)?;
            let year = year?;
            if j == 0 && close {
                return Some(year);
            }
            let gap = (later + 12 - month) % 12;
            (gap <= MONTHS_BEFORE_A_WRITTEN_YEAR)
                .then(|| if later < month { year - 1 } else { year })
        });
        if let Some(y) = found {
            if let DateKind::Day { year, .. }
            | DateKind::Days { year, .. }
            | DateKind::Month { year, .. } = &mut out[k].kind
            {
                *year = Some(y);
            }
        }
    }
}

/// "06/03/2016, 10:00 - Sami: the rebels took X this morning": after a day the sentence names,
/// "this morning" (afternoon, evening) is of that day; alone it is of the day the text is written.
fn this_part_of_a_day_named(out: &mut [DateMention]) {
    for k in 1..out.len() {
        let part_of_today = out[k].kind == DateKind::FromToday(0)
            && out[k].text.to_lowercase().starts_with("this ");
        if part_of_today && out[..k].iter().any(|m| !m.is_relative()) {
            out[k].kind = DateKind::Shift(0);
        }
    }
}

/// "Last Tuesday", "that Saturday", "the Sunday": the word before a weekday says which one it is.
fn weekday_told_by_word_before(text: &str, tokens: &[Token], out: &mut [DateMention]) {
    for m in out.iter_mut() {
        let DateKind::Weekday(w) = m.kind else {
            continue;
        };
        let Some(k) = m.tokens.start.checked_sub(1) else {
            continue;
        };
        // "the previous Monday", "the preceding Sunday".
        let previous = ["previous", "preceding"].contains(&tokens[k].norm.as_str())
            && k > 0
            && tokens[k - 1].norm == "the";
        if previous {
            m.kind = DateKind::PreviousWeekday(w);
            m.tokens.start = k - 1;
            m.range.start = tokens[k - 1].start;
            m.text = text[m.range.clone()].to_string();
            continue;
        }
        let kind = match tokens[k].norm.as_str() {
            "last" => DateKind::LastWeekday(w),
            "that" => DateKind::ThatWeekday(w),
            // "By the Sunday night": the Sunday of the days told of, on or after the last.
            "the" => DateKind::TheWeekday(w),
            _ => continue,
        };
        m.kind = kind;
        m.tokens.start = k;
        m.range.start = tokens[k].start;
        m.text = text[m.range.clone()].to_string();
    }
}

/// "On Saturday, 26 November", "Monday night, 12 December": a weekday just before a day without a
/// year is that day's weekday, not a date of its own.
fn with_weekdays(tokens: &[Token], out: &mut Vec<DateMention>) {
    const BETWEEN: &[&str] = &[",", "the", "night", "morning", "afternoon", "evening"];
    let mut k = 0;
    while k + 1 < out.len() {
        let weekday = match out[k].kind {
            DateKind::Weekday(w) => Some(w),
            _ => None,
        };
        // "Sunday, 26 November"; "Sunday 29 July 2012", where the year already says which.
        let yearless_day = matches!(
            out[k + 1].kind,
            DateKind::Day { .. }
                | DateKind::DayThisMonth(_)
                | DateKind::DayOfLastMonth(_)
                | DateKind::DayOfPreviousMonth(_)
        );
        let next_to = tokens[out[k].tokens.end..out[k + 1].tokens.start]
            .iter()
            .all(|t| BETWEEN.contains(&t.norm.as_str()));
        match weekday {
            Some(w) if yearless_day && next_to => {
                out[k + 1].weekday = Some(w);
                out.remove(k);
            }
            _ => k += 1,
        }
    }
}

/// Which number of a numeric date ("08/09/2012") is the day: the first, as most of the world
/// writes, or the second, as the United States does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DayOrder {
    #[default]
    DayFirst,
    MonthFirst,
}

/// The order a text writes its numeric dates in: month first when it says so ("Dates are shown as
/// month/day/year", "MM/DD/YYYY"), or when some date's second number is above 12 ("08/15/2012")
/// and no date's first one is; day first otherwise.
pub fn day_order(text: &str) -> DayOrder {
    let lower_says = |p: &str| {
        text.as_bytes()
            .windows(p.len())
            .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
    };
    if lower_says("month/day/year") || lower_says("mm/dd/yyyy") {
        return DayOrder::MonthFirst;
    }
    let (mut day_first, mut month_first) = (false, false);
    for (a, b) in numeric_pairs(text) {
        day_first |= a > 12 && b <= 12;
        month_first |= b > 12 && a <= 12;
    }
    if month_first && !day_first {
        DayOrder::MonthFirst
    } else {
        DayOrder::DayFirst
    }
}

/// The first two numbers of each "a/b/yyyy", "a.b.yyyy" or "a-b-yyyy" in a text (a and b of one
/// or two digits, the same separator twice, a year of four digits).
fn numeric_pairs(text: &str) -> impl Iterator<Item = (u32, u32)> + '_ {
    let bytes = text.as_bytes();
    let digits_at = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    (0..bytes.len()).filter_map(move |i| {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            return None;
        }
        let n1 = digits_at(i);
        let sep = *bytes.get(i + n1)?;
        let j = i + n1 + 1;
        let n2 = digits_at(j);
        let k = j + n2 + 1;
        let year = digits_at(k.min(bytes.len()));
        let shape = (1..=2).contains(&n1)
            && (1..=2).contains(&n2)
            && matches!(sep, b'/' | b'.' | b'-')
            && bytes.get(j + n2) == Some(&sep)
            && year == 4;
        shape.then(|| Some((text[i..i + n1].parse().ok()?, text[j..j + n2].parse().ok()?)))?
    })
}

/// "6 Ramadan 1433 H, corresponding to 25/07/2012": the "to" of a day given in another calendar
/// names the same day, not a period's end.
fn corresponds(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].norm == "to"
        && ["corresponding", "corresponds", "equivalent", "equal"]
            .contains(&tokens[i - 2].norm.as_str())
}

/// Labels of a form's fields that date what is to come, not the day it was filled in ("Due: Sat
/// 17/12/2016" on a repair ticket).
pub const LATER_FIELDS: &[&str] = &[
    "due", "ready", "promised", "expected", "deadline", "until", "valid", "return", "next",
];

/// Whether a date is a field's value whose label dates what is to come ("Due: …"): like a period's
/// bound, it is no date of an event.
fn labelled_later(tokens: &[Token], i: usize) -> bool {
    // "Due: Mon 19/12/2016": a weekday's name or its short form may stand before the date.
    let i = if i >= 1 && is_weekday_or_short(&tokens[i - 1].norm) {
        i - 1
    } else {
        i
    };
    let field =
        i >= 2 && tokens[i - 1].norm == ":" && LATER_FIELDS.contains(&tokens[i - 2].norm.as_str());
    // "delivery rescheduled for Thu 01/12/2016", "postponed to Monday".
    let put_off = i >= 2
        && ["for", "to", "till", "until"].contains(&tokens[i - 1].norm.as_str())
        && PUT_OFF.contains(&tokens[i - 2].norm.as_str());
    field || put_off
}

/// Participles that move what is to be done to a later day ("rescheduled for", "postponed to").
const PUT_OFF: &[&str] = &[
    "rescheduled",
    "postponed",
    "scheduled",
    "deferred",
    "adjourned",
    "booked",
    "planned",
    "set",
];

/// Finds every date phrase in a sentence's tokens, left to right, numeric dates read day first.
pub fn find_dates(text: &str, tokens: &[Token]) -> Vec<DateMention> {
    find_dates_in_order(text, tokens, DayOrder::DayFirst)
}

/// [`find_dates`], numeric dates read in `order` ([`day_order`] of the text).
pub fn find_dates_in_order(text: &str, tokens: &[Token], order: DayOrder) -> Vec<DateMention> {
    let relative = relative_set();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = absolute_at(text, tokens, i, order)
            .or_else(|| weekday_at(text, tokens, i))
            .or_else(|| counted_at(tokens, i))
            .or_else(|| {
                relative
                    .longest_at(text, tokens, i)
                    .map(|f| (f.end, f.value.clone()))
                    // "in the morning of 28 Nov": a part of the day the date after it names.
                    .filter(|(end, _)| tokens.get(*end).is_none_or(|t| t.norm != "of"))
            });
        match found {
            Some((end, kind)) => {
                let a_day = matches!(kind, DateKind::Day { .. });
                let before = i
                    .checked_sub(1)
                    .and_then(|b| tokens.get(b))
                    .map(|t| t.norm.as_str());
                let range = tokens[i].start..tokens[end - 1].end;
                // "(purchased 14/03/2016, card stamped)": a day a participle dates in brackets is
                // an aside too.
                let participle_before = before.is_some_and(|b| b.ends_with("ed"));
                // "shrinking the enclave to a third of its size a week ago": a time things are
                // compared with is an aside too.
                let aside = (in_brackets(tokens, i) && (is_coarse(&kind) || participle_before))
                    || compared_with(tokens, i);
                out.push(DateMention {
                    text: text[range.clone()].to_string(),
                    range,
                    tokens: i..end,
                    kind,
                    bound: (before.is_some_and(|b| BOUND_WORDS.contains(&b))
                        && !corresponds(tokens, i)
                        && !(matches!(before, Some("until" | "till" | "from" | "since"))
                            && a_day
                            && when_after(tokens, end)))
                        || labelled_later(tokens, i)
                        || opens_what_began(tokens, i),
                    by: before == Some("by") || tokens[i].norm == "by",
                    aside,
                    weekday: None,
                    stretch: false,
                    that_year: false,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    // "in the evening, after two days of airstrikes": a stretch leading up to a day the sentence
    // names is no date of its own; it counts from the last date only when nothing else dates it.
    let stretch = |m: &DateMention| {
        m.tokens.start > 0
            && tokens[m.tokens.start - 1].norm == "after"
            && tokens[m.tokens.end - 1].norm == "of"
    };
    if out.len() > 1 {
        out.retain(|m| !stretch(m));
    }
    for m in &mut out {
        m.stretch = stretch(m);
    }
    // "between 2013 and the autumn of 2016": both ends bound a period.
    for k in 1..out.len() {
        let opens =
            out[k - 1].tokens.start > 0 && tokens[out[k - 1].tokens.start - 1].norm == "between";
        let joined = tokens[out[k - 1].tokens.end..out[k].tokens.start]
            .iter()
            .all(|t| matches!(t.norm.as_str(), "and" | "the"));
        // "Between 28 July and 3 August 2012 armed groups took X": between two days, the change
        // happened by the second.
        let days = [&out[k - 1], &out[k]]
            .iter()
            .all(|m| matches!(m.kind, DateKind::Day { .. } | DateKind::Days { .. }));
        if opens && joined && !days {
            out[k - 1].bound = true;
            out[k].bound = true;
        }
    }
    with_weekdays(tokens, &mut out);
    weekday_told_by_word_before(text, tokens, &mut out);
    of_that_year(tokens, &mut out);
    that_year_of_a_month(tokens, &mut out);
    within_a_period_before(&mut out);
    this_part_of_a_day_named(&mut out);
    year_of_a_later_day(&mut out);
    out
}
