//! Control-change events: what changed hands, when, how much, how sure the source is, and the passages
//! that report it. Read from the project's events JSON (documented in docs/data-format.md).

use super::controller::Controller;
use super::date::{parse_day, DatePrecision, EventDate};
use super::error::{
    from_json_with_path, json_error_message, json_syntax_error, limits, read_text_limited,
    LoadError, Problem, Problems,
};
use super::events_stream::GaveUp;
use super::fast_hash::FastMap;
use super::progress::{ReadWatch, WatchedReader, CANCELLED};
use super::rare_text::RareText;
use super::source::SourceDocument;
use compact_str::CompactString;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;
use std::ops::Range;
use std::path::Path;
use thin_vec::ThinVec;

/// How much of the districts the new controller holds after the change.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Extent {
    Full,
    /// Part of the district; the fraction when the source gives one.
    Partial {
        fraction: Option<f64>,
    },
    /// Fought over, with no side said to hold it.
    Contested,
}

impl Extent {
    pub fn label(&self) -> String {
        match self {
            Self::Full => "full".into(),
            Self::Partial { fraction: Some(f) } => format!("partial ({:.0}%)", f * 100.0),
            Self::Partial { fraction: None } => "partial".into(),
            Self::Contested => "contested".into(),
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Partial { .. } => "partial",
            Self::Contested => "contested",
        }
    }
}

/// How sure the source is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Certainty {
    /// Stated as fact.
    Reported,
    /// Attributed to a named party.
    Claimed { by: String },
    /// Another party denies it.
    Disputed { by: Option<String> },
    /// A dated line drawn up by the curators from the sources' general statements: nobody's claim.
    Curated,
    /// Not stated by any source: a pocket of one side left surrounded by the other, with no source
    /// speaking of it after its neighbours fell.
    Inferred,
}

impl Certainty {
    pub fn label(&self) -> String {
        match self {
            Self::Reported => "reported as fact".into(),
            Self::Claimed { by } => format!("claimed by {by}"),
            Self::Disputed { by: Some(by) } => format!("disputed (claimed by {by})"),
            Self::Disputed { by: None } => "disputed".into(),
            Self::Curated => "curated line (not a source's claim)".into(),
            Self::Inferred => "inferred (no source names it)".into(),
        }
    }

    /// The word the events file uses.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Reported => "reported",
            Self::Claimed { .. } => "claimed",
            Self::Disputed { .. } => "disputed",
            Self::Curated => "curated",
            Self::Inferred => "inferred",
        }
    }
}

/// A span of a source document that reports an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// The document's id (short: kept inline, no allocation of its own).
    pub document: CompactString,
    /// Byte offsets into the document's repaired text.
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

impl Passage {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// A quote still to be found in its document (the CSV format gives no offsets); the join locates it
    /// and sets the offsets, or reports that it is not there.
    pub fn unlocated(document: impl Into<CompactString>, quote: impl Into<String>) -> Self {
        Self {
            document: document.into(),
            start: 0,
            end: 0,
            quote: quote.into(),
        }
    }

    /// True for a quote whose offsets are not known yet (see [`Passage::unlocated`]).
    pub fn is_unlocated(&self) -> bool {
        self.start == self.end
    }
}

/// The district ids of an event: nearly always one, kept inline (no allocation of its own).
pub type DistrictIds = SmallVec<[CompactString; 1]>;

/// The passages of an event: nearly always one, kept inline.
pub type Passages = SmallVec<[Passage; 1]>;

