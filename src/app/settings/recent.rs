//! The data sets opened recently: what was opened together, and how each is shown in the menu.

use atlas_core::join::DataPaths;
use atlas_core::model::PropertyNames;
use serde::{Deserialize, Deserializer, Serialize};
use std::path::{Path, PathBuf};

/// What was opened together: a bundle, and/or a district layer, an events file, a sources folder and
/// documents, with the layer's property names when they were not the usual ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RecentData {
    pub districts: Option<PathBuf>,
    pub events: Option<PathBuf>,
    /// A folder of source documents.
    pub sources: Option<PathBuf>,
    /// A bundle folder or manifest file.
    pub bundle: Option<PathBuf>,
    pub documents: Vec<PathBuf>,
    #[serde(deserialize_with = "property_names_ignoring_unknown_fields")]
    pub property_names: Option<PropertyNames>,
    /// Control areas over time (a folder of dated snapshots, or a file of dated features).
    pub control_areas: Option<PathBuf>,
    pub area_controller: Option<String>,
    /// Dated points (issue 16).
    pub points: Option<PathBuf>,
    pub points_date_property: Option<String>,
}

/// [`PropertyNames`] refuses unknown fields (right for a bundle manifest); a settings file written by
/// a newer version must still load, so here they are ignored.
fn property_names_ignoring_unknown_fields<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<PropertyNames>, D::Error> {
    #[derive(Deserialize)]
    struct Loose {
        id: String,
        name: String,
    }
    Ok(
        Option::<Loose>::deserialize(deserializer)?.map(|l| PropertyNames {
            id: l.id,
            name: l.name,
        }),
    )
}

/// The longest label [`RecentData::describe`] gives, in characters.
pub(super) const LABEL_CHARS: usize = 60;

impl From<&DataPaths> for RecentData {
    fn from(paths: &DataPaths) -> Self {
        Self {
            districts: paths.districts.clone(),
            events: paths.events.clone(),
            sources: paths.sources.clone(),
            bundle: paths.bundle.clone(),
            documents: paths.documents.clone(),
            property_names: paths.property_names.clone(),
            control_areas: paths.control_areas.clone(),
            area_controller: paths.area_controller.clone(),
            points: paths.points.clone(),
            points_date_property: paths.points_date_property.clone(),
        }
    }
}

impl RecentData {
    /// The files to load for this entry.
    pub fn to_paths(&self) -> DataPaths {
        DataPaths {
            districts: self.districts.clone(),
            events: self.events.clone(),
            sources: self.sources.clone(),
            documents: self.documents.clone(),
            bundle: self.bundle.clone(),
            property_names: self.property_names.clone(),
            control_areas: self.control_areas.clone(),
            area_controller: self.area_controller.clone(),
            points: self.points.clone(),
            points_date_property: self.points_date_property.clone(),
        }
    }

    /// Every path of the entry: bundle, districts, events, sources, then the documents.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        [
            &self.bundle,
            &self.districts,
            &self.events,
            &self.sources,
            &self.control_areas,
            &self.points,
        ]
        .into_iter()
        .filter_map(|p| p.as_deref())
        .chain(self.documents.iter().map(PathBuf::as_path))
    }

    /// True when the entry names no file at all.
    pub fn is_empty(&self) -> bool {
        self.paths().next().is_none()
    }

    /// A short label for a menu: the file names (a folder's with a trailing `/`), the first few and
    /// how many more, at most 60 characters.
    pub fn describe(&self) -> String {
        let mut names: Vec<String> = Vec::new();
        let mut add = |path: &Option<PathBuf>, folder: bool| {
            if let Some(p) = path {
                names.push(short_name(p, folder));
            }
        };
        add(&self.bundle, false);
        add(&self.districts, false);
        add(&self.events, false);
        add(&self.sources, true);
        names.extend(self.documents.iter().map(|p| short_name(p, false)));
        let label = match names.len() {
            0 => "(no files)".to_string(),
            1..=3 => names.join(" + "),
            n => format!("{} + {} + {} more", names[0], names[1], n - 2),
        };
        if label.chars().count() > LABEL_CHARS {
            let mut cut: String = label.chars().take(LABEL_CHARS - 1).collect();
            cut.push('…');
            cut
        } else {
            label
        }
    }

    /// The entry's paths that no longer exist (or cannot be reached), in [`RecentData::paths`] order.
    pub fn missing_files(&self) -> Vec<PathBuf> {
        self.paths()
            .filter(|p| !p.exists())
            .map(Path::to_path_buf)
            .collect()
    }

    /// Same files (property names aside): the same data set opened again.
    pub(super) fn same_files(&self, other: &RecentData) -> bool {
        self.bundle == other.bundle
            && self.districts == other.districts
            && self.events == other.events
            && self.sources == other.sources
            && self.documents == other.documents
    }

    /// All paths are valid Unicode, so the entry can be written as JSON.
    pub(super) fn is_representable(&self) -> bool {
        self.paths().all(|p| p.to_str().is_some())
    }

    /// The entry with every relative path made absolute (a path that cannot be is kept as given).
    pub(super) fn absolute(mut self) -> Self {
        let fix = |p: &mut PathBuf| {
            if p.is_relative() {
                if let Ok(abs) = std::path::absolute(&*p) {
                    *p = abs;
                }
            }
        };
        for p in [
            &mut self.bundle,
            &mut self.districts,
            &mut self.events,
            &mut self.sources,
        ]
        .into_iter()
        .flatten()
        {
            fix(p);
        }
        self.documents.iter_mut().for_each(fix);
        self
    }
}

/// The last component of a path (the whole path when it has none), `/`-suffixed for a folder.
fn short_name(path: &Path, folder: bool) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    if folder && !name.ends_with('/') {
        format!("{name}/")
    } else {
        name
    }
}
