//! The import report: what came in after a load, for `check` to print and the app to show. Counts;
//! events whose districts did not join, with the names that failed and the closest district names;
//! events outside the layer's extent; duplicate ids; dates out of order. What joined is usable at once:
//! the report only describes.

use crate::model::event::{DuplicateId, OutsideExtent};
use crate::model::{Corpus, DistrictLayer, Event, EventsFormat, EventsImport};
use chrono::NaiveDate;
use std::fmt::Write;

/// How many items of each list [`ImportReport::text`] prints (the lists themselves are complete).
const SHOWN: usize = 10;

/// What came in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    /// The events file (None: built in).
    pub events_path: Option<std::path::PathBuf>,
    pub format: EventsFormat,
    pub districts: usize,
    /// How the layer's ids and names were found, when not from its `id` and `name` properties.
    pub layer_names: Option<String>,
    /// What reading the layer took care of: features merged, ids or names made up, coordinates
    /// converted.
    pub layer_notes: Vec<String>,
    /// Control areas over time (issue 16): what came in, and what reading them took care of.
    pub control_area_notes: Vec<String>,
    /// Control areas whose files name no controller (none was given for them).
    pub unnamed_control_areas: usize,
    /// Dated points (issue 16): how many were kept of how many read, and where their dates and
    /// categories came from (the app's load sets it; the command line prints the points' own report).
    pub points_summary: Option<String>,
    /// Documents in the corpus, the events file's own included.
    pub documents: usize,
    /// Records read from the events file (events, or CSV rows).
    pub records: usize,
    /// Events the file gave.
    pub events_read: usize,
    /// Events that joined (usable).
    pub events_joined: usize,
    /// Passages of the joined events.
    pub passages: usize,
    /// CSV quotes found in their documents, and not found.
    pub quotes_located: usize,
    pub quotes_not_found: usize,
    /// ACLED: rows that are not territory changes, and how the kept ones were joined.
    pub not_territory_changes: usize,
    /// Whether the events file is also the dated points (an ACLED export opened as both): its rows
    /// that are not territory changes are then kept as points, not left out.
    pub events_also_points: bool,
    pub joined_by_name: usize,
    pub joined_by_point: usize,
    /// Events with district names that did not join.
    pub unjoined: Vec<Unjoined>,
    /// Events left out because their coordinates lie outside the layer.
    pub outside_extent: Vec<OutsideExtent>,
    /// Ids met more than once (the later records were left out).
    pub duplicate_ids: Vec<DuplicateId>,
    /// Events dated before an event above them in the file.
    pub out_of_order: OutOfOrder,
}

/// An event with names that did not join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unjoined {
    pub event: String,
    pub names: Vec<UnjoinedName>,
    /// No district joined (or the controller is unknown): the event is not in the dataset.
    pub left_out: bool,
}

/// A name that did not join, with the closest district names (empty when not computed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnjoinedName {
    pub name: String,
    pub closest: Vec<String>,
}

/// Events whose date is earlier than that of an event above them in the file (the engine sorts them;
/// an unsorted file is often a sign of a mistake).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutOfOrder {
    pub count: usize,
    /// The first few: (event id, its date, the latest date above it).
    pub first: Vec<(String, NaiveDate, NaiveDate)>,
}

impl ImportReport {
    pub(crate) fn new(
        layer: &DistrictLayer,
        corpus: &Corpus,
        loaded: &EventsImport,
        events: usize,
    ) -> Self {
        Self {
            format: loaded.format,
            districts: layer.len(),
            layer_names: layer
                .names_detected
                .then(|| layer.property_names.describe()),
            layer_notes: layer.notes.clone(),
            documents: corpus.documents.len(),
            records: loaded.records.max(events),
            events_read: events,
            not_territory_changes: loaded.not_territory_changes,
            joined_by_name: loaded.joined_by_name,
            joined_by_point: loaded.joined_by_point,
            outside_extent: loaded.outside_extent.clone(),
            duplicate_ids: loaded.duplicate_ids.clone(),
            ..Self::default()
        }
    }

