//! Reading a district layer from GeoJSON: the collection's members, each feature turned into a
//! [`District`] (see [`super::geometry_checks`]), then the layer indexed once.

use super::geometry_checks::district_from_feature;
use super::properties::{id_value, keys_of, PropertyKey, PropertyNames, FEATURE_ID};
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
        let serde_json::Value::Array(mut features) = features_value else {
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
        let mut notes = Vec::new();
        match super::crs::crs_of(top).map_err(|e| LoadError::one(path, "top level", "crs", e))? {
            super::crs::LayerCrs::LonLat => {}
            super::crs::LayerCrs::Projected { code, from } => {
                super::crs::to_lon_lat(&mut features, &from).map_err(|(index, e)| {
                    LoadError::one(path, &format!("feature {index}"), "geometry.coordinates", e)
                })?;
                notes.push(format!(
                    "coordinates converted from EPSG:{code} to longitude/latitude (WGS84)"
                ));
            }
        }
        let keys = keys_of(&features);
        let (property_names, names_detected) = choose_property_names(path, &keys, names)?;
        // Ids and names are made up for the odd feature without them, not for a layer where no
        // feature has them: there the person chooses (the app asks, naming this error).
        let fill = keys.iter().any(|k| {
            k.features > 0 && (k.key == property_names.id || k.key == property_names.name)
        });
        let (districts, by_id) = read_features(
            path,
            features,
            (&property_names, fill),
            cancelled,
            &mut notes,
        )?;
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
            notes,
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
/// named. Layers as published are taken as they come, each step said in `notes`: features that share
/// an id and a name are one district, their polygons merged; a feature whose id is another's but whose
/// name differs keeps its own district under the id with a suffix ("120-2"); a feature without an id
/// takes its name as its id, one without a name shows its id, and one with neither gets both made up
/// from its place in the file (when `fill`: some feature of the layer has them).
fn read_features(
    path: &Path,
    features: Vec<serde_json::Value>,
    (property_names, fill): (&PropertyNames, bool),
    cancelled: &dyn Fn() -> bool,
    notes: &mut Vec<String>,
) -> Result<(Vec<District>, HashMap<String, usize>), LoadError> {
    let mut problems = Problems::default();
    let mut districts: Vec<District> = Vec::with_capacity(features.len());
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    let mut merged: Vec<(String, Vec<usize>)> = Vec::new();
    for (index, mut raw) in features.into_iter().enumerate() {
        if cancelled() {
            return Err(LoadError::io(path, std::io::Error::other(CANCELLED)));
        }
        if let Some(note) = fill
            .then(|| fill_missing_names(&mut raw, index, property_names))
            .flatten()
        {
            notes.push(note);
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
        let mut district =
            match district_from_feature(&feature, &place, property_names, id_hint, cancelled) {
                Ok(district) => district,
                Err(p) => {
                    p.into_iter().for_each(|p| problems.push(p));
                    continue;
                }
            };
        if let Some(&at) = position.get(&district.id) {
            if districts[at].name == district.name {
                merge_into(&mut districts[at], district);
                match merged.iter_mut().find(|(id, _)| *id == districts[at].id) {
                    Some((_, list)) => list.push(index),
                    None => merged.push((
                        districts[at].id.clone(),
                        vec![by_id[&districts[at].id], index],
                    )),
                }
                continue;
            }
            let taken = district.id.clone();
            let first = by_id[&taken];
            district.id = (2..)
                .map(|k| format!("{taken}-{k}"))
                .find(|id| !position.contains_key(id))
                .unwrap_or_else(|| format!("{taken}-{index}"));
            notes.push(format!(
                "feature {index}: id \"{taken}\" is also feature {first}'s, which has another name (\"{}\" here, \"{}\" there): kept apart as \"{}\"",
                district.name, districts[position[&taken]].name, district.id
            ));
        }
        by_id.insert(district.id.clone(), index);
        position.insert(district.id.clone(), districts.len());
        districts.push(district);
    }
    problems.into_result(path)?;
    for (id, features) in merged {
        let list: Vec<String> = features.iter().map(|f| f.to_string()).collect();
        notes.push(format!(
            "features {} share the id \"{id}\" and a name: one district, their polygons merged",
            list.join(", ")
        ));
    }
    Ok((districts, by_id))
}

/// Another feature of the same district: its polygons and aliases join the first's.
fn merge_into(first: &mut District, more: District) {
    first.geometry.0.extend(more.geometry.0);
    first.area_km2 += more.area_km2;
    for alias in more.aliases {
        if !first.aliases.contains(&alias) {
            first.aliases.push(alias);
        }
    }
    first.approximate |= more.approximate;
}

/// Gives a feature without an id its name as id, one without a name its id as name, and one with
/// neither a made-up id and name (`feature-4`, "Feature 4"); what was done, in words.
fn fill_missing_names(
    raw: &mut serde_json::Value,
    index: usize,
    names: &PropertyNames,
) -> Option<String> {
    let id = id_value(raw, &names.id);
    let name = id_value(raw, &names.name);
    let absent = |raw: &serde_json::Value, key: &str| {
        let value = if key == FEATURE_ID {
            raw.get("id")
        } else {
            raw.get("properties").and_then(|p| p.get(key))
        };
        match value {
            None | Some(serde_json::Value::Null) => true,
            Some(serde_json::Value::String(s)) => s.trim().is_empty(),
            Some(_) => false,
        }
    };
    let (set_id, set_name, note) = match (id, name) {
        (Some(_), Some(_)) => return None,
        (None, Some(name)) if absent(raw, &names.id) => (
            Some(name.clone()),
            None,
            format!("feature {index} has no id: its name \"{name}\" serves as its id"),
        ),
        (Some(id), None) if absent(raw, &names.name) && names.name != names.id => (
            None,
            Some(id.clone()),
            format!("feature {index} (id \"{id}\") has no name: it is shown by its id"),
        ),
        (None, None) if absent(raw, &names.id) && absent(raw, &names.name) => {
            let n = index + 1;
            (
                Some(format!("feature-{n}")),
                Some(format!("Feature {n}")),
                format!("feature {index} has neither id nor name: it is \"Feature {n}\" (id \"feature-{n}\")"),
            )
        }
        // A value of the wrong type: the feature's own check names it.
        _ => return None,
    };
    if let Some(id) = set_id {
        set_property(raw, &names.id, id);
    }
    if let Some(name) = set_name {
        set_property(raw, &names.name, name);
    }
    Some(note)
}

fn set_property(raw: &mut serde_json::Value, key: &str, value: String) {
    let Some(feature) = raw.as_object_mut() else {
        return;
    };
    if key == FEATURE_ID {
        feature.insert("id".into(), serde_json::Value::String(value));
        return;
    }
    let properties = feature
        .entry("properties")
        .or_insert_with(|| serde_json::Value::Object(Default::default()));
    if properties.is_null() {
        *properties = serde_json::Value::Object(Default::default());
    }
    if let Some(map) = properties.as_object_mut() {
        map.insert(key.into(), serde_json::Value::String(value));
    }
}
