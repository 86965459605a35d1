//! The places a trigger acts on: after it up to the end of its object, before it for a passive or
//! a fall, or in a relative clause; with the extent that quantifiers and parts give.

use super::*;

mod object_end;
mod quantities;
mod subject;

pub(super) use object_end::object_end;
use quantities::*;
use subject::*;

/// Nouns of a part of a place, after "its" ("its northern streets", "its eastern half").
const PART_NOUNS: &[&str] = &[
    "streets",
    "street",
    "blocks",
    "block",
    "edge",
    "edges",
    "part",
    "parts",
    "half",
    "side",
    "sides",
    "outskirts",
    "centre",
    "center",
    "quarter",
    "quarters",
    "neighbourhoods",
    "neighborhoods",
    "districts",
    "corner",
    "end",
    "approaches",
    "section",
    "sections",
    "north",
    "south",
    "east",
    "west",
    "areas",
    "area",
    "outer",
    "heart",
    "rest",
    "remainder",
    "positions",
    "buildings",
    "market",
    "markets",
    "square",
];

/// The most tokens a relative clause inside a list of objects may hold.
const RELATIVE_CLAUSE_REACH: usize = 25;

/// "took X, which rebels had held since 2012, and Y": the places of the list that goes on after a
/// relative clause set off by commas right after the last target.
pub(super) fn list_after_relative(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    targets: &[Target],
) -> Vec<Target> {
    let Some(last) = targets.last() else {
        return Vec::new();
    };
    let Some(after) = places
        .iter()
        .find(|p| p.range == last.range)
        .map(|p| p.tokens.end)
    else {
        return Vec::new();
    };
    let opens = tokens.get(after).is_some_and(|t| t.norm == ",")
        && tokens
            .get(after + 1)
            .is_some_and(|t| ["which", "where", "who", "whose", "when"].contains(&t.norm.as_str()));
    if !opens {
        return Vec::new();
    }
    let reach = (after + 2 + RELATIVE_CLAUSE_REACH).min(tokens.len());
    let Some(close) = (after + 2..reach).find(|&i| tokens[i].norm == ",") else {
        return Vec::new();
    };
    let mut at = close + 1;
    if !tokens
        .get(at)
        .is_some_and(|t| ["and", "or"].contains(&t.norm.as_str()))
    {
        return Vec::new();
    }
    at += 1;
    if tokens.get(at).is_some_and(|t| t.norm == "the") {
        at += 1;
    }
    let Some(first) = places.iter().position(|p| p.tokens.start == at) else {
        return Vec::new();
    };
    let list = lists(text, tokens, places)
        .into_iter()
        .find(|l| l.contains(&first))
        .unwrap_or(first..first + 1);
    places[first..list.end]
        .iter()
        .filter(|p| p.not_the_object.is_none() && !p.districts.is_empty())
        .map(|p| Target::named(p, last.extent, None))
        .collect()
}

/// "cleared X of rebels", "cleansed X of terrorists", "wrested X from the army", "handed X over to
/// the regime": a place inside the gap of a phrase that ends in "of", "from" or "to" is its object (in "drove the rebels out of X" the
/// gap holds a side, and the place follows).
pub(super) fn targets_in_gap(
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
) -> Vec<Target> {
    let last = tokens[trig.tokens.end - 1].norm.as_str();
    if trig.tokens.len() < 3 || !["of", "from", "to"].contains(&last) {
        return Vec::new();
    }
    places
        .iter()
        .filter(|p| p.tokens.start > trig.tokens.start && p.tokens.end < trig.tokens.end)
        .filter(|p| p.not_the_object.is_none() && !p.districts.is_empty())
        .map(|p| Target::named(p, Extent::Full, None))
        .collect()
}

