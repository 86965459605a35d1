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

use super::dates::{find_dates, DateContext, DateKind, DateMention, ResolvedDate};
use super::lexicon::{Lexicon, Quantifier, VerbClass};
use super::places::{find_places, lists, NameKeys, PlaceHow, PlaceMention};
use super::sentences::Sentence;
use super::tokens::{tokenize, Token};
use crate::model::{Certainty, DistrictLayer, Extent, SourceDocument};
use std::ops::Range;
use std::sync::Arc;

mod actors_and_triggers;
mod claims;
mod counted_back;
mod descriptions;
mod gainer;
mod scope;
mod table;
mod targets;
mod turns;

use actors_and_triggers::{
    actors, backward, control_is_a_verb, held_for_a_while, hypothetical, is_passive, movement_into,
    passive_driving_out, possessions, triggers, verb_first_passive, weak_actors,
};
use claims::certainty;
use gainer::gainer;
use scope::{
    about_other_places, attributive, gerund_look_back, kept_after, left_again, names_a_target,
    says_no_change, standing_relative, undermined_here,
};
use targets::{object_end, targets_after, targets_before, targets_in_gap, targets_of_relative};
pub use turns::{framed_side, voice_side};

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
    /// The districts of the last list of two or more places named ("these districts", "all five
    /// neighbourhoods" stand for them).
    last_list: Option<Vec<usize>>,
    paragraph: usize,
    keys: Arc<NameKeys>,
    /// The side the document frames its first-person speaker as ([`framed_side`]).
    speaker_side: Option<String>,
    /// The side a text speaks for throughout ([`turns::voice_side`]).
    voice: Option<String>,
    /// The names seen so far, for descriptions ("the industrial city").
    named: Vec<descriptions::Named>,
    /// The place a record's title line named ("1. Masaken Hanano"), for the labelled lines under
    /// it in the same paragraph ("Status: liberated on 26/11/2016.").
    record: Option<Target>,
    /// Where the last sentence ended (a blank line since then closes the record).
    last_end: usize,
}

impl DocState {
    /// A document's state, with the layer's name keys built once for many documents.
    pub fn new(dates: DateContext, keys: Arc<NameKeys>) -> Self {
        Self {
            dates,
            keys,
            ..Self::default()
        }
    }

    /// The same, with the side "we" stands for in an answer.
    pub fn with_speaker_side(self, side: Option<String>) -> Self {
        Self {
            speaker_side: side,
            ..self
        }
    }

    /// The same, with the side the whole text speaks for.
    pub fn with_voice(self, voice: Option<String>) -> Self {
        Self { voice, ..self }
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
    "certainly",
    "probably",
    "apparently",
    "likely",
    "almost",
    "possibly",
    "finally",
    "quickly",
];
/// Words before a verbless holding that make it partial ("mostly in rebel hands", "large parts under
/// government control"); before a bulletin's colon they are read like adverbs.
const PARTLY: &[&str] = &[
    "mostly",
    "largely",
    "partly",
    "partially",
    "parts",
    "part",
    "most",
    "much",
    "large",
];
/// Words before a verbless holding that make it a change: "now", "fully", "came under".
const NEW_HOLDING: &[&str] = &[
    "now",
    "fully",
    "entirely",
    "completely",
    "wholly",
    "became",
    "become",
    "come",
    "came",
    "fell",
    "fallen",
    "brought",
    "back",
    "returned",
    "reverted",
    "passed",
    "restored",
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
        // An answer is about the place its question named.
        if !turns::is_answer(text, sentence) {
            state.last_place = None;
            state.last_list = None;
        }
    }
    let gap = text
        .get(state.last_end.min(sentence.range.start)..sentence.range.start)
        .unwrap_or("");
    if gap.contains("\n\n") || gap.contains("\n\r\n") {
        state.record = None;
    }
    state.last_end = sentence.range.end;
    let r = read_sentence(text, sentence, next, state, layer, lex);
    if let Some(title) = table::record_title(&r.tokens, &r.places) {
        state.record = Some(title);
    }
    let mut out = Vec::new();
    // The leaving verbs that undid a change before them ("entered X but withdrew").
    let mut undone: Vec<Range<usize>> = Vec::new();
    for (k, trig) in r.triggers.iter().enumerate() {
        if undone.iter().any(|u| u.start == trig.tokens.start) {
            continue;
        }
        if let Some((controller, found)) = read_trigger(&r, k, state, lex, &mut undone) {
            out.extend(found);
            state.last_gainer = Some(controller);
        }
    }
    carry_to_next_sentence(state, &r.actors, &r.places);
    remember_list(state, text, &r.tokens, &r.places);
    dedupe(out)
}

