//! The review of the events the extractor finds in a document the user opened. Each candidate shows its
//! passage highlighted in its paragraph, and its date, districts, controller and extent, all editable;
//! Accept or Reject decides it (and Undo takes the decision back).
//!
//! The extractor runs as a background [`ExtractJob`] (a long report would otherwise freeze the
//! window): it shows its progress with Cancel, and its candidates come to the review when it ends.
//!
//! The window only keeps drafts and reports what the user decided ([`ReviewAction`]): the app joins
//! an accepted event to the data ([`atlas_core::session::LoadedData::with_accepted`]), so it is on the
//! map and the timeline at once.

use super::load_job::wait_for_release;
use super::named_button;
use super::passage_view::paragraph_job;
use atlas_core::extract::{Candidate, Extractor, KnownControl, Lexicon};
use atlas_core::job::{Job, JobError, JobProgress};
use atlas_core::join::Dataset;
use atlas_core::model::date::parse_day;
use atlas_core::model::district::Resolution;
use atlas_core::model::Event;
use atlas_core::model::{EventDate, Extent, LoadError, SourceDocument};
use atlas_core::session::LoadedData;
use atlas_draw::palette::Palette;
use chrono::NaiveDate;
use egui::{RichText, Ui, WidgetInfo};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::sync::Arc;

/// The candidates the extractor found in one opened document.
#[derive(Debug)]
pub struct Extracted {
    pub path: PathBuf,
    pub candidates: Vec<Candidate>,
}

/// What an [`ExtractJob`] found; `documents` is None when it was cancelled.
#[derive(Debug)]
pub struct ExtractDone {
    /// The word lists, kept for the next document.
    pub lexicon: Lexicon,
    pub documents: Option<Vec<Extracted>>,
}

/// Why the extractor found nothing.
#[derive(Debug, thiserror::Error)]
pub enum ExtractFailed {
    #[error("The extractor's word lists did not load, so the document cannot be reviewed: {0}")]
    Lexicon(#[from] LoadError),
    #[error("The documents could not be read for the review: {0}")]
    Job(#[from] JobError),
}

/// The extractor running over opened documents on a thread of its own.
pub struct ExtractJob {
    /// The documents' files, in the order they were opened.
    pub paths: Vec<PathBuf>,
    job: Job<Result<ExtractDone, ExtractFailed>>,
}

impl ExtractJob {
    /// Runs the extractor over the documents of `data` opened from `paths` (with `lexicon`, else the
    /// built-in word lists); `notify` (a repaint) is called when it ends. With `hold`, the work waits
    /// until the test holding it lets go.
    pub fn start(
        notify: impl FnOnce() + Send + 'static,
        data: Arc<LoadedData>,
        paths: Vec<PathBuf>,
        lexicon: Option<Lexicon>,
        hold: Option<Receiver<()>>,
    ) -> Result<Self, ExtractFailed> {
        let work_paths = paths.clone();
        let job = Job::spawn("extract", notify, move |progress: &JobProgress| {
            wait_for_release(hold);
            let lexicon = lexicon.map_or_else(Lexicon::builtin, Ok)?;
            let documents = extract_all(&data, &work_paths, &lexicon, progress);
            Ok(ExtractDone { lexicon, documents })
        })?;
        Ok(Self { paths, job })
    }

    /// The outcome, once the thread has one.
    pub fn poll(&self) -> Option<Result<ExtractDone, ExtractFailed>> {
        self.job.poll_result()
    }

    /// Blocks until the extractor ends (tests).
    pub fn wait(&self) -> Result<ExtractDone, ExtractFailed> {
        self.job.wait_result()
    }

    pub fn cancel(&self) {
        self.job.cancel();
    }

    pub fn progress(&self) -> &JobProgress {
        self.job.progress()
    }
}

/// A file's name, for messages.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The candidates of each document of `data` opened from `paths`, reporting to `progress`; None when
/// it was cancelled.
fn extract_all(
    data: &LoadedData,
    paths: &[PathBuf],
    lexicon: &Lexicon,
    progress: &JobProgress,
) -> Option<Vec<Extracted>> {
    let share = 1.0 / paths.len().max(1) as f32;
    // A fall that names no side is read against the changes the open data records.
    let known = std::sync::Arc::new(KnownControl::from_dataset(&data.dataset));
    let extractor = Extractor::new(&data.dataset.layer, lexicon).with_known(known);
    let mut out = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        let Some(doc) = data.document_from(path) else {
            continue;
        };
        let step = format!("Finding events in {}", file_name(path));
        let candidates =
            extractor.extract_watched(doc, &|f| progress.report(&step, (i as f32 + f) * share))?;
        out.push(Extracted {
            path: path.clone(),
            candidates,
        });
    }
    Some(out)
}

/// What the user decided in the review.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewAction {
    /// Join this event to the data.
    Accept(Box<Event>),
    /// Take back the accepted event with this id.
    Withdraw(String),
    /// Go to the day and select the districts on the map.
    ShowOnMap {
        day: NaiveDate,
        districts: Vec<String>,
    },
    OpenDocument {
        document: String,
        range: Range<usize>,
    },
}

