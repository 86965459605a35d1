//! The desktop app (eframe/egui). It only draws what the layers below compute: data comes in through
//! [`loaded_data`] (the model's loaders and the join), the state of every district at the current day
//! comes from the timeline's [`ControlIndex`](atlas_core::timeline::ControlIndex), and each panel is a small
//! module that reads it and returns what the user asked for.
//!
//! - [`map_view`]: the map ([`map_shapes`] triangulated once per load, [`projector`], [`labels`],
//!   [`hatching`]), with the [`legend`] over it;
//! - [`state`]: the time shown ([`state::time_control`]) and the selection and hover shared by the
//!   panels ([`state::selection`]), apart from the widgets: panels read them and return commands;
//! - [`timeline_view`]: the slider, playback and date field; [`area_chart`] and [`history_strip`] under it;
//! - [`passage_view`]: the source passages beside the map, and the document window;
//! - [`review_view`]: the events the extractor finds in an opened document, to accept, edit or reject;
//! - [`save_events`]: the accepted events written to a new events file;
//! - [`export_view`]: the map exported as PNG or as an animation, rendered on a background thread;
//! - [`open_files`]: the file dialog, drag-and-drop; [`load_job`]: loading on a thread with a progress
//!   bar and Cancel; [`layer_properties_view`]: choosing a layer's id and name properties;
//!   [`import_report_view`]: what came in after a load;
//! - [`save_path`]: where a save goes (a path field and the save dialog); [`settings`]: what is
//!   remembered between runs.

pub mod area_chart;
pub mod export_view;
pub mod history_strip;
pub mod import_report_view;
pub mod layer_properties_view;
pub mod load_job;
pub mod open_files;
pub mod passage_view;
pub mod review_view;
pub mod save_events;
pub mod save_path;
pub mod settings;
pub mod state;
pub mod timeline_view;

use atlas_core::extract::Lexicon;
use atlas_core::join::Dataset;
use atlas_core::model::{Corpus, DistrictLayer, Event, EventsFile};
use atlas_core::session::{describe, paths_with_files, LoadOutcome, LoadedData};
use atlas_core::timeline::{areas::totals_of, DistrictState};
use atlas_draw::map_figure::FigureText;
use atlas_draw::map_shapes::MapShapes;
use atlas_draw::map_view::{MapAction, MapScene, MapView};
use atlas_draw::palette::Palette;
use chrono::NaiveDate;
use egui::{Color32, Key, Modifiers, Response, Ui, WidgetInfo};
use export_view::{ExportAnimationWindow, ExportJob, ExportPngWindow, ExportRequest};
use import_report_view::{ImportReportWindow, ReportAction};
use layer_properties_view::{LayerPropertiesWindow, PropertiesAction, PropertiesScan, ScanOutcome};
pub use load_job::HeldJob;
use load_job::{progress_line, repaint_when_done, JobOutcome, LoadJob, LoadRequest};
use open_files::{DialogKind, DialogOutcome, OpenFiles};
use passage_view::{DocumentWindow, PassageAction, PassageScene, PassageView};
use review_view::{
    ExtractDone, ExtractFailed, ExtractJob, ReviewAction, ReviewScene, ReviewWindow,
};
use save_events::SaveEventsWindow;
use settings::{RecentData, Settings, SettingsFile, SettingsSaveError, ThemeChoice};
use state::selection::{HoverReport, Selection, SelectionCommand};
use state::time_control::{EventDay, KeptTime, TimeCommand, TimeControl};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;
use timeline_view::{DayRange, Tick, TimelineView};

/// The id the window and its settings folder go by (matches the `.desktop` file's name).
pub const APP_ID: &str = "aleppo-atlas";

/// Width of the label column left of the timeline, the chart and the history strip.
const LABEL_WIDTH: f32 = 96.0;

/// How the app starts.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// Data files to open instead of the built-in parts.
    pub files: Vec<PathBuf>,
    /// The day to show first.
    pub date: Option<NaiveDate>,
    /// The settings file to read at the start and write as the app runs (None: nothing is remembered,
    /// as in tests).
    pub settings_file: Option<PathBuf>,
    /// Messages to show from the start (a damaged window-state file set aside, say).
    pub notices: Vec<String>,
}

