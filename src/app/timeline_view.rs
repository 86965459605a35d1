//! The timeline: the current day, a slider over a zoomable part of the record with a tick per event
//! day, an overview of the whole record showing which part is visible, play/pause with speeds,
//! previous/next event, Home/End, and a field to type a date.
//!
//! The widget only draws the [`TimeControl`] it is given and returns the [`TimeCommand`]s the user
//! gave; the app applies them. It keeps only what typing a date needs.

pub use super::state::time_control::{DayRange, SPEEDS};
use super::state::time_control::{TimeCommand, TimeControl};
use super::{label_column, named_button};
use chrono::{Datelike, Duration, NaiveDate};
use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2, WidgetInfo};

/// An event day on the slider: how many events and the colour of the side the first one favours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub day: NaiveDate,
    pub count: usize,
    pub colour: Color32,
}

/// Why a typed date was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateInputError {
    #[error("\"{0}\" is not a date: type it as YYYY-MM-DD, e.g. 2016-11-28")]
    NotADate(String),
    #[error(
        "{} is outside the record ({} – {})",
        day.format("%-d %b %Y"),
        record.start.format("%-d %b %Y"),
        record.end.format("%-d %b %Y")
    )]
    OutsideRecord { day: NaiveDate, record: DayRange },
}

/// The timeline widget: the event ticks it draws and the date being typed.
pub struct TimelineView {
    ticks: Vec<Tick>,
    date_text: String,
    date_error: Option<DateInputError>,
}

impl TimelineView {
    pub fn new(ticks: Vec<Tick>) -> Self {
        Self {
            ticks,
            date_text: String::new(),
            date_error: None,
        }
    }

    /// The controls row, the slider and the overview of the record; returns what the user asked.
    pub fn ui(&mut self, ui: &mut Ui, time: &TimeControl) -> Vec<TimeCommand> {
        let mut commands = Vec::new();
        ui.horizontal_wrapped(|ui| self.controls_ui(ui, time, &mut commands));
        ui.horizontal(|ui| {
            label_column(ui, "Date", 46.0);
            self.slider_ui(ui, time, &mut commands);
        });
        ui.horizontal(|ui| {
            label_column(ui, "Record", 14.0);
            self.overview_ui(ui, time, &mut commands);
        });
        commands
    }

    fn controls_ui(&mut self, ui: &mut Ui, time: &TimeControl, commands: &mut Vec<TimeCommand>) {
        let steps_before = [
            (
                "« Start",
                "Start of the record",
                "Start of the record (Home)",
                TimeCommand::Start,
            ),
            (
                "‹ Event",
                "Previous event",
                "Previous event (Left arrow); a day back: Shift+Left",
                TimeCommand::PreviousEvent,
            ),
        ];
        let steps_after = [
            (
                "Event ›",
                "Next event",
                "Next event (Right arrow); a day on: Shift+Right",
                TimeCommand::NextEvent,
            ),
            (
                "End »",
                "End of the record",
                "End of the record (End)",
                TimeCommand::End,
            ),
        ];
        command_buttons(ui, &steps_before, commands);
        let name = if time.is_playing() { "Pause" } else { "Play" };
        let play = ui
            .add(egui::Button::new(RichText::new(name).strong()).min_size(Vec2::new(64.0, 0.0)))
            .on_hover_text("Play or pause (Space)");
        if play.clicked() {
            commands.push(TimeCommand::TogglePlay);
        }
        command_buttons(ui, &steps_after, commands);
        let speed_label = SPEEDS.iter().find(|(s, _)| *s == time.speed()).map_or_else(
            || format!("{} days/s", time.speed()),
            |(_, l)| l.to_string(),
        );
        let mut speed = time.speed();
        egui::ComboBox::from_id_salt("speed")
            .selected_text(speed_label)
            .width(90.0)
            .show_ui(ui, |ui| {
                for (choice, label) in SPEEDS {
                    ui.selectable_value(&mut speed, choice, label);
                }
            })
            .response
            .widget_info(|| WidgetInfo::labeled(egui::Role::ComboBox, true, "Playback speed"));
        if speed != time.speed() {
            commands.push(TimeCommand::SetSpeed(speed));
        }
        ui.separator();
        ui.heading(time.day().format("%-d %B %Y").to_string());
        ui.separator();
        self.date_field_ui(ui, time, commands);
        ui.separator();
        ui.label("Range");
        let busiest = time.busiest();
        if named_button(ui, "Busiest weeks", "Show the busiest weeks")
            .on_hover_text(format!(
                "{} – {}",
                busiest.start.format("%-d %b %Y"),
                busiest.end.format("%-d %b %Y")
            ))
            .clicked()
        {
            commands.push(TimeCommand::ShowBusiest);
        }
        if named_button(ui, "Whole record", "Show the whole record").clicked() {
            commands.push(TimeCommand::ShowWholeRecord);
        }
        if named_button(ui, "Zoom in", "Zoom the timeline in")
            .on_hover_text("Zoom the timeline in (or scroll over it)")
            .clicked()
        {
            commands.push(TimeCommand::ZoomAroundDay(0.5));
        }
        if named_button(ui, "Zoom out", "Zoom the timeline out")
            .on_hover_text("Zoom the timeline out")
            .clicked()
        {
            commands.push(TimeCommand::ZoomAroundDay(2.0));
        }
    }

