//! The data the app shows, loaded through the model and the join (the app never parses a file itself),
//! with what is computed from it once per load: the control index and the area series.
//!
//! [`DataSources`] says where each part comes from (a file, or the built-in data); opening files
//! replaces one part at a time, and a load that fails leaves the caller's current data untouched.
//! Events reviewed and accepted in the app join the loaded ones ([`LoadedData::with_accepted`]): the
//! dataset is assembled again with them, and the index and area series computed again.

use crate::join::{Dataset, JoinReport};
use crate::model::landmark::{self, Landmark};
use crate::model::{builtin, Corpus, DistrictLayer, Event, EventsFile, LoadError, SourceDocument};
use crate::timeline::{area_series, AreaTotals, ControlIndex};
use std::path::{Path, PathBuf};

/// What kind of data a file is, judged from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A GeoJSON district layer (`.geojson`).
    Districts,
    /// An events file (`.json`).
    Events,
    /// A folder of source documents (or its `sources.json`).
    SourcesFolder,
    /// One source document (`.txt`, `.md`).
    Document,
}

impl FileKind {
    /// Judges a path by its name: `.geojson` is a district layer, `sources.json` or a folder is a
    /// sources folder, another `.json` is an events file, `.txt`/`.md` a document.
    pub fn of(path: &Path) -> Result<Self, String> {
        if path.is_dir() {
            return Ok(Self::SourcesFolder);
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_lowercase();
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_lowercase();
        match extension.as_str() {
            _ if name == crate::model::source::SOURCES_MANIFEST => Ok(Self::SourcesFolder),
            "geojson" => Ok(Self::Districts),
            "json" => Ok(Self::Events),
            "txt" | "md" | "markdown" => Ok(Self::Document),
            _ => Err(format!(
                "{}: not a kind of file Aleppo Atlas opens. Open a district layer (.geojson), an events \
                 file (.json), a folder of sources (or its sources.json), or a document (.txt, .md).",
                path.display()
            )),
        }
    }
}

/// Where each part of the data comes from; `None` is the built-in part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataSources {
    pub districts: Option<PathBuf>,
    pub events: Option<PathBuf>,
    /// A sources folder.
    pub sources: Option<PathBuf>,
    /// Single documents added to the sources.
    pub documents: Vec<PathBuf>,
}

impl DataSources {
    /// These sources with the given files put in place of the parts they are.
    pub fn with_files(&self, files: &[PathBuf]) -> Result<Self, String> {
        let mut next = self.clone();
        for file in files {
            match FileKind::of(file)? {
                FileKind::Districts => next.districts = Some(file.clone()),
                FileKind::Events => next.events = Some(file.clone()),
                FileKind::SourcesFolder => {
                    let folder = if file.is_dir() {
                        file.clone()
                    } else {
                        file.parent().map(Path::to_path_buf).unwrap_or_default()
                    };
                    next.sources = Some(folder);
                }
                FileKind::Document => {
                    if !next.documents.contains(file) {
                        next.documents.push(file.clone());
                    }
                }
            }
        }
        Ok(next)
    }

    pub fn is_builtin(&self) -> bool {
        self == &Self::default()
    }

    /// A short description for the title bar: "built-in data" or the file names.
    pub fn describe(&self) -> String {
        if self.is_builtin() {
            return "built-in data".into();
        }
        let name = |p: &PathBuf| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string())
        };
        let mut parts = Vec::new();
        parts.extend(self.districts.iter().map(name));
        parts.extend(self.events.iter().map(name));
        parts.extend(self.sources.iter().map(name));
        parts.extend(self.documents.iter().map(name));
        parts.join(", ")
    }
}

/// A loaded dataset and what is computed from it once.
pub struct LoadedData {
    pub dataset: Dataset,
    pub index: ControlIndex,
    /// Area per controller at the start and after every change.
    pub series: Vec<AreaTotals>,
    /// What did not join (shown to the user, never fatal).
    pub report: JoinReport,
    pub landmarks: Vec<Landmark>,
    pub sources: DataSources,
    /// Events accepted in the app's review, joined after the loaded ones (they are in `dataset`).
    accepted: Vec<Event>,
    /// The id each single document of `sources.documents` got in the corpus.
    document_ids: Vec<(PathBuf, String)>,
}

impl LoadedData {
    /// Loads every part (from its file or built in) and joins them.
    pub fn load(sources: &DataSources) -> Result<Self, LoadError> {
        Self::load_with_accepted(sources, Vec::new())
    }

