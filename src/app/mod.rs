//! The desktop app (eframe/egui). It only draws what the layers below compute: data comes in through
//! [`atlas_core::session::LoadedData`] (the model's loaders and the join), the state of every district at
//! the current day comes from the timeline's [`ControlIndex`](atlas_core::timeline::ControlIndex), the map
//! is drawn by [`atlas_draw`], and each panel is a small module that reads it and returns what the user
//! asked for. The shell's own methods are grouped by job in `loading`, `reviewing`, `menu`, `panels` and
//! `queries` (what tests and scripts read).
//!
//! - [`state`]: the time shown ([`state::time_control`]) and the selection and hover shared by the
//!   panels ([`state::selection`]), apart from the widgets: panels read them and return commands;
//! - [`timeline_view`]: the slider, playback and date field; [`area_chart`] and [`history_strip`] under it;
//! - [`passage_view`]: the source passages beside the map, and the document window;
//! - [`review_view`]: the events the extractor finds in an opened document, to accept, edit or reject;
//! - [`save_events`]: the accepted events written to a new events file;
//! - [`export_view`]: the map exported as PNG, SVG or an animation (GIF, MP4), rendered on a
//!   background thread;
//! - [`basemap_view`]: View ▸ Basemap (online tiles, a tile file, opacity);
//! - [`find_view`]: Find (Ctrl+F), districts by any name and events by text; [`compare_view`]: two
//!   days compared on the map;
//! - [`open_files`]: the file dialog, drag-and-drop; [`load_job`]: loading on a thread with a progress
//!   bar and Cancel; [`layer_properties_view`]: choosing a layer's id and name properties;
//!   [`points_date_view`]: choosing the property that dates a GeoJSON's points;
//!   [`import_report_view`]: what came in after a load;
//! - [`save_path`]: where a save goes (a path field and the save dialog); [`settings`]: what is
//!   remembered between runs.

pub mod area_chart;
pub mod basemap_view;
pub mod compare_view;
pub mod export_view;
pub mod find_view;
pub mod history_strip;
pub mod import_report_view;
pub mod layer_properties_view;
pub mod load_job;
pub mod open_files;
pub mod passage_view;
pub mod points_date_view;
pub mod points_view;
pub mod review_view;
pub mod save_events;
pub mod save_path;
pub mod settings;
pub mod state;
pub mod timeline_view;

mod control_areas_view;
mod loading;
mod menu;
mod panels;
mod points_wiring;
mod queries;
mod reviewing;

use atlas_core::extract::Lexicon;
use atlas_core::join::Dataset;
use atlas_core::model::{Corpus, DistrictLayer, Event, EventsFile};
use atlas_core::session::{describe, paths_with_files, LoadOutcome, LoadedData};
use atlas_core::timeline::{areas::totals_of, DistrictState};
use atlas_draw::map_figure::FigureText;
use atlas_draw::map_shapes::MapShapes;
use atlas_draw::map_view::{CompareScene, MapAction, MapScene, MapView};
use atlas_draw::palette::Palette;
use chrono::NaiveDate;
use compare_view::{CompareAction, CompareView};
use egui::{Color32, Key, Modifiers, Response, Ui, WidgetInfo};
use export_view::{ExportAnimationWindow, ExportJob, ExportRequest, ExportViewWindow};
use find_view::{FindAction, FindView};
use import_report_view::{ImportReportWindow, ReportAction};
use layer_properties_view::{
    LayerPropertiesWindow, PropertiesAction, PropertiesScan, ScanOutcome, ScanWhat, Scanned,
};
pub use load_job::HeldJob;
use load_job::{progress_line, repaint_when_done, JobOutcome, LoadJob, LoadRequest};
use open_files::{DialogKind, DialogOutcome, OpenFiles};
use passage_view::{DocumentWindow, PassageAction, PassageScene, PassageView};
use points_date_view::{PointsDateAction, PointsDateWindow};
use review_view::{
    ExtractDone, ExtractFailed, ExtractJob, ReviewAction, ReviewScene, ReviewWindow,
};
use save_events::SaveEventsWindow;
use settings::{LabelChoice, RecentData, Settings, SettingsFile, SettingsSaveError, ThemeChoice};
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
    /// A load waiting for the user to choose the points' date property.
    waiting_for_points_date: Option<LoadRequest>,
    /// The layer's (or the points') properties being read for those dialogs.
    properties_scan: Option<PropertiesScan>,
    layer_properties: LayerPropertiesWindow,
    points_date: PointsDateWindow,
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
    export_view: ExportViewWindow,
    export_animation: ExportAnimationWindow,
    export_job: Option<ExportJob>,
    /// The map panel's size in points, offered as the PNG export's size.
    map_size: (u32, u32),
    find: FindView,
    compare: CompareView,
    /// The text of the basemap's address field.
    basemap_address: String,
    /// Dated points (issue 16): the choices, the point clicked, the points of the day.
    points: points_view::PointsState,
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
        atlas_draw::fonts::install(&cc.egui_ctx);
        // The built-in data is on screen at once; files given are loaded on a thread over it.
        let data = builtin_or_empty(&mut notices);
        let (time, timeline) = timeline_for(&data);
        let mut app = Self {
            ctx: cc.egui_ctx.clone(),
            map: map_for(&data),
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
            waiting_for_points_date: None,
            properties_scan: None,
            layer_properties: LayerPropertiesWindow::default(),
            points_date: PointsDateWindow::default(),
            import_report: ImportReportWindow::default(),
            review: ReviewWindow::default(),
            extract_job: None,
            lexicon: None,
            save_events: SaveEventsWindow::default(),
            accepted_saved: true,
            confirm_discard: false,
            export_view: ExportViewWindow::default(),
            export_animation: ExportAnimationWindow::default(),
            export_job: None,
            map_size: (1600, 1000),
            find: FindView::default(),
            compare: CompareView::default(),
            basemap_address: String::new(),
            points: points_view::PointsState::default(),
            data: Arc::new(data),
        };
        app.basemap_address = app.settings.basemap.address.clone();
        if let Err(e) = app.refresh_basemap() {
            app.notices.push(Notice {
                text: format!(
                    "The remembered basemap could not be opened, so the districts are drawn on the \
                     plain background (View ▸ Basemap to choose another).\n{e}"
                ),
                is_error: false,
            });
        }
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

    // ----- Changes. -----
}

/// The map of a dataset, framed first on the city where control changed.
fn map_for(data: &LoadedData) -> MapView {
    let mut map = MapView::new(MapShapes::build(&data.dataset.layer, &data.landmarks));
    focus_on_the_city(&mut map, data);
    map
}

/// Sets what the first view and "Fit" frame: the districts where control changed, without outliers.
fn focus_on_the_city(map: &mut MapView, data: &LoadedData) {
    let changed = atlas_draw::framing::changed_districts(&data.index);
    let city = atlas_draw::framing::city_bounds(map.shapes(), &changed);
    map.set_focus(city);
    control_areas_view::show_control_areas(map, data);
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
    (
        "Ctrl+F",
        "Find a district (any name, Latin or Arabic) or an event",
    ),
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
    // Dated points (issue 16): the record reaches over their days too.
    let (start, end) = data.points.as_ref().and_then(|p| p.days()).map_or(
        (dataset.record_start, dataset.record_end),
        |(first, last)| {
            (
                dataset.record_start.min(first),
                dataset.record_end.max(last),
            )
        },
    );
    let record = DayRange::new(start, end);
    let record = control_areas_view::record_with_control_areas(record, data);
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