    /// The field to type a date in; Enter goes there, or says why not.
    fn date_field_ui(&mut self, ui: &mut Ui, time: &TimeControl, commands: &mut Vec<TimeCommand>) {
        let label = ui.label("Go to");
        let id = ui.make_persistent_id("date field");
        let focused = ui.memory(|m| m.has_focus(id));
        if !focused && self.date_error.is_none() {
            self.date_text = time.day().format("%Y-%m-%d").to_string();
        }
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut self.date_text)
                    .id(id)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(90.0),
            )
            .labelled_by(label.id)
            .on_hover_text("Type a date (YYYY-MM-DD or 28 Nov 2016) and press Enter");
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            let record = time.record();
            match parse_typed_date(&self.date_text) {
                Ok(day) if record.contains(day) => {
                    self.date_error = None;
                    commands.push(TimeCommand::SetDay(day));
                }
                Ok(day) => self.date_error = Some(DateInputError::OutsideRecord { day, record }),
                Err(e) => self.date_error = Some(e),
            }
        }
        if field.changed() {
            self.date_error = None;
        }
        if let Some(error) = &self.date_error {
            ui.colored_label(ui.visuals().error_fg_color, error.to_string());
        }
    }

    fn slider_ui(&mut self, ui: &mut Ui, time: &TimeControl, commands: &mut Vec<TimeCommand>) {
        let width = ui.available_width().max(100.0);
        let (rect, response) =
            ui.allocate_exact_size(Vec2::new(width, 46.0), Sense::click_and_drag());
        let record = time.record();
        let day_number = (time.day() - record.start).num_days() as f64;
        let label = format!("Date: {}", time.day().format("%-d %B %Y"));
        response.widget_info(|| WidgetInfo::slider(true, day_number, &label));
        // Screen readers step the slider a day at a time.
        let (up, down) = ui.input(|i| {
            (
                i.num_accesskit_action_requests(response.id, egui::accesskit::Action::Increment),
                i.num_accesskit_action_requests(response.id, egui::accesskit::Action::Decrement),
            )
        });
        if up + down > 0 {
            commands.push(TimeCommand::StepDays(up as i64 - down as i64));
        }
        let track = Rect::from_min_max(
            Pos2::new(rect.left(), rect.top() + 4.0),
            Pos2::new(rect.right(), rect.top() + 26.0),
        );
        let range = time.range();
        let x_of = |day: NaiveDate, extra: f64| {
            track.left() + range.fraction_of(day, extra) as f32 * track.width()
        };
        if let Some(pos) = response.interact_pointer_pos() {
            if response.dragged() || response.clicked() || response.drag_started() {
                let fraction = ((pos.x - track.left()) / track.width()) as f64;
                let day = range.day_at(fraction);
                if day != time.day() {
                    commands.push(TimeCommand::SetDay(day));
                }
            }
        }
        if response.hovered() {
            let (scroll, hover) = ui.input(|i| (i.smooth_scroll_delta(), i.pointer.hover_pos()));
            if let Some(at) = hover {
                if scroll.y.abs() > 0.5 {
                    let centre = range.day_at(((at.x - track.left()) / track.width()) as f64);
                    commands.push(TimeCommand::ZoomRange {
                        factor: (-scroll.y as f64 / 200.0).exp(),
                        centre,
                    });
                }
                if scroll.x.abs() > 0.5 {
                    let shift = (-scroll.x as f64 / track.width() as f64 * range.days() as f64)
                        .round() as i64;
                    commands.push(TimeCommand::PanRange(shift));
                }
            }
        }

        // Not clipped to the rectangle: the handle may stick out at the ends.
        let painter = ui.painter();
        let visuals = ui.visuals();
        let text = visuals.text_color();
        let weak = visuals.weak_text_color();
        painter.rect_filled(track, 3.0, visuals.extreme_bg_color);
        // Axis marks.
        for (day, label) in axis_marks(range, track.width()) {
            let x = x_of(day, 0.0);
            painter.line_segment(
                [
                    Pos2::new(x, track.bottom()),
                    Pos2::new(x, track.bottom() + 4.0),
                ],
                Stroke::new(1.0, weak),
            );
            painter.text(
                Pos2::new(x, track.bottom() + 4.0),
                Align2::CENTER_TOP,
                label,
                FontId::proportional(10.5),
                weak,
            );
        }
        // Event ticks: taller for days with more events.
        for tick in self.ticks.iter().filter(|t| range.contains(t.day)) {
            let x = x_of(tick.day, 0.0);
            let h = (6.0 + 3.0 * tick.count.min(5) as f32).min(track.height() - 2.0);
            painter.line_segment(
                [
                    Pos2::new(x, track.bottom() - 1.0),
                    Pos2::new(x, track.bottom() - 1.0 - h),
                ],
                Stroke::new(2.0, tick.colour),
            );
        }
        // The handle.
        if range.contains(time.day()) {
            let x = x_of(time.day(), time.progress());
            let active = response.dragged() || response.hovered();
            painter.line_segment(
                [
                    Pos2::new(x, track.top() - 2.0),
                    Pos2::new(x, track.bottom() + 2.0),
                ],
                Stroke::new(2.0, text),
            );
            painter.circle(
                Pos2::new(x, track.top() + 2.0),
                if active { 7.0 } else { 6.0 },
                visuals.selection.bg_fill,
                Stroke::new(1.5, text),
            );
        }
        if response.has_focus() {
            painter.rect_stroke(
                track.expand(2.0),
                3.0,
                visuals.selection.stroke,
                egui::StrokeKind::Outside,
            );
        }
    }

    fn overview_ui(&mut self, ui: &mut Ui, time: &TimeControl, commands: &mut Vec<TimeCommand>) {
        let width = ui.available_width().max(100.0);
        let (rect, response) =
            ui.allocate_exact_size(Vec2::new(width, 14.0), Sense::click_and_drag());
        let range = time.range();
        let record = time.record();
        response.widget_info(|| {
            WidgetInfo::slider(
                true,
                (range.start - record.start).num_days() as f64,
                format!(
                    "Visible part of the timeline: {} to {}",
                    range.start.format("%-d %b %Y"),
                    range.end.format("%-d %b %Y")
                ),
            )
        });
        let bar = rect.shrink2(Vec2::new(0.0, 2.0));
        let x_of = |day: NaiveDate| bar.left() + record.fraction_of(day, 0.0) as f32 * bar.width();
        if response.dragged() {
            let shift = (response.drag_delta().x as f64 / bar.width() as f64 * record.days() as f64)
                .round() as i64;
            if shift != 0 {
                commands.push(TimeCommand::PanRange(shift));
            }
        } else if response.clicked() {
            if let Some(pos) = response.interact_pointer_pos() {
                let centre = record.day_at(((pos.x - bar.left()) / bar.width()) as f64);
                commands.push(TimeCommand::CentreRange(centre));
            }
        }
        let painter = ui.painter_at(rect);
        let visuals = ui.visuals();
        painter.rect_filled(bar, 2.0, visuals.extreme_bg_color);
        for tick in &self.ticks {
            let x = x_of(tick.day);
            painter.line_segment(
                [Pos2::new(x, bar.top()), Pos2::new(x, bar.bottom())],
                Stroke::new(1.0, tick.colour),
            );
        }
        let window = Rect::from_x_y_ranges(
            x_of(range.start)..=x_of(range.end).max(x_of(range.start) + 3.0),
            bar.y_range(),
        );
        painter.rect_stroke(
            window,
            2.0,
            Stroke::new(1.5, visuals.text_color()),
            egui::StrokeKind::Outside,
        );
        let x = x_of(time.day());
        painter.line_segment(
            [Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
            Stroke::new(2.0, visuals.text_color()),
        );
        // Years along the bar.
        let mut year = record.start.year() + 1;
        while let Some(first) = NaiveDate::from_ymd_opt(year, 1, 1) {
            if first > record.end {
                break;
            }
            let x = x_of(first);
            painter.text(
                Pos2::new(x + 2.0, bar.center().y),
                Align2::LEFT_CENTER,
                year.to_string(),
                FontId::proportional(9.0),
                visuals.weak_text_color(),
            );
            year += 1;
        }
    }
}