    /// Loads every part and joins them, with `accepted` events after the loaded ones.
    pub fn load_with_accepted(
        sources: &DataSources,
        accepted: Vec<Event>,
    ) -> Result<Self, LoadError> {
        let layer = match &sources.districts {
            Some(p) => DistrictLayer::load(p)?,
            None => builtin::districts()?,
        };
        let events = load_events(sources)?;
        let mut corpus = match &sources.sources {
            Some(p) => Corpus::load_dir(p)?,
            None => builtin::corpus()?,
        };
        let mut document_ids = Vec::with_capacity(sources.documents.len());
        for path in &sources.documents {
            let document = Corpus::load_file(path)?;
            corpus.documents.retain(|d| d.meta.id != document.meta.id);
            document_ids.push((path.clone(), document.meta.id.clone()));
            corpus.documents.push(document);
        }
        let mut loaded = Self::assemble(layer, events, corpus, accepted);
        loaded.sources = sources.clone();
        loaded.document_ids = document_ids;
        Ok(loaded)
    }

    /// The same data with `accepted` as the accepted events (replacing those accepted before): the
    /// events part is read again (from its file, or built in) and joined with them; the layer and the
    /// documents are kept as they are.
    pub fn with_accepted(&self, accepted: Vec<Event>) -> Result<Self, LoadError> {
        let events = load_events(&self.sources)?;
        let mut loaded = Self::assemble(
            self.dataset.layer.clone(),
            events,
            self.dataset.corpus.clone(),
            accepted,
        );
        loaded.sources = self.sources.clone();
        loaded.document_ids = self.document_ids.clone();
        Ok(loaded)
    }

    fn assemble(
        layer: DistrictLayer,
        mut events: EventsFile,
        corpus: Corpus,
        accepted: Vec<Event>,
    ) -> Self {
        events.events.extend(accepted.iter().cloned());
        let (dataset, report) = Dataset::assemble(layer, events, corpus, None);
        let mut loaded = Self::from_parts(dataset, report);
        loaded.accepted = accepted;
        loaded
    }

    /// The events accepted in the app, in the order accepted.
    pub fn accepted(&self) -> &[Event] {
        &self.accepted
    }

    /// The document a single opened file (one of `sources.documents`) became.
    pub fn document_from(&self, path: &Path) -> Option<&SourceDocument> {
        let (_, id) = self.document_ids.iter().find(|(p, _)| p == path)?;
        self.dataset.corpus.get(id)
    }

    /// Wraps a joined dataset with what the app computes from it once (index, area series, landmarks).
    pub fn from_parts(dataset: Dataset, report: JoinReport) -> Self {
        // The landmarks are Aleppo's: the map shows them only when they lie over the layer.
        let landmarks = landmark::builtin().unwrap_or_default();
        let index = ControlIndex::new(&dataset);
        let series = area_series(&dataset, &index);
        Self {
            dataset,
            index,
            series,
            report,
            landmarks,
            sources: DataSources::default(),
            accepted: Vec::new(),
            document_ids: Vec::new(),
        }
    }

    /// The built-in data.
    pub fn builtin() -> Result<Self, LoadError> {
        Self::load(&DataSources::default())
    }
}

/// The events part: its file, or the built-in events.
fn load_events(sources: &DataSources) -> Result<EventsFile, LoadError> {
    match &sources.events {
        Some(p) => EventsFile::load(p),
        None => builtin::events(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_judged_by_name() {
        assert_eq!(
            FileKind::of(Path::new("a/districts.geojson")),
            Ok(FileKind::Districts)
        );
        assert_eq!(FileKind::of(Path::new("events.json")), Ok(FileKind::Events));
        assert_eq!(
            FileKind::of(Path::new("x/sources.json")),
            Ok(FileKind::SourcesFolder)
        );
        assert_eq!(FileKind::of(Path::new("doc.md")), Ok(FileKind::Document));
        let err = FileKind::of(Path::new("map.png")).expect_err("png");
        assert!(err.contains("map.png"), "{err}");
    }

    #[test]
    fn opening_a_file_replaces_only_its_part() {
        let start = DataSources::default();
        let next = start
            .with_files(&[PathBuf::from("my.geojson")])
            .expect("known kind");
        assert_eq!(next.districts, Some(PathBuf::from("my.geojson")));
        assert_eq!(next.events, None);
    }

    #[test]
    fn accepted_events_join_and_can_be_taken_back() {
        let data = LoadedData::builtin().expect("built-in data loads");
        let n = data.dataset.events.len();
        let mut event = data.dataset.events[n - 1].event.clone();
        event.id = "accepted-1".into();
        let with = data.with_accepted(vec![event]).expect("joins");
        assert_eq!(with.dataset.events.len(), n + 1);
        assert_eq!(with.accepted().len(), 1);
        assert!(with.dataset.event_index("accepted-1").is_some());
        assert!(with.report.is_clean(), "{:?}", with.report.problems);
        let without = with.with_accepted(Vec::new()).expect("joins");
        assert_eq!(without.dataset.events.len(), n);
    }

    #[test]
    fn the_builtin_data_loads_cleanly() {
        let data = LoadedData::builtin().expect("built-in data loads");
        assert!(data.report.is_clean(), "{:?}", data.report.problems);
        assert_eq!(data.dataset.layer.len(), data.index.district_count());
        assert!(!data.series.is_empty());
    }
}
