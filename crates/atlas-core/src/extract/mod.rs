//! The rule-based control-change extractor: text in, candidate events out, each with the passage it
//! comes from.
//!
//! [`extract`] reads one document: its prose is cut into [`sentences`], each sentence is read for
//! [`dates`] (resolved against the last date and the document's own date), [`places`] (the names of the
//! district layer) and the words of the [`lexicon`] (actors, verbs, claims, quantifiers), and the
//! [`rules`] turn them into [`Candidate`]s. Its scoring lives in the dev crate (`atlas_dev::score`).
//!
//! The public surface is small: [`Lexicon`], [`extract`], [`extract_corpus`], [`Candidate`] (which
//! becomes an [`Event`] with [`Candidate::to_event`]).

mod blanks;
mod columns;
pub mod dates;
mod entries;
mod headed_tables;
pub mod jsonl;
pub mod known;
pub mod lexicon;
pub mod places;
mod records;
mod repeats;
#[cfg(test)]
mod rounds;
#[cfg(test)]
mod rule_tests;
pub mod rules;
mod scripts;
pub mod sentences;
pub mod tokens;
mod undated;

pub use known::KnownControl;
pub use lexicon::Lexicon;

use crate::model::event::RawEvent;
use crate::model::RareText;
use crate::model::{
    Certainty, Corpus, DatePrecision, DistrictLayer, Event, EventDate, Extent, Passage,
    SourceDocument,
};
use dates::{find_dates_in_order, DateContext};
use places::NameKeys;
use serde::Serialize;
use std::sync::Arc;
use thin_vec::ThinVec;

/// A name in the passage and the district it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceMatch {
    pub district: String,
    /// The words in the text ("Bab Al-Nayrab", "the district" for a name carried over).
    pub text: String,
    /// Byte offsets of those words in the document's repaired text.
    pub start: usize,
    pub end: usize,
}

/// A candidate control-change event found by the extractor.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The date; `date.phrase` holds a relative phrase it was resolved from, `date.text` the wording of
    /// a month or span.
    pub date: EventDate,
    /// The words the date came from ("On 26 November", "the next day").
    pub date_phrase: String,
    /// How the date was found: "in the passage", "resolved against …", "carried over from an earlier
    /// sentence".
    pub date_basis: String,
    /// One entry per district, in the order named.
    pub places: Vec<PlaceMatch>,
    /// Controller id after the change.
    pub controller: String,
    pub extent: Extent,
    pub certainty: Certainty,
    /// The sentence that reports it (byte offsets into the repaired text; always prose).
    pub passage: Passage,
    /// The verb or noun that reports the change ("captured", "took full control of").
    pub trigger: String,
    /// 0–1: how much of the event the sentence states itself (actor, date, names) rather than inherits.
    pub confidence: f64,
}

impl Candidate {
    /// District ids, in the order named.
    pub fn districts(&self) -> Vec<String> {
        self.places.iter().map(|p| p.district.clone()).collect()
    }

    /// The candidate as an event of the events file, ready to be reviewed and accepted.
    pub fn to_event(&self, id: &str) -> Event {
        Event {
            id: id.into(),
            date: self.date.clone(),
            districts: self.districts().into_iter().map(Into::into).collect(),
            controller: self.controller.as_str().into(),
            extent: self.extent,
            certainty: self.certainty.clone(),
            passages: smallvec::smallvec![self.passage.clone()],
            disagrees_with: ThinVec::new(),
            count: None,
            kept_km2: None,
            reading: RareText::NONE,
            basis: RareText::NONE,
            note: self.note().into(),
            extractor_finds: Some(true),
        }
    }

    /// The candidate in the events-file format (the fields of `events --json`).
    pub fn to_raw_event(&self, id: &str) -> RawEvent {
        let (certainty, claimed_by) = match &self.certainty {
            Certainty::Reported => ("reported", None),
            Certainty::Claimed { by } => ("claimed", Some(by.clone())),
            Certainty::Disputed { by } => ("disputed", by.clone()),
            other => (other.key(), None),
        };
        let imprecise = self.date.precision != DatePrecision::Day;
        RawEvent {
            id: id.into(),
            date: self.date.day.to_string(),
            date_precision: self.date.precision,
            date_from: imprecise.then(|| self.date.from.to_string()),
            date_to: imprecise.then(|| self.date.to.to_string()),
            date_text: self.date.text.to_option(),
            date_phrase: Some(self.date_phrase.clone()),
            date_basis: Some(self.date_basis.clone()),
            districts: self.districts().into_iter().map(Into::into).collect(),
            controller: self.controller.as_str().into(),
            extent: self.extent.key().to_string(),
            fraction: match self.extent {
                Extent::Partial { fraction } => fraction,
                _ => None,
            },
            certainty: certainty.to_string(),
            claimed_by,
            passages: vec![self.passage.clone()],
            disagrees_with: Vec::new(),
            count: None,
            kept_km2: None,
            reading: None,
            basis: None,
            note: Some(self.note()),
            extractor_finds: Some(true),
        }
    }

