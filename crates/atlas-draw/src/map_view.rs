//! The map: districts filled with their controller's colour at the current day, the patterns of
//! [`crate::overlay`] (partial and contested control, probable losses, how sure the sources are), dashed outlines for approximate shapes, faded fills where no source has
//! spoken for a long time, landmarks, labels, a scale bar; pan, zoom, hover and select.
//!
//! The meshes come from [`MapShapes`] (built once per data load, in map kilometres); each frame they
//! are transformed by the [`Projector`] and coloured from the district states the app passes in.
//!
//! The map keeps no hover of its own: the scene says which districts are hovered (in any panel), and
//! the map reports the district under the pointer each frame in its [`MapAction`]s.

use crate::district_text::district_tooltip;
pub use crate::district_text::{describe_state, district_node_label};
use crate::labels::{self, Candidate, LabelSizes};
use crate::map_shapes::{LandmarkStyle, MapShapes};
use crate::map_vector::{map_layers, LineColours, VectorLayer, STRIPE_SPACING};
use crate::overlay::{self, Pattern};
use crate::palette::{lerp_colour, Palette};
use crate::projector::Projector;
use atlas_core::join::Dataset;
use atlas_core::model::fast_hash::FastMap;
use atlas_core::model::DistrictKind;
use atlas_core::timeline::DistrictState;
use chrono::NaiveDate;
use egui::emath::TSTransform;
use egui::epaint::{TessellationOptions, Tessellator};
use egui::{
    Align2, Color32, FontId, Id, Key, Mesh, Modifiers, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2,
    WidgetInfo,
};
use std::sync::Arc;

/// What the user did on the map; [`MapView::ui`] gives a `Hover` every frame.
#[derive(Debug, Clone, PartialEq)]
pub enum MapAction {
    Select(usize),
    ClearSelection,
    /// The district under the pointer (None: the pointer is elsewhere, or on no district).
    Hover(Option<usize>),
}

/// What the map shows this frame.
pub struct MapScene<'a> {
    pub data: &'a Dataset,
    pub states: &'a [DistrictState],
    pub day: NaiveDate,
    pub selected: &'a [usize],
    /// The districts hovered in any panel (drawn lit while the pointer is off the map).
    pub hovered: &'a [usize],
    pub palette: &'a Palette,
    /// The script of the district labels.
    pub labels: LabelScript,
    /// Two days compared: the map shows which districts changed side (None: the plain map).
    pub compare: Option<CompareScene<'a>>,
}

/// Latin or Arabic district labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LabelScript {
    #[default]
    Latin,
    /// The Arabic name where the layer has one (the Latin name otherwise), shaped right to left.
    Arabic,
}

/// What the map shows when two days are compared: `states` of the scene are those of the later day.
#[derive(Debug, Clone, Copy)]
pub struct CompareScene<'a> {
    /// Every district's state at the end of the earlier day.
    pub before: &'a [DistrictState],
    /// Whether each district changed side between the two days.
    pub changed: &'a [bool],
    /// The earlier day (the scene's day is the later one).
    pub from: NaiveDate,
}

impl CompareScene<'_> {
    fn changed(&self, district: usize) -> bool {
        self.changed.get(district).copied().unwrap_or(false)
    }
}

/// Pan and zoom state of the map, and its shapes.
pub struct MapView {
    shapes: MapShapes,
    /// None until the first frame gives the map a size (then it fits the data).
    projector: Option<Projector>,
    /// What the first view and "Fit" frame: the city where control changed (see [`crate::framing`]);
    /// the whole layer until told.
    focus: Rect,
    /// What the next fit frames: the focus, or the whole layer.
    fit_whole: bool,
    fit_requested: bool,
    /// A district to bring into view in the next frame.
    go_to: Option<usize>,
    /// Screen rectangles the labels keep clear of (the legend over the map).
    keep_clear: Vec<Rect>,
    /// The view is the fitted one and refits when the map's size changes, until the user pans or zooms.
    follows_fit: bool,
    /// The map's widget id (known after the first frame).
    id: Option<Id>,
    /// Whether the zoom and Fit buttons are drawn (not in exported images).
    show_controls: bool,
    /// Paths instead of meshes, for the SVG export (see [`crate::map_vector`]).
    vector: bool,
    /// The outlines and landmarks tessellated for the view they were last drawn in.
    outlines: Outlines,
    /// The sizes of the district names, for placing labels.
    label_sizes: LabelSizes,
    /// The script the sizes were measured in.
    label_script: Option<LabelScript>,
    /// Vertices and indices of the last frame's fills, to make room for the next at once.
    fill_size: (usize, usize),
    /// Tiles under the districts (None: the plain background).
    basemap: Option<crate::basemap::Basemap>,
}

/// The most districts in view that get a node each for the keyboard without a screen reader.
const MOST_DISTRICT_NODES: usize = 1000;

