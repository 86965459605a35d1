//! The data the app shows, loaded through the join's loader (the app never parses a file itself), with
//! what is computed from it once per load: the control index and the area series.
//!
//! [`DataPaths`] says where each part comes from (a file, a bundle, or the built-in data); opening
//! files replaces one part at a time ([`paths_with_files`]), and a load that fails leaves the caller's
//! current data untouched. A load is watched and can be cancelled through a [`LoadProgress`] (the app
//! runs it as a background [`crate::job::Job`]). A layer whose id and name properties cannot be
//! guessed comes back as [`LoadOutcome::NeedsPropertyNames`], for the user to choose them. Events
//! reviewed and accepted in the app join the loaded ones ([`LoadedData::with_accepted`]).

use crate::join::{
    load_events, load_parts_watched, DataParts, DataPaths, Dataset, JoinReport, LoadProgress,
};
use crate::model::control_areas::ControlAreas;
use crate::model::landmark::{self, Landmark};
use crate::model::points::{PointLayer, PointsOptions};
use crate::model::{
    property_keys, DataFileKind, Event, LoadError, PropertyKey, PropertyNames, SourceDocument,
};
use crate::timeline::{area_series, AreaTotals, ControlIndex};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The points file `paths` names (its own or the bundle's), read as the load's last step.
fn load_points(
    paths: &DataPaths,
    progress: &LoadProgress,
) -> Result<Option<Arc<PointLayer>>, LoadError> {
    let Some(file) = paths.resolved()?.points else {
        return Ok(None);
    };
    let start = progress.fraction();
    let step = crate::join::LoadStep::Points;
    if !progress.step(step, &Some(file.clone()), start, 1.0 - start) {
        return Ok(None);
    }
    let layer = PointLayer::load_watched(&file, &PointsOptions::default(), progress.watch())?;
    Ok(Some(Arc::new(layer)))
}

/// `paths` with the given files put in place of the parts they are (judged by content). A bundle
/// replaces everything; a new layer drops the chosen property names of the old one.
pub fn paths_with_files(paths: &DataPaths, files: &[PathBuf]) -> Result<DataPaths, LoadError> {
    let mut next = paths.clone();
    for file in files {
        match DataFileKind::of(file)? {
            DataFileKind::Bundle => {
                next = DataPaths {
                    bundle: Some(file.clone()),
                    ..DataPaths::default()
                }
            }
            DataFileKind::Districts => {
                next.districts = Some(file.clone());
                next.property_names = None;
            }
            DataFileKind::ControlAreas => next.control_areas = Some(file.clone()),
            DataFileKind::Events => {
                next.events = Some(file.clone());
                // Points (issue 16): an ACLED export is also every one of its rows as points.
                if crate::model::formats::detect_events_format(file)
                    .is_ok_and(|f| f == crate::model::EventsFormat::Acled)
                {
                    next.points = Some(file.clone());
                }
            }
            DataFileKind::Points => next.points = Some(file.clone()),
            DataFileKind::SourcesFolder => {
                let folder = if file.is_dir() {
                    file.clone()
                } else {
                    file.parent().map(Path::to_path_buf).unwrap_or_default()
                };
                next.sources = Some(folder);
            }
            DataFileKind::Document => {
                if !next.documents.contains(file) {
                    next.documents.push(file.clone());
                }
            }
        }
    }
    Ok(next)
}

/// A short description for the menu bar: "built-in data" or the file names.
pub fn describe(paths: &DataPaths) -> String {
    if paths.is_builtin() {
        return "built-in data".into();
    }
    let name = |p: &PathBuf| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string())
    };
    // A bundle opened by its manifest is named after its folder, as one opened by its folder is.
    let bundle_name = |b: &PathBuf| match (b.file_name(), b.parent()) {
        (Some(file), Some(folder)) if file == crate::model::bundle::BUNDLE_MANIFEST => {
            name(&folder.to_path_buf())
        }
        _ => name(b),
    };
    let mut parts = Vec::new();
    parts.extend(
        paths
            .bundle
            .iter()
            .map(|b| format!("bundle {}", bundle_name(b))),
    );
    parts.extend(paths.districts.iter().map(name));
    parts.extend(paths.events.iter().map(name));
    parts.extend(paths.sources.iter().map(name));
    parts.extend(paths.documents.iter().map(name));
    parts.extend(paths.control_areas.iter().map(name));
    // Points (issue 16): named unless they are the events file (an ACLED export read both ways).
    parts.extend(
        paths
            .points
            .iter()
            .filter(|p| paths.events.as_ref() != Some(*p))
            .map(name),
    );
    parts.join(", ")
}

/// How a load ended.
pub enum LoadOutcome {
    Loaded(Box<LoadedData>),
    /// The watcher cancelled it; nothing changed.
    Cancelled,
    /// The layer's id and name properties could not be guessed: the user must choose them.
    NeedsPropertyNames(LayerProperties),
}

