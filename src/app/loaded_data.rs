//! The data the app shows, loaded through the model and the join (the app never parses a file itself),
//! with what is computed from it once per load: the control index and the area series.
//!
//! [`DataSources`] says where each part comes from (a file, or the built-in data); opening files
//! replaces one part at a time, and a load that fails leaves the caller's current data untouched.

use crate::join::{Dataset, JoinReport};
use crate::model::landmark::{self, Landmark};
use crate::model::{builtin, Corpus, DistrictLayer, EventsFile, LoadError};
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
}

impl LoadedData {
    /// Loads every part (from its file or built in) and joins them.
    pub fn load(sources: &DataSources) -> Result<Self, LoadError> {
        let layer = match &sources.districts {
            Some(p) => DistrictLayer::load(p)?,
            None => builtin::districts()?,
        };
        let events = match &sources.events {
            Some(p) => EventsFile::load(p)?,
            None => builtin::events()?,
        };
        let mut corpus = match &sources.sources {
            Some(p) => Corpus::load_dir(p)?,
            None => builtin::corpus()?,
        };
        for path in &sources.documents {
            let document = Corpus::load_file(path)?;
            corpus.documents.retain(|d| d.meta.id != document.meta.id);
            corpus.documents.push(document);
        }
        let (dataset, report) = Dataset::assemble(layer, events, corpus, None);
        let mut loaded = Self::from_parts(dataset, report);
        loaded.sources = sources.clone();
        Ok(loaded)
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
        }
    }

    /// The built-in data.
    pub fn builtin() -> Result<Self, LoadError> {
        Self::load(&DataSources::default())
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
    fn the_builtin_data_loads_cleanly() {
        let data = LoadedData::builtin().expect("built-in data loads");
        assert!(data.report.is_clean(), "{:?}", data.report.problems);
        assert_eq!(data.dataset.layer.len(), data.index.district_count());
        assert!(!data.series.is_empty());
    }
}