/// What the review reads this frame.
pub struct ReviewScene<'a> {
    pub data: &'a Dataset,
    pub palette: &'a Palette,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Pending,
    /// Accepted as the event with this id.
    Accepted(String),
    Rejected,
}

/// One candidate and the user's edits of it.
struct Item {
    candidate: Candidate,
    date_text: String,
    /// District ids.
    districts: Vec<String>,
    controller: String,
    extent: Extent,
    /// The "add a district" field, and what resolving it said.
    query: String,
    query_message: Option<String>,
    status: Status,
}

impl Item {
    fn new(candidate: Candidate) -> Self {
        Self {
            date_text: candidate.date.day.to_string(),
            districts: candidate.districts(),
            controller: candidate.controller.clone(),
            extent: candidate.extent,
            query: String::new(),
            query_message: None,
            status: Status::Pending,
            candidate,
        }
    }

    fn date(&self) -> Result<EventDate, DraftError> {
        let day = parse_day(self.date_text.trim()).map_err(DraftError::Date)?;
        Ok(if day == self.candidate.date.day {
            self.candidate.date.clone()
        } else {
            EventDate::on(day)
        })
    }

    /// What the user changed, for the event's note.
    fn edits(&self) -> Vec<&'static str> {
        let c = &self.candidate;
        let mut edits = Vec::new();
        if self.date().map(|d| d.day) != Ok(c.date.day) {
            edits.push("date");
        }
        if self.districts != c.districts() {
            edits.push("districts");
        }
        if self.controller != c.controller {
            edits.push("controller");
        }
        if self.extent != c.extent {
            edits.push("extent");
        }
        edits
    }

    /// The event to accept, with an id no event of `data` has.
    fn event(&self, data: &Dataset) -> Result<Event, DraftError> {
        let date = self.date()?;
        if self.districts.is_empty() {
            return Err(DraftError::NoDistrict);
        }
        let c = &self.candidate;
        let first = self.districts.first().map_or("", String::as_str);
        let base = format!(
            "{}-{}-{}-{}",
            c.passage.document, c.passage.start, first, self.controller
        );
        let mut id = base.clone();
        let mut n = 2;
        while data.event_index(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        let mut event = c.to_event(&id);
        event.date = date;
        event.districts = self.districts.iter().map(|d| d.as_str().into()).collect();
        event.controller = self.controller.as_str().into();
        event.extent = self.extent;
        let mut note = format!("{}; reviewed in Aleppo Atlas", c.note());
        let edits = self.edits();
        if !edits.is_empty() {
            note.push_str(&format!(" (edited: {})", edits.join(", ")));
        }
        event.note = note.into();
        Ok(event)
    }
}

