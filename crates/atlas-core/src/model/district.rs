//! The district layer: named polygons with aliases, an Arabic name, how exact the shape is, and the
//! controller at the start of the record. Read from a GeoJSON FeatureCollection with the geojson crate
//! into geo types, and validated feature by feature.

use super::error::{limits, parse_json, read_text_limited, LoadError, Problem, Problems};
use super::fast_hash::FastMap;
use super::names::{edit_distance, name_key, NameIndex};
use geo::{
    BoundingRect, GeodesicArea, Intersects, LineString, MultiPolygon, Polygon, Rect, Validation,
};
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
    /// Geodesic area in km² of the part of the district the map shows as its own: an approximate
    /// district drawn over a surveyed one takes its part out of the surveyed one's area, so that no
    /// ground is counted twice in the areas held.
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
    /// Which feature properties gave the ids and names.
    pub property_names: PropertyNames,
    /// True when the file had no `id`/`name` properties and [`PropertyNames::detect`] chose others.
    pub names_detected: bool,
    by_id: FastMap<String, usize>,
    names: NameIndex,
    /// Group names → index into `alias_groups`.
    group_names: NameIndex,
    grid: SpatialGrid,
}

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

fn keys_of(features: &[serde_json::Value]) -> Vec<PropertyKey> {
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

const LAYER_HINT: &str = "; simplify the shapes first (for example with mapshaper)";

/// Which districts may contain a point: a uniform grid over the layer's bounds, each cell listing the
/// districts whose bounding box touches it.
#[derive(Debug, Clone, Default)]
struct SpatialGrid {
    bounds: Option<Rect<f64>>,
    columns: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
}

impl SpatialGrid {
    fn new(districts: &[District], bounds: Option<Rect<f64>>) -> Self {
        let Some(b) = bounds else {
            return Self::default();
        };
        let side = ((districts.len() as f64).sqrt().ceil() as usize).clamp(1, 512);
        let (columns, rows) = (side, side);
        let mut cells = vec![Vec::new(); columns * rows];
        let grid = Self {
            bounds,
            columns,
            rows,
            cells: Vec::new(),
        };
        for (i, d) in districts.iter().enumerate() {
            if let Some(r) = d.geometry.bounding_rect() {
                let (c0, r0) = grid.cell(r.min().x, r.min().y);
                let (c1, r1) = grid.cell(r.max().x, r.max().y);
                for row in r0..=r1 {
                    for col in c0..=c1 {
                        cells[row * columns + col].push(i as u32);
                    }
                }
            }
        }
        let _ = b;
        Self { cells, ..grid }
    }

    fn cell(&self, x: f64, y: f64) -> (usize, usize) {
        let Some(b) = self.bounds else {
            return (0, 0);
        };
        let fx = if b.width() > 0.0 {
            (x - b.min().x) / b.width()
        } else {
            0.0
        };
        let fy = if b.height() > 0.0 {
            (y - b.min().y) / b.height()
        } else {
            0.0
        };
        let col = ((fx * self.columns as f64) as usize).min(self.columns - 1);
        let row = ((fy * self.rows as f64) as usize).min(self.rows - 1);
        (col, row)
    }

    fn candidates(&self, x: f64, y: f64) -> &[u32] {
        match self.bounds {
            Some(b)
                if (b.min().x..=b.max().x).contains(&x) && (b.min().y..=b.max().y).contains(&y) =>
            {
                let (c, r) = self.cell(x, y);
                &self.cells[r * self.columns + c]
            }
            _ => &[],
        }
    }
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
    /// Loads and validates a GeoJSON district layer, with `id` and `name` properties or the obvious
    /// others (see [`PropertyNames::detect`]).
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        Self::load_with(path, None)
    }

    /// Loads a layer taking ids and names from the given properties (None: `id`/`name` or detected).
    pub fn load_with(path: &Path, names: Option<&PropertyNames>) -> Result<Self, LoadError> {
        let text = read_text_limited(path, limits::LAYER_BYTES, "district layers", LAYER_HINT)?;
        Self::from_geojson_with(path, &text, names)
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
        let (property_names, names_detected) = match names {
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
            None => match PropertyNames::detect(&keys) {
                Some(found) => {
                    let detected = found != PropertyNames::default();
                    (found, detected)
                }
                None => (PropertyNames::default(), false),
            },
        };
        let mut problems = Problems::default();
        let mut districts = Vec::with_capacity(features.len());
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for (index, raw) in features.into_iter().enumerate() {
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
            match district_from_feature(&feature, &place, &property_names, id_hint) {
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
        layer.take_out_approximate_overlaps();
        layer.reindex();
        layer
    }

    /// Approximate districts are drawn on top of the surveyed ones they overlap: subtract them from
    /// those districts' areas (only where bounding boxes meet, so a layer without approximate
    /// districts costs nothing).
    fn take_out_approximate_overlaps(&mut self) {
        use geo::BooleanOps;
        let drawn: Vec<(MultiPolygon<f64>, Rect<f64>)> = self
            .districts
            .iter()
            .filter(|d| d.approximate)
            .filter_map(|d| Some((d.geometry.clone(), d.geometry.bounding_rect()?)))
            .collect();
        if drawn.is_empty() {
            return;
        }
        for d in self.districts.iter_mut().filter(|d| !d.approximate) {
            let Some(bounds) = d.geometry.bounding_rect() else {
                continue;
            };
            let mut own = d.geometry.clone();
            let mut changed = false;
            for (shape, shape_bounds) in &drawn {
                if bounds.intersects(shape_bounds) && own.intersects(shape) {
                    own = own.difference(shape);
                    changed = true;
                }
            }
            if changed {
                d.area_km2 = own.geodesic_area_unsigned() / 1e6;
            }
        }
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
        self.grid = SpatialGrid::new(&self.districts, self.bounds());
    }

    /// The district that contains the point (longitude, latitude), if any; a point on a shared edge
    /// goes to the first district in layer order.
    pub fn district_at(&self, lon: f64, lat: f64) -> Option<usize> {
        if !lon.is_finite() || !lat.is_finite() {
            return None;
        }
        let point = geo::Point::new(lon, lat);
        self.grid
            .candidates(lon, lat)
            .iter()
            .map(|&i| i as usize)
            .find(|&i| self.districts[i].geometry.intersects(&point))
    }

    /// Whether the point lies within the layer's bounding box.
    pub fn in_extent(&self, lon: f64, lat: f64) -> bool {
        self.grid.bounds.is_some_and(|b| {
            (b.min().x..=b.max().x).contains(&lon) && (b.min().y..=b.max().y).contains(&lat)
        })
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

/// The id of a raw feature under the chosen id property, as text (numbers are accepted).
fn id_value(raw: &serde_json::Value, key: &str) -> Option<String> {
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
fn id_field(key: &str) -> String {
    if key == FEATURE_ID {
        "id".into()
    } else {
        format!("properties.{key}")
    }
}

fn district_from_feature(
    feature: &Feature,
    place: &str,
    names: &PropertyNames,
    id_hint: Option<String>,
) -> Result<District, Vec<Problem>> {
    let mut problems = Vec::new();
    let empty = JsonObject::new();
    let props = feature.properties.as_ref().unwrap_or(&empty);
    let default_names = names == &PropertyNames::default();
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
    fn an_approximate_district_drawn_over_another_is_not_counted_twice() {
        let big = r#"{"type":"Polygon","coordinates":[[[37.1,36.2],[37.12,36.2],[37.12,36.22],[37.1,36.22],[37.1,36.2]]]}"#;
        let inner = r#"{"type":"Polygon","coordinates":[[[37.105,36.205],[37.11,36.205],[37.11,36.21],[37.105,36.21],[37.105,36.205]]]}"#;
        let approximate = feature("b", inner).replace(
            r#""name":"Name b","#,
            r#""name":"Name b","approximate":true,"#,
        );
        let l = layer(&format!("{},{}", feature("a", big), approximate)).expect("valid");
        let (a, b) = (l.districts[0].area_km2, l.districts[1].area_km2);
        let whole = l.districts[0].geometry.geodesic_area_unsigned() / 1e6;
        assert!(b > 0.1, "{b}");
        assert!((a + b - whole).abs() < 1e-6, "{a} + {b} != {whole}");
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
