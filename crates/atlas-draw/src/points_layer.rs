//! Dated points on the map (issue 16): each point shown at the day a dot coloured by its category; when
//! more than [`DENSE_POINTS`] are in view, a grid of bins instead, each a disc sized by how many points
//! it holds, coloured by their most common category, with the count written on the larger ones. Bins
//! are translucent, the largest the most, so the districts under them stay readable at city zoom,
//! while a single point is an opaque dot. The points' map positions are computed once per layer; a
//! frame only transforms and bins them into [`Marker`]s, painted as one mesh on screen or as the
//! SVG export's circles ([`PointsFrame::paint_vector`]).

use crate::map_vector::{VectorLayer, VectorMarker};
use crate::projector::{MapFrame, Projector};
use atlas_core::model::points::{bin_positions, Bin, PointLayer};
use egui::epaint::TextShape;
use egui::{Align2, Color32, FontId, Mesh, Painter, Pos2, Rect, Shape, Stroke};
use std::sync::Arc;

/// More points in view than this are binned.
pub const DENSE_POINTS: usize = 2000;

/// A bin's side on screen, in points.
const BIN_PX: f32 = 28.0;

/// A dot's radius, in points.
const DOT_RADIUS: f32 = 4.0;

/// How opaque the smallest bins' fill is, and the largest bins' ([`bin_fill_alpha`]).
const BIN_FILL_MOST: f32 = 0.85;
const BIN_FILL_LEAST: f32 = 0.35;

/// How opaque a bin's ring is (of the ring colour).
const BIN_RING_ALPHA: f32 = 0.7;

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

/// A point's dot or a bin's disc on screen: filled to `radius`, its ring stroked across that edge
/// (half inside, half outside), so that an SVG circle of that radius and stroke draws it exactly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    pub centre: Pos2,
    pub radius: f32,
    /// The fill's colour (opaque) and how opaque the fill is.
    pub fill: Color32,
    pub opacity: f32,
    pub ring: Stroke,
    /// The point's category (a bin's most common one).
    pub category: u16,
    /// How many points a bin holds (None: a single point).
    pub count: Option<u32>,
    /// Whether the count is written on it (the larger bins).
    pub labelled: bool,
    /// Sides of the polygon the mesh draws the disc with.
    segments: u32,
}

impl Marker {
    /// A single point: an opaque dot in its category's colour with a ring.
    fn dot(centre: Pos2, category: u16, ring: Color32) -> Self {
        Self {
            centre,
            radius: DOT_RADIUS + 0.5,
            fill: category_colour(category),
            opacity: 1.0,
            ring: Stroke::new(1.0, ring),
            category,
            count: None,
            labelled: false,
            segments: 8,
        }
    }

    /// A bin: a disc sized by its count, translucent enough that the districts under it stay
    /// readable (see [`bin_fill_alpha`]), its ring marking its extent.
    fn bin(bin: &Bin, ring: Color32) -> Self {
        let radius = (3.0 + 2.2 * (bin.count.max(1) as f32).log2()).min(BIN_PX * 0.5);
        Self {
            centre: Pos2::new(bin.x, bin.y),
            radius: radius + 0.5,
            fill: category_colour(bin.category),
            opacity: bin_fill_alpha(radius),
            ring: Stroke::new(1.0, ring.gamma_multiply(BIN_RING_ALPHA)),
            category: bin.category,
            count: Some(bin.count),
            labelled: radius >= 9.0,
            segments: 16,
        }
    }

    /// Adds the disc and its ring to `mesh`.
    fn add_to(&self, mesh: &mut Mesh) {
        let fill = self.fill.gamma_multiply(self.opacity);
        disc(mesh, self.centre, self.radius, fill, self.segments);
        let half = self.ring.width / 2.0;
        let (inner, outer) = (self.radius - half, self.radius + half);
        annulus(
            mesh,
            self.centre,
            inner,
            outer,
            self.ring.color,
            self.segments,
        );
    }
}

