//! The time the app shows: the current day, the visible part of the record, playback and its speed.
//! It changes only through [`TimeCommand`]s and [`TimeControl::tick`], so it is tested with a fixed
//! time step and no window; the timeline widget draws it and returns the commands the user gave.

use chrono::{Duration, NaiveDate};

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

    /// A range as long as this one, centred on `day`.
    fn centred_on(self, day: NaiveDate) -> Self {
        let half = Duration::days(self.days() / 2);
        Self {
            start: day - half,
            end: day - half + Duration::days(self.days()),
        }
    }

    /// This range moved by `days`.
    fn shifted(self, days: i64) -> Self {
        Self {
            start: self.start + Duration::days(days),
            end: self.end + Duration::days(days),
        }
    }
}

/// A day with events, and how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDay {
    pub day: NaiveDate,
    pub count: usize,
}

/// Playback speeds, in days per second.
pub const SPEEDS: [(f64, &str); 5] = [
    (0.5, "½ day/s"),
    (1.0, "1 day/s"),
    (3.0, "3 days/s"),
    (7.0, "1 week/s"),
    (30.0, "1 month/s"),
];

/// The longest time step playback takes at once, in seconds (a stalled frame does not jump ahead).
const LONGEST_TICK: f64 = 0.25;

/// The busiest stretch of the record: the window of `window_days` holding the most events, widened
/// by a margin on both sides. The whole record when it is shorter than that.
pub fn busiest_range(event_days: &[EventDay], record: DayRange, window_days: i64) -> DayRange {
    if record.days() <= window_days * 2 || event_days.is_empty() {
        return record;
    }
    let mut best = (0usize, record.start);
    for (i, start) in event_days.iter().enumerate() {
        let count: usize = event_days[i..]
            .iter()
            .take_while(|t| (t.day - start.day).num_days() <= window_days)
            .map(|t| t.count)
            .sum();
        if count > best.0 {
            best = (count, start.day);
        }
    }
    let first = best.1;
    let last = event_days
        .iter()
        .filter(|t| t.day >= first && (t.day - first).num_days() <= window_days)
        .map(|t| t.day)
        .max()
        .unwrap_or(first);
    let margin = Duration::days(((last - first).num_days() / 6).max(3));
    let range = DayRange::new(first - margin, last + margin);
    DayRange::new(range.start.max(record.start), range.end.min(record.end))
}

/// What the user (or the app) asks of the time shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimeCommand {
    /// Go to a day (kept inside the record); the visible range follows when the day leaves it.
    SetDay(NaiveDate),
    StepDays(i64),
    NextEvent,
    PreviousEvent,
    /// The start of the record.
    Start,
    /// The end of the record.
    End,
    Play,
    Pause,
    TogglePlay,
    /// Days per second; ignored unless finite and positive.
    SetSpeed(f64),
    /// Show this part of the record (cut to the record).
    SetRange(DayRange),
    /// Zoom the visible range by `factor` (< 1 zooms in) around `centre`.
    ZoomRange {
        factor: f64,
        centre: NaiveDate,
    },
    /// Zoom in or out around the current day, which stays in view.
    ZoomAroundDay(f64),
    /// Move the visible range by so many days.
    PanRange(i64),
    /// Move the visible range (keeping its length) to be centred on a day.
    CentreRange(NaiveDate),
    /// The busiest weeks of the record.
    ShowBusiest,
    ShowWholeRecord,
}

/// The day, range and speed to carry from one record to the next (see [`TimeControl::keep`]).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct KeptTime {
    pub day: Option<NaiveDate>,
    pub range: Option<DayRange>,
    pub speed: Option<f64>,
}

/// The current day, the visible range, the record, and playback.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeControl {
    day: NaiveDate,
    /// The part of the record the timeline shows.
    range: DayRange,
    /// The whole record.
    record: DayRange,
    /// The busiest weeks, shown first.
    busiest: DayRange,
    /// The days with events, in order.
    event_days: Vec<EventDay>,
    playing: bool,
    speed: f64,
    /// Fraction of a day already played.
    progress: f64,
}