/// One change of control.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Ids, district ids and controller ids are short: [`CompactString`] keeps them inline, so a million
    /// events do not make millions of small allocations.
    pub id: CompactString,
    pub date: EventDate,
    /// District ids, as written in the file (joined to the layer by [`crate::join`]).
    pub districts: DistrictIds,
    /// Controller id after the change.
    pub controller: CompactString,
    pub extent: Extent,
    pub certainty: Certainty,
    pub passages: Passages,
    /// Ids of the events this one contradicts (a thin list: 8 bytes when empty, as nearly always).
    pub disagrees_with: ThinVec<CompactString>,
    /// For a loss the source counts without naming the districts ("four other nearby districts"): how
    /// many changed hands. `districts` then lists the candidates, each only probably taken.
    pub count: Option<std::num::NonZeroU32>,
    /// For a partial event over several districts whose source gives the size of what the losing
    /// side kept, not where ("squeezed into a pocket of about 3.5 km²"): those km², in all.
    pub kept_km2: Option<f32>,
    /// How a statement that names no district was read into districts (a stated geometric or
    /// counting rule).
    pub reading: RareText,
    /// "curated line" for a dated state of many districts drawn up by the curators.
    pub basis: RareText,
    pub note: RareText,
    /// Whether the project's extractor finds this event in its documents (None: not measured).
    pub extractor_finds: Option<bool>,
}

/// An events file: optional controllers, and the events in file order.
#[derive(Debug, Clone, Default)]
pub struct EventsFile {
    pub controllers: Vec<Controller>,
    pub events: Vec<Event>,
    /// Documents the file carries itself (the notes of an ACLED export), added to the corpus by the join.
    pub documents: Vec<SourceDocument>,
    /// What the loader learnt besides the events (format, rows left out, duplicates), for the import report.
    pub import: EventsImport,
}

/// The formats an events file can be in (see docs/data-format.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventsFormat {
    /// The project's events JSON.
    #[default]
    Json,
    /// The project's CSV: date, district, controller, extent, source, quote.
    Csv,
    /// An ACLED CSV export.
    Acled,
}

impl EventsFormat {
    pub fn label(self) -> &'static str {
        match self {
            Self::Json => "events JSON",
            Self::Csv => "events CSV",
            Self::Acled => "ACLED CSV export",
        }
    }
}

/// What a loader learnt about an events file besides its events.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventsImport {
    pub format: EventsFormat,
    /// Records read: events (JSON) or data rows (CSV).
    pub records: usize,
    /// ACLED rows left out because they are not territory changes.
    pub not_territory_changes: usize,
    /// ACLED events joined to districts by their location name, and by the point of their coordinates.
    pub joined_by_name: usize,
    pub joined_by_point: usize,
    /// Events left out because their coordinates lie outside the district layer.
    pub outside_extent: Vec<OutsideExtent>,
    /// Ids met more than once (CSV formats); the later records were left out.
    pub duplicate_ids: Vec<DuplicateId>,
}

/// An event whose coordinates lie outside the district layer.
#[derive(Debug, Clone, PartialEq)]
pub struct OutsideExtent {
    pub id: String,
    /// Where in the file ("line 12").
    pub place: String,
    pub location: String,
    pub lon: f64,
    pub lat: f64,
}

/// An id met again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateId {
    pub id: String,
    /// Where it was first met and where again ("line 4", "line 9").
    pub first: String,
    pub again: String,
}

/// The event as it is written in JSON.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: CompactString,
    pub date: String,
    #[serde(default = "default_precision")]
    pub date_precision: DatePrecision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_phrase: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<String>,
    #[serde(deserialize_with = "exact_vec")]
    pub districts: Vec<CompactString>,
    pub controller: CompactString,
    pub extent: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraction: Option<f64>,
    pub certainty: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_km2: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    #[serde(default, deserialize_with = "exact_vec")]
    pub passages: Vec<Passage>,
    #[serde(
        default,
        deserialize_with = "exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub disagrees_with: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extractor_finds: Option<bool>,
}

fn default_precision() -> DatePrecision {
    DatePrecision::Day
}

/// A list read with room for exactly one element at first: most events name one district and one
/// passage, and serde's own lists start with room for four, which a million events would then give back
/// one by one.
fn exact_vec<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    struct ExactVec<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for ExactVec<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            // The words of serde's own lists, which messages quote.
            f.write_str("a sequence")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(1).min(64));
            while let Some(item) = seq.next_element()? {
                out.push(item);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(ExactVec(std::marker::PhantomData))
}

