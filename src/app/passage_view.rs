//! The source passages beside the map: the events up to the current day, newest first, and those of
//! the selected districts. Each event shows its date and precision, districts, the change, certainty
//! and who claims it, its sources, and each passage with the quote highlighted inside its paragraph.
//! Events that disagree are shown together. The cards of the event or district hovered in another
//! panel light up, and the card under the pointer is reported as hovered. [`DocumentWindow`] shows a
//! whole document, scrolled to a highlighted passage.

use atlas_core::join::{Dataset, JoinedEvent};
use atlas_core::model::fast_hash::FastMap;
use atlas_core::model::{Certainty, DatePrecision, Passage, SourceDocument};
use atlas_core::timeline::ControlIndex;
use atlas_draw::overlay::{self, Pattern, Tint};
use atlas_draw::palette::Palette;
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
    /// The district and event hovered in any panel: their cards light up.
    pub hovered_district: Option<usize>,
    pub hovered_event: Option<usize>,
    pub palette: &'a Palette,
}

/// What the user did in the panel this frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PassageOutput {
    pub action: Option<PassageAction>,
    /// The event whose card is under the pointer.
    pub hovered_event: Option<usize>,
}

/// Passages shown per event before "more passages".
const PASSAGES_SHOWN: usize = 2;
/// Events listed before "show older".
const EVENTS_SHOWN: usize = 25;
/// Characters of context kept on each side of a quote inside a long paragraph.
const CONTEXT_CHARS: usize = 280;

/// The panel's own state: how much is unfolded, and how tall the cards were.
#[derive(Default)]
pub struct PassageView {
    /// Events whose every passage is shown.
    expanded: BTreeSet<usize>,
    events_shown: usize,
    cards: CardHeights,
    /// The card under the pointer, found while the cards are drawn.
    hovered_card: Option<usize>,
}

/// Heights of the cards laid out before. A card out of view is not laid out (its passages' text is
/// the costly part of a frame while the date moves): its space is kept at the height it had, or at the
/// usual height of a card when it has not been laid out yet, and it is laid out when scrolled into
/// view. With a screen reader on, every card is laid out, so that it can be read and reached.
#[derive(Default)]
struct CardHeights {
    /// The width the heights are for (text wraps differently at another).
    width: f32,
    known: FastMap<CardKey, f32>,
    /// Sum and count of the known heights, for the usual height.
    sum: f32,
    count: u32,
    /// Cards laid out in the last frame (for tests).
    laid_out: usize,
}

/// What a card's height depends on besides the width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct CardKey {
    event: usize,
    later: bool,
    expanded: bool,
}

/// Known heights kept before the list starts again (a card a day, scrubbing through years).
const MOST_CARD_HEIGHTS: usize = 20_000;

impl CardHeights {
    /// Starts a frame at `width`: heights measured at another width are forgotten.
    fn start(&mut self, width: f32) {
        if (width - self.width).abs() > 0.5 || self.known.len() > MOST_CARD_HEIGHTS {
            *self = Self {
                width,
                ..Self::default()
            };
        }
        self.laid_out = 0;
    }

    /// The height to keep for a card not laid out: its own, or the usual one (None: nothing known).
    fn guess(&self, key: &CardKey) -> Option<f32> {
        self.known
            .get(key)
            .copied()
            .or_else(|| (self.count > 0).then(|| self.sum / self.count as f32))
    }

    fn measured(&mut self, key: CardKey, height: f32) {
        self.laid_out += 1;
        if let Some(old) = self.known.insert(key, height) {
            self.sum -= old;
            self.count -= 1;
        }
        self.sum += height;
        self.count += 1;
    }
}

