//! Entries and their stamps: a log, a channel's posts, a caption set or a chronology gives each
//! entry a full date at the head of its line ("[04.12.16 07:15]", "**2016-12-05 - Bab al-Nasr.**",
//! "ALEPPO, SYRIA - DECEMBER 12, 2016.", "Update, 2 December 2016."). The text under a stamp was
//! written on that day: its "today", "this afternoon", "overnight" and weekdays count from it.

use super::dates::{
    diary_heading, find_dates_in_order, heading_year, is_date_word, markdown_heading_year,
    DateContext, DateKind, DateMention, DayOrder,
};
use super::tokens::{tokenize, Token};
use chrono::{Datelike, NaiveDate};
use std::ops::Range;

/// Lower-case words a stamp's label may hold ("Entry of", "posted on", "caption dated").
const LABEL_WORDS: &[&str] = &[
    "of",
    "on",
    "at",
    "dated",
    "posted",
    "updated",
    "filed",
    "entry",
    "sent",
    "written",
    "as",
    // A record's key: "created_at": "Mon Dec 05 21:40:12 +0000 2016" in an archive's export.
    "created",
    "date",
    "time",
    "timestamp",
    "published",
    "first",
    "last",
    "modified",
    "no",
    "nr",
    // "p.1  Sat 26.11.2016 - …": an album's or a file's page, photo or item number.
    "p",
    "pp",
    "pg",
    "page",
    "photo",
    "item",
    // "[pinned Sun 04/12/2016]" over a notice board's notice.
    "pinned",
    "added",
    "received",
    "logged",
];
/// The most words a stamp's label may hold before its date.
const LABEL_MAX_WORDS: usize = 6;

/// The date of the entry a sentence opens, when the sentence's first full date is the stamp at the
/// head of its line: before it only a label (brackets, emphasis, capitalised words such as a
/// dateline's place, or [`LABEL_WORDS`]), after it on the line nothing but a time, or a separator
/// ("—", "-", ":", "]", "|", ".", "**") before the entry's text. "On 26 November 2016, troops took
/// X" is a sentence, not a stamp.
pub fn entry_stamp(text: &str, range: Range<usize>, order: DayOrder) -> Option<NaiveDate> {
    // Cheap first: a stamp has digits.
    if !text.get(range.clone())?.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks = tokenize(text, range);
    stamp_among(text, &find_dates_in_order(text, &toks, order))
}

/// [`entry_stamp`] from a sentence's dates, already found.
pub fn stamp_among(text: &str, mentions: &[DateMention]) -> Option<NaiveDate> {
    stamp_mention(text, mentions)?.kind.full_day(false)
}

/// "Tue 29 Nov  Abu Khalil …… + 3,400": a ledger's or log's stamp that writes no year, the
/// mention to be read in the year the text is of.
/// Only a column's gap, a dash, the close of its bold or the line's end after it makes it one ("- **07/08** Plates
/// made." in a production log): "Saturday 26 Nov: Hanano fell" in a thread heads what it tells of,
/// not the day it was written.
pub fn yearless_stamp(text: &str, mentions: &[DateMention]) -> Option<DateMention> {
    stamp_mention(text, mentions)
        .filter(|m| matches!(m.kind, DateKind::Day { year: None, .. }))
        .filter(|m| {
            text.get(m.range.end..).is_some_and(|after| {
                column_gap(after)
                    || weekday_then_gap(after)
                    || cell_closes(after)
                    || dash_after(after)
                    || bold_closed(text, m.range.start, after)
                    || ends_line(after)
                    || (point_after(after)
                        && !m.text.contains(char::is_alphabetic)
                        && weekday_opens_line(text, m.range.start))
            })
        })
        .cloned()
}

/// Whether a date's weekday follows it, then a column's gap ("02/12 Fri  Friday sample …").
fn weekday_then_gap(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..word_end].trim_end_matches('.').to_lowercase();
    crate::extract::dates::is_weekday_or_short(&word) && column_gap(&rest[word_end..])
}

