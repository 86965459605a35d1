//! How the districts lie against each other: which touch (neighbours, for finding pockets) and which
//! overlap (ground that could show two sides at once). Both are measured in metres on a local flat
//! projection of the layer (good to a fraction of a percent across a city), and both look only at
//! pairs whose bounding boxes meet, found with an R-tree.

use super::District;
use geo::{Area, BooleanOps, BoundingRect, Distance, Euclidean, MapCoords, MultiPolygon};
use rstar::{RTree, RTreeObject, AABB};

/// Districts closer than this are neighbours: the reference polygons leave streets between them.
pub const TOUCH_METRES: f64 = 40.0;
/// Overlaps smaller than this are drawing slivers, not ground.
pub const OVERLAP_M2: f64 = 100.0;

/// Each district's neighbours, district after district.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Neighbours {
    starts: Vec<usize>,
    list: Vec<u32>,
}

impl Neighbours {
    /// The neighbours of every district of a layer.
    pub fn of_layer(districts: &[District]) -> Self {
        let flat = FlatLayer::new(districts);
        let mut pairs: Vec<Vec<u32>> = vec![Vec::new(); districts.len()];
        for (a, b) in flat.close_pairs(TOUCH_METRES) {
            if Euclidean.distance(&flat.shapes[a], &flat.shapes[b]) <= TOUCH_METRES {
                pairs[a].push(b as u32);
                pairs[b].push(a as u32);
            }
        }
        let mut starts = Vec::with_capacity(districts.len() + 1);
        let mut list = Vec::new();
        starts.push(0);
        for mut p in pairs {
            p.sort_unstable();
            list.extend(p);
            starts.push(list.len());
        }
        Self { starts, list }
    }

    /// The neighbours of one district (empty for an unknown one).
    pub fn of(&self, district: usize) -> &[u32] {
        match (self.starts.get(district), self.starts.get(district + 1)) {
            (Some(&a), Some(&b)) => &self.list[a..b],
            _ => &[],
        }
    }
}

/// Two districts whose interiors overlap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Overlap {
    pub a: usize,
    pub b: usize,
    pub m2: f64,
}

/// Every pair of districts whose ground overlaps by more than [`OVERLAP_M2`].
pub fn overlaps(districts: &[District]) -> Vec<Overlap> {
    let flat = FlatLayer::new(districts);
    let mut out = Vec::new();
    for (a, b) in flat.close_pairs(0.0) {
        let m2 = flat.shapes[a].intersection(&flat.shapes[b]).unsigned_area();
        if m2 > OVERLAP_M2 {
            out.push(Overlap { a, b, m2 });
        }
    }
    out.sort_by_key(|o| (o.a, o.b));
    out
}

/// The districts in metres from the layer's centre.
struct FlatLayer {
    shapes: Vec<MultiPolygon<f64>>,
}

struct Boxed {
    index: usize,
    envelope: AABB<[f64; 2]>,
}

impl RTreeObject for Boxed {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        self.envelope
    }
}

impl FlatLayer {
    fn new(districts: &[District]) -> Self {
        let centres: Vec<f64> = districts
            .iter()
            .filter_map(|d| d.geometry.bounding_rect())
            .map(|r| r.center().y)
            .collect();
        let lat0 = centres.iter().sum::<f64>() / centres.len().max(1) as f64;
        let (kx, ky) = (111_320.0 * lat0.to_radians().cos(), 110_540.0);
        let shapes = districts
            .iter()
            .map(|d| {
                d.geometry
                    .map_coords(|c| geo::coord! { x: c.x * kx, y: c.y * ky })
            })
            .collect();
        Self { shapes }
    }

    /// The pairs (a < b) whose bounding boxes come within `metres` of each other.
    fn close_pairs(&self, metres: f64) -> Vec<(usize, usize)> {
        let boxes: Vec<Boxed> = self
            .shapes
            .iter()
            .enumerate()
            .filter_map(|(index, s)| {
                let r = s.bounding_rect()?;
                Some(Boxed {
                    index,
                    envelope: AABB::from_corners(
                        [r.min().x - metres, r.min().y - metres],
                        [r.max().x + metres, r.max().y + metres],
                    ),
                })
            })
            .collect();
        let tree = RTree::bulk_load(boxes);
        let mut pairs = Vec::new();
        for b in tree.iter() {
            for other in tree.locate_in_envelope_intersecting(&b.envelope) {
                if b.index < other.index {
                    pairs.push((b.index, other.index));
                }
            }
        }
        pairs.sort_unstable();
        pairs
    }
}
