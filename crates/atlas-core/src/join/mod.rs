//! The join: events tied to the districts they name and to the passages of their documents.
//!
//! [`Dataset::assemble`] takes a district layer, an events file and a corpus and returns the dataset
//! with everything that joined, plus a [`JoinReport`] of what did not (unknown districts with the
//! closest names, quotes not found at their offsets, passages in non-prose, unknown controllers, events
//! before the record starts). What joined is usable at once; `check` fails on any problem.

mod import;
mod load;

pub use import::{ImportReport, OutOfOrder, Unjoined, UnjoinedName};
pub use load::{
    load_dataset, load_events, load_parts, load_parts_watched, DataParts, DataPaths, LoadProgress,
    LoadStep,
};

use crate::model::district::Resolution;
use crate::model::fast_hash::{FastMap, FastSet};
use crate::model::{
    Controller, ControllerSet, Corpus, DatePrecision, DistrictLayer, Event, EventsFile,
};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The districts of a joined event, as indices into the layer.
pub type DistrictIndices = smallvec::SmallVec<[usize; 2]>;

/// An event whose district ids and controller have been resolved to indices.
#[derive(Debug, Clone)]
pub struct JoinedEvent {
    pub event: Event,
    /// Indices into the layer's districts (those that joined); one or two, the usual case, are kept
    /// inline with no allocation of their own.
    pub districts: DistrictIndices,
    /// Index into the dataset's controllers.
    pub controller: usize,
}

/// One problem found by the join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinProblem {
    pub event: String,
    pub message: String,
    /// The events file and the event's place in it (from 0, in file order), when known.
    pub file: Option<std::path::PathBuf>,
    pub index: Option<usize>,
}

impl JoinProblem {
    fn new(event: String, message: String) -> Self {
        Self {
            event,
            message,
            file: None,
            index: None,
        }
    }

    /// What kind of problem it is, for a summary of a long list.
    pub fn kind(&self) -> &'static str {
        let m = self.message.as_str();
        if m.starts_with("district \"") {
            "districts not in the layer"
        } else if m.starts_with("controller \"") {
            "unknown controllers"
        } else if m.starts_with("initial controller") {
            "unknown initial controllers"
        } else if m.starts_with("disagrees_with") {
            "disagreements naming no event"
        } else if m.contains("passage") || m.contains("document") || m.contains("quote") {
            "passages that do not match their sources"
        } else {
            "other problems"
        }
    }
}

impl std::fmt::Display for JoinProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{}: ", file.display())?;
        }
        match self.index {
            Some(i) => write!(f, "event {i} (id \"{}\"): {}", self.event, self.message),
            None => write!(f, "event \"{}\": {}", self.event, self.message),
        }
    }
}

/// `problems` counted by kind, most first, then the first `shown` of them in full.
pub fn problems_summary(problems: &[JoinProblem], shown: usize) -> Vec<String> {
    let mut kinds: Vec<(&str, usize)> = Vec::new();
    for p in problems {
        match kinds.iter_mut().find(|(k, _)| *k == p.kind()) {
            Some((_, n)) => *n += 1,
            None => kinds.push((p.kind(), 1)),
        }
    }
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut lines: Vec<String> = Vec::new();
    if problems.len() > shown {
        let counts: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
        lines.push(format!(
            "{} problems joining the data: {}; the first {shown}:",
            problems.len(),
            counts.join(", ")
        ));
    }
    lines.extend(problems.iter().take(shown).map(|p| p.to_string()));
    lines
}

#[derive(Debug, Clone, Default)]
pub struct JoinReport {
    pub problems: Vec<JoinProblem>,
    /// What came in: counts, what did not join and why, duplicates, dates out of order.
    pub import: ImportReport,
}

impl JoinReport {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Everything the engine and the app need, joined.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub layer: DistrictLayer,
    pub controllers: ControllerSet,
    pub corpus: Corpus,
    /// Events that joined, sorted by date (imprecise dates first within a day, then file order).
    pub events: Vec<JoinedEvent>,
    /// The first day of the record: the day before the earliest event, or the layer's start.
    pub record_start: NaiveDate,
    pub record_end: NaiveDate,
    /// District indices by the controller they start with (None: unknown).
    pub initial: Vec<Option<usize>>,
}