/// Whether the line of a date opens with a weekday right before it ("Sa 26-11", "Mon 28/11"), as
/// a ledger's remark does (not "…the blast of\n28 November. Pipes …").
fn weekday_opens_line(text: &str, date_start: usize) -> bool {
    let Some(before) = text.get(..date_start) else {
        return false;
    };
    let label = before[before.rfind('\n').map_or(0, |i| i + 1)..].trim();
    !label.is_empty() && label.split_whitespace().count() == 1 && {
        let word = label.trim_end_matches([',', '.']).to_lowercase();
        crate::extract::dates::is_weekday_phrase(&word)
            || crate::extract::dates::TWO_LETTER_WEEKDAYS.contains(&word.as_str())
    }
}

/// Whether a point closes the date before the entry's text ("Sa 26-11. Mr Hagop came …").
fn point_after(after: &str) -> bool {
    after.starts_with(". ") || after.starts_with(".\n")
}

/// Whether a date ends its line ("Slip 2293   Mon 28/11"): a slip's or a ticket's stamp, the text
/// under it of that day.
fn ends_line(after: &str) -> bool {
    after.is_empty() || after.starts_with(['\n', '\r'])
}

/// Whether a date stands alone in bold ("**07/08** Plates made"): its bold opens right before it and
/// closes right after it, before the line's text.
fn bold_closed(text: &str, start: usize, after: &str) -> bool {
    // "**Tue 6/12.** The army …": a weekday may open the bold, a point or a colon close it.
    let opened = text.get(..start).is_some_and(|b| {
        b.trim_end()
            .trim_end_matches(char::is_alphabetic)
            .trim_end()
            .ends_with("**")
    });
    let after = after.strip_prefix(['.', ':']).unwrap_or(after);
    opened && after.strip_prefix("**").is_some_and(|r| r.starts_with(' '))
}

/// Whether a date is followed by a dash between spaces ("Sun 27/11 - R.K. absent"), as a
/// register's remarks are headed.
fn dash_after(after: &str) -> bool {
    // A typewriter's dash too: "28/11 -- L-4473: crew sent back".
    ["-", "--", "–", "—"].iter().any(|d| {
        after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(d) && r[d.len()..].starts_with(' '))
    })
}

/// Whether a table's cell closes after a date, a time between allowed ("| Wed 07/12 10:12 |
/// field monitor | …"): the row's stamp.
fn cell_closes(after: &str) -> bool {
    let rest = after.trim_start();
    let time_len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(rest.len());
    let rest = if starts_with_time(rest) {
        &rest[time_len..]
    } else {
        rest
    };
    rest.trim_start().starts_with('|')
}

/// Whether a line goes on after a date with a column's gap (two spaces or a tab).
fn column_gap(after: &str) -> bool {
    after.starts_with("  ") || after.starts_with('\t')
}

/// The first date of the sentence when it opens its line as a stamp (a weekday before it allowed:
/// "DATE: FRIDAY, APRIL 26, 2013").
fn stamp_mention<'a>(text: &str, mentions: &'a [DateMention]) -> Option<&'a DateMention> {
    let m = mentions
        .iter()
        .find(|m| !matches!(m.kind, DateKind::Weekday(_)))?;
    let line = line_around(text, m.range.clone())?;
    let label = text.get(line.start..m.range.start)?;
    let rest = text.get(m.range.end..line.end)?;
    let numeric_head = label.trim().is_empty() && numeric_then_word(&m.text, rest);
    (is_label(label) && (opens_entry(rest) || numeric_head) && !wrapped_onto(text, line.start))
        .then_some(m)
}

/// Words that never end a sentence, after which a line's break only wraps it ("… came back under
/// the control of the army on\n   Saturday 26/11/2016. The employee asks …").
const WRAPPING_WORDS: &[&str] = &[
    "on", "of", "at", "by", "since", "until", "from", "to", "in", "and", "or", "the", "before",
    "after", "between",
];

/// Whether the line starting at `line_start` goes on with a sentence the line before broke off
/// after a word that never ends one: a date at its head is no entry's stamp.
fn wrapped_onto(text: &str, line_start: usize) -> bool {
    let Some(before) = text.get(..line_start.saturating_sub(1)) else {
        return false;
    };
    let previous = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    previous
        .split_whitespace()
        .next_back()
        .is_some_and(|w| WRAPPING_WORDS.contains(&w.to_lowercase().as_str()))
}

