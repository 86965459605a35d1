//! The source passages beside the map: the events up to the current day, newest first, and those of
//! the selected districts. Each event shows its date and precision, districts, the change, certainty
//! and who claims it, its sources, and each passage with the quote highlighted inside its paragraph.
//! Events that disagree are shown together. [`DocumentWindow`] shows a whole document, scrolled to a
//! highlighted passage.

use super::palette::Palette;
use crate::join::{Dataset, JoinedEvent};
use crate::model::{Certainty, DatePrecision, Passage, SourceDocument};
use crate::timeline::ControlIndex;
use chrono::NaiveDate;
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, RichText, Stroke, Ui, WidgetInfo};
use std::collections::BTreeSet;
use std::ops::Range;

/// What the passages ask the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum PassageAction {
    /// Go to the event's day and select its districts.
    GoToEvent(usize),
    OpenDocument {
        document: String,
        range: Range<usize>,
    },
    ClearSelection,
}

/// What the passages show this frame.
pub struct PassageScene<'a> {
    pub data: &'a Dataset,
    pub index: &'a ControlIndex,
    pub day: NaiveDate,
    pub selected: &'a [usize],
    pub palette: &'a Palette,
}

/// Passages shown per event before "more passages".
const PASSAGES_SHOWN: usize = 2;
/// Events listed before "show older".
const EVENTS_SHOWN: usize = 25;
/// Characters of context kept on each side of a quote inside a long paragraph.
const CONTEXT_CHARS: usize = 280;

/// The panel's own state: how much is unfolded.
#[derive(Default)]
pub struct PassageView {
    /// Events whose every passage is shown.
    expanded: BTreeSet<usize>,
    events_shown: usize,
}

