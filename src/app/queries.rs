//! The app as tests, benchmarks and scripts see it: what it shows (the day, the data, colours, notices,
//! selection and hover) and the few things they may ask of it (a day, files to open, waiting for its
//! jobs). Nothing here draws.

use super::*;

impl AtlasApp {
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
    pub(super) fn hovered_districts(&self) -> Vec<usize> {
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

    pub(super) fn district_id(&self, district: usize) -> Option<String> {
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

    /// Whether the dialog to choose the property that dates the points is open.
    pub fn is_asking_for_points_date(&self) -> bool {
        self.points_date.is_open()
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
                // Tiles asked for come in before the next frame draws them.
                if let Some(basemap) = self.map.basemap() {
                    basemap.wait_until_idle();
                }
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
    pub(super) fn take_hold(&mut self, kind: HeldJob) -> Option<std::sync::mpsc::Receiver<()>> {
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

    /// How many candidates the review holds.
    pub fn review_candidates(&self) -> usize {
        self.review.candidates()
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

    /// The map rectangle in view, in map kilometres (after the first frame).
    pub fn map_visible(&self) -> Option<egui::Rect> {
        self.map.visible()
    }

    /// Where a district's label point is on screen (after the first frame).
    pub fn district_on_screen(&self, district_id: &str) -> Option<egui::Pos2> {
        let d = self.data.dataset.layer.index_of(district_id)?;
        self.map.screen_anchor(d)
    }

    /// The map rectangle "Fit" frames: the city where control changed.
    pub fn map_focus(&self) -> egui::Rect {
        self.map.focus()
    }

    /// The two days compared on the map, if any.
    pub fn comparison(&self) -> Option<&atlas_core::compare::Comparison> {
        self.compare.shown().map(|(c, _)| c)
    }

    /// Whether the Find window is open, and what it lists.
    pub fn find_results(&self) -> Option<&[atlas_core::find::Found]> {
        self.find.is_open().then(|| self.find.results())
    }

    /// The basemap drawn: what it is, its credit and how many tiles are on hand (None: none).
    pub fn basemap_status(&self) -> Option<(String, String, usize)> {
        let b = self.map.basemap()?;
        Some((b.describe(), b.attribution(), b.tiles_on_hand()))
    }

    /// What View ▸ Basemap would do (for tests; the menu calls the same).
    pub fn change_basemap(&mut self, action: super::basemap_view::BasemapAction) {
        self.basemap_action(action);
    }
}