impl EventsFile {
    /// Loads the project's events JSON (for any events format, see [`EventsFile::load_any`]).
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        Self::load_watched(path, &ReadWatch::default())
    }

    /// [`EventsFile::load`], counting the bytes read into `watch` and stopping with an error once it is
    /// cancelled.
    pub fn load_watched(path: &Path, watch: &ReadWatch) -> Result<Self, LoadError> {
        // Read as a stream, event by event, so the file's text is never held whole beside its events; on
        // anything unexpected the file is read again as text, for the exact message (not UTF-8, the line
        // and column, each event).
        // Events alone on their lines are framed by them at first; should a line prove not to be one
        // event, the file is read again framing every byte.
        for by_lines in [true, false] {
            let file = super::read_file::open_bounded(
                path,
                limits::EVENTS_JSON_BYTES,
                "events files",
                "; split it by year",
            )?;
            watch.start(file.get_ref().metadata().map_or(0, |m| m.len()));
            let mut state = JsonState::default();
            let read =
                super::events_stream::read(WatchedReader::new(file, watch), &mut state, by_lines);
            if watch.is_cancelled() {
                return Err(LoadError::io(path, std::io::Error::other(CANCELLED)));
            }
            match read {
                Ok(()) if state.saw_events => return state.finish(path),
                Err(GaveUp::AfterLineGuesses) => continue,
                _ => break,
            }
        }
        let text = read_text_limited(
            path,
            limits::EVENTS_JSON_BYTES,
            "events files",
            "; split it by year",
        )?;
        Self::from_json(path, &text)
    }

    /// Parses the events JSON; every problem names the event (index and id) and the field.
    ///
    /// One pass: each event is read straight into a [`RawEvent`] and checked as it comes, with no JSON
    /// tree of the whole file. When an event has the wrong shape, the file is read again event by event
    /// to name every problem.
    pub fn from_json(path: &Path, text: &str) -> Result<Self, LoadError> {
        let mut state = JsonState::default();
        let mut de = serde_json::Deserializer::from_str(text);
        let read = de
            .deserialize_map(TopVisitor(&mut state))
            .and_then(|()| de.end());
        if let Err(e) = read {
            return Err(match (e.classify(), state.section) {
                (serde_json::error::Category::Data, Section::Events(_)) => {
                    match from_json_event_by_event(path, text) {
                        Err(detailed) => detailed,
                        Ok(()) => {
                            LoadError::one(path, &state.section.place(), "", json_error_message(&e))
                        }
                    }
                }
                (serde_json::error::Category::Data, Section::EventsList) => {
                    LoadError::one(path, "top level", "events", "missing, or not a list")
                }
                (serde_json::error::Category::Data, Section::Controllers) => {
                    controllers_error(path, text, &e)
                }
                (serde_json::error::Category::Data, Section::Top) => LoadError::one(
                    path,
                    "top level",
                    "",
                    "expected an object with an \"events\" list",
                ),
                _ => json_syntax_error(path, &e),
            });
        }
        if !state.saw_events {
            return Err(LoadError::one(
                path,
                "top level",
                "events",
                "missing, or not a list",
            ));
        }
        state.finish(path)
    }
}

impl JsonState {
    /// Checks the event at `index` of the file and keeps it, or its problems.
    pub(super) fn push_raw(&mut self, index: usize, raw: RawEvent) {
        self.accept(index, check_raw(index, raw));
    }

    /// Keeps the checked event at `index` of the file, or its problems.
    pub(super) fn accept(&mut self, index: usize, checked: Result<Event, Vec<Problem>>) {
        match checked {
            Ok(e) => {
                self.events.push(e);
                self.original_index.push(index as u32);
            }
            Err(problems) => problems.into_iter().for_each(|p| self.problems.push(p)),
        }
    }

