//! Loading: which files make up the data ([`DataPaths`]), reading each part from its file, its bundle
//! or the built-in data ([`load_parts`]), and joining them ([`load_dataset`]). A load can be watched and
//! cancelled through a [`LoadProgress`] shared with another thread (the app loads off its UI thread).

use super::{Dataset, JoinReport};
use crate::model::control_areas::{ControlAreaOptions, ControlAreas, DistrictShares};
use crate::model::progress::ReadWatch;
use crate::model::{
    builtin, Bundle, Corpus, DistrictLayer, EventsFile, LoadError, PropertyNames, SourceDocument,
};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

/// Which files to load; `None` means the built-in part (or the bundle's part, when a bundle is given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataPaths {
    pub districts: Option<PathBuf>,
    /// Events in any supported format (JSON, the project's CSV, an ACLED export), judged by content.
    pub events: Option<PathBuf>,
    /// A sources folder, or a single text or Markdown document.
    pub sources: Option<PathBuf>,
    /// Single documents added to the sources (a document with the id of one already there replaces it).
    pub documents: Vec<PathBuf>,
    /// A bundle folder or manifest; parts given above replace the bundle's.
    pub bundle: Option<PathBuf>,
    /// Which layer properties hold ids and names (None: `id`/`name`, the bundle's choice, or detected).
    pub property_names: Option<PropertyNames>,
    /// Control areas over time (issue 16): a folder of dated snapshot files or one GeoJSON of dated
    /// features (see [`crate::model::control_areas`]); None: none.
    pub control_areas: Option<PathBuf>,
    /// The controller of control areas whose files name none (`--area-controller`).
    pub area_controller: Option<String>,
    /// Dated points (a GeoJSON of points or an ACLED export), a layer of their own (issue 16).
    pub points: Option<PathBuf>,
    /// The property of a GeoJSON of points that holds each point's date (None: found by content).
    pub points_date_property: Option<String>,
}

impl DataPaths {
    pub fn is_builtin(&self) -> bool {
        self == &Self::default()
    }

    /// Every file and folder the data is read from (as given, and the bundle's parts when it opens),
    /// for writers that must never write over their own input. A folder here is read as a whole.
    pub fn inputs(&self) -> Vec<PathBuf> {
        let mut inputs: Vec<PathBuf> = [
            &self.districts,
            &self.events,
            &self.sources,
            &self.control_areas,
            &self.points,
        ]
        .into_iter()
        .flatten()
        .chain(&self.documents)
        .cloned()
        .collect();
        // A bundle's folder is not read as a whole (its sources folder is): its manifest is.
        inputs.extend(self.bundle.as_ref().map(|b| match b.is_dir() {
            true => b.join(crate::model::bundle::BUNDLE_MANIFEST),
            false => b.clone(),
        }));
        if let Ok(parts) = self.resolved() {
            inputs.extend(
                [parts.districts, parts.events, parts.sources, parts.points]
                    .into_iter()
                    .flatten(),
            );
        }
        inputs
    }

    /// The files each part comes from, with the bundle opened: its parts (and property names) fill
    /// in what is not given here, and the result names no bundle.
    pub fn resolved(&self) -> Result<DataPaths, LoadError> {
        let Some(bundle) = self.bundle.as_deref().map(Bundle::open).transpose()? else {
            return Ok(self.clone());
        };
        Ok(DataPaths {
            districts: self.districts.clone().or(bundle.districts),
            events: self.events.clone().or(bundle.events),
            sources: self.sources.clone().or(bundle.sources),
            documents: self.documents.clone(),
            bundle: None,
            property_names: self.property_names.clone().or(bundle.property_names),
            control_areas: self.control_areas.clone().or(bundle.control_areas),
            area_controller: self.area_controller.clone().or(bundle.area_controller),
            points: self.points.clone().or(bundle.points),
            points_date_property: self
                .points_date_property
                .clone()
                .or(bundle.points_date_property),
        })
    }
}

/// The three parts as read, before the join.
#[derive(Debug, Clone)]
pub struct DataParts {
    pub layer: DistrictLayer,
    pub events: EventsFile,
    pub corpus: Corpus,
    /// The events file read (None: built in).
    pub events_path: Option<PathBuf>,
    /// The id each of [`DataPaths::documents`] got in the corpus, in order.
    pub document_ids: Vec<(PathBuf, String)>,
    /// Control areas over time, when opened.
    pub control_areas: Option<std::sync::Arc<ControlAreas>>,
    /// What the control areas say of the layer's districts, measured once at load (see
    /// [`crate::model::control_areas::district_shares`]); None without control areas.
    pub district_shares: Option<std::sync::Arc<DistrictShares>>,
    /// Whether the events file is also read as the dated points (an ACLED export opened as both).
    pub events_also_points: bool,
}

