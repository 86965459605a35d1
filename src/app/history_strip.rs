//! The history of the selected district as a strip under the chart: who held it when (striped where
//! only partly), over the timeline's visible range, with a mark for each event that names it.
//! Clicking sets the day. It lights up while its district is hovered elsewhere, and reports when the
//! pointer is on it (so the district lights up on the map).

use super::timeline_view::DayRange;
use atlas_core::join::Dataset;
use atlas_core::model::Certainty;
use atlas_core::timeline::ControlIndex;
use atlas_draw::overlay::{self, Tint};
use atlas_draw::palette::Palette;
use chrono::{Duration, NaiveDate};
use egui::{Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2, WidgetInfo};

/// What the strip shows this frame.
pub struct HistoryScene<'a> {
    pub data: &'a Dataset,
    pub index: &'a ControlIndex,
    pub district: usize,
    pub range: DayRange,
    pub day: NaiveDate,
    /// The district is hovered in another panel.
    pub lit: bool,
    pub palette: &'a Palette,
}

/// What the user did on the strip this frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HistoryAction {
    /// A day clicked.
    pub clicked_day: Option<NaiveDate>,
    /// The pointer is on the strip.
    pub hovered: bool,
    /// The pointer is on an event's mark.
    pub hovered_event: Option<usize>,
}

/// Draws the strip; returns what the user did.
pub fn history_strip_ui(ui: &mut Ui, scene: &HistoryScene<'_>) -> HistoryAction {
    let HistoryScene {
        data,
        district,
        range,
        day,
        lit,
        palette,
        ..
    } = *scene;
    let name = data
        .layer
        .districts
        .get(district)
        .map_or("", |d| d.name.as_str());
    let width = ui.available_width().max(100.0);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, 26.0), Sense::click());
    response.widget_info(|| {
        WidgetInfo::slider(
            true,
            (day - data.record_start).num_days() as f64,
            format!("History of {name}"),
        )
    });
    let bar = Rect::from_min_max(
        Pos2::new(rect.left(), rect.top() + 8.0),
        Pos2::new(rect.right(), rect.bottom() - 2.0),
    );
    let x_of = |d: NaiveDate| {
        bar.left() + range.fraction_of(d, 0.0).clamp(-0.01, 1.01) as f32 * bar.width()
    };
    let painter = ui.painter_at(rect.expand2(Vec2::new(6.0, 0.0)));
    painter.rect_filled(bar, 2.0, ui.visuals().extreme_bg_color);
    paint_spans(&painter, scene, bar, &x_of);
    let hovered_event = paint_event_marks(&painter, scene, bar, &x_of, response.hover_pos());
    if lit {
        painter.rect_stroke(
            bar.expand(2.0),
            3.0,
            Stroke::new(2.0, palette.highlight),
            egui::StrokeKind::Outside,
        );
    }
    let x = x_of(day);
    if range.contains(day) {
        painter.line_segment(
            [Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
            Stroke::new(2.0, palette.text),
        );
    }
    if let Some(e) = hovered_event.and_then(|e| data.events.get(e)) {
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.strong(e.event.date.label());
            let controller = data
                .controller(e.controller)
                .map_or(e.event.controller.as_str(), |c| c.label.as_str());
            ui.label(format!(
                "passes to {controller} ({})",
                e.event.extent.label()
            ));
            ui.weak(e.event.certainty.label());
        });
    }
    let clicked_day = response
        .interact_pointer_pos()
        .filter(|_| response.clicked())
        .map(|p| range.day_at(((p.x - bar.left()) / bar.width()) as f64));
    HistoryAction {
        clicked_day,
        hovered: response.hovered(),
        hovered_event,
    }
}

/// Who held the district over the range, one coloured span per state (striped when partly held).
fn paint_spans(
    painter: &egui::Painter,
    scene: &HistoryScene<'_>,
    bar: Rect,
    x_of: &dyn Fn(NaiveDate) -> f32,
) {
    let HistoryScene {
        data,
        index,
        district,
        range,
        palette,
        ..
    } = *scene;
    let end = data.record_end + Duration::days(1);
    for span in index.history(district) {
        let from = span.from.unwrap_or(data.record_start);
        let until = span.until.unwrap_or(end);
        if until < range.start || from > range.end {
            continue;
        }
        let r = Rect::from_x_y_ranges(x_of(from)..=x_of(until), bar.y_range()).intersect(bar);
        if r.width() <= 0.0 {
            continue;
        }
        let colour = palette.controller(data, span.state.controller);
        painter.rect_filled(r, 0.0, colour);
        let ring = vec![vec![
            r.left_top(),
            r.right_top(),
            r.right_bottom(),
            r.left_bottom(),
        ]];
        // The map's own patterns: who holds the rest, how sure the sources are.
        for (pattern, tint) in overlay::overlays(&span.state).into_iter().flatten() {
            let colour = match tint {
                Tint::Controller(c) => palette.controller(data, c),
                Tint::Mark => palette.mark.gamma_multiply(pattern.mark_strength()),
            };
            let (lines, width) = pattern.lines(&ring, 6.0);
            for seg in lines {
                painter.line_segment(seg, Stroke::new(width.min(2.5), colour));
            }
        }
    }
}

/// A triangle over the strip for each event of the district in range (hollow when it does not move
/// the map: disputed, or a counted loss naming no district); the one under the pointer, if any.
fn paint_event_marks(
    painter: &egui::Painter,
    scene: &HistoryScene<'_>,
    bar: Rect,
    x_of: &dyn Fn(NaiveDate) -> f32,
    pointer: Option<Pos2>,
) -> Option<usize> {
    let HistoryScene {
        data,
        index,
        district,
        range,
        palette,
        ..
    } = *scene;
    let mut hovered_event = None;
    for e in index.events_of(district) {
        let Some(event) = data.events.get(e) else {
            continue;
        };
        let d = event.event.date.day;
        if !range.contains(d) {
            continue;
        }
        let x = x_of(d);
        let tip = Pos2::new(x, bar.top());
        let colour = palette.controller(data, Some(event.controller));
        let triangle = vec![tip, tip + Vec2::new(-5.0, -7.0), tip + Vec2::new(5.0, -7.0)];
        let marks_only = event.event.count.is_some()
            || matches!(event.event.certainty, Certainty::Disputed { .. });
        let fill = if marks_only {
            egui::Color32::TRANSPARENT
        } else {
            colour
        };
        painter.add(Shape::convex_polygon(
            triangle,
            fill,
            Stroke::new(1.0, palette.text),
        ));
        if pointer.is_some_and(|p| (p.x - x).abs() < 5.0) {
            hovered_event = Some(e);
        }
    }
    hovered_event
}