impl PassageView {
    pub fn ui(&mut self, ui: &mut Ui, scene: &PassageScene<'_>) -> PassageOutput {
        self.hovered_card = None;
        if self.events_shown == 0 {
            self.events_shown = EVENTS_SHOWN;
        }
        let mut action = None;
        // The cards' width inside the scroll area (its bar keeps room of its own).
        self.cards
            .start(ui.available_width() - ui.spacing().scroll.allocated_width());
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
                let heading =
                    ui.heading(format!("Reports up to {}", scene.day.format("%-d %b %Y")));
                let every = ui.ctx().has_accesskit_node(heading.id);
                if up_to == 0 {
                    ui.weak("No event before this day: the map shows the start of the record.");
                }
                for e in (0..up_to).rev().take(self.events_shown) {
                    self.card_if_in_view(ui, scene, e, every, &mut action);
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
        PassageOutput {
            action,
            hovered_event: self.hovered_card,
        }
    }

    fn selection_ui(
        &mut self,
        ui: &mut Ui,
        scene: &PassageScene<'_>,
        action: &mut Option<PassageAction>,
    ) {
        let data = scene.data;
        let names = data.district_names(scene.selected);
        let mut every = true;
        ui.horizontal_wrapped(|ui| {
            let title = match names.as_slice() {
                [one] => format!("Selected: {one}"),
                many => format!("Selected: {} districts", many.len()),
            };
            let heading = ui.heading(title).id;
            every = ui.ctx().has_accesskit_node(heading);
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
                    ui.label(atlas_draw::fonts::rich(ar, 14.0));
                }
                let state = scene.index.control_at(*one, scene.day);
                ui.label(atlas_draw::map_view::describe_state(data, &state));
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
            self.card_if_in_view(ui, scene, e, every, action);
        }
        if !later.is_empty() {
            egui::CollapsingHeader::new(format!("{} later events", later.len()))
                .id_salt("later events")
                .default_open(false)
                .show(ui, |ui| {
                    for e in later {
                        self.card_if_in_view(ui, scene, e, every, action);
                    }
                });
        }
    }

    /// The card of event `e` when it is in view (or `every` card is wanted); otherwise only its space.
    fn card_if_in_view(
        &mut self,
        ui: &mut Ui,
        scene: &PassageScene<'_>,
        e: usize,
        every: bool,
        action: &mut Option<PassageAction>,
    ) {
        let key = CardKey {
            event: e,
            later: scene
                .data
                .events
                .get(e)
                .is_some_and(|ev| ev.event.date.day > scene.day),
            expanded: self.expanded.contains(&e),
        };
        let width = ui.available_width();
        if let Some(height) = self.cards.guess(&key).filter(|_| !every) {
            let space = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
            if !ui.is_rect_visible(space) {
                ui.allocate_space(space.size());
                ui.add_space(4.0);
                return;
            }
        }
        let card = ui.scope(|ui| self.event_card(ui, scene, e, action));
        self.cards.measured(key, card.response.rect.height());
        if ui.rect_contains_pointer(card.response.rect) {
            self.hovered_card = Some(e);
        }
        ui.add_space(4.0);
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
        let lit = scene.hovered_event == Some(e)
            || scene
                .hovered_district
                .is_some_and(|d| event.districts.contains(&d));
        let fill = if lit {
            scene.palette.highlight.gamma_multiply(0.18)
        } else {
            Color32::TRANSPARENT
        };
        egui::Frame::group(ui.style())
            .stroke(stroke)
            .fill(fill)
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
    let district_text = data.district_list(event, 6);
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
        let side = controller.map_or(ev.controller.as_str(), |c| c.label.as_str());
        ui.label(match ev.count {
            Some(count) => format!(
                "— the source counts {count} of these {} as taken by {side}, without naming which",
                event.districts.len()
            ),
            None => format!("passes to {side} ({})", ev.extent.label()),
        });
    });
    if let Some(reading) = ev.reading.as_deref() {
        ui.label(RichText::new(format!("Reading: {reading}")).italics());
    }
    let certainty = ev.certainty.label();
    let certainty = match (&ev.certainty, ev.count) {
        (Certainty::Disputed { .. }, _) => {
            format!("{certainty} — shown, but it does not move the map")
        }
        (_, Some(_)) => format!(
            "{certainty} · probably taken, not named: the map keeps each with its holder, marked"
        ),
        _ => certainty,
    };
    let mut line = certainty;
    if ev.basis.as_deref() == Some("curated line") {
        line.push_str(
            " · a curated line: the state of many districts on a day, drawn up from the sources",
        );
    }
    ui.horizontal_wrapped(|ui| {
        if let Some((pattern, tint)) = overlay::of_event(ev, event.controller) {
            look_swatch(ui, scene, (pattern, tint), event.controller);
        }
        ui.weak(line);
    });
}