impl DataParts {
    /// Joins the parts (see [`Dataset::assemble`]).
    pub fn join(mut self) -> (Dataset, JoinReport) {
        // Control areas (issue 16): the districts' shares under each controller become events.
        let shares_note = self
            .district_shares
            .clone()
            .map(|shares| self.add_district_shares(&shares));
        let (dataset, mut report) = Dataset::assemble(self.layer, self.events, self.corpus, None);
        // Problems of an event name the file it came from.
        for p in report.problems.iter_mut().filter(|p| p.index.is_some()) {
            p.file.clone_from(&self.events_path);
        }
        report.import.events_path = self.events_path;
        report.import.events_also_points = self.events_also_points;
        // Control areas (issue 16): what came in, for the import report.
        if let Some(areas) = &self.control_areas {
            report.import.unnamed_control_areas = areas.unnamed_areas;
            report.import.control_area_notes = std::iter::once(areas.summary())
                .chain(shares_note)
                .chain(areas.notes.iter().cloned())
                .collect();
        }
        (dataset, report)
    }
}

impl DataParts {
    /// The events the control areas make for the layer's districts added to the events, with their
    /// documents and the controllers the data did not know; what was added, in words.
    fn add_district_shares(&mut self, shares: &DistrictShares) -> String {
        let districts: std::collections::BTreeSet<&str> = shares
            .events
            .iter()
            .flat_map(|e| e.districts.iter().map(|d| d.as_str()))
            .collect();
        let note = format!(
            "control areas joined to the districts: {} changes of {} districts",
            shares.events.len(),
            districts.len()
        );
        // Merged by date, so that the file's own order (which the report judges) stays as it was.
        let own = std::mem::take(&mut self.events.events);
        self.events.events = merge_by_date(own, shares.events.clone());
        self.events
            .documents
            .extend(shares.documents.iter().cloned());
        self.events
            .controllers
            .extend(shares.controllers.iter().cloned());
        note
    }
}

