//! Sentences that are a day's line: a day alone ("Tuesday."), a masthead ending on a full date,
//! a short line closed by a colon naming a day. Each heads the lines under it.

use super::*;

/// The day a sentence names when it names nothing else ("Tuesday.", "Monday, 5 December."): the
/// heading of the lines after it.
pub(super) fn day_alone(
    tokens: &[Token],
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
) -> Option<chrono::NaiveDate> {
    let (m, day) = one_day(mentions, resolved)?;
    day_alone_words(tokens, m).then_some(day.to)
}

/// Whether a sentence's words are its one date's and nothing else ("8 December at 09:15 ·": a
/// post's stamp with its time is a day alone too).
fn day_alone_words(tokens: &[Token], m: &DateMention) -> bool {
    tokens.iter().enumerate().all(|(i, t)| {
        !t.is_word()
            || m.tokens.contains(&i)
            || t.norm == "at"
            || t.norm.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The most words a masthead's line holds before its date ("Daily paper, Monday").
const MASTHEAD_WORDS: usize = 4;

/// "Daily paper, Monday 28 November 2016", "پیر، 28 نومبر 2016 | 14:05": a line of a few words that
/// ends with a full date (and perhaps a time) dates the text as a date alone on its line does.
pub(super) fn masthead_day(
    text: &str,
    sentence: &Sentence,
    tokens: &[Token],
    mentions: &[DateMention],
) -> Option<chrono::NaiveDate> {
    let [m] = mentions else {
        return None;
    };
    let one_line = !text.get(sentence.range.clone())?.contains('\n');
    // "Batch card | Lot 77/B | Card opened: Sun. 27-11-2016": the words of its own cell.
    let cell_start = tokens[..m.tokens.start]
        .iter()
        .rposition(|t| t.norm == "|")
        .map_or(0, |i| i + 1);
    let words_before = tokens[cell_start..m.tokens.start]
        .iter()
        .filter(|t| t.is_word())
        .count();
    let only_a_time_after = tokens[m.tokens.end..]
        .iter()
        .all(|t| !t.is_word() || t.norm.bytes().all(|b| b.is_ascii_digit()));
    (one_line && words_before <= MASTHEAD_WORDS && only_a_time_after)
        .then(|| m.kind.full_day(false))
        .flatten()
}

/// A sentence's one date, when it names one and it resolves to a day.
fn one_day<'a>(
    mentions: &'a [DateMention],
    resolved: &'a [Option<ResolvedDate>],
) -> Option<(&'a DateMention, &'a ResolvedDate)> {
    let [m] = mentions else {
        return None;
    };
    let day = resolved
        .first()?
        .as_ref()
        .filter(|d| d.precision == crate::model::DatePrecision::Day)?;
    Some((m, day))
}

/// "Extra lines, Sunday 27th:": a line of a few words and one day, closed by a colon, heads the
/// lines under it with that day (as resolved: the month and year are the text's).
pub(super) fn labelled_day_heading(
    text: &str,
    sentence: &Sentence,
    tokens: &[Token],
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
) -> Option<chrono::NaiveDate> {
    let (m, day) = one_day(mentions, resolved)?;
    let line = text.get(sentence.range.clone())?;
    let words = tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| t.is_word() && !m.tokens.contains(i))
        .count();
    let last_word = tokens.iter().rposition(Token::is_word)?;
    (!line.contains('\n')
        && line.ends_with(':')
        && words <= MASTHEAD_WORDS
        && m.tokens.end == last_word + 1)
        .then_some(day.to)
}