    /// The checks that need every event (colours, duplicate ids), then the file.
    pub(super) fn finish(self, path: &Path) -> Result<EventsFile, LoadError> {
        let JsonState {
            controllers,
            events,
            original_index,
            mut problems,
            ..
        } = self;
        for (i, c) in controllers.iter().enumerate() {
            if super::controller::parse_hex_colour(&c.colour).is_none() {
                problems.push(Problem::new(
                    format!("controller {i} (id \"{}\")", c.id),
                    "colour",
                    format!("\"{}\" is not a #rrggbb colour", c.colour),
                ));
            }
        }
        let mut seen: FastMap<&str, u32> = FastMap::default();
        seen.reserve(events.len());
        for (e, &index) in events.iter().zip(&original_index) {
            if let Some(first) = seen.insert(e.id.as_str(), index) {
                problems.push(Problem::new(
                    format!("event {index} (id \"{}\")", e.id),
                    "id",
                    format!("\"{}\" is already the id of event {first}", e.id),
                ));
            }
        }
        drop(seen);
        problems.into_result(path)?;
        let records = original_index.len();
        Ok(EventsFile {
            controllers,
            events,
            documents: Vec::new(),
            import: EventsImport {
                records,
                ..EventsImport::default()
            },
        })
    }
}

/// Where the one-pass reader is, so that a shape error can be placed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Section {
    #[default]
    Top,
    Controllers,
    EventsList,
    Events(usize),
}

impl Section {
    fn place(self) -> String {
        match self {
            Self::Events(i) => format!("event {i}"),
            _ => "top level".into(),
        }
    }
}

#[derive(Default)]
pub(super) struct JsonState {
    section: Section,
    pub(super) saw_events: bool,
    pub(super) controllers: Vec<Controller>,
    events: Vec<Event>,
    /// The index in the file of each event kept.
    original_index: Vec<u32>,
    problems: Problems,
}

struct TopVisitor<'s>(&'s mut JsonState);

impl<'de> Visitor<'de> for TopVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object with an \"events\" list")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "controllers" => {
                    self.0.section = Section::Controllers;
                    self.0.controllers = map.next_value()?;
                }
                "events" => {
                    self.0.section = Section::EventsList;
                    map.next_value_seed(EventsSeed(&mut *self.0))?;
                    self.0.saw_events = true;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            self.0.section = Section::Top;
        }
        Ok(())
    }
}

struct EventsSeed<'s>(&'s mut JsonState);

impl<'de> DeserializeSeed<'de> for EventsSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EventsSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of events")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let state = self.0;
        if let Some(n) = seq.size_hint() {
            state.events.reserve(n);
        }
        let mut index = 0usize;
        loop {
            state.section = Section::Events(index);
            let Some(raw) = seq.next_element::<RawEvent>()? else {
                break;
            };
            state.push_raw(index, raw);
            index += 1;
        }
        state.section = Section::EventsList;
        Ok(())
    }
}

/// Reads the events one by one, to name every event whose shape is wrong (and its id when it has one).
fn from_json_event_by_event(path: &Path, text: &str) -> Result<(), LoadError> {
    #[derive(Deserialize)]
    struct Top<'a> {
        #[serde(borrow)]
        events: Vec<&'a serde_json::value::RawValue>,
    }
    #[derive(Deserialize)]
    struct IdHint {
        id: Option<serde_json::Value>,
    }
    let top: Top = serde_json::from_str(text).map_err(|e| json_syntax_error(path, &e))?;
    let mut problems = Problems::default();
    for (index, raw) in top.events.iter().enumerate() {
        let hint = serde_json::from_str::<IdHint>(raw.get())
            .ok()
            .and_then(|h| h.id)
            .and_then(|v| v.as_str().map(str::to_string));
        let place = match hint {
            Some(id) => format!("event {index} (id \"{id}\")"),
            None => format!("event {index}"),
        };
        match from_json_with_path::<RawEvent>(raw.get()) {
            Ok(raw) => {
                if let Err(p) = event_from_raw(raw, &place) {
                    p.into_iter().for_each(|p| problems.push(p));
                }
            }
            Err((field, e)) => problems.push(Problem::new(&place, field, json_error_message(&e))),
        }
    }
    problems.into_result(path)
}