/// How opaque the district fills are over a basemap.
const BASEMAP_FILL_ALPHA: f32 = 0.55;

impl MapView {
    pub fn new(shapes: MapShapes) -> Self {
        Self {
            projector: None,
            focus: shapes.bounds,
            fit_whole: false,
            fit_requested: true,
            go_to: None,
            keep_clear: Vec::new(),
            follows_fit: true,
            id: None,
            show_controls: true,
            vector: false,
            outlines: Outlines::default(),
            label_sizes: LabelSizes::default(),
            label_script: None,
            fill_size: (0, 0),
            basemap: None,
            shapes,
        }
    }

    /// Puts a basemap under the districts (None: the plain background).
    pub fn set_basemap(&mut self, basemap: Option<crate::basemap::Basemap>) {
        self.basemap = basemap;
    }

    pub fn basemap(&self) -> Option<&crate::basemap::Basemap> {
        self.basemap.as_ref()
    }

    pub fn basemap_mut(&mut self) -> Option<&mut crate::basemap::Basemap> {
        self.basemap.as_mut()
    }

    /// Sets what the first view and "Fit" frame (None: the whole layer), and fits it.
    pub fn set_focus(&mut self, focus: Option<Rect>) {
        self.focus = focus.unwrap_or(self.shapes.bounds);
        self.fit_whole = false;
        self.fit_requested = true;
    }

    /// The districts and landmarks drawn.
    pub fn shapes(&self) -> &MapShapes {
        &self.shapes
    }

    /// The map rectangle "Fit" frames.
    pub fn focus(&self) -> Rect {
        self.focus
    }

    /// Fits every district of the layer in view.
    pub fn request_whole_layer(&mut self) {
        self.fit_whole = true;
        self.fit_requested = true;
    }

    /// Brings a district into view in the next frame: centred, and zoomed in if it would be small.
    pub fn go_to(&mut self, district: usize) {
        self.go_to = Some(district);
    }

    /// Screen rectangles the labels keep clear of, from the next frame on.
    pub fn keep_clear(&mut self, rects: Vec<Rect>) {
        self.keep_clear = rects;
    }

    /// The map rectangle in view (after the first frame).
    pub fn visible(&self) -> Option<Rect> {
        self.projector.map(|p| p.visible_map_rect())
    }

    /// Where a district's anchor (a point inside it, under its label) is on screen, once the map has
    /// been drawn.
    pub fn screen_anchor(&self, district: usize) -> Option<egui::Pos2> {
        let projector = self.projector.as_ref()?;
        Some(projector.to_screen(self.shapes.districts.get(district)?.anchor))
    }

    /// The same map without its zoom and Fit buttons, for exported images.
    pub fn without_controls(mut self) -> Self {
        self.show_controls = false;
        self
    }

    /// The same map drawn as paths (inside paint callbacks) instead of meshes, for the SVG export;
    /// it draws no basemap (its tiles are images).
    pub fn as_vector(mut self) -> Self {
        self.vector = true;
        self
    }

    /// Whether the map is drawn as paths ([`Self::as_vector`]).
    pub fn is_vector(&self) -> bool {
        self.vector
    }

    /// Whether the map has the keyboard (then the arrow keys pan it).
    pub fn has_focus(&self, ctx: &egui::Context) -> bool {
        self.id.is_some_and(|id| ctx.memory(|m| m.has_focus(id)))
    }

    /// Replaces the shapes (new data) and fits the view to them (to the whole layer until
    /// [`MapView::set_focus`] says where the city is).
    pub fn set_shapes(&mut self, shapes: MapShapes) {
        self.focus = shapes.bounds;
        self.fit_whole = false;
        self.go_to = None;
        self.shapes = shapes;
        self.fit_requested = true;
        self.outlines = Outlines::default();
        self.label_sizes = LabelSizes::default();
    }

    /// Fits the city (the focus) in view.
    pub fn request_fit(&mut self) {
        self.fit_whole = false;
        self.fit_requested = true;
    }

    /// Points per kilometre (for tests and the scale bar).
    /// The view's map ↔ screen transform (after the first frame): for layers drawn over the map
    /// (issue 16's points).
    pub fn projector(&self) -> Option<Projector> {
        self.projector
    }

    pub fn scale(&self) -> Option<f32> {
        self.projector.map(|p| p.scale)
    }

    pub fn zoom_by(&mut self, factor: f32) {
        if let Some(p) = &mut self.projector {
            let centre = p.screen.center();
            p.zoom_around(factor, centre);
        }
    }