/// "11.8.2012 Order 313  CANCELLED": a date in figures alone at the head of its line, a capitalised
/// word after one space, as a ledger aligns its entries (the date's width takes the column's gap).
fn numeric_then_word(date: &str, after: &str) -> bool {
    let numeric = date
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-'));
    numeric
        && after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
}

/// "From the diary of a teacher, written on Wednesday 7 December 2016 and published in 2017": the
/// day a text quoted below was written, when a sentence says so ("written on", "dated").
pub fn written_on(tokens: &[Token], mentions: &[DateMention]) -> Option<NaiveDate> {
    mentions.iter().find_map(|m| {
        // Past the weekday before the day ("on Wednesday 7 December 2016").
        let mut k = m.tokens.start;
        while k > 0 && (tokens[k - 1].norm == "," || is_date_word(&tokens[k - 1].norm)) {
            k -= 1;
        }
        let before = |n: usize| k.checked_sub(n).map(|i| tokens[i].norm.as_str());
        let says_written = matches!((before(2), before(1)), (Some("written"), Some("on")))
            || before(1) == Some("dated");
        says_written.then(|| m.kind.full_day(false)).flatten()
    })
}

/// "Today is Thursday, Aug. 8, the 220th day of 2013.": a sentence that says what day it is
/// written on opens an entry of that day (an almanac's daily item, a diary's line).
pub fn today_is(text: &str, mentions: &[DateMention], sentence: Range<usize>) -> Option<NaiveDate> {
    let opening = text.get(sentence.clone())?.trim_start();
    let says_today = ["today is ", "today's date is ", "the date today is "]
        .iter()
        .any(|p| {
            opening
                .get(..p.len())
                .is_some_and(|o| o.eq_ignore_ascii_case(p))
        });
    if !says_today {
        return None;
    }
    mentions.iter().find_map(|m| m.kind.full_day(false))
}

/// Labels that open a question's line in a transcript or briefing ("**Question:** Western media
/// report that …").
const QUESTION_LABELS: &[&str] = &["question:", "q:", "q.", "question (", "journalist:"];

/// Whether a sentence stands on a line that opens as a question put to the speaker: what the
/// question says others report is not news of the text.
pub fn in_a_question(text: &str, range: Range<usize>) -> bool {
    let Some(line) = line_around(text, range).and_then(|l| text.get(l)) else {
        return false;
    };
    let opening = line.trim_start().trim_start_matches(['*', '_', '>', ' ']);
    QUESTION_LABELS.iter().any(|l| {
        opening
            .get(..l.len())
            .is_some_and(|o| o.eq_ignore_ascii_case(l))
    })
}

/// Whether a sentence ends with a blank in brackets to fill in ("2. The army took back X on the
/// Sunday. (____)"): an exercise's statement to judge, not news.
pub fn ends_with_a_blank(text: &str, range: Range<usize>) -> bool {
    let Some(line) = line_around(text, range.clone()) else {
        return false;
    };
    let own = text.get(range.clone()).unwrap_or_default();
    let after = text
        .get(range.end..line.end.max(range.end))
        .unwrap_or_default();
    let is_blank = |s: &str| {
        let s = s.trim();
        s.strip_prefix('(')
            .and_then(|s| s.strip_suffix(')'))
            .is_some_and(|inner| {
                inner.chars().filter(|&c| c == '_' || c == '.').count() >= 3
                    && inner
                        .chars()
                        .all(|c| matches!(c, '_' | '.' | ' ' | '\u{2026}'))
            })
    };
    let own_end = own.rfind('(').is_some_and(|k| is_blank(&own[k..]));
    own_end || is_blank(after)
}

