//! The district layer: named polygons with aliases, an Arabic name, how exact the shape is, and the
//! controller at the start of the record, with name resolution and the one district-at-point lookup.
//! Reading the GeoJSON file is in `read` (properties in `properties`, shapes checked in
//! `geometry_checks`); the lookup is [`locate::DistrictLocator`]; neighbours and overlaps are in
//! [`topology`].

mod crs;
mod geometry_checks;
pub mod locate;
mod properties;
mod read;
#[cfg(test)]
mod tests;
pub mod topology;

pub use locate::DistrictLocator;
// Control areas (model::control_areas) check their polygons as districts' are.
pub(crate) use geometry_checks::polygons_of;
pub(crate) use properties::keys_of;
pub use properties::{property_keys, PropertyKey, PropertyNames, FEATURE_ID};

use super::fast_hash::FastMap;
use super::names::{edit_distance, name_key, NameIndex};
use geo::{BoundingRect, GeodesicArea, Intersects, MultiPolygon, Rect};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

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
    /// What reading the file took care of (features merged, ids or names made up, coordinates
    /// converted), for the import report.
    pub notes: Vec<String>,
    by_id: FastMap<String, usize>,
    names: NameIndex,
    /// Group names → index into `alias_groups`.
    group_names: NameIndex,
    locator: Arc<DistrictLocator>,
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
        self.locator = Arc::new(DistrictLocator::new(&self.districts, self.bounds()));
    }

    /// The district that contains the point (longitude, latitude), if any, by the one rule of
    /// [`locate`]: the smallest district holding it (on its boundary counts), ties to the first.
    pub fn district_at(&self, lon: f64, lat: f64) -> Option<usize> {
        self.locator.district_at(lon, lat)
    }

    /// The lookup behind [`DistrictLayer::district_at`], shared (the map keeps it for its clicks).
    pub fn locator(&self) -> Arc<DistrictLocator> {
        Arc::clone(&self.locator)
    }

    /// Whether the point lies within the layer's bounding box.
    pub fn in_extent(&self, lon: f64, lat: f64) -> bool {
        self.locator.in_extent(lon, lat)
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
