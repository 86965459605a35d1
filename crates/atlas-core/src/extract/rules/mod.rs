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

use super::dates::{find_dates_in_order, DateContext, DateKind, DateMention, ResolvedDate};
use super::known::KnownControl;
use super::lexicon::{Lexicon, Quantifier, VerbClass};
use super::places::{find_places, lists, NameKeys, PlaceHow, PlaceMention};
use super::sentences::Sentence;
use super::tokens::{tokenize, Token};
use crate::model::{Certainty, DistrictLayer, Extent, SourceDocument};
use std::ops::Range;
use std::sync::Arc;

mod actors_and_triggers;
mod carry;
mod claims;
mod counted_back;
mod day_lines;
mod descriptions;
mod ellipsis;
mod final_verb;
mod gainer;
mod holdings;
mod outcome;
mod scope;
mod set_aside;
mod table;
mod targets;
mod turns;
mod unnamed_side;
mod verdicts;
mod when;
mod withdrawn;

use day_lines::{day_alone, labelled_day_heading, masthead_day};
use unnamed_side::{agentless_passive, is_a_fall, known_taker};

use actors_and_triggers::{
    actors, backward, control_is_a_verb, held_for_a_while, hypothetical, is_passive, movement_into,
    participle_after_place, passive_driving_out, possessions, triggers, verb_first_passive,
    weak_actors,
};
use carry::{carry_to_next_sentence, remember_list};
use claims::certainty;
use counted_back::counted_from_a_date;
use gainer::gainer;
use outcome::{candidates, dedupe};
use scope::{
    about_other_places, attributive, gerund_look_back, gerund_without, kept_after, left_again,
    names_a_target, pushed_out_after, says_no_change, standing_relative, thrown_back_after,
    undermined_here,
};
use set_aside::{bare_fall_has_object, in_quotes, partly_before, set_aside};
use targets::{object_end, targets_after, targets_before, targets_in_gap, targets_of_relative};
pub use turns::{framed_side, interview_side, voice_side};

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
    /// The districts of the last change this paragraph found.
    changed_here: Option<Vec<usize>>,
    /// The side and day of the last change the sentence before found ("And Y as well").
    last_change: Option<ellipsis::LastChange>,
    /// The districts of the last change the paragraph before found: what "the quarter" in the
    /// first sentence of a paragraph, naming no place of its own, stands for ("Rebels pulled out of
    /// most of the Salahuddin quarter.¶ The rebels had captured most of the quarter in July"). Not a
    /// place only named ("we drove past X.¶ … the district").
    earlier_place: Option<Vec<usize>>,
    /// The districts of the last list of two or more places named ("these districts", "all five
    /// neighbourhoods" stand for them).
    last_list: Option<Vec<usize>>,
    paragraph: usize,
    keys: Arc<NameKeys>,
    /// The side the document frames its first-person speaker as ([`framed_side`]).
    speaker_side: Option<String>,
    /// The side an interview's answers speak for ([`turns::interview_side`]).
    interviewee: Option<String>,
    /// The side a text speaks for throughout ([`turns::voice_side`]).
    voice: Option<String>,
    /// The names seen so far, for descriptions ("the industrial city").
    named: Vec<descriptions::Named>,
    /// The place a record's title line named ("1. Masaken Hanano"), for the labelled lines under
    /// it in the same paragraph ("Status: liberated on 26/11/2016.").
    record: Option<Target>,
    /// Where the last sentence ended (a blank line since then closes the record).
    last_end: usize,
    /// Each district's last change told so far in the document, for dates counted from it ("two
    /// days after Hanano").
    timeline: std::collections::HashMap<usize, chrono::NaiveDate>,
    /// The changes the dataset beside the extractor records, for a fall that names no side.
    known: Option<Arc<KnownControl>>,
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

    /// The same, with the side an interview's answers speak for.
    pub fn with_interviewee(self, side: Option<String>) -> Self {
        Self {
            interviewee: side,
            ..self
        }
    }

    /// The same, with the side the whole text speaks for.
    pub fn with_voice(self, voice: Option<String>) -> Self {
        Self { voice, ..self }
    }

    /// The same, with the changes a dataset records ([`KnownControl`]).
    pub fn with_known(self, known: Option<Arc<KnownControl>>) -> Self {
        Self { known, ..self }
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
    /// Whether a place is referred back to ("it", "the rest") rather than named.
    pub anaphoric: bool,
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

impl Trigger {
    /// The extent its class gives a place it acts on when nothing else says: part of it for a
    /// partial verb ("entered"), the whole otherwise.
    fn class_extent(&self) -> Extent {
        match self.class {
            VerbClass::Partial => Extent::Partial { fraction: None },
            _ => Extent::Full,
        }
    }
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

impl Target {
    /// A place named in the sentence, with its extent and its own date (a mention index).
    fn named(p: &PlaceMention, extent: Extent, date: Option<usize>) -> Self {
        Self {
            districts: p.districts.clone(),
            text: p.text.clone(),
            range: p.range.clone(),
            extent,
            date,
            anaphoric: false,
            ambiguous: p.how == PlaceHow::Ambiguous,
        }
    }
}

/// Words before an actor that make it no subject ("fought against the army", "it was the YPG,
/// not the army, who took").
const NOT_SUBJECT_BEFORE: &[&str] = &[
    "against", "from", "by", "with", "to", "on", "at", "toward", "towards", "between", "for",
    "over", "into", "than", "near", "not", // Persian "with", "to".
    "با", "به",
];

/// Arabic "from", "against"; Persian "from", "(from the) control of", "(from the) hands of",
/// "against": a side after one lost the place, or is fought ("از کنترل تروریست‌ها").
const FROM_OR_AGAINST: &[&str] = &["من", "ضد", "از", "کنترل", "دست", "لوث", "علیه"];

/// Whether a word before an actor makes it no subject ([`NOT_SUBJECT_BEFORE`], [`FROM_OR_AGAINST`]).
fn not_subject_before(word: &str) -> bool {
    NOT_SUBJECT_BEFORE.contains(&word) || FROM_OR_AGAINST.contains(&word)
}
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
    "completely",
    "entirely",
    "totally",
    "once",
    "certainly",
    "probably",
    "apparently",
    "likely",
    "almost",
    "possibly",
    "finally",
    "quickly",
    "both",
    "all",
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
    // "quedó hoy por completo en manos del ejército": Spanish "ended up", "passed".
    "quedó",
    "quedaron",
    "pasó",
    "pasaron",
    // French "passent entièrement sous le contrôle du gouvernement", "tombé sous le contrôle".
    "passe",
    "passent",
    "passé",
    "passée",
    "passés",
    "passées",
    "repassé",
    "repassée",
    "revenu",
    "revenue",
    "revenus",
    "tombé",
    "tombée",
    "tombés",
    "tombées",
    "entièrement",
    // Italian "è tornato interamente sotto il controllo", "passati sotto il controllo".
    "tornato",
    "tornata",
    "tornati",
    "tornate",
    "passato",
    "passata",
    "passati",
    "passate",
    "caduto",
    "caduta",
    "caduti",
    "cadute",
    "interamente",
    // Arabic "completely".
    "بالكامل",
    "كاملا",
    "كاملاً",
    // "أصبح تحت سيطرة الجيش": Arabic "became".
    "أصبح",
    "أصبحت",
    "أصبحا",
    "صار",
    "صارت",
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
            state.earlier_place = state.changed_here.take();
            state.last_place = None;
            state.last_list = None;
        }
    } else {
        state.earlier_place = None;
    }
    let gap = text
        .get(state.last_end.min(sentence.range.start)..sentence.range.start)
        .unwrap_or("");
    if gap.contains("\n\n") || gap.contains("\n\r\n") {
        state.record = None;
    }
    state.last_end = sentence.range.end;
    let r = read_sentence(text, sentence, next, state, layer, lex);
    if r.places.iter().any(|p| !p.districts.is_empty()) {
        state.earlier_place = None;
    }
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
        if let Some((controller, mut found)) = read_trigger(&r, k, state, layer, lex, &mut undone) {
            if trig.class == VerbClass::Loss {
                found.retain(|f| !taken_just_before(&out, f));
            }
            out.extend(found);
            state.last_gainer = Some(controller);
        }
    }
    let before = state.last_change.take();
    if out.is_empty() {
        out.extend(ellipsis::added_too(&r, before.as_ref()));
    }
    carry_to_next_sentence(state, &r.tokens, &r.actors, &r.places);
    remember_list(state, text, &r.tokens, &r.places);
    let out = dedupe(out);
    state.last_change = out.last().map(|f| ellipsis::LastChange {
        controller: f.controller.clone(),
        date: f.date.clone(),
    });
    if let Some(f) = out.last() {
        state.changed_here = Some(f.places.iter().map(|p| p.district).collect());
    }
    for f in out.iter().filter(|f| f.date.from == f.date.to) {
        state
            .timeline
            .extend(f.places.iter().map(|p| (p.district, f.date.to)));
    }
    out
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
    /// Dates counted from an earlier change of the document ("two days after Hanano").
    after_events: Vec<counted_back::AfterEvent>,
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
    let mentions = find_dates_in_order(text, &tokens, state.dates.order());
    // An entry's stamp opening the sentence ("Today is …"): the day its text was written.
    let stamp = super::entries::stamp_among(text, &mentions)
        .or_else(|| super::entries::today_is(text, &mentions, sentence.range.clone()))
        .or_else(|| super::entries::written_on(&tokens, &mentions));
    if let Some(day) = stamp {
        state.dates.start_entry(day);
    } else if let Some(m) = super::entries::yearless_stamp(text, &mentions) {
        let day = state
            .dates
            .resolve(&m)
            .filter(|d| d.precision == crate::model::DatePrecision::Day);
        if let Some(day) = day {
            state.dates.start_entry(day.from);
        }
    } else if let Some(day) = super::entries::note_day(text, sentence.range.clone(), &state.dates)
        .or_else(|| super::entries::row_remark_day(text, sentence.range.clone(), &state.dates))
    {
        state.dates.start_entry(day);
    }
    let mut resolved = resolve_mentions(text, &tokens, &mentions, &mut state.dates, lex);
    // "Tuesday. Qaterji fell this morning": a sentence that is a day alone heads what follows. A
    // relative one ("Yesterday at 21:30") counts from the text's own date.
    if let [m] = mentions.as_slice() {
        if m.is_relative() && day_alone(&tokens, &mentions, &resolved).is_some() {
            if let Some(own) = state.dates.resolve_from_own(m) {
                // What the post under it tells of happened then, as under a table row's date.
                state.dates.start_row(own.clone());
                resolved[0] = Some(own);
            }
        }
    }
    if let Some(day) = day_alone(&tokens, &mentions, &resolved) {
        state.dates.head_day(day);
        // "Dec. 1, 2016" on a line of its own: the day the text is written on.
        if mentions[0].kind.full_day(false).is_some() {
            state.dates.set_dated_line(day);
        }
    } else if let Some(day) = masthead_day(text, sentence, &tokens, &mentions) {
        state.dates.set_dated_line(day);
        // "Remark for 22.05.2014:": a heading, the day of the lines under it.
        if text[sentence.range.clone()].ends_with(':') {
            state.dates.head_day(day);
        }
    } else if let Some(day) = labelled_day_heading(text, sentence, &tokens, &mentions, &resolved) {
        state.dates.head_day(day);
    }
    let mut places = find_places(text, &tokens, layer, &state.keys, lex);
    // "two days after Hanano": Hanano dates the change, it is not what changed.
    let after_events = counted_back::after_events(text, &tokens, &places, &state.timeline);
    for p in &mut places {
        if after_events.iter().any(|a| a.tokens.end == p.tokens.end) {
            p.not_the_object = Some(counted_back::COUNTED_FROM);
        }
    }
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
        after_events,
    }
}