impl PassageView {
    pub fn ui(&mut self, ui: &mut Ui, scene: &PassageScene<'_>) -> Option<PassageAction> {
        if self.events_shown == 0 {
            self.events_shown = EVENTS_SHOWN;
        }
        let mut action = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if !scene.selected.is_empty() {
                    self.selection_ui(ui, scene, &mut action);
                    ui.add_space(8.0);
                }
                // The events are in date order: those up to the day are the first so many, and
                // are found without going through the others (a million, in a large file).
                let up_to = scene
                    .data
                    .events
                    .partition_point(|e| e.event.date.day <= scene.day);
                ui.heading(format!("Reports up to {}", scene.day.format("%-d %b %Y")));
                if up_to == 0 {
                    ui.weak("No event before this day: the map shows the start of the record.");
                }
                for e in (0..up_to).rev().take(self.events_shown) {
                    self.event_card(ui, scene, e, &mut action);
                }
                if up_to > self.events_shown {
                    let more = up_to - self.events_shown;
                    if ui
                        .button(format!("Show older events ({more} more)"))
                        .clicked()
                    {
                        self.events_shown += EVENTS_SHOWN;
                    }
                }
            });
        action
    }

    fn selection_ui(
        &mut self,
        ui: &mut Ui,
        scene: &PassageScene<'_>,
        action: &mut Option<PassageAction>,
    ) {
        let data = scene.data;
        let names: Vec<&str> = scene
            .selected
            .iter()
            .filter_map(|&d| data.layer.districts.get(d))
            .map(|d| d.name.as_str())
            .collect();
        ui.horizontal_wrapped(|ui| {
            let title = match names.as_slice() {
                [one] => format!("Selected: {one}"),
                many => format!("Selected: {} districts", many.len()),
            };
            ui.heading(title);
            if ui.button("Clear selection").on_hover_text("Esc").clicked() {
                *action = Some(PassageAction::ClearSelection);
            }
        });
        if names.len() > 1 {
            ui.label(names.join(", "));
        }
        if let [one] = scene.selected {
            if let Some(d) = data.layer.districts.get(*one) {
                if let Some(ar) = &d.name_ar {
                    ui.label(ar);
                }
                let state = scene.index.control_at(*one, scene.day);
                ui.label(super::map_view::describe_state(data, &state));
                let mut facts = format!("{:.2} km²", d.area_km2);
                if d.approximate {
                    facts.push_str(" · approximate shape");
                }
                if let Some(note) = &d.approximate_note {
                    facts.push_str(&format!(" ({note})"));
                }
                ui.weak(facts);
            }
        }
        let mut events: Vec<usize> = scene
            .selected
            .iter()
            .filter(|&&d| d < scene.index.district_count())
            .flat_map(|&d| scene.index.events_of(d))
            .collect();
        events.sort_unstable();
        events.dedup();
        let (mut past, later): (Vec<usize>, Vec<usize>) = events.into_iter().partition(|&e| {
            data.events
                .get(e)
                .is_some_and(|e| e.event.date.day <= scene.day)
        });
        past.reverse();
        ui.label(
            RichText::new(format!(
                "{} events name it up to this day, newest first",
                past.len()
            ))
            .strong(),
        );
        for e in past {
            self.event_card(ui, scene, e, action);
        }
        if !later.is_empty() {
            egui::CollapsingHeader::new(format!("{} later events", later.len()))
                .id_salt("later events")
                .default_open(false)
                .show(ui, |ui| {
                    for e in later {
                        self.event_card(ui, scene, e, action);
                    }
                });
        }
    }

    fn event_card(
        &mut self,
        ui: &mut Ui,
        scene: &PassageScene<'_>,
        e: usize,
        action: &mut Option<PassageAction>,
    ) {
        let data = scene.data;
        let Some(event) = data.events.get(e) else {
            return;
        };
        let today = event.event.date.day == scene.day;
        let later = event.event.date.day > scene.day;
        let stroke = if today {
            Stroke::new(2.0, scene.palette.highlight)
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        };
        egui::Frame::group(ui.style())
            .stroke(stroke)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                if later {
                    ui.weak("Later than the day shown");
                }
                event_summary(ui, scene, event, e, action);
                let passages = &event.event.passages;
                let expanded = self.expanded.contains(&e);
                let shown = if expanded {
                    passages.len()
                } else {
                    PASSAGES_SHOWN.min(passages.len())
                };
                for p in &passages[..shown] {
                    passage_ui(ui, scene, p, action);
                }
                if passages.len() > PASSAGES_SHOWN {
                    let text = if expanded {
                        "Fewer passages".to_string()
                    } else {
                        format!("{} more passages", passages.len() - PASSAGES_SHOWN)
                    };
                    if ui.small_button(text).clicked() {
                        if expanded {
                            self.expanded.remove(&e);
                        } else {
                            self.expanded.insert(e);
                        }
                    }
                }
                if let Some(note) = event.event.note.as_deref() {
                    ui.label(
                        RichText::new(format!("Curators' note: {note}"))
                            .italics()
                            .weak(),
                    );
                }
                let others: Vec<usize> = event
                    .event
                    .disagrees_with
                    .iter()
                    .filter_map(|id| data.event_index(id))
                    .collect();
                if !others.is_empty() {
                    egui::Frame::new()
                        .fill(ui.visuals().faint_bg_color)
                        .stroke(Stroke::new(1.0, ui.visuals().warn_fg_color))
                        .inner_margin(6.0)
                        .corner_radius(4.0)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                "Other sources report it differently:",
                            );
                            for o in others {
                                if let Some(other) = data.events.get(o) {
                                    event_summary(ui, scene, other, o, action);
                                    if let Some(p) = other.event.passages.first() {
                                        passage_ui(ui, scene, p, action);
                                    }
                                }
                            }
                        });
                }
            });
        ui.add_space(4.0);
    }
}