/// Checks the event at `index` of an events JSON file (problems name it "event N (id …)").
pub(super) fn check_raw(index: usize, raw: RawEvent) -> Result<Event, Vec<Problem>> {
    checked_event(raw, &|id: &str| format!("event {index} (id \"{id}\")"))
}

/// Turns a written event into a checked one; problems name `place` and the field.
pub fn event_from_raw(raw: RawEvent, place: &str) -> Result<Event, Vec<Problem>> {
    checked_event(raw, &|_: &str| place.to_string())
}
/// The extent an event states, with its fraction; Err names the field that is wrong, and why.
fn extent_of(extent: &str, fraction: Option<f64>) -> Result<Extent, (&'static str, String)> {
    if let Some(message) = fraction.and_then(|f| check_fraction(f).err()) {
        return Err(("fraction", message));
    }
    match (extent, fraction) {
        ("full", None) => Ok(Extent::Full),
        ("full", Some(_)) => Err((
            "fraction",
            "is only meaningful with extent \"partial\"".into(),
        )),
        ("partial", fraction) => Ok(Extent::Partial { fraction }),
        ("contested", _) => Ok(Extent::Contested),
        (other, _) => Err((
            "extent",
            format!("\"{other}\" is not \"full\", \"partial\" or \"contested\""),
        )),
    }
}

/// The certainty an event states, with who claims or disputes it; Err names the field that is
/// wrong, and why.
fn certainty_of(
    certainty: &str,
    claimed_by: Option<String>,
) -> Result<Certainty, (&'static str, String)> {
    match (certainty, claimed_by) {
        ("reported", _) => Ok(Certainty::Reported),
        ("claimed", Some(by)) => Ok(Certainty::Claimed { by }),
        ("claimed", None) => Err((
            "claimed_by",
            "a claimed event must say who claims it".into(),
        )),
        ("disputed", by) => Ok(Certainty::Disputed { by }),
        ("curated", _) => Ok(Certainty::Curated),
        ("inferred", _) => Ok(Certainty::Inferred),
        (other, _) => Err((
            "certainty",
            format!(
                "\"{other}\" is not \"reported\", \"claimed\", \"disputed\", \"curated\" or \"inferred\""
            ),
        )),
    }
}