/// Buttons (text, accessible name, hover text) that each give their command when clicked.
fn command_buttons(
    ui: &mut Ui,
    buttons: &[(&str, &str, &str, TimeCommand)],
    commands: &mut Vec<TimeCommand>,
) {
    for &(text, name, hover, command) in buttons {
        if named_button(ui, text, name).on_hover_text(hover).clicked() {
            commands.push(command);
        }
    }
}

/// Reads a typed date: `2016-11-28`, `28 Nov 2016` or `28 November 2016`.
pub fn parse_typed_date(text: &str) -> Result<NaiveDate, DateInputError> {
    let t = text.trim();
    for format in ["%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%d/%m/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(t, format) {
            return Ok(d);
        }
    }
    Err(DateInputError::NotADate(t.to_string()))
}

/// Labelled marks for an axis over `range` drawn `width` points wide: days, weeks, months or years,
/// whichever leaves at least 70 points between labels.
pub fn axis_marks(range: DayRange, width: f32) -> Vec<(NaiveDate, String)> {
    let per_day = width / range.days() as f32;
    let mut out = Vec::new();
    let steps_days: [(i64, &str); 3] = [(1, "%-d %b"), (2, "%-d %b"), (7, "%-d %b")];
    for (step, format) in steps_days {
        if per_day * step as f32 >= 70.0 {
            let mut d = range.start;
            while d <= range.end {
                out.push((d, d.format(format).to_string()));
                d += Duration::days(step);
            }
            return out;
        }
    }
    for months in [1i64, 3, 6, 12, 24, 48] {
        if per_day * 30.4 * months as f32 >= 70.0 {
            // Months counted from year 0, aligned to the step.
            let mut index = range.start.year() as i64 * 12 + range.start.month0() as i64;
            index -= index.rem_euclid(months);
            loop {
                let year = index.div_euclid(12) as i32;
                let month = index.rem_euclid(12) as u32 + 1;
                let Some(d) = NaiveDate::from_ymd_opt(year, month, 1) else {
                    break;
                };
                if d > range.end {
                    break;
                }
                if d >= range.start {
                    let format = if months >= 12 { "%Y" } else { "%b %Y" };
                    out.push((d, d.format(format).to_string()));
                }
                index += months;
            }
            return out;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn typed_dates() {
        assert_eq!(parse_typed_date("2016-11-28"), Ok(day("2016-11-28")));
        assert_eq!(parse_typed_date(" 28 Nov 2016 "), Ok(day("2016-11-28")));
        assert_eq!(
            parse_typed_date("2016-02-30"),
            Err(DateInputError::NotADate("2016-02-30".into()))
        );
        let outside = DateInputError::OutsideRecord {
            day: day("2021-01-01"),
            record: DayRange::new(day("2012-07-01"), day("2020-02-17")),
        };
        assert_eq!(
            outside.to_string(),
            "1 Jan 2021 is outside the record (1 Jul 2012 – 17 Feb 2020)"
        );
    }

    #[test]
    fn axis_marks_do_not_crowd() {
        let r = DayRange::new(day("2016-11-08"), day("2016-12-29"));
        let marks = axis_marks(r, 1000.0);
        assert!(marks.len() >= 5 && marks.len() <= 15, "{}", marks.len());
        let whole = DayRange::new(day("2012-07-01"), day("2020-02-17"));
        let marks = axis_marks(whole, 1000.0);
        assert!(marks.iter().all(|(d, _)| whole.contains(*d)));
        assert!(marks.len() >= 4 && marks.len() <= 15, "{}", marks.len());
    }
}