/// Date (and precision), districts, the change, and how sure the source is; the date is a button that
/// goes to the event.
fn event_summary(
    ui: &mut Ui,
    scene: &PassageScene<'_>,
    event: &JoinedEvent,
    e: usize,
    action: &mut Option<PassageAction>,
) {
    let data = scene.data;
    let ev = &event.event;
    let district_text = super::district_list(data, event, 6);
    ui.horizontal_wrapped(|ui| {
        let button = ui
            .add(egui::Button::new(RichText::new(ev.date.label()).strong()))
            .on_hover_text("Go to this day and select its districts");
        let name = format!(
            "Event {}: {}, {} — show on the map",
            ev.id,
            ev.date.label(),
            district_text
        );
        button.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
        if button.clicked() {
            *action = Some(PassageAction::GoToEvent(e));
        }
        ui.weak(precision_text(ev.date.precision, ev.date.phrase.as_deref()));
    });
    let controller = data.controller(event.controller);
    ui.horizontal_wrapped(|ui| {
        let colour = controller.map_or(Color32::GRAY, |c| {
            let [r, g, b] = c.rgb();
            Color32::from_rgb(r, g, b)
        });
        let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().rect_filled(rect, 2.0, colour);
        ui.label(RichText::new(district_text).strong());
        ui.label(format!(
            "passes to {} ({})",
            controller.map_or(ev.controller.as_str(), |c| c.label.as_str()),
            ev.extent.label()
        ));
    });
    let certainty = ev.certainty.label();
    let certainty = match &ev.certainty {
        Certainty::Disputed { .. } => format!("{certainty} — shown, but it does not move the map"),
        _ => certainty,
    };
    let mut line = certainty;
    if ev.basis.as_deref() == Some("curated line") {
        line.push_str(
            " · a curated line: the state of many districts on a day, drawn up from the sources",
        );
    }
    ui.weak(line);
}

fn precision_text(precision: DatePrecision, phrase: Option<&str>) -> String {
    let base = match precision {
        DatePrecision::Day => "to the day",
        DatePrecision::Month => "to the month",
        DatePrecision::Span => "a span of days",
        DatePrecision::Year => "to the year",
    };
    match phrase {
        Some(p) => format!("({base}; \"{p}\")"),
        None => format!("({base})"),
    }
}

/// The source's title, publisher and date, and the paragraph with the quote highlighted.
fn passage_ui(
    ui: &mut Ui,
    scene: &PassageScene<'_>,
    passage: &Passage,
    action: &mut Option<PassageAction>,
) {
    let Some(doc) = scene.data.corpus.get(&passage.document) else {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("Document \"{}\" is not loaded", passage.document),
        );
        return;
    };
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(source_line(doc)).small());
        let open = ui
            .small_button("Open document")
            .on_hover_text("Show the whole document at this passage");
        if open.clicked() {
            *action = Some(PassageAction::OpenDocument {
                document: doc.meta.id.clone(),
                range: passage.range(),
            });
        }
    });
    let Some(job) = paragraph_job(ui, doc, &passage.range(), scene.palette) else {
        ui.weak(format!("“{}”", passage.quote));
        return;
    };
    ui.add(egui::Label::new(job).wrap());
}

/// "Title — Publisher, 2016-12-22".
pub fn source_line(doc: &SourceDocument) -> String {
    let mut text = doc.meta.title.clone();
    if !doc.meta.publisher.is_empty() {
        text.push_str(" — ");
        text.push_str(&doc.meta.publisher);
    }
    if !doc.meta.published.is_empty() {
        text.push_str(", ");
        text.push_str(&doc.meta.published);
    }
    text
}

/// The paragraph around `range`, trimmed to some context on each side, with the quote highlighted.
pub(crate) fn paragraph_job(
    ui: &Ui,
    doc: &SourceDocument,
    range: &Range<usize>,
    palette: &Palette,
) -> Option<LayoutJob> {
    doc.text.get(range.clone())?;
    let paragraph = doc.paragraph_around(range);
    let mut before_start = back_chars(&doc.text, range.start, CONTEXT_CHARS).max(paragraph.start);
    let mut after_end = forward_chars(&doc.text, range.end, CONTEXT_CHARS).min(paragraph.end);
    // A cut paragraph starts at a sentence (or at least a word) and ends after one.
    if before_start > paragraph.start {
        let head = doc.text.get(before_start..range.start)?;
        let skip = head
            .find(". ")
            .map(|i| i + 2)
            .or_else(|| head.find(' ').map(|i| i + 1))
            .unwrap_or(0);
        before_start += skip;
    }
    if after_end < paragraph.end {
        let tail = doc.text.get(range.end..after_end)?;
        if let Some(i) = tail.rfind(". ").map(|i| i + 1).or_else(|| tail.rfind(' ')) {
            after_end = range.end + i;
        }
    }
    let body = TextFormat {
        font_id: FontId::proportional(13.0),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let quote = TextFormat {
        background: palette.quote_background,
        color: if palette.dark {
            Color32::WHITE
        } else {
            Color32::BLACK
        },
        ..body.clone()
    };
    let mut job = LayoutJob::default();
    if before_start > paragraph.start {
        job.append("…", 0.0, body.clone());
    }
    job.append(doc.text.get(before_start..range.start)?, 0.0, body.clone());
    job.append(doc.text.get(range.clone())?, 0.0, quote);
    job.append(doc.text.get(range.end..after_end)?, 0.0, body.clone());
    if after_end < paragraph.end {
        job.append("…", 0.0, body);
    }
    Some(job)
}

/// The byte offset `n` characters before `at` (on a character boundary).
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    text.get(..at)
        .and_then(|t| {
            t.char_indices()
                .rev()
                .nth(n.saturating_sub(1))
                .map(|(i, _)| i)
        })
        .unwrap_or(0)
}

