//! Control areas over time in the window (issue 16): the record stretched to their snapshots' days,
//! their layer handed to the map, and a chart of the geodesic km² each of their controllers holds,
//! snapshot after snapshot (a row of its own under the districts' chart: a country's km² and a
//! city's do not share an axis). Clicking or dragging on the chart sets the day.

use super::timeline_view::DayRange;
use atlas_core::model::control_areas::ControlAreas;
use atlas_core::session::LoadedData;
use atlas_draw::control_layer::{area_colour, ControlLayer};
use atlas_draw::map_view::MapView;
use chrono::{Datelike, NaiveDate};
use egui::Ui;
use egui_plot::{Line, VLine};

/// The record's days, widened to hold every snapshot of the control areas.
pub(super) fn record_with_control_areas(record: DayRange, data: &LoadedData) -> DayRange {
    match data.control_areas.as_deref().and_then(ControlAreas::span) {
        Some((first, last)) => DayRange::new(record.start.min(first), record.end.max(last)),
        None => record,
    }
}

/// Gives the map the control areas of `data` (or none), in the map's frame.
pub(super) fn show_control_areas(map: &mut MapView, data: &LoadedData) {
    let frame = map.shapes().frame;
    let layer = data
        .control_areas
        .clone()
        .map(|areas| ControlLayer::new(areas, frame));
    map.set_control_layer(layer);
}

fn x_of(day: NaiveDate) -> f64 {
    f64::from(day.num_days_from_ce())
}

/// Draws the chart `height` points tall; returns a day the user clicked or dragged to.
pub(super) fn control_area_chart_ui(
    ui: &mut Ui,
    data: &LoadedData,
    range: DayRange,
    day: NaiveDate,
    height: f32,
) -> Option<NaiveDate> {
    let areas = data.control_areas.as_deref()?;
    let controllers = areas.controllers();
    let top = largest_km2(areas).max(1e-6);
    let lines: Vec<Line<'_>> = controllers
        .iter()
        .map(|name| {
            // A point per snapshot, joined by straight lines (steps drawn as one stroked path came out
            // as wedges at their corners), the last held to the end of the range.
            let mut points: Vec<[f64; 2]> = areas
                .snapshots
                .iter()
                .map(|s| [x_of(s.day), s.km2_of(name)])
                .collect();
            if let Some(&[x, km2]) = points.last() {
                points.push([x.max(x_of(range.end)), km2]);
            }
            Line::new(format!("{name} (control areas)"), points)
                .color(area_colour(&data.dataset, &controllers, name))
                .width(2.0)
                .allow_hover(false)
        })
        .collect();
    let text_colour = ui.visuals().text_color();
    let response = super::area_chart::fixed_plot("control area chart", height).show(ui, |plot| {
        plot.set_plot_bounds_x(x_of(range.start)..=x_of(range.end));
        plot.set_plot_bounds_y(0.0..=top * 1.05);
        for line in lines {
            plot.add(line);
        }
        plot.vline(
            VLine::new("Current day", x_of(day))
                .color(text_colour)
                .width(2.0),
        );
        plot.pointer_coordinate()
    });
    let pointer_day = response
        .inner
        .and_then(|p| NaiveDate::from_num_days_from_ce_opt(p.x.round() as i32));
    let plot_response = response.response;
    if let Some(at) = pointer_day {
        if let Some(snapshot) = areas.snapshot_at(at) {
            plot_response.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(format!("Control areas of {}", snapshot.day));
                for area in &snapshot.areas {
                    ui.label(format!("{}: {:.1} km²", area.controller, area.area_km2));
                }
            });
        }
    }
    if plot_response.clicked() || plot_response.dragged() {
        return pointer_day.map(|d| d.clamp(range.start, range.end));
    }
    None
}

/// The chart's label: the most any controller holds, for scale.
pub(super) fn chart_label(data: &LoadedData) -> Option<String> {
    let areas = data.control_areas.as_deref()?;
    let top = largest_km2(areas);
    Some(format!("Control areas\n(up to {top:.0} km²)"))
}

/// The most km² any controller holds in any snapshot.
fn largest_km2(areas: &ControlAreas) -> f64 {
    areas
        .snapshots
        .iter()
        .flat_map(|s| s.areas.iter().map(|a| a.area_km2))
        .fold(0.0_f64, f64::max)
}