/// Why a candidate as edited cannot be accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    /// The date field's text is not a day (the parser's words).
    #[error("{0}")]
    Date(String),
    #[error("name at least one district")]
    NoDistrict,
}

/// The review window: the candidates of every document opened, document by document.
#[derive(Default)]
pub struct ReviewWindow {
    open: bool,
    /// (document id, its candidates), in the order opened.
    documents: Vec<(String, Vec<Item>)>,
    /// The page of candidates shown (from 0), [`PAGE_SIZE`] a page.
    page: usize,
}

/// Candidates shown at once: a report of megabytes can give tens of thousands, which no window lays
/// out in a frame, nor anyone reads in one go.
pub const PAGE_SIZE: usize = 50;

impl ReviewWindow {
    /// Adds a document's candidates (once per document) and opens the window.
    pub fn add(&mut self, document: &SourceDocument, candidates: Vec<Candidate>) {
        self.open = true;
        if self.has_document(&document.meta.id) {
            return;
        }
        let items = candidates.into_iter().map(Item::new).collect();
        self.documents.push((document.meta.id.clone(), items));
    }

    pub fn has_document(&self, id: &str) -> bool {
        self.documents.iter().any(|(d, _)| d == id)
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    pub fn open(&mut self) {
        self.open = true;
    }

    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// Forgets every document and decision.
    pub fn clear(&mut self) {
        self.documents.clear();
        self.open = false;
    }

    /// Candidates still to decide.
    /// How many candidates there are, decided or not.
    pub fn candidates(&self) -> usize {
        self.items().count()
    }

    pub fn pending(&self) -> usize {
        self.items().filter(|i| i.status == Status::Pending).count()
    }

    fn items(&self) -> impl Iterator<Item = &Item> {
        self.documents.iter().flat_map(|(_, items)| items)
    }

    /// Puts the candidate accepted as `id` back to undecided (when joining it failed).
    pub fn revert(&mut self, id: &str) {
        for (_, items) in &mut self.documents {
            for item in items {
                if item.status == Status::Accepted(id.to_string()) {
                    item.status = Status::Pending;
                }
            }
        }
    }

    pub fn show(&mut self, ctx: &egui::Context, scene: &ReviewScene<'_>) -> Option<ReviewAction> {
        let mut open = self.open;
        let mut action = None;
        // Over the passages panel, so that the map stays in view while deciding.
        let screen = ctx.content_rect();
        let width = 620.0_f32.min(screen.width() - 20.0);
        egui::Window::new("Review extracted events")
            .open(&mut open)
            .default_size([width, (screen.height() * 0.6).clamp(300.0, 700.0)])
            .default_pos([screen.right() - width - 16.0, screen.top() + 64.0])
            .vscroll(false)
            .show(ctx, |ui| {
                let total = self.items().count();
                let accepted = self
                    .items()
                    .filter(|i| matches!(i.status, Status::Accepted(_)))
                    .count();
                ui.label(format!(
                    "{total} candidate event(s) found: {} to review, {accepted} accepted.",
                    self.pending()
                ));
                ui.weak(
                    "Accepted events are on the map and the timeline at once. Save them with File ▸ \
                     Save accepted events….",
                );
                let pages = total.div_ceil(PAGE_SIZE).max(1);
                self.page = self.page.min(pages - 1);
                if pages > 1 {
                    self.page = page_bar_ui(ui, self.page, pages, total);
                }
                ui.separator();
                let shown = self.page * PAGE_SIZE..(self.page + 1) * PAGE_SIZE;
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        let mut number = 0;
                        for (document, items) in &mut self.documents {
                            let first = number;
                            number += items.len();
                            let overlaps = first < shown.end && (number > shown.start || items.is_empty());
                            if !overlaps {
                                continue;
                            }
                            document_heading(ui, scene, document, items.len());
                            for (k, item) in items.iter_mut().enumerate() {
                                if !shown.contains(&(first + k)) {
                                    continue;
                                }
                                if let Some(a) = item_ui(ui, scene, item, first + k + 1) {
                                    action = Some(a);
                                }
                            }
                        }
                    });
            });
        self.open = open;
        action
    }
}