/// "the army took X and Y this morning, and that they came out of the two quarters with the
/// soldiers": a leaving that would hand back, the same day, a place the sentence has just given
/// another side is someone else's leaving (people's, not the side's), no change.
fn taken_just_before(before: &[Found], leaving: &Found) -> bool {
    before.iter().any(|b| {
        b.controller != leaving.controller
            && b.date.from == leaving.date.from
            && b.places
                .iter()
                .any(|p| leaving.places.iter().any(|q| q.district == p.district))
    })
}

/// The place named before a trigger that "the district" after it may stand for: the last one
/// named as an object, or after "on" as what an attack aimed at ("a counter-attack on X that won
/// back part of the district", not "to attack X", an aim); when the sentence names no such place,
/// the last one named near or from ("owner from Sheikh Saeed; said the army took the whole
/// district").
fn referent_before<'r>(r: &'r Reading, trig: &Trigger) -> Option<&'r PlaceMention> {
    let tokens = r.tokens.as_slice();
    let attacked_on = |p: &&PlaceMention| {
        p.not_the_object == Some(crate::extract::places::ATTACKED)
            && p.tokens.start > 0
            && tokens[p.tokens.start - 1].norm == "on"
    };
    let named_before =
        |p: &&PlaceMention| p.tokens.end <= trig.tokens.start && !p.districts.is_empty();
    let placed_relative =
        |p: &&PlaceMention| p.not_the_object == Some(crate::extract::places::PLACED_RELATIVE);
    r.places
        .iter()
        .filter(named_before)
        .rfind(|p| p.not_the_object.is_none() || attacked_on(p))
        .or_else(|| r.places.iter().filter(named_before).rfind(placed_relative))
}

