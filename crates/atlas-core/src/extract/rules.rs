//! The rules that turn one sentence into candidate events.
//!
//! Every verb of the lexicon (and every "the capture of"-like noun) is a trigger. For each trigger:
//! - it is skipped when it is hypothetical or attempted ("attempted to advance", "if the army managed to
//!   seize", "preparing to storm"), a reference to an earlier event ("after the capture of"), or undone
//!   in the same sentence ("stormed X but were repelled");
//! - the places it acts on are the names after it, up to the next verb or clause boundary, or before it
//!   for a passive ("Sheikh Khider was taken by the Army"), a fall ("X fell to the rebels") or a relative
//!   clause ("the Fardous district, which was also taken"); "the district", "the area" and "it" stand for
//!   the last place named;
//! - the actor is the nearest actor before it that can be a subject, the agent of a passive ("by X"), or
//!   the actor of the previous sentences ("they"); for a loss ("the rebels withdrew from X") the place
//!   goes to the other side;
//! - the extent comes from the verb (captured: full, advanced in: partial), quantifiers ("parts of",
//!   "most of", "a third of", "30% of"), landmarks and parts ("the Eye Hospital", "several blocks in");
//! - the date is the nearest date phrase before it in the sentence, or after it, or the last date;
//! - the certainty is a claim ("according to X", "X said it had", ", X said."), or disputed when the
//!   sentence or the next one contradicts it ("a claim X denied", "although the rebels said…").

use super::dates::{find_dates, DateContext, DateMention, ResolvedDate};
use super::lexicon::{Lexicon, Quantifier, VerbClass};
use super::places::{find_places, lists, NameKeys, PlaceHow, PlaceMention};
use super::sentences::Sentence;
use super::tokens::{tokenize, Token};
use crate::model::{Certainty, DistrictLayer, Extent, SourceDocument};
use std::ops::Range;

/// What the rules carry from one sentence to the next.
#[derive(Debug, Clone, Default)]
pub struct DocState {
    pub dates: DateContext,
    /// The controller of the last actor that could be a subject ("they" in the next sentence).
    last_subject: Option<String>,
    /// The controller of the last candidate (who takes what a passive or a fall gives).
    last_gainer: Option<String>,
    /// Controllers of actors mentioned so far, most recent last.
    recent_actors: Vec<String>,
    /// The districts of the last place named in this paragraph, and its text.
    last_place: Option<(Vec<usize>, String)>,
    paragraph: usize,
    keys: NameKeys,
}

impl DocState {
    pub fn new(dates: DateContext, layer: &DistrictLayer) -> Self {
        Self {
            dates,
            keys: NameKeys::new(layer),
            ..Self::default()
        }
    }
}

/// One candidate before it becomes a public [`super::Candidate`]: layer indices and byte ranges.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub places: Vec<FoundPlace>,
    pub controller: String,
    pub extent: Extent,
    pub certainty: Certainty,
    pub date: ResolvedDate,
    /// Where the date came from: "in the passage" or "carried over from an earlier sentence".
    pub date_in_passage: bool,
    pub trigger: String,
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FoundPlace {
    pub district: usize,
    pub text: String,
    pub range: Range<usize>,
}

/// A verb or noun that may report a change.
#[derive(Debug, Clone)]
struct Trigger {
    tokens: Range<usize>,
    class: VerbClass,
    phrase: String,
    nominal: bool,
}

#[derive(Debug, Clone)]
struct Actor {
    tokens: Range<usize>,
    controller: String,
    /// Can be the subject of a verb after it (not "by X", "against X", "from X").
    subject: bool,
}

/// A place a trigger acts on, with its extent and date.
#[derive(Debug, Clone)]
struct Target {
    districts: Vec<usize>,
    text: String,
    range: Range<usize>,
    extent: Extent,
    date: Option<usize>,
    anaphoric: bool,
    ambiguous: bool,
}

const NOT_SUBJECT_BEFORE: &[&str] = &[
    "against", "from", "by", "with", "to", "on", "at", "toward", "towards", "between", "for",
    "over", "into", "than", "near",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "some", "several",
];
const BE: &[&str] = &["was", "were", "been", "be", "is", "are", "being"];
const ADVERBS: &[&str] = &[
    "later",
    "also",
    "earlier",
    "then",
    "again",
    "however",
    "previously",
    "initially",
    "meanwhile",
    "already",
    "now",
    "still",
    "eventually",
    "reportedly",
    "fully",
    "once",
];
/// Words that open an adverbial phrase ("after a collapse of the rebel defenses").
const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "following",
    "despite",
    "amid",
    "during",
    "while",
    "since",
    "until",
    "because",
    "although",
    "though",
    "against",
];
const RELATIVE_PRONOUNS: &[&str] = &["which", "that", "who"];
const SUBPART_PREPOSITIONS: &[&str] = &["in", "of", "at", "inside"];
/// The most tokens a hypothetical marker may stand before its verb ("if the army managed to seize").
const HYPOTHETICAL_REACH: usize = 4;

