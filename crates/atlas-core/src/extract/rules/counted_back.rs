//! "Aid reached X on 9 May, two days after the army had taken it": a change told in a clause after
//! "N days after", itself after a date, happened N days before that date.

use super::super::dates::NUMBERS;
use super::*;
use crate::model::DatePrecision;
use chrono::Duration;

/// How many tokens the clause may run from "after" to its verb ("the army had taken it").
const CLAUSE_REACH: usize = 6;

/// The date of a trigger in a clause opened by "<count> day(s)/week(s) after" that follows a date:
/// that date counted back; None when the sentence is not so shaped.
pub(super) fn counted_back_date(
    tokens: &[Token],
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
    trig: &Trigger,
) -> Option<ResolvedDate> {
    let first = trig.tokens.start.saturating_sub(CLAUSE_REACH);
    let after = (first..trig.tokens.start)
        .rev()
        .find(|&i| tokens[i].norm == "after")?;
    let unit = tokens.get(after.checked_sub(1)?)?.norm.as_str();
    let per_unit = match unit {
        "day" | "days" => 1,
        "week" | "weeks" => 7,
        _ => return None,
    };
    let count_at = after.checked_sub(2)?;
    let count = count_of(tokens.get(count_at)?.norm.as_str())?;
    // The date right before the count ("on 9 May, two days after"), and none in the clause.
    let anchor = (0..mentions.len()).rev().find(|&i| {
        resolved[i].is_some() && !mentions[i].bound && mentions[i].tokens.end <= count_at
    })?;
    let adjacent = mentions[anchor].tokens.end + 2 >= count_at;
    let inside = mentions
        .iter()
        .any(|m| m.tokens.start > after && m.tokens.start < trig.tokens.start);
    if !adjacent || inside {
        return None;
    }
    let base = resolved[anchor]
        .clone()
        .filter(|b| b.precision == DatePrecision::Day)?;
    let day = base.from - Duration::days(count * per_unit);
    Some(ResolvedDate {
        from: day,
        to: day,
        precision: base.precision,
        phrase: format!("{}, {} {} after", base.phrase, tokens[count_at].norm, unit),
        basis: base.basis,
    })
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
