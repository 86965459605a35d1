//! The district layer and the landmarks turned, once per data load, into what the map draws: a
//! triangulated mesh per district (earcut, so concave districts and holes fill right), its rings for
//! outlines, and a point to hang its label on. Which district is under a point is the core's one
//! lookup ([`DistrictLocator`]), so a click and the ACLED coordinate join agree. Everything is in map kilometres
//! ([`MapFrame`]); the map view transforms it per frame and only recolours when the date moves.

use crate::projector::MapFrame;
use atlas_core::model::district::DistrictLocator;
use atlas_core::model::landmark::Landmark;
use atlas_core::model::{DistrictKind, DistrictLayer};
use egui::{Color32, Mesh, Pos2, Rect};
use geo::{BoundingRect, Geometry, InteriorPoint, Polygon, TriangulateEarcut};
use std::sync::Arc;

/// One district, ready to draw.
#[derive(Debug, Clone)]
pub struct DistrictShape {
    /// Triangles in map coordinates; vertex colours are set when drawing.
    pub mesh: Mesh,
    /// Exterior rings and holes, in map coordinates, without the repeated closing point.
    pub rings: Vec<Vec<Pos2>>,
    /// Where its label and its accessibility node sit: a point inside the district.
    pub anchor: Pos2,
    pub bounds: Rect,
    pub approximate: bool,
    pub kind: DistrictKind,
}

/// What a landmark is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LandmarkStyle {
    /// A river: a blue line.
    River,
    /// An outlined area (the Citadel, the airport).
    Area,
}

#[derive(Debug, Clone)]
pub struct LandmarkShape {
    pub name: String,
    pub style: LandmarkStyle,
    /// Lines (open for rivers, closed rings for areas), in map coordinates.
    pub lines: Vec<Vec<Pos2>>,
    pub anchor: Pos2,
}

/// Every district and landmark of one dataset, in map coordinates.
#[derive(Debug, Clone)]
pub struct MapShapes {
    pub frame: MapFrame,
    pub districts: Vec<DistrictShape>,
    pub landmarks: Vec<LandmarkShape>,
    /// The bounds of the districts.
    pub bounds: Rect,
    /// The layer's district-at-point lookup, in longitude/latitude.
    locator: Arc<DistrictLocator>,
}

impl MapShapes {
    /// Triangulates the layer and places the landmarks that lie over it.
    pub fn build(layer: &DistrictLayer, landmarks: &[Landmark]) -> Self {
        let frame = match layer.bounds() {
            Some(b) => {
                let c = b.center();
                MapFrame::centred_on(c.x, c.y)
            }
            None => MapFrame::centred_on(0.0, 0.0),
        };
        let districts: Vec<DistrictShape> = layer
            .districts
            .iter()
            .map(|d| {
                let (mesh, rings) = mesh_and_rings(&d.geometry, &frame);
                let bounds = bounds_of(rings.iter().flatten());
                let anchor = d
                    .geometry
                    .interior_point()
                    .map(|p| frame.to_map(p.x(), p.y()))
                    .filter(|p| contains(&rings, *p))
                    .unwrap_or(bounds.center());
                DistrictShape {
                    mesh,
                    rings,
                    anchor,
                    bounds,
                    approximate: d.approximate,
                    kind: d.kind,
                }
            })
            .collect();
        let bounds = districts
            .iter()
            .map(|d| d.bounds)
            .reduce(|a, b| a.union(b))
            .unwrap_or(Rect::from_center_size(Pos2::ZERO, egui::vec2(1.0, 1.0)));
        let landmarks = landmarks
            .iter()
            .filter_map(|l| landmark_shape(l, &frame))
            .filter(|l| l.lines.iter().flatten().any(|p| bounds.contains(*p)))
            .collect();
        Self {
            frame,
            districts,
            landmarks,
            bounds,
            locator: layer.locator(),
        }
    }