    /// Draws the map in all of `ui`'s remaining space and handles its input; returns what the user did
    /// (always ending with the hover).
    pub fn ui(&mut self, ui: &mut Ui, scene: &MapScene<'_>) -> Vec<MapAction> {
        let rect = ui.available_rect_before_wrap();
        let id = ui.make_persistent_id("map");
        self.id = Some(id);
        let response = ui.interact(rect, id, Sense::click_and_drag());
        response.widget_info(|| {
            WidgetInfo::labeled(
                egui::Role::Canvas,
                true,
                "Map of the districts (drag to pan, wheel to zoom; arrow keys pan when the map has focus)",
            )
        });
        let fitted = self.fit_requested || self.follows_fit;
        self.fit_requested = false;
        let framed = if self.fit_whole {
            self.shapes.bounds
        } else {
            self.focus
        };
        let mut projector = match self.projector {
            Some(p) if !fitted => p.with_screen(rect),
            _ => self.fit(framed, rect),
        };
        let before = projector;
        if let Some(shape) = self.go_to.take().and_then(|d| self.shapes.districts.get(d)) {
            projector = bring_into_view(projector, shape.anchor, shape.bounds);
        }
        let mut actions = Vec::new();

        let pointer = ui.input(|i| i.pointer.hover_pos());
        let pointer_in_map =
            pointer.filter(|p| rect.contains(*p) && ui.rect_contains_pointer(rect));
        navigate(ui, &response, id, pointer_in_map, &mut projector);

        // What is under the pointer.
        let mut under_pointer = pointer_in_map
            .filter(|_| !response.dragged())
            .and_then(|p| self.shapes.district_at(projector.to_map(p)));
        if response.clicked() {
            actions.push(match under_pointer {
                Some(d) => MapAction::Select(d),
                None => MapAction::ClearSelection,
            });
        }

        // With the pointer on the map, what is under it now; elsewhere, what the other panels hover.
        let lit: Vec<usize> = match pointer_in_map {
            Some(_) => under_pointer.into_iter().collect(),
            None => scene.hovered.to_vec(),
        };
        let painter = ui.painter_at(rect);
        self.paint(&painter, &projector, scene, &lit);
        if response.has_focus() {
            painter.rect_stroke(
                rect.shrink(1.0),
                0.0,
                Stroke::new(2.0, scene.palette.highlight),
                egui::StrokeKind::Inside,
            );
        }

        self.district_nodes(ui, &projector, scene, &mut actions, &mut under_pointer);

        if let (Some(d), Some(_)) = (under_pointer, pointer_in_map) {
            egui::Tooltip::always_open(
                ui.ctx().clone(),
                ui.layer_id(),
                id.with("tooltip"),
                egui::PopupAnchor::Pointer,
            )
            .show(|ui| district_tooltip(ui, scene, d));
        }

        let fit_pressed = self.show_controls && self.overlay_buttons(ui, rect, &mut projector);
        self.follows_fit = fit_pressed || (fitted && projector == before);
        self.projector = Some(projector);
        actions.push(MapAction::Hover(
            under_pointer.filter(|_| pointer_in_map.is_some()),
        ));
        actions
    }

    /// One accessibility node per visible district, on its label point; clicking it selects it, and
    /// Tab goes from one to the next. With more districts in view than anyone would go through by
    /// Tab, they are made only for a screen reader (the mouse selects the district under it all the
    /// same): thousands of widgets a frame would slow the map down.
    fn district_nodes(
        &self,
        ui: &mut Ui,
        projector: &Projector,
        scene: &MapScene<'_>,
        actions: &mut Vec<MapAction>,
        under_pointer: &mut Option<usize>,
    ) {
        let (Some(id), rect) = (self.id, projector.screen) else {
            return;
        };
        let anchors: Vec<(usize, Pos2)> = self
            .shapes
            .districts
            .iter()
            .enumerate()
            .map(|(i, shape)| (i, projector.to_screen(shape.anchor)))
            .filter(|(_, at)| rect.shrink(6.0).contains(*at))
            .collect();
        let nodes = anchors.len() <= MOST_DISTRICT_NODES || ui.ctx().has_accesskit_node(id);
        for &(i, at) in if nodes { &anchors[..] } else { &[] } {
            let node = ui.interact(
                Rect::from_center_size(at, Vec2::splat(10.0)),
                id.with(("district", i)),
                Sense::CLICK,
            );
            let name = &scene.data.layer.districts[i].name;
            node.widget_info(|| {
                WidgetInfo::labeled(egui::Role::Button, true, district_node_label(name))
            });
            if node.clicked() {
                actions.push(MapAction::Select(i));
            }
            if node.hovered() {
                *under_pointer = Some(i);
            }
        }
    }