/// "Candidates 51–100 of 12,722" with the buttons to the previous and next page; the page to show.
fn page_bar_ui(ui: &mut Ui, page: usize, pages: usize, total: usize) -> usize {
    let mut page = page;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(page > 0, egui::Button::new("‹ Previous"))
            .clicked()
        {
            page -= 1;
        }
        let first = page * PAGE_SIZE + 1;
        let last = ((page + 1) * PAGE_SIZE).min(total);
        ui.label(format!(
            "Candidates {first}–{last} of {total} (page {} of {pages})",
            page + 1
        ));
        if ui
            .add_enabled(page + 1 < pages, egui::Button::new("Next ›"))
            .clicked()
        {
            page += 1;
        }
    });
    page
}

fn document_heading(ui: &mut Ui, scene: &ReviewScene<'_>, document: &str, n: usize) {
    let title = scene
        .data
        .corpus
        .get(document)
        .map_or_else(|| document.to_string(), SourceDocument::source_line);
    ui.heading(atlas_draw::fonts::display_order(&title).into_owned());
    if n == 0 {
        ui.label(
            "No change of control found in this document: the extractor looks for sentences that \
             say a side took, captured, lost or entered a district the layer knows.",
        );
    }
    ui.add_space(4.0);
}

/// One candidate: heading, passage, the editable fields, and the decision buttons.
fn item_ui(
    ui: &mut Ui,
    scene: &ReviewScene<'_>,
    item: &mut Item,
    number: usize,
) -> Option<ReviewAction> {
    let mut action = None;
    let data = scene.data;
    let decided = item.status != Status::Pending;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Candidate {number}")).strong());
            ui.weak(format!(
                "“{}” · confidence {:.2} · {}",
                item.candidate.trigger,
                item.candidate.confidence,
                item.candidate.certainty.label()
            ));
            match &item.status {
                Status::Pending => {}
                Status::Accepted(id) => {
                    ui.colored_label(scene.palette.highlight, format!("Accepted as {id}"));
                }
                Status::Rejected => {
                    ui.colored_label(ui.visuals().weak_text_color(), "Rejected");
                }
            }
        });
        passage_ui(ui, scene, item, number, &mut action);
        ui.add_enabled_ui(!decided, |ui| {
            egui::Grid::new(("review fields", number))
                .num_columns(2)
                .spacing([10.0, 6.0])
                .show(ui, |ui| {
                    ui.label("Date");
                    date_ui(ui, item, number, data);
                    ui.end_row();
                    ui.label("Districts");
                    districts_ui(ui, item, number, data);
                    ui.end_row();
                    ui.label("Controller");
                    controller_ui(ui, item, number, data);
                    ui.end_row();
                    ui.label("Extent");
                    extent_ui(ui, item, number);
                    ui.end_row();
                });
        });
        ui.horizontal(|ui| match item.status.clone() {
            Status::Pending => {
                let event = item.event(data);
                let accept = ui
                    .add_enabled_ui(event.is_ok(), |ui| {
                        named_button(ui, "Accept", &format!("Accept candidate {number}"))
                    })
                    .inner;
                if accept.clicked() {
                    if let Ok(event) = event.clone() {
                        item.status = Status::Accepted(event.id.to_string());
                        action = Some(ReviewAction::Accept(Box::new(event)));
                    }
                }
                if named_button(ui, "Reject", &format!("Reject candidate {number}")).clicked() {
                    item.status = Status::Rejected;
                }
                if let Err(why) = event {
                    ui.colored_label(ui.visuals().error_fg_color, format!("To accept: {why}"));
                }
            }
            Status::Accepted(id) => {
                let undo = named_button(ui, "Undo", &format!("Undo accepting candidate {number}"))
                    .on_hover_text("Take the event off the map; the candidate can be edited again");
                if undo.clicked() {
                    item.status = Status::Pending;
                    action = Some(ReviewAction::Withdraw(id));
                }
            }
            Status::Rejected => {
                let undo = named_button(ui, "Undo", &format!("Undo rejecting candidate {number}"));
                if undo.clicked() {
                    item.status = Status::Pending;
                }
            }
        });
    });
    ui.add_space(6.0);
    action
}