    /// "extracted: 'captured' — Marjah → marjeh, …"
    pub fn note(&self) -> String {
        let names: Vec<String> = self
            .places
            .iter()
            .map(|p| format!("{} → {}", p.text, p.district))
            .collect();
        format!("extracted: \"{}\"; {}", self.trigger, names.join(", "))
    }

    /// A stable id for the candidate within its document: document id and passage offset.
    pub fn suggested_id(&self) -> String {
        let first = self.places.first().map_or("", |p| p.district.as_str());
        format!(
            "{}-{}-{}-{}",
            self.passage.document, self.passage.start, first, self.controller
        )
    }
}

/// How many opening sentences may hold a dateline.
const DATELINE_SENTENCES: usize = 3;
/// How many opening lines a masthead naming its month may stand in ("Issue 48, February 2017").
const MASTHEAD_LINES: usize = 6;
/// How many opening sentences a form's header may run to, whose dated field ("Visited: Monday 28
/// November 2016, 10:30") is the text's own date.
const HEADER_SENTENCES: usize = 12;
/// The most words a header's field line holds after its label.
const FIELD_LINE_WORDS: usize = 7;
/// How many sentences at the end of a text may hold the date it is signed with.
const CLOSING_SENTENCES: usize = 2;
/// The most words (the date's included) of the line a text is signed and dated on ([`signed_year`]).
const CLOSING_LINE_WORDS: usize = 8;

/// Candidate events of one document, in text order.
pub fn extract(doc: &SourceDocument, layer: &DistrictLayer, lexicon: &Lexicon) -> Vec<Candidate> {
    Extractor::new(layer, lexicon).extract(doc)
}

/// [`extract`], telling `keep_going` the fraction of the document's sentences done before each one;
/// None when it answers false (the caller cancelled).
pub fn extract_watched(
    doc: &SourceDocument,
    layer: &DistrictLayer,
    lexicon: &Lexicon,
    keep_going: &dyn Fn(f32) -> bool,
) -> Option<Vec<Candidate>> {
    Extractor::new(layer, lexicon).extract_watched(doc, keep_going)
}

/// The extractor set up for a layer and a lexicon: the layer's name keys (and their sounds) are
/// built once, for as many documents as it reads.
pub struct Extractor<'a> {
    layer: &'a DistrictLayer,
    lexicon: &'a Lexicon,
    keys: Arc<NameKeys>,
    known: Option<Arc<KnownControl>>,
}

impl<'a> Extractor<'a> {
    pub fn new(layer: &'a DistrictLayer, lexicon: &'a Lexicon) -> Self {
        Self {
            layer,
            lexicon,
            keys: Arc::new(NameKeys::new(layer)),
            known: None,
        }
    }

    /// The same, reading a fall that names no side against the changes a dataset records
    /// ([`KnownControl`]).
    pub fn with_known(self, known: Arc<KnownControl>) -> Self {
        Self {
            known: Some(known),
            ..self
        }
    }

    /// Candidate events of one document, in text order.
    pub fn extract(&self, doc: &SourceDocument) -> Vec<Candidate> {
        self.extract_watched(doc, &|_| true).unwrap_or_default()
    }

    /// Candidate events of every document of a corpus, document by document.
    pub fn extract_corpus(&self, corpus: &Corpus) -> Vec<Candidate> {
        corpus
            .documents
            .iter()
            .flat_map(|d| self.extract(d))
            .collect()
    }

    /// [`Self::extract`], telling `keep_going` the fraction of the document's sentences done before
    /// each one; None when it answers false (the caller cancelled).
    pub fn extract_watched(
        &self,
        doc: &SourceDocument,
        keep_going: &dyn Fn(f32) -> bool,
    ) -> Option<Vec<Candidate>> {
        extract_with(doc, self, keep_going)
    }
}