/// Starts the desktop app on the built-in data or on the given files. `started` is when the process
/// started; with `report_timing`, the time to the first frame is printed and the window closes.
pub fn run(
    files: Vec<PathBuf>,
    date: Option<NaiveDate>,
    started: Instant,
    report_timing: bool,
) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Aleppo Atlas")
        .with_app_id(APP_ID)
        .with_inner_size([1500.0, 940.0])
        .with_min_inner_size([900.0, 600.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(APP_ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => eprintln!("warning: the window icon could not be read: {e}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        // Window size and position are remembered between runs (eframe's persistence).
        persist_window: true,
        ..Default::default()
    };
    // eframe drops a window-state file it cannot read without a word; it is set aside first.
    let settings_file = SettingsFile::default_location();
    let notices = settings_file
        .as_deref()
        .and_then(std::path::Path::parent)
        .and_then(settings::set_aside_if_corrupt_window_state)
        .into_iter()
        .collect();
    let start = StartOptions {
        files,
        date,
        settings_file,
        notices,
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            Ok(Box::new(FirstFrameTimer {
                app: AtlasApp::new(cc, start),
                started,
                frames: 0,
                report: report_timing,
            }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the app's window: {e}"))
}

/// The icon of the window (the same as the launcher's).
const APP_ICON_PNG: &[u8] = include_bytes!("../../assets/icons/aleppo-atlas-256.png");

/// Wraps the app to measure the time from process start to the first frame on screen.
struct FirstFrameTimer {
    app: AtlasApp,
    started: Instant,
    frames: u32,
    report: bool,
}

impl eframe::App for FirstFrameTimer {
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        // When the second frame starts, the first one has been painted.
        if self.frames == 1 && self.report {
            eprintln!(
                "first frame on screen {:.0} ms after the process started",
                self.started.elapsed().as_secs_f64() * 1000.0
            );
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.app.ui(ui, frame);
        if self.frames == 0 && self.report {
            ui.ctx().request_repaint();
        }
        self.frames = self.frames.saturating_add(1);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.app.save(storage);
    }
}

/// A button whose accessible name differs from its (shorter, symbolic) text.
pub(crate) fn named_button(ui: &mut Ui, text: &str, name: &str) -> Response {
    let response = ui.button(text);
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, enabled, name));
    response
}

/// A message at the top of the window until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// The app: the loaded data, the current day and selection, and the panels.
pub struct AtlasApp {
    /// The window's context, for work started outside a frame (opening files from a test or script).
    ctx: egui::Context,
    /// Shared with a background export while one runs.
    data: Arc<LoadedData>,
    map: MapView,
    /// The day, the visible range and playback.
    time: TimeControl,
    timeline: TimelineView,
    passages: PassageView,
    document: Option<DocumentWindow>,
    /// The selected and hovered districts and events, shared by the panels.
    selection: Selection,
    /// What the panels saw under the pointer this frame (applied to `selection` at the end of it).
    hover: HoverReport,
    /// The state of every district at `states_day`.
    states: Vec<DistrictState>,
    states_day: Option<NaiveDate>,
    open_files: OpenFiles,
    notices: Vec<Notice>,
    settings: Settings,
    /// Where the settings are written (None: not remembered).
    settings_file: Option<PathBuf>,
    palette: Palette,
    show_keys: bool,
    /// A load running on its thread.
    load_job: Option<LoadJob>,
    /// The next job of this kind waits for this to send or close (tests that need it still running).
    hold: Option<(HeldJob, std::sync::mpsc::Receiver<()>)>,
    /// A load waiting for the user to choose the layer's id and name properties.
    waiting_for_names: Option<LoadRequest>,
    /// The layer's properties being read for that dialog.
    properties_scan: Option<PropertiesScan>,
    layer_properties: LayerPropertiesWindow,
    import_report: ImportReportWindow,
    review: ReviewWindow,
    /// The extractor running over opened documents.
    extract_job: Option<ExtractJob>,
    /// The extractor's words, read once when the first document is reviewed.
    lexicon: Option<Lexicon>,
    save_events: SaveEventsWindow,
    /// Whether the accepted events as they are now have been written to a file.
    accepted_saved: bool,
    /// "Back to the built-in data" waiting for the user to discard unsaved accepted events.
    confirm_discard: bool,
    export_png: ExportPngWindow,
    export_animation: ExportAnimationWindow,
    export_job: Option<ExportJob>,
    /// The map panel's size in points, offered as the PNG export's size.
    map_size: (u32, u32),
}

impl AtlasApp {
    /// Loads the data (the files given, else the built-in data) and restores the remembered settings.
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions) -> Self {
        let mut notices: Vec<Notice> = start.notices.iter().map(|n| error_notice(n)).collect();
        let settings = match &start.settings_file {
            Some(path) => {
                let (settings, problem) = SettingsFile::load(path);
                notices.extend(problem.as_deref().map(error_notice));
                settings
            }
            None => Settings::default(),
        };
        cc.egui_ctx.set_theme(settings.theme.preference());
        // The built-in data is on screen at once; files given are loaded on a thread over it.
        let data = builtin_or_empty(&mut notices);
        let (time, timeline) = timeline_for(&data);
        let mut app = Self {
            ctx: cc.egui_ctx.clone(),
            map: MapView::new(MapShapes::build(&data.dataset.layer, &data.landmarks)),
            time,
            timeline,
            passages: PassageView::default(),
            document: None,
            selection: Selection::default(),
            hover: HoverReport::default(),
            states: Vec::new(),
            states_day: None,
            open_files: OpenFiles::default(),
            notices,
            settings,
            settings_file: start.settings_file.clone(),
            palette: Palette::for_visuals(&cc.egui_ctx.global_style().visuals),
            show_keys: false,
            load_job: None,
            hold: None,
            waiting_for_names: None,
            properties_scan: None,
            layer_properties: LayerPropertiesWindow::default(),
            import_report: ImportReportWindow::default(),
            review: ReviewWindow::default(),
            extract_job: None,
            lexicon: None,
            save_events: SaveEventsWindow::default(),
            accepted_saved: true,
            confirm_discard: false,
            export_png: ExportPngWindow::default(),
            export_animation: ExportAnimationWindow::default(),
            export_job: None,
            map_size: (1600, 1000),
            data: Arc::new(data),
        };
        app.report_join_problems();
        app.restore_timeline(start.date);
        app.restore_selection();
        app.open_paths_on(&cc.egui_ctx, &start.files);
        app
    }

    /// Selects the districts selected when the app was last closed (those the layer has).
    fn restore_selection(&mut self) {
        let layer = &self.data.dataset.layer;
        let districts = self
            .settings
            .selection
            .iter()
            .filter_map(|id| layer.index_of(id))
            .collect();
        self.selection
            .apply(SelectionCommand::SelectDistricts(districts));
    }

    /// The day (given, else remembered), range and speed of the last run, where the record has them.
    fn restore_timeline(&mut self, date: Option<NaiveDate>) {
        self.time.keep(KeptTime {
            day: self.settings.last_date.filter(|_| date.is_none()),
            range: self
                .settings
                .range
                .map(|(a, b)| DayRange { start: a, end: b }),
            speed: self.settings.speed,
        });
        // A day asked for goes to the nearest day of the record.
        if let Some(day) = date {
            self.time.apply(TimeCommand::SetDay(day));
        }
    }

    // ----- Read-only views, for tests and for the panels. -----

    pub fn day(&self) -> NaiveDate {
        self.time.day()
    }

    pub fn dataset(&self) -> &Dataset {
        &self.data.dataset
    }

    pub fn is_playing(&self) -> bool {
        self.time.is_playing()
    }

    /// Ids of the districts lit up as hovered: the one the pointer is on in whichever panel, or those
    /// of the event whose card or mark it is on.
    pub fn hovered_district_ids(&self) -> Vec<String> {
        self.hovered_districts()
            .into_iter()
            .filter_map(|d| self.district_id(d))
            .collect()
    }

    /// Whether the history strip (shown while one district is selected) is lit: its district is
    /// hovered in some panel.
    pub fn history_strip_is_lit(&self) -> bool {
        matches!(self.selection.districts(), [one] if self.hovered_districts().contains(one))
    }

    /// The districts lit up as hovered: the one the pointer is on, or those of the event it is on.
    fn hovered_districts(&self) -> Vec<usize> {
        match (
            self.selection.hovered_district(),
            self.selection.hovered_event(),
        ) {
            (Some(d), _) => vec![d],
            (None, Some(e)) => self
                .data
                .dataset
                .events
                .get(e)
                .map_or_else(Vec::new, |event| event.districts.to_vec()),
            (None, None) => Vec::new(),
        }
    }

    fn district_id(&self, district: usize) -> Option<String> {
        let d = self.data.dataset.layer.districts.get(district)?;
        Some(d.id.clone())
    }

    /// The colour the map fills a district with at the current day (before stripes and outlines).
    pub fn fill_colour_of(&self, district_id: &str) -> Option<Color32> {
        let data = &self.data.dataset;
        let d = data.layer.index_of(district_id)?;
        let state = self.data.index.control_at(d, self.day());
        Some(self.palette.fill(data, &state, self.day()))
    }

    /// Ids of the selected districts.
    pub fn selected_district_ids(&self) -> Vec<String> {
        self.selection
            .districts()
            .iter()
            .filter_map(|&d| self.district_id(d))
            .collect()
    }

    /// The messages shown at the top of the window.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// What the data was loaded from ("built-in data" or file names).
    pub fn data_description(&self) -> String {
        describe(&self.data.paths)
    }

    /// Whether a load is running.
    pub fn is_loading(&self) -> bool {
        self.load_job.is_some()
    }

    /// Whether the dialog to choose a layer's id and name properties is open.
    pub fn is_asking_for_layer_properties(&self) -> bool {
        self.layer_properties.is_open()
    }

    /// Whether the import report window is open.
    pub fn is_showing_import_report(&self) -> bool {
        self.import_report.is_open()
    }

    /// What the last load brought in, and what did not join.
    pub fn join_report(&self) -> &atlas_core::join::JoinReport {
        &self.data.report
    }

    /// Waits for the background work running (a load and the extraction or property scan it
    /// starts, an export) and takes each outcome as a frame would, until none is left. For tests, and
    /// for scripts that must have the data before going on: it waits on the jobs, never on a clock.
    pub fn finish_jobs(&mut self) {
        loop {
            if let Some(job) = &self.load_job {
                let outcome = job.wait();
                self.take_load_outcome(outcome);
            } else if let Some(job) = &self.extract_job {
                let outcome = job.wait();
                self.take_extraction(outcome);
            } else if let Some(scan) = &self.properties_scan {
                let outcome = scan.wait();
                self.take_properties_scan(outcome);
            } else if let Some(job) = &self.export_job {
                let outcome = job.wait();
                self.take_export(outcome);
            } else {
                break;
            }
        }
    }

    /// Makes the next job of `kind` wait, once started, until the returned sender sends or is
    /// dropped: for tests of what the window shows while it runs.
    pub fn hold_next(&mut self, kind: HeldJob) -> std::sync::mpsc::Sender<()> {
        let (release, hold) = std::sync::mpsc::channel();
        self.hold = Some((kind, hold));
        release
    }

    /// The hold on the next job of `kind`, if a test asked for one.
    fn take_hold(&mut self, kind: HeldJob) -> Option<std::sync::mpsc::Receiver<()>> {
        match self.hold.take() {
            Some((held, hold)) if held == kind => Some(hold),
            other => {
                self.hold = other;
                None
            }
        }
    }

    /// Waits for the running load only (not the work it starts) and takes its outcome as a frame
    /// would; for tests of what follows a load.
    pub fn finish_loading(&mut self) {
        if let Some(job) = &self.load_job {
            let outcome = job.wait();
            self.take_load_outcome(outcome);
        }
    }

    /// Whether the extractor is looking for events in opened documents.
    pub fn is_extracting(&self) -> bool {
        self.extract_job.is_some()
    }

    /// Who holds a district at the current day, in words ("Syrian government and allies — partial; the
    /// rest: …"), as the passages panel says it.
    pub fn state_of(&self, district_id: &str) -> Option<String> {
        let data = &self.data.dataset;
        let d = data.layer.index_of(district_id)?;
        let state = self.data.index.control_at(d, self.day());
        Some(atlas_draw::map_view::describe_state(data, &state))
    }

    /// The events accepted in the review, joined to the data.
    pub fn accepted_events(&self) -> &[Event] {
        self.data.accepted()
    }

    pub fn is_reviewing(&self) -> bool {
        self.review.is_open()
    }

    pub fn is_exporting(&self) -> bool {
        self.export_job.is_some()
    }

    /// The settings as they would be written now: theme, day, range, speed, selection, recent data.
    pub fn settings(&self) -> Settings {
        let range = self.time.range();
        let mut settings = self.settings.clone();
        settings.last_date = Some(self.day());
        settings.range = Some((range.start, range.end));
        settings.speed = Some(self.time.speed());
        settings.selection = self.selected_district_ids();
        settings
    }

    /// Writes the settings file (eframe calls this every 30 s and on exit); nothing when the app
    /// was started without one.
    pub fn save_settings(&mut self) -> Result<(), SettingsSaveError> {
        let Some(path) = &self.settings_file else {
            return Ok(());
        };
        self.settings = self.settings();
        SettingsFile::save(path, &self.settings)
    }

    // ----- Changes. -----

    pub fn set_day(&mut self, day: NaiveDate) {
        self.time.apply(TimeCommand::SetDay(day));
    }

    /// Opens files (replacing the parts of the data they are, judged by content), loading them on a
    /// thread; on failure the current data stays and a message names the file, the place and the
    /// problem.
    pub fn open_paths(&mut self, paths: &[PathBuf]) {
        let ctx = self.ctx.clone();
        self.open_paths_on(&ctx, paths);
    }

    fn open_paths_on(&mut self, ctx: &egui::Context, files: &[PathBuf]) {
        if files.is_empty() {
            return;
        }
        let paths = match paths_with_files(&self.data.paths, files) {
            Ok(p) => p,
            Err(e) => {
                self.notices.push(error_notice(&format!(
                    "Could not open the files; what was on screen stays.\n{e}"
                )));
                return;
            }
        };
        self.start_load(
            ctx,
            LoadRequest {
                paths,
                accepted: self.data.accepted().to_vec(),
                opened: files.to_vec(),
            },
        );
    }

    /// Starts loading on a thread, replacing (cancelling) a load already running.
    fn start_load(&mut self, ctx: &egui::Context, request: LoadRequest) {
        if let Some(job) = self.load_job.take() {
            job.cancel();
        }
        let hold = self.take_hold(HeldJob::Load);
        match LoadJob::start(repaint_when_done(ctx), request, hold) {
            Ok(job) => self.load_job = Some(job),
            Err(e) => self.notices.push(error_notice(&format!(
                "Could not start loading the data: {e}"
            ))),
        }
    }

    /// Takes the running load's outcome, if it has one.
    fn receive_load(&mut self) {
        if let Some(outcome) = self.load_job.as_ref().and_then(LoadJob::poll) {
            self.take_load_outcome(outcome);
        }
    }

    fn take_load_outcome(&mut self, outcome: JobOutcome) {
        let Some(job) = self.load_job.take() else {
            return;
        };
        match outcome {
            Ok(LoadOutcome::Loaded(mut data)) => {
                // Events accepted or withdrawn in the review while the load ran count, not the list
                // the load started with.
                let accepted = self.data.accepted();
                if accepted != job.request.accepted.as_slice() {
                    match data.with_accepted(accepted.to_vec()) {
                        Ok(joined) => *data = joined,
                        Err(e) => self.notices.push(error_notice(&format!(
                            "The events accepted while the data loaded could not be joined to it: {e}"
                        ))),
                    }
                }
                // Documents alone go to the review; anything else opens the import report.
                let only_documents = job
                    .request
                    .opened
                    .iter()
                    .all(|p| data.paths.documents.contains(p));
                self.show_loaded(*data, !only_documents);
                self.review_documents(&job.request.opened);
                // The replaced data and the parser's buffers are free now.
                crate::frame_memory::give_back_freed();
            }
            Ok(LoadOutcome::Cancelled) => {}
            Ok(LoadOutcome::NeedsPropertyNames(properties)) => {
                self.layer_properties.open(properties);
                self.waiting_for_names = Some(job.request);
            }
            Err(e) => self.notices.push(error_notice(&format!(
                "Could not open the data; what was on screen stays.\n{e}"
            ))),
        }
    }

    /// Stops the running load; the data on screen stays.
    fn cancel_load(&mut self) {
        if let Some(job) = self.load_job.take() {
            job.cancel();
            self.notices.push(Notice {
                text: format!(
                    "Opening {} was cancelled; the data on screen stays.",
                    describe(&job.request.paths)
                ),
                is_error: false,
            });
        }
    }

    /// Puts newly loaded data on screen (keeping the day when the new record has it) and says what
    /// came in.
    fn show_loaded(&mut self, data: LoadedData, open_report: bool) {
        let kept = KeptTime {
            day: Some(self.day()),
            ..KeptTime::default()
        };
        self.map
            .set_shapes(MapShapes::build(&data.dataset.layer, &data.landmarks));
        (self.time, self.timeline) = timeline_for(&data);
        self.time.keep(kept);
        if !data.paths.is_builtin() {
            self.settings.remember(RecentData::from(&data.paths));
        }
        self.data = Arc::new(data);
        self.import_report.data_changed();
        self.selection.reset();
        self.document = None;
        self.passages = PassageView::default();
        self.states_day = None;
        self.notices.retain(|n| !n.is_error);
        self.notices.push(Notice {
            text: format!(
                "Opened {}: {}.",
                describe(&self.data.paths),
                import_report_view::summary(&self.data.report)
            ),
            is_error: false,
        });
        if open_report && !self.data.paths.is_builtin() {
            self.import_report.open();
        }
    }

    /// The user chose (or declined to choose) the layer's id and name properties.
    fn layer_properties_action(&mut self, ctx: &egui::Context, action: PropertiesAction) {
        let Some(mut request) = self.waiting_for_names.take() else {
            return;
        };
        match action {
            PropertiesAction::Use(names) => {
                request.paths.property_names = Some(names);
                self.start_load(ctx, request);
            }
            PropertiesAction::Cancel => self.notices.push(Notice {
                text: format!(
                    "{} was not opened; the data on screen stays.",
                    describe(&request.paths)
                ),
                is_error: false,
            }),
        }
    }

    /// Reads the current layer's properties off the UI thread; the dialog to choose its id and name
    /// properties (loaded again with them) opens when they are in.
    fn choose_layer_properties(&mut self, ctx: &egui::Context) {
        let request = LoadRequest {
            paths: self.data.paths.clone(),
            accepted: self.data.accepted().to_vec(),
            opened: Vec::new(),
        };
        if let Some(scan) = self.properties_scan.take() {
            scan.cancel();
        }
        match PropertiesScan::start(repaint_when_done(ctx), request) {
            Ok(scan) => self.properties_scan = Some(scan),
            Err(e) => self.notices.push(error_notice(&e.to_string())),
        }
    }

    /// Takes the property scan's outcome, if it has one.
    fn receive_properties_scan(&mut self) {
        if let Some(outcome) = self.properties_scan.as_ref().and_then(PropertiesScan::poll) {
            self.take_properties_scan(outcome);
        }
    }

    fn take_properties_scan(&mut self, outcome: ScanOutcome) {
        let Some(scan) = self.properties_scan.take() else {
            return;
        };
        match outcome {
            Ok(Some(properties)) => {
                self.layer_properties.open(properties);
                self.waiting_for_names = Some(scan.request);
            }
            Ok(None) => {}
            Err(e) => self.notices.push(error_notice(&e.to_string())),
        }
    }

    /// Back to the built-in data, dropping the opened documents, the review and the accepted events.
    fn back_to_builtin(&mut self) {
        if let Some(job) = self.load_job.take() {
            job.cancel();
        }
        if let Some(job) = self.extract_job.take() {
            job.cancel();
        }
        match LoadedData::builtin() {
            Ok(data) => {
                self.show_loaded(data, false);
                self.review.clear();
                self.accepted_saved = true;
            }
            Err(e) => self.notices.push(error_notice(&format!(
                "The built-in data did not load: {e}"
            ))),
        }
    }

    /// Starts the extractor on the documents among `paths` (now in the data) off the UI thread; their
    /// candidates go to the review when it ends. Documents already in the review just open it.
    fn review_documents(&mut self, paths: &[PathBuf]) {
        let mut documents: Vec<PathBuf> = Vec::new();
        for path in paths
            .iter()
            .filter(|p| self.data.paths.documents.contains(p))
        {
            match self.data.document_from(path) {
                Some(doc) if self.review.has_document(&doc.meta.id) => self.review.open(),
                Some(_) => documents.push(path.clone()),
                None => {}
            }
        }
        if documents.is_empty() {
            return;
        }
        // A run still going starts again with its documents and these, over the data now on screen.
        if let Some(job) = self.extract_job.take() {
            job.cancel();
            let mut all = job.paths;
            for path in documents {
                if !all.contains(&path) {
                    all.push(path);
                }
            }
            documents = all;
        }
        let data = Arc::clone(&self.data);
        let hold = self.take_hold(HeldJob::Extraction);
        match ExtractJob::start(
            repaint_when_done(&self.ctx),
            data,
            documents,
            self.lexicon.take(),
            hold,
        ) {
            Ok(job) => self.extract_job = Some(job),
            Err(e) => self.notices.push(error_notice(&e.to_string())),
        }
    }

    /// Takes the extractor's outcome, if it has one.
    fn receive_extraction(&mut self) {
        if let Some(outcome) = self.extract_job.as_ref().and_then(ExtractJob::poll) {
            self.take_extraction(outcome);
        }
    }

    /// Puts the candidates the extractor found into the review, with a notice for each document.
    fn take_extraction(&mut self, outcome: Result<ExtractDone, ExtractFailed>) {
        if self.extract_job.take().is_none() {
            return;
        }
        let done = match outcome {
            Ok(done) => done,
            Err(e) => {
                self.notices.push(error_notice(&e.to_string()));
                return;
            }
        };
        self.lexicon = Some(done.lexicon);
        let data = Arc::clone(&self.data);
        for found in done.documents.into_iter().flatten() {
            // The data on screen may have changed meanwhile: only its documents are reviewed.
            let Some(doc) = data.document_from(&found.path) else {
                continue;
            };
            let name = review_view::file_name(&found.path);
            self.notices.push(Notice {
                text: match found.candidates.len() {
                    0 => format!("No change of control found in {name}."),
                    n => format!(
                        "{n} candidate event(s) found in {name}: accept, edit or reject them in the \
                         review window."
                    ),
                },
                is_error: false,
            });
            self.review.add(doc, found.candidates);
        }
    }

    /// Stops the extractor; nothing goes to the review.
    fn cancel_extraction(&mut self) {
        if let Some(job) = self.extract_job.take() {
            job.cancel();
            let names: Vec<String> = job
                .paths
                .iter()
                .map(|p| review_view::file_name(p))
                .collect();
            self.notices.push(Notice {
                text: format!(
                    "Finding events in {} was cancelled; open the document again to review it.",
                    names.join(", ")
                ),
                is_error: false,
            });
        }
    }

    /// The progress lines of the load, the extractor and the property scan, each with Cancel.
    fn jobs_ui(&mut self, ui: &mut Ui) {
        if let Some(job) = &self.load_job {
            let mut cancel = false;
            egui::Panel::top("loading").show(ui, |ui| cancel = job.progress_ui(ui));
            if cancel {
                self.cancel_load();
            }
        }
        if let Some(job) = &self.extract_job {
            let mut cancel = false;
            egui::Panel::top("extracting").show(ui, |ui| {
                cancel = progress_line(
                    ui,
                    "Finding events for the review",
                    job.progress(),
                    "Cancel finding events",
                );
            });
            if cancel {
                self.cancel_extraction();
            }
        }
        if let Some(scan) = &self.properties_scan {
            let mut cancel = false;
            egui::Panel::top("layer properties").show(ui, |ui| {
                let what = format!(
                    "Reading the properties of {}",
                    describe(&scan.request.paths)
                );
                cancel = progress_line(
                    ui,
                    &what,
                    scan.progress(),
                    "Cancel reading the layer's properties",
                );
            });
            if cancel {
                if let Some(scan) = self.properties_scan.take() {
                    scan.cancel();
                }
            }
        }
    }

    /// Joins `accepted` (all the accepted events) to the data: the map, timeline and chart follow at
    /// once. Returns false (and says why) when the data could not be assembled again.
    fn set_accepted(&mut self, accepted: Vec<Event>) -> bool {
        let before = self.data.report.problems.len();
        let data = match self.data.with_accepted(accepted) {
            Ok(d) => d,
            Err(e) => {
                self.notices.push(error_notice(&format!(
                    "The accepted events could not be joined to the data: {e}"
                )));
                return false;
            }
        };
        let new_problems: Vec<String> = data
            .report
            .problems
            .iter()
            .skip(before)
            .map(|p| p.to_string())
            .collect();
        if !new_problems.is_empty() {
            self.notices.push(Notice {
                text: format!(
                    "The accepted event does not join cleanly; what joined is shown.\n{}",
                    new_problems.join("\n")
                ),
                is_error: false,
            });
        }
        let kept = self.time.kept();
        (self.time, self.timeline) = timeline_for(&data);
        self.time.keep(kept);
        self.data = Arc::new(data);
        self.import_report.data_changed();
        self.passages = PassageView::default();
        self.states_day = None;
        self.accepted_saved = false;
        true
    }

    fn review_action(&mut self, action: ReviewAction) {
        match action {
            ReviewAction::Accept(event) => {
                let id = event.id.clone();
                let mut accepted = self.data.accepted().to_vec();
                accepted.push(*event);
                if !self.set_accepted(accepted) {
                    self.review.revert(&id);
                }
            }
            ReviewAction::Withdraw(id) => {
                let accepted = self
                    .data
                    .accepted()
                    .iter()
                    .filter(|e| e.id != id)
                    .cloned()
                    .collect();
                self.set_accepted(accepted);
            }
            ReviewAction::ShowOnMap { day, districts } => {
                let layer = &self.data.dataset.layer;
                let districts = districts.iter().filter_map(|d| layer.index_of(d)).collect();
                self.selection
                    .apply(SelectionCommand::SelectDistricts(districts));
                self.time.apply(TimeCommand::SetDay(day));
            }
            ReviewAction::OpenDocument { document, range } => {
                self.document = Some(DocumentWindow::new(document, range));
            }
        }
    }

    fn start_export(&mut self, ctx: &egui::Context, request: ExportRequest) {
        match ExportJob::start(repaint_when_done(ctx), Arc::clone(&self.data), request) {
            Ok(job) => self.export_job = Some(job),
            Err(e) => self.notices.push(error_notice(&e.to_string())),
        }
    }

    fn receive_export(&mut self) {
        if let Some(outcome) = self.export_job.as_ref().and_then(ExportJob::poll) {
            self.take_export(outcome);
        }
    }

    fn take_export(&mut self, outcome: Result<String, export_view::ExportFailed>) {
        self.export_job = None;
        self.notices.push(match outcome {
            Ok(text) => Notice {
                text,
                is_error: false,
            },
            Err(e) => error_notice(&e.to_string()),
        });
    }

    fn report_join_problems(&mut self) {
        let n = self.data.report.problems.len();
        if n > 0 {
            self.notices.push(Notice {
                text: format!(
                    "{n} problem(s) joining the data: what joined is shown. See Data > Import report."
                ),
                is_error: false,
            });
        }
    }

    fn select_event(&mut self, e: usize) {
        if let Some(event) = self.data.dataset.events.get(e) {
            self.selection.apply(SelectionCommand::SelectEvent {
                event: e,
                districts: event.districts.to_vec(),
            });
            self.time.apply(TimeCommand::SetDay(event.event.date.day));
        }
    }

    fn refresh_states(&mut self) {
        let day = self.day();
        if self.states_day != Some(day) {
            self.data.index.state_into(day, &mut self.states);
            self.states_day = Some(day);
        }
    }

    fn receive_files(&mut self, ctx: &egui::Context) {
        match self.open_files.poll() {
            Some(DialogOutcome::Picked(files)) => self.open_paths(&files),
            Some(DialogOutcome::NoDialog) => self
                .notices
                .push(error_notice(open_files::NO_DIALOG_MESSAGE)),
            Some(DialogOutcome::Cancelled) | None => {}
        }
        let dropped = open_files::dropped_paths(ctx);
        if !dropped.is_empty() {
            self.open_paths(&dropped);
        }
    }

    /// Space, ←/→, Shift+←/→, Home/End, Esc, Ctrl+O (not while typing, and arrows not while the map
    /// has the keyboard: there they pan).
    fn handle_keys(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::O)) {
            self.open_files.start(&ctx, DialogKind::Files);
        }
        if ctx.text_edit_focused() {
            return;
        }
        let map_has_keys = self.map.has_focus(&ctx);
        let mut keys = vec![
            (Modifiers::NONE, Key::Space, TimeCommand::TogglePlay),
            (Modifiers::NONE, Key::Home, TimeCommand::Start),
            (Modifiers::NONE, Key::End, TimeCommand::End),
        ];
        // With the map focused, the arrows pan it.
        if !map_has_keys {
            keys.extend([
                (Modifiers::SHIFT, Key::ArrowLeft, TimeCommand::StepDays(-1)),
                (Modifiers::SHIFT, Key::ArrowRight, TimeCommand::StepDays(1)),
                (Modifiers::NONE, Key::ArrowLeft, TimeCommand::PreviousEvent),
                (Modifiers::NONE, Key::ArrowRight, TimeCommand::NextEvent),
            ]);
        }
        let (commands, escape): (Vec<TimeCommand>, bool) = ui.input_mut(|i| {
            let escape = i.consume_key(Modifiers::NONE, Key::Escape);
            let commands = keys
                .into_iter()
                .filter(|(modifiers, key, _)| i.consume_key(*modifiers, *key))
                .map(|(_, _, command)| command)
                .collect();
            (commands, escape)
        });
        for command in commands {
            self.time.apply(command);
        }
        if escape {
            self.selection.apply(SelectionCommand::Clear);
        }
    }

    fn menu_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                let open = ui.add(egui::Button::new("Open files…").shortcut_text("Ctrl+O"));
                if open.clicked() {
                    self.open_files.start(ui.ctx(), DialogKind::Files);
                }
                if ui.button("Open a sources folder…").clicked() {
                    self.open_files.start(ui.ctx(), DialogKind::SourcesFolder);
                }
                self.recent_menu_ui(ui);
                let builtin = ui.add_enabled(
                    !self.data.paths.is_builtin() || !self.data.accepted().is_empty(),
                    egui::Button::new("Back to the built-in data"),
                );
                if builtin.clicked() {
                    if self.data.accepted().is_empty() || self.accepted_saved {
                        self.back_to_builtin();
                    } else {
                        self.confirm_discard = true;
                    }
                }
                ui.separator();
                let n = self.data.accepted().len();
                let save = ui.add_enabled(
                    n > 0,
                    egui::Button::new(format!("Save accepted events ({n})…")),
                );
                save.widget_info(|| {
                    WidgetInfo::labeled(egui::Role::Button, n > 0, "Save accepted events…")
                });
                if save.clicked() {
                    self.save_events.open();
                }
                let review = ui.add_enabled(
                    !self.review.is_empty(),
                    egui::Button::new("Review extracted events"),
                );
                if review.clicked() {
                    self.review.open();
                }
                ui.separator();
                let idle = self.export_job.is_none();
                if ui
                    .add_enabled(idle, egui::Button::new("Export view as PNG…"))
                    .clicked()
                {
                    self.export_png.open();
                }
                if ui
                    .add_enabled(idle, egui::Button::new("Export animation…"))
                    .clicked()
                {
                    let range = self.time.range();
                    self.export_animation.open(range.start, range.end);
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                if ui.button("Fit the map").clicked() {
                    self.map.request_fit();
                }
                ui.separator();
                for choice in ThemeChoice::ALL {
                    if ui
                        .radio(self.settings.theme == choice, choice.label())
                        .clicked()
                    {
                        self.settings.theme = choice;
                        ui.ctx().set_theme(choice.preference());
                    }
                }
                ui.separator();
                if ui.button("Keyboard and mouse").clicked() {
                    self.show_keys = true;
                }
            });
            ui.menu_button("Data", |ui| {
                let n = self.data.report.problems.len();
                let label = match n {
                    0 => "Import report".to_string(),
                    n => format!("Import report ({n} problems)"),
                };
                if ui.button(label).clicked() {
                    self.import_report.open();
                }
                let from_file =
                    self.data.paths.districts.is_some() || self.data.paths.bundle.is_some();
                if ui
                    .add_enabled(
                        from_file && self.load_job.is_none() && self.properties_scan.is_none(),
                        egui::Button::new("Layer id and name properties…"),
                    )
                    .on_disabled_hover_text("The built-in layer's properties are fixed.")
                    .clicked()
                {
                    self.choose_layer_properties(&ui.ctx().clone());
                }
                ui.label(format!(
                    "{} districts, {} events, {} documents",
                    self.data.dataset.layer.len(),
                    self.data.dataset.events.len(),
                    self.data.dataset.corpus.documents.len()
                ));
            });
            if self.open_files.is_open() {
                ui.spinner();
                ui.label("A file dialog is open…");
            }
            if let Some(job) = &self.export_job {
                ui.separator();
                job.progress_ui(ui);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.weak(format!("Data: {}", describe(&self.data.paths)));
            });
        });
    }

    /// File ▸ Open recent: the data sets opened before, most recent first.
    fn recent_menu_ui(&mut self, ui: &mut Ui) {
        let recent = self.settings.recent.clone();
        ui.add_enabled_ui(!recent.is_empty(), |ui| {
            ui.menu_button("Open recent", |ui| {
                for (i, entry) in recent.iter().enumerate() {
                    let label = entry.describe();
                    let button = named_button(ui, &label, &format!("Recent {}: {label}", i + 1));
                    if button
                        .on_hover_text(
                            entry
                                .paths()
                                .map(|p| p.display().to_string())
                                .collect::<Vec<_>>()
                                .join("\n"),
                        )
                        .clicked()
                    {
                        self.open_recent(ui.ctx(), entry);
                    }
                }
                ui.separator();
                if ui.button("Clear the list").clicked() {
                    self.settings.recent.clear();
                }
            });
        });
    }

    /// Opens a recent data set again; one whose files are gone is dropped from the list, with a message.
    fn open_recent(&mut self, ctx: &egui::Context, entry: &RecentData) {
        let missing = entry.missing_files();
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(|p| p.display().to_string()).collect();
            self.notices.push(error_notice(&format!(
                "{} cannot be opened again: {} no longer there. It was taken off the recent list.",
                entry.describe(),
                list.join(", ") + if list.len() == 1 { " is" } else { " are" }
            )));
            self.settings.recent.retain(|r| r != entry);
            return;
        }
        self.start_load(
            ctx,
            LoadRequest {
                paths: entry.to_paths(),
                accepted: self.data.accepted().to_vec(),
                opened: entry.documents.clone(),
            },
        );
    }

    fn notices_ui(&mut self, ui: &mut Ui) {
        let mut dismissed = None;
        for (i, notice) in self.notices.iter().enumerate() {
            let colour = if notice.is_error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().warn_fg_color
            };
            egui::Frame::new()
                .stroke(egui::Stroke::new(1.0, colour))
                .inner_margin(6.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        if named_button(ui, "Dismiss", &format!("Dismiss message {}", i + 1))
                            .on_hover_text("Dismiss")
                            .clicked()
                        {
                            dismissed = Some(i);
                        }
                        ui.add(
                            egui::Label::new(egui::RichText::new(&notice.text).color(colour))
                                .wrap(),
                        );
                    });
                });
        }
        if let Some(i) = dismissed {
            self.notices.remove(i);
        }
    }

    fn bottom_ui(&mut self, ui: &mut Ui) {
        ui.add_space(4.0);
        for command in self.timeline.ui(ui, &self.time) {
            self.time.apply(command);
        }
        let range = self.time.range();
        let day = self.day();
        ui.horizontal(|ui| {
            let total = self.data.series.last().map_or(0.0, |t| t.total_km2);
            label_column(ui, &format!("Area held\n(of {total:.0} km²)"), 110.0);
            if let Some(d) = area_chart::area_chart_ui(
                ui,
                &self.data.dataset,
                &self.data.series,
                range,
                day,
                &self.palette,
                110.0,
            ) {
                self.time.apply(TimeCommand::SetDay(d));
            }
        });
        if let [one] = self.selection.districts()[..] {
            let name = self
                .data
                .dataset
                .layer
                .districts
                .get(one)
                .map_or("", |d| d.name.as_str())
                .to_string();
            let scene = history_strip::HistoryScene {
                data: &self.data.dataset,
                index: &self.data.index,
                district: one,
                range,
                day,
                lit: self.history_strip_is_lit(),
                palette: &self.palette,
            };
            let action = ui
                .horizontal(|ui| {
                    label_column(ui, &name, 26.0);
                    history_strip::history_strip_ui(ui, &scene)
                })
                .inner;
            if let Some(d) = action.clicked_day {
                self.time.apply(TimeCommand::SetDay(d));
            }
            self.hover
                .add(action.hovered.then_some(one), action.hovered_event);
        }
        ui.add_space(2.0);
    }

    fn map_ui(&mut self, ui: &mut Ui) {
        self.refresh_states();
        let day = self.day();
        let rect = ui.available_rect_before_wrap();
        self.map_size = (
            rect.width().round().max(16.0) as u32,
            rect.height().round().max(16.0) as u32,
        );
        let hovered = self.hovered_districts();
        let scene = MapScene {
            data: &self.data.dataset,
            states: &self.states,
            day,
            selected: self.selection.districts(),
            hovered: &hovered,
            palette: &self.palette,
        };
        let totals = totals_of(&self.data.dataset, day, &self.states);
        let actions = atlas_draw::map_figure::figure_ui(
            ui,
            &mut self.map,
            &scene,
            &totals,
            &FigureText::default(),
        );
        for action in actions {
            match action {
                MapAction::Select(d) => {
                    self.selection
                        .apply(SelectionCommand::SelectDistricts(vec![d]));
                }
                MapAction::ClearSelection => {
                    self.selection.apply(SelectionCommand::Clear);
                }
                MapAction::Hover(d) => self.hover.add(d, None),
            }
        }
        if open_files::files_hovering(ui.ctx()) {
            ui.painter()
                .rect_filled(rect, 0.0, Color32::from_black_alpha(140));
            ui.painter().text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Drop to open: district layer (.geojson), events (.json, .csv, ACLED), a bundle, documents (.txt, .md)",
                egui::FontId::proportional(20.0),
                Color32::WHITE,
            );
        }
    }

    fn passages_ui(&mut self, ui: &mut Ui) {
        let scene = PassageScene {
            data: &self.data.dataset,
            index: &self.data.index,
            day: self.day(),
            selected: self.selection.districts(),
            hovered_district: self.selection.hovered_district(),
            hovered_event: self.selection.hovered_event(),
            palette: &self.palette,
        };
        let output = self.passages.ui(ui, &scene);
        self.hover.add(None, output.hovered_event);
        match output.action {
            Some(PassageAction::GoToEvent(e)) => self.select_event(e),
            Some(PassageAction::OpenDocument { document, range }) => {
                self.document = Some(DocumentWindow::new(document, range));
            }
            Some(PassageAction::ClearSelection) => {
                self.selection.apply(SelectionCommand::Clear);
            }
            None => {}
        }
    }

    /// Takes what the panels saw under the pointer this frame; a change is drawn at once.
    fn apply_hover(&mut self, ctx: &egui::Context) {
        let report = std::mem::take(&mut self.hover);
        if self.selection.apply(report.command()) {
            ctx.request_repaint();
        }
    }

    fn windows_ui(&mut self, ctx: &egui::Context) {
        let scene = ReviewScene {
            data: &self.data.dataset,
            palette: &self.palette,
        };
        if let Some(action) = self.review.show(ctx, &scene) {
            self.review_action(action);
        }
        if let Some(saved) = self.save_events.show(ctx, &self.data) {
            self.accepted_saved = true;
            self.notices.push(Notice {
                text: saved,
                is_error: false,
            });
        }
        let busy = self.export_job.is_some();
        let png = self.export_png.show(ctx, self.day(), self.map_size, busy);
        let animation = self.export_animation.show(ctx, busy);
        if let Some(request) = png.or(animation) {
            self.start_export(ctx, request);
        }
        if self.confirm_discard {
            self.discard_ui(ctx);
        }
        if let Some(window) = &mut self.document {
            window.show(ctx, &self.data.dataset, &self.palette);
            if !window.is_open() {
                self.document = None;
            }
        }
        egui::Window::new("Keyboard and mouse")
            .open(&mut self.show_keys)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("keys")
                    .num_columns(2)
                    .striped(true)
                    .show(ui, |ui| {
                        for (key, what) in KEYS {
                            ui.strong(*key);
                            ui.label(*what);
                            ui.end_row();
                        }
                    });
            });
        let data = Arc::clone(&self.data);
        let source = describe(&data.paths);
        if let Some(ReportAction::GoToEvent(e)) =
            self.import_report
                .show(ctx, &data.report, &data.dataset, &source)
        {
            self.select_event(e);
        }
        if let Some(action) = self.layer_properties.show(ctx) {
            self.layer_properties_action(ctx, action);
        }
    }
}