/// The byte offset `n` characters after `at` (on a character boundary).
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text.get(at..)
        .and_then(|t| t.char_indices().nth(n).map(|(i, _)| at + i))
        .unwrap_or(text.len())
}

/// A whole source document in a window, scrolled once to the highlighted passage.
pub struct DocumentWindow {
    pub document: String,
    pub highlight: Range<usize>,
    open: bool,
    scroll_pending: bool,
}

impl DocumentWindow {
    pub fn new(document: String, highlight: Range<usize>) -> Self {
        Self {
            document,
            highlight,
            open: true,
            scroll_pending: true,
        }
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    pub fn show(&mut self, ctx: &egui::Context, data: &Dataset, palette: &Palette) {
        let Some(doc) = data.corpus.get(&self.document) else {
            self.open = false;
            return;
        };
        let mut open = self.open;
        let title = if doc.meta.title.is_empty() {
            doc.meta.id.clone()
        } else {
            doc.meta.title.clone()
        };
        egui::Window::new(title)
            .id(egui::Id::unique("document window"))
            .open(&mut open)
            .default_size([640.0, 620.0])
            .vscroll(false)
            .show(ctx, |ui| {
                ui.label(source_line(doc));
                if !doc.meta.licence.is_empty() || !doc.meta.attribution.is_empty() {
                    ui.weak(
                        format!("{} {}", doc.meta.licence, doc.meta.attribution)
                            .trim()
                            .to_string(),
                    );
                }
                if let Some(url) = &doc.meta.url {
                    ui.hyperlink(url);
                }
                ui.separator();
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        let body = TextFormat {
                            font_id: FontId::proportional(13.5),
                            color: ui.visuals().text_color(),
                            ..Default::default()
                        };
                        let quote = TextFormat {
                            background: palette.quote_background,
                            color: if palette.dark {
                                Color32::WHITE
                            } else {
                                Color32::BLACK
                            },
                            ..body.clone()
                        };
                        let range = self.highlight.clone();
                        let mut job = LayoutJob::default();
                        match (
                            doc.text.get(..range.start),
                            doc.text.get(range.clone()),
                            doc.text.get(range.end..),
                        ) {
                            (Some(a), Some(b), Some(c)) => {
                                job.append(a, 0.0, body.clone());
                                job.append(b, 0.0, quote);
                                job.append(c, 0.0, body);
                            }
                            _ => job.append(&doc.text, 0.0, body),
                        }
                        job.wrap.max_width = ui.available_width();
                        let galley = ui.painter().layout_job(job);
                        let response = ui.add(egui::Label::new(galley.clone()).selectable(true));
                        if self.scroll_pending {
                            self.scroll_pending = false;
                            let chars =
                                doc.text.get(..range.start).map_or(0, |t| t.chars().count());
                            let at = galley.pos_from_cursor(egui::text::CCursor::new(chars));
                            ui.scroll_to_rect(
                                at.translate(response.rect.min.to_vec2()).expand(60.0),
                                Some(egui::Align::Center),
                            );
                        }
                    });
            });
        self.open = open;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_steps_stay_on_boundaries() {
        let text = "ab—cd—ef";
        let at = text.find('c').expect("c");
        let back = back_chars(text, at, 2);
        assert!(text.is_char_boundary(back));
        assert_eq!(&text[back..at], "b—");
        let fwd = forward_chars(text, at, 3);
        assert_eq!(&text[at..fwd], "cd—");
        assert_eq!(forward_chars(text, at, 100), text.len());
    }
}
