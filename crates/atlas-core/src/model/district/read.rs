//! Reading a district layer from GeoJSON: the collection's members, each feature turned into a
//! [`District`] (see [`super::geometry_checks`]), then the layer indexed once.

use super::geometry_checks::district_from_feature;
use super::properties::{id_field, id_value, keys_of, PropertyKey, PropertyNames};
use super::{AliasGroup, District, DistrictLayer};
use crate::model::error::{limits, parse_json, read_text_limited, LoadError, Problem, Problems};
use crate::model::progress::CANCELLED;
use geojson::Feature;
use std::collections::HashMap;
use std::path::Path;

pub(super) const LAYER_HINT: &str = "; simplify the shapes first (for example with mapshaper)";

impl DistrictLayer {
    /// Loads and validates a GeoJSON district layer, with `id` and `name` properties or the obvious
    /// others (see [`PropertyNames::detect`]).
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        Self::load_with(path, None)
    }

    /// Loads a layer taking ids and names from the given properties (None: `id`/`name` or detected).
    pub fn load_with(path: &Path, names: Option<&PropertyNames>) -> Result<Self, LoadError> {
        Self::load_cancellable(path, names, &|| false)
    }

    /// [`DistrictLayer::load_with`], stopping with an error soon after `cancelled` says true (it is
    /// asked between features and inside the validation of a large polygon).
    pub fn load_cancellable(
        path: &Path,
        names: Option<&PropertyNames>,
        cancelled: &dyn Fn() -> bool,
    ) -> Result<Self, LoadError> {
        let text = read_text_limited(path, limits::LAYER_BYTES, "district layers", LAYER_HINT)?;
        Self::from_geojson_cancellable(path, &text, names, cancelled)
    }

    /// Parses GeoJSON text; `path` only names the file in messages.
    pub fn from_geojson(path: &Path, text: &str) -> Result<Self, LoadError> {
        Self::from_geojson_with(path, text, None)
    }

    /// [`DistrictLayer::from_geojson`] with a choice of id and name properties.
    pub fn from_geojson_with(
        path: &Path,
        text: &str,
        names: Option<&PropertyNames>,
    ) -> Result<Self, LoadError> {
        Self::from_geojson_cancellable(path, text, names, &|| false)
    }

    /// [`DistrictLayer::from_geojson_with`] that can be cancelled (see [`DistrictLayer::load_cancellable`]).
    pub fn from_geojson_cancellable(
        path: &Path,
        text: &str,
        names: Option<&PropertyNames>,
        cancelled: &dyn Fn() -> bool,
    ) -> Result<Self, LoadError> {
        let mut value = parse_json(path, text)?;
        let features_value = value
            .get_mut("features")
            .map(serde_json::Value::take)
            .unwrap_or(serde_json::Value::Null);
        let Some(top) = value.as_object() else {
            return Err(LoadError::one(
                path,
                "top level",
                "",
                "expected a GeoJSON FeatureCollection object",
            ));
        };
        if top.get("type").and_then(|t| t.as_str()) != Some("FeatureCollection") {
            return Err(LoadError::one(
                path,
                "top level",
                "type",
                "expected \"FeatureCollection\"",
            ));
        }
        let serde_json::Value::Array(features) = features_value else {
            return Err(LoadError::one(
                path,
                "top level",
                "features",
                "missing, or not a list",
            ));
        };
        if features.is_empty() {
            return Err(LoadError::one(
                path,
                "top level",
                "features",
                "the layer has no features",
            ));
        }
        let keys = keys_of(&features);
        let (property_names, names_detected) = choose_property_names(path, &keys, names)?;
        let (districts, by_id) = read_features(path, features, &property_names, cancelled)?;
        let placements = match top.get("placements") {
            Some(v) => serde_json::from_value(v.clone())
                .map_err(|e| LoadError::one(path, "top level", "placements", e.to_string()))?,
            None => Vec::new(),
        };
        let string_member = |k: &str| top.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let record_start = match string_member("record_start") {
            Some(text) => Some(
                crate::model::date::parse_day(&text)
                    .map_err(|e| LoadError::one(path, "top level", "record_start", e))?,
            ),
            None => None,
        };
        let alias_groups: Vec<AliasGroup> = match top.get("alias_groups") {
            Some(v) => serde_json::from_value(v.clone())
                .map_err(|e| LoadError::one(path, "top level", "alias_groups", e.to_string()))?,
            None => Vec::new(),
        };
        for (i, g) in alias_groups.iter().enumerate() {
            if let Some(unknown) = g.districts.iter().find(|d| !by_id.contains_key(*d)) {
                return Err(LoadError::one(
                    path,
                    &format!("alias group {i}"),
                    "districts",
                    format!("\"{unknown}\" is not the id of a feature"),
                ));
            }
        }
        // As `new` does, with the alias groups in place before the one indexing.
        let mut layer = Self {
            districts,
            name: string_member("name"),
            attribution: string_member("attribution"),
            placements,
            record_start,
            alias_groups,
            property_names,
            names_detected,
            ..Self::default()
        };
        layer.take_out_approximate_overlaps();
        layer.reindex();
        Ok(layer)
    }
}