/// What `areas` say of the districts of `layer` (see
/// [`crate::model::control_areas::district_shares`]), controllers named as `events` name them; None
/// once `cancelled` answers true.
pub fn measure_district_shares(
    areas: &ControlAreas,
    layer: &DistrictLayer,
    events: &EventsFile,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<DistrictShares> {
    let mut known = crate::model::ControllerSet::builtin();
    known.merge(&events.controllers);
    let id_of = |name: &str| {
        known
            .controllers
            .iter()
            .find(|c| c.id.eq_ignore_ascii_case(name) || c.label.eq_ignore_ascii_case(name))
            .map(|c| c.id.clone())
    };
    crate::model::control_areas::district_shares_cancellable(areas, layer, &id_of, cancelled)
}

/// `own` with `more` (sorted by date) merged in: each of `more` goes before the first of `own`
/// dated later, and `own` keeps its order.
fn merge_by_date(
    own: Vec<crate::model::Event>,
    more: Vec<crate::model::Event>,
) -> Vec<crate::model::Event> {
    let mut merged = Vec::with_capacity(own.len() + more.len());
    let mut more = more.into_iter().peekable();
    for event in own {
        while let Some(earlier) = more.next_if(|m| m.date.day < event.date.day) {
            merged.push(earlier);
        }
        merged.push(event);
    }
    merged.extend(more);
    merged
}

/// Loads the three parts (each from its file, the bundle, or built in) and joins them.
pub fn load_dataset(paths: &DataPaths) -> Result<(Dataset, JoinReport), LoadError> {
    Ok(load_parts(paths)?.join())
}

/// Reads the three parts without joining them.
pub fn load_parts(paths: &DataPaths) -> Result<DataParts, LoadError> {
    match load_parts_watched(paths, &LoadProgress::default())? {
        Some(parts) => Ok(parts),
        // Nobody else holds this progress, so nobody can have cancelled it.
        None => unreachable!("a load nobody watches is never cancelled"),
    }
}

/// [`load_parts`], telling `progress` which step it is on; `Ok(None)` when `progress` was cancelled
/// (checked between steps and between documents).
pub fn load_parts_watched(
    paths: &DataPaths,
    progress: &LoadProgress,
) -> Result<Option<DataParts>, LoadError> {
    let DataPaths {
        districts: districts_path,
        events: events_path,
        sources: sources_path,
        property_names: names,
        control_areas: control_areas_path,
        area_controller,
        points: points_path,
        ..
    } = paths.resolved()?;
    // Each step's share of the bar is its files' share of the bytes to read.
    let size = |p: &Option<PathBuf>| p.as_deref().map_or(1, bytes_under).max(1);
    let events_bytes = size(&events_path);
    let weights = [
        size(&districts_path),
        events_bytes,
        size(&sources_path) + paths.documents.iter().map(|p| bytes_under(p)).sum::<u64>(),
        control_areas_path.as_deref().map_or(0, bytes_under),
        // Joining takes about half as long as reading the events.
        events_bytes / 2 + 1,
    ];
    let total = weights.iter().sum::<u64>() as f32;
    let start_of = |step: usize| weights[..step].iter().sum::<u64>() as f32 / total;
    let share_of = |step: usize| weights[step] as f32 / total;

    if !progress.step(
        LoadStep::Districts,
        &districts_path,
        start_of(0),
        share_of(0),
    ) {
        return Ok(None);
    }
    let layer = match &districts_path {
        Some(p) => DistrictLayer::load_cancellable(p, names.as_ref(), &|| progress.is_cancelled())?,
        None => builtin::districts()?,
    };
    if !progress.step(LoadStep::Events, &events_path, start_of(1), share_of(1)) {
        return Ok(None);
    }
    let events = match &events_path {
        Some(p) => match EventsFile::load_any_watched(p, &layer, &progress.read) {
            Ok(events) => events,
            Err(_) if progress.is_cancelled() => return Ok(None),
            Err(e) => return Err(e),
        },
        None => builtin::events()?,
    };
    if !progress.step(LoadStep::Sources, &sources_path, start_of(2), share_of(2)) {
        return Ok(None);
    }
    let mut corpus = match &sources_path {
        Some(p) if p.is_dir() => Corpus::load_dir(p)?,
        Some(p) => Corpus {
            documents: vec![Corpus::load_file(p)?],
        },
        None => builtin::corpus()?,
    };
    let mut document_ids = Vec::with_capacity(paths.documents.len());
    for path in &paths.documents {
        if progress.is_cancelled() {
            return Ok(None);
        }
        let document = Corpus::load_file(path)?;
        document_ids.push((path.clone(), document.meta.id.clone()));
        add_document(&mut corpus, document);
    }
    // Control areas over time (issue 16).
    let control_areas = match &control_areas_path {
        Some(p) => {
            if !progress.step(
                LoadStep::ControlAreas,
                &control_areas_path,
                start_of(3),
                share_of(3),
            ) {
                return Ok(None);
            }
            let options = ControlAreaOptions {
                controller: area_controller,
            };
            match ControlAreas::load_watched(p, &options, &progress.read) {
                Ok(areas) => Some(std::sync::Arc::new(areas)),
                Err(_) if progress.is_cancelled() => return Ok(None),
                Err(e) => return Err(e),
            }
        }
        None => None,
    };
    if !progress.step(LoadStep::Join, &None, start_of(4), share_of(4)) {
        return Ok(None);
    }
    // Control areas (issue 16): measured on the districts once, here, where it can be cancelled.
    let district_shares = match &control_areas {
        Some(areas) => {
            let cancelled = || progress.is_cancelled();
            match measure_district_shares(areas, &layer, &events, &cancelled) {
                Some(shares) => Some(std::sync::Arc::new(shares)),
                None => return Ok(None),
            }
        }
        None => None,
    };
    let events_also_points = events_path.is_some() && events_path == points_path;
    Ok(Some(DataParts {
        layer,
        events,
        corpus,
        events_path,
        document_ids,
        control_areas,
        district_shares,
        events_also_points,
    }))
}

/// Reads only the events part (from its file, the bundle, or built in), for a layer already loaded.
pub fn load_events(paths: &DataPaths, layer: &DistrictLayer) -> Result<EventsFile, LoadError> {
    match &paths.resolved()?.events {
        Some(p) => EventsFile::load_any(p, layer),
        None => builtin::events(),
    }
}

fn add_document(corpus: &mut Corpus, document: SourceDocument) {
    corpus.documents.retain(|d| d.meta.id != document.meta.id);
    corpus.documents.push(document);
}

/// The size of a file, or of the files directly in a folder (0 when unreadable: the loader will say why).
fn bytes_under(path: &Path) -> u64 {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| e.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0),
        Ok(m) => m.len(),
        Err(_) => 0,
    }
}