fn extract_with(
    source: &SourceDocument,
    extractor: &Extractor,
    keep_going: &dyn Fn(f32) -> bool,
) -> Option<Vec<Candidate>> {
    // Line numbers in the margin and a comparison's removed lines are read as blanks; the
    // passages quote the source as it is.
    let Some(blanked) = blanks::blanked(source) else {
        return read_document(source, extractor, keep_going);
    };
    let mut read = read_document(&blanked, extractor, keep_going)?;
    for c in &mut read {
        c.passage.quote = source.text[c.passage.range()].to_string();
    }
    Some(read)
}

/// [`extract_with`] on a document as read (what it prints but does not say blanked).
fn read_document(
    doc: &SourceDocument,
    extractor: &Extractor,
    keep_going: &dyn Fn(f32) -> bool,
) -> Option<Vec<Candidate>> {
    let sentences = sentences::sentences(doc);
    // The order of its numeric dates, found once for every reading of the document.
    let order = dates::day_order(&doc.text);
    let own = OwnDating::read(doc, &sentences, order);
    let read_as =
        |assumed| read_sentences(doc, &sentences, order, &own, extractor, keep_going, assumed);
    let read = read_as(undated::Assumed::Nothing)?;
    let Some(known) = &extractor.known else {
        return Some(read);
    };
    let written = DateContext::for_document_in_order(
        doc,
        dateline(doc, &sentences, order, None).map(|d| d.day),
        order,
    )
    .written_on();
    // Only a text with no date of its own has its masthead looked at (it tokenizes lines anew).
    let masthead = written
        .is_none()
        .then(|| undated::masthead_month_unread(doc, order))
        .flatten();
    let mut read = if let Some(masthead) = masthead {
        undated::best_month(read, known, masthead, |day| {
            read_as(undated::Assumed::Day(day))
        })?
    } else if undated::writes_no_year(doc, &sentences, order) {
        undated::best_reading(read, known, |year| read_as(undated::Assumed::Year(year)))?
    } else {
        read
    };
    for c in &mut read {
        weekday_against_known(c, known, written);
    }
    Some(read)
}

/// A change dated by a weekday alone ("on Sunday"), moved to the week a recorded change of its
/// district to its side falls in ([`known::week_of_a_weekday`]); not when the weekday is the day
/// the text was `written` (a Monday's "on Monday" is that day), nor for a part of a district.
fn weekday_against_known(
    c: &mut Candidate,
    known: &KnownControl,
    written: Option<chrono::NaiveDate>,
) {
    let phrase = c.date_phrase.to_lowercase();
    let weekday_alone = dates::is_weekday_phrase(&phrase) && !phrase.contains(char::is_numeric);
    // A part pushed into ("pushed back into parts of X on Monday evening") is seldom recorded
    // apart: only a change of the whole is matched to the record.
    let whole = c.extent == Extent::Full;
    if !weekday_alone
        || !whole
        || c.date.precision != DatePrecision::Day
        || written == Some(c.date.day)
    {
        return;
    }
    let Some(day) = known::week_of_a_weekday(known, &c.districts(), &c.controller, c.date.day)
    else {
        return;
    };
    let shift = c.date.day - day;
    c.date.day = day;
    c.date.from -= shift;
    c.date.to -= shift;
    c.date_basis = format!(
        "{}; the week of the loaded data's change of {} on {}",
        c.date_basis,
        c.districts().join(", "),
        day.format("%-d %b %Y")
    );
}

/// The first full date of a document's opening sentences (a day without its year read in `year`,
/// for a text that writes none).
fn dateline(
    doc: &SourceDocument,
    sentences: &[sentences::Sentence],
    order: dates::DayOrder,
    year: Option<i32>,
) -> Option<HeadDay> {
    sentences
        .iter()
        .take(DATELINE_SENTENCES)
        .find_map(|s| full_day_of(doc, s, order, year).0)
        .or_else(|| {
            sentences
                .iter()
                .take(HEADER_SENTENCES)
                .skip(DATELINE_SENTENCES)
                .filter(|s| is_dated_field(&doc.text[s.range.clone()]))
                .find_map(|s| {
                    let (day, words) = full_day_of(doc, s, order, year);
                    // "Date of examination: Monday 28 November 2016, 11:40": the label's words
                    // are not the field's.
                    let label = field_label_words(&doc.text[s.range.clone()]);
                    day.filter(|_| words <= FIELD_LINE_WORDS + label)
                })
        })
}

