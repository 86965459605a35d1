//! The import dialog for a GeoJSON of points (issue 16): which property holds each point's date. It
//! opens by itself when no property reads as dates, and from the *Dated points* window to change the
//! one found; it lists every property with how many features have it and a few sample values, as the
//! layer's dialog ([`super::layer_properties_view`]) does for ids and names.

use super::layer_properties_view::{key_picker, properties_grid};
use atlas_core::session::PointsProperties;
use egui::{Context, Ui};

/// What the user answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PointsDateAction {
    /// Load the points with their dates from this property.
    Use(String),
    Cancel,
}

/// The open dialog, if any.
#[derive(Debug, Default)]
pub struct PointsDateWindow {
    open: Option<(PointsProperties, String)>,
}

impl PointsDateWindow {
    /// Opens the dialog on a points file's properties, starting from the property in use (else the
    /// first whose name says "date", else the first).
    pub fn open(&mut self, properties: PointsProperties) {
        let chosen = properties
            .current
            .clone()
            .or_else(|| {
                let keys = properties.keys.iter().map(|k| &k.key);
                keys.clone()
                    .find(|k| k.to_lowercase().contains("date"))
                    .or_else(|| properties.keys.first().map(|k| &k.key))
                    .cloned()
            })
            .unwrap_or_default();
        self.open = Some((properties, chosen));
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Draws the dialog; returns the user's answer once given (the dialog then closes).
    pub fn show(&mut self, ctx: &Context) -> Option<PointsDateAction> {
        let (properties, chosen) = self.open.as_mut()?;
        let mut action = None;
        let modal = egui::Modal::new(egui::Id::unique("points date property")).show(ctx, |ui| {
            ui.set_max_width(640.0);
            action = dialog_ui(ui, properties, chosen);
        });
        if action.is_none() && modal.should_close() {
            action = Some(PointsDateAction::Cancel);
        }
        if action.is_some() {
            self.open = None;
        }
        action
    }
}

fn dialog_ui(
    ui: &mut Ui,
    properties: &PointsProperties,
    chosen: &mut String,
) -> Option<PointsDateAction> {
    let file = properties.file.file_name().map_or_else(
        || properties.file.display().to_string(),
        |n| n.to_string_lossy().into(),
    );
    ui.heading(format!("Which property dates the points of {file}?"));
    match &properties.reason {
        Some(reason) => {
            ui.label(
                "No property of these points reads as dates (such as 2015-04-26, 26/04/2015, \
                 31OCT13 or a range), so they could not be placed in time. Choose the one that \
                 holds their dates; points whose value is not a date are listed as left out.",
            );
            ui.collapsing("What the loader said", |ui| {
                ui.label(egui::RichText::new(reason).small());
            });
        }
        None => {
            ui.label("Choose the property that holds each point's date (or range of dates).");
        }
    }
    ui.add_space(6.0);
    key_picker(ui, "Date property", &properties.keys, chosen);
    ui.add_space(6.0);
    ui.label(egui::RichText::new("The points' properties").strong());
    properties_grid(ui, &properties.keys);
    let known = properties.keys.iter().any(|k| &k.key == chosen);
    if !known {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "Choose a property for the dates.",
        );
    }
    let mut action = None;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(known, egui::Button::new("Open the points"))
            .clicked()
        {
            action = Some(PointsDateAction::Use(chosen.clone()));
        }
        if ui.button("Cancel").clicked() {
            action = Some(PointsDateAction::Cancel);
        }
    });
    action
}
