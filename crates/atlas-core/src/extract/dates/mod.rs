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
use std::borrow::Cow;
use std::ops::Range;

mod absolute;
mod context;
mod diary;
mod headings;
mod marks;
mod months;
mod order;
mod refine;
#[cfg(test)]
mod tests;
mod weekdays;
mod words;

use absolute::{absolute_at, counted_at, solar_hijri_at, weekday_at};
pub use context::DateContext;
pub use diary::diary_heading;
pub use headings::{
    heading_year, is_masthead_line, markdown_heading_year, title_month, title_year,
};
pub use marks::LATER_FIELDS;
use marks::*;
use months::{foreign_month_of, levantine_month, long_foreign_month};
pub use order::{day_order, DayOrder};
use refine::*;
pub(in crate::extract) use words::is_weekday_or_short;
use words::*;
pub use words::{is_date_word, is_month_name, is_weekday_name, is_weekday_phrase};
pub(crate) use words::{NUMBERS, TWO_LETTER_WEEKDAYS};

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

/// Finds every date phrase in a sentence's tokens, left to right, numeric dates read day first.
pub fn find_dates(text: &str, tokens: &[Token]) -> Vec<DateMention> {
    find_dates_in_order(text, tokens, DayOrder::DayFirst)
}

/// Words French elides onto the next one ("qu'avant-hier", "jusqu'aujourd'hui"); not "d'", whose
/// "of" makes what follows a part of the date before ("el juliol d'aquell any").
const ELIDED: &[&str] = &["qu", "jusqu", "lorsqu", "puisqu"];

/// The tokens with an elided word cut from the front of the word it is joined to, so that
/// "qu'avant-hier" is read as "avant-hier"; borrowed when no token has one.
fn without_elisions<'a>(text: &str, tokens: &'a [Token]) -> Cow<'a, [Token]> {
    // The characters to cut: the elided word and its apostrophe (which may be curly in the text).
    let cut = |t: &Token| {
        let (head, rest) = t.norm.split_once('\'')?;
        (t.is_word() && ELIDED.contains(&head) && rest.chars().next()?.is_alphabetic())
            .then(|| head.chars().count() + 1)
    };
    if !tokens.iter().any(|t| cut(t).is_some()) {
        return Cow::Borrowed(tokens);
    }
    let unelided = |t: &Token| {
        let chars = cut(t)?;
        let bytes = t.text(text).char_indices().nth(chars)?.0;
        let norm = t.norm.char_indices().nth(chars)?.0;
        Some(Token {
            start: t.start + bytes,
            norm: t.norm[norm..].to_string(),
            ..t.clone()
        })
    };
    Cow::Owned(
        tokens
            .iter()
            .map(|t| unelided(t).unwrap_or_else(|| t.clone()))
            .collect(),
    )
}

/// "returned to the State yesterday evening, Thursday 22/12": a day counted from today that a
/// written day right after its comma restates gives way to it (the text's own date may not be the
/// day it was written).
fn restated_by_a_day(tokens: &[Token], out: &mut Vec<DateMention>) {
    let restated: Vec<bool> = (0..out.len())
        .map(|k| {
            let Some(next) = out.get(k + 1) else {
                return false;
            };
            let m = &out[k];
            let from_today = matches!(m.kind, DateKind::FromToday(_));
            // "yesterday evening, Thursday 22/12": a comma, a part of the day, the weekday.
            let between = &tokens[m.tokens.end..next.tokens.start];
            let comma_between = between.iter().any(|t| t.norm == ",")
                && between.iter().all(|t| {
                    t.norm == "," || is_part_of_day(&t.norm) || words::is_weekday_name(&t.norm)
                });
            from_today && comma_between && matches!(next.kind, DateKind::Day { .. })
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !restated[k - 1]
    });
}

/// Words for a part of a day that may follow a day counted from today ("yesterday evening").
fn is_part_of_day(word: &str) -> bool {
    ["morning", "afternoon", "evening", "night"].contains(&word)
}

/// [`find_dates`], numeric dates read in `order` ([`day_order`] of the text).
pub fn find_dates_in_order(text: &str, tokens: &[Token], order: DayOrder) -> Vec<DateMention> {
    let tokens = &*without_elisions(text, tokens);
    let relative = relative_set();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = solar_hijri_at(text, tokens, i)
            .or_else(|| absolute_at(text, tokens, i, order))
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
                out.push(mention_at(text, tokens, i..end, kind));
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
    between_bounds(tokens, &mut out);
    with_weekdays(tokens, &mut out);
    restated_by_a_day(tokens, &mut out);
    weekday_abbreviated_before(tokens, &mut out);
    weekday_told_by_word_before(text, tokens, &mut out);
    of_that_year(tokens, &mut out);
    that_year_of_a_month(tokens, &mut out);
    within_a_period_before(&mut out);
    this_part_of_a_day_named(&mut out);
    year_of_a_later_day(&mut out);
    out
}
