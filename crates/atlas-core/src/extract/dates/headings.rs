//! The lines that date a whole text rather than a sentence: a heading's or a title's year, a
//! masthead's month.

use super::*;

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
/// it writes one and no other number; or the first of a span of years ("the notebooks (1435–1436
/// / 2014–2015)", Hijri years left aside).
pub fn title_year(line: &str) -> Option<i32> {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let hijri = |w: &str| w.parse::<i32>().is_ok_and(|y| (1300..=1500).contains(&y));
    let numbers: Vec<&str> = words
        .iter()
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()) && !hijri(w))
        .copied()
        .collect();
    match numbers.as_slice() {
        [only] => year_of(only),
        [first, last] => {
            let (from, to) = (year_of(first)?, year_of(last)?);
            (from < to && to - from <= MAX_TITLE_SPAN).then_some(from)
        }
        _ => None,
    }
}

/// The most years a title's span of years may cover.
const MAX_TITLE_SPAN: i32 = 5;

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