    /// The view showing `bounds` in `rect` where the legend does not hide it: beside the legend or
    /// below it, whichever shows it larger, unless that would make it much smaller than the whole
    /// rectangle would.
    fn fit(&self, bounds: Rect, rect: Rect) -> Projector {
        let whole = Projector::fit(bounds, rect);
        let legend = self
            .keep_clear
            .iter()
            .filter(|r| r.intersects(rect))
            .fold(Rect::NOTHING, |a, b| a.union(*b));
        if !legend.is_positive() {
            return whole;
        }
        let candidates = [
            rect.with_min_x((legend.right() + 6.0).min(rect.right() - 16.0)),
            rect.with_min_y((legend.bottom() + 6.0).min(rect.bottom() - 16.0)),
        ];
        let best = candidates
            .iter()
            .map(|area| (Projector::fit(bounds, *area), *area))
            .max_by(|a, b| a.0.scale.total_cmp(&b.0.scale));
        match best {
            Some((mut projector, area)) if projector.scale >= whole.scale * 0.6 => {
                projector.centre += (rect.center() - area.center()) / projector.scale;
                projector.screen = rect;
                projector
            }
            _ => whole,
        }
    }

    /// The zoom and Fit buttons; returns whether Fit was pressed.
    fn overlay_buttons(&mut self, ui: &mut Ui, rect: Rect, projector: &mut Projector) -> bool {
        let mut fit = false;
        let area = Rect::from_min_size(
            rect.right_top() + Vec2::new(-44.0, 10.0),
            Vec2::new(34.0, 160.0),
        );
        ui.scope_builder(egui::UiBuilder::new().max_rect(area), |ui| {
            ui.spacing_mut().item_spacing.y = 4.0;
            let big = |text: &str| {
                egui::Button::new(egui::RichText::new(text).size(16.0)).min_size(Vec2::splat(32.0))
            };
            if ui.add(big("+")).on_hover_text("Zoom in (+)").clicked() {
                projector.zoom_around(1.4, rect.center());
            }
            if ui.add(big("−")).on_hover_text("Zoom out (−)").clicked() {
                projector.zoom_around(1.0 / 1.4, rect.center());
            }
            if ui
                .add(big("Fit").small())
                .on_hover_text("Fit the city where control changed in view")
                .clicked()
            {
                *projector = self.fit(self.focus, rect);
                self.fit_whole = false;
                fit = true;
            }
            let whole = ui
                .add(big("All").small())
                .on_hover_text("Whole layer: fit every district in view");
            whole.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, "Whole layer"));
            if whole.clicked() {
                *projector = self.fit(self.shapes.bounds, rect);
                self.fit_whole = true;
                fit = true;
            }
        });
        fit
    }

    fn paint(
        &mut self,
        painter: &egui::Painter,
        projector: &Projector,
        scene: &MapScene<'_>,
        hovered: &[usize],
    ) {
        let palette = scene.palette;
        let rect = projector.screen;
        painter.rect_filled(rect, 0.0, palette.background);
        let frame = self.shapes.frame;
        let on_basemap = match self.basemap.as_mut().filter(|_| !self.vector) {
            Some(basemap) => {
                basemap.paint(painter, projector, &frame);
                basemap.opacity() > 0.0
            }
            None => false,
        };
        let visible = projector.visible_map_rect();
        let transform = projector.transform();

        if self.vector {
            let colours = OutlineView::of(painter, transform, palette).colours();
            let fill = |i: usize| district_fill(scene, i, on_basemap);
            for layer in map_layers(&self.shapes, transform, visible, scene, colours, fill) {
                layer.paint(painter, rect);
            }
        } else {
            self.paint_meshes(painter, transform, visible, scene, on_basemap);
        }

        // Compared days: who held each district that changed side, as its outline.
        if let Some(compare) = scene.compare {
            self.paint_compare_outlines(painter, transform, scene, compare);
        }

        // Selection and hover.
        for (i, width, colour) in scene
            .selected
            .iter()
            .map(|&i| (i, 3.0, palette.highlight))
            .chain(
                hovered
                    .iter()
                    .map(|&i| (i, 2.0, lerp_colour(palette.highlight, palette.text, 0.5))),
            )
        {
            if let Some(shape) = self.shapes.districts.get(i) {
                for ring in &shape.rings {
                    let points = ring.iter().map(|p| transform.mul_pos(*p)).collect();
                    painter.add(Shape::closed_line(points, Stroke::new(width, colour)));
                }
            }
        }

        let vector = self.vector;
        let mark = |layer: VectorLayer| vector.then(|| layer.paint(painter, rect));
        mark(VectorLayer::Begin("labels"));
        self.paint_labels(painter, projector, scene, hovered);
        mark(VectorLayer::End);
        mark(VectorLayer::Begin("scale-bar"));
        paint_scale_bar(painter, projector, palette);
        mark(VectorLayer::End);
        if let Some(basemap) = self.basemap.as_ref().filter(|_| on_basemap) {
            paint_attribution(painter, rect, &basemap.attribution(), palette);
        }
        if let Some(compare) = scene.compare {
            paint_compare_banner(painter, projector.screen, scene, compare);
        }
    }

    /// The fills, patterns, outlines and landmarks as meshes (the window's and the PNG's map).
    fn paint_meshes(
        &mut self,
        painter: &egui::Painter,
        transform: TSTransform,
        visible: Rect,
        scene: &MapScene<'_>,
        on_basemap: bool,
    ) {
        let palette = scene.palette;
        // Fills: one mesh for all districts, recoloured from the states.
        let (vertices, indices) = self.fill_size;
        let mut fill = Mesh {
            vertices: Vec::with_capacity(vertices),
            indices: Vec::with_capacity(indices),
            ..Mesh::default()
        };
        for (i, shape) in self.shapes.districts.iter().enumerate() {
            if !visible.intersects(shape.bounds) {
                continue;
            }
            let colour = district_fill(scene, i, on_basemap);
            let base = fill.vertices.len() as u32;
            fill.vertices
                .extend(shape.mesh.vertices.iter().map(|v| egui::epaint::Vertex {
                    pos: transform.mul_pos(v.pos),
                    uv: v.uv,
                    color: colour,
                }));
            fill.indices
                .extend(shape.mesh.indices.iter().map(|i| i + base));
        }
        self.fill_size = (fill.vertices.len(), fill.indices.len());
        painter.add(Shape::mesh(fill));

        // Stripes for partial and contested control, outlines on top. The outlines only change
        // with the view: they are tessellated once for it, and while the date moves only the fills
        // and the stripes are drawn anew.
        let view = OutlineView::of(painter, transform, palette);
        if self.outlines.view != Some(view) {
            self.outlines = Outlines::tessellate(&self.shapes, view, visible);
        }
        // Handed to the painter at once: thousands of districts are thousands of shapes. The stripes
        // are one mesh, under all the outlines.
        let mut lines = Vec::new();
        let mut stripes = Mesh::default();
        for (i, shape) in self.shapes.districts.iter().enumerate() {
            if !visible.intersects(shape.bounds) {
                continue;
            }
            if let Some(state) = scene.states.get(i) {
                for (pattern, tint) in overlay::overlays(state).into_iter().flatten() {
                    let colour = palette.tint(scene.data, (pattern, tint), state, scene.day);
                    append_tinted(
                        &mut stripes,
                        self.outlines.pattern_of(i, &shape.rings, pattern),
                        colour,
                    );
                }
            }
            if let Some(Some(outline)) = self.outlines.districts.get(i) {
                lines.push(Shape::Mesh(outline.clone()));
            }
        }
        painter.add(Shape::mesh(stripes));
        painter.extend(lines);
        // Dashed outlines, then the landmarks.
        for mesh in [&self.outlines.dashed, &self.outlines.landmarks]
            .into_iter()
            .flatten()
        {
            painter.add(Shape::Mesh(mesh.clone()));
        }
    }

    /// The outline of each district that changed side between two compared days, in the colour of
    /// the side that held it on the earlier day (its fill is the later day's side).
    fn paint_compare_outlines(
        &self,
        painter: &egui::Painter,
        transform: TSTransform,
        scene: &MapScene<'_>,
        compare: CompareScene<'_>,
    ) {
        for (i, shape) in self.shapes.districts.iter().enumerate() {
            if !compare.changed(i) {
                continue;
            }
            let before = compare.before.get(i).and_then(|s| s.controller);
            let colour = scene.palette.controller(scene.data, before);
            for ring in &shape.rings {
                let points: Vec<Pos2> = ring.iter().map(|p| transform.mul_pos(*p)).collect();
                painter.add(Shape::closed_line(
                    points.clone(),
                    Stroke::new(4.5, scene.palette.halo),
                ));
                painter.add(Shape::closed_line(points, Stroke::new(3.0, colour)));
            }
        }
    }

    fn paint_labels(
        &mut self,
        painter: &egui::Painter,
        projector: &Projector,
        scene: &MapScene<'_>,
        hovered: &[usize],
    ) {
        let palette = scene.palette;
        let mut candidates = Vec::new();
        // Ids: the districts' indices, then the landmarks'.
        let landmark_ids = self.shapes.districts.len();
        for (k, landmark) in self.shapes.landmarks.iter().enumerate() {
            let name = match landmark.style {
                LandmarkStyle::River => landmark.name.as_str(),
                LandmarkStyle::Area => continue,
            };
            candidates.push(Candidate {
                id: landmark_ids + k,
                text: name,
                at: projector.to_screen(landmark.anchor) + Vec2::new(0.0, -10.0),
                priority: 1e6,
                room: Vec2::splat(1e4),
                font: FontId::proportional(12.0),
                colour: palette.water,
            });
        }
        for (i, shape) in self.shapes.districts.iter().enumerate() {
            let Some(district) = scene.data.layer.districts.get(i) else {
                continue;
            };
            let size = shape.bounds.size() * projector.scale;
            let selected = scene.selected.contains(&i);
            // A district that is also a landmark (the Citadel) is always named, above its outline.
            let landmark = self
                .shapes
                .landmarks
                .iter()
                .any(|l| l.style == LandmarkStyle::Area && l.name == district.name);
            let mut priority = size.x * size.y;
            if landmark {
                priority += 5e7;
            }
            if district.kind == DistrictKind::OtherArea {
                priority *= 0.5;
            }
            if selected {
                priority += 1e8;
            }
            if hovered.contains(&i) {
                priority += 2e8;
            }
            if scene.compare.is_some_and(|c| c.changed(i)) {
                priority += 2e7;
            }
            let lift = if landmark && size.y < 30.0 {
                size.y / 2.0 + 9.0
            } else {
                0.0
            };
            let text = match (scene.labels, &district.name_ar) {
                (LabelScript::Arabic, Some(ar)) if !ar.trim().is_empty() => ar.as_str(),
                _ => district.name.as_str(),
            };
            candidates.push(Candidate {
                id: i,
                text,
                at: projector.to_screen(shape.anchor) - Vec2::new(0.0, lift),
                priority,
                room: if selected || landmark {
                    Vec2::splat(1e4)
                } else {
                    size
                },
                font: crate::fonts::arabic_or_default(text, if selected { 13.0 } else { 11.0 }),
                colour: palette.text,
            });
        }
        if self.label_script != Some(scene.labels) {
            // The texts of the ids changed: their sizes are measured anew.
            self.label_sizes = LabelSizes::default();
            self.label_script = Some(scene.labels);
        }
        labels::place_and_paint(
            painter,
            projector.screen,
            &self.keep_clear,
            candidates,
            palette.halo,
            &mut self.label_sizes,
        );
    }
}

