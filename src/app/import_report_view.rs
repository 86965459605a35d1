//! The import report window: what came in after a load. Counts first; then, each in its own section
//! and complete (long lists scroll, drawing only the rows on screen): events whose districts did not
//! join, with the names that failed and the closest district names; events outside the layer's
//! extent; duplicate ids; dates out of order; and every other problem the join found. Clicking an event
//! that joined goes to it on the map.

use atlas_core::join::{Dataset, ImportReport, JoinReport};
use egui::{Context, RichText, Ui};
use std::collections::HashMap;

/// What the user asked for in the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportAction {
    /// Go to this event (an index into the dataset's events).
    GoToEvent(usize),
    /// Load again with this name for the control areas whose files name no controller.
    NameAreaController(String),
}

/// The window, open or closed.
#[derive(Debug, Default)]
pub struct ImportReportWindow {
    open: bool,
    /// Where each event id the report links to is in the dataset (looked up once per id and load).
    links: HashMap<String, Option<usize>>,
    /// The name being typed for control areas that name no controller.
    area_controller: String,
}

/// Height of one row in the long lists.
const ROW: f32 = 18.0;

impl ImportReportWindow {
    pub fn open(&mut self) {
        self.open = true;
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The data changed: the events the report links to are looked up again.
    pub fn data_changed(&mut self) {
        self.links.clear();
    }

    pub fn show(
        &mut self,
        ctx: &Context,
        report: &JoinReport,
        data: &Dataset,
        source: &str,
    ) -> Option<ReportAction> {
        let mut action = None;
        let mut close = false;
        // Over the middle of the map, below the messages, not over the legend.
        let screen = ctx.content_rect();
        // Room for the lists when there are any; only the counts otherwise.
        let findings = report.import.has_findings()
            || report.import.out_of_order.count > 0
            || !report.problems.is_empty();
        let mut window = egui::Window::new("Import report")
            .open(&mut self.open)
            .default_pos([screen.center().x - 420.0, screen.top() + 120.0])
            .default_width(640.0);
        if findings {
            window = window.default_height(520.0);
        }
        window.show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("Data: {source}")).strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    close = super::named_button(ui, "Close", "Close the import report").clicked();
                });
            });
            action = report_ui(ui, report, data, &mut self.links)
                .or_else(|| unnamed_areas_ui(ui, report, &mut self.area_controller));
        });
        if close {
            self.open = false;
        }
        action
    }
}

/// One line of counts, as the menu bar's notice says it after a load.
pub fn summary(report: &JoinReport) -> String {
    let i = &report.import;
    let mut text = format!(
        "{} districts; {} events read, {} joined",
        i.districts, i.events_read, i.events_joined
    );
    let findings = [
        (i.unjoined.len(), "with districts that did not join"),
        (i.outside_extent.len(), "outside the layer"),
        (i.duplicate_ids.len(), "duplicate ids"),
        (i.out_of_order.count, "out of date order"),
    ];
    for (n, what) in findings {
        if n > 0 {
            text.push_str(&format!("; {n} {what}"));
        }
    }
    if !report.problems.is_empty() {
        text.push_str(&format!("; {} problem(s)", report.problems.len()));
    }
    text
}

/// For control areas whose files name no controller: a field to name who holds them.
fn unnamed_areas_ui(ui: &mut Ui, report: &JoinReport, name: &mut String) -> Option<ReportAction> {
    let n = report.import.unnamed_control_areas;
    if n == 0 {
        return None;
    }
    ui.separator();
    let mut action = None;
    ui.label(format!(
        "{n} control area{} name no controller and are shown as \"control area\". Who holds them?",
        if n == 1 { "" } else { "s" }
    ));
    ui.horizontal(|ui| {
        let edit = ui.add(egui::TextEdit::singleline(name).hint_text("e.g. occupied, government"));
        edit.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::TextInput,
                true,
                "Controller of the unnamed areas",
            )
        });
        let named = !name.trim().is_empty();
        let apply = ui.add_enabled(named, egui::Button::new("Name them"));
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if named && (apply.clicked() || entered) {
            action = Some(ReportAction::NameAreaController(name.trim().to_string()));
        }
    });
    action
}