/// The sentence highlighted in its paragraph, with buttons to see it on the map or in the document.
fn passage_ui(
    ui: &mut Ui,
    scene: &ReviewScene<'_>,
    item: &Item,
    number: usize,
    action: &mut Option<ReviewAction>,
) {
    let passage = &item.candidate.passage;
    match scene.data.corpus.get(&passage.document) {
        Some(doc) => match paragraph_job(ui, doc, &passage.range(), scene.palette) {
            Some(job) => {
                ui.add(egui::Label::new(job).wrap());
            }
            None => {
                ui.label(format!("“{}”", passage.quote));
            }
        },
        None => {
            ui.label(format!("“{}”", passage.quote));
        }
    }
    ui.horizontal(|ui| {
        let show = named_button(
            ui,
            "Show on the map",
            &format!("Show candidate {number} on the map"),
        )
        .on_hover_text("Go to its date and select its districts");
        if show.clicked() {
            if let Ok(date) = item.date() {
                *action = Some(ReviewAction::ShowOnMap {
                    day: date.day,
                    districts: item.districts.clone(),
                });
            }
        }
        let open = named_button(
            ui,
            "Open document",
            &format!("Open the document of candidate {number}"),
        )
        .on_hover_text("Show the whole document at this passage");
        if open.clicked() {
            *action = Some(ReviewAction::OpenDocument {
                document: passage.document.to_string(),
                range: passage.range(),
            });
        }
    });
}

fn date_ui(ui: &mut Ui, item: &mut Item, number: usize, data: &Dataset) {
    // The field, then how the date was found below it: a long basis wraps in its own lines and the
    // row grows to hold them (in one wrapped row with the field it ran over the row below).
    ui.vertical(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut item.date_text)
                .id_salt(("review date", number))
                .desired_width(100.0)
                .hint_text("YYYY-MM-DD"),
        );
        let name = format!("Date of candidate {number}");
        field.widget_info(|| WidgetInfo::labeled(egui::Role::TextInput, true, &name));
        match item.date() {
            Ok(date) => {
                let c = &item.candidate;
                if date.day == c.date.day {
                    let phrase = atlas_draw::fonts::display_order(&c.date_phrase);
                    let mut words = format!("“{phrase}”, {}", c.date_basis);
                    if c.date.precision != atlas_core::model::DatePrecision::Day {
                        words.push_str(&format!(" — {}", c.date.label()));
                    }
                    ui.weak(words);
                }
                if date.day <= data.record_start {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!(
                            "before the record starts ({}): the map will not show it",
                            data.record_start
                        ),
                    );
                }
            }
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e.to_string());
            }
        }
    });
}

/// Up to this many districts are suggested as the user types.
const SUGGESTIONS: usize = 6;

