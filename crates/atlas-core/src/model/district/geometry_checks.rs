//! One GeoJSON feature checked and turned into a [`District`]: its properties, and its Polygon or
//! MultiPolygon rings (closed, enough points, coordinates in range, valid in O(n log n) by
//! [`crate::model::ring_check`]), each problem named.

use super::properties::{id_field, PropertyNames};
use super::{District, DistrictKind};
use crate::model::error::Problem;
use crate::model::ring_check::polygon_problem;
use geo::orient::{Direction, Orient};
use geo::{GeodesicArea, LineString, MultiPolygon, Polygon};
use geojson::{Feature, JsonObject};

pub(super) fn district_from_feature(
    feature: &Feature,
    place: &str,
    names: &PropertyNames,
    id_hint: Option<String>,
    cancelled: &dyn Fn() -> bool,
) -> Result<District, Vec<Problem>> {
    let mut problems = Vec::new();
    let empty = JsonObject::new();
    let props = feature.properties.as_ref().unwrap_or(&empty);
    let default_names = names == &PropertyNames::default();
    let mut text = |key: &str, required: bool| -> Option<String> {
        match props.get(key) {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
            // As docs/data-format.md says: numbers are accepted as ids and names.
            Some(serde_json::Value::Number(n)) if key == "id" || key == "name" => {
                Some(n.to_string())
            }
            Some(serde_json::Value::String(_)) if required => {
                problems.push(Problem::new(place, format!("properties.{key}"), "is empty"));
                None
            }
            None | Some(serde_json::Value::Null) if required => {
                problems.push(Problem::new(
                    place,
                    format!("properties.{key}"),
                    "is missing",
                ));
                None
            }
            None | Some(serde_json::Value::Null) | Some(serde_json::Value::String(_)) => None,
            Some(other) => {
                problems.push(Problem::new(
                    place,
                    format!("properties.{key}"),
                    format!("expected text, found {}", json_kind(other)),
                ));
                None
            }
        }
    };
    let (id, name) = if default_names {
        (text("id", true), text("name", true))
    } else {
        // Chosen or detected properties: numbers are accepted as text.
        let id = id_hint;
        let name = if names.name == names.id {
            id.clone()
        } else {
            match props.get(&names.name) {
                Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
                Some(serde_json::Value::Number(n)) => Some(n.to_string()),
                // A feature without a name is shown by its id.
                _ => id.clone(),
            }
        };
        (id, name)
    };
    let name_ar = text("name_ar", false);
    let approximate_note = text("approximate_note", false);
    let initial_controller = text("initial_controller", false);
    let initial_source = text("initial_source", false);
    if !default_names && id.is_none() {
        problems.push(Problem::new(place, id_field(&names.id), "is missing"));
    }
    let aliases = aliases_of(props, place, &mut problems);
    let approximate = match props.get("approximate") {
        None | Some(serde_json::Value::Null) => false,
        Some(serde_json::Value::Bool(b)) => *b,
        Some(other) => {
            problems.push(Problem::new(
                place,
                "properties.approximate",
                format!("expected true or false, found {}", json_kind(other)),
            ));
            false
        }
    };
    let kind = kind_of(props, place, &mut problems);
    let geometry = match &feature.geometry {
        None => {
            problems.push(Problem::new(place, "geometry", "is missing"));
            None
        }
        // Rings as published may wind either way (RFC 7946 asks readers to accept both): outer
        // rings counter-clockwise and holes clockwise, as the geodesic area needs.
        Some(g) => match polygons_of(&g.value, place, cancelled) {
            Ok(mp) => Some(mp.orient(Direction::Default)),
            Err(mut p) => {
                problems.append(&mut p);
                None
            }
        },
    };
    match (id, name, geometry) {
        (Some(id), Some(name), Some(geometry)) if problems.is_empty() => {
            let area_km2 = geometry.geodesic_area_unsigned() / 1e6;
            Ok(District {
                id,
                name,
                name_ar,
                aliases,
                kind,
                approximate,
                approximate_note,
                initial_controller,
                initial_source,
                geometry,
                area_km2,
            })
        }
        _ => Err(problems),
    }
}

fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "true/false",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "text",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Validates and converts Polygon / MultiPolygon coordinates into geo types.
pub(crate) fn polygons_of(
    value: &geojson::Value,
    place: &str,
    cancelled: &dyn Fn() -> bool,
) -> Result<MultiPolygon<f64>, Vec<Problem>> {
    let polygons: Vec<(String, &Vec<Vec<Vec<f64>>>)> = match value {
        geojson::Value::Polygon(rings) => vec![("geometry".to_string(), rings)],
        geojson::Value::MultiPolygon(polys) => polys
            .iter()
            .enumerate()
            .map(|(i, rings)| (format!("geometry.polygon[{i}]"), rings))
            .collect(),
        other => {
            return Err(vec![Problem::new(
                place,
                "geometry",
                format!(
                    "is a {}, expected a Polygon or MultiPolygon",
                    other.type_name()
                ),
            )])
        }
    };
    let mut problems = Vec::new();
    let mut out = Vec::new();
    if polygons.is_empty() {
        problems.push(Problem::new(place, "geometry", "has no polygons"));
    }
    for (field, rings) in polygons {
        if rings.is_empty() {
            problems.push(Problem::new(place, &field, "has no rings"));
            continue;
        }
        let mut converted = Vec::new();
        for (r, ring) in rings.iter().enumerate() {
            let field = format!("{field}.ring[{r}]");
            if let Some(line) = ring_of(ring, place, &field, &mut problems) {
                converted.push(line);
            }
        }
        if converted.len() == rings.len() {
            let mut it = converted.into_iter();
            if let Some(exterior) = it.next() {
                let polygon = Polygon::new(exterior, it.collect());
                if let Some(err) = polygon_problem(&polygon, cancelled) {
                    problems.push(Problem::new(
                        place,
                        &field,
                        format!("invalid polygon: {err}"),
                    ));
                }
                out.push(polygon);
            }
        }
    }
    if problems.is_empty() {
        Ok(MultiPolygon::new(out))
    } else {
        Err(problems)
    }
}

fn ring_of(
    ring: &[Vec<f64>],
    place: &str,
    field: &str,
    problems: &mut Vec<Problem>,
) -> Option<LineString<f64>> {
    if ring.is_empty() {
        problems.push(Problem::new(place, field, "is empty"));
        return None;
    }
    let mut coords = Vec::with_capacity(ring.len());
    for (p, pos) in ring.iter().enumerate() {
        let (Some(&lon), Some(&lat)) = (pos.first(), pos.get(1)) else {
            problems.push(Problem::new(
                place,
                format!("{field}[{p}]"),
                "a position needs longitude and latitude",
            ));
            return None;
        };
        if !lon.is_finite() || !lat.is_finite() {
            problems.push(Problem::new(
                place,
                format!("{field}[{p}]"),
                "coordinate is not a finite number",
            ));
            return None;
        }
        if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
            let hint = if (-90.0..=90.0).contains(&lon) && (-180.0..=180.0).contains(&lat) {
                " (are longitude and latitude swapped?)"
            } else {
                ""
            };
            problems.push(Problem::new(
                place,
                format!("{field}[{p}]"),
                format!("[{lon}, {lat}] is out of range: longitude must be within ±180 and latitude within ±90{hint}"),
            ));
            return None;
        }
        coords.push(geo::coord! { x: lon, y: lat });
    }
    if coords.len() < 4 {
        problems.push(Problem::new(
            place,
            field,
            format!(
                "has {} positions; a ring needs at least 4 (3 corners and the closing one)",
                coords.len()
            ),
        ));
        return None;
    }
    if coords.first() != coords.last() {
        problems.push(Problem::new(
            place,
            field,
            "is not closed: its last position must repeat the first",
        ));
        return None;
    }
    Some(LineString::new(coords))
}

/// The `aliases` property: a list of names.
fn aliases_of(props: &JsonObject, place: &str, problems: &mut Vec<Problem>) -> Vec<String> {
    match props.get("aliases") {
        None | Some(serde_json::Value::Null) => Vec::new(),
        Some(serde_json::Value::Array(items)) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match item.as_str() {
                    Some(s) => out.push(s.to_string()),
                    None => problems.push(Problem::new(
                        place,
                        format!("properties.aliases[{i}]"),
                        format!("expected text, found {}", json_kind(item)),
                    )),
                }
            }
            out
        }
        Some(other) => {
            problems.push(Problem::new(
                place,
                "properties.aliases",
                format!("expected a list of names, found {}", json_kind(other)),
            ));
            Vec::new()
        }
    }
}

/// The `kind` property: "neighbourhood" (the default) or "other-area".
fn kind_of(props: &JsonObject, place: &str, problems: &mut Vec<Problem>) -> DistrictKind {
    match props.get("kind").and_then(|k| k.as_str()) {
        None | Some("neighbourhood") => DistrictKind::Neighbourhood,
        Some("other-area") => DistrictKind::OtherArea,
        Some(other) => {
            problems.push(Problem::new(
                place,
                "properties.kind",
                format!("\"{other}\" is not \"neighbourhood\" or \"other-area\""),
            ));
            DistrictKind::Neighbourhood
        }
    }
}