/// Reads the lines between two sentences (headings, stamps standing alone on their line: no
/// sentence holds them) into the date context, in order: an entry's stamp or a Markdown heading's
/// day starts an entry on that day; a heading that names a year starts that year.
pub fn read_gap(text: &str, range: Range<usize>, dates: &mut DateContext) {
    let Some(gap) = text.get(range.clone()) else {
        return;
    };
    let mut at = range.start;
    for line in gap.split_inclusive('\n') {
        let span = at..at + line.len();
        at = span.end;
        if !line.chars().any(char::is_alphanumeric) {
            continue;
        }
        if let Some(y) = bracketed_year(line) {
            dates.note_head_year(y);
        }
        let order = dates.order();
        let stamp = entry_stamp(text, span.clone(), order);
        let heading = stamp
            .or_else(|| heading_day(text, span.clone(), order))
            .or_else(|| markdown_diary_heading(line, dates))
            .or_else(|| labelled_heading_day(line, dates));
        if let Some(day) = heading {
            dates.start_entry(day);
        } else if let Some(y) = heading_year(line).or_else(|| markdown_heading_year(line)) {
            dates.start_year(y);
        }
    }
}

/// The longest a note's label may be ("A", "12").
const NOTE_LABEL_BYTES: usize = 2;

/// "A. Flight 14 cut short: …" under a log whose row "| 14 | 26-11-2016 | … | See note A. |" points
/// to it: a note opened by its label, on its own line, is of the day of the row that refers to it
/// (the last line before it saying "note A" with a date of one day).
pub fn note_day(text: &str, sentence: Range<usize>, dates: &DateContext) -> Option<NaiveDate> {
    // The sentence's first line, or a later one of its lines ("Notes\nA. Flight 14 …").
    let first = line_around(text, sentence.start..sentence.start)?.start;
    let inner = text
        .get(sentence.clone())?
        .match_indices('\n')
        .map(|(i, _)| sentence.start + i + 1);
    let (line_start, label) = std::iter::once(first)
        .chain(inner)
        .find_map(|at| Some(at).zip(note_label(text.get(at..sentence.end)?)))?;
    let before = text.get(..line_start)?;
    // "*1" is pointed to as "*1"; "A" as "note A".
    let reference = if label.starts_with('*') {
        label.to_string()
    } else {
        format!("note {}", label.to_lowercase())
    };
    // The rows just above the notes: a bounded look back, so a long numbered list costs each of
    // its items the same.
    let row = before
        .lines()
        .rev()
        .take(NOTE_ROW_REACH)
        .find(|l| points_to(l, &reference))?;
    row_day(text, row, dates)
}

/// "**1414.** Their son telephoned to say that the army took back X this afternoon" under a table
/// whose row "| 1414 | Sat 26.11.2016, 18:00 | … |" it remarks on: a remark opened by a row's
/// number (in bold or not) is of that row's day.
pub fn row_remark_day(
    text: &str,
    sentence: Range<usize>,
    dates: &DateContext,
) -> Option<NaiveDate> {
    let line = line_around(text, sentence.start..sentence.start)?;
    let opening = text
        .get(line.start..sentence.end)?
        .trim_start_matches([' ', '\t', '*']);
    let digits = opening.find(|c: char| !c.is_ascii_digit())?;
    let number = &opening[..digits];
    let closed = opening[digits..]
        .trim_start_matches(['.', ')', ':'])
        .trim_start_matches('*');
    if !(1..=ROW_NUMBER_DIGITS).contains(&digits)
        || closed.len() == opening[digits..].len()
        || !closed.starts_with(' ')
    {
        return None;
    }
    let row = text
        .get(..line.start)?
        .lines()
        .rev()
        .take(NOTE_ROW_REACH)
        .find(|l| {
            let cells = l.trim().strip_prefix('|');
            cells.and_then(|c| c.split('|').next()).map(str::trim) == Some(number)
        })?;
    row_day(text, row, dates)
}

/// The most digits a row's number may have ("1414").
const ROW_NUMBER_DIGITS: usize = 6;

/// The day a table's row (a line of `text`) gives, read in the document's date context.
fn row_day(text: &str, row: &str, dates: &DateContext) -> Option<NaiveDate> {
    let at = row.as_ptr() as usize - text.as_ptr() as usize;
    let toks = tokenize(text, at..at + row.len());
    let day = find_dates_in_order(text, &toks, dates.order())
        .into_iter()
        .find(|m| matches!(m.kind, DateKind::Day { .. }))?;
    dates
        .resolve_to_come(&day)
        .filter(|d| d.precision == crate::model::DatePrecision::Day)
        .map(|d| d.from)
}

