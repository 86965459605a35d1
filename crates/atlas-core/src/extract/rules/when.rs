//! The date of a trigger among its sentence's dates: its clause's own, a relative clause's, the
//! date a "since" counts from, or the nearest one.

use super::*;

/// How many words may stand between "since" and the date of the event it counts from ("since a
/// push on Friday night").
const SINCE_EVENT_WORDS: usize = 4;

/// The date mention for a trigger: the nearest before it, else the first after it (before the next
/// trigger); after it first when the one before follows the previous trigger (`clause` runs from
/// the previous trigger's end to the next one's start). An index into the sentence's mentions.
pub(super) fn trigger_date(
    tokens: &[Token],
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
    trig: &Trigger,
    clause: Range<usize>,
) -> Option<usize> {
    let next_trigger = clause.end;
    let usable = |i: &usize| !mentions[*i].bound && resolved[*i].is_some();
    let in_clause = |i: &usize| {
        mentions[*i].tokens.start >= trig.tokens.end && mentions[*i].tokens.start < next_trigger
    };
    // "the army's capture on Saturday of X", "withdrew overnight from X": a date inside the
    // trigger's phrase is its own.
    let inside = (0..mentions.len()).filter(usable).find(|&i| {
        mentions[i].tokens.start > trig.tokens.start && mentions[i].tokens.end < trig.tokens.end
    });
    if inside.is_some() {
        return inside;
    }
    // "the army, which took X last month, shelled Y": a flash-back in its clause dates the change,
    // unless a date written before it in the clause is the verb's own ("entered X on 7 December
    // 2016 …, and the owner gave us the key last month").
    let flash_back = (0..mentions.len())
        .filter(usable)
        .find(in_clause)
        .filter(|&i| matches!(mentions[i].kind, DateKind::LastMonth | DateKind::LastWeek));
    if flash_back.is_some() {
        return flash_back;
    }
    // "the army, which captured X in 2013, shelled Y": a relative clause dates its own verb.
    if let Some(own) = relative_clause_date(tokens, mentions, resolved, trig) {
        return Some(own);
    }
    if let Some(since) = since_when(tokens, mentions, resolved, trig) {
        return Some(since);
    }
    if let Some(since) = held_since(tokens, mentions, resolved, trig) {
        return Some(since);
    }
    let before = (0..mentions.len())
        .filter(usable)
        .rfind(|&i| mentions[i].tokens.end <= trig.tokens.start);
    // "ALEPPO, Dec. 9 (Wire) - Troops took X on Wednesday": a dateline's date is what the day in
    // the clause is resolved against, not the day of the change.
    let dateline = before.is_some_and(|i| {
        tokens[mentions[i].tokens.end..trig.tokens.start]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "-" | "\u{2013}" | "\u{2014}"))
    });
    let after = (0..mentions.len()).filter(usable).find(in_clause);
    if dateline && after.is_some() {
        return after;
    }
    // "was abandoned when that district fell to government forces on November 26": with no date of
    // its own, the "when" clause after it dates it.
    let own_before = before.is_some_and(|i| mentions[i].tokens.start >= clause.start);
    if !own_before && after.is_none() {
        if let Some(when) = (trig.tokens.end..next_trigger).find(|&i| tokens[i].norm == "when") {
            let in_when = (0..mentions.len())
                .filter(usable)
                .find(|&i| mentions[i].tokens.start > when);
            if in_when.is_some() {
                return in_when;
            }
        }
    }
    // "took X on 3 May and lost it again on 5 May", "On Monday the YPG took X, and rebels took Y
    // on Tuesday": with a verb before, the date before is that verb's when one follows this one.
    let others = before.is_some() && clause.start > 0;
    if others && after.is_some() {
        return after;
    }
    // "… the attack on X in October 2016, which was repelled, and in the capture of Y on
    // 27.11.2016", "reached on Monday 5 December, after the army took the quarter on Sunday": a
    // day written after the verb dates it over a date a comma sets apart before it.
    // "| resumed 15/12 | Government forces took X on 12 December": a table's cell, too, and an
    // entry's stamp before its colon ("14.12.16  To the families of X: the army took all of X on
    // Monday the 12th").
    let set_apart = before.is_some_and(|i| {
        tokens[mentions[i].tokens.end..trig.tokens.start]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "," | ";" | "|" | ":"))
    });
    // "on Monday the 12th": a day of the month its weekday names.
    let weekday_before = |m: &DateMention| {
        m.tokens.start > 0
            && crate::extract::dates::is_weekday_name(&tokens[m.tokens.start - 1].norm)
    };
    let written_day = after.filter(|&i| {
        matches!(
            mentions[i].kind,
            DateKind::Day { .. }
                | DateKind::Days { .. }
                | DateKind::Month { .. }
                | DateKind::Weekday(_)
        ) || (matches!(mentions[i].kind, DateKind::DayOfLastMonth(_))
            && weekday_before(&mentions[i]))
    });
    // "They conceded two days later that the army had taken X on 2016-10-03": a date before the
    // "that" of what was said dates the saying; the day written after the verb dates the change.
    let dates_the_saying = before.is_some_and(|i| {
        tokens[mentions[i].tokens.end..trig.tokens.start]
            .iter()
            .any(|t| t.norm == "that")
    });
    if (set_apart || dates_the_saying) && written_day.is_some() {
        return written_day;
    }
    // "X, where the rebels beat back an assault ten days ago, fell this morning": the date that
    // closes an apposition before the verb is the apposition's.
    let closes_apposition = before.is_some_and(|i| {
        let between = &tokens[mentions[i].tokens.end..trig.tokens.start];
        between.first().is_some_and(|t| t.norm == ",")
            && between[1..].iter().all(|t| {
                let w = t.norm.as_str();
                BE.contains(&w) || ADVERBS.contains(&w) || ["has", "have", "had"].contains(&w)
            })
    });
    if closes_apposition && after.is_some() {
        return after;
    }
    let outside = before
        .filter(|_| closes_apposition)
        .and_then(|i| date_before_apposition(tokens, mentions, i, usable));
    outside.or(before).or(after)
}