/// The properties that give ids and names: those given (each must occur), else detected.
fn choose_property_names(
    path: &Path,
    keys: &[PropertyKey],
    names: Option<&PropertyNames>,
) -> Result<(PropertyNames, bool), LoadError> {
    Ok(match names {
        Some(given) => {
            for (what, key) in [("id", &given.id), ("name", &given.name)] {
                if !keys.iter().any(|k| &k.key == key) {
                    let known: Vec<&str> = keys.iter().map(|k| k.key.as_str()).collect();
                    return Err(LoadError::one(
                        path,
                        "top level",
                        "properties",
                        format!(
                            "no feature has the property \"{key}\" chosen for the {what}s (the properties are: {})",
                            known.join(", ")
                        ),
                    ));
                }
            }
            (given.clone(), false)
        }
        None => match PropertyNames::detect(keys) {
            Some(found) => {
                let detected = found != PropertyNames::default();
                (found, detected)
            }
            None => (PropertyNames::default(), false),
        },
    })
}

/// Each feature turned into a district, with the first feature index of each id; every problem
/// named.
fn read_features(
    path: &Path,
    features: Vec<serde_json::Value>,
    property_names: &PropertyNames,
    cancelled: &dyn Fn() -> bool,
) -> Result<(Vec<District>, HashMap<String, usize>), LoadError> {
    let mut problems = Problems::default();
    let mut districts = Vec::with_capacity(features.len());
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (index, raw) in features.into_iter().enumerate() {
        if cancelled() {
            return Err(LoadError::io(path, std::io::Error::other(CANCELLED)));
        }
        let id_hint = id_value(&raw, &property_names.id);
        let place = match &id_hint {
            Some(id) => format!("feature {index} (id \"{id}\")"),
            None => format!("feature {index}"),
        };
        let feature = match Feature::from_json_value(raw) {
            Ok(f) => f,
            Err(e) => {
                problems.push(Problem::new(
                    &place,
                    "",
                    format!("not a valid GeoJSON feature: {e}"),
                ));
                continue;
            }
        };
        match district_from_feature(&feature, &place, property_names, id_hint, cancelled) {
            Ok(district) => {
                if let Some(first) = by_id.get(&district.id) {
                    problems.push(Problem::new(
                        &place,
                        id_field(&property_names.id),
                        format!("\"{}\" is already the id of feature {first}", district.id),
                    ));
                    continue;
                }
                by_id.insert(district.id.clone(), index);
                districts.push(district);
            }
            Err(p) => p.into_iter().for_each(|p| problems.push(p)),
        }
    }
    problems.into_result(path)?;
    Ok((districts, by_id))
}
