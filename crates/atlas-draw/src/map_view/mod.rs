//! The map: districts filled with their controller's colour at the current day, the patterns of
//! [`crate::overlay`] (partial and contested control, probable losses, how sure the sources are), dashed outlines for approximate shapes, faded fills where no source has
//! spoken for a long time, landmarks, labels, a scale bar; pan, zoom, hover and select.
//!
//! The meshes come from [`MapShapes`] (built once per data load, in map kilometres); each frame they
//! are transformed by the [`Projector`] and coloured from the district states the app passes in.
//!
//! The map keeps no hover of its own: the scene says which districts are hovered (in any panel), and
//! the map reports the district under the pointer each frame in its [`MapAction`]s.

mod furniture;
mod label_paint;
mod navigation;
mod outlines;
mod paint;
#[cfg(test)]
mod tests;

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
use furniture::{paint_attribution, paint_compare_banner, paint_scale_bar};
use navigation::{bring_into_view, navigate};
use outlines::{OutlineView, Outlines};
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
    /// Control areas over time, drawn over the districts (issue 16; None: none opened).
    control_layer: Option<crate::control_layer::ControlLayer>,
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
            control_layer: None,
            shapes,
        }
    }

    /// Control areas over time to draw over the districts (issue 16; None: none).
    pub fn set_control_layer(&mut self, layer: Option<crate::control_layer::ControlLayer>) {
        self.control_layer = layer;
    }

    /// The control areas drawn over the districts, if any.
    pub fn control_layer(&self) -> Option<&crate::control_layer::ControlLayer> {
        self.control_layer.as_ref()
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
        let frame = self.shapes.frame;
        self.control_layer = self.control_layer.take().map(|l| l.in_frame(frame));
    }

    /// Fits the city (the focus) in view.
    pub fn request_fit(&mut self) {
        self.fit_whole = false;
        self.fit_requested = true;
    }

    /// The view's map ↔ screen transform (after the first frame): for layers drawn over the map
    /// (issue 16's points).
    pub fn projector(&self) -> Option<Projector> {
        self.projector
    }

    /// Points per kilometre (for tests and the scale bar).
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
        self.ui_with(ui, scene, &mut |_, _| {})
    }

    /// [`MapView::ui`] with `over_map` drawing over the districts and under the map's buttons (the
    /// dated points), given the map's painter and this frame's view.
    pub fn ui_with(
        &mut self,
        ui: &mut Ui,
        scene: &MapScene<'_>,
        over_map: &mut dyn FnMut(&egui::Painter, &Projector),
    ) -> Vec<MapAction> {
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

        over_map(&painter, &projector);
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
}
