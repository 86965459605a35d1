//! The timeline: the current day, a slider over a zoomable part of the record with a tick per event
//! day, an overview of the whole record showing which part is visible, play/pause with speeds,
//! previous/next event, Home/End, and a field to type a date.
//!
//! The view owns the current day; the app reads it every frame and recolours the map from it.

use super::{label_column, named_button};
use chrono::{Datelike, Duration, NaiveDate};
use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2, WidgetInfo};

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl DayRange {
    pub fn new(a: NaiveDate, b: NaiveDate) -> Self {
        Self {
            start: a.min(b),
            end: a.max(b),
        }
    }

    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days().max(1)
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// The day at a fraction (0 = start, 1 = end) of the range, rounded to the nearest day.
    pub fn day_at(&self, fraction: f64) -> NaiveDate {
        let offset = (fraction.clamp(0.0, 1.0) * self.days() as f64).round() as i64;
        self.start + Duration::days(offset)
    }

    /// Where a (possibly fractional) day lies in the range, 0 at the start and 1 at the end.
    pub fn fraction_of(&self, day: NaiveDate, extra: f64) -> f64 {
        ((day - self.start).num_days() as f64 + extra) / self.days() as f64
    }

    /// This range moved (keeping its length) so that it lies inside `outer`.
    pub fn clamped_into(self, outer: DayRange) -> Self {
        let len = self.days().min(outer.days());
        let mut start = self.start.max(outer.start);
        if start + Duration::days(len) > outer.end {
            start = outer.end - Duration::days(len);
        }
        Self {
            start,
            end: start + Duration::days(len),
        }
    }
}

/// An event day on the slider: how many events and the colour of the side the first one favours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub day: NaiveDate,
    pub count: usize,
    pub colour: Color32,
}

/// Playback speeds, in days per second.
pub const SPEEDS: [(f64, &str); 5] = [
    (0.5, "½ day/s"),
    (1.0, "1 day/s"),
    (3.0, "3 days/s"),
    (7.0, "1 week/s"),
    (30.0, "1 month/s"),
];

/// The busiest stretch of the record: the window of `window_days` holding the most events, widened
/// by a margin on both sides. The whole record when it is shorter than that.
pub fn busiest_range(ticks: &[Tick], record: DayRange, window_days: i64) -> DayRange {
    if record.days() <= window_days * 2 || ticks.is_empty() {
        return record;
    }
    let mut best = (0usize, record.start);
    for (i, start) in ticks.iter().enumerate() {
        let count: usize = ticks[i..]
            .iter()
            .take_while(|t| (t.day - start.day).num_days() <= window_days)
            .map(|t| t.count)
            .sum();
        if count > best.0 {
            best = (count, start.day);
        }
    }
    let first = best.1;
    let last = ticks
        .iter()
        .filter(|t| t.day >= first && (t.day - first).num_days() <= window_days)
        .map(|t| t.day)
        .max()
        .unwrap_or(first);
    let margin = Duration::days(((last - first).num_days() / 6).max(3));
    let range = DayRange::new(first - margin, last + margin);
    DayRange::new(range.start.max(record.start), range.end.min(record.end))
}

/// State of the timeline.
pub struct TimelineView {
    day: NaiveDate,
    /// The part of the record the slider shows.
    range: DayRange,
    /// The whole record.
    record: DayRange,
    default_range: DayRange,
    ticks: Vec<Tick>,
    playing: bool,
    speed: f64,
    /// Fraction of a day already played.
    progress: f64,
    date_text: String,
    date_error: Option<String>,
}

impl TimelineView {
    pub fn new(record: DayRange, ticks: Vec<Tick>) -> Self {
        let default_range = busiest_range(&ticks, record, 40);
        let first_busy = ticks
            .iter()
            .map(|t| t.day)
            .find(|d| default_range.contains(*d))
            .unwrap_or(default_range.start);
        Self {
            day: first_busy,
            range: default_range,
            record,
            default_range,
            ticks,
            playing: false,
            speed: 1.0,
            progress: 0.0,
            date_text: String::new(),
            date_error: None,
        }
    }

    pub fn day(&self) -> NaiveDate {
        self.day
    }

    pub fn range(&self) -> DayRange {
        self.range
    }

    pub fn record(&self) -> DayRange {
        self.record
    }

    pub fn is_playing(&self) -> bool {
        self.playing
    }

    pub fn speed(&self) -> f64 {
        self.speed
    }

    pub fn set_speed(&mut self, speed: f64) {
        if speed.is_finite() && speed > 0.0 {
            self.speed = speed;
        }
    }