impl Dataset {
    /// The names of districts given by their indices (unknown indices left out).
    pub fn district_names(&self, districts: &[usize]) -> Vec<&str> {
        districts
            .iter()
            .filter_map(|&d| self.layer.districts.get(d))
            .map(|d| d.name.as_str())
            .collect()
    }

    /// The names of an event's districts, "A, B, C and 4 more districts" past `at_most`.
    pub fn district_list(&self, event: &JoinedEvent, at_most: usize) -> String {
        let names = self.district_names(&event.districts);
        if names.len() <= at_most {
            names.join(", ")
        } else {
            format!(
                "{} and {} more districts",
                names[..at_most].join(", "),
                names.len() - at_most
            )
        }
    }

    /// Joins the three parts. `record_start` is the day the initial state holds (None: the day before
    /// the first event).
    pub fn assemble(
        layer: DistrictLayer,
        events: EventsFile,
        mut corpus: Corpus,
        record_start: Option<NaiveDate>,
    ) -> (Self, JoinReport) {
        let mut report = JoinReport::default();
        let mut controllers = ControllerSet::builtin();
        controllers.merge(&events.controllers);
        let initial = initial_controllers(&layer, &controllers, &mut report.problems);
        let EventsFile {
            events,
            documents,
            import: loaded,
            ..
        } = events;
        add_documents(&mut corpus, documents);
        let mut import = ImportReport::new(&layer, &corpus, &loaded, events.len());
        import.note_order(&events);
        let earliest = events.iter().map(|e| e.date.day).min();
        let record_start = record_start
            .or(layer.record_start)
            .or_else(|| earliest.and_then(|d| d.pred_opt()))
            .unwrap_or(NaiveDate::MIN);
        // Pass 1, by reference: `disagrees_with` must name events of the file.
        check_disagreements(&events, &mut report.problems);
        let documents: FastMap<&str, usize> = corpus
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.meta.id.as_str(), i))
            .collect();
        // Pass 2, by reference and on every core: the events that join with no problem at all (nearly
        // all of them), with their districts and controller.
        let clean = CleanJoin {
            layer: &layer,
            controllers: &controllers,
            corpus: &corpus,
            documents: &documents,
            record_start,
        }
        .of_all(&events);
        let mut slow = SlowJoin {
            layer: &layer,
            controllers: &controllers,
            corpus: &corpus,
            documents: &documents,
            record_start,
            closest: ClosestNames::default(),
            last_document: None,
        };
        let mut joined = Vec::with_capacity(events.len());
        // Pass 3, by value: each event is moved into the dataset, never copied; those that did not join
        // cleanly are gone through one by one, for every problem in file order. The list is reversed
        // and taken from its end, and shrunk as it goes, so that the events are not held twice (a
        // million events are hundreds of MB).
        let mut events = events;
        events.reverse();
        let mut clean = clean.into_iter();
        let mut taken = 0usize;
        while let Some(event) = events.pop() {
            taken += 1;
            if taken.is_multiple_of(SHRINK_EVERY) {
                events.shrink_to_fit();
            }
            if let Some(Some((districts, controller))) = clean.next() {
                import.passages += event.passages.len();
                joined.push(JoinedEvent {
                    event,
                    districts,
                    controller,
                });
                continue;
            }
            let before = report.problems.len();
            if let Some(event) = slow.join(event, &mut import, &mut report.problems) {
                joined.push(event);
            }
            for p in &mut report.problems[before..] {
                p.index = Some(taken - 1);
            }
        }
        drop(documents);
        sort_by_date(&mut joined);
        let record_end = joined
            .last()
            .map_or(record_start, |e| e.event.date.day)
            .max(record_start);
        import.events_joined = joined.len();
        import.documents = corpus.documents.len();
        report.import = import;
        (
            Self {
                layer,
                controllers,
                corpus,
                events: joined,
                record_start,
                record_end,
                initial,
            },
            report,
        )
    }

    pub fn controller(&self, index: usize) -> Option<&Controller> {
        self.controllers.get(index)
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.event.id == id)
    }
}

/// Sorts the joined events by day. Within a day, an event known only to a span or month is applied
/// before one known to the day, so the more precise report decides the state at the end of that day.
fn sort_by_date(joined: &mut [JoinedEvent]) {
    // Files are usually in date order already; a million events are not moved again then.
    let order = |e: &JoinedEvent| {
        (
            e.event.date.day,
            e.event.date.precision == DatePrecision::Day,
        )
    };
    if !joined.is_sorted_by_key(order) {
        joined.sort_by_key(order);
    }
}

