//! Data in and out of the app: opening files (dialog, drop, command line, recent), the load job and
//! what happens when it ends (the layer-properties dialog, the import report, notices), going back to
//! the built-in data, and the export job.

use super::*;

/// How the notice of a load that came in starts.
const OPENED: &str = "Opened ";

impl AtlasApp {
    pub(super) fn open_paths_on(&mut self, ctx: &egui::Context, files: &[PathBuf]) {
        // Tile files (judged by their first bytes) become the basemap; the rest is data.
        let (tiles, files): (Vec<PathBuf>, Vec<PathBuf>) = files
            .iter()
            .cloned()
            .partition(|p| atlas_tiles::source::TileFileKind::of(p).is_some());
        if let Some(file) = tiles.last() {
            self.open_tile_file(file);
        }
        let files = files.as_slice();
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
        self.start_load(ctx, self.request(paths, files.to_vec()));
    }

    /// Makes a tile file the basemap (and remembers it); a file that cannot be read leaves the
    /// basemap as it was, with a message naming the file and what is wrong.
    pub(super) fn open_tile_file(&mut self, file: &std::path::Path) {
        let file = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let before = self.settings.basemap.clone();
        self.settings.basemap.file = Some(file);
        self.settings.basemap.from_file = true;
        self.settings.basemap.shown = true;
        if let Err(e) = self.refresh_basemap() {
            self.settings.basemap = before;
            let _ = self.refresh_basemap();
            self.notices.push(error_notice(&format!(
                "Could not open the basemap; the map stays as it was.\n{e}"
            )));
        }
    }

    /// Draws the basemap the settings say (none, online, or the tile file). Opening an online source
    /// contacts nothing: tiles are fetched when the map asks for them.
    pub(super) fn refresh_basemap(&mut self) -> Result<(), atlas_tiles::TileError> {
        let Some(source) = self.settings.basemap.source() else {
            self.map.set_basemap(None);
            return Ok(());
        };
        let cache = atlas_tiles::http::default_cache_dir();
        let opened = atlas_tiles::source::OpenedSource::open(&source, cache)?;
        let ctx = self.ctx.clone();
        let mut basemap =
            atlas_draw::basemap::Basemap::new(opened, Arc::new(move || ctx.request_repaint()));
        basemap.set_opacity(self.settings.basemap.opacity);
        self.map.set_basemap(Some(basemap));
        Ok(())
    }

    /// What the user changed in View ▸ Basemap.
    pub(super) fn basemap_action(&mut self, action: basemap_view::BasemapAction) {
        use basemap_view::BasemapAction;
        let before = self.settings.basemap.clone();
        let b = &mut self.settings.basemap;
        match action {
            BasemapAction::Opacity(o) => {
                b.opacity = o.clamp(0.0, 1.0);
                if let Some(basemap) = self.map.basemap_mut() {
                    basemap.set_opacity(o);
                }
                return;
            }
            BasemapAction::Show(shown) => {
                b.shown = shown;
                // Turning the online basemap on is the user's agreement to fetch tiles.
                if shown && !b.from_file {
                    b.online_agreed = true;
                }
            }
            BasemapAction::UseAddress(address) => {
                b.address = address;
                b.from_file = false;
                if b.shown {
                    b.online_agreed = true;
                }
            }
            BasemapAction::UseFile => b.from_file = true,
        }
        if let Err(e) = self.refresh_basemap() {
            self.settings.basemap = before;
            let _ = self.refresh_basemap();
            self.notices.push(error_notice(&format!(
                "The basemap could not be used; the map stays as it was.\n{e}"
            )));
        }
    }

    /// Starts loading on a thread, replacing (cancelling) a load already running.
    pub(super) fn start_load(&mut self, ctx: &egui::Context, request: LoadRequest) {
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
    pub(super) fn receive_load(&mut self) {
        if let Some(outcome) = self.load_job.as_ref().and_then(LoadJob::poll) {
            self.take_load_outcome(outcome);
        }
    }

    pub(super) fn take_load_outcome(&mut self, outcome: JobOutcome) {
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
            Ok(LoadOutcome::NeedsPointsDate(properties)) => {
                self.points_date.open(properties);
                self.waiting_for_points_date = Some(job.request);
            }
            Err(e) => self.notices.push(error_notice(&format!(
                "Could not open the data; what was on screen stays.\n{e}"
            ))),
        }
    }