/// How many words a field's label holds before its colon.
fn field_label_words(line: &str) -> usize {
    line.split_once(':')
        .map_or(0, |(label, _)| label.split_whitespace().count())
}

/// Whether a line is a form's field whose label dates the form ("Visited: …", "Date: …"), not what
/// is to come ("Due: …").
fn is_dated_field(line: &str) -> bool {
    let Some((label, _)) = line.trim_start().split_once(':') else {
        return false;
    };
    let words: Vec<String> = label.split_whitespace().map(|w| w.to_lowercase()).collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().all(char::is_alphabetic) && !dates::LATER_FIELDS.contains(&w.as_str())
        })
}

/// "Wael Tarabishi / Hamburg, 27 December 2016": the year of the date a letter is signed with at
/// its end (a short line), the year of its days when nothing else gives one. Not its own date: what
/// it tells of "on Sunday" may be of a week before it was signed.
fn signed_year(
    doc: &SourceDocument,
    sentences: &[sentences::Sentence],
    order: dates::DayOrder,
) -> Option<i32> {
    sentences
        .iter()
        .rev()
        .take(CLOSING_SENTENCES)
        .find_map(|s| {
            let (day, words) = full_day_of(doc, s, order, None);
            // "Checked: Eng. H. A., head of the counts section, 04/12/2016": a longer line that
            // ends on its date is a sign-off too.
            let ends_on_date = words <= SIGN_OFF_WORDS
                && doc.text[s.range.clone()]
                    .trim_end_matches(['.', ' '])
                    .ends_with(|c: char| c.is_ascii_digit());
            day.filter(|_| words <= CLOSING_LINE_WORDS || ends_on_date)
                .map(|d| chrono::Datelike::year(&d.day))
        })
}

/// The most words of a sign-off line that ends on its date ([`signed_year`]).
const SIGN_OFF_WORDS: usize = 16;

/// "– Maandag 5 Desember 2016" closing a text that gives no other full date: the day it was
/// written (its "Sunday" is the Sunday before), when a short line of its last few gives one.
fn closing_day(
    doc: &SourceDocument,
    sentences: &[sentences::Sentence],
    order: dates::DayOrder,
) -> Option<HeadDay> {
    let last = sentences.len().saturating_sub(CLOSING_SENTENCES);
    let (at, closing) = sentences
        .iter()
        .enumerate()
        .skip(last)
        .rev()
        .find_map(|(k, s)| {
            let (day, words) = full_day_of(doc, s, order, None);
            day.filter(|_| words <= CLOSING_LINE_WORDS).map(|d| (k, d))
        })?;
    let dated_before = sentences[..at]
        .iter()
        .any(|s| full_day_of(doc, s, order, None).0.is_some());
    (!dated_before).then_some(closing)
}

/// The first full date of a sentence (a day without its year read in `year`), and how many words
/// the sentence holds.
fn full_day_of(
    doc: &SourceDocument,
    s: &sentences::Sentence,
    order: dates::DayOrder,
    year: Option<i32>,
) -> (Option<HeadDay>, usize) {
    let toks = tokens::tokenize(&doc.text, s.range.clone());
    let words = toks.iter().filter(|t| t.is_word()).count();
    let mentions = find_dates_in_order(&doc.text, &toks, order);
    let day_of = |m: &dates::DateMention| {
        m.kind
            .full_day(false)
            .or_else(|| year.and_then(|y| m.kind.day_in(y)))
    };
    let day = mentions.iter().enumerate().find_map(|(k, m)| {
        // "covers Saturday 26 November to Friday 2 December 2016": a text that says the days it
        // covers is written as of the last of them.
        let last = mentions
            .get(k + 1)
            .filter(|next| joins_a_span(doc.text.get(m.range.end..next.range.start)))
            .and_then(day_of);
        // "Week: Sun 20 Nov - Sat 26 Nov 2016": the first day takes the last one's year.
        let first = day_of(m).or_else(|| m.kind.day_in(chrono::Datelike::year(&last?)))?;
        let last =
            last.filter(|&last| last > first && last - first <= chrono::Duration::days(SPAN_DAYS));
        Some(HeadDay {
            day: last.unwrap_or(first),
            span_from: last.is_some().then_some(first),
        })
    });
    (day, words)
}

/// A full date at a text's head: its day, and the first day of the span of days the text covers
/// when it ends one.
#[derive(Clone, Copy)]
struct HeadDay {
    day: chrono::NaiveDate,
    span_from: Option<chrono::NaiveDate>,
}

