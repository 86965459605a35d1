//! The map figure: the map, its legend, and optionally a title and a caption citing the source of the
//! latest event shown. The window draws it in its central panel and exports draw exactly the same thing
//! into an offscreen frame, so what is exported is what the app shows.

use crate::legend;
use crate::map_vector::VectorLayer;
use crate::map_view::{MapAction, MapScene, MapView};
use atlas_core::join::Dataset;
use atlas_core::timeline::AreaTotals;
use chrono::NaiveDate;
use egui::{Align2, Color32, FontId, Rect, Ui};

/// Text drawn on the figure besides the map and legend (exports use both; the window neither).
#[derive(Debug, Clone, Default)]
pub struct FigureText {
    pub title: Option<String>,
    pub caption: Option<String>,
}

/// Draws the map with the legend over its top-left corner; returns what the user did on the map (see
/// [`MapView::ui`]).
pub fn figure_ui(
    ui: &mut Ui,
    map: &mut MapView,
    scene: &MapScene<'_>,
    totals: &AreaTotals,
    text: &FigureText,
) -> Vec<MapAction> {
    figure_ui_with(ui, map, scene, totals, text, &mut |_, _| {})
}

/// [`figure_ui`] with `over_map` drawing over the map and under its buttons and the legend (issue
/// 16: the dated points), given the map's painter and its view.
pub fn figure_ui_with(
    ui: &mut Ui,
    map: &mut MapView,
    scene: &MapScene<'_>,
    totals: &AreaTotals,
    text: &FigureText,
    over_map: &mut dyn FnMut(&egui::Painter, &crate::projector::Projector),
) -> Vec<MapAction> {
    let rect = ui.available_rect_before_wrap();
    // The labels keep clear of the legend where it was drawn last frame.
    let legend_id = ui.make_persistent_id("legend drawn at");
    let drawn_at: Option<Rect> = ui.data(|d| d.get_temp(legend_id));
    map.keep_clear(drawn_at.into_iter().collect());
    let actions = map.ui_with(ui, scene, over_map);
    // In the SVG export, each part is a named group.
    let vector = map.is_vector();
    let mark = |ui: &Ui, layer: VectorLayer| vector.then(|| layer.paint(ui.painter(), rect));
    let legend_rect =
        Rect::from_min_size(rect.min + egui::vec2(10.0, 10.0), egui::vec2(360.0, 300.0));
    mark(ui, VectorLayer::Begin("legend"));
    let drawn = ui
        .scope_builder(egui::UiBuilder::new().max_rect(legend_rect), |ui| {
            egui::Frame::popup(ui.style())
                .show(ui, |ui| {
                    legend::legend_ui(ui, scene.data, scene.states, totals, scene.palette);
                    // Control areas over time (issue 16): the snapshot shown and its km².
                    if let Some(layer) = map.control_layer() {
                        crate::control_layer::legend_rows(ui, layer, scene.data, scene.day);
                    }
                })
                .response
                .rect
        })
        .inner;
    ui.data_mut(|d| d.insert_temp(legend_id, drawn));
    mark(ui, VectorLayer::End);
    let painter = ui.painter_at(rect);
    let strong = ui.visuals().strong_text_color();
    if let Some(title) = &text.title {
        mark(ui, VectorLayer::Begin("title"));
        painter.text(
            rect.right_top() + egui::vec2(-16.0, 12.0),
            Align2::RIGHT_TOP,
            title,
            FontId::proportional(26.0),
            strong,
        );
        mark(ui, VectorLayer::End);
    }
    if let Some(caption) = &text.caption {
        mark(ui, VectorLayer::Begin("caption"));
        let galley = painter.layout(
            caption.clone(),
            FontId::proportional(13.0),
            strong,
            (rect.width() - 140.0).max(100.0),
        );
        let pos = egui::pos2(rect.left() + 110.0, rect.bottom() - galley.size().y - 12.0);
        let frame = Rect::from_min_size(pos, galley.size()).expand(6.0);
        painter.rect_filled(frame, 4.0, ui.visuals().window_fill.gamma_multiply(0.92));
        painter.galley(pos, galley, Color32::PLACEHOLDER);
        mark(ui, VectorLayer::End);
    }
    actions
}

/// "Latest event shown: …. Source: …": the newest event up to `day` and the source of its first
/// passage, or None before the first event.
pub fn caption_for(data: &Dataset, day: NaiveDate) -> Option<String> {
    let event = data.events.iter().rev().find(|e| e.event.date.day <= day)?;
    let ev = &event.event;
    let shown = data.district_list(event, 3);
    let controller = data
        .controller(event.controller)
        .map_or(ev.controller.as_str(), |c| &c.label);
    let mut text = format!(
        "Latest change shown: {} — {shown} to {controller} ({}, {}).",
        ev.date.label(),
        ev.extent.label(),
        ev.certainty.label()
    );
    if let Some(doc) = ev
        .passages
        .first()
        .and_then(|p| data.corpus.get(&p.document))
    {
        text.push_str(&format!(" Source: {}.", doc.source_line()));
    }
    text.push_str(" Districts: Columbia Center for Spatial Research (MIT). Aleppo Atlas.");
    Some(text)
}