/// The places after a trigger, up to `end`, with their extents.
#[allow(clippy::too_many_arguments)]
pub(super) fn targets_after(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
    end: usize,
    dates: &[DateMention],
    state: &DocState,
    lex: &Lexicon,
) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    let mut window_start = trig.tokens.end;
    let mut inherited: Option<Extent> = None;
    let mut last_end = trig.tokens.end;
    let lists = lists(text, tokens, places);
    for (k, p) in places.iter().enumerate() {
        if p.tokens.start < trig.tokens.end || p.tokens.end > end {
            continue;
        }
        if p.not_the_object.is_some() {
            window_start = p.tokens.end;
            last_end = p.tokens.end;
            inherited = None;
            continue;
        }
        let anaphora = p.districts.is_empty();
        if anaphora && p.text.eq_ignore_ascii_case("it") {
            // "captured it", "took control of most of it": only right after the verb or a quantifier.
            let right_after = p.tokens.start == trig.tokens.end
                || quantifier_before(text, tokens, trig.tokens.end, p.tokens.start, lex)
                    .is_some_and(|(_, at)| at == trig.tokens.end);
            if !right_after {
                continue;
            }
        }
        // "its northern streets": a part of the last place; "its" alone is not an object.
        let possessive = anaphora && p.text.eq_ignore_ascii_case("its");
        // "its northern streets", "its southern edge": a part of the place; "its residents" is not.
        let part_follows = tokens[p.tokens.end..(p.tokens.end + 4).min(tokens.len())]
            .iter()
            .take_while(|t| t.is_word())
            .any(|t| PART_NOUNS.contains(&t.norm.as_str()));
        if possessive && !part_follows {
            continue;
        }
        if anaphora && names_the_last_target(text, tokens, p, &mut out, window_start, lex) {
            window_start = p.tokens.end;
            last_end = p.tokens.end;
            continue;
        }
        // "both neighbourhoods" after a list of the same sentence stands for that list.
        let listed = (anaphora && super::carry::is_plural_reference(&p.text))
            .then(|| super::carry::last_list_among(text, tokens, places, k))
            .flatten();
        let (districts, text_of) = if anaphora {
            match listed.or_else(|| state.referent(&p.text)) {
                Some(d) => (d, p.text.clone()),
                None => continue,
            }
        } else {
            (p.districts.clone(), p.text.clone())
        };
        let same_list = lists.iter().any(|l| l.contains(&k) && k > l.start);
        let mut extent = None;
        if let Some((q, _)) = quantifier_before(text, tokens, window_start, p.tokens.start, lex) {
            extent = Some(quantify(q));
        } else if same_list {
            extent = inherited;
        }
        if extent.is_none() && subpart_before(text, tokens, window_start, p.tokens.start) {
            extent = Some(Extent::Partial { fraction: None });
        }
        let base = trig.class_extent();
        let mut e = extent.unwrap_or(base);
        // "rebels hold the rest": what is left of a place is a part of it (taking "the rest"
        // completes it).
        let rest = anaphora
            && ["the rest", "the remainder"].contains(&p.text.to_lowercase().as_str())
            && trig.class == VerbClass::State;
        if (p.landmark || p.part || possessive || rest) && e == Extent::Full {
            e = Extent::Partial { fraction: None };
        }
        inherited = extent;
        // A date between the verb and the place is the place's own ("… and by the next day half of it").
        let date = dates
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                !d.bound
                    && d.tokens.start >= trig.tokens.end
                    && d.tokens.end <= p.tokens.start
                    && d.tokens.start >= last_end
            })
            .map(|(i, _)| i)
            .next_back();
        out.push(Target {
            districts,
            text: text_of,
            range: p.range.clone(),
            extent: e,
            date,
            anaphoric: anaphora,
            ambiguous: p.how == PlaceHow::Ambiguous,
        });
        window_start = p.tokens.end;
        last_end = p.tokens.end;
    }
    out
}

/// How many words of *be* and adverbs stand just before a trigger ("was reportedly").
fn verb_words_before(tokens: &[Token], trig: &Trigger) -> usize {
    tokens[..trig.tokens.start]
        .iter()
        .rev()
        .take_while(|t| {
            let w = t.norm.as_str();
            t.is_word()
                && (BE.contains(&w) || ADVERBS.contains(&w) || ["has", "have", "had"].contains(&w))
        })
        .count()
}