/// Analyses one sentence; `next` is the following sentence of the same document, if any.
pub fn analyse(
    doc: &SourceDocument,
    sentence: &Sentence,
    next: Option<&Sentence>,
    state: &mut DocState,
    layer: &DistrictLayer,
    lex: &Lexicon,
) -> Vec<Found> {
    let text = doc.text.as_str();
    if sentence.paragraph != state.paragraph {
        state.paragraph = sentence.paragraph;
        state.last_place = None;
    }
    let tokens = tokenize(text, sentence.range.clone());
    let inherited = state.dates.current().cloned();
    let mentions = find_dates(text, &tokens);
    let resolved: Vec<Option<ResolvedDate>> =
        mentions.iter().map(|m| state.dates.resolve(m)).collect();
    let places = find_places(text, &tokens, layer, &state.keys, lex);
    let actors = actors(text, &tokens, lex);
    let triggers = triggers(text, &tokens, &places, &mentions, lex);
    let next_tokens = next.map(|n| tokenize(text, n.range.clone()));

    let mut out = Vec::new();
    for (k, trig) in triggers.iter().enumerate() {
        let place_before_trigger = places.iter().rfind(|p| {
            p.tokens.end <= trig.tokens.start
                && p.not_the_object.is_none()
                && !p.districts.is_empty()
        });
        if let Some(p) = place_before_trigger {
            state.last_place = Some((p.districts.clone(), p.text.clone()));
        }
        if trig.class == VerbClass::NoChange || hypothetical(text, &tokens, trig, lex) {
            continue;
        }
        if trig.nominal && backward(text, &tokens, trig, lex) {
            continue;
        }
        let next_trigger = triggers.get(k + 1).map_or(tokens.len(), |t| t.tokens.start);
        let span_end = object_end(text, &tokens, trig.tokens.end, next_trigger, lex);
        let passive = is_passive(&tokens, trig);
        let backward_places = matches!(trig.class, VerbClass::Fall) || passive;
        let mut targets = if passive {
            // "was taken by the Army, along with parts of X": after a passive, only what is added.
            let continuation = (trig.tokens.end..span_end).find_map(|i| {
                lex.list_continuations
                    .longest_at(text, &tokens, i)
                    .map(|f| f.end)
            });
            match continuation {
                Some(c) => {
                    let shifted = Trigger {
                        tokens: trig.tokens.start..c,
                        ..trig.clone()
                    };
                    targets_after(
                        text, &tokens, &places, &shifted, span_end, &mentions, state, lex,
                    )
                }
                None => Vec::new(),
            }
        } else {
            targets_after(
                text, &tokens, &places, trig, span_end, &mentions, state, lex,
            )
        };
        if targets.is_empty() && !backward_places {
            targets = targets_of_relative(text, &tokens, &places, &actors, trig);
        }
        if backward_places {
            let mut before = targets_before(text, &tokens, &places, trig, lex);
            // "Protests were held …, including the Sakhour district": what a passive adds only
            // extends places named before it.
            if passive && before.is_empty() {
                targets.clear();
            }
            before.append(&mut targets);
            targets = before;
        }
        if targets.is_empty() {
            continue;
        }
        // Who gains.
        let (controller, actor_in_sentence) =
            match gainer(&tokens, &actors, trig, passive, state, lex) {
                Some(g) => g,
                None => continue,
            };
        // Undone or disputed?
        let certainty = match certainty(text, &tokens, trig, &targets, next_tokens.as_deref(), lex)
        {
            Some(c) => c,
            None => continue,
        };
        // The trigger's own date, then each target's.
        let trig_date = trigger_date(&mentions, &resolved, trig, next_trigger);
        let full_verb = !lex
            .full_markers
            .find_all(text, &tokens[trig.tokens.clone()])
            .is_empty();
        let mut groups: Vec<(Extent, Option<usize>, Vec<Target>)> = Vec::new();
        for mut t in targets {
            if full_verb && matches!(t.extent, Extent::Partial { fraction: None }) && !t.anaphoric {
                t.extent = Extent::Full;
            }
            let date = t.date.or(trig_date);
            match groups
                .iter_mut()
                .find(|(e, d, _)| *e == t.extent && *d == date)
            {
                Some((_, _, g)) => g.push(t),
                None => groups.push((t.extent, date, vec![t])),
            }
        }
        for (extent, date, group) in groups {
            let (date, in_passage) = match date.and_then(|d| resolved[d].clone()) {
                Some(d) => (d, true),
                None => match &inherited {
                    Some(d) => (d.clone(), false),
                    None => continue,
                },
            };
            let mut found_places: Vec<FoundPlace> = Vec::new();
            for t in &group {
                for &d in &t.districts {
                    if !found_places.iter().any(|f| f.district == d) {
                        found_places.push(FoundPlace {
                            district: d,
                            text: t.text.clone(),
                            range: t.range.clone(),
                        });
                    }
                }
            }
            let confidence = confidence(
                actor_in_sentence,
                in_passage,
                date.basis.is_some(),
                group.iter().any(|t| t.anaphoric),
                group.iter().any(|t| t.ambiguous),
                trig.nominal,
                &certainty,
            );
            out.push(Found {
                places: found_places,
                controller: controller.clone(),
                extent,
                certainty: certainty.clone(),
                date,
                date_in_passage: in_passage,
                trigger: trig.phrase.clone(),
                confidence,
            });
        }
        state.last_gainer = Some(controller);
    }
    // Carry the sentence's actors and places to the next one.
    for a in &actors {
        state.recent_actors.push(a.controller.clone());
        if a.subject {
            state.last_subject = Some(a.controller.clone());
        }
    }
    if state.recent_actors.len() > 20 {
        let extra = state.recent_actors.len() - 20;
        state.recent_actors.drain(..extra);
    }
    if let Some(p) = places
        .iter()
        .rfind(|p| p.not_the_object.is_none() && !p.districts.is_empty())
    {
        state.last_place = Some((p.districts.clone(), p.text.clone()));
    }
    dedupe(out)
}

