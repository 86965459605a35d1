//! Dated points in the app (issue 16): what the user chose (all points up to the day or a window of
//! days, categories, actor, fatalities, the point clicked), changed through [`PointsCommand`]s; the
//! points drawn over the map; and the *Dated points* window, which takes a borrowed
//! [`PointsScene`] and returns what the user did: the choices, and the clicked point's properties
//! with its notes shown as its passage.

use atlas_core::model::points::{points_at, PointFilter, PointLayer, Window};
use atlas_draw::points_layer::{category_colour, PointsView};
use atlas_draw::projector::{MapFrame, Projector};
use chrono::NaiveDate;
use egui::{Context, RichText, Ui};
use std::sync::Arc;

/// A change to the points' state.
#[derive(Debug, Clone, PartialEq)]
pub enum PointsCommand {
    SetWindow(Window),
    ShowCategory(u16, bool),
    SetActor(String),
    SetMinFatalities(Option<u32>),
    Select(Option<u32>),
    /// Open the dialog to choose the property that dates a GeoJSON's points (the app's, not the
    /// state's: it loads the points again).
    ChooseDateProperty,
}

/// What is chosen about the points, apart from any widget.
#[derive(Default)]
pub struct PointsState {
    pub window: Window,
    pub filter: PointFilter,
    /// The point clicked (a number into the layer's points).
    pub selected: Option<u32>,
    view: PointsView,
    /// The points shown, and the question they answer.
    shown: Vec<u32>,
    asked: Option<(NaiveDate, Window, PointFilter, usize)>,
    /// The window is open.
    pub open: bool,
}

/// What the *Dated points* window shows this frame.
pub struct PointsScene<'a> {
    pub layer: &'a PointLayer,
    pub day: NaiveDate,
    pub shown: usize,
}

impl PointsState {
    pub fn apply(&mut self, command: PointsCommand) {
        match command {
            PointsCommand::SetWindow(w) => self.window = w,
            PointsCommand::ShowCategory(c, shown) => {
                self.filter.hidden.retain(|&h| h != c);
                if !shown {
                    self.filter.hidden.push(c);
                }
            }
            PointsCommand::SetActor(a) => self.filter.actor = a,
            PointsCommand::SetMinFatalities(n) => self.filter.min_fatalities = n,
            PointsCommand::Select(p) => {
                self.selected = p;
                self.open |= p.is_some();
            }
            PointsCommand::ChooseDateProperty => {}
        }
    }

    /// A new layer came in (or none): choices and the selection start afresh.
    pub fn layer_changed(&mut self, has_points: bool) {
        *self = Self {
            open: has_points,
            ..Self::default()
        };
    }

    /// The points shown at `day`, asked again only when the question changed.
    pub fn refresh(&mut self, layer: &Arc<PointLayer>, frame: &MapFrame, day: NaiveDate) {
        self.view.sync(layer, frame);
        let key = (
            day,
            self.window,
            self.filter.clone(),
            Arc::as_ptr(layer) as usize,
        );
        if self.asked.as_ref() != Some(&key) {
            self.shown = points_at(layer, day, self.window, &self.filter);
            self.asked = Some(key);
        }
    }

    pub fn shown(&self) -> &[u32] {
        &self.shown
    }

    /// Draws the shown points over the map.
    pub fn paint(&self, painter: &egui::Painter, projector: &Projector, ring: egui::Color32) {
        self.view
            .paint(painter, projector, &self.shown, self.selected, ring);
    }

    /// The shown point under a click, if any.
    pub fn point_at(&self, projector: &Projector, at: egui::Pos2) -> Option<u32> {
        self.view.point_at(projector, &self.shown, at)
    }

    /// Where a point is on screen (for tests and scripts).
    pub fn on_screen(&self, projector: &Projector, point: u32) -> Option<egui::Pos2> {
        self.view.on_screen(projector, point)
    }
}

/// The *Dated points* window; returns what the user changed.
pub fn points_window(
    ctx: &Context,
    open: &mut bool,
    state: &PointsState,
    scene: &PointsScene<'_>,
) -> Vec<PointsCommand> {
    let mut commands = Vec::new();
    let screen = ctx.content_rect();
    egui::Window::new("Dated points")
        .open(open)
        .default_pos([screen.left() + 20.0, screen.top() + 380.0])
        .default_width(340.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(300.0)
                .show(ui, |ui| {
                    choices_ui(ui, state, scene, &mut commands);
                    report_ui(ui, scene.layer, &mut commands);
                    ui.separator();
                    selected_ui(ui, state, scene.layer);
                });
        });
    commands
}