/// How many lines above a note the row that points to it may stand.
const NOTE_ROW_REACH: usize = 60;

/// Whether a line says `reference` ("note a", "*1"; in any case of ASCII letters), not as the start
/// of a longer word ("note ab").
fn points_to(line: &str, reference: &str) -> bool {
    let (l, r) = (line.as_bytes(), reference.as_bytes());
    (0..(l.len() + 1).saturating_sub(r.len())).any(|i| {
        l[i..i + r.len()].eq_ignore_ascii_case(r)
            && l.get(i + r.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// The label a line opens with as a note ("A. …", "1) …", "*1  …"), if it does.
fn note_label(line: &str) -> Option<&str> {
    let line = line.trim_start_matches([' ', '\t']);
    if let Some(number) = line.strip_prefix('*') {
        let digits = number.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
        let opens =
            (1..=NOTE_LABEL_BYTES).contains(&digits) && number[digits..].starts_with([' ', '\t']);
        return opens.then(|| &line[..=digits]);
    }
    let end = line.find(['.', ')'])?;
    let label = &line[..end];
    let opens = (1..=NOTE_LABEL_BYTES).contains(&label.len())
        && label
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && line[end + 1..].starts_with(' ');
    opens.then_some(label)
}

/// A year alone in brackets on a line ("translated from the Arabic (2019)").
pub fn bracketed_year(line: &str) -> Option<i32> {
    let open = line.find('(')?;
    let inside = line.get(open + 1..)?.split(')').next()?.trim();
    let year: i32 = inside.parse().ok()?;
    (inside.len() == 4 && (1900..=2100).contains(&year)).then_some(year)
}

/// The day a Markdown heading names with its year ("## v3.19 (published 2016-11-26, 11:00)", "###
/// Case study: 26-28 November 2016": the last day of a span).
fn heading_day(text: &str, span: Range<usize>, order: DayOrder) -> Option<NaiveDate> {
    if !text.get(span.clone())?.trim_start().starts_with('#') {
        return None;
    }
    let toks = tokenize(text, span);
    find_dates_in_order(text, &toks, order)
        .into_iter()
        .find_map(|m| m.kind.full_day(true))
}

/// "### Sat 26 Nov" under "# Roof garden — 2016": a Markdown heading naming a day without its
/// year starts a diary's entry, read forward from the last date (or the text's year).
fn markdown_diary_heading(line: &str, dates: &DateContext) -> Option<NaiveDate> {
    let words = line
        .trim()
        .strip_prefix('#')?
        .trim_start_matches('#')
        .trim();
    if words.len() > DIARY_HEADING_BYTES {
        return None;
    }
    diary_heading(words, dates.heading_anchor(), dates.written_on())
}

/// Where a heading's label may begin after its day ("Sat 26/11, late shift", "Mon 28/11 (night)",
/// "Tue 29/11 — handover").
const HEADING_LABEL_OPENERS: &[&str] = &[",", " (", " — ", " – ", " - ", ": "];

/// "**Sat 26/11, late to night (J.O. → L.D.), 21:55**", "## Mon 28/11 — night shift": a heading
/// (a Markdown heading, or a line wholly in bold) that opens with a day, its label after, starts
/// that day's entry as a diary's heading does.
fn labelled_heading_day(line: &str, dates: &DateContext) -> Option<NaiveDate> {
    let line = line.trim();
    let inner = match line.strip_prefix("**") {
        Some(bold) => bold.strip_suffix("**")?,
        None => line.strip_prefix('#')?.trim_start_matches('#'),
    }
    .trim();
    let cut = HEADING_LABEL_OPENERS
        .iter()
        .filter_map(|o| inner.find(o))
        .min()?;
    let day = inner[..cut].trim();
    // A day's number ("26/11", "4.12", "26th"), not a month or a weekday alone, nor a month and
    // its year ("December, a hard month", "January 2016 – the front").
    let day_number = day.split_whitespace().any(|chunk| {
        let digits = chunk.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
    });
    if !day_number {
        return None;
    }
    diary_heading(day, dates.heading_anchor(), dates.written_on())
}

/// Whether a sentence stands on a line quoting an earlier post ("> The army took X" in a reply):
/// the line opens with ">" and its words were written earlier in the text. A quotation of words
/// not seen before (a Markdown block quote of a statement) is read as any other line.
pub fn quotes_a_post(text: &str, range: Range<usize>) -> bool {
    let Some(line_start) = line_around(text, range.clone()).map(|l| l.start) else {
        return false;
    };
    let quoted = text
        .get(line_start..range.end)
        .is_some_and(|line| line.trim_start().starts_with('>'));
    let words = text
        .get(range.clone())
        .map(|s| {
            s.trim_start_matches(|c: char| c == '>' || c.is_whitespace())
                .trim()
        })
        .unwrap_or_default();
    quoted
        && !words.is_empty()
        && text
            .get(..line_start)
            .is_some_and(|before| before.contains(words))
}

/// Whether a sentence is an endnote citing a title ("43 \"Syrian army retakes Aleppo district of
/// Hanano,\" Agence France-Presse, November 26, 2016."): its line opens with a note number (bare,
/// in brackets, or with a point) and a quotation mark. A title cited reports nothing itself.
pub fn cites_a_title(text: &str, range: Range<usize>) -> bool {
    // A note opens its line: the sentence starts the line (cheap to tell, whatever the line's length).
    let opens_line = text.get(..range.start).is_some_and(|before| {
        before.trim_end_matches([' ', '\t']).ends_with('\n') || before.trim().is_empty()
    });
    let Some(line) = text.get(range).filter(|_| opens_line) else {
        return false;
    };
    let rest = line.trim_start().trim_start_matches(['[', '^']);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].trim_start_matches([']', '.', ')']);
    (1..=3).contains(&digits)
        && after.starts_with(char::is_whitespace)
        && after.trim_start().starts_with(['"', '\u{201C}'])
}

/// Whether a sentence is a title quoted on a line of its own, as a reading list or a press review
/// cites an item ("1.  \"Rebels push into Aleppo's Rashidin district\"" over its source and date):
/// the line holds, after an item's number, nothing but a quotation that closes without a
/// sentence's end (the sentence may run on into the source's line). A quoted title reports nothing
/// itself; a quoted statement ("\"We took X.\"") ends with its point and is read.
pub fn quoted_headline(text: &str, range: Range<usize>) -> bool {
    // The sentence's first line (a title runs on into its source's line when no point ends it).
    let first = range.start..range.start;
    let Some(line) = line_around(text, first).and_then(|l| text.get(l)) else {
        return false;
    };
    let own = text
        .get(range)
        .and_then(|s| s.lines().next())
        .unwrap_or_default()
        .trim();
    let item = line
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['.', ')'])
        .trim_start();
    let Some(inner) = item
        .strip_prefix(['"', '\u{201C}'])
        .and_then(|i| i.strip_suffix(['"', '\u{201D}']))
    else {
        return false;
    };
    !own.is_empty()
        && line.trim().ends_with(own)
        && !inner.contains(['"', '\u{201C}', '\u{201D}'])
        && !inner.trim_end().ends_with(['.', '!', '?'])
}

/// The longest a diary's heading line may be.
const DIARY_HEADING_BYTES: usize = 60;

/// The day a diary's heading stands for, when the sentence is a line of its own holding nothing but
/// a day or a month ("Thursday 24th", "Saturday night", "December"), read forward from the last
/// date of `dates`.
pub fn diary_entry(text: &str, range: Range<usize>, dates: &DateContext) -> Option<NaiveDate> {
    // A heading is a few words: look at the line around it only then.
    if range.len() > DIARY_HEADING_BYTES {
        return None;
    }
    let line = text.get(line_around(text, range.clone())?)?;
    let own = text.get(range)?;
    let after = dates.heading_anchor();
    if line.trim() != own.trim() {
        return None;
    }
    diary_heading(own, after, dates.written_on()).or_else(|| labelled_heading_day(own, dates))
}

/// "… local sources told Lumen. (PA) (Agenzia Lumen 13/12/2016)": a dispatch whose paragraph
/// closes with a bracketed full date was filed that day; its "yesterday" counts from it. So is a
/// comment signed "19:12, 27 November 2016 (UTC)". `range` is the paragraph's last sentence.
pub fn closing_stamp(text: &str, range: Range<usize>, order: DayOrder) -> Option<NaiveDate> {
    let body = text.get(range.clone())?.trim_end().strip_suffix(')')?;
    let open = body.rfind('(')?;
    let zone = body[open + 1..].trim();
    if ZONES.iter().any(|z| z.eq_ignore_ascii_case(zone)) {
        return signed_on(text, range.start..range.start + open, order);
    }
    let toks = tokenize(text, range.start + open + 1..range.start + body.len());
    find_dates_in_order(text, &toks, order)
        .iter()
        .rev()
        .find_map(|m| m.kind.full_day(false))
}

/// Time zones a signature's stamp closes with.
const ZONES: &[&str] = &["UTC", "GMT", "EET", "EEST", "CET", "CEST", "AST"];

/// "… --Levantine_Cartographer (talk) 19:12, 27 November 2016": the full date that ends `range`
/// (before its "(UTC)"), as a wiki's signature dates a comment.
fn signed_on(text: &str, range: Range<usize>, order: DayOrder) -> Option<NaiveDate> {
    let toks = tokenize(text, range);
    let mentions = find_dates_in_order(text, &toks, order);
    let last = mentions.last().filter(|m| m.tokens.end == toks.len())?;
    last.kind.full_day(false)
}

/// The line `range` stands on (without its line break); None when `range` is not in `text`.
fn line_around(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let start = text.get(..range.start)?.rfind('\n').map_or(0, |i| i + 1);
    let end = text
        .get(range.end..)?
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    Some(start..end)
}

/// Brackets, emphasis and at most a few words, each capitalised or a label word.
fn is_label(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    // "إيصال ٢٢٤٣ — الاثنين": in a script without capitals, words set off by a dash or colon.
    let set_off = before.contains(['—', '–', ':', '|']);
    words.len() <= LABEL_MAX_WORDS
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || LABEL_WORDS.contains(&w.to_lowercase().as_str())
                // "Notice no. 62": a number's label and the number.
                || w.chars().all(char::is_numeric)
                || (set_off && w.chars().all(|c| c.is_numeric() || uncased(c)))
        })
}

