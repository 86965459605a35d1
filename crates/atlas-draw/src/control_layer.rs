//! Control areas over time drawn as their own layer over the districts: the snapshot of the day (the
//! latest on or before it, [`ControlAreas::snapshot_at`]), each controller's polygons triangulated
//! (earcut, as the districts are) into a mesh in map coordinates once per snapshot shown, filled
//! translucent in the controller's colour and outlined in it. Colours: a controller of the data with
//! the same id or label keeps its colour; others take colours of their own. The SVG export gets the
//! same areas as paths, one a controller ([`ControlLayer::vector_layer`]).

use crate::map_shapes::mesh_and_rings;
use crate::map_vector::{VectorControlArea, VectorLayer};
use crate::projector::MapFrame;
use atlas_core::join::Dataset;
use atlas_core::model::control_areas::{ControlAreas, Snapshot};
use chrono::NaiveDate;
use egui::emath::TSTransform;
use egui::{Color32, Mesh, Pos2, Rect, Shape, Stroke};
use std::sync::Arc;

/// How opaque the areas' fill is: the districts stay readable under it.
const FILL_ALPHA: u8 = 96;
/// Under the areas' outline.
const HALO: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 150);
/// Colours for controllers the data does not know (none of them the built-in controllers').
const OWN_COLOURS: [[u8; 3]; 4] = [
    [0xCC, 0x79, 0xA7],
    [0x00, 0x72, 0xB2],
    [0x56, 0xB4, 0xE9],
    [0xF0, 0xE4, 0x42],
];

/// One controller's area of the snapshot shown, in map coordinates.
struct AreaShape {
    controller: String,
    mesh: Mesh,
    rings: Vec<Vec<Pos2>>,
}

/// The control areas of a load and the snapshot last drawn, tessellated.
pub struct ControlLayer {
    areas: Arc<ControlAreas>,
    frame: MapFrame,
    /// The snapshot tessellated (its index) and its shapes.
    tessellated: Option<(usize, Vec<AreaShape>)>,
}

impl ControlLayer {
    /// The layer of `areas`, drawn in the districts' map frame.
    pub fn new(areas: Arc<ControlAreas>, frame: MapFrame) -> Self {
        Self {
            areas,
            frame,
            tessellated: None,
        }
    }

    /// The same areas drawn in another frame (the districts' layer changed).
    pub fn in_frame(self, frame: MapFrame) -> Self {
        Self::new(self.areas, frame)
    }

    pub fn areas(&self) -> &ControlAreas {
        &self.areas
    }

    /// The snapshot shown on `day` (None before the first).
    pub fn snapshot_at(&self, day: NaiveDate) -> Option<&Snapshot> {
        self.areas.snapshot_at(day)
    }

    /// Draws the snapshot of `day` through `transform` (map → screen); nothing before the first.
    pub fn paint(
        &mut self,
        painter: &egui::Painter,
        transform: TSTransform,
        day: NaiveDate,
        data: &Dataset,
    ) {
        let controllers = self.areas.controllers();
        for shape in self.shapes_at(day) {
            let style = AreaStyle::of(data, &controllers, &shape.controller);
            let mut mesh = shape.mesh.clone();
            for vertex in &mut mesh.vertices {
                vertex.pos = transform.mul_pos(vertex.pos);
                vertex.color = style.fill;
            }
            painter.add(Shape::mesh(mesh));
            // A dark halo under the line keeps the areas' edge visible over districts of their colour.
            for ring in &shape.rings {
                let points: Vec<Pos2> = ring.iter().map(|p| transform.mul_pos(*p)).collect();
                painter.add(Shape::closed_line(points.clone(), style.halo));
                painter.add(Shape::closed_line(points, style.edge));
            }
        }
    }

    /// The snapshot of `day` as paths for the SVG export, as [`Self::paint`] draws it: one area a
    /// controller, with the rings that reach into `screen` (None before the first snapshot).
    pub fn vector_layer(
        &mut self,
        transform: TSTransform,
        day: NaiveDate,
        data: &Dataset,
        screen: Rect,
    ) -> Option<VectorLayer> {
        self.index_at(day)?;
        let controllers = self.areas.controllers();
        let areas = self
            .shapes_at(day)
            .iter()
            .filter_map(|shape| {
                let style = AreaStyle::of(data, &controllers, &shape.controller);
                // A ring wholly outside the view encloses nothing in it (holes included, by
                // even-odd), so leaving it out changes nothing drawn.
                let rings: Vec<Vec<Pos2>> = shape
                    .rings
                    .iter()
                    .map(|ring| {
                        ring.iter()
                            .map(|p| transform.mul_pos(*p))
                            .collect::<Vec<_>>()
                    })
                    .filter(|ring| ring.len() >= 3 && Rect::from_points(ring).intersects(screen))
                    .collect();
                (!rings.is_empty()).then(|| VectorControlArea {
                    controller: shape.controller.clone(),
                    rings,
                    colour: style.colour,
                    fill_opacity: f32::from(FILL_ALPHA) / 255.0,
                    halo: style.halo,
                    edge: style.edge,
                })
            })
            .collect();
        Some(VectorLayer::ControlAreas(areas))
    }