/// [`event_from_raw`] with the place worded only when there is a problem (a million events are
/// checked in one load).
/// `place_of` words the place from the event's id.
fn checked_event(
    mut raw: RawEvent,
    place_of: &dyn Fn(&str) -> String,
) -> Result<Event, Vec<Problem>> {
    // serde gives lists room for four; a million events keep only what they hold.
    raw.districts.shrink_to_fit();
    raw.passages.shrink_to_fit();
    raw.disagrees_with.shrink_to_fit();
    let id = std::mem::take(&mut raw.id);
    let place = || place_of(&id);
    let mut problems = Vec::new();
    let mut day = |field: &str, text: &str| match parse_day(text) {
        Ok(d) => Some(d),
        Err(e) => {
            problems.push(Problem::new(place(), field, e));
            None
        }
    };
    let date = day("date", &raw.date);
    let from = raw.date_from.as_deref().map(|t| day("date_from", t));
    let to = raw.date_to.as_deref().map(|t| day("date_to", t));
    if id.trim().is_empty() {
        problems.push(Problem::new(place(), "id", "is empty"));
    }
    if raw.districts.is_empty() {
        problems.push(Problem::new(place(), "districts", "lists no district"));
    }
    if raw.controller.trim().is_empty() {
        problems.push(Problem::new(place(), "controller", "is empty"));
    }
    // On a problem the event is not made, so the stand-ins here are never used.
    let extent = extent_of(&raw.extent, raw.fraction).unwrap_or_else(|(field, message)| {
        problems.push(Problem::new(place(), field, message));
        Extent::Full
    });
    let certainty =
        certainty_of(&raw.certainty, raw.claimed_by.take()).unwrap_or_else(|(field, message)| {
            problems.push(Problem::new(place(), field, message));
            Certainty::Reported
        });
    if let Some(count) = raw.count {
        if count == 0 || count as usize >= raw.districts.len() {
            problems.push(Problem::new(
                place(),
                "count",
                format!(
                    "is {count}: a counted loss names more candidate districts than the count (here {})",
                    raw.districts.len()
                ),
            ));
        }
    }
    if let Some(kept) = raw.kept_km2 {
        if !(kept.is_finite() && kept > 0.0 && raw.extent.eq_ignore_ascii_case("partial")) {
            problems.push(Problem::new(
                place(),
                "kept_km2",
                format!("is {kept}: it must be a positive number of km², on a partial event"),
            ));
        }
    }
    for (i, p) in raw.passages.iter().enumerate() {
        if p.start >= p.end {
            problems.push(Problem::new(
                place(),
                format!("passages[{i}]"),
                "start must be before end",
            ));
        }
    }
    let precision = raw.date_precision;
    let (Some(day), true) = (date, problems.is_empty()) else {
        return Err(problems);
    };
    let (from, to) = match (precision, from.flatten(), to.flatten()) {
        (DatePrecision::Day, _, _) => (day, day),
        (_, Some(f), Some(t)) if f <= day && day <= t => (f, t),
        (_, Some(_), Some(_)) => {
            return Err(vec![Problem::new(
                place(),
                "date",
                "must lie between date_from and date_to",
            )]);
        }
        _ => {
            return Err(vec![Problem::new(
                place(),
                "date_from",
                format!(
                    "a date of precision \"{}\" needs date_from and date_to",
                    precision.label()
                ),
            )])
        }
    };
    Ok(Event {
        id,
        date: EventDate {
            day,
            precision,
            from,
            to,
            text: raw.date_text.into(),
            phrase: raw.date_phrase.into(),
        },
        districts: raw.districts.into_iter().collect(),
        controller: raw.controller,
        extent,
        certainty,
        passages: raw.passages.into_iter().collect(),
        disagrees_with: raw.disagrees_with.into_iter().map(Into::into).collect(),
        count: raw.count.and_then(std::num::NonZeroU32::new),
        kept_km2: raw.kept_km2.map(|k| k as f32),
        reading: raw.reading.into(),
        basis: raw.basis.into(),
        note: raw.note.into(),
        extractor_finds: raw.extractor_finds,
    })
}

/// A type error in the controllers list, with the path of the field at fault when it can be found
/// (`controllers[0].label`).
fn controllers_error(path: &Path, text: &str, e: &serde_json::Error) -> LoadError {
    let detail = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|mut top| top.get_mut("controllers").map(serde_json::Value::take))
        .and_then(|list| serde_path_to_error::deserialize::<_, Vec<Controller>>(list).err());
    match detail {
        Some(d) => LoadError::one(
            path,
            "top level",
            &format!("controllers{}", d.path()),
            json_error_message(d.inner()),
        ),
        None => LoadError::one(path, "top level", "controllers", json_error_message(e)),
    }
}