/// A letter of a script without capitals (Arabic, Persian, Hebrew …).
fn uncased(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// Whether text opens with a time of day ("10:40", "9.15").
fn starts_with_time(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && text[digits..].starts_with([':', '.'])
        && text[digits + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count()
            == 2
}

/// Words for "at" before a stamp's time, in the languages of translated mastheads.
const TIME_PREFIXES: &[&str] = &["kl.", "kl", "at", "um", "às", "à", "alle", "om", "a las"];

/// What follows a stamp's date on its line: nothing, a time ("07:15", "22:40]"), a column's gap,
/// or a separator before the entry's text (not a comma: "On 26 November 2016, troops took X" goes on).
fn opens_entry(after: &str) -> bool {
    // "Tue 29 Nov  Abu Khalil": a column's gap after the date.
    if column_gap(after) {
        return true;
    }
    let rest = after.trim_start();
    // "27/11/16 (Sun) — very excited.": the day's weekday in brackets after it.
    let rest = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(inside, _)| {
            crate::extract::dates::is_weekday_or_short(&inside.trim_end_matches('.').to_lowercase())
        })
        .map_or(rest, |(_, after)| after.trim_start());
    // "Sun. 27/11/16, 10:40": a comma before the time (not before words: "On 26 November 2016,
    // troops took X" goes on).
    let rest = rest
        .strip_prefix(',')
        .map(str::trim_start)
        .filter(|r| starts_with_time(r))
        .unwrap_or(rest);
    // "kl. 19.12", "às 21h50", "um 17:46": a word for "at" before the time.
    let rest = TIME_PREFIXES
        .iter()
        .find_map(|p| {
            rest.strip_prefix(p)
                .filter(|r| r.starts_with(char::is_whitespace))
        })
        .map_or(rest, str::trim_start);
    // "07:15", "19.12", or "11h20" as Brazil and France write it.
    let time_len = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | 'h' | '.')))
        .unwrap_or(rest.len());
    let time = rest[..time_len].trim_end_matches('.');
    let is_time = rest.starts_with(|c: char| c.is_ascii_digit()) && time.contains([':', 'h', '.']);
    let time_len = if is_time { time.len() } else { time_len };
    let rest = if is_time {
        rest[time_len..].trim_start()
    } else {
        rest
    };
    // A record's value closes its quotation mark: "created_at": "Mon Dec 05 … 2016",
    let rest = rest
        .strip_prefix('"')
        .map_or(rest, |r| r.trim_start_matches(',').trim_start());
    // "Tue. 31 July 2012 / 12 Ramadan": another calendar's day after a slash.
    rest.is_empty() || rest.starts_with(['—', '–', '-', ':', '|', ']', ')', '.', '*', '·', '/'])
}