/// How opaque a bin's fill is, by its disc's radius: the smallest bins (a point or two, a few points
/// across) as solid as [`BIN_FILL_MOST`] so that they stay visible, the largest (which at city zoom
/// cover most of a district) as light as [`BIN_FILL_LEAST`], and linearly between.
pub fn bin_fill_alpha(radius: f32) -> f32 {
    let smallest = 3.0;
    let largest = BIN_PX * 0.5;
    let t = ((radius - smallest) / (largest - smallest)).clamp(0.0, 1.0);
    BIN_FILL_MOST + (BIN_FILL_LEAST - BIN_FILL_MOST) * t
}

/// One frame's drawing of the points: the dots or bins, the selection.
#[derive(Debug, Clone)]
pub struct PointsFrame {
    pub markers: Vec<Marker>,
    pub selected: Option<Pos2>,
    pub ring: Color32,
    pub drawn: PointsDrawn,
}

impl Default for PointsFrame {
    fn default() -> Self {
        Self {
            markers: Vec::new(),
            selected: None,
            ring: Color32::BLACK,
            drawn: PointsDrawn::Dots(0),
        }
    }
}

impl PointsFrame {
    /// The markers as one mesh, in order.
    pub fn mesh(&self) -> Mesh {
        let mut mesh = Mesh::default();
        for marker in &self.markers {
            marker.add_to(&mut mesh);
        }
        mesh
    }

    /// Adds the frame's shapes to `painter`: the markers as one mesh, the bins' counts, the
    /// selection.
    pub fn paint(self, painter: &Painter) {
        let mesh = self.mesh();
        if !mesh.is_empty() {
            painter.add(Shape::mesh(mesh));
        }
        for marker in self.markers.iter().filter(|m| m.labelled) {
            painter.add(count_text(painter, marker));
        }
        self.paint_selection(painter);
    }

    /// Adds the frame to `painter` as paths for the SVG export ([`VectorLayer::Points`]): each marker
    /// with its category's name from `category_name`, and the bins' counts as text.
    pub fn paint_vector(self, painter: &Painter, category_name: impl Fn(u16) -> String) {
        let markers: Vec<VectorMarker> = self
            .markers
            .iter()
            .map(|m| VectorMarker {
                centre: m.centre,
                radius: m.radius,
                fill: m.fill,
                fill_opacity: m.opacity,
                ring: m.ring,
                category: category_name(m.category),
                count: m.count,
                label: m.labelled.then(|| count_text(painter, m)),
            })
            .collect();
        if !markers.is_empty() {
            VectorLayer::Points(markers).paint(painter, painter.clip_rect());
        }
        self.paint_selection(painter);
    }

    fn paint_selection(&self, painter: &Painter) {
        if let Some(at) = self.selected {
            painter.circle_stroke(at, DOT_RADIUS + 4.0, Stroke::new(2.5, self.ring));
        }
    }
}