/// Same places, controller, extent kind and date: keep one (the one with a fraction, else the first).
fn dedupe(found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for f in found {
        let key = |x: &Found| {
            let mut d: Vec<usize> = x.places.iter().map(|p| p.district).collect();
            d.sort_unstable();
            (d, x.controller.clone(), x.extent.key(), x.date.to)
        };
        match out.iter_mut().find(|o| key(o) == key(&f)) {
            Some(o) => {
                if matches!(f.extent, Extent::Partial { fraction: Some(_) })
                    && matches!(o.extent, Extent::Partial { fraction: None })
                {
                    *o = f;
                }
            }
            None => out.push(f),
        }
    }
    out
}

fn confidence(
    actor_in_sentence: bool,
    date_in_passage: bool,
    relative_date: bool,
    anaphoric: bool,
    ambiguous: bool,
    nominal: bool,
    certainty: &Certainty,
) -> f64 {
    let mut c: f64 = 0.6;
    if actor_in_sentence {
        c += 0.15;
    }
    if date_in_passage {
        c += if relative_date { 0.05 } else { 0.1 };
    }
    if anaphoric {
        c -= 0.2;
    }
    if ambiguous {
        c -= 0.1;
    }
    if nominal {
        c -= 0.1;
    }
    match certainty {
        Certainty::Reported => {}
        Certainty::Claimed { .. } => c -= 0.05,
        Certainty::Disputed { .. } => c -= 0.2,
    }
    (c.clamp(0.05, 0.95) * 100.0).round() / 100.0
}

fn actors(text: &str, tokens: &[Token], lex: &Lexicon) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    let mut found: Vec<(usize, usize, String)> = lex
        .actors
        .find_all(text, tokens)
        .into_iter()
        .map(|f| (f.start, f.end, f.value.clone()))
        .collect();
    // "the SDF-affiliated force", "YPG-led units": an actor joined to a word of allegiance.
    for (i, t) in tokens.iter().enumerate() {
        let word = t.text(text);
        let Some((head, tail)) = word.rsplit_once('-') else {
            continue;
        };
        if !lex
            .actor_compounds
            .iter()
            .any(|c| c.eq_ignore_ascii_case(tail))
        {
            continue;
        }
        let head_tokens = tokenize(head, 0..head.len());
        if let Some(f) = lex
            .actors
            .longest_at(head, &head_tokens, 0)
            .filter(|f| f.end == head_tokens.len())
        {
            found.push((i, i + 1, f.value.clone()));
        }
    }
    found.sort();
    for (start, end, controller) in found {
        // "government troops", "rebel troops": adjacent actors are one; the first says whose.
        if let Some(last) = out.last_mut() {
            if last.tokens.end == start {
                last.tokens.end = end;
                continue;
            }
        }
        let mut b = start;
        while b > 0 && DETERMINERS.contains(&tokens[b - 1].norm.as_str()) {
            b -= 1;
        }
        let before = b.checked_sub(1).map(|i| tokens[i].norm.as_str());
        let subject = !before.is_some_and(|w| NOT_SUBJECT_BEFORE.contains(&w));
        out.push(Actor {
            tokens: start..end,
            controller,
            subject,
        });
    }
    out
}