fn report_ui(
    ui: &mut Ui,
    report: &JoinReport,
    data: &Dataset,
    links: &mut HashMap<String, Option<usize>>,
) -> Option<ReportAction> {
    let i = &report.import;
    let mut action = None;
    counts_ui(ui, i);
    ui.separator();
    // Control areas over time (issue 16): what came in and what reading them took care of.
    for note in &i.control_area_notes {
        ui.label(note);
    }
    if !i.has_findings() && i.out_of_order.count == 0 && report.problems.is_empty() {
        ui.label("Everything that was read joined: no unknown districts, nothing outside the layer, no duplicate ids, no problems.");
        return None;
    }
    egui::ScrollArea::vertical()
        .id_salt("import report")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            if !i.unjoined.is_empty() {
                let left_out = i.unjoined.iter().filter(|u| u.left_out).count();
                section(
                    ui,
                    &format!(
                        "Districts that did not join: {} ({left_out} left out, the rest shown with the districts that did join)",
                        events(i.unjoined.len())
                    ),
                    i.unjoined.len(),
                    |ui, k| {
                        let u = &i.unjoined[k];
                        let names: Vec<String> = u
                            .names
                            .iter()
                            .map(|n| match n.closest.as_slice() {
                                [] => format!("\"{}\"", n.name),
                                closest => format!("\"{}\" — closest: {}", n.name, closest.join(", ")),
                            })
                            .collect();
                        ui.horizontal(|ui| {
                            if event_link(ui, data, links, &u.event, &mut action) && u.left_out {
                                ui.weak("(left out)");
                            }
                            ui.label(names.join("; "));
                        });
                    },
                );
            }
            if !i.outside_extent.is_empty() {
                section(
                    ui,
                    &format!("Outside the layer's extent: {} (left out)", events(i.outside_extent.len())),
                    i.outside_extent.len(),
                    |ui, k| {
                        let o = &i.outside_extent[k];
                        ui.label(format!(
                            "{} ({}): \"{}\" at {:.4}, {:.4}",
                            o.id, o.place, o.location, o.lat, o.lon
                        ));
                    },
                );
            }
            if !i.layer_notes.is_empty() {
                section(
                    ui,
                    &format!("Reading the layer: {} notes", i.layer_notes.len()),
                    i.layer_notes.len(),
                    |ui, k| {
                        ui.label(&i.layer_notes[k]);
                    },
                );
            }
            if !i.duplicate_ids.is_empty() {
                section(
                    ui,
                    &format!("Duplicate ids: {} (the later records left out)", i.duplicate_ids.len()),
                    i.duplicate_ids.len(),
                    |ui, k| {
                        let d = &i.duplicate_ids[k];
                        ui.label(format!("\"{}\": {} and again {}", d.id, d.first, d.again));
                    },
                );
            }
            if i.out_of_order.count > 0 {
                let shown = i.out_of_order.first.len();
                section(
                    ui,
                    &format!(
                        "Out of date order: {} dated before an event above them in the file (sorted on load; the first {shown} shown)",
                        events(i.out_of_order.count)
                    ),
                    shown,
                    |ui, k| {
                        let (id, day, after) = &i.out_of_order.first[k];
                        ui.horizontal(|ui| {
                            event_link(ui, data, links, id, &mut action);
                            ui.label(format!("{day}, after {after}"));
                        });
                    },
                );
            }
            if !report.problems.is_empty() {
                section(
                    ui,
                    &format!("Problems joining: {}", report.problems.len()),
                    report.problems.len(),
                    |ui, k| {
                        ui.label(report.problems[k].to_string());
                    },
                );
            }
        });
    action
}

fn counts_ui(ui: &mut Ui, i: &ImportReport) {
    egui::Grid::new("import counts")
        .num_columns(2)
        .show(ui, |ui| {
            let mut row = |what: &str, value: String| {
                ui.label(what);
                ui.label(value);
                ui.end_row();
            };
            row("Districts", i.districts.to_string());
            if let Some(names) = &i.layer_names {
                row("Layer names", names.clone());
            }
            let file = i
                .events_path
                .as_ref()
                .map_or("built in".to_string(), |p| p.display().to_string());
            row("Events file", format!("{file} ({})", i.format.label()));
            row(
                "Events",
                format!(
                    "{} records, {} events read, {} joined, with {} passages",
                    i.records, i.events_read, i.events_joined, i.passages
                ),
            );
            if i.not_territory_changes + i.joined_by_name + i.joined_by_point > 0 {
                row(
                    "ACLED rows",
                    format!(
                    "{} not territory changes ({}); {} joined by location name, {} by coordinates",
                    i.not_territory_changes,
                    i.non_territory_fate(),
                    i.joined_by_name,
                    i.joined_by_point
                ),
                );
            }
            if i.quotes_located + i.quotes_not_found > 0 {
                row(
                    "Quotes",
                    format!(
                        "{} found in their documents, {} not found",
                        i.quotes_located, i.quotes_not_found
                    ),
                );
            }
            row("Documents", i.documents.to_string());
            if let Some(points) = &i.points_summary {
                row("Dated points", points.clone());
            }
        });
}

/// "1 event", "2 events".
fn events(n: usize) -> String {
    if n == 1 {
        "1 event".into()
    } else {
        format!("{n} events")
    }
}

/// A collapsing section with a list of `rows` rows, drawn only where on screen.
fn section(ui: &mut Ui, title: &str, rows: usize, mut row: impl FnMut(&mut Ui, usize)) {
    egui::CollapsingHeader::new(RichText::new(title).strong())
        .default_open(true)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(title)
                .max_height(220.0)
                .auto_shrink([false, true])
                .show_rows(ui, ROW, rows, |ui, range| {
                    for k in range {
                        row(ui, k);
                    }
                });
        });
}

/// The event's id, as a link when it joined (clicking goes to it); true when it is not in the dataset.
fn event_link(
    ui: &mut Ui,
    data: &Dataset,
    links: &mut HashMap<String, Option<usize>>,
    id: &str,
    action: &mut Option<ReportAction>,
) -> bool {
    let found = *links
        .entry(id.to_string())
        .or_insert_with(|| data.event_index(id));
    match found {
        Some(e) => {
            if ui.link(id).on_hover_text("Go to this event").clicked() {
                *action = Some(ReportAction::GoToEvent(e));
            }
            false
        }
        None => {
            ui.label(id);
            true
        }
    }
}