/// What the outlines were tessellated for: the view, the painter's clip and pixels, the tessellation
/// options and the colours.
#[derive(Debug, Clone, Copy, PartialEq)]
struct OutlineView {
    transform: TSTransform,
    clip: Rect,
    pixels_per_point: f32,
    options: TessellationOptions,
    outline: Color32,
    dashes: Color32,
    water: Color32,
    landmark: Color32,
}

impl OutlineView {
    /// The colours of the lines.
    fn colours(&self) -> LineColours {
        LineColours {
            outline: self.outline,
            dashes: self.dashes,
            water: self.water,
            landmark: self.landmark,
        }
    }

    fn of(painter: &egui::Painter, transform: TSTransform, palette: &Palette) -> Self {
        Self {
            transform,
            clip: painter.clip_rect(),
            pixels_per_point: painter.pixels_per_point(),
            options: painter.ctx().tessellation_options(|o| *o),
            outline: palette.outline,
            dashes: if palette.dark {
                Color32::from_gray(230)
            } else {
                Color32::from_gray(40)
            },
            water: palette.water,
            landmark: palette.landmark,
        }
    }

    /// A tessellator for lines in this view (only lines: no text, so the font atlas does not matter).
    fn tessellator(&self) -> Tessellator {
        let mut tessellator =
            Tessellator::new(self.pixels_per_point, self.options, [1, 1], Vec::new());
        tessellator.set_clip_rect(self.clip);
        tessellator
    }

