//! A GeoJSON FeatureCollection of points (Point or MultiPoint features) as a [`PointLayer`]: the date
//! property is the one whose values read as days or ranges of days (see [`super::dates`]), unless the
//! user chose one; the category property is a text property with a few distinct values (a damage
//! class, an event type). A feature that is not a point, has no usable date or coordinates out of
//! range is left out and listed by its number and why.

use super::dates::parse_day_range;
use super::{
    checked_position, CategoryNumbers, DatedPoint, PointLayer, PointsFormat, PointsOptions,
    PointsReport,
};
use crate::model::error::{parse_json, text_from_bytes, LoadError, Problem};
use crate::model::progress::{ReadWatch, WatchedReader};
use crate::model::read_file::open_bounded;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

/// A points GeoJSON is read whole: at most this many bytes.
pub const POINTS_GEOJSON_BYTES: u64 = 256_000_000;

/// At most this many positions in one MultiPoint (each point carries the feature's properties).
const MOST_IN_MULTIPOINT: usize = 10_000;

/// How many features are looked at to find the date and category properties.
const SAMPLE: usize = 2000;

/// Properties whose text is the point's notes, first found first.
const NOTES_KEYS: &[&str] = &[
    "notes",
    "note",
    "description",
    "desc",
    "comment",
    "comments",
];

/// Reads a GeoJSON of points from `path`, counting bytes into `watch`.
pub fn load(
    path: &Path,
    options: &PointsOptions,
    watch: &ReadWatch,
) -> Result<PointLayer, LoadError> {
    from_text(path, &read_bounded(path, watch)?, options)
}

/// The text of a points GeoJSON, at most [`POINTS_GEOJSON_BYTES`], counted into `watch`.
fn read_bounded(path: &Path, watch: &ReadWatch) -> Result<String, LoadError> {
    let file = open_bounded(
        path,
        POINTS_GEOJSON_BYTES,
        "point layers",
        "; split it by area or year",
    )?;
    watch.start(file.get_ref().metadata().map_or(0, |m| m.len()));
    let mut bytes = Vec::new();
    WatchedReader::new(file, watch)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::io(path, e))?;
    text_from_bytes(path, bytes)
}

/// The properties of a GeoJSON of points, with how many features have each and a few values, for the
/// user to choose which holds the dates (read bounded, as [`load`] reads).
pub fn property_keys(path: &Path) -> Result<Vec<crate::model::PropertyKey>, LoadError> {
    let text = read_bounded(path, &ReadWatch::default())?;
    let value = parse_json(path, &text)?;
    Ok(crate::model::district::keys_of(features_of(path, &value)?))
}

/// Reads a GeoJSON of points from text; `path` only names it in messages.
pub fn from_text(
    path: &Path,
    text: &str,
    options: &PointsOptions,
) -> Result<PointLayer, LoadError> {
    let value = parse_json(path, text)?;
    let features = features_of(path, &value)?;
    let date_field = match &options.date_property {
        Some(key) => key.clone(),
        None => find_date_property(path, features)?,
    };
    let category_field = options
        .category_property
        .clone()
        .or_else(|| find_category_property(features, &date_field));
    let mut layer = PointLayer {
        path: path.to_path_buf(),
        format: PointsFormat::GeoJson,
        points: Vec::new(),
        categories: Vec::new(),
        date_field,
        category_field,
        report: PointsReport::default(),
        longest_span_days: 0,
    };
    let mut categories = CategoryNumbers::default();
    for (i, feature) in features.iter().enumerate() {
        read_feature(&mut layer, &mut categories, i, feature);
    }
    layer.categories = categories.names;
    if layer.points.is_empty() {
        let mut problems = vec![Problem::new(
            "features",
            "",
            "no feature is a dated point with coordinates in range",
        )];
        problems.extend(layer.report.refused_listed.iter().take(10).cloned());
        return Err(LoadError::invalid(path, problems));
    }
    Ok(layer.finish())
}

/// The `features` of a FeatureCollection.
fn features_of<'v>(path: &Path, value: &'v Value) -> Result<&'v [Value], LoadError> {
    let kind = value.get("type").and_then(Value::as_str);
    if kind != Some("FeatureCollection") {
        return Err(LoadError::one(
            path,
            "top level",
            "type",
            "not a GeoJSON FeatureCollection of points",
        ));
    }
    match value.get("features") {
        Some(Value::Array(features)) => Ok(features),
        _ => Err(LoadError::one(
            path,
            "top level",
            "features",
            "missing, or not a list of features",
        )),
    }
}

