//! What a holding tells ("held", "holds", "under government control", "is with the army"): a
//! change made today or by a day ("since noon", "by Monday evening", "now"), or how things stand
//! (a holding that goes on, one in the present with nothing that dates it, one "while" something
//! else happened), and things held that are no places ("records held there", "a lease").

use super::set_aside::words_before;
use super::*;

/// Words before a holding that say it goes on: "continue to be held by", "remains in the hands of".
const GOES_ON: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "remain",
    "remains",
    "remained",
    "stays",
    "stayed",
];

/// "The quarters … continue to be held by militants", "which remains in the hands of the
/// revolutionaries": a holding said to go on is a standing state, not a change.
pub(super) fn still_held(tokens: &[Token], trig: &Trigger) -> bool {
    if !matches!(trig.class, VerbClass::State | VerbClass::Verbless) {
        return false;
    }
    (trig.tokens.start.saturating_sub(3)..trig.tokens.start)
        .rev()
        .take_while(|&i| tokens[i].is_word())
        .any(|i| GOES_ON.contains(&tokens[i].norm.as_str()))
}

/// "could not return while the district was held by the armed opposition": a holding in a clause
/// of "while" is the time something else happened in, not a change.
pub(super) fn held_meanwhile(tokens: &[Token], trig: &Trigger) -> bool {
    trig.class == VerbClass::State
        && (trig.tokens.start.saturating_sub(5)..trig.tokens.start)
            .rev()
            .take_while(|&i| tokens[i].is_word())
            .any(|i| tokens[i].norm == "while")
}

/// Words that date a present holding to the day told of ("now holds", "currently controls").
const NOW_WORDS: &[&str] = &[
    "now",
    "currently",
    "today",
    "tonight",
    "presently",
    "newly",
    "yet",
    "already",
];

/// "The Kurdish YPG holds Sheikh Maqsoud in the north", "X, which is held by Kurdish forces", "SAA
/// units are in full control of the neighborhood": a
/// holding in the present with nothing that dates it (no date, no "now") and no one reporting it
/// describes how things stand, as a briefing's background does; it reports no change.
pub(super) fn standing_present(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    mentions: &[DateMention],
    lex: &Lexicon,
) -> bool {
    if trig.class != VerbClass::State {
        return false;
    }
    let first = tokens[trig.tokens.start].norm.as_str();
    let before = trig
        .tokens
        .start
        .checked_sub(1)
        .map(|k| tokens[k].norm.as_str());
    let present = matches!(
        first,
        "holds" | "hold" | "controls" | "control" | "has" | "have"
    ) || (matches!(first, "held" | "controlled" | "in")
        && matches!(before, Some("is" | "are")));
    // "since 28.11" dates it too: it has held since then; so does "since dawn".
    let dated = !mentions.is_empty()
        || tokens.iter().any(|t| NOW_WORDS.contains(&t.norm.as_str()))
        || since_a_time_of_today(tokens, 0);
    if !present || dated {
        return false;
    }
    // "The army holds X, the radio says": a holding someone reports is news.
    // Not "… holds X, and says it will stay out": the saying of another clause.
    let reported = (0..tokens.len()).any(|k| {
        // "Not confirmed by any source; the army holds X": a saying denied reports nothing.
        let denied = k > 0 && ["not", "never", "no"].contains(&tokens[k - 1].norm.as_str());
        let says = !denied
            && (lex.claim_verbs.longest_at(text, tokens, k).is_some()
                || lex.claim_markers.longest_at(text, tokens, k).is_some());
        let after = tokens.get(trig.tokens.end..k).unwrap_or_default();
        let attributed = k < trig.tokens.start
            || after.iter().rposition(|t| t.norm == ",").is_some_and(|c| {
                let after_comma = &after[c + 1..];
                after_comma.len() <= 3 && after_comma.iter().all(|t| t.norm != "and")
            });
        says && attributed
    });
    !reported
}