/// The steps of a load, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadStep {
    Districts,
    Events,
    Sources,
    /// Control areas over time.
    ControlAreas,
    /// Reading dated points (issue 16).
    Points,
    /// Joining events to districts and passages (and, in the app, indexing).
    Join,
}

impl LoadStep {
    pub fn describe(self) -> &'static str {
        match self {
            Self::Districts => "Reading the district layer",
            Self::Events => "Reading the events",
            Self::Sources => "Reading the source documents",
            Self::ControlAreas => "Reading the control areas",
            Self::Points => "Reading the dated points",
            Self::Join => "Joining events to districts and passages",
        }
    }
}

/// Where a load is, shared between the thread that loads and the one that watches: the step, the
/// fraction done (0 to 1; within a step, as far as its loader reports the bytes it has read) and whether
/// the watcher asked it to stop.
#[derive(Debug, Default)]
pub struct LoadProgress {
    /// The step and the file it reads, as text for a person.
    step: Mutex<String>,
    /// Where the current step starts, and its share of the whole, as `f32` bits.
    start: AtomicU32,
    share: AtomicU32,
    /// The bytes the current step's loader has read (and the stop flag loaders see).
    read: ReadWatch,
}

impl LoadProgress {
    /// Records that `step` starts (on `file`, None: built in) at `start` of the whole and takes `share`
    /// of it; false when the load was cancelled and should stop.
    pub fn step(&self, step: LoadStep, file: &Option<PathBuf>, start: f32, share: f32) -> bool {
        let text = match file {
            Some(p) => format!(
                "{} ({})…",
                step.describe(),
                p.file_name()
                    .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
            ),
            None if step == LoadStep::Join => format!("{}…", step.describe()),
            None => format!("{} (built in)…", step.describe()),
        };
        self.set(&text, start);
        self.share
            .store(share.clamp(0.0, 1.0).to_bits(), Ordering::Relaxed);
        !self.is_cancelled()
    }

    /// Sets the text and where the whole is, for a step without a file (joining, indexing).
    pub fn set(&self, text: &str, fraction: f32) {
        if let Ok(mut step) = self.step.lock() {
            text.clone_into(&mut step);
        }
        self.read.start(0);
        self.share.store(0, Ordering::Relaxed);
        self.start
            .store(fraction.clamp(0.0, 1.0).to_bits(), Ordering::Relaxed);
    }

    /// The current step, in words.
    pub fn text(&self) -> String {
        self.step.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// The fraction done, 0 to 1.
    pub fn fraction(&self) -> f32 {
        let start = f32::from_bits(self.start.load(Ordering::Relaxed));
        let share = f32::from_bits(self.share.load(Ordering::Relaxed));
        (start + share * self.read.fraction()).min(1.0)
    }

    /// Asks the load to stop at its next check (between steps, or at the next read of a CSV).
    pub fn cancel(&self) {
        self.read.cancel();
    }

    pub fn is_cancelled(&self) -> bool {
        self.read.is_cancelled()
    }

    /// The byte counter a step's loader reads through (and whose cancel it sees).
    pub fn watch(&self) -> &ReadWatch {
        &self.read
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancelled_load_stops_before_reading_anything() {
        let progress = LoadProgress::default();
        progress.cancel();
        let paths = DataPaths {
            districts: Some(PathBuf::from("/nonexistent/layer.geojson")),
            ..DataPaths::default()
        };
        // Stopped before the layer is read, so the missing file is never an error.
        assert!(matches!(load_parts_watched(&paths, &progress), Ok(None)));
    }

    #[test]
    fn progress_moves_forward_through_the_steps() {
        let progress = LoadProgress::default();
        let parts = load_parts_watched(&DataPaths::default(), &progress)
            .expect("built-in data")
            .expect("not cancelled");
        assert!(progress.text().starts_with(LoadStep::Join.describe()));
        assert!(progress.fraction() > 0.0 && progress.fraction() < 1.0);
        assert!(!parts.layer.is_empty());
    }

    #[test]
    fn single_documents_join_the_sources_by_their_file_name() {
        let scratch = tempfile::tempdir().expect("temp dir");
        let dir = scratch.path();
        let doc = dir.join("my-report.md");
        std::fs::write(&doc, "The army took Hanano on 26 November.\n").expect("write");
        let paths = DataPaths {
            documents: vec![doc.clone()],
            ..DataPaths::default()
        };
        let parts = load_parts(&paths).expect("loads");
        assert_eq!(parts.document_ids, vec![(doc, "my-report".to_string())]);
        assert!(parts.corpus.get("my-report").is_some());
        assert!(parts.corpus.documents.len() > 1, "built-in documents stay");
    }
}
