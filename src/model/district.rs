//! The district layer: named polygons with aliases, an Arabic name, how exact the shape is, and the
//! controller at the start of the record. Read from a GeoJSON FeatureCollection with the geojson crate
//! into geo types, and validated feature by feature.

use super::error::{parse_json, read_text, LoadError, Problem};
use super::names::{edit_distance, name_key, NameIndex};
use geo::{BoundingRect, GeodesicArea, LineString, MultiPolygon, Polygon, Rect, Validation};
use geojson::{Feature, JsonObject};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum DistrictKind {
    #[default]
    Neighbourhood,
    /// Citadel, parks, cemeteries, airport, university, barracks, industrial zones.
    OtherArea,
}

/// One district of the layer.
#[derive(Debug, Clone)]
pub struct District {
    pub id: String,
    pub name: String,
    pub name_ar: Option<String>,
    pub aliases: Vec<String>,
    pub kind: DistrictKind,
    /// The shape was drawn from what is known of where the place lies, not surveyed.
    pub approximate: bool,
    pub approximate_note: Option<String>,
    /// Controller id at the start of the record, if known.
    pub initial_controller: Option<String>,
    /// Where the initial controller comes from ("curated, not in the sources", or a citation).
    pub initial_source: Option<String>,
    pub geometry: MultiPolygon<f64>,
    /// Geodesic area in km².
    pub area_km2: f64,
}

/// A decision about a place the sources name that has no polygon of its own.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Placement {
    pub name: String,
    /// "polygon" (drawn, approximate) or "alias" (of the polygon that contains it).
    pub decision: String,
    pub district: String,
    #[serde(default)]
    pub reason: String,
}

/// A name that stands for several districts together ("Old City", "Hamdaniyeh").
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AliasGroup {
    pub aliases: Vec<String>,
    pub districts: Vec<String>,
    #[serde(default)]
    pub reason: String,
}

/// All districts of a city, with name resolution.
#[derive(Debug, Clone, Default)]
pub struct DistrictLayer {
    pub districts: Vec<District>,
    pub name: Option<String>,
    pub attribution: Option<String>,
    /// The day the initial controllers hold (foreign member `record_start`).
    pub record_start: Option<chrono::NaiveDate>,
    pub placements: Vec<Placement>,
    pub alias_groups: Vec<AliasGroup>,
    by_id: HashMap<String, usize>,
    names: NameIndex,
    /// Group names → index into `alias_groups`.
    group_names: NameIndex,
}

/// How a name resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    Found(usize),
    /// A name for several districts together.
    Group(Vec<usize>),
    Ambiguous(Vec<usize>),
    NotFound,
}