fn triggers(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    dates: &[DateMention],
    lex: &Lexicon,
) -> Vec<Trigger> {
    let inside = |r: &Range<usize>| {
        places
            .iter()
            .any(|p| !p.districts.is_empty() && p.tokens.start < r.end && r.start < p.tokens.end)
            || dates
                .iter()
                .any(|d| d.tokens.start < r.end && r.start < d.tokens.end)
    };
    let nominals: Vec<Trigger> = lex
        .nominal_changes
        .find_all(text, tokens)
        .into_iter()
        .map(|f| Trigger {
            tokens: f.start..f.end,
            class: VerbClass::Change,
            phrase: text[tokens[f.start].start..tokens[f.end - 1].end].to_string(),
            nominal: true,
        })
        .filter(|t| !inside(&t.tokens))
        .collect();
    let mut out: Vec<Trigger> = lex
        .verbs
        .find_all(text, tokens)
        .into_iter()
        .map(|f| Trigger {
            tokens: f.start..f.end,
            class: *f.value,
            phrase: text[tokens[f.start].start..tokens[f.end - 1].end].to_string(),
            nominal: false,
        })
        .filter(|t| !inside(&t.tokens))
        .filter(|t| {
            !nominals
                .iter()
                .any(|n| n.tokens.start < t.tokens.end && t.tokens.start < n.tokens.end)
        })
        .collect();
    out.extend(nominals);
    out.sort_by_key(|t| t.tokens.start);
    out
}

/// "attempted to advance", "if the army managed to seize", "preparing to storm", "still held".
fn hypothetical(text: &str, tokens: &[Token], trig: &Trigger, lex: &Lexicon) -> bool {
    // Inside the trigger: "made attempts to advance in".
    let inside = (trig.tokens.start + 1..trig.tokens.end).any(|s| {
        lex.hypothetical
            .longest_at(text, tokens, s)
            .is_some_and(|f| f.end <= trig.tokens.end)
    });
    let from = trig.tokens.start.saturating_sub(HYPOTHETICAL_REACH + 3);
    inside
        || (from..trig.tokens.start).any(|s| {
            lex.hypothetical
                .longest_at(text, tokens, s)
                .is_some_and(|f| {
                    f.end <= trig.tokens.start
                        && trig.tokens.start - f.end <= HYPOTHETICAL_REACH
                        && tokens[f.end..trig.tokens.start].iter().all(Token::is_word)
                })
        })
}

/// "after the capture of", "following the fall of": an earlier event referred to.
fn backward(text: &str, tokens: &[Token], trig: &Trigger, lex: &Lexicon) -> bool {
    let mut b = trig.tokens.start;
    while b > 0 && DETERMINERS.contains(&tokens[b - 1].norm.as_str()) {
        b -= 1;
    }
    (b.saturating_sub(2)..b).any(|s| {
        lex.backward_markers
            .longest_at(text, tokens, s)
            .is_some_and(|f| f.end == b)
    })
}

/// A passive: "was taken", "had also been seized".
fn is_passive(tokens: &[Token], trig: &Trigger) -> bool {
    let first = tokens[trig.tokens.start].norm.as_str();
    let participle = first.ends_with("ed")
        || first.ends_with("en")
        || ["held", "lost", "won", "overrun", "retaken", "taken"].contains(&first);
    if !participle {
        return false;
    }
    let mut b = trig.tokens.start;
    let mut skipped = 0;
    while b > 0 && skipped <= 2 {
        let w = tokens[b - 1].norm.as_str();
        if BE.contains(&w) {
            return true;
        }
        if !tokens[b - 1].is_word() || !ADVERBS.contains(&w) {
            return false;
        }
        b -= 1;
        skipped += 1;
    }
    false
}

/// Where the places a trigger acts on end: the next trigger, a clause boundary, ", …ing", a claim.
fn object_end(
    text: &str,
    tokens: &[Token],
    from: usize,
    next_trigger: usize,
    lex: &Lexicon,
) -> usize {
    let mut i = from;
    while i < next_trigger {
        let t = &tokens[i];
        if !t.is_word() && matches!(t.text(text), ";" | ":" | "." | "!" | "?") {
            return i;
        }
        if t.norm == "," {
            // ", leaving …", ", and withdrawing …": a participle clause of its own.
            let after = (i + 1..tokens.len()).find(|&k| {
                !["and", "also", "then", "thus", "thereby"].contains(&tokens[k].norm.as_str())
            });
            let participle = after.is_some_and(|k| {
                let a = &tokens[k];
                a.is_word()
                    && a.norm.ends_with("ing")
                    && a.norm.len() > 5
                    // ", including X" continues the list.
                    && lex.list_continuations.longest_at(text, tokens, k).is_none()
            });
            if participle {
                return i;
            }
        }
        if lex.list_continuations.longest_at(text, tokens, i).is_some() {
            i += 1;
            continue;
        }
        if lex.boundaries.longest_at(text, tokens, i).is_some()
            || lex.claim_verbs.longest_at(text, tokens, i).is_some()
            || lex.claim_markers.longest_at(text, tokens, i).is_some()
        {
            return i;
        }
        i += 1;
    }
    next_trigger
}