/// The places before a passive or a fall: back to the clause start; after "which"/"that", the name
/// before it.
pub(super) fn targets_before(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
    state: &DocState,
    lex: &Lexicon,
) -> Vec<Target> {
    let (start, relative) = subject_start(text, tokens, places, actors, trig, lex);
    let chosen: Vec<&PlaceMention> = if relative {
        // "the Fardous district, which was also taken": the name just before "which".
        places
            .iter()
            .filter(|p| {
                p.tokens.end <= start && p.not_the_object.is_none() && !p.districts.is_empty()
            })
            .filter(|p| {
                tokens[p.tokens.end..start]
                    .iter()
                    .all(|t| !t.is_word() || name_is_generic(t, text))
            })
            .collect()
    } else {
        places
            .iter()
            .filter(|p| p.tokens.start >= start && p.tokens.end <= trig.tokens.start)
            .filter(|p| p.not_the_object.is_none() && !p.districts.is_empty())
            .collect()
    };
    if chosen.is_empty() && !relative {
        // "The district fell", "the neighbourhood was reported to be under government control":
        // the subject refers back to the last place named.
        return anaphoric_subject(text, tokens, places, start, trig, state)
            .into_iter()
            .collect();
    }
    let mut out = Vec::new();
    let mut window_start = if relative {
        chosen.first().map_or(start, |p| p.tokens.start)
    } else {
        start
    };
    for p in chosen {
        let q = quantifier_before(text, tokens, window_start, p.tokens.start, lex)
            .map(|(q, _)| quantify(q));
        let mut e = q.unwrap_or(Extent::Full);
        if (p.landmark || p.part) && e == Extent::Full {
            e = Extent::Partial { fraction: None };
        }
        out.push(Target::named(p, e, None));
        window_start = p.tokens.end;
    }
    out
}

/// "took most of Bustan al-Basha today, about three quarters of the quarter": whether a reference
/// back `p` with a noun for one district, after a place this verb took (the last of `out`), is
/// that place; an amount before it is then that place's extent.
fn names_the_last_target(
    text: &str,
    tokens: &[Token],
    p: &PlaceMention,
    out: &mut [Target],
    window_start: usize,
    lex: &Lexicon,
) -> bool {
    let one_place =
        super::carry::names_a_place_noun(&p.text) && !super::carry::is_plural_reference(&p.text);
    let Some(last) = out.last_mut().filter(|t| one_place && !t.anaphoric) else {
        return false;
    };
    if let Some((q, _)) = quantifier_before(text, tokens, window_start, p.tokens.start, lex) {
        last.extent = quantify(q);
    }
    true
}

/// "the district", "it" as the subject before a passive, a fall or a verbless holding: the last place
/// named, when one is known.
fn anaphoric_subject(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    start: usize,
    trig: &Trigger,
    state: &DocState,
) -> Option<Target> {
    let (k, p) = places.iter().enumerate().find(|(_, p)| {
        p.tokens.start >= start
            && p.tokens.end <= trig.tokens.start
            && p.districts.is_empty()
            && p.not_the_object.is_none()
            && !p.text.eq_ignore_ascii_case("its")
    })?;
    // "it was reported that…" is not a place: "it" must be the clause's first word.
    if p.text.eq_ignore_ascii_case("it") && p.tokens.start != start {
        return None;
    }
    // "entered X and Y, and both districts were under government control by …": a plural
    // reference stands for a list of its own sentence before the one of an earlier sentence.
    let listed = super::carry::is_plural_reference(&p.text)
        .then(|| super::carry::last_list_among(text, tokens, places, k))
        .flatten();
    let districts = listed.or_else(|| state.referent(&p.text))?;
    Some(Target {
        districts,
        text: p.text.clone(),
        range: p.range.clone(),
        extent: Extent::Full,
        date: None,
        anaphoric: true,
        ambiguous: false,
    })
}

/// The most words between "which" and its verb ("which the heroes of the Syrian Arab Army
/// liberated").
const RELATIVE_SUBJECT_REACH: usize = 10;

