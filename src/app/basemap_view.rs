//! View ▸ Basemap: whether tiles are drawn under the districts, from where (OpenStreetMap or another
//! XYZ address online, or an MBTiles/PMTiles file opened like any data file), and how opaque; what
//! the basemap is and the last tile that could not be had, said quietly here rather than over the
//! map. Nothing is fetched online until the user turns the online basemap on.

use super::settings::BasemapSettings;
use atlas_draw::basemap::Basemap;
use egui::Ui;

/// What the user changed in the menu.
#[derive(Debug, Clone, PartialEq)]
pub enum BasemapAction {
    Show(bool),
    /// Online tiles from this address.
    UseAddress(String),
    /// The remembered tile file.
    UseFile,
    Opacity(f32),
}

/// The menu's contents; `address` is the address field's text, kept between frames.
pub fn basemap_menu_ui(
    ui: &mut Ui,
    settings: &BasemapSettings,
    shown: Option<&Basemap>,
    address: &mut String,
) -> Option<BasemapAction> {
    let mut action = None;
    let mut show = settings.shown;
    if ui.checkbox(&mut show, "Show a basemap").changed() {
        action = Some(BasemapAction::Show(show));
    }
    ui.weak(
        "Online tiles are fetched from the address below only while this is on, one tile at a \
         time as you move the map, and kept in your cache folder; the tile server sees your \
         network address. A tile file (MBTiles or PMTiles, opened with File ▸ Open) needs no network.",
    );
    ui.separator();
    let online = !settings.from_file;
    if ui.radio(online, "Online tiles (XYZ address)").clicked() && !online {
        action = Some(BasemapAction::UseAddress(settings.address.clone()));
    }
    ui.horizontal(|ui| {
        let field = ui.add(egui::TextEdit::singleline(address).desired_width(300.0));
        field
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Tile address"));
        let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Use").clicked() || submitted {
            action = Some(BasemapAction::UseAddress(address.trim().to_string()));
        }
    });
    if ui.small_button("OpenStreetMap's standard tiles").clicked() {
        *address = atlas_tiles::source::OSM_TEMPLATE.to_string();
        action = Some(BasemapAction::UseAddress(address.clone()));
    }
    match &settings.file {
        Some(file) => {
            let name = file.file_name().map_or_else(
                || file.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            if ui
                .radio(settings.from_file, format!("Tile file: {name}"))
                .on_hover_text(file.display().to_string())
                .clicked()
            {
                action = Some(BasemapAction::UseFile);
            }
        }
        None => {
            ui.weak("No tile file opened yet (File ▸ Open an .mbtiles or .pmtiles file).");
        }
    }
    ui.separator();
    let mut opacity = settings.opacity;
    let slider = ui.add(egui::Slider::new(&mut opacity, 0.0..=1.0).text("Basemap opacity"));
    if slider.changed() {
        action = Some(BasemapAction::Opacity(opacity));
    }
    if let Some(basemap) = shown {
        ui.weak(format!(
            "{} · {} tiles here · {}",
            basemap.describe(),
            basemap.tiles_on_hand(),
            basemap.attribution()
        ));
        if let Some(problem) = basemap.problem() {
            ui.weak(format!("Some tiles could not be had: {problem}"));
        }
    }
    action
}