/// "Sheikh Maqsoud, which had been held by the YPG since 2012", "which rebels have held since late
/// July", "which has occupied X since 2012": a holding (or a perfect) since a year, season or month
/// names no day it began; it describes how things stood.
pub(super) fn held_since_a_period(
    tokens: &[Token],
    trig: &Trigger,
    mentions: &[DateMention],
) -> bool {
    let holding = matches!(trig.class, VerbClass::State | VerbClass::Verbless);
    // "which has occupied the neighbourhood since 2012": a perfect whose "since" follows it in its
    // clause tells how long a place has been held.
    let perfect = trig
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|k| ["has", "have", "had"].contains(&tokens[k].norm.as_str()));
    mentions.iter().any(|m| {
        let since_a_period = matches!(
            m.kind,
            DateKind::Year { .. } | DateKind::Month { .. } | DateKind::Season { .. }
        ) && m.tokens.start > 0
            && ["since", "from"].contains(&tokens[m.tokens.start - 1].norm.as_str());
        let in_its_clause = m.tokens.start >= trig.tokens.end
            && tokens[trig.tokens.end..m.tokens.start]
                .iter()
                .all(|t| !matches!(t.norm.as_str(), "," | ";" | "and" | "but"));
        since_a_period && (holding || (perfect && in_its_clause))
    })
}

/// Nouns a reduced relative clause describes by an earlier change ("the points they lost").
const HELD_THINGS: &[&str] = &[
    "points",
    "positions",
    "areas",
    "ground",
    "territory",
    "parts",
    "buildings",
    "streets",
    "blocks",
    "sites",
    "districts",
    "neighbourhoods",
    "neighborhoods",
    "everything",
];

/// "regained the points they lost in X", "retook the positions it had lost": a verb in a relative
/// clause without "which" describes the thing the sentence is about by an earlier change; it
/// reports none of its own.
pub(super) fn describes_what_was_held(tokens: &[Token], trig: &Trigger) -> bool {
    let word = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .map_or("", |t| t.norm.as_str())
    };
    let mut k = trig.tokens.start.checked_sub(1);
    if ["had", "have", "has"].contains(&word(k)) {
        k = k.and_then(|k| k.checked_sub(1));
    }
    let pronoun = ["they", "it", "we", "he", "she"].contains(&word(k));
    pronoun && HELD_THINGS.contains(&word(k.and_then(|k| k.checked_sub(1))))
}

/// "… but the attack was pushed back and the army held the district": a side that held a place
/// after an attack on it was thrown back kept it; nothing changed.
pub(super) fn held_after_repelling(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    lex: &Lexicon,
) -> bool {
    trig.class == VerbClass::State
        && tokens[trig.tokens.start].norm == "held"
        && lex
            .contradictions
            .find_all(text, &tokens[..trig.tokens.start])
            .iter()
            .any(|c| {
                !["den", "not ", "still ", "no ", "un"]
                    .iter()
                    .any(|p| c.phrase.starts_with(p))
            })
}

/// Things that are "held" somewhere, which no place is held by ("its records were held there").
const THINGS_HELD: &[&str] = &[
    "records",
    "documents",
    "papers",
    "files",
    "goods",
    "stock",
    "meeting",
    "meetings",
    "talks",
    "elections",
    "hostages",
    "prisoners",
    "detainees",
    "funds",
    "archives",
    "samples",
];

/// "… because its records were held there", "two training days, held in X", "held a lease of a
/// unit in X": a thing held in a place, not a place held.
pub(super) fn things_held(tokens: &[Token], trig: &Trigger) -> bool {
    let held = trig.class == VerbClass::State && tokens[trig.tokens.start].norm == "held";
    let thing_before = tokens[trig.tokens.start.saturating_sub(3)..trig.tokens.start]
        .iter()
        .any(|t| THINGS_HELD.contains(&t.norm.as_str()));
    // "Two training days, held in al-Aziziyeh": an event held somewhere, set off by a comma.
    let event_held_in = trig.tokens.start > 0
        && tokens[trig.tokens.start - 1].norm == ","
        && tokens
            .get(trig.tokens.end)
            .is_some_and(|t| ["in", "at"].contains(&t.norm.as_str()));
    // "The deceased held a lease of a unit in X": a thing held, not a place.
    let a_thing_after = tokens
        .get(trig.tokens.end)
        .is_some_and(|t| t.norm == "a" || t.norm == "an")
        && tokens
            .get(trig.tokens.end + 1)
            .is_some_and(|t| THINGS_HELD_AFTER.contains(&t.norm.as_str()));
    // "Tanker to be held ready", "convoy held back", "deliveries held up": kept waiting.
    let kept_waiting = tokens
        .get(trig.tokens.end)
        .is_some_and(|t| ["ready", "back", "up"].contains(&t.norm.as_str()));
    held && (thing_before || event_held_in || a_thing_after || kept_waiting)
}

/// Things one holds, after "held a" ("held a lease", "held a meeting").
const THINGS_HELD_AFTER: &[&str] = &[
    "lease",
    "licence",
    "license",
    "meeting",
    "conference",
    "ceremony",
    "vigil",
    "protest",
    "funeral",
    "post",
    "position",
    "share",
    "stake",
    "deed",
    "title",
    "permit",
    "key",
    "workshop",
    "session",
];