    /// The district under a map point, by the core's one rule ([`DistrictLayer::district_at`]: the
    /// smallest district holding the point, ties to the first).
    pub fn district_at(&self, point: Pos2) -> Option<usize> {
        let (lon, lat) = self.frame.to_lon_lat(point);
        self.locator.district_at(lon, lat)
    }
}

/// A MultiPolygon's triangles (earcut) and its rings (exteriors and holes), in map coordinates.
pub(crate) fn mesh_and_rings(
    geometry: &geo::MultiPolygon<f64>,
    frame: &MapFrame,
) -> (Mesh, Vec<Vec<Pos2>>) {
    let mut mesh = Mesh::default();
    let mut rings = Vec::new();
    for polygon in &geometry.0 {
        add_polygon(&mut mesh, polygon, frame);
        rings.push(ring_points(polygon.exterior(), frame));
        rings.extend(polygon.interiors().iter().map(|r| ring_points(r, frame)));
    }
    (mesh, rings)
}

fn ring_points(ring: &geo::LineString<f64>, frame: &MapFrame) -> Vec<Pos2> {
    let mut points: Vec<Pos2> = ring.0.iter().map(|c| frame.to_map(c.x, c.y)).collect();
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    points
}

fn add_polygon(mesh: &mut Mesh, polygon: &Polygon<f64>, frame: &MapFrame) {
    let raw = polygon.earcut_triangles_raw();
    let base = mesh.vertices.len() as u32;
    for [x, y] in &raw.vertices {
        mesh.colored_vertex(frame.to_map(*x, *y), Color32::WHITE);
    }
    for triangle in raw.triangle_indices.chunks_exact(3) {
        mesh.add_triangle(
            base + triangle[0] as u32,
            base + triangle[1] as u32,
            base + triangle[2] as u32,
        );
    }
}

fn bounds_of<'a>(points: impl Iterator<Item = &'a Pos2>) -> Rect {
    let mut rect = Rect::NOTHING;
    for p in points {
        rect.extend_with(*p);
    }
    if rect.is_positive() {
        rect
    } else {
        Rect::from_center_size(Pos2::ZERO, egui::vec2(0.0, 0.0))
    }
}

/// Even-odd point-in-polygon over all rings (exteriors and holes alike).
pub fn contains(rings: &[Vec<Pos2>], p: Pos2) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let a = ring[i];
            let b = ring[(i + 1) % n];
            if (a.y > p.y) != (b.y > p.y) {
                let x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x);
                if p.x < x {
                    inside = !inside;
                }
            }
        }
    }
    inside
}