    /// The areas of the snapshot shown on `day`, tessellated (afresh when the snapshot changed);
    /// none before the first.
    fn shapes_at(&mut self, day: NaiveDate) -> &[AreaShape] {
        let Some(index) = self.index_at(day) else {
            return &[];
        };
        if self.tessellated.as_ref().map(|(i, _)| *i) != Some(index) {
            let shapes = tessellate(&self.areas.snapshots[index], &self.frame);
            self.tessellated = Some((index, shapes));
        }
        self.tessellated
            .as_ref()
            .map_or(&[], |(_, shapes)| shapes.as_slice())
    }

    fn index_at(&self, day: NaiveDate) -> Option<usize> {
        let after = self.areas.snapshots.partition_point(|s| s.day <= day);
        after.checked_sub(1)
    }
}

/// How one controller's area is drawn: its translucent fill, the halo under its edge, its edge.
struct AreaStyle {
    /// The controller's colour, and the fill (that colour at [`FILL_ALPHA`]).
    colour: Color32,
    fill: Color32,
    halo: Stroke,
    edge: Stroke,
}

impl AreaStyle {
    fn of(data: &Dataset, controllers: &[String], controller: &str) -> Self {
        let colour = area_colour(data, controllers, controller);
        let [r, g, b, _] = colour.to_array();
        Self {
            colour,
            fill: Color32::from_rgba_unmultiplied(r, g, b, FILL_ALPHA),
            halo: Stroke::new(4.0, HALO),
            edge: Stroke::new(2.0, colour),
        }
    }
}

/// Each area of a snapshot as a mesh and its rings.
fn tessellate(snapshot: &Snapshot, frame: &MapFrame) -> Vec<AreaShape> {
    snapshot
        .areas
        .iter()
        .map(|area| {
            let (mesh, rings) = mesh_and_rings(&area.geometry, frame);
            AreaShape {
                controller: area.controller.clone(),
                mesh,
                rings,
            }
        })
        .collect()
}

/// The colour of a controller of control areas: the data's controller of that id or label (without
/// case), else one of [`OWN_COLOURS`] by its place among `controllers` (all those of the areas).
pub fn area_colour(data: &Dataset, controllers: &[String], name: &str) -> Color32 {
    let known = data
        .controllers
        .controllers
        .iter()
        .find(|c| c.id.eq_ignore_ascii_case(name) || c.label.eq_ignore_ascii_case(name));
    if let Some(controller) = known {
        let [r, g, b] = controller.rgb();
        return Color32::from_rgb(r, g, b);
    }
    let rank = controllers.iter().position(|c| c == name).unwrap_or(0);
    let [r, g, b] = OWN_COLOURS[rank % OWN_COLOURS.len()];
    Color32::from_rgb(r, g, b)
}

/// The legend's rows for the control areas: the snapshot shown (its day and file) and each
/// controller's colour and geodesic km² in it; a line saying none is shown before the first.
pub fn legend_rows(ui: &mut egui::Ui, layer: &ControlLayer, data: &Dataset, day: NaiveDate) {
    ui.separator();
    let Some(snapshot) = layer.snapshot_at(day) else {
        let first = layer
            .areas()
            .span()
            .map(|(first, _)| first.format("%-d %b %Y").to_string());
        ui.weak(format!(
            "Control areas: none until {}",
            first.unwrap_or_else(|| "a snapshot".into())
        ));
        return;
    };
    let file = snapshot
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    ui.label(
        egui::RichText::new(format!(
            "Control areas of {}",
            snapshot.day.format("%-d %b %Y")
        ))
        .strong(),
    )
    .on_hover_text(format!(
        "The latest snapshot on or before the day shown: {file}"
    ));
    let controllers = layer.areas().controllers();
    egui::Grid::new("control areas legend")
        .num_columns(3)
        .spacing([6.0, 3.0])
        .show(ui, |ui| {
            for area in &snapshot.areas {
                let colour = area_colour(data, &controllers, &area.controller);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(18.0, 13.0), egui::Sense::hover());
                let [r, g, b, _] = colour.to_array();
                ui.painter().rect_filled(
                    rect,
                    2.0,
                    Color32::from_rgba_unmultiplied(r, g, b, FILL_ALPHA),
                );
                ui.painter().rect_stroke(
                    rect,
                    2.0,
                    Stroke::new(1.5, colour),
                    egui::StrokeKind::Inside,
                );
                ui.label(&area.controller);
                ui.label(format!("{:.1} km²", area.area_km2))
                    .on_hover_text("geodesic area on the WGS84 ellipsoid");
                ui.end_row();
            }
        });
    ui.weak(file);
}