    /// A ring in map coordinates, on screen.
    fn ring_on_screen(&self, ring: &[Pos2]) -> Vec<Pos2> {
        ring.iter().map(|p| self.transform.mul_pos(*p)).collect()
    }
}

/// The district outlines (solid, one mesh per district, drawn over all the stripes; one mesh joining
/// them all was measured slower to hand to egui), the dashed outlines of approximate districts, the
/// landmarks, and the stripes of the districts met so far, tessellated exactly as egui would
/// tessellate their lines for the view.
#[derive(Default)]
struct Outlines {
    view: Option<OutlineView>,
    districts: Vec<Option<Arc<Mesh>>>,
    dashed: Option<Arc<Mesh>>,
    landmarks: Option<Arc<Mesh>>,
    /// The patterns over each district met so far (see [`overlay`]), tessellated in white for the
    /// view; each frame tints them.
    stripes: FastMap<(usize, Pattern), Mesh>,
}

impl Outlines {
    fn tessellate(shapes: &MapShapes, view: OutlineView, visible: Rect) -> Self {
        let mut tessellator = view.tessellator();
        let mut mesh_of = |lines: Vec<Shape>| {
            let mut mesh = Mesh::default();
            for line in lines {
                tessellator.tessellate_shape(line, &mut mesh);
            }
            (!mesh.is_empty()).then(|| Arc::new(mesh))
        };
        let outline = Stroke::new(0.8, view.outline);
        let mut dashed = Vec::new();
        let mut districts = Vec::with_capacity(shapes.districts.len());
        for shape in &shapes.districts {
            if !visible.intersects(shape.bounds) {
                districts.push(None);
                continue;
            }
            if shape.approximate {
                for ring in &shape.rings {
                    let mut ring = view.ring_on_screen(ring);
                    if let Some(first) = ring.first().copied() {
                        ring.push(first);
                    }
                    dashed.extend(Shape::dashed_line(
                        &ring,
                        Stroke::new(1.2, view.dashes),
                        5.0,
                        3.5,
                    ));
                }
                districts.push(None);
            } else {
                let rings = shape.rings.iter();
                districts.push(mesh_of(
                    rings
                        .map(|r| Shape::closed_line(view.ring_on_screen(r), outline))
                        .collect(),
                ));
            }
        }
        let dashed = mesh_of(dashed);
        let mut landmarks = Vec::new();
        for landmark in &shapes.landmarks {
            for line in &landmark.lines {
                let points = view.ring_on_screen(line);
                landmarks.push(match landmark.style {
                    LandmarkStyle::River => Shape::line(points, Stroke::new(3.0, view.water)),
                    LandmarkStyle::Area => {
                        Shape::closed_line(points, Stroke::new(2.0, view.landmark))
                    }
                });
            }
        }
        Self {
            view: Some(view),
            districts,
            dashed,
            landmarks: mesh_of(landmarks),
            stripes: FastMap::default(),
        }
    }

