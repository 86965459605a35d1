//! The one district-at-point lookup, used by the ACLED coordinate join and the map's clicks alike: an
//! R-tree of the districts' bounding boxes narrows the candidates, and the district's own polygons
//! decide.
//!
//! The rule: a point belongs to a district when it lies inside one of its polygons or on their
//! boundary (a point in a hole is outside, one on a hole's edge is not). Where several districts
//! hold the point, **the smallest by area wins**, so a district drawn inside another stays
//! reachable; equal areas go to the one first in layer order.

use super::District;
use geo::{Area, BoundingRect, Intersects, MultiPolygon, Rect};
use rstar::{RTree, RTreeObject, AABB};

/// One district in the tree: its bounding box, its area (in square degrees, only compared) and its
/// polygons.
#[derive(Debug, Clone)]
struct Candidate {
    index: usize,
    area: f64,
    envelope: AABB<[f64; 2]>,
    shape: MultiPolygon<f64>,
}

impl RTreeObject for Candidate {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        self.envelope
    }
}

/// Finds the district at a longitude/latitude by the rule of this module.
#[derive(Debug, Clone, Default)]
pub struct DistrictLocator {
    tree: RTree<Candidate>,
    /// The bounding box of all districts.
    bounds: Option<Rect<f64>>,
}

impl DistrictLocator {
    /// Indexes the districts (a district without coordinates is never found).
    pub fn new(districts: &[District], bounds: Option<Rect<f64>>) -> Self {
        let candidates = districts
            .iter()
            .enumerate()
            .filter_map(|(index, d)| {
                let rect = d.geometry.bounding_rect()?;
                Some(Candidate {
                    index,
                    area: d.geometry.unsigned_area(),
                    envelope: AABB::from_corners(
                        [rect.min().x, rect.min().y],
                        [rect.max().x, rect.max().y],
                    ),
                    shape: d.geometry.clone(),
                })
            })
            .collect();
        Self {
            tree: RTree::bulk_load(candidates),
            bounds,
        }
    }

    /// The index of the district at (`lon`, `lat`): the smallest by area of those whose polygons
    /// hold the point, ties to the first in layer order; None outside all of them.
    pub fn district_at(&self, lon: f64, lat: f64) -> Option<usize> {
        if !lon.is_finite() || !lat.is_finite() {
            return None;
        }
        let point = geo::Point::new(lon, lat);
        self.tree
            .locate_in_envelope_intersecting(&AABB::from_point([lon, lat]))
            .filter(|c| c.shape.intersects(&point))
            .min_by(|a, b| a.area.total_cmp(&b.area).then(a.index.cmp(&b.index)))
            .map(|c| c.index)
    }

    /// Whether the point lies within the bounding box of all districts.
    pub fn in_extent(&self, lon: f64, lat: f64) -> bool {
        self.bounds.is_some_and(|b| {
            (b.min().x..=b.max().x).contains(&lon) && (b.min().y..=b.max().y).contains(&lat)
        })
    }
}

/// A layer that shows the rule, for tests here and in the map: a district with a hole (37.12–37.13,
/// 36.22–36.23), and a smaller one (37.105–37.115, 36.205–36.215) inside it, after it in layer order.
#[doc(hidden)]
pub const NESTED_EXAMPLE: &str = concat!(
    r#"{"type":"FeatureCollection","features":["#,
    r#"{"type":"Feature","properties":{"id":"outer","name":"Outer"},"geometry":{"type":"Polygon","coordinates":["#,
    r#"[[37.10,36.20],[37.14,36.20],[37.14,36.24],[37.10,36.24],[37.10,36.20]],"#,
    r#"[[37.12,36.22],[37.13,36.22],[37.13,36.23],[37.12,36.23],[37.12,36.22]]]}},"#,
    r#"{"type":"Feature","properties":{"id":"inner","name":"Inner"},"geometry":{"type":"Polygon","coordinates":["#,
    r#"[[37.105,36.205],[37.115,36.205],[37.115,36.215],[37.105,36.215],[37.105,36.205]]]}}]}"#
);