/// The places after a trigger, up to `end`, with their extents.
#[allow(clippy::too_many_arguments)]
fn targets_after(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
    end: usize,
    dates: &[DateMention],
    state: &DocState,
    lex: &Lexicon,
) -> Vec<Target> {
    let mut out = Vec::new();
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
        if possessive
            && !tokens.get(p.tokens.end).is_some_and(|t| {
                t.is_word() && t.text(text).chars().next().is_some_and(char::is_lowercase)
            })
        {
            continue;
        }
        let (districts, text_of) = if anaphora {
            match &state.last_place {
                Some((d, _)) => (d.clone(), p.text.clone()),
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
        let base = match trig.class {
            VerbClass::Partial => Extent::Partial { fraction: None },
            _ => Extent::Full,
        };
        let mut e = extent.unwrap_or(base);
        if (p.landmark || p.part || possessive) && e == Extent::Full {
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

/// The places before a passive or a fall: back to the clause start; after "which"/"that", the name
/// before it.
fn targets_before(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    trig: &Trigger,
    lex: &Lexicon,
) -> Vec<Target> {
    let mut start = trig.tokens.start;
    let mut relative = false;
    while start > 0 {
        let t = &tokens[start - 1];
        if RELATIVE_PRONOUNS.contains(&t.norm.as_str()) {
            relative = true;
            start -= 1;
            break;
        }
        let boundary = (!t.is_word() && !matches!(t.text(text), "'" | "’" | "-" | "(" | ")"))
            || lex.boundaries.longest_at(text, tokens, start - 1).is_some()
            || lex.verbs.longest_at(text, tokens, start - 1).is_some();
        if boundary {
            break;
        }
        start -= 1;
    }
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
        out.push(Target {
            districts: p.districts.clone(),
            text: p.text.clone(),
            range: p.range.clone(),
            extent: e,
            date: None,
            anaphoric: false,
            ambiguous: p.how == PlaceHow::Ambiguous,
        });
        window_start = p.tokens.end;
    }
    out
}

/// "al-Mashhad, which the army entered": the name before "which" is the object of the verb.
fn targets_of_relative(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    trig: &Trigger,
) -> Vec<Target> {
    let from = trig.tokens.start.saturating_sub(6);
    let Some(w) = (from..trig.tokens.start)
        .rev()
        .find(|&i| ["which", "that"].contains(&tokens[i].norm.as_str()))
    else {
        return Vec::new();
    };
    let clause = &tokens[w + 1..trig.tokens.start];
    let has_subject = actors
        .iter()
        .any(|a| a.tokens.start > w && a.tokens.end <= trig.tokens.start);
    if !has_subject || !clause.iter().all(Token::is_word) {
        return Vec::new();
    }
    let antecedent = places.iter().rev().find(|p| {
        p.tokens.end <= w
            && p.not_the_object.is_none()
            && !p.districts.is_empty()
            && tokens[p.tokens.end..w]
                .iter()
                .all(|t| !t.is_word() || name_is_generic(t, text))
    });
    let Some(p) = antecedent else {
        return Vec::new();
    };
    let partial = trig.class == VerbClass::Partial || p.landmark || p.part;
    vec![Target {
        districts: p.districts.clone(),
        text: p.text.clone(),
        range: p.range.clone(),
        extent: if partial {
            Extent::Partial { fraction: None }
        } else {
            Extent::Full
        },
        date: None,
        anaphoric: false,
        ambiguous: p.how == PlaceHow::Ambiguous,
    }]
}

fn name_is_generic(t: &Token, text: &str) -> bool {
    crate::model::names::name_key(t.text(text)).is_empty()
}

fn quantify(q: Quantifier) -> Extent {
    if q.partial {
        Extent::Partial {
            fraction: q.fraction,
        }
    } else {
        Extent::Full
    }
}

/// The last quantifier in `from..to` (not across a comma), and where it starts: "most of", "a third of",
/// "30% of", "75 percent of".
fn quantifier_before(
    text: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    lex: &Lexicon,
) -> Option<(Quantifier, usize)> {
    let from = (from..to)
        .rev()
        .find(|&i| matches!(tokens[i].text(text), "," | ";"))
        .map_or(from, |i| i + 1);
    let mut best = None;
    let mut s = from;
    while s < to {
        if let Some(f) = lex
            .quantifiers
            .longest_at(text, tokens, s)
            .filter(|f| f.end <= to)
        {
            best = Some((*f.value, s));
            s = f.end;
            continue;
        }
        // "30% of", "75 percent of"
        if let Ok(n) = tokens[s].norm.parse::<f64>() {
            if let Some(p) = lex.percent_words.longest_at(text, tokens, s + 1) {
                if tokens.get(p.end).is_some_and(|t| t.norm == "of")
                    && p.end < to
                    && n > 0.0
                    && n <= 100.0
                {
                    let fraction = (n / 100.0 * 1000.0).round() / 1000.0;
                    best = Some((
                        Quantifier {
                            partial: n < 100.0,
                            fraction: (n < 100.0).then_some(fraction),
                        },
                        s,
                    ));
                    s = p.end + 1;
                    continue;
                }
            }
        }
        s += 1;
    }
    best
}

/// "several building blocks in", "the exposed side of": something inside the place is the object.
fn subpart_before(text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    (from + 1..to).any(|i| {
        let t = &tokens[i];
        let prev = &tokens[i - 1];
        SUBPART_PREPOSITIONS.contains(&t.norm.as_str())
            && prev.is_word()
            && prev
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && !name_is_generic(prev, text)
            && !DETERMINERS.contains(&prev.norm.as_str())
            && prev.norm.parse::<f64>().is_err()
    })
}

/// Who holds the places after the trigger, and whether the text of the sentence says so.
fn gainer(
    tokens: &[Token],
    actors: &[Actor],
    trig: &Trigger,
    passive: bool,
    state: &DocState,
    lex: &Lexicon,
) -> Option<(String, bool)> {
    let after_word = |word: &str, reach: usize| {
        actors.iter().find(|a| {
            a.tokens.start >= trig.tokens.end
                && a.tokens.start <= trig.tokens.end + reach
                && tokens[trig.tokens.end..a.tokens.start]
                    .iter()
                    .any(|t| t.norm == word)
        })
    };
    let carried = || {
        state
            .last_gainer
            .clone()
            .or_else(|| state.last_subject.clone())
    };
    if passive {
        // "was taken by the Army"; "has been lost to the regime".
        let agent = match trig.class {
            VerbClass::Loss | VerbClass::Fall => after_word("to", 4),
            _ => after_word("by", 4),
        };
        if let Some(a) = agent {
            return Some((a.controller.clone(), true));
        }
        return carried().map(|c| (c, false));
    }
    if trig.class == VerbClass::Fall {
        let to_actor = if trig.phrase.to_lowercase().ends_with(" to") {
            actors.iter().find(|a| {
                a.tokens.start >= trig.tokens.end && a.tokens.start <= trig.tokens.end + 2
            })
        } else {
            None
        };
        return match to_actor {
            Some(a) => Some((a.controller.clone(), true)),
            None => carried().map(|c| (c, false)),
        };
    }
    let subject = subject_of(tokens, actors, trig);
    let (actor, in_sentence) = match subject {
        Some(a) => (a.controller.clone(), true),
        None => (
            state
                .last_subject
                .clone()
                .or_else(|| state.last_gainer.clone())?,
            false,
        ),
    };
    if trig.class != VerbClass::Loss {
        return Some((actor, in_sentence));
    }
    // A loss: the place goes to the other side named in the sentence, else to the lexicon's opponent,
    // else to the side that took the last places, else to the last other side named.
    let other = actors
        .iter()
        .rev()
        .filter(|a| a.tokens.end <= trig.tokens.start)
        .chain(actors.iter().filter(|a| a.tokens.start >= trig.tokens.end))
        .map(|a| a.controller.clone())
        .find(|c| *c != actor)
        .or_else(|| lex.opponent_of(&actor).map(str::to_string))
        .or_else(|| state.last_gainer.clone().filter(|g| *g != actor))
        .or_else(|| {
            state
                .recent_actors
                .iter()
                .rev()
                .find(|c| **c != actor)
                .cloned()
        })?;
    Some((other, in_sentence))
}

/// The nearest actor before the trigger that can be its subject; a relative "who" takes the actor
/// before it.
fn subject_of<'a>(tokens: &[Token], actors: &'a [Actor], trig: &Trigger) -> Option<&'a Actor> {
    let before: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.tokens.end <= trig.tokens.start)
        .collect();
    // "the opposition advance in X": an actor right before the trigger is its subject.
    if let Some(a) = before.iter().find(|a| a.tokens.end == trig.tokens.start) {
        return Some(a);
    }
    // ", who were confirmed to be in control of": the actor before "who".
    if let Some(who) = (0..trig.tokens.start)
        .rev()
        .take(6)
        .find(|&i| tokens[i].norm == "who")
    {
        if let Some(a) = before
            .iter()
            .rev()
            .find(|a| a.tokens.end <= who && who - a.tokens.end <= 1)
        {
            return Some(a);
        }
    }
    // An actor inside an adverbial phrase before a comma is not the subject of a verb after it
    // ("made major advances after a swift collapse of the rebel defenses, capturing …").
    let subordinate = |a: &Actor| {
        let comma_after = tokens[a.tokens.end..trig.tokens.start]
            .iter()
            .any(|t| t.norm == ",");
        let clause_start = (0..a.tokens.start)
            .rev()
            .find(|&i| tokens[i].norm == ",")
            .map_or(0, |i| i + 1);
        comma_after
            && tokens[clause_start..a.tokens.start]
                .iter()
                .any(|t| SUBORDINATORS.contains(&t.norm.as_str()))
    };
    before
        .into_iter()
        .rev()
        .find(|a| a.subject && !subordinate(a))
}