/// What one sentence holds, read once for all its triggers.
struct Reading<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    mentions: Vec<DateMention>,
    resolved: Vec<Option<ResolvedDate>>,
    places: Vec<PlaceMention>,
    actors: Vec<Actor>,
    triggers: Vec<Trigger>,
    /// The date a change without one of its own takes (none for a headline before any date).
    inherited: Option<ResolvedDate>,
    next_tokens: Option<Vec<Token>>,
    next_places: Vec<PlaceMention>,
}

/// Reads a sentence's dates (moving the document's date context), places, actors and triggers,
/// and the next sentence's places.
fn read_sentence<'a>(
    text: &'a str,
    sentence: &Sentence,
    next: Option<&Sentence>,
    state: &mut DocState,
    layer: &DistrictLayer,
    lex: &Lexicon,
) -> Reading<'a> {
    let tokens = tokenize(text, sentence.range.clone());
    // A headline before any date ("Kurdish fighters take Bani Zaid") repeats what its report says
    // with a date: it does not take the document's date.
    let headline = !state.dates.dated() && is_headline(text, sentence);
    let inherited = state.dates.current().filter(|_| !headline);
    let mentions = find_dates(text, &tokens);
    // An entry's stamp opening the sentence: the day its text was written.
    if let Some(day) = super::entries::stamp_among(text, &mentions) {
        state.dates.start_entry(day);
    }
    let resolved = resolve_mentions(text, &tokens, &mentions, &mut state.dates, lex);
    let mut places = find_places(text, &tokens, layer, &state.keys, lex);
    descriptions::add_descriptions(text, &tokens, &mut places, &state.named, layer, lex);
    descriptions::remember(&mut state.named, text, &places);
    let mut actors = sentence_actors(text, sentence, &tokens, state, lex);
    let triggers = sentence_triggers(text, sentence, &tokens, &places, &mentions, &actors, lex);
    // "cleared X of rebels", "took X from the army": the side after such a verb lost it.
    for a in &mut actors {
        let after_of = |t: &Trigger| {
            t.tokens.end == a.tokens.start
                && ["of", "from"].contains(&tokens[t.tokens.end - 1].norm.as_str())
        };
        if triggers.iter().any(after_of) {
            a.subject = false;
        }
    }
    let next_tokens = next.map(|n| tokenize(text, n.range.clone()));
    let next_places = next_tokens
        .as_deref()
        .map(|n| find_places(text, n, layer, &state.keys, lex))
        .unwrap_or_default();
    Reading {
        text,
        tokens,
        mentions,
        resolved,
        places,
        actors,
        triggers,
        inherited,
        next_tokens,
        next_places,
    }
}

