//! A text that writes no year anywhere ("GAZIANTEP, Turkey, Dec 20 (Reuters) - …", a wire story
//! whose dateline and days are all without one) cannot be dated from itself. Beside a dataset's
//! changes ([`KnownControl`]) it is read once for each year those changes span, and the year whose
//! candidates agree with the most recorded changes (same district, same side, within
//! [`super::known::NEAR_DAYS`]) is kept, when it is the only one that does and agrees with more
//! than the text read without a year. Every candidate then says so in its date basis.

use super::dates::{find_dates_in_order, DateContext, DayOrder};
use super::{sentences, tokens, Candidate, KnownControl};
use crate::model::SourceDocument;
use chrono::NaiveDate;

/// Whether the text knows no year of its own: no own date nor period, no year in its title line and
/// no day written with its year ("26 November 2016") in any sentence.
pub(super) fn writes_no_year(
    doc: &SourceDocument,
    sentences: &[sentences::Sentence],
    order: DayOrder,
) -> bool {
    if DateContext::for_document_in_order(doc, None, order).knows_a_year() {
        return false;
    }
    let title_line = doc.text.lines().find(|l| !l.trim().is_empty());
    if title_line.and_then(super::dates::title_year).is_some() {
        return false;
    }
    sentences.iter().all(|s| {
        let toks = tokens::tokenize(&doc.text, s.range.clone());
        find_dates_in_order(&doc.text, &toks, order)
            .iter()
            .all(|m| m.kind.full_day(true).is_none())
    })
}

/// How many of the candidates a recorded change of one of their districts agrees with.
fn agreement(candidates: &[Candidate], known: &KnownControl) -> usize {
    candidates
        .iter()
        .filter(|c| {
            c.places
                .iter()
                .any(|p| known.taker_near(&p.district, c.date.day) == Some(c.controller.as_str()))
        })
        .count()
}

/// Of the text read without a year (`unread`) and read in each year (`read_in`, None when
/// cancelled), the reading to keep: a year's, when that year alone agrees best with the recorded
/// changes and better than the reading without a year.
pub(super) fn best_reading(
    unread: Vec<Candidate>,
    known: &KnownControl,
    read_in: impl FnMut(i32) -> Option<Vec<Candidate>>,
) -> Option<Vec<Candidate>> {
    best_assumption(unread, known, known.years(), read_in, |year| {
        format!(
            "the text writes no year: {year}, the only year whose recorded changes agree with it"
        )
    })
}

/// Of the text read as it is (`unread`) and read under each of `options` (`read_as`, None when
/// cancelled), the reading to keep: an option's, when it alone agrees best with the recorded
/// changes and better than the text as it is; its candidates' date basis then says `why`.
fn best_assumption<T: Copy>(
    unread: Vec<Candidate>,
    known: &KnownControl,
    options: impl IntoIterator<Item = T>,
    mut read_as: impl FnMut(T) -> Option<Vec<Candidate>>,
    why: impl Fn(T) -> String,
) -> Option<Vec<Candidate>> {
    let mut best: Option<(T, Vec<Candidate>)> = None;
    let mut best_agreement = agreement(&unread, known);
    let mut tied = false;
    for option in options {
        let read = read_as(option)?;
        let agrees = agreement(&read, known);
        if agrees > best_agreement {
            (best, best_agreement, tied) = (Some((option, read)), agrees, false);
        } else if agrees == best_agreement && best.is_some() {
            tied = true;
        }
    }
    Some(match best {
        Some((option, mut read)) if !tied => {
            for c in &mut read {
                c.date_basis = format!("{}; {}", c.date_basis, why(option));
            }
            read
        }
        _ => unread,
    })
}

/// What a reading of a text takes for granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Assumed {
    /// Only what the text says.
    Nothing,
    /// The year of its days, for a text that writes none.
    Year(i32),
    /// The day it was written on, for a masthead whose month is not read.
    Day(NaiveDate),
}

/// How many of a text's first lines may hold its masthead.
const MASTHEAD_LINES: usize = 5;

/// The day and year of a masthead whose month is a word the extractor does not read ("28 ноябрь
/// 2016 йыл", "Llunes, 5 d'avientu de 2016", "Àllarba 7 desàmbar 2016"): a day of one or two digits,
/// one or two words, and a year, on one of the first lines.
pub(super) fn masthead_month_unread(doc: &SourceDocument, order: DayOrder) -> Option<(u32, i32)> {
    let mut at = 0;
    for line in doc.text.split_inclusive('\n').take(MASTHEAD_LINES) {
        let range = at..at + line.len();
        at = range.end;
        let toks = tokens::tokenize(&doc.text, range);
        if !find_dates_in_order(&doc.text, &toks, order).is_empty() {
            continue;
        }
        let found = (0..toks.len()).find_map(|i| day_words_year(&toks[i..]));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// A day, one or two words (no number among them), and a year at the start of `toks`.
fn day_words_year(toks: &[tokens::Token]) -> Option<(u32, i32)> {
    let number = |t: &tokens::Token| t.norm.bytes().all(|b| b.is_ascii_digit());
    let day: u32 = toks
        .first()
        .filter(|t| number(t) && t.norm.len() <= 2)?
        .norm
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    let words = toks[1..].iter().take_while(|t| !number(t)).count();
    let all_words = toks[1..1 + words]
        .iter()
        .all(|t| t.is_word() || t.norm == "'");
    let year: i32 = toks
        .get(1 + words)
        .filter(|t| number(t) && t.norm.len() == 4)?
        .norm
        .parse()
        .ok()
        .filter(|y| (1900..=2100).contains(y))?;
    ((1..=3).contains(&words) && all_words).then_some((day, year))
}

/// Of the text read with no date (`unread`) and read as written on the masthead's day in each month
/// (`read_on`, None when cancelled), the reading to keep: a month's, when that month alone agrees
/// best with the recorded changes and better than the reading with no date.
pub(super) fn best_month(
    unread: Vec<Candidate>,
    known: &KnownControl,
    (day, year): (u32, i32),
    read_on: impl FnMut(NaiveDate) -> Option<Vec<Candidate>>,
) -> Option<Vec<Candidate>> {
    let days = (1..=12).filter_map(|m| NaiveDate::from_ymd_opt(year, m, day));
    best_assumption(unread, known, days, read_on, |date| {
        format!(
            "the masthead's month is not read: {}, the only month whose recorded changes agree \
             with the text",
            date.format("%B")
        )
    })
}
