//! What the words around a date say of it: a bound of a period ("since", "until", "between"), an
//! aside (in brackets, a time things are compared with), a day something began, a field of a date
//! to come; and the mention built from them.

use super::*;

/// The mention of `kind` over `tokens[at]`, with what the words around it say of it.
pub(super) fn mention_at(
    text: &str,
    tokens: &[Token],
    at: Range<usize>,
    kind: DateKind,
) -> DateMention {
    let (i, end) = (at.start, at.end);
    let a_day = matches!(kind, DateKind::Day { .. });
    let before = i
        .checked_sub(1)
        .and_then(|b| tokens.get(b))
        .map(|t| t.norm.as_str());
    let range = tokens[i].start..tokens[end - 1].end;
    // "(purchased 14/03/2016, card stamped)": a day a participle dates in brackets is an aside too.
    let participle_before = before.is_some_and(|b| b.ends_with("ed"));
    // "shrinking the enclave to a third of its size a week ago": a time things are compared with
    // is an aside too.
    let aside = (in_brackets(tokens, i) && (is_coarse(&kind) || participle_before))
        || compared_with(tokens, i);
    DateMention {
        text: text[range.clone()].to_string(),
        range,
        tokens: at,
        kind,
        bound: (before.is_some_and(|b| BOUND_WORDS.contains(&b))
            && !corresponds(tokens, i)
            && !(matches!(before, Some("until" | "till" | "from" | "since"))
                && a_day
                && when_after(tokens, end)))
            || labelled_later(tokens, i)
            // "a move that began on 10 April 2014, when the rebels first took part of X": the day
            // with "when" after it dates what happened then.
            || (opens_what_began(tokens, i) && !(a_day && when_after(tokens, end))),
        by: before == Some("by") || tokens[i].norm == "by",
        aside,
        weekday: None,
        stretch: false,
        that_year: false,
    }
}

/// "between 2013 and the autumn of 2016": both ends bound a period (not two days: "Between 28 July
/// and 3 August 2012 armed groups took X" happened by the second).
pub(super) fn between_bounds(tokens: &[Token], out: &mut [DateMention]) {
    for k in 1..out.len() {
        let opens =
            out[k - 1].tokens.start > 0 && tokens[out[k - 1].tokens.start - 1].norm == "between";
        let joined = tokens[out[k - 1].tokens.end..out[k].tokens.start]
            .iter()
            .all(|t| matches!(t.norm.as_str(), "and" | "the"));
        let days = [&out[k - 1], &out[k]]
            .iter()
            .all(|m| matches!(m.kind, DateKind::Day { .. } | DateKind::Days { .. }));
        if opens && joined && !days {
            out[k - 1].bound = true;
            out[k].bound = true;
        }
    }
}

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