/// A layer's property keys, for the user to choose which hold the ids and the names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerProperties {
    /// The layer file.
    pub layer: PathBuf,
    pub keys: Vec<PropertyKey>,
    /// The choice to start from: the current one, or the one detected.
    pub suggested: Option<PropertyNames>,
    /// Why the user is asked (the loader's message), or None when they asked themselves.
    pub reason: Option<String>,
}

impl LayerProperties {
    /// The property keys of the layer that `paths` loads (its own file or the bundle's), for the user
    /// to choose from. None when the layer is the built-in one.
    pub fn of(paths: &DataPaths) -> Result<Option<Self>, LoadError> {
        let paths = paths.resolved()?;
        let Some(layer) = paths.districts else {
            return Ok(None);
        };
        let keys = property_keys(&layer)?;
        let suggested = paths
            .property_names
            .or_else(|| PropertyNames::detect(&keys));
        Ok(Some(Self {
            layer,
            keys,
            suggested,
            reason: None,
        }))
    }
}

/// A loaded dataset and what is computed from it once.
pub struct LoadedData {
    pub dataset: Dataset,
    pub index: ControlIndex,
    /// Area per controller at the start and after every change.
    pub series: Vec<AreaTotals>,
    /// What came in and what did not join (shown to the user, never fatal).
    pub report: JoinReport,
    pub landmarks: Vec<Landmark>,
    /// The files the data came from.
    pub paths: DataPaths,
    /// Events accepted in the app's review, joined after the loaded ones (they are in `dataset`).
    accepted: Vec<Event>,
    /// The id each single document of `paths.documents` got in the corpus.
    document_ids: Vec<(PathBuf, String)>,
    /// Control areas over time (issue 16), when opened.
    pub control_areas: Option<Arc<ControlAreas>>,
    /// Dated points, a layer of their own (issue 16; None: no points file).
    pub points: Option<Arc<PointLayer>>,
}

impl LoadedData {
    /// Loads every part (from its file, the bundle, or built in) and joins them, with `accepted`
    /// events after the loaded ones, telling `progress` how far it is.
    pub fn load(
        paths: &DataPaths,
        accepted: Vec<Event>,
        progress: &LoadProgress,
    ) -> Result<LoadOutcome, LoadError> {
        let parts = match load_parts_watched(paths, progress) {
            Ok(Some(parts)) => parts,
            Ok(None) => return Ok(LoadOutcome::Cancelled),
            Err(e) => return Self::ask_for_names(paths, e),
        };
        let mut loaded = Self::assemble(parts, accepted, paths);
        // Points (issue 16): their own step, after the rest.
        match load_points(paths, progress) {
            Ok(points) => loaded.points = points,
            Err(_) if progress.is_cancelled() => return Ok(LoadOutcome::Cancelled),
            Err(e) => return Err(e),
        }
        if progress.is_cancelled() {
            return Ok(LoadOutcome::Cancelled);
        }
        Ok(LoadOutcome::Loaded(Box::new(loaded)))
    }

    /// When a layer failed to load and nothing in it looks like an id or a name, the user is asked
    /// to choose (the error comes back as `Ok`); any other failure is returned as it is.
    fn ask_for_names(paths: &DataPaths, error: LoadError) -> Result<LoadOutcome, LoadError> {
        if paths.property_names.is_some() {
            return Err(error);
        }
        let Ok(Some(mut properties)) = LayerProperties::of(paths) else {
            return Err(error);
        };
        // Nothing to choose from (no features, or none with properties): the loader's message says why.
        if properties.suggested.is_some() || properties.keys.is_empty() {
            return Err(error);
        }
        properties.reason = Some(error.to_string());
        Ok(LoadOutcome::NeedsPropertyNames(properties))
    }

    /// Loads without watching (tests, the command line's exports).
    pub fn load_now(paths: &DataPaths) -> Result<Self, LoadError> {
        match Self::load(paths, Vec::new(), &LoadProgress::default())? {
            LoadOutcome::Loaded(data) => Ok(*data),
            LoadOutcome::Cancelled => Err(LoadError::one(
                Path::new("(data)"),
                "",
                "",
                "the load was cancelled",
            )),
            LoadOutcome::NeedsPropertyNames(p) => Err(LoadError::one(
                &p.layer,
                "top level",
                "properties",
                "no property looks like a district id or name; choose them (--id-property, --name-property)",
            )),
        }
    }

