//! A bundle: a district layer, an events file and a sources folder that belong together, given as a
//! folder or as a small JSON manifest. Every path in a manifest is relative to the manifest's folder and
//! must stay inside it: an absolute path, a `..` that climbs out, or a symbolic link that leads out is
//! refused.
//!
//! ```json
//! { "name": "Aleppo, synthetic", "districts": "districts.geojson", "events": "events.json",
//!   "sources": "sources", "property_names": { "id": "OBJECTID", "name": "NAME" },
//!   "points": "damage.geojson" }
//! ```
//!
//! A folder without a `bundle.json` is read by its file names: `districts.geojson` (or its only
//! `.geojson` file), `events.json` or `events.csv` (or its only `.csv` file), `sources/`, and dated
//! points from `points.geojson` or `points.csv`.

use super::confine;
use super::district::PropertyNames;
use super::error::{
    from_json_with_path, json_error_message, json_syntax_error, limits, read_text_limited,
};
use super::error::{LoadError, Problem};
use serde::Deserialize;
use std::path::{Component, Path, PathBuf};

/// The manifest's file name inside a bundle folder.
pub const BUNDLE_MANIFEST: &str = "bundle.json";

/// The parts of a bundle, as paths inside it (None: the part is not in the bundle).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bundle {
    /// The folder the bundle's paths are relative to.
    pub root: PathBuf,
    pub name: Option<String>,
    pub districts: Option<PathBuf>,
    pub events: Option<PathBuf>,
    pub sources: Option<PathBuf>,
    /// Dated points (issue 16): a GeoJSON of points or an ACLED export.
    pub points: Option<PathBuf>,
    /// Which layer properties hold the ids and names, when not `id` and `name`.
    pub property_names: Option<PropertyNames>,
    /// Control areas over time (issue 16): a folder of dated snapshots or a file of dated features.
    pub control_areas: Option<PathBuf>,
    /// The controller of control areas whose files name none.
    pub area_controller: Option<String>,
    /// The property of a GeoJSON of points that holds each point's date (None: found by content).
    pub points_date_property: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    about: Option<String>,
    #[serde(default)]
    districts: Option<String>,
    #[serde(default)]
    events: Option<String>,
    #[serde(default)]
    sources: Option<String>,
    #[serde(default)]
    property_names: Option<PropertyNames>,
    #[serde(default)]
    control_areas: Option<String>,
    #[serde(default)]
    area_controller: Option<String>,
    #[serde(default)]
    points: Option<String>,
    #[serde(default)]
    points_date_property: Option<String>,
}