/// "al-Mashhad, which the army entered": the name before "which" (and the list it ends) is the
/// object of the verb.
pub(super) fn targets_of_relative(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
) -> Vec<Target> {
    let from = trig.tokens.start.saturating_sub(RELATIVE_SUBJECT_REACH);
    let Some(w) = (from..trig.tokens.start)
        .rev()
        .find(|&i| ["which", "that"].contains(&tokens[i].norm.as_str()))
    else {
        return Vec::new();
    };
    let clause = &tokens[w + 1..trig.tokens.start];
    // "Hanano, which it took on Saturday": a pronoun for a side will do as the subject (not for a
    // mere entry, "the capture of X, which it had entered the day before": the story's background).
    let pronoun_subject = trig.class == VerbClass::Change
        && clause
            .first()
            .is_some_and(|t| ["it", "they", "we"].contains(&t.norm.as_str()))
        && clause[1..].iter().all(|t| {
            ["had", "has", "have", "also", "already", "then", "just"].contains(&t.norm.as_str())
        });
    let has_subject = pronoun_subject
        || actors
            .iter()
            .any(|a| a.tokens.start > w && a.tokens.end <= trig.tokens.start);
    if !has_subject || !clause.iter().all(Token::is_word) {
        return Vec::new();
    }
    // "she filed from al-Shaar, which the army had taken": whatever stands before the name, the
    // clause is about it.
    let antecedent = places.iter().rev().find(|p| {
        p.tokens.end <= w
            && !p.districts.is_empty()
            && (tokens[p.tokens.end..w]
                .iter()
                .all(|t| !t.is_word() || name_is_generic(t, text))
                || (trig.class != VerbClass::State && apposition(&tokens[p.tokens.end..w])))
    });
    let Some(last) = antecedent else {
        return Vec::new();
    };
    // "al-Haydariyah and Sheikh Khodr, which the army secured": the list the clause follows.
    let mut list = vec![last];
    for p in places
        .iter()
        .rev()
        .filter(|p| p.tokens.end <= last.tokens.start)
    {
        let first = list[list.len() - 1];
        let joined = tokens[p.tokens.end..first.tokens.start]
            .iter()
            .all(|t| matches!(t.norm.as_str(), "," | "and" | "in" | "at" | "the"));
        if !joined || p.not_the_object.is_some() || p.districts.is_empty() {
            break;
        }
        list.push(p);
    }
    list.iter()
        .rev()
        .map(|p| {
            let partial = trig.class == VerbClass::Partial || p.landmark || p.part;
            Target::named(
                p,
                if partial {
                    Extent::Partial { fraction: None }
                } else {
                    Extent::Full
                },
                None,
            )
        })
        .collect()
}

/// Whether a verb's objects are all the name before its "which" or "that" ("Tariq al-Bab, which
/// government forces took"): every target ends before the verb, with "which" or "that" within
/// [`RELATIVE_SUBJECT_REACH`] words before it.
pub(super) fn object_of_relative(tokens: &[Token], trig: &Trigger, targets: &[Target]) -> bool {
    let verb_at = tokens[trig.tokens.start].start;
    let relative = (trig.tokens.start.saturating_sub(RELATIVE_SUBJECT_REACH)..trig.tokens.start)
        .any(|i| ["which", "that"].contains(&tokens[i].norm.as_str()));
    relative && !targets.is_empty() && targets.iter().all(|t| t.range.end <= verb_at)
}

/// The most words an apposition between a name and its "which" may hold.
const APPOSITION_WORDS: usize = 10;

/// ", the largest district in the north of the enclave,": an apposition after a comma, opened by
/// an article, between a name and the "which" or "that" of a clause about it (", the south-western
/// district that rebel fighters seized").
fn apposition(between: &[Token]) -> bool {
    let [first, second, inner @ ..] = between else {
        return false;
    };
    // The comma closing it, if one does.
    let inner = match inner.split_last() {
        Some((last, words)) if last.norm == "," => words,
        _ => inner,
    };
    first.norm == ","
        && ["the", "a", "an"].contains(&second.norm.as_str())
        && inner.len() < APPOSITION_WORDS
        && inner.iter().all(Token::is_word)
}

/// Whether the trigger's clause ends right after it, or after a date ("which the army secured on
/// 28/11, and …").
pub(super) fn nothing_after_but_a_date(
    tokens: &[Token],
    trig: &Trigger,
    mentions: &[DateMention],
) -> bool {
    let mut k = trig.tokens.end;
    loop {
        if let Some(m) = mentions.iter().find(|m| m.tokens.start == k) {
            k = m.tokens.end;
            continue;
        }
        // "on Friday 2 December": a weekday the day's mention leaves out of its words.
        let weekday_first = tokens
            .get(k + 1)
            .is_some_and(|t| crate::extract::dates::is_weekday_or_short(&t.norm));
        let date_at = if weekday_first { k + 2 } else { k + 1 };
        let date_next = mentions.iter().any(|m| m.tokens.start == date_at);
        if date_next
            && tokens
                .get(k)
                .is_some_and(|t| ["on", "in", "at"].contains(&t.norm.as_str()))
        {
            k = date_at;
            continue;
        }
        break;
    }
    tokens
        .get(k)
        .is_none_or(|t| matches!(t.norm.as_str(), "," | ";" | "." | ")"))
}

pub(super) fn name_is_generic(t: &Token, text: &str) -> bool {
    crate::model::names::name_key(t.text(text)).is_empty()
}

