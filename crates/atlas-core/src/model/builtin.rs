//! The built-in dataset, compiled into the binary so the app starts on a double-click with no files.

use super::district::DistrictLayer;
use super::error::LoadError;
use super::event::EventsFile;
use super::source::{parse_manifest, Corpus, SourceDocument};
use std::path::Path;

pub const DISTRICTS_GEOJSON: &str = include_str!("../../../../data/districts.geojson");
pub const EVENTS_JSON: &str = include_str!("../../../../data/events.json");
pub const LANDMARKS_GEOJSON: &str = include_str!("../../../../data/landmarks.geojson");
const SOURCES_JSON: &str = include_str!("../../../../data/sources/sources.json");
const DOCUMENTS: &[(&str, &str)] = &[
    (
        "000_9c78f77e1fedc513.txt",
        include_str!("../../../../data/sources/000_9c78f77e1fedc513.txt"),
    ),
    (
        "001_e88abf900000f3c3.txt",
        include_str!("../../../../data/sources/001_e88abf900000f3c3.txt"),
    ),
    (
        "002_bc382a7f8ef03c76.txt",
        include_str!("../../../../data/sources/002_bc382a7f8ef03c76.txt"),
    ),
    (
        "003_900818fe0882e21f.txt",
        include_str!("../../../../data/sources/003_900818fe0882e21f.txt"),
    ),
    (
        "004_ce3d9bb418826646.txt",
        include_str!("../../../../data/sources/004_ce3d9bb418826646.txt"),
    ),
];

/// How the built-in files are named in messages.
pub const BUILTIN_DISTRICTS: &str = "built-in data/districts.geojson";
pub const BUILTIN_EVENTS: &str = "built-in data/events.json";
pub const BUILTIN_SOURCES: &str = "built-in data/sources";

pub fn districts() -> Result<DistrictLayer, LoadError> {
    DistrictLayer::from_geojson(Path::new(BUILTIN_DISTRICTS), DISTRICTS_GEOJSON)
}

pub fn events() -> Result<EventsFile, LoadError> {
    EventsFile::from_json(Path::new(BUILTIN_EVENTS), EVENTS_JSON)
}

pub fn corpus() -> Result<Corpus, LoadError> {
    let manifest = Path::new(BUILTIN_SOURCES).join("sources.json");
    let metas = parse_manifest(&manifest, SOURCES_JSON)?;
    let mut documents = Vec::with_capacity(metas.len());
    for meta in metas {
        let Some((_, text)) = DOCUMENTS.iter().find(|(file, _)| *file == meta.file) else {
            return Err(LoadError::one(
                &manifest,
                &format!("document \"{}\"", meta.id),
                "file",
                format!("{} is not built in", meta.file),
            ));
        };
        documents.push(SourceDocument::from_text(meta, text));
    }
    Ok(Corpus { documents })
}
