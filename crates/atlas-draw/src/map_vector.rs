//! The map as paths, for the SVG export: the same districts, fills, patterns, outlines, dashed
//! outlines and landmarks that [`crate::map_view`] draws as meshes, in the same order, colours and
//! widths, but as polygons and polylines in screen points. A map view made
//! [`MapView::as_vector`](crate::map_view::MapView::as_vector) hands them to the painter inside
//! egui paint callbacks ([`VectorLayer`]), where the meshes would go; the rasterizer skips them and
//! the SVG writer turns them into paths. Markers ([`VectorLayer::Begin`], [`VectorLayer::End`]) name
//! the groups of what lies between them (labels, legend, caption), so the SVG is in named layers.
//! Issue 16's layers come the same way: the day's control areas ([`VectorControlArea`], from
//! [`crate::control_layer`]) and the dated points as their markers ([`VectorMarker`], from
//! [`crate::points_layer`]), each with the name a user picks it by (a controller, a category).

use crate::map_shapes::{LandmarkStyle, MapShapes};
use crate::map_view::MapScene;
use crate::overlay;
use egui::emath::TSTransform;
use egui::epaint::TextShape;
use egui::{Color32, Painter, Pos2, Rect, Shape, Stroke};
use std::sync::Arc;

/// Distance between stripes, in points (the map's own).
pub const STRIPE_SPACING: f32 = 7.0;

/// A district's area: its rings (holes by even-odd), fill colour, id and name.
#[derive(Debug, Clone)]
pub struct VectorArea {
    pub id: String,
    pub name: String,
    pub rings: Vec<Vec<Pos2>>,
    pub colour: Color32,
}

/// A line drawn with a stroke; `dash` is (dash, gap) along it from its start.
#[derive(Debug, Clone)]
pub struct VectorLine {
    pub points: Vec<Pos2>,
    pub closed: bool,
    pub width: f32,
    pub colour: Color32,
    pub dash: Option<(f32, f32)>,
}

/// One controller's area of the control areas shown (issue 16), as [`crate::control_layer`] draws
/// it: its rings (holes by even-odd) filled in its colour at `fill_opacity`, then a dark halo along
/// them, then its edge.
#[derive(Debug, Clone)]
pub struct VectorControlArea {
    pub controller: String,
    pub rings: Vec<Vec<Pos2>>,
    /// The controller's colour (opaque).
    pub colour: Color32,
    pub fill_opacity: f32,
    pub halo: Stroke,
    pub edge: Stroke,
}

/// A dated point, or a bin of points, as its marker (issue 16): a disc of `radius` (to the middle of
/// its ring) filled in `fill` (opaque) at `fill_opacity`, its ring stroked over its edge, and for a
/// bin its count.
#[derive(Debug, Clone)]
pub struct VectorMarker {
    pub centre: Pos2,
    pub radius: f32,
    pub fill: Color32,
    pub fill_opacity: f32,
    pub ring: Stroke,
    /// The point's category (a bin's most common one).
    pub category: String,
    /// How many points a bin holds (None: a single point).
    pub count: Option<u32>,
    /// The count written on the bin, where it is drawn.
    pub label: Option<TextShape>,
}

/// Part of the figure as paths, or the start or end of a named group.
#[derive(Debug, Clone)]
pub enum VectorLayer {
    /// District fills.
    Areas {
        name: &'static str,
        areas: Vec<VectorArea>,
    },
    /// Lines of one kind (patterns, outlines, dashed outlines, landmarks).
    Lines {
        name: &'static str,
        lines: Vec<VectorLine>,
    },
    /// The control areas of the day, one a controller, in drawing order.
    ControlAreas(Vec<VectorControlArea>),
    /// The dated points shown, or their bins, in drawing order.
    Points(Vec<VectorMarker>),
    /// What follows, up to the matching [`VectorLayer::End`], is one group of this name.
    Begin(&'static str),
    End,
}

impl VectorLayer {
    /// Adds the layer to `painter` as a paint callback over `rect`.
    pub fn paint(self, painter: &Painter, rect: Rect) {
        painter.add(Shape::Callback(egui::PaintCallback {
            rect,
            callback: Arc::new(self),
        }));
    }
}

/// The colours of the map's lines for a theme.
#[derive(Debug, Clone, Copy)]
pub struct LineColours {
    pub outline: Color32,
    pub dashes: Color32,
    pub water: Color32,
    pub landmark: Color32,
}

/// The map's districts (each filled as `fill` says), patterns, outlines and landmarks as layers, as
/// [`crate::map_view`] draws them.
pub fn map_layers(
    shapes: &MapShapes,
    transform: TSTransform,
    visible: Rect,
    scene: &MapScene<'_>,
    colours: LineColours,
    fill: impl Fn(usize) -> Color32,
) -> Vec<VectorLayer> {
    let on_screen =
        |ring: &[Pos2]| -> Vec<Pos2> { ring.iter().map(|p| transform.mul_pos(*p)).collect() };
    let palette = scene.palette;
    let (mut areas, mut patterns, mut outlines, mut dashed) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (i, shape) in shapes.districts.iter().enumerate() {
        if !visible.intersects(shape.bounds) {
            continue;
        }
        let rings: Vec<Vec<Pos2>> = shape.rings.iter().map(|r| on_screen(r)).collect();
        let state = scene.states.get(i);
        let district = scene.data.layer.districts.get(i);
        areas.push(VectorArea {
            id: district.map_or_else(|| format!("district-{i}"), |d| d.id.to_string()),
            name: district.map_or_else(String::new, |d| d.name.to_string()),
            rings: rings.clone(),
            colour: fill(i),
        });
        for look in state.map(overlay::overlays).into_iter().flatten().flatten() {
            let Some(state) = state else { continue };
            let colour = palette.tint(scene.data, look, state, scene.day);
            let (segments, width) = look.0.lines(&rings, STRIPE_SPACING);
            patterns.extend(segments.into_iter().map(|[a, b]| VectorLine {
                points: vec![a, b],
                closed: false,
                width,
                colour,
                dash: None,
            }));
        }
        for mut ring in rings {
            if shape.approximate {
                if let Some(first) = ring.first().copied() {
                    ring.push(first);
                }
                dashed.push(VectorLine {
                    points: ring,
                    closed: false,
                    width: 1.2,
                    colour: colours.dashes,
                    dash: Some((5.0, 3.5)),
                });
            } else {
                outlines.push(VectorLine {
                    points: ring,
                    closed: true,
                    width: 0.8,
                    colour: colours.outline,
                    dash: None,
                });
            }
        }
    }
    let landmarks = shapes
        .landmarks
        .iter()
        .flat_map(|l| l.lines.iter().map(move |line| (l.style, line)))
        .map(|(style, line)| VectorLine {
            points: on_screen(line),
            closed: style == LandmarkStyle::Area,
            width: if style == LandmarkStyle::River {
                3.0
            } else {
                2.0
            },
            colour: if style == LandmarkStyle::River {
                colours.water
            } else {
                colours.landmark
            },
            dash: None,
        })
        .collect();
    vec![
        VectorLayer::Areas {
            name: "districts",
            areas,
        },
        VectorLayer::Lines {
            name: "patterns",
            lines: patterns,
        },
        VectorLayer::Lines {
            name: "outlines",
            lines: outlines,
        },
        VectorLayer::Lines {
            name: "approximate-outlines",
            lines: dashed,
        },
        VectorLayer::Lines {
            name: "landmarks",
            lines: landmarks,
        },
    ]
}