/// The named places that may be objects, from token `from` to `end`.
fn objects_between(
    places: &[PlaceMention],
    from: usize,
    end: usize,
) -> impl Iterator<Item = &PlaceMention> {
    places.iter().filter(move |p| {
        p.tokens.start >= from
            && p.tokens.end <= end
            && p.not_the_object.is_none()
            && !p.districts.is_empty()
    })
}

/// "X and Y were retaken on 5 December, and al-Sha'ar on the following day": a place after "and"
/// that only a date follows, before the clause ends, takes the trigger again on its own date (the
/// verb is left out, not the change); so does one that closes the clause after "and" and its date
/// ("…, and on the following day Bab al-Nairab."). Places from `from` to `end` (the next trigger).
pub(super) fn gapped_targets(
    tokens: &[Token],
    places: &[PlaceMention],
    mentions: &[DateMention],
    trig: &Trigger,
    from: usize,
    end: usize,
) -> Vec<Target> {
    let norm = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    let extent = trig.class_extent();
    // "…, and on the following day Bab al-Nairab.": the date before the place, after "and".
    let dated_before = objects_between(places, from + 1, end).filter_map(|p| {
        let (i, m) = mentions
            .iter()
            .enumerate()
            .find(|(_, m)| m.tokens.end == p.tokens.start && !m.bound)?;
        let mut b = m.tokens.start;
        if ["on", "in", "by"].contains(&norm(b.wrapping_sub(1))) {
            b -= 1;
        }
        let closes = matches!(norm(p.tokens.end), "" | "." | ";");
        (b > 0 && norm(b - 1) == "and" && closes).then(|| Target::named(p, extent, Some(i)))
    });
    let dated_before: Vec<Target> = dated_before.collect();
    objects_between(places, from + 1, end)
        .filter(|p| norm(p.tokens.start - 1) == "and")
        .filter_map(|p| {
            let at = p.tokens.end + usize::from(["on", "in", "by"].contains(&norm(p.tokens.end)));
            let (i, m) = mentions
                .iter()
                .enumerate()
                .find(|(_, m)| m.tokens.start == at && !m.bound)?;
            let closes = matches!(norm(m.tokens.end), "" | "," | "." | ";" | "(" | ")");
            closes.then(|| Target::named(p, extent, Some(i)))
        })
        .chain(dated_before)
        .collect()
}

/// "X fell on 12 December, the same day as al-Kallaseh": a place the text has not told a change of
/// yet, after "the same day as", changed with the trigger's places on the trigger's date (one it
/// has told of dates the change instead: [`super::counted_back::after_events`]).
pub(super) fn same_day_targets(
    tokens: &[Token],
    places: &[PlaceMention],
    from: usize,
    end: usize,
) -> Vec<Target> {
    let norm = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    objects_between(places, from + 3, end)
        .filter(|p| {
            let s = p.tokens.start;
            norm(s - 1) == "as"
                && matches!(
                    norm(s - 2),
                    "day" | "night" | "evening" | "morning" | "time"
                )
                && norm(s - 3) == "same"
        })
        .map(|p| Target::named(p, Extent::Full, None))
        .collect()
}

/// Words that open where a side went ("withdrew from X to Y", "خرجوا من X إلى Y", "vers").
const DESTINATIONS: &[&str] = &[
    "to",
    "towards",
    "toward",
    "into",
    "for",
    "إلى",
    "الى",
    "نحو",
    "باتجاه",
    "vers",
    "nach",
    "hacia",
    "verso",
];

/// Words that open where a side left from.
const ORIGINS: &[&str] = &[
    "from", "of", "out", "من", "de", "du", "des", "aus", "von", "desde", "da", "dal",
];

/// "The rebels withdrew from X to Y": Y, after a word of where the side went (the nearest such
/// word before it, not "from"), is no place it lost.
pub(super) fn drop_destinations(tokens: &[Token], trig: &Trigger, targets: &mut Vec<Target>) {
    targets.retain(|t| {
        let at = tokens.partition_point(|k| k.start < t.range.start);
        let nearest = (trig.tokens.end..at).rev().find(|&k| {
            let w = tokens[k].norm.as_str();
            DESTINATIONS.contains(&w) || ORIGINS.contains(&w)
        });
        nearest.is_none_or(|k| !DESTINATIONS.contains(&tokens[k].norm.as_str()))
    });
}