/// The most days a span of days a text covers may hold ("26 November to 2 December").
const SPAN_DAYS: i64 = 31;

/// Whether the words between two days join them as a span: "to", "until", a dash, with a weekday
/// ("to Friday").
fn joins_a_span(between: Option<&str>) -> bool {
    let Some(between) = between else {
        return false;
    };
    let words: Vec<String> = between
        .split_whitespace()
        .map(|w| w.trim_matches([',', '.']).to_lowercase())
        .filter(|w| !w.is_empty() && !dates::is_weekday_phrase(w) && !dates::is_weekday_or_short(w))
        .collect();
    matches!(
        words.as_slice(),
        [w] if ["to", "until", "till", "through", "-", "–", "—"].contains(&w.as_str())
    )
}

/// What dates a document the same way for every reading of it (an undated text is read once per
/// year or month it may be of): its title's year, its masthead's month, the year it is signed
/// with, and its JSON records' days. Read once.
struct OwnDating {
    title_year: Option<i32>,
    masthead_month: Option<chrono::NaiveDate>,
    signed_year: Option<i32>,
    records: records::RecordDates,
}

impl OwnDating {
    fn read(
        doc: &SourceDocument,
        sentences: &[sentences::Sentence],
        order: dates::DayOrder,
    ) -> Self {
        let title_line = doc.text.lines().find(|l| !l.trim().is_empty());
        let masthead_month = doc
            .text
            .lines()
            .take(MASTHEAD_LINES)
            .enumerate()
            .filter(|(k, l)| *k == 0 || dates::is_masthead_line(l))
            .find_map(|(_, l)| dates::title_month(l));
        Self {
            title_year: title_line.and_then(dates::title_year),
            masthead_month,
            signed_year: signed_year(doc, sentences, order),
            records: records::RecordDates::read(&doc.text, order),
        }
    }
}

/// The date context a document's sentences are read in: its own date or dateline (or the day or
/// year it is `assumed` to be of), the year its title, masthead or signature gives, and the month
/// a masthead says it was written by.
fn document_dates(
    doc: &SourceDocument,
    sentences: &[sentences::Sentence],
    order: dates::DayOrder,
    own: &OwnDating,
    assumed: undated::Assumed,
) -> DateContext {
    let year = match assumed {
        undated::Assumed::Year(y) => Some(y),
        _ => None,
    };
    let dateline = match assumed {
        undated::Assumed::Day(day) => Some(HeadDay {
            day,
            span_from: None,
        }),
        _ => dateline(doc, sentences, order, year).or_else(|| closing_day(doc, sentences, order)),
    };
    let mut dates = DateContext::for_document_in_order(doc, dateline.map(|d| d.day), order);
    if let Some((from, to)) = dateline.and_then(|d| Some((d.span_from?, d.day))) {
        dates.covers(from, to);
    }
    if let Some(y) = year {
        dates.assume_year(y);
    }
    if let Some(y) = own.title_year {
        dates.title_year(y);
    }
    if let Some(month_end) = own.masthead_month {
        dates.title_year(chrono::Datelike::year(&month_end));
        dates.set_written_by(month_end);
    }
    if let Some(y) = own.signed_year {
        dates.title_year(y);
    }
    if columns::reviews_past_week(&doc.text) {
        dates.review_past_week();
    }
    dates
}