/// The candidates of the `k`th trigger of a sentence and who gains them; None when it reports no
/// change (set aside, no place, no side, undone).
fn read_trigger(
    r: &Reading,
    k: usize,
    state: &mut DocState,
    lex: &Lexicon,
    undone: &mut Vec<Range<usize>>,
) -> Option<(String, Vec<Found>)> {
    let (text, tokens, trig) = (r.text, r.tokens.as_slice(), &r.triggers[k]);
    let place_before_trigger = r.places.iter().rfind(|p| {
        p.tokens.end <= trig.tokens.start && p.not_the_object.is_none() && !p.districts.is_empty()
    });
    if let Some(p) = place_before_trigger {
        state.last_place = Some((p.districts.clone(), p.text.clone()));
    }
    let next_trigger = r
        .triggers
        .get(k + 1)
        .map_or(tokens.len(), |t| t.tokens.start);
    if set_aside(text, tokens, trig, next_trigger, &r.mentions, lex) {
        return None;
    }
    let span_end = object_end(text, tokens, trig.tokens.end, next_trigger, lex);
    // "Was liberated also … the district of X by the army": its places follow, as an active's do.
    let verb_first = verb_first_passive(tokens, trig);
    let passive = is_passive(tokens, trig) && !verb_first;
    let targets = targets_of_trigger(
        text,
        tokens,
        &r.places,
        &r.actors,
        &r.mentions,
        trig,
        span_end,
        passive,
        state,
        lex,
    );
    if targets.is_empty() {
        return None;
    }
    let (controller, actor_in_sentence) = gainer(
        text,
        tokens,
        &r.actors,
        trig,
        passive || verb_first,
        state,
        lex,
    )?;
    // Another side said to have kept the place later in the sentence undoes it.
    if kept_after(r, trig, &targets, &controller) {
        return None;
    }
    // "entered X but withdrew hours later": left again by the same side, and the leaving undoes
    // only that.
    if let Some(leaving) = left_again(r, trig, &targets, lex) {
        undone.push(leaving);
        return None;
    }
    // A claim (or words quoted: a headline, a post) the sentence itself undermines reports
    // nothing.
    let claimed =
        claims::claim_for(text, tokens, trig, &targets, lex).is_some() || in_quotes(tokens, trig);
    if claimed && undermined_here(r, trig, &targets, lex) {
        return None;
    }
    // Undone or disputed? A next sentence about other places ("A second post, on X, is also
    // false") neither undoes nor disputes this change.
    let next_here = r
        .next_tokens
        .as_deref()
        .filter(|_| !about_other_places(&r.next_places, &targets));
    // The next sentence names this place, or none.
    let next_names_it = names_a_target(&r.next_places, &targets)
        || !r.next_places.iter().any(|p| !p.districts.is_empty());
    let certainty = certainty(text, tokens, trig, &targets, next_here, next_names_it, lex)?;
    // The trigger's own date, then each target's.
    let prev_trigger = k
        .checked_sub(1)
        .and_then(|j| r.triggers.get(j))
        .map_or(0, |t| t.tokens.end);
    let trig_date = trigger_date(
        tokens,
        &r.mentions,
        &r.resolved,
        trig,
        prev_trigger..next_trigger,
    );
    let full_verb = !lex
        .full_markers
        .find_all(text, &tokens[trig.tokens.clone()])
        .is_empty();
    let mut found = Vec::new();
    let counted_back = counted_back::counted_back_date(tokens, &r.mentions, &r.resolved, trig);
    for (extent, date, group) in group_targets(targets, full_verb, trig_date) {
        let extent = if trig.class == VerbClass::Contested {
            Extent::Contested
        } else {
            extent
        };
        let date = date.and_then(|d| r.resolved[d].clone());
        let (date, in_passage) = match counted_back.clone().or(date) {
            Some(d) => (d, true),
            None => match &r.inherited {
                Some(d) => (d.clone(), false),
                None => continue,
            },
        };
        let confidence = confidence(
            actor_in_sentence,
            in_passage,
            date.basis.is_some(),
            group.iter().any(|t| t.anaphoric),
            group.iter().any(|t| t.ambiguous),
            trig.nominal,
            &certainty,
        );
        found.push(Found {
            places: places_of(&group),
            controller: controller.clone(),
            extent,
            certainty: certainty.clone(),
            date,
            date_in_passage: in_passage,
            trigger: trig.phrase.clone(),
            confidence,
        });
    }
    Some((controller, found))
}

/// Words before "who" or "whether" that make what follows a question ("it is unclear who holds
/// X", "nobody can say whether the army took X").
const ASKING: &[&str] = &[
    ":",
    ";",
    "unclear",
    "know",
    "knows",
    "say",
    "sure",
    "clear",
    "asked",
    "ask",
    "asks",
    "certain",
    "wonder",
    "wondered",
    "uncertain",
    "disputed",
    "tell",
];

/// "Who held it that evening the court cannot say", "it is unclear whether the army took X": a
/// trigger right after "who" or "whether" that opens the sentence, or follows a word of asking,
/// is asked about, not reported.
fn indirect_question(tokens: &[Token], trig: &Trigger) -> bool {
    let Some(w) = trig.tokens.start.checked_sub(1) else {
        return false;
    };
    ["who", "whether"].contains(&tokens[w].norm.as_str())
        && (w == 0 || ASKING.contains(&tokens[w - 1].norm.as_str()))
}

/// Whether a trigger stands inside quotation marks opened earlier in the sentence.
fn in_quotes(tokens: &[Token], trig: &Trigger) -> bool {
    let mut open = false;
    for t in &tokens[..trig.tokens.start] {
        match t.norm.as_str() {
            "\"" => open = !open,
            "\u{201C}" => open = true,
            "\u{201D}" => open = false,
            _ => {}
        }
    }
    open
}

