//! The join: events tied to the districts they name and to the passages of their documents.
//!
//! [`Dataset::assemble`] takes a district layer, an events file and a corpus and returns the dataset
//! with everything that joined, plus a [`JoinReport`] of what did not (unknown districts with the
//! closest names, quotes not found at their offsets, passages in non-prose, unknown controllers, events
//! before the record starts). What joined is usable at once; `check` fails on any problem.

use crate::model::{
    builtin, Controller, ControllerSet, Corpus, DatePrecision, DistrictLayer, Event, EventsFile,
    LoadError,
};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::PathBuf;

/// Which files to load; `None` means the built-in part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataPaths {
    pub districts: Option<PathBuf>,
    pub events: Option<PathBuf>,
    pub sources: Option<PathBuf>,
}

impl DataPaths {
    pub fn is_builtin(&self) -> bool {
        self == &Self::default()
    }
}

/// Loads the three parts (each from its file or built in) and joins them.
pub fn load_dataset(paths: &DataPaths) -> Result<(Dataset, JoinReport), LoadError> {
    let layer = match &paths.districts {
        Some(p) => DistrictLayer::load(p)?,
        None => builtin::districts()?,
    };
    let events = match &paths.events {
        Some(p) => EventsFile::load(p)?,
        None => builtin::events()?,
    };
    let corpus = match &paths.sources {
        Some(p) => Corpus::load_dir(p)?,
        None => builtin::corpus()?,
    };
    Ok(Dataset::assemble(layer, events, corpus, None))
}

/// An event whose district ids and controller have been resolved to indices.
#[derive(Debug, Clone)]
pub struct JoinedEvent {
    pub event: Event,
    /// Indices into the layer's districts (those that joined).
    pub districts: Vec<usize>,
    /// Index into the dataset's controllers.
    pub controller: usize,
}

/// One problem found by the join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinProblem {
    pub event: String,
    pub message: String,
}

impl std::fmt::Display for JoinProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "event \"{}\": {}", self.event, self.message)
    }
}

#[derive(Debug, Clone, Default)]
pub struct JoinReport {
    pub problems: Vec<JoinProblem>,
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
    /// Joins the three parts. `record_start` is the day the initial state holds (None: the day before
    /// the first event).
    pub fn assemble(
        layer: DistrictLayer,
        events: EventsFile,
        corpus: Corpus,
        record_start: Option<NaiveDate>,
    ) -> (Self, JoinReport) {
        let mut report = JoinReport::default();
        let mut controllers = ControllerSet::builtin();
        controllers.merge(&events.controllers);
        let mut initial = Vec::with_capacity(layer.len());
        for d in &layer.districts {
            let c = d
                .initial_controller
                .as_deref()
                .and_then(|id| controllers.index_of(id));
            if let (Some(id), None) = (&d.initial_controller, c) {
                report.problems.push(JoinProblem {
                    event: format!("(district {})", d.id),
                    message: format!("initial controller \"{id}\" is not a known controller"),
                });
            }
            initial.push(c);
        }
        let ids: HashMap<&str, ()> = events.events.iter().map(|e| (e.id.as_str(), ())).collect();
        let mut joined = Vec::with_capacity(events.events.len());
        let earliest = events.events.iter().map(|e| e.date.day).min();
        let record_start = record_start
            .or(layer.record_start)
            .or_else(|| earliest.and_then(|d| d.pred_opt()))
            .unwrap_or(NaiveDate::MIN);
        for event in &events.events {
            let mut problem = |message: String| {
                report.problems.push(JoinProblem {
                    event: event.id.clone(),
                    message,
                })
            };
            let mut districts = Vec::with_capacity(event.districts.len());
            for id in &event.districts {
                match layer.index_of(id) {
                    Some(i) => districts.push(i),
                    None => problem(format!(
                        "district \"{id}\" is not in the layer (closest: {})",
                        layer.closest_names(id, 3).join(", ")
                    )),
                }
            }
            let Some(controller) = controllers.index_of(&event.controller) else {
                problem(format!("controller \"{}\" is not known", event.controller));
                continue;
            };
            if event.date.day <= record_start {
                problem(format!(
                    "dated {} but the record starts on {}",
                    event.date.day, record_start
                ));
            }
            for other in &event.disagrees_with {
                if !ids.contains_key(other.as_str()) {
                    problem(format!(
                        "disagrees_with names \"{other}\", which is not an event"
                    ));
                }
            }
            for (i, p) in event.passages.iter().enumerate() {
                match corpus.get(&p.document) {
                    None => problem(format!("passage {i}: document \"{}\" is not in the sources", p.document)),
                    Some(doc) => match doc.text.get(p.range()) {
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
                    },
                }
            }
            if districts.is_empty() {
                continue;
            }
            joined.push(JoinedEvent {
                event: event.clone(),
                districts,
                controller,
            });
        }
        // Within a day, an event known only to a span or month is applied before one known to the day,
        // so the more precise report decides the state at the end of that day.
        joined.sort_by_key(|e| {
            (
                e.event.date.day,
                e.event.date.precision == DatePrecision::Day,
            )
        });
        let record_end = joined
            .last()
            .map_or(record_start, |e| e.event.date.day)
            .max(record_start);
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