/// The candidates of the `k`th trigger of a sentence and who gains them; None when it reports no
/// change (set aside, no place, no side, undone).
fn read_trigger(
    r: &Reading,
    k: usize,
    state: &mut DocState,
    layer: &DistrictLayer,
    lex: &Lexicon,
    undone: &mut Vec<Range<usize>>,
) -> Option<(String, Vec<Found>)> {
    let (text, tokens, trig) = (r.text, r.tokens.as_slice(), &r.triggers[k]);
    if let Some(p) = referent_before(r, trig) {
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
    let passive = (is_passive(tokens, trig) || participle_after_place(tokens, &r.places, trig))
        && !verb_first;
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
    let mut targets = targets;
    if trig.class == VerbClass::Loss {
        targets::drop_destinations(tokens, trig, &mut targets);
    }
    if targets.is_empty() {
        return None;
    }
    let last_target = targets.iter().map(|t| t.range.end).max().unwrap_or(0);
    let from = tokens
        .iter()
        .position(|t| t.start >= last_target)
        .unwrap_or(tokens.len())
        .max(trig.tokens.end);
    // "X, which the army took on 2 December, and the quarters of Y …": what follows a relative
    // clause is the main clause's, not more of the verb's objects.
    if passive || !targets::object_of_relative(tokens, trig, &targets) {
        extend_after(r, trig, from, next_trigger, &mut targets);
    }
    // No side at all: the dataset beside the extractor may still know who took the place then.
    let (controller, actor_in_sentence) = match gainer(
        text,
        tokens,
        &r.actors,
        trig,
        passive || verb_first,
        state,
        lex,
    ) {
        Some(g) => g,
        None if state.known.is_some()
            && (is_a_fall(trig) || agentless_passive(tokens, trig, passive, &targets)) =>
        {
            (String::new(), false)
        }
        None => return None,
    };
    // "212 | 08/12/16 | Parcel | Bustan al-Qasr | Held": a row's status word with no side in the
    // row says nothing of who holds the place.
    if !actor_in_sentence && trig.class == VerbClass::State && table::in_a_row(tokens, trig) {
        return None;
    }
    let certainty = undone_or_disputed(r, trig, &targets, &controller, lex, undone)?;
    let mut found = candidates(
        r,
        k,
        &targets,
        &controller,
        actor_in_sentence,
        &certainty,
        lex,
    );
    if !actor_in_sentence {
        if let Some(known) = &state.known {
            known_taker(&mut found, known, layer);
        }
    }
    found.retain(|f| !f.controller.is_empty());
    if found.is_empty() && controller.is_empty() {
        return None;
    }
    Some((controller, found))
}

/// More places of the verb after its objects: "took X on 26 July and Y two days later" (Y's own
/// date), the same day's, and one added after a semicolon.
fn extend_after(
    r: &Reading,
    trig: &Trigger,
    from: usize,
    next_trigger: usize,
    targets: &mut Vec<Target>,
) {
    let tokens = r.tokens.as_slice();
    let gapped = targets::gapped_targets(
        tokens,
        &r.places,
        &r.mentions,
        trig,
        trig.tokens.end,
        next_trigger,
    );
    targets.retain(|t| !gapped.iter().any(|g| g.range == t.range));
    targets.extend(gapped);
    targets.extend(targets::same_day_targets(
        tokens,
        &r.places,
        from,
        next_trigger,
    ));
    let added =
        ellipsis::added_after_semicolon(tokens, &r.places, from, next_trigger, targets.first());
    targets.extend(added);
}

/// "left X": a loss only when a side leaves a place ([`a_side_left_a_place`]).
fn is_bare_leaving(trig: &Trigger) -> bool {
    trig.phrase.eq_ignore_ascii_case("left")
}

/// "the armed groups left Bani Zeid", "the rebels had left it": a side right before the verb (past
/// "had", "have", adverbs) and a place right after it (past "the"). Not "left for X", "what was left
/// of X", "families left X".
fn a_side_left_a_place(
    tokens: &[Token],
    actors: &[Actor],
    places: &[PlaceMention],
    trig: &Trigger,
) -> bool {
    let mut before = trig.tokens.start;
    while before > 0 && {
        let w = tokens[before - 1].norm.as_str();
        ADVERBS.contains(&w) || ["had", "have", "has"].contains(&w)
    } {
        before -= 1;
    }
    let side_before = actors.iter().any(|a| a.tokens.end == before && a.subject);
    let mut after = trig.tokens.end;
    if tokens.get(after).is_some_and(|t| t.norm == "the") {
        after += 1;
    }
    side_before && places.iter().any(|p| p.tokens.start == after)
}

/// Whether the change stands, and how sure the text is of it: None when the sentence or the next
/// undoes it (another side kept the place, the side left again, a claim undermined), else its
/// certainty.
fn undone_or_disputed(
    r: &Reading,
    trig: &Trigger,
    targets: &[Target],
    controller: &str,
    lex: &Lexicon,
    undone: &mut Vec<Range<usize>>,
) -> Option<Certainty> {
    let (text, tokens) = (r.text, r.tokens.as_slice());
    // Another side said to have kept the place later in the sentence undoes it.
    if kept_after(r, trig, targets, controller)
        || thrown_back_after(r, trig)
        || pushed_out_after(r, trig)
    {
        return None;
    }
    // "entered X but withdrew hours later": left again by the same side, and the leaving undoes
    // only that.
    if let Some(leaving) = left_again(r, trig, targets, lex) {
        undone.push(leaving);
        return None;
    }
    // A claim (or words quoted: a headline, a post) the sentence itself undermines reports
    // nothing.
    let claimed =
        claims::claim_for(text, tokens, trig, targets, lex).is_some() || in_quotes(tokens, trig);
    if claimed
        && (undermined_here(r, trig, targets, lex)
            || verdicts::judged_false_in_its_item(text, tokens, trig))
    {
        return None;
    }
    // Undone or disputed? A next sentence about other places ("A second post, on X, is also
    // false") neither undoes nor disputes this change.
    let next_here = r
        .next_tokens
        .as_deref()
        .filter(|_| !about_other_places(&r.next_places, targets));
    // The next sentence names this place, or none.
    let next_names_it = names_a_target(&r.next_places, targets)
        || !r.next_places.iter().any(|p| !p.districts.is_empty());
    certainty(text, tokens, trig, targets, next_here, next_names_it, lex)
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
    // An interviewer's line speaks to the interviewee ("you", "your forces"); the other lines are
    // the interviewee's answers ("we", "our fighters").
    let asking = turns::is_question(text, sentence) || turns::on_emphasised_line(text, sentence);
    if let Some(side) = state.interviewee.as_deref().filter(|_| asking) {
        found.extend(turns::second_person_actors(tokens, side));
        found.sort_by_key(|a| a.tokens.start);
    }
    let side = state
        .speaker_side
        .clone()
        .filter(|_| turns::is_answer(text, sentence))
        .or_else(|| state.interviewee.clone().filter(|_| !asking))
        .or_else(|| turns::quoted_speaker_side(tokens, &found));
    if let Some(side) = side {
        found.extend(turns::first_person_actors(tokens, &side));
        found.sort_by_key(|a| a.tokens.start);
    }
    let theirs = turns::their_forces(tokens, &found, state.last_subject.as_deref());
    if !theirs.is_empty() {
        found.extend(theirs);
        found.sort_by_key(|a| a.tokens.start);
    }
    // "The fighters took part of X, and the army kept the rest": the lexicon's weak actors for a
    // sentence that names no other, or before the first it names (not "Fighters from Sheikh
    // Maqsoud crossed …, a YPG spokesman said": whose they are is told by where they came from).
    let first = found.first().map_or(usize::MAX, |a| a.tokens.start);
    let weak: Vec<Actor> = weak_actors(text, tokens, lex)
        .into_iter()
        .filter(|w| {
            found.is_empty()
                || (w.tokens.end <= first
                    && tokens.get(w.tokens.end).is_none_or(|t| t.norm != "from"))
        })
        .collect();
    if !weak.is_empty() {
        found.extend(weak);
        found.sort_by_key(|a| a.tokens.start);
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
    // "<tuv xml:lang=\"ar\">…</tuv> <tuv xml:lang=\"en\">…</tuv>": a sentence that says the same
    // in Latin letters and in another script is read in its Latin letters.
    if crate::extract::scripts::bilingual(&text[sentence.range.clone()]) {
        found.retain(|t| crate::extract::scripts::in_latin(tokens[t.tokens.start].text(text)));
    }
    found.retain(|t| control_is_a_verb(tokens, actors, t, !mentions.is_empty()));
    found.extend(possessions(tokens, places, actors, !mentions.is_empty()));
    found.sort_by_key(|t| t.tokens.start);
    found.retain(|t| !attributive(tokens, t));
    found.retain(|t| !bare_fall_has_object(tokens, mentions, t));
    // "the armed groups left X" is a loss; people, buses and crews leave places that change nobody,
    // and "what was left of X" is no verb that ends another's objects.
    found.retain(|t| !is_bare_leaving(t) || a_side_left_a_place(tokens, actors, places, t));
    for t in &mut found {
        passive_driving_out(tokens, t);
        movement_into(tokens, places, t);
    }
    found
}

/// The sentence's dates resolved in order; a relative day after "said" in a sentence with no date of
/// its own is reported speech, counted from the report's date ([`DateContext::resolve_reported`]).
/// Words of a sentence about what is to come ("the Council expects", "will", "is scheduled").
const TO_COME: &[&str] = &[
    "will",
    "expects",
    "expected",
    "expect",
    "scheduled",
    "forecast",
    "upcoming",
    "plans",
];

fn resolve_mentions(
    text: &str,
    tokens: &[Token],
    mentions: &[DateMention],
    dates: &mut DateContext,
    lex: &Lexicon,
) -> Vec<Option<ResolvedDate>> {
    let absolute = mentions.iter().any(|m| !m.is_relative());
    let said = lex.claim_verbs.find_all(text, tokens);
    // "A day I will not forget is this Monday, the twelfth of December": what one will never
    // forget is past ("members will remember her pictures from …" may be of any time).
    let remembered = |k: usize| {
        tokens[k + 1..tokens.len().min(k + 4)]
            .iter()
            .any(|t| t.norm == "forget")
    };
    let to_come = tokens
        .iter()
        .enumerate()
        .any(|(k, t)| TO_COME.contains(&t.norm.as_str()) && !(t.norm == "will" && remembered(k)));
    mentions
        .iter()
        .map(|m| {
            let spoken = !absolute && said.iter().any(|f| f.end <= m.tokens.start);
            if to_come {
                dates.resolve_to_come(m)
            } else if spoken {
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
    if let Some(row) = table::row_target(text, tokens, places, trig) {
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
    // "نیروهای ارتش جبل بدرو و بعیدین را آزاد کردند": a language that puts its verb last names
    // its objects before it; the places after it are the next clause's.
    // "حي كرم الميسر الذي استعاده الجيش": an Arabic relative verb acts on the name before it.
    let arabic_relative = ["الذي", "التي"].contains(&tokens[trig.tokens.start].norm.as_str());
    // "Rejim güçleri bugün Şeyh Lutfi tepesini, Meryce ve Bab en-Neyrab mahallelerini ele
    // geçirdi": a Turkish or Persian verb tells the language when the letters are too few.
    let verb_last =
        final_verb::verb_last_language(text, tokens) || final_verb::verb_last_trigger(&trig.phrase);
    if !backward_places && (arabic_relative || verb_last) {
        let before = final_verb::objects_right_before(text, tokens, places, actors, trig);
        if !before.is_empty() {
            return before;
        }
    }
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
    // "X, which the army secured on 28/11, and Y": a relative verb with nothing after it before
    // its clause ends acts on the name before "which", not on what follows the clause.
    let ends_clause = targets::nothing_after_but_a_date(tokens, trig, mentions);
    if (targets.is_empty() || ends_clause) && !backward_places {
        let relative = targets_of_relative(text, tokens, places, actors, trig);
        if !relative.is_empty() || targets.is_empty() {
            targets = relative;
        }
    } else if !backward_places {
        targets.extend(targets::list_after_relative(text, tokens, places, &targets));
    }
    if backward_places {
        let mut before = targets_before(text, tokens, places, actors, trig, state, lex);
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
    // "die weermag het Sondag X ingeneem": a verb closing its clause acts on the places before it.
    if targets.is_empty() && !backward_places {
        targets = final_verb::objects_before(tokens, places, actors, mentions, trig, state);
    }
    // "X and Y: army took full control in the morning": the label's places.
    if targets.is_empty() && !backward_places {
        targets = table::label_targets(text, tokens, places, actors, trig);
    }
    if targets.is_empty() {
        targets.extend(table::heading_target(tokens, places, trig));
    }
    if targets.is_empty() && table::labelled(tokens) {
        targets.extend(state.record.clone());
    }
    targets
}

/// A line standing alone without a sentence's closing punctuation: a title or headline.
pub fn is_headline(text: &str, sentence: &Sentence) -> bool {
    let own = text[sentence.range.clone()].trim_end();
    let before = text[..sentence.range.start].trim_end_matches([' ', '\t']);
    let after = text[sentence.range.end..].trim_start_matches([' ', '\t', '\r']);
    let alone = (before.is_empty() || before.ends_with('\n'))
        && (after.is_empty() || after.starts_with('\n'));
    alone && !own.ends_with(['.', '!', '?', '"', '\u{201D}', ':', ')', ';'])
}