/// The date mention for a trigger: the nearest before it, else the first after it (before the next
/// trigger); an index into the sentence's mentions.
fn trigger_date(
    mentions: &[DateMention],
    resolved: &[Option<ResolvedDate>],
    trig: &Trigger,
    next_trigger: usize,
) -> Option<usize> {
    let usable = |i: &usize| !mentions[*i].bound && resolved[*i].is_some();
    (0..mentions.len())
        .filter(usable)
        .rfind(|&i| mentions[i].tokens.end <= trig.tokens.start)
        .or_else(|| {
            (0..mentions.len()).filter(usable).find(|&i| {
                mentions[i].tokens.start >= trig.tokens.end
                    && mentions[i].tokens.start < next_trigger
            })
        })
}

/// Reported, claimed or disputed; `None` when the sentence itself undoes the change ("but were
/// repelled").
fn certainty(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    targets: &[Target],
    next: Option<&[Token]>,
    lex: &Lexicon,
) -> Option<Certainty> {
    let claim = claim_for(text, tokens, trig, targets, lex);
    // A contradiction after the trigger, linked by "but", "although", "a claim"…
    let contradiction = lex
        .contradictions
        .find_all(text, tokens)
        .into_iter()
        .filter(|c| c.start >= trig.tokens.end)
        // "failed to retake" is about "retake", not about the verb before it.
        .filter(|c| {
            let to_verb = tokens.get(c.end).is_some_and(|t| t.norm == "to")
                && lex.verbs.longest_at(text, tokens, c.end + 1).is_some();
            !to_verb
        })
        .find(|c| {
            !lex.contradiction_links
                .find_all(text, &tokens[trig.tokens.end..c.start])
                .is_empty()
                || c.phrase.starts_with("den")
        });
    // "Despite initial claims that they had retaken X, the counter-attack was eventually repelled."
    let despite_claim = claim.is_some()
        && tokens[..trig.tokens.start]
            .iter()
            .any(|t| t.norm == "despite")
        && !lex
            .contradictions
            .find_all(text, &tokens[trig.tokens.end..])
            .is_empty();
    if let Some(c) = contradiction {
        let denial = ["denied", "denies", "deny", "disputed", "rejected"].contains(&c.phrase);
        let speaker = lex
            .claim_verbs
            .find_all(text, &tokens[trig.tokens.end..c.start])
            .into_iter()
            .last()
            .map(|f| noun_phrase_before(text, tokens, trig.tokens.end + f.start, lex));
        if denial {
            return Some(Certainty::Disputed {
                by: Some(noun_phrase_before(text, tokens, c.start, lex)).filter(|s| !s.is_empty()),
            });
        }
        if let Some(by) = speaker {
            return Some(Certainty::Disputed {
                by: Some(by).filter(|s| !s.is_empty()),
            });
        }
        claim.as_ref()?;
        return Some(Certainty::Disputed { by: None });
    }
    if despite_claim {
        return Some(Certainty::Disputed { by: None });
    }
    // A denial in the next sentence ("YPG spokesman Nouri Mahmoud however denied this claim.").
    if let (Some(by), Some(next)) = (&claim, next) {
        // Only a denial of a claim or report ("denied this claim"), not of something else.
        let denial = lex
            .contradictions
            .find_all(text, next)
            .into_iter()
            .filter(|c| c.phrase.starts_with("den"))
            .find(|c| {
                next[c.end..next.len().min(c.end + 2)].iter().any(|t| {
                    [
                        "claim", "claims", "report", "reports", "this", "these", "that", "it",
                    ]
                    .contains(&t.norm.as_str())
                })
            });
        if let (Some(d), false) = (denial, by.is_empty()) {
            return Some(Certainty::Disputed {
                by: Some(noun_phrase_before(text, next, d.start, lex)).filter(|s| !s.is_empty()),
            });
        }
    }
    Some(match claim {
        Some(by) => Certainty::Claimed { by },
        None => Certainty::Reported,
    })
}