/// The candidates of a document's sentences, its numeric dates read in `order`; `assumed`, for a
/// text that writes no year or whose masthead's month cannot be read, is the year its days are
/// read in or the day it is taken to be written on.
fn read_sentences(
    doc: &SourceDocument,
    sentences: &[sentences::Sentence],
    order: dates::DayOrder,
    own: &OwnDating,
    extractor: &Extractor,
    keep_going: &dyn Fn(f32) -> bool,
    assumed: undated::Assumed,
) -> Option<Vec<Candidate>> {
    let (layer, lexicon, keys) = (extractor.layer, extractor.lexicon, &extractor.keys);
    let dates = document_dates(doc, sentences, order, own, assumed);
    let mut state = rules::DocState::new(dates, keys.clone())
        .with_speaker_side(rules::framed_side(&doc.meta.title, lexicon))
        .with_interviewee(rules::interview_side(&doc.meta.title, lexicon))
        .with_voice(rules::voice_side(&doc.text, lexicon))
        .with_known(extractor.known.clone());
    let tables = headed_tables::TableReader {
        doc,
        order,
        layer,
        keys,
        lexicon,
    }
    .read();
    let mut records = own.records.cursor();
    let almanac = columns::title_day(&doc.text);
    // Where the JSON record of the last sentence read starts.
    let mut record_start = None;
    let mut out = Vec::new();
    // Where each of `out` stands and where its date came from.
    let mut told = Vec::new();
    let mut read_to = 0;
    for (i, sentence) in sentences.iter().enumerate() {
        if !keep_going(i as f32 / sentences.len() as f32) {
            return None;
        }
        // A dispatch that closes with its date ("(Agenzia Lumen 13/12/2016)") is of that day.
        let opens_paragraph = i == 0 || sentences[i - 1].paragraph != sentence.paragraph;
        if opens_paragraph {
            let order = state.dates.order();
            if let Some(day) = closing_stamp_of_paragraph(&doc.text, &sentences[i..], order) {
                state.dates.start_entry(day);
            }
        }
        // Headings and stamps between the last sentence and this one (a stamp opening the sentence
        // is read with its dates, in the rules).
        entries::read_gap(&doc.text, read_to..sentence.range.start, &mut state.dates);
        // "Thursday 24th", "Saturday night": a diary's heading starts an entry of that day.
        if let Some(day) = entries::diary_entry(&doc.text, sentence.range.clone(), &state.dates) {
            state.dates.start_entry(day);
            read_to = sentence.range.end;
            continue;
        }
        // A row of a table read by its headings is read there, not as a sentence.
        if tables.owns(&sentence.range) {
            read_to = sentence.range.end;
            continue;
        }
        // A feed's item is of the day its own date field gives, wherever that field stands.
        if let Some((start, day)) = records.day_of(sentence.range.end.saturating_sub(1)) {
            if record_start != Some(start) {
                state.dates.start_entry(day);
                record_start = Some(start);
            }
        }
        // A timeline sheet's row ("2014 | 7 | 5 | Sheikh Najjar falls | …"): its text is of that day.
        if let Some(date) = tables.row_date(&sentence.range) {
            state.dates.start_row(date.clone());
        }
        date_by_its_own_line(&doc.text[sentence.range.clone()], almanac, &mut state.dates);
        if let Some(day) =
            entries::day_of_month_entry(&doc.text[sentence.range.clone()], &state.dates)
        {
            state.dates.start_entry(day);
        }
        read_to = sentence.range.end;
        // "> The army took X": a reply quoting an earlier post reports nothing of its own.
        if entries::quotes_a_post(&doc.text, sentence.range.clone()) {
            continue;
        }
        // "43 \"Army retakes Hanano,\" AFP, November 26, 2016.": an endnote cites, it reports nothing.
        if entries::cites_a_title(&doc.text, sentence.range.clone()) {
            continue;
        }
        let found = rules::analyse(
            doc,
            sentence,
            sentences.get(i + 1),
            &mut state,
            layer,
            lexicon,
        );
        // A question put to a speaker ("**Question:** Media report that …") reports nothing of
        // its own, though what it names is what the answer speaks of.
        if entries::in_a_question(&doc.text, sentence.range.clone()) {
            continue;
        }
        // "3. The fighters took X back again the next day. (____)": an exercise's statement.
        if entries::ends_with_a_blank(&doc.text, sentence.range.clone()) {
            continue;
        }
        // A title quoted over its source ("1.  \"Rebels push into X\"\n    MEE · Apr 11, 2014"):
        // its dates date the comment below it, but it reports nothing itself.
        if entries::quoted_headline(&doc.text, sentence.range.clone()) {
            continue;
        }
        keep_found(doc, layer, sentence, found, &mut out, &mut told);
    }
    let keep = repeats::not_translations(&out, &doc.text);
    let (out, told): (Vec<Candidate>, Vec<repeats::Told>) = out
        .into_iter()
        .zip(told)
        .zip(keep)
        .filter_map(|(pair, k)| k.then_some(pair))
        .unzip();
    let mut out = repeats::without_repeats(out, &told);
    out.extend(tables.candidates);
    out.sort_by_key(|c| c.passage.start);
    Some(out)
}

/// What a sentence's own line says of its date: an iCalendar event's stamp
/// ("DTSTAMP:20160806T121500Z": written that day), an almanac's entry ("**2016** — …" under "# On
/// this day — 26 November": of 26 November 2016), a year in brackets.
fn date_by_its_own_line(line: &str, almanac: Option<(u32, u32)>, dates: &mut DateContext) {
    if let Some(day) = entries::ics_stamp(line) {
        dates.start_entry(day);
    }
    if let Some(day) = almanac.and_then(|t| columns::entry_day(t, line)) {
        dates.start_entry(day);
    }
    if let Some(y) = entries::bracketed_year(line) {
        dates.note_head_year(y);
    }
}