impl DistrictLayer {
    /// Loads and validates a GeoJSON district layer.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        Self::from_geojson(path, &read_text(path)?)
    }

    /// Parses GeoJSON text; `path` only names the file in messages.
    pub fn from_geojson(path: &Path, text: &str) -> Result<Self, LoadError> {
        let value = parse_json(path, text)?;
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
        let Some(features) = top.get("features").and_then(|f| f.as_array()) else {
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
        let mut problems = Vec::new();
        let mut districts = Vec::with_capacity(features.len());
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for (index, raw) in features.iter().enumerate() {
            let id_hint = raw
                .pointer("/properties/id")
                .and_then(|v| v.as_str())
                .map(str::to_string);
            let place = match &id_hint {
                Some(id) => format!("feature {index} (id \"{id}\")"),
                None => format!("feature {index}"),
            };
            let feature = match Feature::from_json_value(raw.clone()) {
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
            match district_from_feature(&feature, &place) {
                Ok(district) => {
                    if let Some(first) = by_id.get(&district.id) {
                        problems.push(Problem::new(
                            &place,
                            "properties.id",
                            format!("\"{}\" is already the id of feature {first}", district.id),
                        ));
                        continue;
                    }
                    by_id.insert(district.id.clone(), index);
                    districts.push(district);
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
        if !problems.is_empty() {
            return Err(LoadError::invalid(path, problems));
        }
        let placements = match top.get("placements") {
            Some(v) => serde_json::from_value(v.clone())
                .map_err(|e| LoadError::one(path, "top level", "placements", e.to_string()))?,
            None => Vec::new(),
        };
        let string_member = |k: &str| top.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let record_start = match string_member("record_start") {
            Some(text) => Some(
                super::date::parse_day(&text)
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
        let mut layer = Self::new(
            districts,
            string_member("name"),
            string_member("attribution"),
            placements,
        );
        layer.record_start = record_start;
        layer.alias_groups = alias_groups;
        layer.reindex();
        Ok(layer)
    }

    /// Builds a layer from districts already validated (ids must be unique).
    pub fn new(
        districts: Vec<District>,
        name: Option<String>,
        attribution: Option<String>,
        placements: Vec<Placement>,
    ) -> Self {
        let mut layer = Self {
            districts,
            name,
            attribution,
            placements,
            ..Self::default()
        };
        layer.reindex();
        layer
    }

    fn reindex(&mut self) {
        self.by_id.clear();
        self.names = NameIndex::default();
        for (i, d) in self.districts.iter().enumerate() {
            self.by_id.insert(d.id.clone(), i);
            self.names.insert(&d.id.replace('-', " "), i);
            self.names.insert(&d.name, i);
            if let Some(ar) = &d.name_ar {
                self.names.insert(ar, i);
            }
            for alias in &d.aliases {
                self.names.insert(alias, i);
            }
        }
        for p in &self.placements {
            if p.decision == "alias" {
                if let Some(&i) = self.by_id.get(&p.district) {
                    self.names.insert(&p.name, i);
                }
            }
        }
        self.group_names = NameIndex::default();
        for (g, group) in self.alias_groups.iter().enumerate() {
            for alias in &group.aliases {
                self.group_names.insert(alias, g);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.districts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.districts.is_empty()
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn get(&self, id: &str) -> Option<&District> {
        self.index_of(id).map(|i| &self.districts[i])
    }

    /// Resolves a name as a source writes it, ignoring case, diacritics, punctuation and articles.
    pub fn resolve(&self, name: &str) -> Resolution {
        // A curated group name ("Old City", "Sakhour" for its two parts) wins over a single district.
        if let [g, ..] = self.group_names.lookup(name) {
            return Resolution::Group(
                self.alias_groups[*g]
                    .districts
                    .iter()
                    .filter_map(|id| self.index_of(id))
                    .collect(),
            );
        }
        match self.names.lookup(name) {
            [] => Resolution::NotFound,
            [one] => Resolution::Found(*one),
            many => Resolution::Ambiguous(many.to_vec()),
        }
    }

    /// Names (as matching keys) that more than one district carries, with those districts' ids, sorted:
    /// such a name cannot be resolved without a curated group.
    pub fn ambiguous_names(&self) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = self
            .names
            .keys()
            .filter(|(key, items)| items.len() > 1 && self.group_names.lookup(key).is_empty())
            .map(|(key, items)| {
                let mut ids: Vec<String> = items
                    .iter()
                    .map(|&i| self.districts[i].id.clone())
                    .collect();
                ids.sort();
                (key.to_string(), ids)
            })
            .collect();
        out.sort();
        out
    }

    /// Up to `n` district names closest to `name`, for "did you mean" messages.
    pub fn closest_names(&self, name: &str, n: usize) -> Vec<String> {
        let key = name_key(name);
        let mut scored: Vec<(usize, &str)> = self
            .districts
            .iter()
            .map(|d| {
                let best = std::iter::once(&d.name)
                    .chain(&d.aliases)
                    .chain(std::iter::once(&d.id))
                    .map(|a| edit_distance(&key, &name_key(a)))
                    .min()
                    .unwrap_or(usize::MAX);
                (best, d.name.as_str())
            })
            .collect();
        scored.sort();
        scored
            .into_iter()
            .take(n)
            .map(|(_, name)| name.to_string())
            .collect()
    }

    /// The bounding box of all districts (lon/lat).
    pub fn bounds(&self) -> Option<Rect<f64>> {
        self.districts
            .iter()
            .filter_map(|d| d.geometry.bounding_rect())
            .reduce(|a, b| {
                Rect::new(
                    geo::coord! { x: a.min().x.min(b.min().x), y: a.min().y.min(b.min().y) },
                    geo::coord! { x: a.max().x.max(b.max().x), y: a.max().y.max(b.max().y) },
                )
            })
    }
}

fn district_from_feature(feature: &Feature, place: &str) -> Result<District, Vec<Problem>> {
    let mut problems = Vec::new();
    let empty = JsonObject::new();
    let props = feature.properties.as_ref().unwrap_or(&empty);
    let mut text = |key: &str, required: bool| -> Option<String> {
        match props.get(key) {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
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
    let id = text("id", true);
    let name = text("name", true);
    let name_ar = text("name_ar", false);
    let approximate_note = text("approximate_note", false);
    let initial_controller = text("initial_controller", false);
    let initial_source = text("initial_source", false);
    let aliases = match props.get("aliases") {
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
    };
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
    let kind = match props.get("kind").and_then(|k| k.as_str()) {
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
    };
    let geometry = match &feature.geometry {
        None => {
            problems.push(Problem::new(place, "geometry", "is missing"));
            None
        }
        Some(g) => match polygons_of(&g.value, place) {
            Ok(mp) => Some(mp),
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
fn polygons_of(value: &geojson::Value, place: &str) -> Result<MultiPolygon<f64>, Vec<Problem>> {
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
                if let Some(err) = polygon.validation_errors().into_iter().next() {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(features: &str) -> Result<DistrictLayer, LoadError> {
        let text = format!(r#"{{"type":"FeatureCollection","features":[{features}]}}"#);
        DistrictLayer::from_geojson(Path::new("test.geojson"), &text)
    }

    const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[37.1,36.2],[37.11,36.2],[37.11,36.21],[37.1,36.21],[37.1,36.2]]]}"#;

    fn feature(id: &str, geometry: &str) -> String {
        format!(
            r#"{{"type":"Feature","properties":{{"id":"{id}","name":"Name {id}","aliases":["Al-{id} district"]}},"geometry":{geometry}}}"#
        )
    }

    #[test]
    fn valid_layer_loads_with_areas_and_names() {
        let l = layer(&format!(
            "{},{}",
            feature("a", SQUARE),
            feature("b", SQUARE)
        ))
        .expect("valid");
        assert_eq!(l.len(), 2);
        // 0.01° × 0.01° at 36.2° N is about 0.9 km × 1.1 km.
        let area = l.districts[0].area_km2;
        assert!((0.95..1.05).contains(&area), "area {area}");
        assert_eq!(l.resolve("NAME A"), Resolution::Found(0));
        assert_eq!(l.resolve("a"), Resolution::Found(0));
        assert_eq!(l.resolve("nowhere"), Resolution::NotFound);
    }

    #[test]
    fn duplicate_ids_are_named() {
        let err = layer(&format!(
            "{},{}",
            feature("a", SQUARE),
            feature("a", SQUARE)
        ))
        .expect_err("dup");
        let msg = err.to_string();
        assert!(
            msg.contains("feature 1 (id \"a\")") && msg.contains("already the id of feature 0"),
            "{msg}"
        );
    }

    #[test]
    fn unclosed_ring_is_named() {
        let open = r#"{"type":"Polygon","coordinates":[[[37.1,36.2],[37.11,36.2],[37.11,36.21],[37.1,36.21]]]}"#;
        let msg = layer(&feature("a", open)).expect_err("open").to_string();
        assert!(
            msg.contains("geometry.ring[0]") && msg.contains("not closed"),
            "{msg}"
        );
    }

    #[test]
    fn swapped_coordinates_get_a_hint() {
        let swapped = r#"{"type":"Polygon","coordinates":[[[36.2,137.1],[36.2,137.11],[36.21,137.11],[36.2,137.1]]]}"#;
        let msg = layer(&feature("a", swapped))
            .expect_err("range")
            .to_string();
        assert!(msg.contains("out of range"), "{msg}");
    }
}