    /// Stops the running load; the data on screen stays.
    pub(super) fn cancel_load(&mut self) {
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
    pub(super) fn show_loaded(&mut self, data: LoadedData, open_report: bool) {
        let kept = KeptTime {
            day: Some(self.day()),
            ..KeptTime::default()
        };
        self.map
            .set_shapes(MapShapes::build(&data.dataset.layer, &data.landmarks));
        focus_on_the_city(&mut self.map, &data);
        self.find.data_changed();
        self.compare.set_shown(None);
        (self.time, self.timeline) = timeline_for(&data);
        self.time.keep(kept);
        if !data.paths.is_builtin() {
            self.settings.remember(RecentData::from(&data.paths));
        }
        self.data = Arc::new(data);
        // Dated points (issue 16): choices start afresh; the window opens when there are points.
        self.points.layer_changed(self.data.points.is_some());
        self.import_report.data_changed();
        self.selection.reset();
        self.document = None;
        self.passages = PassageView::default();
        self.states_day = None;
        // The errors of earlier tries and what the last load said give way to what this one says.
        self.notices
            .retain(|n| !n.is_error && !n.text.starts_with(OPENED));
        self.notices.push(Notice {
            text: format!(
                "{OPENED}{}: {}.",
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
    pub(super) fn layer_properties_action(
        &mut self,
        ctx: &egui::Context,
        action: PropertiesAction,
    ) {
        let Some(mut request) = self.waiting_for_names.take() else {
            return;
        };
        match action {
            PropertiesAction::Use(names) => {
                request.paths.property_names = Some(names);
                self.start_load(ctx, request);
            }
            PropertiesAction::Cancel => self.not_opened(&request),
        }
    }

    /// Opens `files` (the last of them) as control areas over time, whatever their content suggests
    /// (File ▸ Open control areas…).
    pub(super) fn open_control_areas(&mut self, ctx: &egui::Context, files: &[PathBuf]) {
        let Some(file) = files.last() else {
            return;
        };
        let mut paths = self.data.paths.clone();
        paths.control_areas = Some(file.clone());
        self.start_load(ctx, self.request(paths, vec![file.clone()]));
    }

    /// A load of `paths` that keeps the events accepted in the review; `opened` are the files the
    /// user opened for it (documents among them go to the review).
    fn request(&self, paths: atlas_core::join::DataPaths, opened: Vec<PathBuf>) -> LoadRequest {
        LoadRequest {
            paths,
            accepted: self.data.accepted().to_vec(),
            opened,
        }
    }

    /// Says that a load waiting for the user's choice was declined.
    fn not_opened(&mut self, request: &LoadRequest) {
        self.notices.push(Notice {
            text: format!(
                "{} was not opened; the data on screen stays.",
                describe(&request.paths)
            ),
            is_error: false,
        });
    }

    /// Loads the data again with `name` as the controller of control areas whose files name none.
    pub(super) fn name_area_controller(&mut self, ctx: &egui::Context, name: String) {
        let mut paths = self.data.paths.clone();
        paths.area_controller = Some(name);
        self.start_load(ctx, self.request(paths, Vec::new()));
    }

    /// The user chose (or declined to choose) the property that dates the points.
    pub(super) fn points_date_action(&mut self, ctx: &egui::Context, action: PointsDateAction) {
        let Some(mut request) = self.waiting_for_points_date.take() else {
            return;
        };
        match action {
            PointsDateAction::Use(key) => {
                request.paths.points_date_property = Some(key);
                self.start_load(ctx, request);
            }
            PointsDateAction::Cancel => self.not_opened(&request),
        }
    }

    /// Reads the current layer's properties off the UI thread; the dialog to choose its id and name
    /// properties (loaded again with them) opens when they are in.
    pub(super) fn choose_layer_properties(&mut self, ctx: &egui::Context) {
        self.scan_properties(ctx, ScanWhat::Layer);
    }

    /// Reads the points file's properties off the UI thread; the dialog to choose the one that dates
    /// them (loaded again with it) opens when they are in.
    pub(super) fn choose_points_date(&mut self, ctx: &egui::Context) {
        self.scan_properties(ctx, ScanWhat::PointsDate);
    }

    fn scan_properties(&mut self, ctx: &egui::Context, what: ScanWhat) {
        let request = self.request(self.data.paths.clone(), Vec::new());
        if let Some(scan) = self.properties_scan.take() {
            scan.cancel();
        }
        match PropertiesScan::start(repaint_when_done(ctx), request, what) {
            Ok(scan) => self.properties_scan = Some(scan),
            Err(e) => self.notices.push(error_notice(&e.to_string())),
        }
    }

    /// Takes the property scan's outcome, if it has one.
    pub(super) fn receive_properties_scan(&mut self) {
        if let Some(outcome) = self.properties_scan.as_ref().and_then(PropertiesScan::poll) {
            self.take_properties_scan(outcome);
        }
    }

    pub(super) fn take_properties_scan(&mut self, outcome: ScanOutcome) {
        let Some(scan) = self.properties_scan.take() else {
            return;
        };
        match outcome {
            Ok(Some(Scanned::Layer(properties))) => {
                self.layer_properties.open(properties);
                self.waiting_for_names = Some(scan.request);
            }
            Ok(Some(Scanned::PointsDate(properties))) => {
                self.points_date.open(properties);
                self.waiting_for_points_date = Some(scan.request);
            }
            Ok(None) => {}
            Err(e) => self.notices.push(error_notice(&e.to_string())),
        }
    }

    /// Back to the built-in data, dropping the opened documents, the review and the accepted events.
    pub(super) fn back_to_builtin(&mut self) {
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

    pub(super) fn receive_files(&mut self, ctx: &egui::Context) {
        match self.open_files.poll() {
            Some((DialogKind::ControlAreas, DialogOutcome::Picked(files))) => {
                self.open_control_areas(ctx, &files)
            }
            Some((_, DialogOutcome::Picked(files))) => self.open_paths(&files),
            Some((_, DialogOutcome::NoDialog)) => self
                .notices
                .push(error_notice(open_files::NO_DIALOG_MESSAGE)),
            Some((_, DialogOutcome::Cancelled)) | None => {}
        }
        let dropped = open_files::dropped_paths(ctx);
        if !dropped.is_empty() {
            self.open_paths(&dropped);
        }
    }

    /// Opens a recent data set again; one whose files are gone is dropped from the list, with a message.
    pub(super) fn open_recent(&mut self, ctx: &egui::Context, entry: &RecentData) {
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
        self.start_load(ctx, self.request(entry.to_paths(), entry.documents.clone()));
    }

    pub(super) fn report_join_problems(&mut self) {
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

    pub(super) fn start_export(&mut self, ctx: &egui::Context, request: ExportRequest) {
        let hold = self.take_hold(HeldJob::Export);
        let look = atlas_draw::export::ExportLook {
            basemap: self
                .settings
                .basemap
                .source()
                .filter(|_| self.map.basemap().is_some()),
            basemap_opacity: Some(self.settings.basemap.opacity),
            labels: self.settings.labels.script(),
            // A PNG of a comparison compares the same days; an animation compares each frame's day
            // with the earlier day.
            compare_from: self.compare.shown().map(|(c, _)| c.from),
            // The dated points as the Dated points window shows them.
            points_window: self.points.window,
            points_filter: self.points.filter.clone(),
        };
        match ExportJob::start(
            repaint_when_done(ctx),
            Arc::clone(&self.data),
            request,
            look,
            hold,
        ) {
            Ok(job) => self.export_job = Some(job),
            Err(e) => self.notices.push(error_notice(&e.to_string())),
        }
    }

    pub(super) fn receive_export(&mut self) {
        if let Some(outcome) = self.export_job.as_ref().and_then(ExportJob::poll) {
            self.take_export(outcome);
        }
    }

    pub(super) fn take_export(&mut self, outcome: Result<String, export_view::ExportFailed>) {
        self.export_job = None;
        self.notices.push(match outcome {
            Ok(text) => Notice {
                text,
                is_error: false,
            },
            Err(e) => error_notice(&e.to_string()),
        });
    }
}
