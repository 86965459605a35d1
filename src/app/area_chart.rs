//! The chart under the timeline: the area each controller held over time (egui_plot), over the same
//! days as the timeline's visible range, with a line at the current day. Each controller has a line
//! for its point value and a band from the least to the most it can hold given what the sources say
//! (unstated shares, inferred districts, probable losses: see `atlas_core::timeline::areas`).
//! Clicking or dragging on it sets the day.

use super::timeline_view::DayRange;
use atlas_core::join::Dataset;
use atlas_core::timeline::AreaTotals;
use atlas_draw::palette::Palette;
use chrono::{Duration, NaiveDate};
use egui::{Color32, Ui};
use egui_plot::{FilledArea, Line, Plot, VLine};

/// x coordinate of a day on the chart.
fn x_of(day: NaiveDate) -> f64 {
    use chrono::Datelike;
    day.num_days_from_ce() as f64
}

fn day_of(x: f64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(x.round() as i32)
}

/// One controller's line and band: its name, colour, and point value and bounds after each change.
struct Band {
    name: String,
    colour: Color32,
    values: Vec<f64>,
    low: Vec<f64>,
    high: Vec<f64>,
}

/// The totals in force on `day` (the last entry of the series on or before it).
pub fn totals_on(series: &[AreaTotals], day: NaiveDate) -> Option<&AreaTotals> {
    let n = series.partition_point(|t| t.day <= day);
    n.checked_sub(1).and_then(|i| series.get(i))
}

/// Draws the chart `height` points tall; returns a day the user clicked or dragged to.
pub fn area_chart_ui(
    ui: &mut Ui,
    data: &Dataset,
    series: &[AreaTotals],
    range: DayRange,
    day: NaiveDate,
    palette: &Palette,
    height: f32,
) -> Option<NaiveDate> {
    let Some(last) = series.last() else {
        ui.weak("No areas to chart.");
        return None;
    };
    let total = last.total_km2.max(1e-6);
    let bands = bands_of(data, series, palette);

    // Step shape: each value holds until the next change, and the last one until the record's end.
    let end = data.record_end.max(range.end) + Duration::days(1);
    let mut xs = Vec::with_capacity(series.len() * 2);
    for (i, t) in series.iter().enumerate() {
        let next = series.get(i + 1).map_or(end, |n| n.day);
        xs.push(x_of(t.day));
        // A hair before the next change: x strictly increasing, which the filled band needs to
        // draw a step as a step.
        xs.push(x_of(next) - 1e-3);
    }
    // Each value twice, for the two ends of its step.
    let steps = |values: &[f64]| -> Vec<f64> { values.iter().flat_map(|v| [*v, *v]).collect() };
    let mut areas = Vec::new();
    let mut lines = Vec::new();
    for band in &bands {
        areas.push(
            FilledArea::new(
                format!("{} (least to most)", band.name),
                &xs,
                &steps(&band.low),
                &steps(&band.high),
            )
            .fill_color(band.colour.gamma_multiply(0.3))
            .allow_hover(false),
        );
        let points: Vec<[f64; 2]> = xs
            .iter()
            .zip(steps(&band.values))
            .map(|(x, y)| [*x, y])
            .collect();
        lines.push(
            Line::new(band.name.clone(), points)
                .color(band.colour)
                .width(2.0)
                .allow_hover(false),
        );
    }

    let response = fixed_plot("area chart", height)
        .default_y_bounds(0.0, total * 1.02)
        .show(ui, |plot| {
            plot.set_plot_bounds_x(x_of(range.start)..=x_of(range.end));
            plot.set_plot_bounds_y(0.0..=total * 1.02);
            for area in areas {
                plot.add(area);
            }
            for line in lines {
                plot.add(line);
            }
            plot.vline(
                VLine::new("Current day", x_of(day))
                    .color(palette.text)
                    .width(2.0),
            );
            plot.pointer_coordinate()
        });
    let plot_response = response.response;
    let pointer_day = response.inner.and_then(|p| day_of(p.x));
    if let Some(at) = pointer_day {
        if let Some(t) = totals_on(series, at) {
            plot_response
                .clone()
                .on_hover_ui_at_pointer(|ui| totals_tooltip(ui, data, at, t));
        }
    }
    if plot_response.clicked() || plot_response.dragged() {
        return pointer_day.map(|d| d.clamp(data.record_start, data.record_end));
    }
    None
}

/// A chart that neither zooms nor pans nor shows axes: the timeline sets its days.
pub(super) fn fixed_plot(id: &str, height: f32) -> Plot<'static> {
    Plot::new(id)
        .height(height)
        .show_axes([false, false])
        .show_grid([false, true])
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .set_margin_fraction(egui::Vec2::ZERO)
}

/// One band per controller that ever may have held ground.
fn bands_of(data: &Dataset, series: &[AreaTotals], palette: &Palette) -> Vec<Band> {
    let of = |c: usize, pick: fn(&AreaTotals) -> &[f64]| -> Vec<f64> {
        series
            .iter()
            .map(|t| pick(t).get(c).copied().unwrap_or(0.0))
            .collect()
    };
    let mut bands: Vec<Band> = data
        .controllers
        .controllers
        .iter()
        .enumerate()
        .map(|(c, controller)| Band {
            name: controller.label.clone(),
            colour: palette.controller(data, Some(c)),
            values: of(c, |t| &t.by_controller),
            low: of(c, |t| &t.low),
            high: of(c, |t| &t.high),
        })
        .collect();
    bands.retain(|b| b.high.iter().any(|v| *v > 0.0));
    bands
}

/// The areas held on `at`, for the pointer over the chart.
fn totals_tooltip(ui: &mut Ui, data: &Dataset, at: NaiveDate, t: &AreaTotals) {
    ui.strong(at.format("%-d %b %Y").to_string());
    for (c, controller) in data.controllers.controllers.iter().enumerate() {
        let km2 = t.by_controller.get(c).copied().unwrap_or(0.0);
        let (low, high) = (
            t.low.get(c).copied().unwrap_or(0.0),
            t.high.get(c).copied().unwrap_or(0.0),
        );
        if high > 0.0 {
            ui.label(format!(
                "{}: {:.1} km² ({:.0}%), between {low:.1} and {high:.1} km²",
                controller.label,
                km2,
                t.share(c) * 100.0
            ));
        }
    }
    if t.contested_km2 > 0.0 {
        ui.label(format!(
            "Partly held or contested: {:.1} km²",
            t.contested_km2
        ));
    }
    if t.unknown_km2 > 0.0 {
        ui.label(format!("Unknown: {:.1} km²", t.unknown_km2));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_through_the_axis() {
        let d = NaiveDate::from_ymd_opt(2016, 11, 28).expect("valid");
        assert_eq!(day_of(x_of(d)), Some(d));
        assert_eq!(day_of(x_of(d) + 0.4), Some(d));
    }
}