/// The rules' findings in `sentence` kept as candidates, each with how it was told (for
/// [`repeats::without_repeats`]).
fn keep_found(
    doc: &SourceDocument,
    layer: &DistrictLayer,
    sentence: &sentences::Sentence,
    found: Vec<rules::Found>,
    out: &mut Vec<Candidate>,
    told: &mut Vec<repeats::Told>,
) {
    let headline = rules::is_headline(&doc.text, sentence);
    for f in found {
        let dated = match (f.date_in_passage, f.date.phrase.is_empty()) {
            (true, _) => repeats::Dated::InPassage,
            (false, true) => repeats::Dated::Document,
            (false, false) => repeats::Dated::Carried,
        };
        let names_its_places = !f.anaphoric;
        if let Some(c) = candidate(doc, layer, sentence, f) {
            out.push(c);
            told.push(repeats::Told {
                headline,
                dated,
                names_its_places,
            });
        }
    }
}

/// A rule's finding in `sentence` as a candidate: its places named from the layer, its passage the
/// sentence (from a record's title line above it, when a place was named there); None when that
/// passage is not prose.
fn candidate(
    doc: &SourceDocument,
    layer: &DistrictLayer,
    sentence: &sentences::Sentence,
    f: rules::Found,
) -> Option<Candidate> {
    // A place named on a record's title line above the sentence opens the passage there.
    let start = f
        .places
        .iter()
        .map(|p| p.range.start)
        .fold(sentence.range.start, usize::min);
    let passage = start..sentence.range.end;
    if !doc.is_prose(&passage) {
        return None;
    }
    let places = f
        .places
        .iter()
        .filter_map(|p| {
            layer.districts.get(p.district).map(|d| PlaceMatch {
                district: d.id.clone(),
                text: p.text.clone(),
                start: p.range.start,
                end: p.range.end,
            })
        })
        .collect();
    let date_basis = match (&f.date.basis, f.date_in_passage) {
        // No date before it: the document's own.
        (Some(b), false) if f.date.phrase.is_empty() => b.clone(),
        (_, false) => "carried over from an earlier sentence".to_string(),
        (Some(b), true) => format!("resolved against {b}"),
        (None, true) => "in the passage".to_string(),
    };
    Some(Candidate {
        date: f.date.event_date(),
        date_phrase: f.date.phrase.clone(),
        date_basis,
        places,
        controller: f.controller,
        extent: f.extent,
        certainty: f.certainty,
        passage: Passage {
            document: doc.meta.id.as_str().into(),
            start: passage.start,
            end: passage.end,
            quote: doc.text[passage].to_string(),
        },
        trigger: f.trigger,
        confidence: f.confidence,
    })
}

/// The date a paragraph closes with ([`entries::closing_stamp`]), for the paragraph that opens
/// `sentences` (when it holds more than that one sentence).
fn closing_stamp_of_paragraph(
    text: &str,
    sentences: &[sentences::Sentence],
    order: dates::DayOrder,
) -> Option<chrono::NaiveDate> {
    let first = sentences.first()?;
    let last = sentences
        .iter()
        .take_while(|s| s.paragraph == first.paragraph)
        .last()
        .filter(|last| last.range.start > first.range.start)?;
    entries::closing_stamp(text, last.range.clone(), order)
}