impl AtlasApp {
    /// Asks before "Back to the built-in data" drops accepted events that were never saved.
    fn discard_ui(&mut self, ctx: &egui::Context) {
        let n = self.data.accepted().len();
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("confirm discard")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading("Discard the accepted events?");
            ui.label(format!(
                "{n} accepted event(s) have not been saved. Going back to the built-in data drops \
                 them, with the documents opened."
            ));
            ui.horizontal(|ui| {
                if ui.button("Discard them").clicked() {
                    answer = Some(true);
                }
                if ui.button("Save them first…").clicked() {
                    answer = Some(false);
                    self.save_events.open();
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(false);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(false);
        }
        if let Some(discard) = answer {
            self.confirm_discard = false;
            if discard {
                self.back_to_builtin();
            }
        }
    }
}

/// The keys and mouse actions, for the help window (and the README).
pub const KEYS: &[(&str, &str)] = &[
    ("Space", "Play / pause"),
    ("Left / Right arrow", "Previous / next event"),
    ("Shift+Left / Shift+Right", "One day back / on"),
    ("Home / End", "Start / end of the record"),
    ("+ / −", "Zoom the map in / out"),
    ("Arrows (map focused)", "Pan the map (click the map first)"),
    ("Esc", "Clear the selection"),
    ("Ctrl+O", "Open files"),
    ("Drag on the map", "Pan"),
    ("Wheel / pinch / double-click on the map", "Zoom"),
    (
        "Click a district",
        "Select it: its history and passages show",
    ),
    (
        "Wheel on the timeline",
        "Zoom the timeline; drag the box on the record bar to move it",
    ),
    ("Click the chart", "Go to that day"),
];

/// The fixed-width label left of the timeline, the chart and the history strip, so that all three
/// share one horizontal scale.
pub(crate) fn label_column(ui: &mut Ui, text: &str, height: f32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(LABEL_WIDTH, height), egui::Sense::hover());
    let galley = ui.painter().layout(
        text.to_string(),
        egui::FontId::proportional(11.5),
        ui.visuals().text_color(),
        LABEL_WIDTH - 6.0,
    );
    let pos = egui::pos2(rect.left(), rect.center().y - galley.size().y / 2.0);
    ui.painter().galley(pos, galley, ui.visuals().text_color());
}

fn error_notice(text: &str) -> Notice {
    Notice {
        text: text.to_string(),
        is_error: true,
    }
}

/// The built-in data; should even that fail, an empty dataset and a message saying why.
fn builtin_or_empty(notices: &mut Vec<Notice>) -> LoadedData {
    match LoadedData::builtin() {
        Ok(data) => data,
        Err(e) => {
            notices.push(error_notice(&format!(
                "The built-in data did not load: {e}"
            )));
            empty_data()
        }
    }
}

/// A dataset with nothing in it, for when even the built-in data fails to load.
fn empty_data() -> LoadedData {
    let (dataset, report) = Dataset::assemble(
        DistrictLayer::default(),
        EventsFile::default(),
        Corpus::default(),
        None,
    );
    let mut data = LoadedData::from_parts(dataset, report);
    data.landmarks.clear();
    data
}

/// The time control over a dataset's record, and the timeline widget with a tick per event day in the
/// colour of the side it favours.
fn timeline_for(data: &LoadedData) -> (TimeControl, TimelineView) {
    let dataset = &data.dataset;
    let palette = Palette::for_visuals(&egui::Visuals::light());
    let mut ticks: Vec<Tick> = Vec::new();
    for e in &dataset.events {
        let day = e.event.date.day;
        match ticks.last_mut() {
            Some(t) if t.day == day => t.count += 1,
            _ => ticks.push(Tick {
                day,
                count: 1,
                colour: palette.controller(dataset, Some(e.controller)),
            }),
        }
    }
    let record = DayRange::new(dataset.record_start, dataset.record_end);
    let event_days = ticks
        .iter()
        .map(|t| EventDay {
            day: t.day,
            count: t.count,
        })
        .collect();
    (
        TimeControl::new(record, event_days),
        TimelineView::new(ticks),
    )
}

impl eframe::App for AtlasApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.palette = Palette::for_visuals(ui.visuals());
        self.receive_files(&ctx);
        self.receive_load();
        self.receive_extraction();
        self.receive_properties_scan();
        self.receive_export();
        let dt = ui.input(|i| i.stable_dt);
        self.time.tick(f64::from(dt));
        if self.time.is_playing() {
            ctx.request_repaint();
        }
        self.handle_keys(ui);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        self.jobs_ui(ui);
        if !self.notices.is_empty() {
            egui::Panel::top("notices").show(ui, |ui| self.notices_ui(ui));
        }
        egui::Panel::bottom("timeline").show(ui, |ui| self.bottom_ui(ui));
        self.refresh_states();
        egui::Panel::right("passages")
            .resizable(true)
            .default_size(470.0)
            .size_range(300.0..=900.0)
            .show(ui, |ui| self.passages_ui(ui));
        egui::CentralPanel::no_frame().show(ui, |ui| self.map_ui(ui));
        self.apply_hover(&ctx);
        self.windows_ui(&ctx);
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        if let Err(e) = self.save_settings() {
            // Once: the same failure would repeat at every autosave.
            let text = e.to_string();
            if !self.notices.iter().any(|n| n.text == text) {
                self.notices.push(error_notice(&text));
            }
        }
    }
}