/// Whether a trigger reports no change whatever its places: a verb of no change, a hypothetical or
/// attempted one, a standing verbless holding, a look back ("after the capture of"), a holding that
/// lasted ("held it for months").
fn set_aside(
    text: &str,
    tokens: &[Token],
    trig: &Trigger,
    clause_end: usize,
    mentions: &[DateMention],
    lex: &Lexicon,
) -> bool {
    trig.class == VerbClass::NoChange
        || hypothetical(text, tokens, trig, lex)
        || (trig.class == VerbClass::Verbless
            && !new_holding(tokens, trig)
            && !held_by_then(tokens, mentions, trig)
            && !held_since_today(tokens, trig))
        || (trig.nominal && backward(text, tokens, trig, lex))
        || held_for_a_while(tokens, trig, clause_end)
        || (matches!(trig.class, VerbClass::State | VerbClass::Verbless)
            && says_no_change(tokens, trig))
        || standing_relative(tokens, trig)
        || gerund_look_back(tokens, trig)
        || indirect_question(tokens, trig)
}

/// The actors of a sentence; in an answer or a quotation, "we" and "our men" too, as the speaker's
/// side.
fn sentence_actors(
    text: &str,
    sentence: &Sentence,
    tokens: &[Token],
    state: &DocState,
    lex: &Lexicon,
) -> Vec<Actor> {
    let mut found = actors(text, tokens, lex);
    if let Some(voice) = &state.voice {
        // A text that speaks for a side: "we", "our units" and "the enemy" everywhere.
        let voiced = turns::voiced_actors(tokens, voice, lex);
        found.retain(|a| {
            !voiced
                .iter()
                .any(|v| v.tokens.start < a.tokens.end && a.tokens.start < v.tokens.end)
        });
        found.extend(voiced);
        found.sort_by_key(|a| a.tokens.start);
        return found;
    }
    let side = state
        .speaker_side
        .clone()
        .filter(|_| turns::is_answer(text, sentence))
        .or_else(|| turns::quoted_speaker_side(tokens, &found));
    if let Some(side) = side {
        found.extend(turns::first_person_actors(tokens, &side));
        found.sort_by_key(|a| a.tokens.start);
    }
    if found.is_empty() {
        found = weak_actors(text, tokens, lex);
    }
    found
}

/// The triggers of a sentence: none in a question (its dates, places and actors still carry on to
/// the answer), and a bare "control" or "hold" only where it is a verb.
fn sentence_triggers(
    text: &str,
    sentence: &Sentence,
    tokens: &[Token],
    places: &[PlaceMention],
    mentions: &[DateMention],
    actors: &[Actor],
    lex: &Lexicon,
) -> Vec<Trigger> {
    if turns::is_question(text, sentence) {
        return Vec::new();
    }
    let mut found = triggers(text, tokens, places, mentions, lex);
    found.retain(|t| control_is_a_verb(tokens, actors, t, !mentions.is_empty()));
    found.extend(possessions(tokens, places, actors, !mentions.is_empty()));
    found.sort_by_key(|t| t.tokens.start);
    found.retain(|t| !attributive(tokens, t));
    found.retain(|t| !bare_fall_has_object(tokens, mentions, t));
    for t in &mut found {
        passive_driving_out(tokens, t);
        movement_into(tokens, places, t);
    }
    found
}

/// Words of a fall that only report one without an object of their own: "X and Y followed the
/// next day", "X went the same night", "X is gone".
const BARE_FALLS: &[&str] = &["followed", "went", "gone"];
/// Words after such a verb that leave it without an object ("followed soon after", "followed
/// suit", "is gone entirely").
const AFTER_BARE_FALL: &[&str] = &[
    "suit",
    "soon",
    "shortly",
    "later",
    "quickly",
    "within",
    "hours",
    "days",
    "in",
    "on",
    "the",
    "that",
    "a",
    "two",
    "three",
    "as",
    "too",
    "same",
    "entirely",
    "completely",
    "now",
    "also",
    "well",
    "for",
    "good",
    "night",
    "day",
    "morning",
    "evening",
    "afternoon",
    "week",
    "after",
    "before",
    "with",
    "it",
    "them",
    "way",
];

