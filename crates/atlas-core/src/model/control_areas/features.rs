//! The features of a control-area GeoJSON: the collection (or a lone Feature or geometry, as raw
//! exports have), each feature's polygons (Polygon, MultiPolygon, or the polygons of a
//! GeometryCollection; checked as districts' are), and the properties that give the day and the
//! controller, chosen by their content.

use crate::model::district::polygons_of;
use crate::model::error::{LoadError, Problem};
use geo::orient::{Direction, Orient};
use geo::MultiPolygon;
use serde_json::{Map, Value};
use std::path::Path;

/// Properties that name the controller, most likely first (compared without case).
const CONTROLLER_KEYS: &[&str] = &[
    "controller",
    "control",
    "controlled_by",
    "controlledby",
    "held_by",
    "holder",
    "side",
    "faction",
    "party",
    "occupier",
    "status",
];

/// Whether a property's name says it holds a day (`date`, `day` or `time` in it, without case).
pub fn is_date_key(key: &str) -> bool {
    let key = key.to_lowercase();
    key.contains("date") || key.contains("day") || key.contains("time")
}

/// Whether a property's name is one of [`CONTROLLER_KEYS`] (without case).
pub fn is_controller_key(key: &str) -> bool {
    CONTROLLER_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key))
}

/// The features of a GeoJSON value: a FeatureCollection's, a lone Feature, or a bare geometry made
/// a feature without properties.
pub(super) fn features_of(path: &Path, mut value: Value) -> Result<Vec<Value>, LoadError> {
    let kind = value.get("type").and_then(Value::as_str).unwrap_or("");
    match kind {
        "FeatureCollection" => match value.get_mut("features").map(Value::take) {
            Some(Value::Array(features)) => Ok(features),
            _ => Err(LoadError::one(
                path,
                "top level",
                "features",
                "missing, or not a list",
            )),
        },
        "Feature" => Ok(vec![value]),
        "Polygon" | "MultiPolygon" | "GeometryCollection" => Ok(vec![serde_json::json!({
            "type": "Feature", "properties": {}, "geometry": value
        })]),
        _ => Err(LoadError::one(
            path,
            "top level",
            "type",
            "expected a GeoJSON FeatureCollection, Feature, Polygon or MultiPolygon",
        )),
    }
}

/// A feature's properties (empty when it has none).
pub(super) fn properties_of(feature: &Value) -> Option<&Map<String, Value>> {
    feature.get("properties").and_then(Value::as_object)
}

/// The polygons of a feature, oriented for the geodesic area (outer rings counter-clockwise), or the
/// problems found, each naming `place`. Lines and points in a GeometryCollection are left out.
fn polygons_of_feature(
    feature: &mut Value,
    place: &str,
    cancelled: &dyn Fn() -> bool,
) -> Result<MultiPolygon<f64>, Vec<Problem>> {
    let raw = feature.get_mut("geometry").map(Value::take);
    let Some(raw) = raw.filter(|g| !g.is_null()) else {
        return Err(vec![Problem::new(place, "geometry", "is missing")]);
    };
    let geometry = geojson::Geometry::from_json_value(raw).map_err(|e| {
        vec![Problem::new(
            place,
            "geometry",
            format!("not valid GeoJSON: {e}"),
        )]
    })?;
    let mut members = Vec::new();
    flatten(&geometry.value, &mut members);
    if members.is_empty() {
        return Err(vec![Problem::new(
            place,
            "geometry",
            format!("is a {} with no polygon", geometry.value.type_name()),
        )]);
    }
    let mut polygons = Vec::new();
    for member in members {
        let mp = polygons_of(member, place, cancelled)?;
        polygons.extend(mp.0);
    }
    Ok(MultiPolygon::new(polygons).orient(Direction::Default))
}

/// The Polygon and MultiPolygon values in a geometry, collections opened.
fn flatten<'g>(value: &'g geojson::Value, out: &mut Vec<&'g geojson::Value>) {
    match value {
        geojson::Value::Polygon(_) | geojson::Value::MultiPolygon(_) => out.push(value),
        geojson::Value::GeometryCollection(members) => {
            members.iter().for_each(|g| flatten(&g.value, out));
        }
        _ => {}
    }
}

/// The property that gives each feature's day: one whose every value is a day (in at least one
/// feature), a name with "date", "day" or "time" in it preferred. None when no property does.
pub(super) fn date_key(features: &[Value]) -> Option<String> {
    let mut keys: Vec<(String, bool)> = Vec::new();
    for properties in features.iter().filter_map(properties_of) {
        for (key, value) in properties {
            let is_day = value.is_null() || super::day_in_value(value).is_some();
            match keys.iter_mut().find(|(k, _)| k == key) {
                Some((_, all)) => *all &= is_day,
                None => keys.push((key.clone(), is_day && !value.is_null())),
            }
        }
    }
    let days: Vec<&String> = keys
        .iter()
        .filter(|(_, all)| *all)
        .map(|(k, _)| k)
        .collect();
    days.iter()
        .find(|k| is_date_key(k))
        .or(days.first())
        .map(|k| k.to_string())
}

/// The property that names the controller: the first of [`CONTROLLER_KEYS`] (without case) that
/// some feature gives as text.
pub(super) fn controller_key(features: &[Value]) -> Option<String> {
    let mut found: Option<(usize, String)> = None;
    for properties in features.iter().filter_map(properties_of) {
        for (key, value) in properties {
            let rank = CONTROLLER_KEYS
                .iter()
                .position(|k| k.eq_ignore_ascii_case(key));
            if let (Some(rank), Some(_)) = (rank, value.as_str()) {
                if found.as_ref().is_none_or(|(r, _)| rank < *r) {
                    found = Some((rank, key.clone()));
                }
            }
        }
    }
    found.map(|(_, key)| key)
}

/// The controller a feature names under `key`, trimmed, if it names one.
fn controller_of(feature: &Value, key: Option<&str>) -> Option<String> {
    let text = properties_of(feature)?.get(key?)?.as_str()?.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// One feature's controller and polygons, as an area part: the controller it names under `key`, else
/// `fallback` (`--area-controller`), else [`super::read_file::UNNAMED_CONTROLLER`] (and `unnamed`
/// counts it). Problems name `place`. The feature's geometry is taken out of it.
pub(super) fn area_part(
    feature: &mut Value,
    place: &str,
    (key, fallback): (Option<&str>, Option<&String>),
    unnamed: &mut usize,
    cancelled: &dyn Fn() -> bool,
) -> Result<(String, MultiPolygon<f64>), Vec<Problem>> {
    let controller = controller_of(feature, key)
        .or_else(|| fallback.cloned())
        .unwrap_or_else(|| {
            *unnamed += 1;
            super::read_file::UNNAMED_CONTROLLER.to_string()
        });
    Ok((controller, polygons_of_feature(feature, place, cancelled)?))
}
