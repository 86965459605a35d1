//! Days counted from another: "Aid reached X on 9 May, two days after the army had taken it" (a
//! change told in a clause after "N days after", itself after a date, happened N days before that
//! date; after "the day before", a day after it), and "the army took X two days after Hanano" (counted from the day the document gave an
//! earlier change of Hanano: its timeline).

use super::super::dates::NUMBERS;
use super::*;
use crate::model::DatePrecision;
use chrono::{Duration, NaiveDate};
use std::collections::HashMap;

/// How many tokens the clause may run from "after" to its verb ("the army had taken it").
const CLAUSE_REACH: usize = 6;

/// The date of a trigger in a clause opened by "<count> day(s)/week(s) after" that follows a date:
/// that date counted back; None when the sentence is not so shaped.
pub(super) fn counted_back_date(
    tokens: &[Token],
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
    inherited: Option<&ResolvedDate>,
    trig: &Trigger,
) -> Option<ResolvedDate> {
    let first = trig.tokens.start.saturating_sub(CLAUSE_REACH);
    let after = (first..trig.tokens.start)
        .rev()
        .find(|&i| tokens[i].norm == "after" || tokens[i].norm == "before")?;
    // "on 25 November, the day before the district was taken": counted forward.
    let sign = if tokens[after].norm == "before" {
        -1
    } else {
        1
    };
    let unit = tokens.get(after.checked_sub(1)?)?.norm.as_str();
    let per_unit = match unit {
        "day" | "days" => 1,
        "week" | "weeks" => 7,
        _ => return None,
    };
    let count_at = after.checked_sub(2)?;
    let count = count_of(tokens.get(count_at)?.norm.as_str())?;
    // "Four days after that, …" opening the sentence: the count is a date of its own, which
    // dates the sentence.
    if count_at == 0 && mentions.iter().any(|m| m.tokens.start == 0) {
        return None;
    }
    // The last date before the count ("on 9 May, two days after"; "on Wednesday, state media
    // said, a day after"), else the date the sentence stands on ("Residential blocks in X,
    // four days after the army recaptured the district"); and none in the clause.
    let anchor = (0..mentions.len()).rev().find(|&i| {
        resolved[i].is_some() && !mentions[i].bound && mentions[i].tokens.end <= count_at
    });
    let inside = mentions
        .iter()
        .any(|m| m.tokens.start > after && m.tokens.start < trig.tokens.start);
    if inside {
        return None;
    }
    // "the day before" with no date before it is a date phrase of its own, not a count.
    let counted = tokens[count_at].norm != "the";
    let base = anchor
        .and_then(|a| resolved[a].clone())
        .or_else(|| inherited.filter(|_| counted).cloned())
        .filter(|b| b.precision == DatePrecision::Day)?;
    let day = base.from - Duration::days(sign * count * per_unit);
    Some(ResolvedDate {
        from: day,
        to: day,
        precision: base.precision,
        phrase: format!(
            "{}, {} {} {}",
            base.phrase, tokens[count_at].norm, unit, tokens[after].norm
        ),
        basis: base.basis,
    })
}

/// How many words may stand between "after" and the place whose change it counts from ("a week
/// after the fall of Hanano").
const EVENT_REACH: usize = 4;

/// Why a place a date is counted from is not what a verb acts on.
pub(super) const COUNTED_FROM: &str = "the change a date is counted from (\"two days after X\")";

/// A date counted from an earlier change of the document: its tokens and the date.
#[derive(Debug, Clone)]
pub(super) struct AfterEvent {
    pub tokens: Range<usize>,
    pub date: ResolvedDate,
}