/// A bin's count, centred on it.
/// A bin's count, in its ring's colour made opaque: the theme's text colour, which reads on the
/// theme's background as well as on the districts the translucent bin lets show.
fn count_text(painter: &Painter, marker: &Marker) -> TextShape {
    let label = count_label(marker.count.unwrap_or(1));
    let [r, g, b, _] = marker.ring.color.to_srgba_unmultiplied();
    let colour = Color32::from_rgb(r, g, b);
    let galley = painter.layout_no_wrap(label, FontId::proportional(10.0), colour);
    let at = Align2::CENTER_CENTER.anchor_size(marker.centre, galley.size());
    TextShape::new(at.min, galley, colour)
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
            frame.markers = bins.iter().map(|bin| Marker::bin(bin, ring)).collect();
            frame.drawn = PointsDrawn::Bins {
                points: in_view.len(),
                bins: bins.len(),
            };
        } else {
            frame.markers = in_view
                .iter()
                .map(|(at, category)| Marker::dot(*at, *category, ring))
                .collect();
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

    /// The name of a category of the layer ("" without a layer).
    pub fn category_name(&self, category: u16) -> String {
        self.layer
            .as_ref()
            .map_or_else(String::new, |l| l.category_name(category).to_string())
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

/// A ring between `inner` and `outer` radii of `segments` quads added to `mesh`.
fn annulus(mesh: &mut Mesh, centre: Pos2, inner: f32, outer: f32, colour: Color32, segments: u32) {
    let first = mesh.vertices.len() as u32;
    for k in 0..segments {
        let angle = std::f32::consts::TAU * k as f32 / segments as f32;
        let direction = egui::vec2(angle.cos(), angle.sin());
        mesh.colored_vertex(centre + inner * direction, colour);
        mesh.colored_vertex(centre + outer * direction, colour);
    }
    for k in 0..segments {
        let (a, b) = (first + 2 * k, first + 2 * ((k + 1) % segments));
        mesh.add_triangle(a, a + 1, b + 1);
        mesh.add_triangle(a, b + 1, b);
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

    /// Whether `p` lies inside the triangle `a b c` (either winding).
    fn inside(p: Pos2, [a, b, c]: [Pos2; 3]) -> bool {
        let side = |u: Pos2, v: Pos2| (v - u).x * (p - u).y - (v - u).y * (p - u).x;
        let (d1, d2, d3) = (side(a, b), side(b, c), side(c, a));
        (d1 >= 0.0 && d2 >= 0.0 && d3 >= 0.0) || (d1 <= 0.0 && d2 <= 0.0 && d3 <= 0.0)
    }

    /// The colours of the mesh's triangles under `p`, in drawing order.
    fn colours_at(mesh: &Mesh, p: Pos2) -> Vec<Color32> {
        mesh.indices
            .chunks_exact(3)
            .filter_map(|t| {
                let v = |i: u32| mesh.vertices.get(i as usize);
                let (a, b, c) = (v(t[0])?, v(t[1])?, v(t[2])?);
                inside(p, [a.pos, b.pos, c.pos]).then_some(a.color)
            })
            .collect()
    }

    #[test]
    fn bins_are_translucent_the_largest_most_and_a_single_point_is_solid() {
        // The largest bins let most of the district under them through; the smallest stay about as
        // solid as a dot; none is more opaque than a smaller one.
        let smallest = bin_fill_alpha(3.0);
        let largest = bin_fill_alpha(BIN_PX * 0.5);
        assert!(largest <= 0.5, "{largest}");
        assert!(smallest >= 0.8, "{smallest}");
        let mut last = f32::INFINITY;
        for r in 0..=40 {
            let alpha = bin_fill_alpha(r as f32 * 0.5);
            assert!(alpha <= last, "alpha grows at radius {}", r as f32 * 0.5);
            last = alpha;
        }
        let many = layer(DENSE_POINTS + 500);
        let (view, projector) = view_of(&many);
        let all: Vec<u32> = (0..many.points.len() as u32).collect();
        let frame = view.layout(&projector, &all, None, Color32::BLACK);
        let mesh = frame.mesh();
        for marker in &frame.markers {
            // Inside a bin only its fill is drawn (its ring is not a disc under it), at its opacity.
            let inner = marker.centre + egui::vec2(0.3, 0.2);
            let fill = category_colour(marker.category).gamma_multiply(marker.opacity);
            let under = colours_at(&mesh, inner);
            assert!(under.contains(&fill), "{marker:?}");
            assert!(
                under.iter().all(|c| *c == fill),
                "{under:?} under {marker:?}"
            );
            // Its ring is there, across the disc's edge.
            let edge = marker.centre + egui::vec2(marker.radius, 0.0);
            assert!(colours_at(&mesh, edge).contains(&marker.ring.color));
        }
        // A single point is a solid dot in its category's colour.
        let few = layer(10);
        let (view, projector) = view_of(&few);
        let frame = view.layout(&projector, &[4], None, Color32::BLACK);
        let [dot] = frame.markers.as_slice() else {
            panic!("{:?}", frame.markers);
        };
        assert_eq!(dot.count, None);
        assert_eq!(dot.opacity, 1.0);
        assert_eq!(dot.fill, category_colour(few.points[4].category));
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