    /// What became of an ACLED export's rows that are not territory changes, in words.
    pub fn non_territory_fate(&self) -> &'static str {
        if self.events_also_points {
            "kept as dated points, not as events"
        } else {
            "not events; open the file as points to see every row"
        }
    }

    pub(crate) fn note_order(&mut self, events: &[Event]) {
        let mut latest: Option<NaiveDate> = None;
        for e in events {
            match latest {
                Some(l) if e.date.day < l => {
                    self.out_of_order.count += 1;
                    if self.out_of_order.first.len() < SHOWN {
                        self.out_of_order
                            .first
                            .push((e.id.to_string(), e.date.day, l));
                    }
                }
                _ => latest = Some(e.date.day),
            }
        }
    }

    /// Whether anything needs a person's attention (dates out of order alone do not).
    pub fn has_findings(&self) -> bool {
        !self.unjoined.is_empty()
            || !self.outside_extent.is_empty()
            || !self.duplicate_ids.is_empty()
    }

    /// The report as lines of text, lists cut to their first few items.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "import: {} districts; {} ({} records) gave {} events, {} joined, with {} passages; {} documents",
            self.districts,
            self.format.label(),
            self.records,
            self.events_read,
            self.events_joined,
            self.passages,
            self.documents
        );
        if let Some(names) = &self.layer_names {
            let _ = writeln!(out, "  layer: no id/name properties; {names}");
        }
        for note in self.layer_notes.iter().take(SHOWN) {
            let _ = writeln!(out, "  layer: {note}");
        }
        if self.layer_notes.len() > SHOWN {
            let _ = writeln!(
                out,
                "  layer: … and {} more notes",
                self.layer_notes.len() - SHOWN
            );
        }
        for note in &self.control_area_notes {
            let _ = writeln!(out, "  {note}");
        }
        if self.format == EventsFormat::Acled {
            let _ = writeln!(
                out,
                "  ACLED: {} rows are not territory changes ({}); {} joined by location name, {} by coordinates",
                self.not_territory_changes,
                self.non_territory_fate(),
                self.joined_by_name,
                self.joined_by_point
            );
        }
        if self.quotes_located + self.quotes_not_found > 0 {
            let _ = writeln!(
                out,
                "  quotes: {} found in their documents, {} not found",
                self.quotes_located, self.quotes_not_found
            );
        }
        if !self.unjoined.is_empty() {
            let left_out = self.unjoined.iter().filter(|u| u.left_out).count();
            let _ = writeln!(
                out,
                "  {} events with districts that did not join ({left_out} left out):",
                self.unjoined.len()
            );
            for u in self.unjoined.iter().take(SHOWN) {
                let names: Vec<String> = u
                    .names
                    .iter()
                    .map(|n| {
                        if n.closest.is_empty() {
                            format!("\"{}\"", n.name)
                        } else {
                            format!("\"{}\" (closest: {})", n.name, n.closest.join(", "))
                        }
                    })
                    .collect();
                let _ = writeln!(out, "    - {}: {}", u.event, names.join("; "));
            }
            more(&mut out, self.unjoined.len());
        }
        if !self.outside_extent.is_empty() {
            let _ = writeln!(
                out,
                "  {} events outside the layer's extent (left out):",
                self.outside_extent.len()
            );
            for o in self.outside_extent.iter().take(SHOWN) {
                let _ = writeln!(
                    out,
                    "    - {} ({}): \"{}\" at {:.4}, {:.4}",
                    o.id, o.place, o.location, o.lat, o.lon
                );
            }
            more(&mut out, self.outside_extent.len());
        }
        if !self.duplicate_ids.is_empty() {
            let _ = writeln!(
                out,
                "  {} duplicate ids (the later records left out):",
                self.duplicate_ids.len()
            );
            for d in self.duplicate_ids.iter().take(SHOWN) {
                let _ = writeln!(out, "    - \"{}\": {} and {}", d.id, d.first, d.again);
            }
            more(&mut out, self.duplicate_ids.len());
        }
        if self.out_of_order.count > 0 {
            let _ = writeln!(
                out,
                "  {} events dated before an event above them in the file (sorted by date on load):",
                self.out_of_order.count
            );
            for (id, day, after) in &self.out_of_order.first {
                let _ = writeln!(out, "    - {id}: {day}, after {after}");
            }
            more(&mut out, self.out_of_order.count);
        }
        out
    }
}

fn more(out: &mut String, total: usize) {
    if total > SHOWN {
        let _ = writeln!(out, "    … and {} more", total - SHOWN);
    }
}