/// Who claims it: "according to X" anywhere, "X said (that) …" before the trigger, ", X said." after
/// it, or "reportedly" just before the trigger or its first place.
fn claim_for(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    targets: &[Target],
    lex: &Lexicon,
) -> Option<String> {
    if let Some(f) = lex.claim_markers.find_all(text, tokens).first() {
        let np = noun_phrase_after(text, tokens, f.end);
        if !np.is_empty() {
            return Some(np);
        }
    }
    let verbs = lex.claim_verbs.find_all(text, tokens);
    if let Some(f) = verbs.iter().rfind(|f| f.end <= trig.tokens.start) {
        let np = noun_phrase_before(text, tokens, f.start, lex);
        return Some(if np.is_empty() {
            "unnamed sources".to_string()
        } else {
            np
        });
    }
    // ", the monitor said." — an attribution after a comma, with no verb of its own in between.
    if let Some(f) = verbs.iter().find(|f| f.start >= trig.tokens.end) {
        let comma = (trig.tokens.end..f.start)
            .rev()
            .find(|&i| tokens[i].norm == ",");
        if let Some(c) = comma {
            let np = noun_phrase_before(text, tokens, f.start, lex);
            if !np.is_empty() && c + 1 + np.split_whitespace().count() >= f.start.saturating_sub(1)
            {
                return Some(np);
            }
        }
    }
    // "reportedly" just before the trigger or its first place; "it was reported" anywhere before it.
    let first_place = targets
        .first()
        .and_then(|t| tokens.iter().position(|x| x.start == t.range.start));
    let unattributed = lex
        .unattributed_claims
        .find_all(text, tokens)
        .into_iter()
        .any(|f| {
            let close_to = |at: usize| f.end <= at && at - f.end <= 2;
            close_to(trig.tokens.start)
                || first_place.is_some_and(close_to)
                || (f.phrase.contains(' ') && f.end <= trig.tokens.start)
        });
    if unattributed {
        return Some("unattributed reports".to_string());
    }
    None
}