/// "two days after Hanano", "a week after the fall of Hanano", "the day before Sheikh Saeed fell",
/// "the same night as al-Farafra": each date counted from a place whose change the `timeline` holds (each district's last change
/// told so far in the document).
pub(super) fn after_events(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    timeline: &HashMap<usize, NaiveDate>,
) -> Vec<AfterEvent> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let sign = match t.norm.as_str() {
            "after" => 1,
            "before" => -1,
            "as" => 0,
            _ => continue,
        };
        let span = if sign == 0 {
            same_day_before(tokens, k)
        } else {
            span_before(tokens, k)
        };
        let Some((count_at, days)) = span else {
            continue;
        };
        // The place within a few lower-case words after ("the fall of", "the capture of").
        let Some(place) = places.iter().find(|p| {
            p.tokens.start > k
                && p.tokens.start <= k + 1 + EVENT_REACH
                && tokens[k + 1..p.tokens.start]
                    .iter()
                    .all(|w| w.is_word() && !w.text(text).starts_with(char::is_uppercase))
        }) else {
            continue;
        };
        // The latest change of any of the place's districts.
        let Some(day) = place
            .districts
            .iter()
            .filter_map(|d| timeline.get(d))
            .max()
            .copied()
        else {
            continue;
        };
        let day = day + Duration::days(sign * days);
        let phrase = text[tokens[count_at].start..place.range.end].to_string();
        out.push(AfterEvent {
            tokens: count_at..place.tokens.end,
            date: ResolvedDate {
                from: day,
                to: day,
                precision: DatePrecision::Day,
                basis: Some(format!("the change of {} earlier in the text", place.text)),
                phrase,
            },
        });
    }
    out
}

/// The span before "after"/"before" at `k`: where it starts and how many days ("two days", "a
/// week", "the day", "hours").
/// "the same night as X", "on the same day as X": where the phrase starts, and no days.
fn same_day_before(tokens: &[Token], k: usize) -> Option<(usize, i64)> {
    let unit = tokens.get(k.checked_sub(1)?)?.norm.as_str();
    let same = tokens.get(k.checked_sub(2)?)?.norm.as_str();
    let the = k.checked_sub(3).filter(|&t| tokens[t].norm == "the");
    let of_a_day = matches!(unit, "day" | "night" | "evening" | "morning" | "afternoon");
    (same == "same" && of_a_day).then(|| (the.unwrap_or(k - 2), 0))
}

fn span_before(tokens: &[Token], k: usize) -> Option<(usize, i64)> {
    let unit_at = k.checked_sub(1)?;
    let per_unit = match tokens[unit_at].norm.as_str() {
        "hours" | "hour" => return Some((unit_at.saturating_sub(1), 0)),
        "day" | "days" => 1,
        "week" | "weeks" => 7,
        _ => return None,
    };
    let count_at = unit_at.checked_sub(1)?;
    Some((count_at, count_of(&tokens[count_at].norm)? * per_unit))
}

/// "on Wednesday, a day after taking X", "on 9 May, two days after the capture of X": a look back
/// counted in days or weeks from a date before it in the sentence, which [`counted_back_date`]
/// dates; the change it tells of is one of its own.
pub(super) fn counted_from_a_date(
    tokens: &[Token],
    mentions: &[DateMention],
    trig: &Trigger,
) -> bool {
    let first = trig.tokens.start.saturating_sub(3);
    let Some(after) = (first..trig.tokens.start)
        .rev()
        .find(|&i| matches!(tokens[i].norm.as_str(), "after" | "before"))
    else {
        return false;
    };
    let unit = after.checked_sub(1).map(|k| tokens[k].norm.as_str());
    let Some(count_at) = after.checked_sub(2) else {
        return false;
    };
    let counted = matches!(unit, Some("day" | "days" | "week" | "weeks"))
        && count_of(&tokens[count_at].norm).is_some();
    counted
        && mentions
            .iter()
            .any(|m| !m.bound && m.tokens.end <= count_at)
}

/// "the day after" counts one; "two days after" two.
fn count_of(word: &str) -> Option<i64> {
    match word {
        "the" | "a" | "one" => Some(1),
        w => NUMBERS
            .iter()
            .find(|(name, _)| *name == w)
            .map(|&(_, n)| n)
            .or_else(|| w.parse::<i64>().ok().filter(|n| (1..=60).contains(n))),
    }
}