/// "The rebels now hold only a handful of districts, among them X and Y": what a side holds "only"
/// is what is left to it, told as how things stand, not a change.
pub(super) fn holds_only(tokens: &[Token], trig: &Trigger) -> bool {
    trig.class == VerbClass::State
        && tokens
            .get(trig.tokens.end)
            .is_some_and(|t| t.norm == "only")
}

/// Whether a verbless holding says something new ("now under", "fully under", "large parts under",
/// "came under"), not a standing state ("under rebel control at the end of the week", "under the
/// control of the YPG since 2012").
pub(super) fn new_holding(tokens: &[Token], trig: &Trigger) -> bool {
    // "returned to government control": the word may open the phrase itself.
    // "is now under the army": or stand inside it, before its side.
    words_before(tokens, trig)
        .chain(&tokens[trig.tokens.clone()])
        .any(|t| NEW_HOLDING.contains(&t.norm.as_str()) || PARTLY.contains(&t.norm.as_str()))
}

/// Words after "since" that name a time of the day told of ("since 0800C", "since dawn"); a
/// weekday's name ("since Wednesday") is one too.
const TIMES_OF_DAY: &[&str] = &[
    "dawn",
    "morning",
    "midday",
    "noon",
    "this",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "daybreak",
    "sunrise",
    "first",
    "afternoon",
    "evening",
];

/// "… has all of it since dawn": a "since" after `from` in the sentence before a time of the day
/// told of (not "since 2012").
pub(super) fn since_a_time_of_today(tokens: &[Token], from: usize) -> bool {
    (from..tokens.len()).any(|i| {
        // "since about midday", "since early this morning".
        let k = if tokens
            .get(i + 1)
            .is_some_and(|t| ["about", "around", "early", "late"].contains(&t.norm.as_str()))
        {
            i + 2
        } else {
            i + 1
        };
        tokens[i].norm == "since"
            && tokens
                .get(k)
                .is_some_and(|t| TIMES_OF_DAY.contains(&t.norm.as_str()))
    })
}

/// Another language's "since" and the words for today, or a time of it, after it: German "seit
/// heute", French "depuis ce matin", Spanish "desde esta mañana", Italian "da stamattina".
const FOREIGN_SINCE_TODAY: &[(&str, &[&str])] = &[
    ("seit", &["heute", "heutigem"]),
    // Arabic "منذ العصر", since the afternoon.
    (
        "منذ",
        &[
            "اليوم",
            "الصباح",
            "صباح",
            "الظهر",
            "ظهر",
            "العصر",
            "عصر",
            "المساء",
            "مساء",
            "الفجر",
            "فجر",
            "الليلة",
        ],
    ),
    ("depuis", &["ce", "cette", "aujourd'hui", "midi"]),
    ("desde", &["hoy", "esta", "este"]),
    (
        "da",
        &[
            "stamattina",
            "stamani",
            "oggi",
            "stasera",
            "stanotte",
            "questa",
        ],
    ),
];

/// How far after a verbless holding its "since" may stand.
const SINCE_REACH: usize = 4;

/// "Eastern half of X under SAA control since 0800C", "in army hands since dawn", "Since this
/// morning X is with the army": a holding that began at a time of the day told of is news (one
/// "since 2012" is a standing state).
pub(super) fn held_since_today(tokens: &[Token], trig: &Trigger) -> bool {
    let end = (trig.tokens.end + SINCE_REACH).min(tokens.len());
    // "al-Schaar ist seit heute Mittag ganz unter Kontrolle der Armee": another language's "since
    // today", which may stand before the holding.
    let foreign = (trig.tokens.start.saturating_sub(SINCE_REACH + 2)..end).any(|i| {
        tokens.get(i + 1).is_some_and(|next| {
            FOREIGN_SINCE_TODAY.iter().any(|(since, today)| {
                tokens[i].norm == *since && today.contains(&next.norm.as_str())
            })
        })
    });
    if foreign {
        return true;
    }
    // "Since this morning …" opening the sentence (after a speaker's "A." in a transcript),
    // before the holding.
    let first = tokens[..trig.tokens.start].iter().position(Token::is_word);
    let labelled = first.is_some_and(|k| {
        tokens[k].norm.chars().count() == 1
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.norm == "." || t.norm == ":")
    });
    let opening = first
        .map(|k| if labelled { k + 2 } else { k })
        .filter(|&k| k < tokens.len());
    // "He phoned: since yesterday, Friday, all of X is …", "He said that since …": a clause
    // after a lead-in's colon or a "that" opens with it.
    let after_lead_in =
        (1..trig.tokens.start).filter(|&k| [":", "that"].contains(&tokens[k - 1].norm.as_str()));
    (trig.tokens.end..end)
        .chain(opening)
        .chain(after_lead_in)
        .any(|i| {
            // "since the morning" as "since morning", "since about two o'clock" as "since two".
            let k = if tokens.get(i + 1).is_some_and(|t| {
                ["the", "about", "around", "this", "last"].contains(&t.norm.as_str())
            }) {
                i + 2
            } else {
                i + 1
            };
            // "since two o'clock".
            let oclock = tokens[k.min(tokens.len())..]
                .iter()
                .take(3)
                .any(|t| t.norm.starts_with("o'clock") || t.norm == "clock");
            // "are with the army from today".
            let from_today = tokens[i].norm == "from"
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| ["today", "tonight", "this"].contains(&t.norm.as_str()));
            from_today
                || tokens[i].norm == "since"
                    && (oclock
                        || tokens.get(k).is_some_and(|t| {
                            is_clock(&t.norm)
                                || TIMES_OF_DAY.contains(&t.norm.as_str())
                                || crate::extract::dates::is_weekday_name(&t.norm)
                        }))
        })
}