/// The words before `at` back to a clause boundary, without adverbs: "the Syrian army", "a military
/// source", "SOHR and a witness".
fn noun_phrase_before(text: &str, tokens: &[Token], at: usize, lex: &Lexicon) -> String {
    let mut end = at;
    while end > 0 && ADVERBS.contains(&tokens[end - 1].norm.as_str()) {
        end -= 1;
    }
    // "a spokesman for X, an alliance of rebel factions, said": skip the apposition.
    if end > 0 && tokens[end - 1].norm == "," {
        if let Some(open) = (end.saturating_sub(12)..end - 1)
            .rev()
            .find(|&i| tokens[i].norm == ",")
        {
            end = open;
        }
    }
    let mut start = end;
    while start > 0 && end - start < 10 {
        let t = &tokens[start - 1];
        // A dash between spaces ("BEIRUT, Nov. 28 (Wire) - The army") is not inside a name.
        let spaced_dash = t.norm == "-" && text[..t.start].ends_with(char::is_whitespace);
        let stop = (!t.is_word() && !matches!(t.text(text), "'" | "’" | "-"))
            || spaced_dash
            || t.norm.chars().next().is_some_and(|c| c.is_ascii_digit())
            || [
                "that", "claim", "claims", "but", "although", "however", "while", "which",
            ]
            .contains(&t.norm.as_str())
            || lex.boundaries.longest_at(text, tokens, start - 1).is_some()
            || lex.verbs.longest_at(text, tokens, start - 1).is_some();
        if stop {
            break;
        }
        start -= 1;
    }
    phrase_text(text, tokens, start, end)
}

/// The words after `at` up to a comma or the end: "a rebel official", "the Syrian Army".
fn noun_phrase_after(text: &str, tokens: &[Token], at: usize) -> String {
    let mut end = at;
    while end < tokens.len()
        && end - at < 12
        && (tokens[end].is_word() || matches!(tokens[end].text(text), "'" | "’" | "-"))
    {
        end += 1;
    }
    phrase_text(text, tokens, at, end)
}

fn phrase_text(text: &str, tokens: &[Token], start: usize, end: usize) -> String {
    if start >= end {
        return String::new();
    }
    let s = &text[tokens[start].start..tokens[end - 1].end];
    s.strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(s)
        .to_string()
}