fn districts_ui(ui: &mut Ui, item: &mut Item, number: usize, data: &Dataset) {
    let layer = &data.layer;
    ui.vertical(|ui| {
        let mut remove = None;
        ui.horizontal_wrapped(|ui| {
            for (k, id) in item.districts.iter().enumerate() {
                let name = layer.get(id).map_or(id.as_str(), |d| d.name.as_str());
                let chip = egui::Frame::new()
                    .fill(ui.visuals().faint_bg_color)
                    .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
                    .corner_radius(4.0)
                    .inner_margin(egui::Margin::symmetric(4, 1));
                chip.show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(name);
                        let x = named_button(
                            ui,
                            "×",
                            &format!("Remove {name} from candidate {number}"),
                        )
                        .on_hover_text("Remove");
                        if x.clicked() {
                            remove = Some(k);
                        }
                    });
                });
            }
            if item.districts.is_empty() {
                ui.colored_label(ui.visuals().warn_fg_color, "No district");
            }
        });
        if let Some(k) = remove {
            item.districts.remove(k);
        }
        let mut add: Vec<usize> = Vec::new();
        ui.horizontal(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut item.query)
                    .id_salt(("review district", number))
                    .desired_width(180.0)
                    .hint_text("Add a district…"),
            );
            let name = format!("Add a district to candidate {number}");
            field.widget_info(|| WidgetInfo::labeled(egui::Role::TextInput, true, &name));
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if entered && !item.query.trim().is_empty() {
                match layer.resolve(item.query.trim()) {
                    Resolution::Found(d) => add.push(d),
                    Resolution::Group(list) if !list.is_empty() => add.extend(list),
                    Resolution::Ambiguous(list) => {
                        let names: Vec<&str> = list
                            .iter()
                            .filter_map(|&d| layer.districts.get(d))
                            .map(|d| d.name.as_str())
                            .collect();
                        item.query_message = Some(format!(
                            "“{}” may be {}: pick one below",
                            item.query.trim(),
                            names.join(" or ")
                        ));
                    }
                    _ => {
                        let near = layer.closest_names(item.query.trim(), 3);
                        item.query_message = Some(format!(
                            "No district is called “{}” (closest: {})",
                            item.query.trim(),
                            near.join(", ")
                        ));
                    }
                }
            }
        });
        if let Some(message) = &item.query_message {
            ui.colored_label(ui.visuals().warn_fg_color, message);
        }
        let query = item.query.trim().to_lowercase();
        if query.chars().count() >= 2 {
            ui.horizontal_wrapped(|ui| {
                let matches = layer
                    .districts
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| !item.districts.contains(&d.id))
                    .filter(|(_, d)| {
                        std::iter::once(&d.name)
                            .chain(&d.aliases)
                            .any(|n| n.to_lowercase().contains(&query))
                    })
                    .take(SUGGESTIONS);
                for (d, district) in matches {
                    let add_name = format!("Add {} to candidate {number}", district.name);
                    if named_button(ui, &format!("+ {}", district.name), &add_name).clicked() {
                        add.push(d);
                    }
                }
            });
        }
        if !add.is_empty() {
            for d in add {
                if let Some(district) = layer.districts.get(d) {
                    if !item.districts.contains(&district.id) {
                        item.districts.push(district.id.clone());
                    }
                }
            }
            item.query.clear();
            item.query_message = None;
        }
    });
}

