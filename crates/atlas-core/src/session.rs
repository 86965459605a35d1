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
use crate::model::control_areas::{ControlAreas, DistrictShares};
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
    let options = PointsOptions {
        date_property: paths.points_date_property.clone(),
        ..PointsOptions::default()
    };
    let layer = PointLayer::load_watched(&file, &options, progress.watch())?;
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
    /// No property of the points GeoJSON reads as dates: the user must choose the one that holds them.
    NeedsPointsDate(PointsProperties),
}

/// The properties of a GeoJSON of points, for the user to choose which holds each point's date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointsProperties {
    /// The points file.
    pub file: PathBuf,
    pub keys: Vec<PropertyKey>,
    /// The property in use (the user's earlier choice, or the one found by content), if any.
    pub current: Option<String>,
    /// Why the user is asked (the loader's message), or None when they asked themselves.
    pub reason: Option<String>,
}

impl PointsProperties {
    /// The property keys of the points file `paths` names (its own or the bundle's), when it is a
    /// GeoJSON (an ACLED export's dates are its `event_date`); None without such a file.
    pub fn of(paths: &DataPaths) -> Result<Option<Self>, LoadError> {
        let paths = paths.resolved()?;
        let Some(file) = paths.points else {
            return Ok(None);
        };
        if crate::model::formats::detect_events_format(&file)? != crate::model::EventsFormat::Json {
            return Ok(None);
        }
        let keys = crate::model::points::geojson_points::property_keys(&file)?;
        Ok(Some(Self {
            file,
            keys,
            current: paths.points_date_property,
            reason: None,
        }))
    }
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
    /// What the control areas say of the districts, measured once at load and kept for re-joins.
    district_shares: Option<Arc<DistrictShares>>,
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
            Ok(points) => {
                loaded.report.import.points_summary = points
                    .as_ref()
                    .and_then(|layer| layer.report.lines(layer).into_iter().next());
                loaded.points = points;
            }
            Err(_) if progress.is_cancelled() => return Ok(LoadOutcome::Cancelled),
            Err(e) => return Self::ask_for_points_date(paths, e),
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

    /// When a GeoJSON of points failed to load and no date property was chosen, the user is asked to
    /// choose one (the error comes back as `Ok`); any other failure is returned as it is.
    fn ask_for_points_date(paths: &DataPaths, error: LoadError) -> Result<LoadOutcome, LoadError> {
        if paths.points_date_property.is_some() {
            return Err(error);
        }
        match PointsProperties::of(paths) {
            Ok(Some(mut properties)) if !properties.keys.is_empty() => {
                properties.reason = Some(error.to_string());
                Ok(LoadOutcome::NeedsPointsDate(properties))
            }
            _ => Err(error),
        }
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
            LoadOutcome::NeedsPointsDate(p) => Err(LoadError::one(
                &p.file,
                "features",
                "properties",
                p.reason
                    .unwrap_or_else(|| "no property holds the points' dates".into()),
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
            // Measured once at load: the districts and the areas have not changed.
            district_shares: self.district_shares.clone(),
            events_also_points: self.report.import.events_also_points,
        };
        let mut joined = Self::assemble(parts, accepted, &self.paths);
        joined.points.clone_from(&self.points);
        joined
            .report
            .import
            .points_summary
            .clone_from(&self.report.import.points_summary);
        Ok(joined)
    }

    fn assemble(mut parts: DataParts, accepted: Vec<Event>, paths: &DataPaths) -> Self {
        parts.events.events.extend(accepted.iter().cloned());
        let document_ids = std::mem::take(&mut parts.document_ids);
        let control_areas = parts.control_areas.clone();
        let district_shares = parts.district_shares.clone();
        let (dataset, report) = parts.join();
        let mut loaded = Self::from_parts(dataset, report);
        loaded.accepted = accepted;
        loaded.paths = paths.clone();
        loaded.document_ids = document_ids;
        loaded.control_areas = control_areas;
        loaded.district_shares = district_shares;
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
            district_shares: None,
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

    /// A folder of two daily control-area files over the east of the built-in layer.
    fn control_folder(dir: &Path) -> PathBuf {
        let folder = dir.join("areas");
        std::fs::create_dir_all(&folder).expect("folder");
        for (day, east) in [("20161201", 37.17), ("20161205", 37.20)] {
            let text = format!(
                r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"controller":"government"}},"geometry":{{"type":"Polygon","coordinates":[[[37.15,36.15],[{east},36.15],[{east},36.25],[37.15,36.25],[37.15,36.15]]]}}}}]}}"#
            );
            std::fs::write(folder.join(format!("areas_{day}.geojson")), text).expect("write");
        }
        folder
    }

    #[test]
    fn control_areas_are_measured_on_the_districts_once_and_the_measure_can_be_cancelled() {
        let scratch = scratch("areas");
        let paths = DataPaths {
            control_areas: Some(control_folder(scratch.path())),
            ..DataPaths::default()
        };
        let data = LoadedData::load_now(&paths).expect("loads");
        let shares = data.district_shares.clone().expect("measured");
        assert!(!shares.events.is_empty(), "the areas cover districts");
        let builtin = LoadedData::builtin().expect("built-in data loads");
        assert_eq!(
            data.dataset.events.len(),
            builtin.dataset.events.len() + shares.events.len()
        );
        // Accepting an event joins again without measuring again.
        let again = data.with_accepted(Vec::new()).expect("joins");
        let kept = again.district_shares.as_ref().expect("kept");
        assert!(Arc::ptr_eq(&shares, kept));
        assert_eq!(again.dataset.events.len(), data.dataset.events.len());
        // A cancelled load changes nothing and says so.
        let progress = LoadProgress::default();
        progress.cancel();
        let outcome = LoadedData::load(&paths, Vec::new(), &progress).expect("no error");
        assert!(matches!(outcome, LoadOutcome::Cancelled));
    }

    #[test]
    fn points_whose_dates_cannot_be_found_ask_which_property_holds_them() {
        let scratch = scratch("points-date");
        let file = scratch.path().join("survey.geojson");
        // Two of five observations are dated: too few for the date to be found by content.
        let observed = ["2016-11-28", "not surveyed", "2016-12-02", "pending", "n/a"];
        let features: Vec<String> = observed
            .iter()
            .map(|o| {
                format!(
                    r#"{{"type":"Feature","properties":{{"obs":"{o}","site":"s"}},"geometry":{{"type":"Point","coordinates":[37.15,36.2]}}}}"#
                )
            })
            .collect();
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        );
        std::fs::write(&file, text).expect("write");
        let mut paths = DataPaths {
            points: Some(file.clone()),
            ..DataPaths::default()
        };
        let outcome = LoadedData::load(&paths, Vec::new(), &LoadProgress::default());
        let Ok(LoadOutcome::NeedsPointsDate(asked)) = outcome else {
            panic!("expected to be asked for the date property");
        };
        assert_eq!(asked.file, file);
        let keys: Vec<&str> = asked.keys.iter().map(|k| k.key.as_str()).collect();
        assert!(keys.contains(&"obs") && keys.contains(&"site"), "{keys:?}");
        assert!(asked
            .reason
            .is_some_and(|r| r.contains("no property holds dates")));
        paths.points_date_property = Some("obs".into());
        let data = LoadedData::load_now(&paths).expect("loads with the chosen property");
        let points = data.points.expect("points");
        assert_eq!(points.points.len(), 2, "the dated observations");
        assert_eq!(points.report.refused, 3);
        let summary = data
            .report
            .import
            .points_summary
            .expect("in the import report");
        assert!(summary.contains("2 points kept of 5 read"), "{summary}");
    }
}