/// Candidate events of every document of a corpus, document by document.
pub fn extract_corpus(corpus: &Corpus, layer: &DistrictLayer, lexicon: &Lexicon) -> Vec<Candidate> {
    Extractor::new(layer, lexicon).extract_corpus(corpus)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{builtin, SourceMeta};

    /// `text` as a document "t" dated `published`.
    pub(super) fn document(text: &str, published: &str) -> SourceDocument {
        SourceDocument::from_text(
            SourceMeta {
                id: "t".into(),
                published: published.into(),
                ..SourceMeta::default()
            },
            text,
        )
    }

    /// The candidates of `text`, a document dated `published` (passages checked verbatim prose).
    /// The built-in layer and lexicon, read once for all the tests (the lexicon's thousands of
    /// phrases are compiled once, not once a test).
    fn builtin_words() -> &'static (crate::model::DistrictLayer, Lexicon) {
        static WORDS: std::sync::OnceLock<(crate::model::DistrictLayer, Lexicon)> =
            std::sync::OnceLock::new();
        WORDS.get_or_init(|| {
            (
                builtin::districts().expect("layer"),
                Lexicon::builtin().expect("lexicon"),
            )
        })
    }

    pub(super) fn run(text: &str, published: &str) -> Vec<Candidate> {
        let doc = document(text, published);
        let (layer, lex) = builtin_words();
        let found = extract(&doc, layer, lex);
        for c in &found {
            assert!(doc.is_prose(&c.passage.range()), "{c:?}");
            assert_eq!(doc.text[c.passage.range()], c.passage.quote);
        }
        found
    }

    /// [`summary`] of each candidate of `text`, a document dated `published`.
    pub(super) fn found(text: &str, published: &str) -> Vec<String> {
        run(text, published).iter().map(summary).collect()
    }

    /// "date district+district controller extent".
    pub(super) fn summary(c: &Candidate) -> String {
        format!(
            "{} {} {} {}",
            c.date.day,
            c.districts().join("+"),
            c.controller,
            c.extent.label()
        )
    }

    #[test]
    fn a_watched_extraction_reports_progress_and_stops_when_told() {
        let doc = SourceDocument::from_text(
            SourceMeta {
                id: "w".into(),
                published: "2016-12-08".into(),
                ..SourceMeta::default()
            },
            "On 7 December 2016, the Army captured Bab Al-Nayrab. Rebels withdrew from Maadi.",
        );
        let layer = builtin::districts().expect("layer");
        let lex = Lexicon::builtin().expect("lexicon");
        let seen = std::cell::RefCell::new(Vec::new());
        let all = extract_watched(&doc, &layer, &lex, &|f| {
            seen.borrow_mut().push(f);
            true
        });
        assert_eq!(all, Some(extract(&doc, &layer, &lex)));
        assert_eq!(seen.borrow().first(), Some(&0.0));
        assert!(seen.borrow().iter().all(|f| (0.0..1.0).contains(f)));
        assert_eq!(extract_watched(&doc, &layer, &lex, &|_| false), None);
    }

    #[test]
    fn a_list_a_quantifier_and_a_relative_date() {
        let found = run(
            "On 7 December 2016, the Army captured the Marjah, Bab Al-Nayrab, Maadi and Salheen districts. \
             The next day, rebels regained most of Marjah.",
            "",
        );
        let s: Vec<String> = found.iter().map(summary).collect();
        assert_eq!(
            s,
            [
                "2016-12-07 marjeh+muhammad-bek+maadi+salheen government full",
                "2016-12-08 marjeh rebels partial"
            ]
        );
        assert_eq!(found[1].date_phrase, "The next day");
        assert!(found[1]
            .date_basis
            .starts_with("resolved against 7 Dec 2016"));
    }

    #[test]
    fn failed_and_hypothetical_attacks_give_nothing() {
        let found = run(
            "On 16 November 2016 the Army stormed the Aqrab district, but were repelled. \
             The army attempted to advance in Sheikh Saeed. If the Army managed to seize Hanano, it would win.",
            "",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn claims_passives_and_losses() {
        let found = run(
            "On 5 December 2016 the Army captured Qadi Askar. According to a rebel official, Sha'ar had fallen. \
             Sheikh Khider was taken by the YPG. Rebels withdrew from Karm al-Jabal.",
            "",
        );
        let s: Vec<String> = found.iter().map(summary).collect();
        assert_eq!(
            s,
            [
                "2016-12-05 qadi-askar government full",
                "2016-12-05 shaar government full",
                "2016-12-05 sheikh-kheder kurdish full",
                // A loss goes to the lexicon's opponent when the sentence names no other side.
                "2016-12-05 karm-aj-jabal government full"
            ],
            "{found:?}"
        );
        assert_eq!(
            found[1].certainty,
            Certainty::Claimed {
                by: "a rebel official".into()
            }
        );
    }

    #[test]
    fn candidates_become_events() {
        let found = run(
            "On 26 November 2016, government troops captured Hanano.",
            "",
        );
        let e = found[0].to_event("x");
        assert_eq!(e.districts.as_slice(), ["hanano"]);
        assert_eq!(
            e.passages[0].quote,
            "On 26 November 2016, government troops captured Hanano."
        );
        let raw = found[0].to_raw_event("x");
        assert_eq!(raw.date_phrase.as_deref(), Some("26 November 2016"));
    }
}