    /// A pattern over a district (`rings` in map coordinates) for the view, in white.
    fn pattern_of(&mut self, district: usize, rings: &[Vec<Pos2>], pattern: Pattern) -> &Mesh {
        let view = self.view;
        self.stripes.entry((district, pattern)).or_insert_with(|| {
            let mut mesh = Mesh::default();
            let Some(view) = view else { return mesh };
            let rings: Vec<Vec<Pos2>> = rings.iter().map(|r| view.ring_on_screen(r)).collect();
            let mut tessellator = view.tessellator();
            let (lines, width) = pattern.lines(&rings, STRIPE_SPACING);
            for seg in lines {
                let line = Shape::line_segment(seg, Stroke::new(width, Color32::WHITE));
                tessellator.tessellate_shape(line, &mut mesh);
            }
            mesh
        })
    }
}

/// The view centred on `anchor`, zoomed in so that a district of `bounds` fills at least a sixth of
/// the map's width (never zoomed out).
fn bring_into_view(mut projector: Projector, anchor: Pos2, bounds: Rect) -> Projector {
    projector.centre = anchor;
    let wanted = projector.screen.width() / 6.0 / bounds.width().max(bounds.height()).max(1e-3);
    if wanted > projector.scale {
        projector.scale = wanted.min(Projector::MAX_SCALE);
    }
    projector
}

/// A district's fill: its controller's colour (faded when stale), stepped back when compared days
/// did not change it, see-through over a basemap.
fn district_fill(scene: &MapScene<'_>, i: usize, on_basemap: bool) -> Color32 {
    let palette = scene.palette;
    let mut colour = scene
        .states
        .get(i)
        .map_or(palette.unknown, |s| palette.fill(scene.data, s, scene.day));
    if scene.compare.is_some_and(|c| !c.changed(i)) {
        // Compared days: what did not change side steps back.
        colour = lerp_colour(colour, palette.background, 0.72);
    }
    if on_basemap {
        // The streets show through.
        colour = colour.gamma_multiply(BASEMAP_FILL_ALPHA);
    }
    colour
}

/// Appends `mesh` (drawn in white) to `out` in `colour`, keeping the mesh's own transparency (the
/// feathered edges of its lines).
fn append_tinted(out: &mut Mesh, mesh: &Mesh, colour: Color32) {
    let base = out.vertices.len() as u32;
    out.vertices
        .extend(mesh.vertices.iter().map(|v| egui::epaint::Vertex {
            pos: v.pos,
            uv: v.uv,
            color: match v.color.a() {
                255 => colour,
                a => colour.gamma_multiply_u8(a),
            },
        }));
    out.indices.extend(mesh.indices.iter().map(|i| i + base));
}

/// The basemap's credit at the bottom right of the map ("© OpenStreetMap contributors").
fn paint_attribution(painter: &egui::Painter, screen: Rect, text: &str, palette: &Palette) {
    let galley = painter.layout_no_wrap(text.to_string(), FontId::proportional(11.0), palette.text);
    let at = screen.right_bottom() - galley.size() - Vec2::new(6.0, 4.0);
    painter.rect_filled(
        Rect::from_min_size(at, galley.size()).expand(3.0),
        2.0,
        palette.halo.gamma_multiply(0.85),
    );
    painter.galley(at, galley, palette.text);
}

