//! The menu bar and the keyboard: File, Data and View menus, open recent, and the keys that move the
//! time and the map, and Ctrl+F.

use super::*;

impl AtlasApp {
    /// The menu bar: File, View and Data, a spinner while a file dialog is open, the export's progress,
    /// and the data shown.
    pub(super) fn menu_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu_ui(ui));
            ui.menu_button("View", |ui| self.view_menu_ui(ui));
            ui.menu_button("Data", |ui| self.data_menu_ui(ui));
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

    /// File: open, recent, back to the built-in data, save and review accepted events, exports, quit.
    fn file_menu_ui(&mut self, ui: &mut Ui) {
        let open = ui.add(egui::Button::new("Open files…").shortcut_text("Ctrl+O"));
        if open.clicked() {
            self.open_files.start(ui.ctx(), DialogKind::Files);
        }
        if ui
            .button("Open a folder…")
            .on_hover_text("Sources, a bundle, or daily control-area files (…_20250801.geojson)")
            .clicked()
        {
            self.open_files.start(ui.ctx(), DialogKind::Folder);
        }
        if ui
            .button("Open control areas…")
            .on_hover_text("One GeoJSON whose areas carry their day (and who holds them)")
            .clicked()
        {
            self.open_files.start(ui.ctx(), DialogKind::ControlAreas);
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
            self.export_view.open(false);
        }
        if ui
            .add_enabled(idle, egui::Button::new("Export view as SVG…"))
            .clicked()
        {
            self.export_view.open(true);
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
    }

    /// View: find, compare, fit the city or the whole layer, the labels' script, the theme, the keys.
    fn view_menu_ui(&mut self, ui: &mut Ui) {
        if ui
            .add(egui::Button::new("Find…").shortcut_text("Ctrl+F"))
            .clicked()
        {
            self.find.open();
        }
        if ui.button("Compare two days…").clicked() {
            let day = self.day();
            self.compare.open(
                self.time.range().start.max(day - chrono::Duration::days(7)),
                day,
            );
        }
        ui.separator();
        if ui
            .button("Fit the city")
            .on_hover_text("The districts where control changed")
            .clicked()
        {
            self.map.request_fit();
        }
        if ui.button("Whole layer").clicked() {
            self.map.request_whole_layer();
        }
        ui.menu_button("Basemap", |ui| {
            let action = basemap_view::basemap_menu_ui(
                ui,
                &self.settings.basemap,
                self.map.basemap(),
                &mut self.basemap_address,
            );
            if let Some(action) = action {
                self.basemap_action(action);
            }
        });
        ui.separator();
        ui.label("District labels");
        for choice in LabelChoice::ALL {
            if ui
                .radio(self.settings.labels == choice, choice.label())
                .clicked()
            {
                self.settings.labels = choice;
            }
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
    }

    /// Data: the import report, the layer's id and name properties, what is loaded.
    fn data_menu_ui(&mut self, ui: &mut Ui) {
        let n = self.data.report.problems.len();
        let label = match n {
            0 => "Import report".to_string(),
            n => format!("Import report ({n} problems)"),
        };
        if ui.button(label).clicked() {
            self.import_report.open();
        }
        let from_file = self.data.paths.districts.is_some() || self.data.paths.bundle.is_some();
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
    }

    /// File ▸ Open recent: the data sets opened before, most recent first.
    pub(super) fn recent_menu_ui(&mut self, ui: &mut Ui) {
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

    /// Space, ←/→, Shift+←/→, Home/End, Esc, Ctrl+O (not while typing, and arrows not while the map
    /// has the keyboard: there they pan).
    pub(super) fn handle_keys(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::O)) {
            self.open_files.start(&ctx, DialogKind::Files);
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
            self.find.open();
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
}