    /// The same data with `accepted` as the accepted events (replacing those accepted before): the
    /// events part is read again (from its file, the bundle, or built in) and joined with them; the
    /// layer and the documents are kept as they are.
    pub fn with_accepted(&self, accepted: Vec<Event>) -> Result<Self, LoadError> {
        let events = load_events(&self.paths, &self.dataset.layer)?;
        let parts = DataParts {
            layer: self.dataset.layer.clone(),
            events,
            corpus: self.dataset.corpus.clone(),
            events_path: self.report.import.events_path.clone(),
            document_ids: self.document_ids.clone(),
            control_areas: self.control_areas.clone(),
        };
        let mut joined = Self::assemble(parts, accepted, &self.paths);
        joined.points.clone_from(&self.points);
        Ok(joined)
    }

    fn assemble(mut parts: DataParts, accepted: Vec<Event>, paths: &DataPaths) -> Self {
        parts.events.events.extend(accepted.iter().cloned());
        let document_ids = std::mem::take(&mut parts.document_ids);
        let control_areas = parts.control_areas.clone();
        let (dataset, report) = parts.join();
        let mut loaded = Self::from_parts(dataset, report);
        loaded.accepted = accepted;
        loaded.paths = paths.clone();
        loaded.document_ids = document_ids;
        loaded.control_areas = control_areas;
        loaded
    }

    /// The events accepted in the app, in the order accepted.
    pub fn accepted(&self) -> &[Event] {
        &self.accepted
    }

    /// The document a single opened file (one of `paths.documents`) became.
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
            paths: DataPaths::default(),
            accepted: Vec::new(),
            document_ids: Vec::new(),
            control_areas: None,
            points: None,
        }
    }

    /// The built-in data.
    pub fn builtin() -> Result<Self, LoadError> {
        Self::load_now(&DataPaths::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder removed when the test ends.
    fn scratch(name: &str) -> tempfile::TempDir {
        tempfile::Builder::new()
            .prefix(&format!("atlas-loaded-{name}-"))
            .tempdir()
            .expect("temp dir")
    }

    #[test]
    fn a_bundle_is_named_after_its_folder_however_it_was_opened() {
        for opened in ["/data/kyiv", "/data/kyiv/bundle.json"] {
            let paths = DataPaths {
                bundle: Some(PathBuf::from(opened)),
                ..DataPaths::default()
            };
            assert_eq!(describe(&paths), "bundle kyiv", "{opened}");
        }
        let other = DataPaths {
            bundle: Some(PathBuf::from("/data/kyiv/march.json")),
            ..DataPaths::default()
        };
        assert_eq!(describe(&other), "bundle march.json");
    }

    #[test]
    fn opening_a_file_replaces_only_its_part() {
        let scratch = scratch("parts");
        let dir = scratch.path();
        let layer = dir.join("my.geojson");
        std::fs::write(&layer, "{}").expect("write");
        let start = DataPaths {
            events: Some(dir.join("e.json")),
            property_names: Some(PropertyNames::default()),
            ..DataPaths::default()
        };
        let next = paths_with_files(&start, std::slice::from_ref(&layer)).expect("known kind");
        let png = paths_with_files(&start, &[dir.join("map.png")]);
        assert_eq!(next.districts, Some(layer));
        assert_eq!(next.events, start.events);
        assert_eq!(next.property_names, None, "a new layer, new names");
        assert!(png.is_err());
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

    #[test]
    fn a_layer_without_recognisable_names_asks_for_them() {
        let scratch = scratch("names");
        let dir = scratch.path();
        let layer = dir.join("odd.geojson");
        let square = "[[[37.1,36.2],[37.2,36.2],[37.2,36.3],[37.1,36.2]]]";
        std::fs::write(
            &layer,
            format!(
                r#"{{"type":"FeatureCollection","features":[
                {{"type":"Feature","properties":{{"QRT":"Alpha","NUM":7}},"geometry":{{"type":"Polygon","coordinates":{square}}}}}]}}"#
            ),
        )
        .expect("write");
        let paths = DataPaths {
            districts: Some(layer.clone()),
            ..DataPaths::default()
        };
        let outcome = LoadedData::load(&paths, Vec::new(), &LoadProgress::default());
        let chosen = DataPaths {
            property_names: Some(PropertyNames {
                id: "NUM".into(),
                name: "QRT".into(),
            }),
            ..paths.clone()
        };
        let loaded = LoadedData::load_now(&chosen);
        match outcome {
            Ok(LoadOutcome::NeedsPropertyNames(p)) => {
                assert_eq!(p.layer, layer);
                let keys: Vec<&str> = p.keys.iter().map(|k| k.key.as_str()).collect();
                assert_eq!(keys, ["NUM", "QRT"]);
                assert!(p.reason.is_some());
            }
            Ok(_) => panic!("expected to be asked for the property names"),
            Err(e) => panic!("expected to be asked for the property names, got {e}"),
        }
        let loaded = loaded.expect("loads with the chosen names");
        assert_eq!(loaded.dataset.layer.districts[0].name, "Alpha");
        assert_eq!(loaded.dataset.layer.districts[0].id, "7");
    }
}
