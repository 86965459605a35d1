//! Dated points on the map (issue 16): each point shown at the day a dot coloured by its category; when
//! more than [`DENSE_POINTS`] are in view, a grid of bins instead, each a disc sized by how many points
//! it holds, coloured by their most common category, with the count written on the larger ones. The
//! points' map positions are computed once per layer; a frame only transforms and bins them.

use crate::projector::{MapFrame, Projector};
use atlas_core::model::points::{bin_positions, PointLayer};
use egui::{Align2, Color32, FontId, Mesh, Painter, Pos2, Rect, Shape, Stroke};
use std::sync::Arc;

/// More points in view than this are binned.
pub const DENSE_POINTS: usize = 2000;

/// A bin's side on screen, in points.
const BIN_PX: f32 = 28.0;

/// A dot's radius, in points.
const DOT_RADIUS: f32 = 4.0;

/// Twelve qualitative colours (Tableau's), told apart from the controllers' fills by their dark ring.
const CATEGORY_COLOURS: [Color32; 12] = [
    Color32::from_rgb(0x4e, 0x79, 0xa7),
    Color32::from_rgb(0xf2, 0x8e, 0x2b),
    Color32::from_rgb(0xe1, 0x57, 0x59),
    Color32::from_rgb(0x76, 0xb7, 0xb2),
    Color32::from_rgb(0x59, 0xa1, 0x4f),
    Color32::from_rgb(0xed, 0xc9, 0x48),
    Color32::from_rgb(0xb0, 0x7a, 0xa1),
    Color32::from_rgb(0xff, 0x9d, 0xa7),
    Color32::from_rgb(0x9c, 0x75, 0x5f),
    Color32::from_rgb(0xba, 0xb0, 0xac),
    Color32::from_rgb(0x17, 0xbe, 0xcf),
    Color32::from_rgb(0xbc, 0xbd, 0x22),
];

/// The colour of a category.
pub fn category_colour(category: u16) -> Color32 {
    CATEGORY_COLOURS[usize::from(category) % CATEGORY_COLOURS.len()]
}

/// How the points were drawn this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointsDrawn {
    /// One dot per point, this many in view.
    Dots(usize),
    /// Bins: this many points in view, in this many bins.
    Bins { points: usize, bins: usize },
}

/// One frame's drawing of the points: the dots or bins as one mesh, the bins' counts, the selection.
#[derive(Debug, Clone)]
pub struct PointsFrame {
    pub mesh: Mesh,
    pub counts: Vec<(Pos2, String)>,
    pub selected: Option<Pos2>,
    pub ring: Color32,
    pub drawn: PointsDrawn,
}

impl Default for PointsFrame {
    fn default() -> Self {
        Self {
            mesh: Mesh::default(),
            counts: Vec::new(),
            selected: None,
            ring: Color32::BLACK,
            drawn: PointsDrawn::Dots(0),
        }
    }
}

impl PointsFrame {
    /// Adds the frame's shapes to `painter`.
    pub fn paint(self, painter: &Painter) {
        if !self.mesh.is_empty() {
            painter.add(Shape::mesh(self.mesh));
        }
        let font = FontId::proportional(10.0);
        for (at, count) in self.counts {
            painter.text(
                at,
                Align2::CENTER_CENTER,
                count,
                font.clone(),
                Color32::BLACK,
            );
        }
        if let Some(at) = self.selected {
            painter.circle_stroke(at, DOT_RADIUS + 4.0, Stroke::new(2.5, self.ring));
        }
    }
}

/// The points of one layer in map coordinates.
#[derive(Default)]
pub struct PointsView {
    layer: Option<Arc<PointLayer>>,
    frame: Option<MapFrame>,
    /// Each point's map position, in the layer's order.
    map: Vec<Pos2>,
}

impl PointsView {
    /// Projects the layer's points into the map's frame when the layer or the frame changed.
    pub fn sync(&mut self, layer: &Arc<PointLayer>, frame: &MapFrame) {
        let same_layer = self.layer.as_ref().is_some_and(|l| Arc::ptr_eq(l, layer));
        if same_layer && self.frame.as_ref() == Some(frame) {
            return;
        }
        self.map = layer
            .points
            .iter()
            .map(|p| frame.to_map(p.lon, p.lat))
            .collect();
        self.layer = Some(Arc::clone(layer));
        self.frame = Some(*frame);
    }

    /// What draws `shown` (point numbers) in `projector`'s view, `selected` ringed in `ring`.
    pub fn layout(
        &self,
        projector: &Projector,
        shown: &[u32],
        selected: Option<u32>,
        ring: Color32,
    ) -> PointsFrame {
        let mut frame = PointsFrame::default();
        let Some(layer) = &self.layer else {
            return frame;
        };
        let view = projector.screen.expand(DOT_RADIUS);
        let in_view: Vec<(Pos2, u16)> = shown
            .iter()
            .filter_map(|&i| {
                let at = projector.to_screen(*self.map.get(i as usize)?);
                let category = layer.points.get(i as usize)?.category;
                view.contains(at).then_some((at, category))
            })
            .collect();
        if in_view.len() > DENSE_POINTS {
            let bins = bin_positions(in_view.iter().map(|(p, c)| (p.x, p.y, *c)), BIN_PX);
            for bin in &bins {
                let radius = (3.0 + 2.2 * (bin.count as f32).log2()).min(BIN_PX * 0.5);
                let centre = Pos2::new(bin.x, bin.y);
                let fill = category_colour(bin.category).gamma_multiply(0.75);
                disc(
                    &mut frame.mesh,
                    centre,
                    radius + 1.0,
                    ring.gamma_multiply(0.6),
                    16,
                );
                disc(&mut frame.mesh, centre, radius, fill, 16);
                if radius >= 9.0 {
                    frame.counts.push((centre, count_label(bin.count)));
                }
            }
            frame.drawn = PointsDrawn::Bins {
                points: in_view.len(),
                bins: bins.len(),
            };
        } else {
            for (at, category) in &in_view {
                disc(&mut frame.mesh, *at, DOT_RADIUS + 1.0, ring, 8);
                disc(
                    &mut frame.mesh,
                    *at,
                    DOT_RADIUS,
                    category_colour(*category),
                    8,
                );
            }
            frame.drawn = PointsDrawn::Dots(in_view.len());
        }
        frame.selected = selected.and_then(|i| self.on_screen(projector, i));
        frame.ring = ring;
        frame
    }