    /// Goes to a day (kept inside the record); the visible range follows when the day leaves it.
    pub fn set_day(&mut self, day: NaiveDate) {
        self.day = day.clamp(self.record.start, self.record.end);
        self.progress = 0.0;
        if !self.range.contains(self.day) {
            let half = Duration::days(self.range.days() / 2);
            self.range = DayRange {
                start: self.day - half,
                end: self.day - half + Duration::days(self.range.days()),
            }
            .clamped_into(self.record);
        }
    }

    pub fn set_range(&mut self, range: DayRange) {
        let range = DayRange::new(
            range.start.max(self.record.start),
            range.end.min(self.record.end),
        );
        if range.end > range.start {
            self.range = range;
        }
    }

    pub fn toggle_play(&mut self) {
        if self.playing {
            self.playing = false;
            return;
        }
        // Playing from the end starts over at the beginning of the visible range.
        if self.day >= self.range.end.min(self.record.end) {
            self.day = self.range.start;
        }
        self.playing = true;
        self.progress = 0.0;
    }

    /// Advances playback by `seconds`; returns true when the day changed.
    pub fn advance(&mut self, seconds: f32) -> bool {
        if !self.playing {
            return false;
        }
        self.progress += seconds.clamp(0.0, 0.25) as f64 * self.speed;
        let whole = self.progress.floor();
        if whole < 1.0 {
            return false;
        }
        self.progress -= whole;
        let stop = if self.range.end > self.day {
            self.range.end
        } else {
            self.record.end
        };
        let next = self.day + Duration::days(whole as i64);
        if next >= stop {
            self.day = stop;
            self.playing = false;
            self.progress = 0.0;
        } else {
            self.day = next;
        }
        true
    }

    /// The previous or next day with an event (`direction` −1 or +1).
    pub fn step_event(&mut self, direction: i32) {
        let target = if direction < 0 {
            self.ticks
                .iter()
                .rev()
                .map(|t| t.day)
                .find(|d| *d < self.day)
        } else {
            self.ticks.iter().map(|t| t.day).find(|d| *d > self.day)
        };
        if let Some(day) = target {
            self.set_day(day);
        }
    }

    pub fn step_days(&mut self, days: i64) {
        self.set_day(self.day + Duration::days(days));
    }

    pub fn go_home(&mut self) {
        self.set_day(self.record.start);
    }

    pub fn go_end(&mut self) {
        self.set_day(self.record.end);
    }

    /// Zooms the visible range by `factor` (< 1 zooms in) around `centre`.
    pub fn zoom_range(&mut self, factor: f64, centre: NaiveDate) {
        let days =
            ((self.range.days() as f64 * factor).round() as i64).clamp(7, self.record.days());
        let before = (centre - self.range.start).num_days() as f64 / self.range.days() as f64;
        let start = centre - Duration::days((before * days as f64).round() as i64);
        self.range = DayRange {
            start,
            end: start + Duration::days(days),
        }
        .clamped_into(self.record);
    }

