//! Compare two days: the user picks day A and day B, and the map shows which districts changed side
//! between them (filled with the later day's side, outlined in the earlier day's; the rest pale), with
//! the list of the districts and the events that moved them. While comparing, the later day is the
//! day shown: moving the timeline moves it, and the comparison follows.

use atlas_core::compare::Comparison;
use atlas_core::join::Dataset;
use atlas_core::model::date::parse_day;
use chrono::NaiveDate;
use egui::{Context, RichText};

/// What the user asked for in the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareAction {
    /// Compare the end of `from` with the end of `to` (the app shows `to`).
    Compare {
        from: NaiveDate,
        to: NaiveDate,
    },
    Stop,
    GoToEvent(usize),
    SelectDistrict(usize),
}

/// The window's fields, and the comparison shown.
#[derive(Default)]
pub struct CompareView {
    open: bool,
    a: String,
    b: String,
    problem: Option<String>,
    /// The comparison on the map, with its per-district mask.
    shown: Option<(Comparison, Vec<bool>)>,
}

impl CompareView {
    /// Opens the window; empty fields start at `a` and `b`.
    pub fn open(&mut self, a: NaiveDate, b: NaiveDate) {
        self.open = true;
        if self.a.is_empty() {
            self.a = a.to_string();
        }
        if self.b.is_empty() {
            self.b = b.to_string();
        }
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The comparison on the map and which districts it marks.
    pub fn shown(&self) -> Option<(&Comparison, &[bool])> {
        self.shown.as_ref().map(|(c, m)| (c, m.as_slice()))
    }

    /// Shows `comparison` (the B field follows its later day).
    pub fn set_shown(&mut self, comparison: Option<Comparison>) {
        if let Some(c) = &comparison {
            self.a = c.from.to_string();
            self.b = c.to.to_string();
        }
        self.shown = comparison.map(|c| {
            let mask = c.changed_mask();
            (c, mask)
        });
    }

    pub fn show(&mut self, ctx: &Context, data: &Dataset) -> Option<CompareAction> {
        if !self.open {
            return None;
        }
        let mut open = true;
        let mut action = None;
        let screen = ctx.content_rect();
        egui::Window::new("Compare two days")
            .open(&mut open)
            .default_width(460.0)
            .default_height(460.0)
            .default_pos([screen.right() - 480.0, screen.top() + 60.0])
            .show(ctx, |ui| action = self.contents_ui(ui, data));
        if !open {
            self.open = false;
            action = Some(CompareAction::Stop);
        }
        action
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, data: &Dataset) -> Option<CompareAction> {
        let mut action = None;
        ui.horizontal(|ui| {
            for (label, text) in [("Day A", &mut self.a), ("Day B", &mut self.b)] {
                let name = ui.label(label);
                ui.add(egui::TextEdit::singleline(text).desired_width(96.0))
                    .labelled_by(name.id);
            }
            if ui.button("Compare").clicked() {
                match (parse_day(self.a.trim()), parse_day(self.b.trim())) {
                    (Ok(a), Ok(b)) => {
                        self.problem = None;
                        let (from, to) = if a <= b { (a, b) } else { (b, a) };
                        action = Some(CompareAction::Compare { from, to });
                    }
                    _ => {
                        self.problem =
                            Some("Write both days as YYYY-MM-DD (2016-11-20).".to_string())
                    }
                }
            }
        });
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        let Some((cmp, _)) = &self.shown else {
            ui.weak("Pick two days and press Compare: the map shows the districts that changed side between the end of the first and the end of the second.");
            return action;
        };
        ui.label(RichText::new(cmp.summary(data)).strong());
        ui.weak("On the map: each district that changed is filled with its side on the later day and outlined in its side on the earlier day; the rest is pale. Day B is the day shown: move the timeline and it follows.");
        ui.horizontal(|ui| {
            if ui.button("Stop comparing").clicked() {
                action = Some(CompareAction::Stop);
            }
        });
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            for change in &cmp.changes {
                if let Some(a) = change_ui(ui, data, change) {
                    action = Some(a);
                }
            }
        });
        action
    }
}

/// A district that changed: its name and the way it went, then its events, each a link.
fn change_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    change: &atlas_core::compare::SideChange,
) -> Option<CompareAction> {
    let mut action = None;
    let name = data
        .layer
        .districts
        .get(change.district)
        .map_or("?", |d| d.name.as_str());
    let before = atlas_draw::map_view::describe_state(data, &change.before);
    let after = atlas_draw::map_view::describe_state(data, &change.after);
    ui.horizontal_wrapped(|ui| {
        if ui.link(RichText::new(name).strong()).clicked() {
            action = Some(CompareAction::SelectDistrict(change.district));
        }
        ui.label(format!("was {before}; now {after}"));
    });
    ui.indent(("events", change.district), |ui| {
        for &e in &change.events {
            let Some(event) = data.events.get(e) else {
                continue;
            };
            let text = format!("{} — {}", event.event.date.label(), event.event.id);
            if ui.link(text).on_hover_text("Go to this event").clicked() {
                action = Some(CompareAction::GoToEvent(e));
            }
        }
    });
    action
}