/// Whether a bare fall ([`BARE_FALLS`]) has an object of its own after it ("the attack followed
/// days of shelling", "followed by", "went to the front"): the words after it, up to a comma or the
/// end, must be a date, adverbs or "suit".
fn bare_fall_has_object(tokens: &[Token], mentions: &[DateMention], t: &Trigger) -> bool {
    let bare = tokens[t.tokens.clone()]
        .iter()
        .any(|w| BARE_FALLS.contains(&w.norm.as_str()));
    if !bare || t.class != VerbClass::Fall {
        return false;
    }
    let mut i = t.tokens.end;
    while let Some(tok) = tokens.get(i) {
        if !tok.is_word() {
            return false;
        }
        if let Some(m) = mentions.iter().find(|m| m.tokens.start == i) {
            i = m.tokens.end;
            continue;
        }
        if !AFTER_BARE_FALL.contains(&tok.norm.as_str()) {
            return true;
        }
        i += 1;
    }
    false
}

/// The sentence's dates resolved in order; a relative day after "said" in a sentence with no date of
/// its own is reported speech, counted from the report's date ([`DateContext::resolve_reported`]).
fn resolve_mentions(
    text: &str,
    tokens: &[Token],
    mentions: &[DateMention],
    dates: &mut DateContext,
    lex: &Lexicon,
) -> Vec<Option<ResolvedDate>> {
    let absolute = mentions.iter().any(|m| !m.is_relative());
    let said = lex.claim_verbs.find_all(text, tokens);
    mentions
        .iter()
        .map(|m| {
            let spoken = !absolute && said.iter().any(|f| f.end <= m.tokens.start);
            if spoken {
                dates.resolve_reported(m)
            } else {
                dates.resolve(m)
            }
        })
        .collect()
}

/// The places a trigger acts on: after it (for a passive, only what a continuation adds), in a
/// relative clause, and before it for a passive or a fall.
#[allow(clippy::too_many_arguments)]
fn targets_of_trigger(
    text: &str,
    tokens: &[Token],
    places: &[PlaceMention],
    actors: &[Actor],
    mentions: &[DateMention],
    trig: &Trigger,
    span_end: usize,
    passive: bool,
    state: &DocState,
    lex: &Lexicon,
) -> Vec<Target> {
    if let Some(row) = table::row_target(tokens, places, trig) {
        return vec![row];
    }
    let in_gap = targets_in_gap(tokens, places, trig);
    if !in_gap.is_empty() {
        return in_gap;
    }
    let backward_places = matches!(
        trig.class,
        VerbClass::Fall | VerbClass::Verbless | VerbClass::Contested
    ) || passive;
    // A fall's places are its subject too: "X fell to the rebels, and Y fell …".
    let subject_first = passive || trig.class == VerbClass::Fall;
    let mut targets = if subject_first {
        // "was taken by the Army, along with parts of X": after a passive, only what is added.
        let continuation = (trig.tokens.end..span_end).find_map(|i| {
            lex.list_continuations
                .longest_at(text, tokens, i)
                .map(|f| f.end)
        });
        match continuation {
            Some(c) => {
                let shifted = Trigger {
                    tokens: trig.tokens.start..c,
                    ..trig.clone()
                };
                targets_after(
                    text, tokens, places, &shifted, span_end, mentions, state, lex,
                )
            }
            None => Vec::new(),
        }
    } else {
        targets_after(text, tokens, places, trig, span_end, mentions, state, lex)
    };
    if targets.is_empty() && !backward_places {
        targets = targets_of_relative(text, tokens, places, actors, trig);
    } else if !backward_places {
        targets.extend(targets::list_after_relative(text, tokens, places, &targets));
    }
    if backward_places {
        let mut before = targets_before(text, tokens, places, trig, state, lex);
        if trig.class == VerbClass::Verbless && partly_before(tokens, trig) {
            // "X: large parts under government control", "mostly in rebel hands".
            for t in before.iter_mut().filter(|t| t.extent == Extent::Full) {
                t.extent = Extent::Partial { fraction: None };
            }
        }
        // "Protests were held …, including the Sakhour district": what a passive adds only
        // extends places named before it.
        if passive && before.is_empty() {
            targets.clear();
        }
        before.append(&mut targets);
        targets = before;
    }
    if targets.is_empty() {
        targets.extend(table::heading_target(tokens, places, trig));
    }
    if targets.is_empty() && table::labelled(tokens) {
        targets.extend(state.record.clone());
    }
    targets
}