fn controller_ui(ui: &mut Ui, item: &mut Item, number: usize, data: &Dataset) {
    let controllers = &data.controllers.controllers;
    let selected = controllers
        .iter()
        .find(|c| c.id == item.controller)
        .map_or_else(|| item.controller.clone(), |c| c.label.clone());
    let name = format!("Controller of candidate {number}");
    egui::ComboBox::from_id_salt(("review controller", number))
        .selected_text(selected)
        .width(260.0)
        .show_ui(ui, |ui| {
            for c in controllers {
                ui.selectable_value(&mut item.controller, c.id.clone(), &c.label);
            }
        })
        .response
        .widget_info(|| WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

fn extent_ui(ui: &mut Ui, item: &mut Item, number: usize) {
    // A fraction the source gave stays with "partial".
    let partial = match item.candidate.extent {
        Extent::Partial { fraction } => Extent::Partial { fraction },
        _ => Extent::Partial { fraction: None },
    };
    let name = format!("Extent of candidate {number}");
    egui::ComboBox::from_id_salt(("review extent", number))
        .selected_text(item.extent.label())
        .width(140.0)
        .show_ui(ui, |ui| {
            for (extent, label) in [
                (Extent::Full, "full"),
                (partial, "partial"),
                (Extent::Contested, "contested"),
            ] {
                ui.selectable_value(&mut item.extent, extent, label);
            }
        })
        .response
        .widget_info(|| WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::extract::{extract, Lexicon};
    use atlas_core::job::Progress;
    use atlas_core::model::{builtin, SourceMeta};

    /// The data with `text` opened as a document from a file of its own.
    fn data_with_report(name: &str, text: &str) -> (Arc<LoadedData>, PathBuf) {
        use atlas_core::join::{DataPaths, LoadProgress};
        use atlas_core::session::{paths_with_files, LoadOutcome};
        let dir = std::env::temp_dir().join(format!("aleppo-review-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp folder");
        let report = dir.join("report.txt");
        std::fs::write(&report, text).expect("write the report");
        let paths = paths_with_files(&DataPaths::default(), std::slice::from_ref(&report))
            .expect("a document");
        let outcome = LoadedData::load(&paths, Vec::new(), &LoadProgress::default());
        let Ok(LoadOutcome::Loaded(data)) = outcome else {
            panic!("the report did not load");
        };
        (Arc::new(*data), report)
    }

    #[test]
    fn the_extract_job_finds_the_candidates_and_a_cancelled_one_finds_none() {
        let (data, report) = data_with_report(
            "job",
            "On 3 December 2016 the army captured the Karm al-Myassar district.\n",
        );
        let job = ExtractJob::start(|| {}, Arc::clone(&data), vec![report.clone()], None, None)
            .expect("starts");
        let done = job.wait().expect("extracted");
        let documents = done.documents.expect("not cancelled");
        assert_eq!(documents.len(), 1);
        assert_eq!(documents[0].path, report);
        assert_eq!(documents[0].candidates.len(), 1);
        assert_eq!(job.progress().status().0, "Finding events in report.txt");

        let cancelled = JobProgress::default();
        cancelled.cancel();
        assert!(extract_all(
            &data,
            std::slice::from_ref(&report),
            &done.lexicon,
            &cancelled
        )
        .is_none());
        // A file that is not one of the data's documents is passed over.
        let other = report.with_file_name("other.txt");
        let found = extract_all(&data, &[other], &done.lexicon, &JobProgress::default());
        assert_eq!(found.map(|d| d.len()), Some(0));
        if let Some(dir) = report.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    fn candidate() -> (Candidate, Dataset) {
        let layer = builtin::districts().expect("layer");
        let doc = SourceDocument::from_text(
            SourceMeta {
                id: "report".into(),
                ..SourceMeta::default()
            },
            "On 3 December 2016 the army captured the Karm al-Myassar district.",
        );
        let found = extract(&doc, &layer, &Lexicon::builtin().expect("lexicon"));
        let (data, _) = Dataset::assemble(
            layer,
            builtin::events().expect("events"),
            atlas_core::model::Corpus {
                documents: vec![doc],
            },
            None,
        );
        (found.into_iter().next().expect("one candidate"), data)
    }

    #[test]
    fn an_edited_candidate_becomes_an_event_that_says_so() {
        let (c, data) = candidate();
        let mut item = Item::new(c);
        assert_eq!(item.edits(), Vec::<&str>::new());
        item.controller = "kurdish".into();
        item.date_text = "2016-12-02".into();
        let e = item.event(&data).expect("valid");
        assert_eq!(e.controller, "kurdish");
        assert_eq!(
            e.date.day,
            NaiveDate::from_ymd_opt(2016, 12, 2).expect("day")
        );
        assert_eq!(e.districts.as_slice(), ["karm-al-myassar"]);
        assert!(
            e.note
                .as_deref()
                .is_some_and(|n| n.contains("edited: date, controller")),
            "{:?}",
            e.note
        );
        item.districts.clear();
        assert_eq!(item.event(&data).err(), Some(DraftError::NoDistrict));
        item.districts.push("hanano".into());
        item.date_text = "3 Dec".into();
        assert!(matches!(item.event(&data), Err(DraftError::Date(_))));
    }
}