    /// The controls row, the slider and the overview of the record.
    pub fn ui(&mut self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| self.controls_ui(ui));
        ui.horizontal(|ui| {
            label_column(ui, "Date", 46.0);
            self.slider_ui(ui);
        });
        ui.horizontal(|ui| {
            label_column(ui, "Record", 14.0);
            self.overview_ui(ui);
        });
    }

    fn controls_ui(&mut self, ui: &mut Ui) {
        if named_button(ui, "« Start", "Start of the record")
            .on_hover_text("Start of the record (Home)")
            .clicked()
        {
            self.go_home();
        }
        if named_button(ui, "‹ Event", "Previous event")
            .on_hover_text("Previous event (Left arrow); a day back: Shift+Left")
            .clicked()
        {
            self.step_event(-1);
        }
        let name = if self.playing { "Pause" } else { "Play" };
        let play = ui
            .add(egui::Button::new(RichText::new(name).strong()).min_size(Vec2::new(64.0, 0.0)))
            .on_hover_text("Play or pause (Space)");
        if play.clicked() {
            self.toggle_play();
        }
        if named_button(ui, "Event ›", "Next event")
            .on_hover_text("Next event (Right arrow); a day on: Shift+Right")
            .clicked()
        {
            self.step_event(1);
        }
        if named_button(ui, "End »", "End of the record")
            .on_hover_text("End of the record (End)")
            .clicked()
        {
            self.go_end();
        }
        let speed_label = SPEEDS
            .iter()
            .find(|(s, _)| *s == self.speed)
            .map_or_else(|| format!("{} days/s", self.speed), |(_, l)| l.to_string());
        egui::ComboBox::from_id_salt("speed")
            .selected_text(speed_label)
            .width(90.0)
            .show_ui(ui, |ui| {
                for (speed, label) in SPEEDS {
                    ui.selectable_value(&mut self.speed, speed, label);
                }
            })
            .response
            .widget_info(|| WidgetInfo::labeled(egui::Role::ComboBox, true, "Playback speed"));
        ui.separator();
        ui.heading(self.day.format("%-d %B %Y").to_string());
        ui.separator();
        let label = ui.label("Go to");
        let id = ui.make_persistent_id("date field");
        let focused = ui.memory(|m| m.has_focus(id));
        if !focused && self.date_error.is_none() {
            self.date_text = self.day.format("%Y-%m-%d").to_string();
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
            match parse_typed_date(&self.date_text) {
                Ok(day) if self.record.contains(day) => {
                    self.date_error = None;
                    self.set_day(day);
                }
                Ok(day) => {
                    self.date_error = Some(format!(
                        "{} is outside the record ({} – {})",
                        day.format("%-d %b %Y"),
                        self.record.start.format("%-d %b %Y"),
                        self.record.end.format("%-d %b %Y")
                    ))
                }
                Err(e) => self.date_error = Some(e),
            }
        }
        if field.changed() {
            self.date_error = None;
        }
        if let Some(error) = &self.date_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.separator();
        ui.label("Range");
        if named_button(ui, "Busiest weeks", "Show the busiest weeks")
            .on_hover_text(format!(
                "{} – {}",
                self.default_range.start.format("%-d %b %Y"),
                self.default_range.end.format("%-d %b %Y")
            ))
            .clicked()
        {
            self.range = self.default_range;
        }
        if named_button(ui, "Whole record", "Show the whole record").clicked() {
            self.range = self.record;
        }
        if named_button(ui, "Zoom in", "Zoom the timeline in")
            .on_hover_text("Zoom the timeline in (or scroll over it)")
            .clicked()
        {
            self.zoom_range(0.5, self.day);
        }
        if named_button(ui, "Zoom out", "Zoom the timeline out")
            .on_hover_text("Zoom the timeline out")
            .clicked()
        {
            self.zoom_range(2.0, self.day);
        }
    }

    fn slider_ui(&mut self, ui: &mut Ui) {
        let width = ui.available_width().max(100.0);
        let (rect, response) =
            ui.allocate_exact_size(Vec2::new(width, 46.0), Sense::click_and_drag());
        let day_number = (self.day - self.record.start).num_days() as f64;
        let label = format!("Date: {}", self.day.format("%-d %B %Y"));
        response.widget_info(|| WidgetInfo::slider(true, day_number, &label));
        // Screen readers step the slider a day at a time.
        let (up, down) = ui.input(|i| {
            (
                i.num_accesskit_action_requests(response.id, egui::accesskit::Action::Increment),
                i.num_accesskit_action_requests(response.id, egui::accesskit::Action::Decrement),
            )
        });
        if up + down > 0 {
            self.step_days(up as i64 - down as i64);
        }
        let track = Rect::from_min_max(
            Pos2::new(rect.left(), rect.top() + 4.0),
            Pos2::new(rect.right(), rect.top() + 26.0),
        );
        let range = self.range;
        let x_of = |day: NaiveDate, extra: f64| {
            track.left() + range.fraction_of(day, extra) as f32 * track.width()
        };
        if let Some(pos) = response.interact_pointer_pos() {
            if response.dragged() || response.clicked() || response.drag_started() {
                let fraction = ((pos.x - track.left()) / track.width()) as f64;
                let day = range.day_at(fraction);
                if day != self.day {
                    self.day = day;
                    self.progress = 0.0;
                }
            }
        }
        if response.hovered() {
            let (scroll, hover) = ui.input(|i| (i.smooth_scroll_delta(), i.pointer.hover_pos()));
            if let Some(at) = hover {
                if scroll.y.abs() > 0.5 {
                    let centre = range.day_at(((at.x - track.left()) / track.width()) as f64);
                    self.zoom_range((-scroll.y as f64 / 200.0).exp(), centre);
                }
                if scroll.x.abs() > 0.5 {
                    let shift = (-scroll.x as f64 / track.width() as f64 * range.days() as f64)
                        .round() as i64;
                    self.range = DayRange {
                        start: range.start + Duration::days(shift),
                        end: range.end + Duration::days(shift),
                    }
                    .clamped_into(self.record);
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
        if range.contains(self.day) {
            let x = x_of(self.day, self.progress);
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

    fn overview_ui(&mut self, ui: &mut Ui) {
        let width = ui.available_width().max(100.0);
        let (rect, response) =
            ui.allocate_exact_size(Vec2::new(width, 14.0), Sense::click_and_drag());
        response.widget_info(|| {
            WidgetInfo::slider(
                true,
                (self.range.start - self.record.start).num_days() as f64,
                format!(
                    "Visible part of the timeline: {} to {}",
                    self.range.start.format("%-d %b %Y"),
                    self.range.end.format("%-d %b %Y")
                ),
            )
        });
        let bar = rect.shrink2(Vec2::new(0.0, 2.0));
        let record = self.record;
        let x_of = |day: NaiveDate| bar.left() + record.fraction_of(day, 0.0) as f32 * bar.width();
        if response.dragged() {
            let shift = (response.drag_delta().x as f64 / bar.width() as f64 * record.days() as f64)
                .round() as i64;
            if shift != 0 {
                self.range = DayRange {
                    start: self.range.start + Duration::days(shift),
                    end: self.range.end + Duration::days(shift),
                }
                .clamped_into(record);
            }
        } else if response.clicked() {
            if let Some(pos) = response.interact_pointer_pos() {
                let centre = record.day_at(((pos.x - bar.left()) / bar.width()) as f64);
                let half = Duration::days(self.range.days() / 2);
                self.range = DayRange {
                    start: centre - half,
                    end: centre - half + Duration::days(self.range.days()),
                }
                .clamped_into(record);
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
            x_of(self.range.start)..=x_of(self.range.end).max(x_of(self.range.start) + 3.0),
            bar.y_range(),
        );
        painter.rect_stroke(
            window,
            2.0,
            Stroke::new(1.5, visuals.text_color()),
            egui::StrokeKind::Outside,
        );
        let x = x_of(self.day);
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

/// Reads a typed date: `2016-11-28`, `28 Nov 2016` or `28 November 2016`.
pub fn parse_typed_date(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    for format in ["%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%d/%m/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(t, format) {
            return Ok(d);
        }
    }
    Err(format!(
        "\"{t}\" is not a date: type it as YYYY-MM-DD, e.g. 2016-11-28"
    ))
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

    fn tick(s: &str, count: usize) -> Tick {
        Tick {
            day: day(s),
            count,
            colour: Color32::RED,
        }
    }

    #[test]
    fn the_busiest_weeks_are_found() {
        let record = DayRange::new(day("2012-07-01"), day("2020-02-17"));
        let ticks = vec![
            tick("2012-08-10", 4),
            tick("2016-11-14", 3),
            tick("2016-11-28", 10),
            tick("2016-12-22", 2),
            tick("2020-02-17", 1),
        ];
        let r = busiest_range(&ticks, record, 40);
        assert!(
            r.start <= day("2016-11-14") && r.start >= day("2016-11-01"),
            "{r:?}"
        );
        assert!(
            r.end >= day("2016-12-22") && r.end <= day("2017-01-10"),
            "{r:?}"
        );
    }

    #[test]
    fn stepping_and_playing() {
        let record = DayRange::new(day("2016-11-01"), day("2016-12-31"));
        let mut t = TimelineView::new(record, vec![tick("2016-11-14", 1), tick("2016-11-20", 1)]);
        t.set_day(day("2016-11-15"));
        t.step_event(1);
        assert_eq!(t.day(), day("2016-11-20"));
        t.step_event(-1);
        assert_eq!(t.day(), day("2016-11-14"));
        t.step_days(1);
        assert_eq!(t.day(), day("2016-11-15"));
        t.toggle_play();
        for _ in 0..12 {
            t.advance(0.25);
        }
        assert_eq!(t.day(), day("2016-11-18"));
        t.go_end();
        assert_eq!(t.day(), record.end);
        t.go_home();
        assert_eq!(t.day(), record.start);
    }

    #[test]
    fn the_range_follows_the_day() {
        let record = DayRange::new(day("2012-07-01"), day("2020-02-17"));
        let mut t = TimelineView::new(record, vec![tick("2016-11-14", 3), tick("2016-12-01", 3)]);
        t.set_range(DayRange::new(day("2016-11-01"), day("2016-12-31")));
        t.set_day(day("2014-05-22"));
        assert!(t.range().contains(day("2014-05-22")));
        assert_eq!(t.range().days(), 60);
    }

    #[test]
    fn typed_dates() {
        assert_eq!(parse_typed_date("2016-11-28"), Ok(day("2016-11-28")));
        assert_eq!(parse_typed_date(" 28 Nov 2016 "), Ok(day("2016-11-28")));
        assert!(parse_typed_date("2016-02-30").is_err());
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