/// The words of a verbless holding's clause just before it (at most four, back to punctuation).
fn words_before<'a>(tokens: &'a [Token], trig: &Trigger) -> impl Iterator<Item = &'a Token> {
    tokens[trig.tokens.start.saturating_sub(4)..trig.tokens.start]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
}

/// "mostly", "large parts" just before a verbless holding.
fn partly_before(tokens: &[Token], trig: &Trigger) -> bool {
    words_before(tokens, trig).any(|t| PARTLY.contains(&t.norm.as_str()))
}

/// Whether a verbless holding says something new ("now under", "fully under", "large parts under",
/// "came under"), not a standing state ("under rebel control at the end of the week", "under the
/// control of the YPG since 2012").
fn new_holding(tokens: &[Token], trig: &Trigger) -> bool {
    // "returned to government control": the word may open the phrase itself.
    words_before(tokens, trig)
        .chain(tokens.get(trig.tokens.start))
        .any(|t| NEW_HOLDING.contains(&t.norm.as_str()) || PARTLY.contains(&t.norm.as_str()))
}

/// How many words may stand between "since" and the date of the event it counts from ("since a
/// push on Friday night").
const SINCE_EVENT_WORDS: usize = 4;

/// Words after "since" that name a time of the day or the week told of ("since 0800C", "since
/// dawn", "since Wednesday").
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// How far after a verbless holding its "since" may stand.
const SINCE_REACH: usize = 4;

/// "Eastern half of X under SAA control since 0800C", "in army hands since dawn": a holding that
/// began at a time of the day told of is news (one "since 2012" is a standing state).
fn held_since_today(tokens: &[Token], trig: &Trigger) -> bool {
    let end = (trig.tokens.end + SINCE_REACH).min(tokens.len());
    (trig.tokens.end..end).any(|i| {
        tokens[i].norm == "since"
            && tokens
                .get(i + 1)
                .is_some_and(|t| is_clock(&t.norm) || TIMES_OF_DAY.contains(&t.norm.as_str()))
    })
}