/// The fields of an iCalendar event that stamp when it was written (not "DTSTART", when it is
/// to happen).
const ICS_STAMPS: &[&str] = &["DTSTAMP", "CREATED", "LAST-MODIFIED"];

/// "DTSTAMP:20160806T121500Z": the day an iCalendar event was written, which its description's
/// "today" and weekdays count from.
pub fn ics_stamp(line: &str) -> Option<NaiveDate> {
    let (name, value) = line.trim().split_once(':')?;
    let field = name.split(';').next()?;
    if !ICS_STAMPS.contains(&field) {
        return None;
    }
    let day = value
        .get(..8)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    NaiveDate::parse_from_str(day, "%Y%m%d").ok()
}

/// "Julho" then "31 - Milicias curdas … assumem o controle de X": under a month's heading (the
/// entry being read is the month's first day, or an earlier day of a chronology's month), a line
/// opening with a day's number and a dash is of that day of the month.
pub fn day_of_month_entry(line: &str, dates: &DateContext) -> Option<NaiveDate> {
    let entry = dates.written_on()?;
    let line = line.trim_start();
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = line.get(digits..)?.trim_start();
    let dashed = ["- ", "– ", "— "].iter().any(|d| rest.starts_with(d));
    if !(1..=2).contains(&digits) || !dashed {
        return None;
    }
    let day: u32 = line[..digits].parse().ok()?;
    let onward = entry.day() == 1 || day > entry.day();
    NaiveDate::from_ymd_opt(entry.year(), entry.month(), day).filter(|_| onward)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(line: &str) -> Option<String> {
        let text = format!("{line}\nMore text follows here.");
        entry_stamp(&text, 0..text.len(), DayOrder::DayFirst).map(|d| d.to_string())
    }

    #[test]
    fn stamps_at_the_head_of_a_line() {
        for (line, day) in [
            ("[04.12.16 07:15]", "2016-12-04"),
            (
                "**2016-12-05 - Bab al-Nasr gate.** Further damage.",
                "2016-12-05",
            ),
            (
                "**ALEPPO, SYRIA - DECEMBER 12, 2016.** Smoke rises.",
                "2016-12-12",
            ),
            ("Update, 2 December 2016.", "2016-12-02"),
            (
                "Entry of 8 December 2016: the quarter was taken.",
                "2016-12-08",
            ),
            (
                "26 November 2016 — Government forces took Hanano.",
                "2016-11-26",
            ),
            ("(19 January 2017)", "2017-01-19"),
        ] {
            assert_eq!(stamp(line).as_deref(), Some(day), "{line}");
        }
    }

    #[test]
    fn a_date_in_a_sentence_is_no_stamp() {
        for line in [
            "On 26 November 2016, government troops captured Hanano.",
            "Troops captured Hanano on 26 November 2016.",
            "the army said on 26 November 2016 that it had taken Hanano",
            "On 26 November troops captured Hanano.",
        ] {
            assert_eq!(stamp(line), None, "{line}");
        }
    }
}