/// What a compared map shows, in a line at the top of the map.
fn paint_compare_banner(
    painter: &egui::Painter,
    screen: Rect,
    scene: &MapScene<'_>,
    compare: CompareScene<'_>,
) {
    let n = compare.changed.iter().filter(|c| **c).count();
    let text = format!(
        "Changes of side, end of {} to end of {}: {n} district{}. Fill: the side on the later day; \
         outline: the side on the earlier day; pale: no change.",
        compare.from.format("%-d %b %Y"),
        scene.day.format("%-d %b %Y"),
        if n == 1 { "" } else { "s" }
    );
    let galley = painter.layout(
        text,
        FontId::proportional(13.0),
        scene.palette.text,
        (screen.width() * 0.45).clamp(200.0, 460.0),
    );
    // Top right, below where an export's title goes and left of the zoom buttons.
    let at = Pos2::new(screen.right() - 60.0 - galley.size().x, screen.top() + 50.0);
    let back = Rect::from_min_size(at, galley.size()).expand(6.0);
    painter.rect_filled(back, 4.0, scene.palette.halo);
    painter.rect_stroke(
        back,
        4.0,
        Stroke::new(1.5, scene.palette.highlight),
        egui::StrokeKind::Inside,
    );
    painter.galley(at, galley, scene.palette.text);
}

/// A bar of a round length (100 m, 200 m, 500 m, 1 km, 2 km, …) at the bottom left.
fn paint_scale_bar(painter: &egui::Painter, projector: &Projector, palette: &Palette) {
    let target_points = 120.0;
    let km = target_points / projector.scale;
    let candidates = [0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0];
    let length_km = candidates
        .iter()
        .copied()
        .rfind(|c| *c <= km)
        .unwrap_or(candidates[0]);
    let length = length_km * projector.scale;
    let start = projector.screen.left_bottom() + Vec2::new(16.0, -18.0);
    let end = start + Vec2::new(length, 0.0);
    let label = if length_km < 1.0 {
        format!("{:.0} m", length_km * 1000.0)
    } else {
        format!("{length_km:.0} km")
    };
    let back = Rect::from_min_max(start + Vec2::new(-6.0, -22.0), end + Vec2::new(6.0, 8.0));
    painter.rect_filled(back, 3.0, palette.halo);
    let stroke = Stroke::new(2.0, palette.text);
    painter.line_segment([start, end], stroke);
    painter.line_segment([start, start + Vec2::new(0.0, -6.0)], stroke);
    painter.line_segment([end, end + Vec2::new(0.0, -6.0)], stroke);
    painter.text(
        start + Vec2::new(length / 2.0, -7.0),
        Align2::CENTER_BOTTOM,
        label,
        FontId::proportional(11.0),
        palette.text,
    );
}

/// Pan and zoom from the mouse (drag, wheel, pinch, double-click) and the keys (arrows once the map
/// has focus, + and − unless a text field has it).
fn navigate(
    ui: &mut Ui,
    response: &egui::Response,
    id: egui::Id,
    pointer_in_map: Option<Pos2>,
    projector: &mut Projector,
) {
    let rect = response.rect;
    if response.dragged() {
        projector.pan_by(response.drag_delta());
    }
    if let Some(at) = pointer_in_map {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta().y, i.zoom_delta()));
        let factor = zoom * (scroll / 300.0).exp();
        if (factor - 1.0).abs() > 1e-4 {
            projector.zoom_around(factor, at);
        }
    }
    if response.double_clicked() {
        if let Some(at) = pointer_in_map {
            projector.zoom_around(2.0, at);
        }
    }
    if response.clicked() || response.drag_started() {
        response.request_focus();
    }
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            )
        });
        let step = 60.0;
        let keys = [
            (Key::ArrowLeft, Vec2::new(step, 0.0)),
            (Key::ArrowRight, Vec2::new(-step, 0.0)),
            (Key::ArrowUp, Vec2::new(0.0, step)),
            (Key::ArrowDown, Vec2::new(0.0, -step)),
        ];
        for (key, delta) in keys {
            if ui.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
                projector.pan_by(delta);
            }
        }
    }
    if !ui.ctx().text_edit_focused() {
        let (zoom_in, zoom_out) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::Plus)
                    || i.consume_key(Modifiers::NONE, Key::Equals),
                i.consume_key(Modifiers::NONE, Key::Minus),
            )
        });
        if zoom_in {
            projector.zoom_around(1.4, rect.center());
        }
        if zoom_out {
            projector.zoom_around(1.0 / 1.4, rect.center());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tinted_stripes_keep_their_feathered_edges() {
        let mut white = Mesh::default();
        for alpha in [255u8, 0, 128] {
            white.colored_vertex(Pos2::ZERO, Color32::from_white_alpha(alpha));
        }
        white.add_triangle(0, 1, 2);
        let mut out = Mesh::default();
        out.colored_vertex(Pos2::ZERO, Color32::BLACK);
        let green = Color32::from_rgb(0, 158, 115);
        append_tinted(&mut out, &white, green);
        assert_eq!(out.indices, [1, 2, 3], "indices move past what was there");
        assert_eq!(out.vertices[1].color, green);
        assert_eq!(out.vertices[2].color, Color32::TRANSPARENT);
        let half = out.vertices[3].color;
        assert!(
            half.a() > 100 && half.a() < 160 && half.g() < green.g(),
            "{half:?}"
        );
    }
}