impl Bundle {
    /// Opens a bundle: a folder (with a `bundle.json`, or read by its file names) or a manifest file.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let meta = std::fs::metadata(path).map_err(|e| LoadError::io(path, e))?;
        if meta.is_dir() {
            let manifest = path.join(BUNDLE_MANIFEST);
            if manifest.is_file() {
                return Self::from_manifest(&manifest);
            }
            return Self::from_folder(path);
        }
        Self::from_manifest(path)
    }

    fn from_manifest(path: &Path) -> Result<Self, LoadError> {
        let text = read_text_limited(path, limits::MANIFEST_BYTES, "bundle manifests", "")?;
        Self::from_manifest_text(path, &text)
    }

    /// Reads a manifest's text; `path` names it in messages, and its folder is the bundle's root
    /// (the parts named must exist there).
    pub fn from_manifest_text(path: &Path, text: &str) -> Result<Self, LoadError> {
        let manifest: Manifest = from_json_with_path(text).map_err(|(field, e)| {
            if e.is_data() {
                LoadError::one(path, "top level", &field, json_error_message(&e))
            } else {
                json_syntax_error(path, &e)
            }
        })?;
        let _ = manifest.about;
        let root = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut problems = Vec::new();
        let mut part = |field: &str, value: &Option<String>| -> Option<PathBuf> {
            let value = value.as_deref()?;
            match inside(&root, field, value) {
                Ok(p) => Some(p),
                Err(message) => {
                    problems.push(Problem::new("top level", field, message));
                    None
                }
            }
        };
        let districts = part("districts", &manifest.districts);
        let events = part("events", &manifest.events);
        let sources = part("sources", &manifest.sources);
        let control_areas = part("control_areas", &manifest.control_areas);
        let points = part("points", &manifest.points);
        if !problems.is_empty() {
            return Err(LoadError::invalid(path, problems));
        }
        if districts.is_none()
            && events.is_none()
            && sources.is_none()
            && control_areas.is_none()
            && points.is_none()
        {
            return Err(LoadError::one(
                path,
                "top level",
                "",
                "names no part: give at least one of \"districts\", \"events\", \"sources\", \"control_areas\", \"points\"",
            ));
        }
        Ok(Self {
            root,
            name: manifest.name,
            districts,
            events,
            sources,
            points,
            property_names: manifest.property_names,
            control_areas,
            area_controller: manifest.area_controller,
            points_date_property: manifest.points_date_property,
        })
    }

    fn from_folder(dir: &Path) -> Result<Self, LoadError> {
        let entries = std::fs::read_dir(dir).map_err(|e| LoadError::io(dir, e))?;
        let mut files: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .collect();
        files.sort();
        let has = |name: &str| files.iter().any(|f| f == name);
        let only = |ext: &str| {
            let found: Vec<&String> = files
                .iter()
                .filter(|f| f.to_lowercase().ends_with(ext))
                .collect();
            match found.as_slice() {
                [one] => Some(one.to_string()),
                _ => None,
            }
        };
        let districts = if has("districts.geojson") {
            Some("districts.geojson".to_string())
        } else {
            only(".geojson")
        };
        let events = ["events.json", "events.csv"]
            .iter()
            .find(|n| has(n))
            .map(|n| n.to_string())
            .or_else(|| only(".csv"));
        let sources = dir.join("sources").is_dir().then(|| "sources".to_string());
        let points = ["points.geojson", "points.csv"]
            .iter()
            .find(|n| has(n))
            .map(|n| n.to_string());
        if districts.is_none() && events.is_none() && sources.is_none() {
            return Err(LoadError::one(
                dir,
                "folder",
                "",
                "is not a bundle: it has no bundle.json, and no districts.geojson, events.json, \
                 events.csv or sources folder",
            ));
        }
        let mut problems = Vec::new();
        let mut part = |field: &str, value: Option<String>| -> Option<PathBuf> {
            match inside(dir, field, &value?) {
                Ok(p) => Some(p),
                Err(message) => {
                    problems.push(Problem::new("folder", field, message));
                    None
                }
            }
        };
        let bundle = Self {
            root: dir.to_path_buf(),
            name: None,
            districts: part("districts", districts),
            events: part("events", events),
            sources: part("sources", sources),
            points: part("points", points),
            property_names: None,
            control_areas: None,
            area_controller: None,
            points_date_property: None,
        };
        if problems.is_empty() {
            Ok(bundle)
        } else {
            Err(LoadError::invalid(dir, problems))
        }
    }
}

/// `value` as a path inside `root`, or why it is refused.
fn inside(root: &Path, field: &str, value: &str) -> Result<PathBuf, String> {
    if value.trim().is_empty() {
        return Err("is empty".into());
    }
    let relative = Path::new(value);
    let mut depth = 0usize;
    for c in relative.components() {
        match c {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir if depth > 0 => depth -= 1,
            Component::ParentDir => {
                return Err(format!(
                    "\"{value}\" points outside the bundle; only paths inside the bundle's folder are allowed"
                ))
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(format!(
                    "\"{value}\" is an absolute path; only paths relative to the bundle's folder, inside it, are allowed"
                ))
            }
        }
    }
    let full = root.join(relative);
    let confined = match field {
        "sources" | "control_areas" => confine::confined_file_or_folder(root, "the bundle", &full),
        _ => confine::confined_file(root, "the bundle", &full),
    };
    confined.map_err(|reason| format!("\"{value}\" {reason}"))?;
    Ok(full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn climbing_out_and_absolute_paths_are_refused() {
        let root = Path::new(".");
        let err = inside(root, "events", "../events.json").expect_err("outside");
        assert!(err.contains("points outside the bundle"), "{err}");
        let err = inside(root, "events", "a/../../events.json").expect_err("outside");
        assert!(err.contains("points outside the bundle"), "{err}");
        let err = inside(root, "events", "/etc/passwd").expect_err("absolute");
        assert!(err.contains("absolute path"), "{err}");
        assert!(inside(root, "events", "src/../Cargo.toml").is_ok());
    }
}