/// A small swatch of the pattern the map draws for an event's certainty: the light marks over the
/// side's colour, a probable loss's dashes over grey.
fn look_swatch(
    ui: &mut Ui,
    scene: &PassageScene<'_>,
    (pattern, tint): (Pattern, Tint),
    side: usize,
) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(18.0, 12.0), egui::Sense::hover());
    let palette = scene.palette;
    let (fill, colour) = match tint {
        Tint::Controller(c) => (palette.unknown, palette.controller(scene.data, c)),
        Tint::Mark => (palette.controller(scene.data, Some(side)), palette.mark),
    };
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, fill);
    let ring = [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
    ];
    let (lines, width) = pattern.lines(&[ring.to_vec()], 5.0);
    for seg in lines {
        painter.line_segment(seg, Stroke::new(width.min(2.0), colour));
    }
    response.on_hover_text(pattern.meaning());
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
        ui.label(RichText::new(doc.source_line()).small());
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
    let (body, quote) = passage_formats(ui, palette, 13.0);
    let mut job = LayoutJob::default();
    if before_start > paragraph.start {
        job.append("…", 0.0, body.clone());
    }
    // Persian and Arabic digits kept left to right (`fonts::display_order`; same byte spans).
    let shown = |r: Range<usize>| doc.text.get(r).map(atlas_draw::fonts::display_order);
    job.append(&shown(before_start..range.start)?, 0.0, body.clone());
    job.append(&shown(range.clone())?, 0.0, quote);
    job.append(&shown(range.end..after_end)?, 0.0, body.clone());
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
                ui.label(doc.source_line());
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
                        let (body, quote) = passage_formats(ui, palette, 13.5);
                        let range = self.highlight.clone();
                        let mut job = LayoutJob::default();
                        match (
                            doc.text.get(..range.start),
                            doc.text.get(range.clone()),
                            doc.text.get(range.end..),
                        ) {
                            (Some(a), Some(b), Some(c)) => {
                                let shown = atlas_draw::fonts::display_order;
                                job.append(&shown(a), 0.0, body.clone());
                                job.append(&shown(b), 0.0, quote);
                                job.append(&shown(c), 0.0, body);
                            }
                            _ => {
                                job.append(&atlas_draw::fonts::display_order(&doc.text), 0.0, body)
                            }
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

/// The text formats of a passage: its body at `size` points, and the quote highlighted in it.
fn passage_formats(ui: &Ui, palette: &Palette, size: f32) -> (TextFormat, TextFormat) {
    let body = TextFormat {
        font_id: FontId::proportional(size),
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
    (body, quote)
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::join::{load_dataset, DataPaths};

    /// Frames of the panel alone in a small window, at the end of the record (every built-in event
    /// is listed), scrolled by `scroll` points; how many cards each frame laid out, and how many
    /// cards were laid out at least once.
    fn cards_laid_out(screen_reader: bool, scroll: &[f32]) -> (Vec<usize>, usize) {
        let (data, _) = load_dataset(&DataPaths::default()).expect("built-in data");
        let index = ControlIndex::new(&data);
        let ctx = egui::Context::default();
        if screen_reader {
            ctx.enable_accesskit();
        }
        let palette = Palette::for_visuals(&egui::Visuals::light());
        let scene = PassageScene {
            data: &data,
            index: &index,
            day: data.record_end,
            selected: &[],
            hovered_district: None,
            hovered_event: None,
            palette: &palette,
        };
        let mut view = PassageView::default();
        let mut laid_out = Vec::new();
        for (frame, &delta) in [0.0].iter().chain(scroll).enumerate() {
            let mut input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(420.0, 500.0),
                )),
                time: Some(frame as f64),
                ..Default::default()
            };
            input
                .events
                .push(egui::Event::PointerMoved(egui::pos2(200.0, 250.0)));
            if delta != 0.0 {
                input.events.push(egui::Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Point,
                    delta: egui::vec2(0.0, -delta),
                    phase: egui::TouchPhase::Move,
                    modifiers: egui::Modifiers::NONE,
                    source: egui::MouseWheelSource::Wheel,
                });
            }
            let mut output = ctx.run_ui(input, |ui| {
                view.ui(ui, &scene);
            });
            output.textures_delta.clear();
            laid_out.push(view.cards.laid_out);
        }
        (laid_out, view.cards.known.len())
    }

    #[test]
    fn only_the_cards_in_view_are_laid_out() {
        // The first frame measures the first card; later ones lay out the few that fit in 500 points.
        let (frames, seen) = cards_laid_out(false, &[0.0, 0.0]);
        assert!(frames.iter().all(|&n| (1..=6).contains(&n)), "{frames:?}");
        // Scrolled down the list, other cards come into view and are laid out.
        let (scrolled, seen_scrolling) = cards_laid_out(false, &[600.0; 4]);
        assert!(
            scrolled.iter().all(|&n| (1..=6).contains(&n)),
            "{scrolled:?}"
        );
        assert!(seen_scrolling > seen + 2, "{seen} then {seen_scrolling}");
        // With a screen reader every card listed is laid out (25 of the built-in events).
        let (read, _) = cards_laid_out(true, &[0.0, 0.0]);
        assert!(read.iter().all(|&n| n == EVENTS_SHOWN), "{read:?}");
    }

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