impl TimeControl {
    /// The record with its event days (in date order); it starts on the first event of the busiest
    /// weeks.
    pub fn new(record: DayRange, event_days: Vec<EventDay>) -> Self {
        let busiest = busiest_range(&event_days, record, 40);
        let first_busy = event_days
            .iter()
            .map(|t| t.day)
            .find(|d| busiest.contains(*d))
            .unwrap_or(busiest.start);
        Self {
            day: first_busy,
            range: busiest,
            record,
            busiest,
            event_days,
            playing: false,
            speed: 1.0,
            progress: 0.0,
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

    pub fn busiest(&self) -> DayRange {
        self.busiest
    }

    pub fn is_playing(&self) -> bool {
        self.playing
    }

    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// Fraction of the current day already played (for drawing the handle between days).
    pub fn progress(&self) -> f64 {
        self.progress
    }

    /// The day, range and speed as they are now.
    pub fn kept(&self) -> KeptTime {
        KeptTime {
            day: Some(self.day),
            range: Some(self.range),
            speed: Some(self.speed),
        }
    }

    /// Keeps the day and the range of an earlier record (or the settings) where this record has them,
    /// and the speed.
    pub fn keep(&mut self, kept: KeptTime) {
        if let Some(speed) = kept.speed {
            self.apply(TimeCommand::SetSpeed(speed));
        }
        if let Some(range) = kept.range {
            if self.record.contains(range.start)
                && self.record.contains(range.end)
                && range.start < range.end
            {
                self.apply(TimeCommand::SetRange(range));
            }
        }
        if let Some(day) = kept.day.filter(|d| self.record.contains(*d)) {
            self.apply(TimeCommand::SetDay(day));
        }
    }

    pub fn apply(&mut self, command: TimeCommand) {
        match command {
            TimeCommand::SetDay(day) => self.set_day(day),
            TimeCommand::StepDays(days) => self.set_day(self.day + Duration::days(days)),
            TimeCommand::NextEvent => {
                if let Some(day) = self
                    .event_days
                    .iter()
                    .map(|t| t.day)
                    .find(|d| *d > self.day)
                {
                    self.set_day(day);
                }
            }
            TimeCommand::PreviousEvent => {
                let mut before = self.event_days.iter().rev().map(|t| t.day);
                if let Some(day) = before.find(|d| *d < self.day) {
                    self.set_day(day);
                }
            }
            TimeCommand::Start => self.set_day(self.record.start),
            TimeCommand::End => self.set_day(self.record.end),
            TimeCommand::Play => {
                if !self.playing {
                    self.play();
                }
            }
            TimeCommand::Pause => self.playing = false,
            TimeCommand::TogglePlay => {
                if self.playing {
                    self.playing = false;
                } else {
                    self.play();
                }
            }
            TimeCommand::SetSpeed(speed) => {
                if speed.is_finite() && speed > 0.0 {
                    self.speed = speed;
                }
            }
            TimeCommand::SetRange(range) => {
                let range = DayRange::new(
                    range.start.max(self.record.start),
                    range.end.min(self.record.end),
                );
                if range.end > range.start {
                    self.range = range;
                }
            }
            TimeCommand::ZoomRange { factor, centre } => self.zoom_range(factor, centre),
            TimeCommand::ZoomAroundDay(factor) => self.zoom_range(factor, self.day),
            TimeCommand::PanRange(days) => {
                self.range = self.range.shifted(days).clamped_into(self.record);
            }
            TimeCommand::CentreRange(day) => {
                self.range = self.range.centred_on(day).clamped_into(self.record);
            }
            TimeCommand::ShowBusiest => self.range = self.busiest,
            TimeCommand::ShowWholeRecord => self.range = self.record,
        }
    }

    /// Advances playback by `dt_seconds` (at most a quarter of a second at once); returns true when
    /// the day changed. Playback stops at the end of the visible range (or of the record, when the
    /// day is already past the range's end).
    pub fn tick(&mut self, dt_seconds: f64) -> bool {
        if !self.playing {
            return false;
        }
        self.progress += dt_seconds.clamp(0.0, LONGEST_TICK) * self.speed;
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

    fn set_day(&mut self, day: NaiveDate) {
        self.day = day.clamp(self.record.start, self.record.end);
        self.progress = 0.0;
        if !self.range.contains(self.day) {
            self.range = self.range.centred_on(self.day).clamped_into(self.record);
        }
    }

    fn play(&mut self) {
        // Playing from the end starts over at the beginning of the visible range.
        if self.day >= self.range.end.min(self.record.end) {
            self.day = self.range.start;
        }
        self.playing = true;
        self.progress = 0.0;
    }

    fn zoom_range(&mut self, factor: f64, centre: NaiveDate) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn event(s: &str, count: usize) -> EventDay {
        EventDay { day: day(s), count }
    }

    /// November and December 2016, events on the 14th and 20th of November.
    fn two_months() -> TimeControl {
        let record = DayRange::new(day("2016-11-01"), day("2016-12-31"));
        TimeControl::new(record, vec![event("2016-11-14", 1), event("2016-11-20", 1)])
    }

    fn whole_record() -> TimeControl {
        let record = DayRange::new(day("2012-07-01"), day("2020-02-17"));
        TimeControl::new(record, vec![event("2016-11-14", 3), event("2016-12-01", 3)])
    }

    #[test]
    fn the_busiest_weeks_are_found() {
        let record = DayRange::new(day("2012-07-01"), day("2020-02-17"));
        let days = vec![
            event("2012-08-10", 4),
            event("2016-11-14", 3),
            event("2016-11-28", 10),
            event("2016-12-22", 2),
            event("2020-02-17", 1),
        ];
        let r = busiest_range(&days, record, 40);
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
    fn it_starts_on_the_first_event_of_the_busiest_weeks() {
        let t = whole_record();
        assert_eq!(t.day(), day("2016-11-14"));
        assert_eq!(t.range(), t.busiest());
        assert!(!t.is_playing());
    }

    #[test]
    fn stepping_to_events_and_days() {
        let mut t = two_months();
        t.apply(TimeCommand::SetDay(day("2016-11-15")));
        t.apply(TimeCommand::NextEvent);
        assert_eq!(t.day(), day("2016-11-20"));
        // No event after the last: the day stays.
        t.apply(TimeCommand::NextEvent);
        assert_eq!(t.day(), day("2016-11-20"));
        t.apply(TimeCommand::PreviousEvent);
        assert_eq!(t.day(), day("2016-11-14"));
        t.apply(TimeCommand::PreviousEvent);
        assert_eq!(t.day(), day("2016-11-14"));
        t.apply(TimeCommand::StepDays(1));
        assert_eq!(t.day(), day("2016-11-15"));
        t.apply(TimeCommand::StepDays(-3));
        assert_eq!(t.day(), day("2016-11-12"));
        t.apply(TimeCommand::End);
        assert_eq!(t.day(), t.record().end);
        t.apply(TimeCommand::Start);
        assert_eq!(t.day(), t.record().start);
    }

    #[test]
    fn days_are_kept_inside_the_record() {
        let mut t = two_months();
        t.apply(TimeCommand::SetDay(day("2010-01-01")));
        assert_eq!(t.day(), day("2016-11-01"));
        t.apply(TimeCommand::StepDays(10_000));
        assert_eq!(t.day(), day("2016-12-31"));
        t.apply(TimeCommand::SetRange(DayRange::new(
            day("2016-10-01"),
            day("2017-03-01"),
        )));
        assert_eq!(t.range(), t.record());
        t.apply(TimeCommand::SetSpeed(-1.0));
        t.apply(TimeCommand::SetSpeed(f64::NAN));
        assert_eq!(t.speed(), 1.0);
    }

    #[test]
    fn playing_advances_speed_times_the_time_in_whole_days() {
        let mut t = two_months();
        t.apply(TimeCommand::SetDay(day("2016-11-15")));
        t.apply(TimeCommand::SetSpeed(3.0));
        t.apply(TimeCommand::Play);
        // 3 days/s for 10 ticks of 0.2 s: 6 days.
        for _ in 0..10 {
            t.tick(0.2);
        }
        assert_eq!(t.day(), day("2016-11-21"));
        // Half a day played and not yet shown.
        t.apply(TimeCommand::SetSpeed(0.5));
        assert!(!t.tick(0.25));
        assert_eq!(t.day(), day("2016-11-21"));
        assert!((t.progress() - 0.125).abs() < 1e-9);
        // A long stalled frame counts as a quarter of a second.
        t.apply(TimeCommand::SetSpeed(30.0));
        assert!(t.tick(10.0));
        assert_eq!(t.day(), day("2016-11-28"));
        t.apply(TimeCommand::Pause);
        assert!(!t.tick(0.25));
        assert_eq!(t.day(), day("2016-11-28"));
    }

    #[test]
    fn playing_stops_at_the_end_and_starts_over_from_there() {
        let mut t = two_months();
        t.apply(TimeCommand::ShowWholeRecord);
        t.apply(TimeCommand::SetDay(day("2016-12-30")));
        t.apply(TimeCommand::SetSpeed(30.0));
        t.apply(TimeCommand::TogglePlay);
        assert!(t.is_playing());
        t.tick(0.25);
        assert_eq!(t.day(), day("2016-12-31"));
        assert!(!t.is_playing());
        // Play at the end starts over at the start of the visible range.
        t.apply(TimeCommand::TogglePlay);
        assert!(t.is_playing());
        assert_eq!(t.day(), t.range().start);
        t.apply(TimeCommand::TogglePlay);
        assert!(!t.is_playing());
    }

    #[test]
    fn the_range_follows_the_day() {
        let mut t = whole_record();
        t.apply(TimeCommand::SetRange(DayRange::new(
            day("2016-11-01"),
            day("2016-12-31"),
        )));
        t.apply(TimeCommand::SetDay(day("2014-05-22")));
        assert!(t.range().contains(day("2014-05-22")));
        assert_eq!(t.range().days(), 60);
    }

    #[test]
    fn zooming_keeps_the_day_in_view() {
        let mut t = whole_record();
        t.apply(TimeCommand::ShowWholeRecord);
        t.apply(TimeCommand::SetDay(day("2019-12-01")));
        for _ in 0..20 {
            t.apply(TimeCommand::ZoomAroundDay(0.5));
            assert!(t.range().contains(t.day()), "{:?}", t.range());
        }
        assert_eq!(t.range().days(), 7, "zoomed in to a week at most");
        for _ in 0..20 {
            t.apply(TimeCommand::ZoomAroundDay(2.0));
            assert!(t.range().contains(t.day()), "{:?}", t.range());
        }
        assert_eq!(t.range(), t.record());
    }

    #[test]
    fn panning_and_centring_the_range_stay_in_the_record() {
        let mut t = whole_record();
        let length = t.range().days();
        t.apply(TimeCommand::PanRange(-100_000));
        assert_eq!(t.range().start, t.record().start);
        assert_eq!(t.range().days(), length);
        t.apply(TimeCommand::CentreRange(day("2018-01-01")));
        assert!(t.range().contains(day("2018-01-01")));
        assert_eq!(t.range().days(), length);
        t.apply(TimeCommand::ShowBusiest);
        assert_eq!(t.range(), t.busiest());
    }

    #[test]
    fn the_day_and_range_are_kept_where_the_new_record_has_them() {
        let mut before = whole_record();
        before.apply(TimeCommand::SetRange(DayRange::new(
            day("2016-11-10"),
            day("2016-11-30"),
        )));
        before.apply(TimeCommand::SetDay(day("2016-11-25")));
        before.apply(TimeCommand::SetSpeed(7.0));

        let mut inside = two_months();
        inside.keep(before.kept());
        assert_eq!(inside.day(), day("2016-11-25"));
        assert_eq!(inside.range(), before.range());
        assert_eq!(inside.speed(), 7.0);

        // A record without that day and range keeps its own, and still takes the speed.
        let mut outside = TimeControl::new(
            DayRange::new(day("2017-01-01"), day("2017-06-30")),
            vec![event("2017-02-01", 1)],
        );
        let own = outside.clone();
        outside.keep(before.kept());
        assert_eq!(outside.day(), own.day());
        assert_eq!(outside.range(), own.range());
        assert_eq!(outside.speed(), 7.0);

        // A range running backwards is not taken.
        let mut t = two_months();
        let own_range = t.range();
        t.keep(KeptTime {
            range: Some(DayRange {
                start: day("2016-11-30"),
                end: day("2016-11-10"),
            }),
            ..KeptTime::default()
        });
        assert_eq!(t.range(), own_range);
    }
}