fn landmark_shape(landmark: &Landmark, frame: &MapFrame) -> Option<LandmarkShape> {
    let line = |ls: &geo::LineString<f64>| -> Vec<Pos2> {
        ls.0.iter().map(|c| frame.to_map(c.x, c.y)).collect()
    };
    let (style, lines) = match &landmark.geometry {
        Geometry::LineString(ls) => (LandmarkStyle::River, vec![line(ls)]),
        Geometry::MultiLineString(mls) => (LandmarkStyle::River, mls.0.iter().map(line).collect()),
        Geometry::Polygon(p) => (LandmarkStyle::Area, vec![ring_points(p.exterior(), frame)]),
        Geometry::MultiPolygon(mp) => (
            LandmarkStyle::Area,
            mp.0.iter()
                .map(|p| ring_points(p.exterior(), frame))
                .collect(),
        ),
        _ => return None,
    };
    let anchor = match style {
        // A river's name sits on its middle point.
        LandmarkStyle::River => {
            let first = lines.first()?;
            *first.get(first.len() / 2)?
        }
        LandmarkStyle::Area => {
            let rect = landmark.geometry.bounding_rect()?;
            let c = rect.center();
            frame.to_map(c.x, c.y)
        }
    };
    Some(LandmarkShape {
        name: landmark.name.clone(),
        style,
        lines,
        anchor,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::model::builtin;

    #[test]
    fn every_district_is_triangulated_and_found_at_its_anchor() {
        let layer = builtin::districts().expect("built-in layer");
        let shapes = MapShapes::build(&layer, &[]);
        assert_eq!(shapes.districts.len(), layer.len());
        for (i, d) in shapes.districts.iter().enumerate() {
            assert!(
                !d.mesh.indices.is_empty(),
                "{} has no triangles",
                layer.districts[i].id
            );
            assert!(
                contains(&d.rings, d.anchor),
                "anchor of {} is not inside it",
                layer.districts[i].id
            );
            assert!(shapes.district_at(d.anchor).is_some());
        }
    }

    #[test]
    fn a_click_and_the_layer_pick_the_same_district_by_one_rule() {
        let layer = DistrictLayer::from_geojson(
            std::path::Path::new("nested.geojson"),
            atlas_core::model::district::locate::NESTED_EXAMPLE,
        )
        .expect("valid layer");
        let shapes = MapShapes::build(&layer, &[]);
        let (outer, inner) = (layer.index_of("outer"), layer.index_of("inner"));
        for (lon, lat, expected) in [
            (37.11, 36.21, inner),
            (37.135, 36.235, outer),
            (37.125, 36.225, None),
            (37.2, 36.3, None),
        ] {
            let clicked = shapes.district_at(shapes.frame.to_map(lon, lat));
            assert_eq!(
                layer.district_at(lon, lat),
                expected,
                "layer at {lon}, {lat}"
            );
            assert_eq!(clicked, expected, "map at {lon}, {lat}");
        }
        let frame = shapes.frame;
        let (lon, lat) = frame.to_lon_lat(frame.to_map(37.11, 36.21));
        assert!((lon - 37.11).abs() < 1e-6 && (lat - 36.21).abs() < 1e-6);
    }

    #[test]
    fn a_concave_polygon_is_not_filled_in_its_notch() {
        // A U shape: the notch between the arms must stay empty.
        let rings = vec![vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(3.0, 0.0),
            Pos2::new(3.0, 3.0),
            Pos2::new(2.0, 3.0),
            Pos2::new(2.0, 1.0),
            Pos2::new(1.0, 1.0),
            Pos2::new(1.0, 3.0),
            Pos2::new(0.0, 3.0),
        ]];
        assert!(contains(&rings, Pos2::new(0.5, 2.0)));
        assert!(!contains(&rings, Pos2::new(1.5, 2.0)));
        let frame = MapFrame::centred_on(0.0, 0.0);
        let polygon = Polygon::new(
            geo::LineString::from(vec![
                (0.0, 0.0),
                (0.03, 0.0),
                (0.03, 0.03),
                (0.02, 0.03),
                (0.02, 0.01),
                (0.01, 0.01),
                (0.01, 0.03),
                (0.0, 0.03),
                (0.0, 0.0),
            ]),
            vec![],
        );
        let mut mesh = Mesh::default();
        add_polygon(&mut mesh, &polygon, &frame);
        // The notch centre (0.015, 0.02) lies in no triangle.
        let notch = frame.to_map(0.015, 0.02);
        let inside_any = mesh.indices.chunks_exact(3).any(|t| {
            let [a, b, c] = [t[0], t[1], t[2]].map(|i| mesh.vertices[i as usize].pos);
            let sign =
                |p: Pos2, q: Pos2, r: Pos2| (p.x - r.x) * (q.y - r.y) - (q.x - r.x) * (p.y - r.y);
            let (d1, d2, d3) = (sign(notch, a, b), sign(notch, b, c), sign(notch, c, a));
            !((d1 < 0.0 || d2 < 0.0 || d3 < 0.0) && (d1 > 0.0 || d2 > 0.0 || d3 > 0.0))
        });
        assert!(!inside_any, "the notch is filled");
    }
}