/// Documents an events file carries (ACLED notes) join the corpus, replacing any of the same id.
fn add_documents(corpus: &mut Corpus, documents: Vec<crate::model::SourceDocument>) {
    for doc in documents {
        corpus.documents.retain(|d| d.meta.id != doc.meta.id);
        corpus.documents.push(doc);
    }
}

/// The index of each district's initial controller (None: unknown), each unknown id a problem.
fn initial_controllers(
    layer: &DistrictLayer,
    controllers: &ControllerSet,
    problems: &mut Vec<JoinProblem>,
) -> Vec<Option<usize>> {
    let mut initial = Vec::with_capacity(layer.len());
    for d in &layer.districts {
        let c = d
            .initial_controller
            .as_deref()
            .and_then(|id| controllers.index_of(id));
        if let (Some(id), None) = (&d.initial_controller, c) {
            problems.push(JoinProblem::new(
                format!("(district {})", d.id),
                format!("initial controller \"{id}\" is not a known controller"),
            ));
        }
        initial.push(c);
    }
    initial
}

/// Each `disagrees_with` that names no event of the file is a problem.
fn check_disagreements(events: &[Event], problems: &mut Vec<JoinProblem>) {
    if events.iter().any(|e| !e.disagrees_with.is_empty()) {
        let ids: FastSet<&str> = events.iter().map(|e| e.id.as_str()).collect();
        for (index, event) in events.iter().enumerate() {
            for other in &event.disagrees_with {
                if !ids.contains(other.as_str()) {
                    let mut problem = JoinProblem::new(
                        event.id.to_string(),
                        format!("disagrees_with names \"{other}\", which is not an event"),
                    );
                    problem.index = Some(index);
                    problems.push(problem);
                }
            }
        }
    }
}

/// The layer indices of the districts an event names (by id, else by a name the layer knows, which
/// is then replaced by the id), and the names that did not join, each a problem.
fn districts_of(
    layer: &DistrictLayer,
    event: &mut Event,
    closest: &mut ClosestNames,
    problems: &mut Vec<JoinProblem>,
) -> (DistrictIndices, Vec<UnjoinedName>) {
    let mut problem =
        |message: String| problems.push(JoinProblem::new(event.id.to_string(), message));
    let mut districts = DistrictIndices::with_capacity(event.districts.len());
    let mut failed = Vec::new();
    for name in event.districts.iter_mut() {
        if let Some(i) = layer.index_of(name) {
            districts.push(i);
            continue;
        }
        // Not an id: a name the layer knows (CSV and ACLED files name districts).
        match layer.resolve(name) {
            Resolution::Found(i) => {
                districts.push(i);
                *name = layer.districts[i].id.as_str().into();
            }
            Resolution::Group(list) if !list.is_empty() => districts.extend(list),
            Resolution::Ambiguous(list) => {
                let names: Vec<&str> = list
                    .iter()
                    .map(|&i| layer.districts[i].name.as_str())
                    .collect();
                problem(format!(
                    "district \"{name}\" is ambiguous: it may be {}",
                    names.join(" or ")
                ));
                failed.push(UnjoinedName {
                    name: name.to_string(),
                    closest: names.iter().map(|n| n.to_string()).collect(),
                });
            }
            _ => {
                let near = closest.of(layer, name);
                problem(format!(
                    "district \"{name}\" is not in the layer (closest: {})",
                    if near.is_empty() {
                        "not computed".to_string()
                    } else {
                        near.join(", ")
                    }
                ));
                failed.push(UnjoinedName {
                    name: name.to_string(),
                    closest: near,
                });
            }
        }
    }
    (once_each(districts), failed)
}

/// The districts with repeats left out, in order: a district named twice (by its id and by an
/// alias, or in two groups) is one change, not two.
fn once_each(mut districts: DistrictIndices) -> DistrictIndices {
    if districts.len() > 1 {
        let mut seen = FastSet::default();
        districts.retain(|d| seen.insert(*d));
    }
    districts
}

/// What checking an event's passages needs: the sources, and the counts and problems it adds to.
struct PassageJoin<'a, 'd> {
    corpus: &'a Corpus,
    documents: &'a FastMap<&'d str, usize>,
    /// The document of the passage checked last, with its index (events of one document often
    /// follow each other).
    last_document: &'a mut Option<(crate::model::CompactString, usize)>,
    import: &'a mut ImportReport,
    problems: &'a mut Vec<JoinProblem>,
}

