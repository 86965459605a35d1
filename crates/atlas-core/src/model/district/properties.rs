//! Which feature properties give a district its id and its name: chosen by a person, or detected
//! from the keys a layer's features carry.

use super::read::LAYER_HINT;
use crate::model::error::{limits, parse_json, read_text_limited, LoadError};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Which feature properties give each district its id and its name. [`FEATURE_ID`] stands for the
/// feature-level `id` member of GeoJSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PropertyNames {
    pub id: String,
    pub name: String,
}

/// The name [`PropertyNames`] and [`property_keys`] use for a feature's own `id` member.
pub const FEATURE_ID: &str = "@id";

impl Default for PropertyNames {
    fn default() -> Self {
        Self {
            id: "id".into(),
            name: "name".into(),
        }
    }
}

/// Property keys tried, in order, when a layer has no `id` property.
const ID_CANDIDATES: &[&str] = &[
    "Id",
    "ID",
    "fid",
    "FID",
    "OBJECTID",
    "ObjectID",
    "objectid",
    "OBJECTID_1",
    "code",
    "Code",
    "CODE",
    "pcode",
    "PCODE",
    "gid",
    "GID",
];
/// Property keys tried, in order, when a layer has no `name` property.
const NAME_CANDIDATES: &[&str] = &[
    "NAME",
    "Name",
    "name_en",
    "NAME_EN",
    "Name_En",
    "name:en",
    "name_EN",
    "ADM4_EN",
    "ADM3_EN",
    "ADM2_EN",
    "neighbourhood",
    "Neighbourhood",
    "NEIGHBOURHOOD",
    "neighborhood",
    "district",
    "District",
    "DISTRICT",
];

impl PropertyNames {
    /// The obvious properties for ids and names, judged from a layer's keys: `id` and `name` when
    /// present, else the usual spellings (`Id`, `OBJECTID`, `fid`, a feature-level id…; `NAME`,
    /// `name_en`, any key with "name" in it…). A layer with names but no ids takes its ids from the names.
    /// None when nothing looks like either.
    pub fn detect(keys: &[PropertyKey]) -> Option<Self> {
        let has = |k: &str| keys.iter().any(|p| p.key == k && p.features > 0);
        let name = if has("name") {
            Some("name".to_string())
        } else {
            NAME_CANDIDATES
                .iter()
                .find(|k| has(k))
                .map(|k| k.to_string())
                .or_else(|| {
                    let with_name = |p: &&PropertyKey| {
                        p.key != FEATURE_ID && p.key.to_lowercase().contains("name")
                    };
                    keys.iter()
                        .filter(with_name)
                        .find(|p| p.key.to_lowercase().contains("en"))
                        .or_else(|| keys.iter().find(with_name))
                        .map(|p| p.key.clone())
                })
        };
        let id = if has("id") {
            Some("id".to_string())
        } else {
            ID_CANDIDATES
                .iter()
                .find(|k| has(k))
                .map(|k| k.to_string())
                .or_else(|| has(FEATURE_ID).then(|| FEATURE_ID.to_string()))
        };
        match (id, name) {
            (Some(id), Some(name)) => Some(Self { id, name }),
            (Some(id), None) => Some(Self {
                name: id.clone(),
                id,
            }),
            (None, Some(name)) => Some(Self {
                id: name.clone(),
                name,
            }),
            (None, None) => None,
        }
    }

    /// "ids from \"OBJECTID\", names from \"NAME\"", for the import report.
    pub fn describe(&self) -> String {
        let what = |k: &str| {
            if k == FEATURE_ID {
                "the features' own id".to_string()
            } else {
                format!("property \"{k}\"")
            }
        };
        format!(
            "ids from {}, names from {}",
            what(&self.id),
            what(&self.name)
        )
    }
}

/// One property key of a layer's features, with how many features have it and a few sample values,
/// so a person can choose the id and name properties.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PropertyKey {
    pub key: String,
    /// Features that have it (with a value other than null).
    pub features: usize,
    /// Up to three distinct values, as text.
    pub samples: Vec<String>,
}

/// The property keys of a district layer file, sorted within each feature, in the order first met (the feature-level id
/// as [`FEATURE_ID`] when features have one), with sample values.
pub fn property_keys(path: &Path) -> Result<Vec<PropertyKey>, LoadError> {
    let text = read_text_limited(path, limits::LAYER_BYTES, "district layers", LAYER_HINT)?;
    let value = parse_json(path, &text)?;
    let features = value
        .get("features")
        .and_then(|f| f.as_array())
        .ok_or_else(|| LoadError::one(path, "top level", "features", "missing, or not a list"))?;
    Ok(keys_of(features))
}

pub(crate) fn keys_of(features: &[serde_json::Value]) -> Vec<PropertyKey> {
    let mut keys: Vec<PropertyKey> = Vec::new();
    let mut add = |key: &str, value: &serde_json::Value| {
        let sample = match value {
            serde_json::Value::Null => return,
            serde_json::Value::String(s) => s.chars().take(60).collect(),
            other => other.to_string().chars().take(60).collect(),
        };
        let entry = match keys.iter().position(|k| k.key == key) {
            Some(i) => &mut keys[i],
            None => {
                keys.push(PropertyKey {
                    key: key.to_string(),
                    features: 0,
                    samples: Vec::new(),
                });
                let last = keys.len() - 1;
                &mut keys[last]
            }
        };
        entry.features += 1;
        if entry.samples.len() < 3 && !entry.samples.contains(&sample) {
            entry.samples.push(sample);
        }
    };
    for f in features {
        if let Some(id) = f.get("id") {
            add(FEATURE_ID, id);
        }
        if let Some(props) = f.get("properties").and_then(|p| p.as_object()) {
            for (k, v) in props {
                add(k, v);
            }
        }
    }
    keys
}

/// The id of a raw feature under the chosen id property, as text (numbers are accepted).
pub(super) fn id_value(raw: &serde_json::Value, key: &str) -> Option<String> {
    let value = if key == FEATURE_ID {
        raw.get("id")
    } else {
        raw.get("properties").and_then(|p| p.get(key))
    };
    match value? {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The field an id problem is reported under.
pub(super) fn id_field(key: &str) -> String {
    if key == FEATURE_ID {
        "id".into()
    } else {
        format!("properties.{key}")
    }
}
