//! Find (Ctrl+F): a field over the map that finds districts by any of their names, in Latin or Arabic
//! script, and events by their text ([`atlas_core::find`]). ↑/↓ move through the results, Enter picks
//! the highlighted one (the first by default), a click picks any; the app then selects it and brings
//! it into view. The names are folded once, the first time the field opens after a load.

use atlas_core::find::{FindIndex, Found, Hit};
use atlas_core::join::Dataset;
use egui::{Context, Key, Modifiers, RichText};

/// The most results listed.
const MOST_RESULTS: usize = 40;

/// What the user picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindAction {
    District(usize),
    Event(usize),
}

/// The Find window: its text, its results and which one is highlighted.
#[derive(Default)]
pub struct FindView {
    open: bool,
    query: String,
    /// The query the results are for.
    searched: Option<String>,
    results: Vec<Found>,
    highlighted: usize,
    /// The field takes the keyboard in the next frame.
    focus_field: bool,
    index: Option<FindIndex>,
}

impl FindView {
    /// Opens the window with the keyboard in its field (its text selected to type over).
    pub fn open(&mut self) {
        self.open = true;
        self.focus_field = true;
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// New data: the names are folded again when next needed.
    pub fn data_changed(&mut self) {
        self.index = None;
        self.searched = None;
        self.results.clear();
    }

    /// The results listed now (for tests).
    pub fn results(&self) -> &[Found] {
        &self.results
    }

    pub fn show(&mut self, ctx: &Context, data: &Dataset) -> Option<FindAction> {
        if !self.open {
            return None;
        }
        let mut open = true;
        let mut action = None;
        let screen = ctx.content_rect();
        egui::Window::new("Find")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(420.0)
            .default_pos([screen.center().x - 420.0, screen.top() + 60.0])
            .show(ctx, |ui| action = self.contents_ui(ui, data));
        if !open || action.is_some() {
            self.open = false;
        }
        action
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, data: &Dataset) -> Option<FindAction> {
        let field = ui.add(
            egui::TextEdit::singleline(&mut self.query)
                .hint_text("A district (any name, Latin or Arabic) or an event's words")
                .desired_width(400.0),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::SearchInput, true, "Find a district or event")
        });
        if std::mem::take(&mut self.focus_field) {
            field.request_focus();
        }
        self.refresh(data);
        let (up, down, enter) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::Enter),
            )
        });
        let n = self.results.len();
        if down && n > 0 {
            self.highlighted = (self.highlighted + 1).min(n - 1);
        }
        if up {
            self.highlighted = self.highlighted.saturating_sub(1);
        }
        let submitted = enter || (field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)));
        let mut picked = submitted
            .then(|| self.results.get(self.highlighted).map(|f| f.hit))
            .flatten();
        if self
            .searched
            .as_deref()
            .is_some_and(|q| !q.trim().is_empty())
            && n == 0
        {
            ui.weak("Nothing found.");
        }
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for (i, found) in self.results.iter().enumerate() {
                    let row = result_ui(ui, data, found, i == self.highlighted);
                    if row.clicked() {
                        picked = Some(found.hit);
                    }
                }
            });
        if n > 0 {
            ui.weak("↑/↓ to choose, Enter to go to it.");
        }
        picked.map(|hit| match hit {
            Hit::District(d) => FindAction::District(d),
            Hit::Event(e) => FindAction::Event(e),
        })
    }

    /// Searches again when the text changed.
    fn refresh(&mut self, data: &Dataset) {
        if self.searched.as_deref() == Some(self.query.as_str()) {
            return;
        }
        let index = self.index.get_or_insert_with(|| FindIndex::new(data));
        self.results = index.search(&self.query, MOST_RESULTS);
        self.highlighted = 0;
        self.searched = Some(self.query.clone());
    }
}

/// One result as a row: a district's name, Arabic name and the alias that matched; an event's date,
/// districts and the words that matched.
fn result_ui(
    ui: &mut egui::Ui,
    data: &Dataset,
    found: &Found,
    highlighted: bool,
) -> egui::Response {
    let (text, accessible) = match found.hit {
        Hit::District(d) => {
            let Some(district) = data.layer.districts.get(d) else {
                return ui.label("");
            };
            let mut text = egui::text::LayoutJob::default();
            let style = ui.style();
            RichText::new(&district.name).strong().append_to(
                &mut text,
                style,
                egui::FontSelection::Default,
                egui::Align::Center,
            );
            if let Some(ar) = &district.name_ar {
                RichText::new("   ").append_to(
                    &mut text,
                    style,
                    egui::FontSelection::Default,
                    egui::Align::Center,
                );
                atlas_draw::fonts::rich(ar, 14.0).append_to(
                    &mut text,
                    style,
                    egui::FontSelection::Default,
                    egui::Align::Center,
                );
            }
            if found.matched != district.name && Some(&found.matched) != district.name_ar.as_ref() {
                atlas_draw::fonts::rich(&format!("   (as {})", found.matched), 12.0)
                    .weak()
                    .append_to(
                        &mut text,
                        style,
                        egui::FontSelection::Default,
                        egui::Align::Center,
                    );
            }
            (text, format!("District {}", district.name))
        }
        Hit::Event(e) => {
            let Some(event) = data.events.get(e) else {
                return ui.label("");
            };
            let line = format!(
                "{} · {} · {}",
                event.event.date.label(),
                data.district_list(event, 3),
                found.matched
            );
            let mut text = egui::text::LayoutJob::default();
            RichText::new(&line).append_to(
                &mut text,
                ui.style(),
                egui::FontSelection::Default,
                egui::Align::Center,
            );
            (text, format!("Event {}", event.event.id))
        }
    };
    let row = ui.add(egui::Button::selectable(highlighted, text).truncate());
    row.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &accessible));
    row
}