impl PassageJoin<'_, '_> {
    /// The passages of event `id`, each quote without offsets located in its document (or dropped
    /// when not found), each one that does not match its document a problem.
    fn check(self, id: &str, mut passages: crate::model::Passages) -> crate::model::Passages {
        let PassageJoin {
            corpus,
            documents,
            last_document,
            import,
            problems,
        } = self;
        let mut problem =
            |message: String| problems.push(JoinProblem::new(id.to_string(), message));
        let mut i = 0;
        while i < passages.len() {
            let p = &mut passages[i];
            // Events of one document often follow each other.
            let doc_index = match &last_document {
                Some((id, d)) if *id == p.document => Some(*d),
                _ => documents.get(p.document.as_str()).copied(),
            };
            let Some(doc) = doc_index.map(|d| &corpus.documents[d]) else {
                problem(format!(
                    "passage {i}: document \"{}\" is not in the sources",
                    p.document
                ));
                i += 1;
                continue;
            };
            if doc_index != last_document.as_ref().map(|l| l.1) {
                *last_document = doc_index.map(|d| (p.document.clone(), d));
            }
            if p.is_unlocated() {
                // A CSV quote: find it in the document.
                match locate_quote(&doc.text, &p.quote) {
                    Some(range) => {
                        p.quote = doc.text[range.clone()].to_string();
                        p.start = range.start;
                        p.end = range.end;
                        import.quotes_located += 1;
                    }
                    None => {
                        problem(format!(
                            "passage {i}: the quote \"{}\" is not found in \"{}\"",
                            p.quote.chars().take(60).collect::<String>(),
                            p.document
                        ));
                        import.quotes_not_found += 1;
                        passages.remove(i);
                        continue;
                    }
                }
            }
            match doc.text.get(p.range()) {
                None => problem(format!(
                    "passage {i}: offsets {}..{} are outside \"{}\" or split a character",
                    p.start, p.end, p.document
                )),
                Some(found) if found != p.quote => problem(format!(
                    "passage {i}: the quote is not found at {}..{} of \"{}\" (the text there begins \"{}\")",
                    p.start,
                    p.end,
                    p.document,
                    found.chars().take(50).collect::<String>()
                )),
                Some(_) if !doc.is_prose(&p.range()) => problem(format!(
                    "passage {i}: {}..{} of \"{}\" is not prose (front matter, heading or boilerplate)",
                    p.start, p.end, p.document
                )),
                Some(_) => {}
            }
            i += 1;
        }
        passages
    }
}

/// The join of an event that did not join cleanly, one check at a time, each problem named in
/// file order.
struct SlowJoin<'a, 'd> {
    layer: &'a DistrictLayer,
    controllers: &'a ControllerSet,
    corpus: &'a Corpus,
    documents: &'a FastMap<&'d str, usize>,
    record_start: NaiveDate,
    closest: ClosestNames,
    /// The document of the passage checked last, with its index.
    last_document: Option<(crate::model::CompactString, usize)>,
}

impl SlowJoin<'_, '_> {
    /// The event joined with what of it joins; None when it is left out (no known controller, or
    /// no district that joined).
    fn join(
        &mut self,
        mut event: Event,
        import: &mut ImportReport,
        problems: &mut Vec<JoinProblem>,
    ) -> Option<JoinedEvent> {
        let (districts, failed) = districts_of(self.layer, &mut event, &mut self.closest, problems);
        let mut problem =
            |message: String| problems.push(JoinProblem::new(event.id.to_string(), message));
        let Some(controller) = self.controllers.index_of(&event.controller) else {
            problem(format!("controller \"{}\" is not known", event.controller));
            import.unjoined.push(Unjoined {
                event: event.id.to_string(),
                names: failed,
                left_out: true,
            });
            return None;
        };
        if event.date.day <= self.record_start {
            problem(format!(
                "dated {} but the record starts on {}",
                event.date.day, self.record_start
            ));
        }
        let passages = std::mem::take(&mut event.passages);
        let passages = PassageJoin {
            corpus: self.corpus,
            documents: self.documents,
            last_document: &mut self.last_document,
            import,
            problems,
        }
        .check(&event.id, passages);
        event.passages = passages;
        if !failed.is_empty() || districts.is_empty() {
            import.unjoined.push(Unjoined {
                event: event.id.to_string(),
                names: failed,
                left_out: districts.is_empty(),
            });
        }
        if districts.is_empty() {
            return None;
        }
        import.passages += event.passages.len();
        Some(JoinedEvent {
            event,
            districts,
            controller,
        })
    }
}