/// A time of day as logs write it: "08:00", "0800C", "1430" (four digits that are no year).
fn is_clock(word: &str) -> bool {
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

/// "By Monday evening X was under army control": a holding dated "by" a day, with no other clause
/// between, is the outcome of a change made by then.
fn held_by_then(tokens: &[Token], mentions: &[DateMention], trig: &Trigger) -> bool {
    mentions.iter().any(|m| {
        m.by && !m.bound
            && m.tokens.end <= trig.tokens.start
            && !tokens[m.tokens.end..trig.tokens.start]
                .iter()
                .any(|t| matches!(t.norm.as_str(), ";" | ":" | "but" | "while" | "when"))
    })
}

/// A line standing alone without a sentence's closing punctuation: a title or headline.
fn is_headline(text: &str, sentence: &Sentence) -> bool {
    let own = text[sentence.range.clone()].trim_end();
    let before = text[..sentence.range.start].trim_end_matches([' ', '\t']);
    let after = text[sentence.range.end..].trim_start_matches([' ', '\t', '\r']);
    let alone = (before.is_empty() || before.ends_with('\n'))
        && (after.is_empty() || after.starts_with('\n'));
    alone && !own.ends_with(['.', '!', '?', '"', '\u{201D}', ':', ')', ';'])
}

/// Targets grouped by extent and date (a verb that says "full" makes a plain partial one full).
fn group_targets(
    targets: Vec<Target>,
    full_verb: bool,
    trig_date: Option<usize>,
) -> Vec<(Extent, Option<usize>, Vec<Target>)> {
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
    groups
}

/// The districts of a group of targets, each once, with the text that named it first.
fn places_of(group: &[Target]) -> Vec<FoundPlace> {
    let mut found_places: Vec<FoundPlace> = Vec::new();
    for t in group {
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
    found_places
}

/// Carries the sentence's actors and last place to the next sentence.
fn carry_to_next_sentence(state: &mut DocState, actors: &[Actor], places: &[PlaceMention]) {
    // Carry the sentence's actors and places to the next one.
    for a in actors {
        state.recent_actors.push(a.controller.clone());
        if a.subject {
            state.last_subject = Some(a.controller.clone());
        }
    }
    if state.recent_actors.len() > 20 {
        let extra = state.recent_actors.len() - 20;
        state.recent_actors.drain(..extra);
    }
    // What an attack aimed at is still what "it" stands for next ("retook it the next day").
    let referable = |p: &&PlaceMention| {
        matches!(p.not_the_object, None | Some(super::places::ATTACKED)) && !p.districts.is_empty()
    };
    if let Some(p) = places.iter().rfind(referable) {
        state.last_place = Some((p.districts.clone(), p.text.clone()));
    }
}

/// Keeps the districts of the sentence's last list of two or more places, for a plural reference
/// back ([`DocState::referent`]).
fn remember_list(state: &mut DocState, text: &str, tokens: &[Token], places: &[PlaceMention]) {
    let named = |k: &usize| !places[*k].districts.is_empty() && places[*k].not_the_object.is_none();
    let last = lists(text, tokens, places)
        .into_iter()
        .rfind(|l| l.clone().filter(named).count() >= 2);
    if let Some(list) = last {
        let mut districts: Vec<usize> = Vec::new();
        for k in list.filter(named) {
            for &d in &places[k].districts {
                if !districts.contains(&d) {
                    districts.push(d);
                }
            }
        }
        state.last_list = Some(districts);
    }
}

/// Words that make a reference back plural ("these districts", "all five neighbourhoods").
const PLURAL_PLACE_NOUNS: &[&str] = &[
    "districts",
    "neighbourhoods",
    "neighborhoods",
    "quarters",
    "areas",
    "them",
];

impl DocState {
    /// The districts a reference back stands for: the last list of places for a plural one, else
    /// the last place named.
    fn referent(&self, words: &str) -> Option<Vec<usize>> {
        let last_word = words
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or_default()
            .to_lowercase();
        if PLURAL_PLACE_NOUNS.contains(&last_word.as_str()) {
            return self.last_list.clone();
        }
        self.last_place.as_ref().map(|(d, _)| d.clone())
    }
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
        Certainty::Reported | Certainty::Curated => {}
        Certainty::Inferred => c -= 0.1,
        Certainty::Claimed { .. } => c -= 0.05,
        Certainty::Disputed { .. } => c -= 0.2,
    }
    (c.clamp(0.05, 0.95) * 100.0).round() / 100.0
}

/// The date mention for a trigger: the nearest before it, else the first after it (before the next
/// trigger); after it first when the one before follows the previous trigger (`clause` runs from
/// the previous trigger's end to the next one's start). An index into the sentence's mentions.
fn trigger_date(
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
    // "the army, which took X last month, shelled Y": a flash-back in its clause dates the change.
    let flash_back = (0..mentions.len()).filter(usable).find(|i| {
        in_clause(i) && matches!(mentions[*i].kind, DateKind::LastMonth | DateKind::LastWeek)
    });
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
    // "took X on 3 May and lost it again on 5 May", "On Monday the YPG took X, and rebels took Y
    // on Tuesday": with a verb before, the date before is that verb's when one follows this one.
    let others = before.is_some() && clause.start > 0;
    if others && after.is_some() {
        return after;
    }
    before.or(after)
}

/// The date inside the relative clause ("which …", "who …", between commas) the trigger stands in,
/// if the clause has one: the mention index.
fn relative_clause_date(
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
    let closes = (trig.tokens.end..tokens.len())
        .find(|&i| tokens[i].norm == "," || tokens[i].norm == ";")?;
    let inside = |i: &usize| {
        let m = &mentions[*i].tokens;
        m.start > opens && m.end <= closes && resolved[*i].is_some() && !mentions[*i].bound
    };
    (0..mentions.len()).filter(|_| comma_before).find(inside)
}

/// "has not changed hands since April 2013, when rebels drove the army out of it": the "when"
/// clause tells what happened at the date the period is counted from, so that date (a bound, which
/// dates nothing else) dates its change. The mention index, when the trigger is in such a clause.
fn since_when(
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

/// "Since Friday our men have held …", "have controlled X since 3 May": a holding counted from a
/// date began then; that date (a bound, which dates nothing else) dates it. The mention index, when
/// a state verb's clause has such a "since".
fn held_since(
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
            (m.end, trig.tokens.start)
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