/// "On 17/11/2013 the army, advancing after the fall of Base 80 a week earlier, seized X": with
/// nothing after the verb, the date before the apposition whose date (`i`) closes just before it.
fn date_before_apposition(
    tokens: &[Token],
    mentions: &[DateMention],
    i: usize,
    usable: impl Fn(&usize) -> bool,
) -> Option<usize> {
    let opens = (0..mentions[i].tokens.start)
        .rev()
        .find(|&k| tokens[k].norm == ",")?;
    // Not a date set off alone ("and, two days later, advanced"): the phrase holds more.
    let more_than_the_date = tokens[opens + 1..mentions[i].tokens.start]
        .iter()
        .any(Token::is_word);
    if !more_than_the_date {
        return None;
    }
    (0..i)
        .filter(usable)
        .rfind(|&j| mentions[j].tokens.end <= opens)
}

/// The date inside the relative clause ("which …", "who …", between commas) the trigger stands in,
/// if the clause has one: the mention index.
pub(super) fn relative_clause_date(
    tokens: &[Token],
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
    trig: &Trigger,
) -> Option<usize> {
    let opens = (0..trig.tokens.start)
        .rev()
        .take_while(|&i| tokens[i].norm != "," && tokens[i].norm != ";")
        .find(|&i| ["which", "who"].contains(&tokens[i].norm.as_str()))?;
    let comma_before = opens > 0 && tokens[opens - 1].norm == ",";
    // A clause that closes the sentence ends with it ("…, which the army had taken the previous
    // Monday.").
    let closes = (trig.tokens.end..tokens.len())
        .find(|&i| tokens[i].norm == "," || tokens[i].norm == ";")
        .unwrap_or(tokens.len());
    let inside = |i: &usize| {
        let m = &mentions[*i].tokens;
        m.start > opens && m.end <= closes && resolved[*i].is_some() && !mentions[*i].bound
    };
    (0..mentions.len()).filter(|_| comma_before).find(inside)
}

/// "has not changed hands since April 2013, when rebels drove the army out of it": the "when"
/// clause tells what happened at the date the period is counted from, so that date (a bound, which
/// dates nothing else) dates its change. The mention index, when the trigger is in such a clause.
pub(super) fn since_when(
    tokens: &[Token],
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
    trig: &Trigger,
) -> Option<usize> {
    let i = (0..mentions.len()).rfind(|&i| mentions[i].tokens.end <= trig.tokens.start)?;
    let m = &mentions[i];
    let opens_when = |k: usize| tokens.get(k).is_some_and(|t| t.norm == "when");
    let when_at = if tokens.get(m.tokens.end).is_some_and(|t| t.norm == ",") {
        m.tokens.end + 1
    } else {
        m.tokens.end
    };
    let since = m.tokens.start > 0 && tokens[m.tokens.start - 1].norm == "since";
    let unbroken = tokens[when_at..trig.tokens.start]
        .iter()
        .all(|t| t.is_word() || t.norm == "'");
    (since && opens_when(when_at) && unbroken && resolved[i].is_some()).then_some(i)
}

/// Where the clause after an opening "since" date starts: past the comma that sets the date off
/// and a day restating it ("Since yesterday, Friday, all of X is …").
fn after_opening_date(tokens: &[Token], mentions: &[DateMention], end: usize) -> usize {
    let comma = |k: usize| tokens.get(k).is_some_and(|t| t.norm == ",");
    if !comma(end) {
        return end;
    }
    let restated = mentions.iter().find(|m| m.tokens.start == end + 1);
    match restated {
        Some(m) if comma(m.tokens.end) => m.tokens.end + 1,
        _ => end + 1,
    }
}

/// "Since Friday our men have held …", "have controlled X since 3 May": a holding counted from a
/// date began then; that date (a bound, which dates nothing else) dates it. The mention index, when
/// a state verb's clause has such a "since".
pub(super) fn held_since(
    tokens: &[Token],
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
    trig: &Trigger,
) -> Option<usize> {
    if !matches!(trig.class, VerbClass::State | VerbClass::Verbless) {
        return None;
    }
    let clause = |i: usize| {
        let m = &mentions[i].tokens;
        let (a, b) = if m.end <= trig.tokens.start {
            (
                after_opening_date(tokens, mentions, m.end),
                trig.tokens.start,
            )
        } else {
            (trig.tokens.end, m.start.max(trig.tokens.end))
        };
        tokens[a..b].iter().all(|t| t.is_word() || t.norm == "'")
    };
    // "since Friday", or "since a push on Friday night": "since" and at most a few words before
    // the date.
    let since_before = |m: &DateMention| {
        (m.tokens.start.saturating_sub(SINCE_EVENT_WORDS + 1)..m.tokens.start)
            .rev()
            .take_while(|&k| tokens[k].is_word())
            .any(|k| tokens[k].norm == "since")
    };
    (0..mentions.len()).find(|&i| {
        let m = &mentions[i];
        since_before(m) && resolved[i].is_some() && clause(i)
    })
}