/// The one rule for a partial holding's `fraction` (the share of the district the event's controller
/// holds after it), for every events format and the extractor's lexicon: strictly between 0 and 1.
/// 0 would be no holding at all (no change to record) and 1 the whole district (extent "full").
pub fn check_fraction(f: f64) -> Result<(), String> {
    if f == 0.0 {
        Err("0 would mean the controller holds none of the district, which is no change: leave the \
             event out, or give the share it does hold"
            .into())
    } else if f == 1.0 {
        Err("1 would mean the whole district: write extent \"full\" instead of a partial share of 1".into())
    } else if f > 0.0 && f < 1.0 {
        Ok(())
    } else {
        Err(format!(
            "{f} is not a share between 0 and 1 (0.4, or 40% in a CSV)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(events: &str) -> Result<EventsFile, LoadError> {
        EventsFile::from_json(
            Path::new("events.json"),
            &format!(r#"{{"events":[{events}]}}"#),
        )
    }

    const GOOD: &str = r#"{"id":"e1","date":"2016-11-26","districts":["hanano"],"controller":"government",
        "extent":"partial","fraction":0.5,"certainty":"claimed","claimed_by":"Syrian Army",
        "passages":[{"document":"d","start":0,"end":4,"quote":"The "}]}"#;

    /// A million events must fit the memory budget (issue 6): an event naming one district in one
    /// passage keeps its ids, district and passage inline, with no allocation but its quote's.
    #[test]
    fn a_loaded_event_is_compact() {
        // Both readers: the text parser and the streamed one the app and the CLI use for files.
        let scratch = tempfile::tempdir().expect("temp dir");
        let file = scratch.path().join("events.json");
        std::fs::write(&file, format!("{{\"events\":[\n{GOOD}\n]}}")).expect("temp file");
        let streamed = EventsFile::load(&file);
        for f in [load(GOOD).expect("valid"), streamed.expect("valid")] {
            let e = &f.events[0];
            assert!(!e.id.is_heap_allocated() && !e.controller.is_heap_allocated());
            assert!(!e.districts.spilled() && !e.districts[0].is_heap_allocated());
            assert!(!e.passages.spilled() && !e.passages[0].document.is_heap_allocated());
            assert!(e.note.is_none() && e.disagrees_with.is_empty());
        }
        // 264 bytes before counted losses, kept areas and readings (issue 13): 16 MB more for a
        // million, against a budget of 1 GB the scale benchmark measures.
        assert!(
            std::mem::size_of::<Event>() <= 280,
            "{}",
            std::mem::size_of::<Event>()
        );
    }

    #[test]
    fn a_good_event_loads() {
        let f = load(GOOD).expect("valid");
        let e = &f.events[0];
        assert_eq!(
            e.extent,
            Extent::Partial {
                fraction: Some(0.5)
            }
        );
        assert_eq!(
            e.certainty,
            Certainty::Claimed {
                by: "Syrian Army".into()
            }
        );
        assert_eq!(e.date.label(), "26 Nov 2016");
    }

    #[test]
    fn impossible_date_names_event_and_field() {
        let bad = GOOD.replace("2016-11-26", "2016-02-30");
        let msg = load(&bad).expect_err("bad date").to_string();
        assert!(
            msg.contains("event 0 (id \"e1\"): date:") && msg.contains("2016-02-30"),
            "{msg}"
        );
    }

    #[test]
    fn wrong_types_and_unknown_values_are_named() {
        let bad = GOOD.replace(r#""extent":"partial""#, r#""extent":"most""#);
        let msg = load(&bad).expect_err("bad extent").to_string();
        assert!(msg.contains("extent") && msg.contains("\"most\""), "{msg}");
        let bad = GOOD.replace(r#"["hanano"]"#, "7");
        let msg = load(&bad).expect_err("bad type").to_string();
        assert!(msg.contains("event 0"), "{msg}");
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let msg = load(&format!("{GOOD},{GOOD}"))
            .expect_err("dup")
            .to_string();
        assert!(
            msg.contains("event 1") && msg.contains("already the id of event 0"),
            "{msg}"
        );
    }

    #[test]
    fn span_needs_bounds() {
        let bad = GOOD.replace(
            r#""date":"2016-11-26""#,
            r#""date":"2016-11-26","date_precision":"month""#,
        );
        let msg = load(&bad).expect_err("no bounds").to_string();
        assert!(msg.contains("date_from"), "{msg}");
    }
}