    /// Draws `shown` with `painter` (see [`PointsView::layout`]).
    pub fn paint(
        &self,
        painter: &Painter,
        projector: &Projector,
        shown: &[u32],
        selected: Option<u32>,
        ring: Color32,
    ) -> PointsDrawn {
        let frame = self.layout(projector, shown, selected, ring);
        let drawn = frame.drawn;
        frame.paint(painter);
        drawn
    }

    /// The shown point nearest to `screen` within a dot's reach, if any.
    pub fn point_at(&self, projector: &Projector, shown: &[u32], screen: Pos2) -> Option<u32> {
        let reach = (DOT_RADIUS + 3.0) * (DOT_RADIUS + 3.0);
        shown
            .iter()
            .filter_map(|&i| {
                let at = projector.to_screen(*self.map.get(i as usize)?);
                let d = at.distance_sq(screen);
                (d <= reach).then_some((d, i))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, i)| i)
    }

    /// Where a point is on screen.
    pub fn on_screen(&self, projector: &Projector, point: u32) -> Option<Pos2> {
        Some(projector.to_screen(*self.map.get(point as usize)?))
    }

    /// The map rectangle that holds every point (None: no points).
    pub fn bounds(&self) -> Option<Rect> {
        (!self.map.is_empty()).then(|| Rect::from_points(&self.map))
    }
}

/// "1.2k" for counts of a thousand and more.
fn count_label(count: u32) -> String {
    if count >= 1000 {
        format!("{:.1}k", f64::from(count) / 1000.0)
    } else {
        count.to_string()
    }
}

/// A filled disc of `segments` triangles added to `mesh`.
fn disc(mesh: &mut Mesh, centre: Pos2, radius: f32, colour: Color32, segments: u32) {
    let first = mesh.vertices.len() as u32;
    mesh.colored_vertex(centre, colour);
    for k in 0..segments {
        let angle = std::f32::consts::TAU * k as f32 / segments as f32;
        mesh.colored_vertex(
            centre + radius * egui::vec2(angle.cos(), angle.sin()),
            colour,
        );
    }
    for k in 0..segments {
        mesh.add_triangle(first, first + 1 + k, first + 1 + (k + 1) % segments);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::model::points::DatedPoint;
    use chrono::NaiveDate;

    fn layer(n: usize) -> Arc<PointLayer> {
        let day = NaiveDate::from_ymd_opt(2016, 11, 28).expect("a day");
        let points = (0..n)
            .map(|i| {
                let lon = 37.10 + (i % 100) as f64 * 0.001;
                let lat = 36.20 + (i / 100) as f64 * 0.001;
                DatedPoint::on_day(lon, lat, day, (i % 3) as u16)
            })
            .collect();
        let categories = vec!["a".into(), "b".into(), "c".into()];
        Arc::new(PointLayer::from_points(
            std::path::Path::new("t"),
            points,
            categories,
        ))
    }

    fn view_of(layer: &Arc<PointLayer>) -> (PointsView, Projector) {
        let mut view = PointsView::default();
        view.sync(layer, &MapFrame::centred_on(37.15, 36.25));
        let screen = Rect::from_min_size(Pos2::ZERO, egui::vec2(1000.0, 800.0));
        let projector = Projector::fit(view.bounds().expect("points"), screen);
        (view, projector)
    }

    #[test]
    fn dots_until_dense_then_bins_that_hold_every_point() {
        let few = layer(300);
        let (view, projector) = view_of(&few);
        let all: Vec<u32> = (0..300).collect();
        let frame = view.layout(&projector, &all, None, Color32::BLACK);
        assert_eq!(frame.drawn, PointsDrawn::Dots(300));
        let many = layer(DENSE_POINTS + 500);
        let (view, projector) = view_of(&many);
        let all: Vec<u32> = (0..many.points.len() as u32).collect();
        let frame = view.layout(&projector, &all, None, Color32::BLACK);
        let PointsDrawn::Bins { points, bins } = frame.drawn else {
            panic!("{:?}", frame.drawn);
        };
        assert_eq!(points, many.points.len());
        assert!(bins > 1 && bins < points, "{bins} bins");
    }

    #[test]
    fn a_click_finds_the_nearest_shown_point_and_nothing_far_away() {
        let layer = layer(300);
        let (view, projector) = view_of(&layer);
        let shown: Vec<u32> = (0..300).step_by(2).collect();
        let at = view.on_screen(&projector, 42).expect("drawn");
        assert_eq!(
            view.point_at(&projector, &shown, at + egui::vec2(1.0, 1.0)),
            Some(42)
        );
        // A point that is not shown is not found, even under the pointer.
        let hidden = view.on_screen(&projector, 43).expect("drawn");
        assert_ne!(view.point_at(&projector, &shown, hidden), Some(43));
        assert_eq!(
            view.point_at(&projector, &shown, Pos2::new(-500.0, -500.0)),
            None
        );
    }
}