/// A time of day as logs write it: "08:00", "0800C", "1430" (four digits that are no year).
pub(super) fn is_clock(word: &str) -> bool {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let rest = &word[digits.len()..];
    let year = digits
        .parse::<u32>()
        .is_ok_and(|y| (1900..=2100).contains(&y));
    match (digits.len(), rest.len()) {
        (1 | 2, _) => rest.starts_with(':'),
        (4, 0) => !year,
        (4, 1) => rest.chars().all(|c| c.is_ascii_alphabetic()),
        _ => false,
    }
}

/// How far after a holding "tonight" or "this morning" may stand ("in the army's hands tonight").
const TODAY_REACH: usize = 2;

/// "X and Y are all in the army's hands tonight", "… is with the army now": a holding dated today or
/// "now", right after it, is news of the day (not "remains in army hands today", "still").
pub(super) fn held_as_of_today(tokens: &[Token], mentions: &[DateMention], trig: &Trigger) -> bool {
    let staying = tokens[..trig.tokens.start].iter().rev().take(3).any(|t| {
        ["still", "remains", "remain", "remained", "stays", "stayed"].contains(&t.norm.as_str())
    });
    // "All of X is with the army now": "now" right after the side holding it.
    let now_after = tokens[trig.tokens.end..]
        .iter()
        .take(TODAY_REACH + 2)
        .take_while(|t| t.norm != ",")
        .any(|t| t.norm == "now");
    // "in the army's hands, all of it, since this afternoon": how much, set off by commas, may
    // stand between.
    let near = |m: &DateMention| {
        (trig.tokens.end..=trig.tokens.end + TODAY_REACH).contains(&m.tokens.start)
            || (m.tokens.start > trig.tokens.end
                && tokens[trig.tokens.end..m.tokens.start]
                    .iter()
                    .all(|t| t.norm == "," || HOW_MUCH_ASIDE.contains(&t.norm.as_str())))
    };
    !staying
        && (now_after
            || mentions
                .iter()
                .any(|m| m.kind == DateKind::FromToday(0) && near(m)))
}

/// Words of how much a holding takes in, set off between commas ("all of it", "the whole of it"),
/// and the "since" or "as of" before the time of today.
const HOW_MUCH_ASIDE: &[&str] = &[
    "all",
    "of",
    "it",
    "the",
    "whole",
    "completely",
    "entirely",
    "fully",
    "wholly",
    "now",
    "since",
    "as",
];

/// "By Monday evening X was under army control", "X was under army control by 22 December": a
/// holding dated "by" a day, with no other clause between (or right after it), is the outcome of
/// a change made by then.
pub(super) fn held_by_then(tokens: &[Token], mentions: &[DateMention], trig: &Trigger) -> bool {
    mentions.iter().any(|m| {
        let before = m.tokens.end <= trig.tokens.start
            && !tokens[m.tokens.end..trig.tokens.start]
                .iter()
                .any(|t| matches!(t.norm.as_str(), ";" | ":" | "but" | "while" | "when"));
        // "… and both districts were under government control by 22 December": right after it.
        let right_after = m.tokens.start == trig.tokens.end + 1;
        m.by && !m.bound && (before || right_after)
    })
}