fn choices_ui(
    ui: &mut Ui,
    state: &PointsState,
    scene: &PointsScene<'_>,
    commands: &mut Vec<PointsCommand>,
) {
    let layer = scene.layer;
    let name = layer.path.file_name().map_or_else(
        || layer.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    ui.label(format!(
        "{name}: {} of {} points shown at the end of {}",
        scene.shown,
        layer.points.len(),
        scene.day.format("%-d %b %Y")
    ));
    ui.horizontal(|ui| {
        let cumulative = state.window == Window::Cumulative;
        if ui.radio(cumulative, "All up to the day").clicked() {
            commands.push(PointsCommand::SetWindow(Window::Cumulative));
        }
        let mut days = match state.window {
            Window::Days(n) => n,
            Window::Cumulative => 7,
        };
        if ui.radio(!cumulative, "The last").clicked() {
            commands.push(PointsCommand::SetWindow(Window::Days(days)));
        }
        let drag = ui.add(
            egui::DragValue::new(&mut days)
                .range(1..=3650)
                .suffix(" days"),
        );
        drag.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "Window in days")
        });
        if drag.changed() {
            commands.push(PointsCommand::SetWindow(Window::Days(days)));
        }
    });
    let counts = layer.category_counts();
    let title = layer.category_field.as_deref().unwrap_or("Category");
    ui.label(RichText::new(title).strong());
    for (c, category) in layer.categories.iter().enumerate() {
        let Ok(c) = u16::try_from(c) else { break };
        let mut shown = !state.filter.hidden.contains(&c);
        ui.horizontal(|ui| {
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter()
                .circle_filled(swatch.center(), 5.0, category_colour(c));
            let label = if category.is_empty() {
                "(none)"
            } else {
                category
            };
            let n = counts.get(usize::from(c)).copied().unwrap_or(0);
            if ui.checkbox(&mut shown, format!("{label} ({n})")).changed() {
                commands.push(PointsCommand::ShowCategory(c, shown));
            }
        });
    }
    if layer.points.iter().any(|p| !p.actors.is_empty()) {
        let mut actor = state.filter.actor.clone();
        ui.horizontal(|ui| {
            ui.label("Actor contains");
            let edit = ui.text_edit_singleline(&mut actor);
            edit.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Actor contains")
            });
            if edit.changed() {
                commands.push(PointsCommand::SetActor(actor.clone()));
            }
        });
        let mut min = state.filter.min_fatalities.unwrap_or(0);
        ui.horizontal(|ui| {
            ui.label("At least");
            let drag = ui.add(
                egui::DragValue::new(&mut min)
                    .range(0..=100_000)
                    .suffix(" fatalities"),
            );
            drag.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "Least fatalities")
            });
            if drag.changed() {
                commands.push(PointsCommand::SetMinFatalities((min > 0).then_some(min)));
            }
        });
    }
}

/// What came in from the file, and each row left out with its place and why; for a GeoJSON, the
/// property its dates come from can be changed.
fn report_ui(ui: &mut Ui, layer: &PointLayer, commands: &mut Vec<PointsCommand>) {
    let report = &layer.report;
    if layer.format == atlas_core::model::points::PointsFormat::GeoJson {
        ui.horizontal(|ui| {
            ui.label(format!("Dates from \"{}\"", layer.date_field));
            if ui.button("Choose the date property…").clicked() {
                commands.push(PointsCommand::ChooseDateProperty);
            }
        });
    }
    let heading = format!(
        "Import: {} kept of {} read, {} left out (dates from {})",
        report.kept, report.rows, report.refused, layer.date_field
    );
    if report.refused == 0 {
        ui.weak(heading);
        return;
    }
    egui::CollapsingHeader::new(heading)
        .id_salt("points left out")
        .show(ui, |ui| {
            for problem in &report.refused_listed {
                ui.label(problem.to_string());
            }
            let unlisted = report.refused - report.refused_listed.len();
            if unlisted > 0 {
                ui.weak(format!("{unlisted} more not listed"));
            }
        });
}

/// The clicked point: its days, category, place in the file, notes as its passage, and properties.
fn selected_ui(ui: &mut Ui, state: &PointsState, layer: &PointLayer) {
    let Some(point) = state.selected.and_then(|i| layer.points.get(i as usize)) else {
        ui.weak("Click a point on the map to see its properties and notes.");
        return;
    };
    let days = if point.from == point.to {
        point.from.format("%-d %b %Y").to_string()
    } else {
        format!(
            "{} – {}",
            point.from.format("%-d %b %Y"),
            point.to.format("%-d %b %Y")
        )
    };
    ui.label(RichText::new(format!("{days} · {}", layer.category_name(point.category))).strong());
    ui.weak(format!(
        "{}, {} · {:.5}, {:.5}",
        layer
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        point.place,
        point.lat,
        point.lon
    ));
    if !point.notes.is_empty() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(&point.notes).italics());
        });
    }
    egui::Grid::new("point properties")
        .striped(true)
        .show(ui, |ui| {
            for (key, value) in &point.properties {
                ui.label(RichText::new(key).weak());
                ui.label(value);
                ui.end_row();
            }
        });
}
