//! The panels of a frame: the job progress lines, notices, the timeline with the chart and history
//! strip, the map, the passages, the windows, and the hover the panels share.

use super::*;

impl AtlasApp {
    /// The progress lines of the load, the extractor and the property scan, each with Cancel.
    pub(super) fn jobs_ui(&mut self, ui: &mut Ui) {
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
                    "Cancel reading the file's properties",
                );
            });
            if cancel {
                if let Some(scan) = self.properties_scan.take() {
                    scan.cancel();
                }
            }
        }
    }

    pub(super) fn notices_ui(&mut self, ui: &mut Ui) {
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

    pub(super) fn bottom_ui(&mut self, ui: &mut Ui) {
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
        // Control areas over time (issue 16): their km² per controller, a row of their own.
        if let Some(label) = super::control_areas_view::chart_label(&self.data) {
            ui.horizontal(|ui| {
                label_column(ui, &label, 80.0);
                let chart = super::control_areas_view::control_area_chart_ui(
                    ui, &self.data, range, day, 80.0,
                );
                if let Some(d) = chart {
                    self.time.apply(TimeCommand::SetDay(d));
                }
            });
        }
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

    pub(super) fn map_ui(&mut self, ui: &mut Ui) {
        self.refresh_states();
        self.refresh_points();
        let day = self.day();
        let rect = ui.available_rect_before_wrap();
        self.map_size = (
            rect.width().round().max(16.0) as u32,
            rect.height().round().max(16.0) as u32,
        );
        let hovered = self.hovered_districts();
        let compare = self.compare.shown().map(|(cmp, changed)| CompareScene {
            before: &cmp.before,
            changed,
            from: cmp.from,
        });
        let scene = MapScene {
            data: &self.data.dataset,
            states: &self.states,
            day,
            selected: self.selection.districts(),
            hovered: &hovered,
            palette: &self.palette,
            labels: self.settings.labels.script(),
            compare,
        };
        let totals = totals_of(&self.data.dataset, day, &self.states);
        // Dated points (issue 16): drawn over the map, under the legend.
        let points = &self.points;
        let ring = self.palette.text;
        let has_points = self.data.points.is_some();
        let actions = atlas_draw::map_figure::figure_ui_with(
            ui,
            &mut self.map,
            &scene,
            &totals,
            &FigureText::default(),
            &mut |painter, projector| {
                if has_points {
                    points.paint(painter, projector, ring);
                }
            },
        );
        let clicked = actions
            .iter()
            .any(|a| matches!(a, MapAction::Select(_) | MapAction::ClearSelection));
        let at = ui.input(|i| i.pointer.interact_pos());
        let on_point = clicked && has_points && at.is_some_and(|at| self.click_points(at));
        // A click on a point selects the point, not the district under it.
        let actions = actions.into_iter().filter(|a| {
            !(on_point && matches!(a, MapAction::Select(_) | MapAction::ClearSelection))
        });
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

    pub(super) fn passages_ui(&mut self, ui: &mut Ui) {
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
    pub(super) fn apply_hover(&mut self, ctx: &egui::Context) {
        let report = std::mem::take(&mut self.hover);
        if self.selection.apply(report.command()) {
            ctx.request_repaint();
        }
    }

    pub(super) fn windows_ui(&mut self, ctx: &egui::Context) {
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
        let png = self.export_view.show(ctx, self.day(), self.map_size, busy);
        let animation = self.export_animation.show(ctx, busy);
        if let Some(request) = png.or(animation) {
            self.start_export(ctx, request);
        }
        if self.confirm_discard {
            self.discard_ui(ctx);
        }
        self.points_window_ui(ctx);
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
        match self
            .import_report
            .show(ctx, &data.report, &data.dataset, &source)
        {
            Some(ReportAction::GoToEvent(e)) => self.select_event(e),
            Some(ReportAction::NameAreaController(name)) => self.name_area_controller(ctx, name),
            None => {}
        }
        if let Some(action) = self.layer_properties.show(ctx) {
            self.layer_properties_action(ctx, action);
        }
        if let Some(action) = self.points_date.show(ctx) {
            self.points_date_action(ctx, action);
        }
        let data = Arc::clone(&self.data);
        let found = self.find.show(ctx, &data.dataset);
        let compared = self.compare.show(ctx, &data.dataset);
        if found.is_some() || compared.is_some() {
            // The map moves to it in the next frame: draw that frame now, not at the next event.
            ctx.request_repaint();
        }
        match found {
            Some(FindAction::District(d)) => {
                self.selection
                    .apply(SelectionCommand::SelectDistricts(vec![d]));
                self.map.go_to(d);
            }
            Some(FindAction::Event(e)) => {
                self.select_event(e);
                if let Some(&d) = data
                    .dataset
                    .events
                    .get(e)
                    .and_then(|ev| ev.districts.first())
                {
                    self.map.go_to(d);
                }
            }
            None => {}
        }
        if let Some(action) = compared {
            self.compare_action(action);
        }
    }

    /// What the user asked for in the Compare window.
    pub(super) fn compare_action(&mut self, action: CompareAction) {
        match action {
            CompareAction::Compare { from, to } => {
                self.time.apply(TimeCommand::SetDay(to));
                let to = self.day();
                let from = from.min(to);
                self.compare
                    .set_shown(Some(atlas_core::compare::Comparison::of(
                        &self.data.index,
                        from,
                        to,
                    )));
            }
            CompareAction::Stop => self.compare.set_shown(None),
            CompareAction::GoToEvent(e) => self.select_event(e),
            CompareAction::SelectDistrict(d) => {
                self.selection
                    .apply(SelectionCommand::SelectDistricts(vec![d]));
                self.map.go_to(d);
            }
        }
    }

    pub(super) fn select_event(&mut self, e: usize) {
        if let Some(event) = self.data.dataset.events.get(e) {
            self.selection.apply(SelectionCommand::SelectEvent {
                event: e,
                districts: event.districts.to_vec(),
            });
            self.time.apply(TimeCommand::SetDay(event.event.date.day));
        }
    }

    pub(super) fn refresh_states(&mut self) {
        let day = self.day();
        if self.states_day != Some(day) {
            self.data.index.state_into(day, &mut self.states);
            self.states_day = Some(day);
            // A comparison follows the day shown, as its later day.
            if let Some((cmp, _)) = self.compare.shown() {
                if cmp.to != day {
                    let from = cmp.from.min(day);
                    let next = atlas_core::compare::Comparison::of(&self.data.index, from, day);
                    self.compare.set_shown(Some(next));
                }
            }
        }
    }
}