/// What the join needs to tell whether an event joins with no problem.
struct CleanJoin<'a> {
    layer: &'a DistrictLayer,
    controllers: &'a ControllerSet,
    corpus: &'a Corpus,
    documents: &'a FastMap<&'a str, usize>,
    record_start: NaiveDate,
}

/// An event's district indices and controller index.
type Joined = (DistrictIndices, usize);

impl CleanJoin<'_> {
    /// [`CleanJoin::of`] for each event, in order, on rayon's threads.
    fn of_all(&self, events: &[Event]) -> Vec<Option<Joined>> {
        use rayon::prelude::*;
        if events.len() < 4 * CLEAN_CHUNK {
            return events.iter().map(|e| self.of(e)).collect();
        }
        events
            .par_iter()
            .with_min_len(CLEAN_CHUNK)
            .map(|e| self.of(e))
            .collect()
    }

    /// The district and controller indices of an event that joins with no problem at all: every
    /// district named by its id, a known controller, dated after the record's start, and every
    /// passage's quote found at its offsets, in prose, of a known document. None for any other event
    /// (the join then goes through it one check at a time).
    fn of(&self, event: &Event) -> Option<Joined> {
        if event.date.day <= self.record_start || event.districts.is_empty() {
            return None;
        }
        let controller = self.controllers.index_of(&event.controller)?;
        for p in &event.passages {
            if p.is_unlocated() {
                return None;
            }
            let doc = &self.corpus.documents[*self.documents.get(p.document.as_str())?];
            if doc.text.get(p.range()) != Some(p.quote.as_str()) || !doc.is_prose(&p.range()) {
                return None;
            }
        }
        let mut districts = DistrictIndices::with_capacity(event.districts.len());
        for name in &event.districts {
            districts.push(self.layer.index_of(name)?);
        }
        Some((once_each(districts), controller))
    }
}

/// Fewer events than four times this are checked on one thread.
const CLEAN_CHUNK: usize = 4096;

/// How many events the join moves before giving back the memory they held.
const SHRINK_EVERY: usize = 1 << 16;

/// "Did you mean" names for names that did not join, computed for the first few distinct names only
/// (each costs a pass over the layer).
#[derive(Default)]
struct ClosestNames {
    known: HashMap<String, Vec<String>>,
}

impl ClosestNames {
    const MOST: usize = 50;

    fn of(&mut self, layer: &DistrictLayer, name: &str) -> Vec<String> {
        if let Some(found) = self.known.get(name) {
            return found.clone();
        }
        if self.known.len() >= Self::MOST {
            return Vec::new();
        }
        let found = layer.closest_names(name, 3);
        self.known.insert(name.to_string(), found.clone());
        found
    }
}

/// Where a quote lies in a text: exactly, or else with any run of whitespace standing for any other
/// (a quote copied from a wrapped line).
pub fn locate_quote(text: &str, quote: &str) -> Option<std::ops::Range<usize>> {
    let quote = quote.trim();
    if quote.is_empty() {
        return None;
    }
    if let Some(start) = text.find(quote) {
        return Some(start..start + quote.len());
    }
    let mut words = quote.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    'candidates: for (start, _) in text.match_indices(first).take(10_000) {
        let mut pos = start + first.len();
        for word in &rest {
            let after = &text[pos..];
            let trimmed = after.trim_start();
            if trimmed.len() == after.len() || !trimmed.starts_with(word) {
                continue 'candidates;
            }
            pos += after.len() - trimmed.len() + word.len();
        }
        return Some(start..pos);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_found_exactly_or_across_line_breaks() {
        let text = "First line.\nThe army took\n  the district, they said.\n";
        let r = locate_quote(text, "The army took the district").expect("found");
        assert_eq!(&text[r], "The army took\n  the district");
        let r = locate_quote(text, "First line.").expect("exact");
        assert_eq!(r, 0..11);
        assert_eq!(locate_quote(text, "The navy"), None);
    }
}