/// A feature's points, or why it has none.
fn feature_positions(feature: &Value) -> Result<Vec<(f64, f64)>, (&'static str, String)> {
    let geometry = feature.get("geometry").filter(|g| !g.is_null());
    let Some(geometry) = geometry else {
        return Err(("geometry", "is missing: the feature has no place".into()));
    };
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or("");
    let coordinates = geometry.get("coordinates");
    let position = |v: &Value| -> Result<(f64, f64), String> {
        let pair = v.as_array().filter(|a| a.len() >= 2);
        let number = |i: usize| pair.and_then(|a| a[i].as_f64());
        match (number(0), number(1)) {
            (Some(lon), Some(lat)) => checked_position(lon, lat),
            _ => Err(format!("{v} is not a [longitude, latitude] position")),
        }
    };
    let bad = |m: String| ("geometry.coordinates", m);
    match (kind, coordinates) {
        ("Point", Some(c)) => Ok(vec![position(c).map_err(bad)?]),
        ("MultiPoint", Some(Value::Array(list))) if list.len() > MOST_IN_MULTIPOINT => Err(bad(format!(
            "{} positions in one MultiPoint; at most {MOST_IN_MULTIPOINT} (each copies the feature's \
             properties): split it into features",
            list.len()
        ))),
        ("MultiPoint", Some(Value::Array(list))) if !list.is_empty() => list
            .iter()
            .map(|c| position(c).map_err(bad))
            .collect::<Result<_, _>>(),
        ("Point" | "MultiPoint", _) => Err(bad("missing or empty".into())),
        (other, _) => Err((
            "geometry.type",
            format!("\"{other}\" is not a Point or MultiPoint"),
        )),
    }
}

/// Adds a feature's points to `layer`, or lists why it is left out.
fn read_feature(
    layer: &mut PointLayer,
    categories: &mut CategoryNumbers,
    i: usize,
    feature: &Value,
) {
    let place = format!("feature {i}");
    layer.report.rows += 1;
    let empty = Map::new();
    let properties = feature
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let positions = match feature_positions(feature) {
        Ok(p) => p,
        Err((field, message)) => {
            return layer.report.refuse(Problem::new(place, field, message));
        }
    };
    let date_text = properties.get(&layer.date_field).map(text_of);
    let Some((from, to)) = date_text.as_deref().and_then(parse_day_range) else {
        let field = format!("properties.{}", layer.date_field);
        let message = match date_text {
            None => "is missing: the point has no date".to_string(),
            Some(t) => format!("\"{}\" is not a day or a range of days", short(&t)),
        };
        return layer.report.refuse(Problem::new(place, field, message));
    };
    let category_text = layer
        .category_field
        .as_ref()
        .and_then(|k| properties.get(k))
        .map(text_of)
        .unwrap_or_default();
    let category = categories.number(&category_text);
    let listed: Vec<(String, String)> = properties
        .iter()
        .map(|(k, v)| (k.clone(), text_of(v)))
        .collect();
    let notes = NOTES_KEYS
        .iter()
        .find_map(|n| listed.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)))
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    // A MultiPoint's points share the feature's date and properties.
    layer.report.rows += positions.len() - 1;
    for (lon, lat) in positions {
        layer.points.push(DatedPoint {
            lon,
            lat,
            from,
            to,
            category,
            actors: String::new(),
            fatalities: None,
            place: place.clone(),
            properties: listed.clone(),
            notes: notes.clone(),
        });
    }
}

/// A property's value as text (strings as they are, other values as JSON).
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// At most 80 characters of a value, for a message.
fn short(text: &str) -> String {
    let mut out: String = text.chars().take(80).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// The property whose values read as dates in the most sampled features (a name with "date" wins a
/// tie); Err lists the properties when none does in at least half of the features that have it.
fn find_date_property(path: &Path, features: &[Value]) -> Result<String, LoadError> {
    let mut dated: HashMap<&str, (usize, usize)> = HashMap::new();
    for feature in features.iter().take(SAMPLE) {
        let Some(properties) = feature.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for (key, value) in properties {
            let entry = dated.entry(key.as_str()).or_default();
            entry.1 += 1;
            if value.as_str().and_then(parse_day_range).is_some() {
                entry.0 += 1;
            }
        }
    }
    let best = dated
        .iter()
        .filter(|(_, (hits, seen))| *hits > 0 && hits * 2 >= *seen)
        .max_by_key(|(key, (hits, _))| (*hits, key.to_lowercase().contains("date"), *key));
    if let Some((key, _)) = best {
        return Ok((*key).to_string());
    }
    let mut keys: Vec<&str> = dated.keys().copied().collect();
    keys.sort_unstable();
    Err(LoadError::one(
        path,
        "features",
        "properties",
        format!(
            "no property holds dates (such as 2015-04-26, 26/04/2015, 31OCT13 or 31OCT13-31JAN14); \
             the properties are: {}; choose one (--date-property)",
            if keys.is_empty() {
                "(none)".to_string()
            } else {
                keys.join(", ")
            }
        ),
    ))
}

/// A text property with 2 to 24 distinct values in the sampled features, the one most features have.
fn find_category_property(features: &[Value], date_field: &str) -> Option<String> {
    let mut values: HashMap<&str, (usize, HashSet<&str>)> = HashMap::new();
    for feature in features.iter().take(SAMPLE) {
        let Some(properties) = feature.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for (key, value) in properties {
            if let (Some(text), true) = (value.as_str(), key != date_field) {
                let entry = values.entry(key.as_str()).or_default();
                entry.0 += 1;
                if entry.1.len() <= 24 {
                    entry.1.insert(text);
                }
            }
        }
    }
    values
        .into_iter()
        .filter(|(_, (_, distinct))| (2..=24).contains(&distinct.len()))
        .max_by_key(|(key, (count, distinct))| (*count, usize::MAX - distinct.len(), *key))
        .map(|(key, _)| key.to_string())
}
