//! Weekdays, days of a month, weekends, seasons and days from today, resolved against the anchor
//! the text gives them; and which way a weekday counts (a report looks back, a story moves on).

use super::*;

impl DateContext {
    /// Weekdays, days of a month, weekends, seasons and days from today: the days, their
    /// precision and the basis (`basis` is that of the last date).
    pub(super) fn resolve_calendar(
        &self,
        kind: &DateKind,
        basis: Option<String>,
    ) -> Option<(NaiveDate, NaiveDate, DatePrecision, Option<String>)> {
        let last = self.last.as_ref();
        let day = |d: NaiveDate, basis: Option<String>| Some((d, d, DatePrecision::Day, basis));
        match kind {
            DateKind::Weekday(w) => {
                let (d, basis) = self.weekday_day(*w)?;
                day(d, Some(basis))
            }
            DateKind::LastWeekday(w) => {
                let own = self.own.or(last.map(|l| l.to))?;
                let back =
                    (own.weekday().num_days_from_monday() + 6 - w.num_days_from_monday()) % 7 + 1;
                day(own - Duration::days(i64::from(back)), self.own_basis(own))
            }
            DateKind::ThatWeekday(w) => {
                let anchor = self.anchor()?;
                let back =
                    (anchor.weekday().num_days_from_monday() + 7 - w.num_days_from_monday()) % 7;
                let d = if back <= 3 {
                    anchor - Duration::days(i64::from(back))
                } else {
                    anchor + Duration::days(i64::from(7 - back))
                };
                day(self.not_after_writing(d), basis)
            }
            DateKind::PreviousWeekday(w) => {
                let anchor = self.anchor()?;
                let back = (anchor.weekday().num_days_from_monday() + 6 - w.num_days_from_monday())
                    % 7
                    + 1;
                day(anchor - Duration::days(i64::from(back)), basis)
            }
            DateKind::TheWeekday(w) => {
                let anchor = self.anchor()?;
                let ahead =
                    (w.num_days_from_monday() + 7 - anchor.weekday().num_days_from_monday()) % 7;
                day(
                    self.not_after_writing(anchor + Duration::days(i64::from(ahead))),
                    basis,
                )
            }
            DateKind::DayThisMonth(n) => {
                let own = self.own.or(last.map(|l| l.to))?;
                day(ymd(own.year(), own.month(), *n)?, self.own_basis(own))
            }
            DateKind::NthWeekdayThisMonth { nth, weekday } => {
                let own = self.own.or(last.map(|l| l.to))?;
                let d = nth_weekday(own.year(), own.month(), *weekday, *nth)?;
                day(d, self.own_basis(own))
            }
            DateKind::Weekend => self.weekend(basis),
            DateKind::Season { first, year } => {
                let from = ymd(*year, *first, 1)?;
                let (_, to) = month_part(*year, first + 2, 0)?;
                Some((from, to, DatePrecision::Span, None))
            }
            DateKind::DayOfLastMonth(n) => {
                let base = last.map(|l| l.from).or(self.own)?;
                let d = ymd(base.year(), base.month(), *n)?;
                // "the following day, the 28th" after 1 December, in a letter of 5 December: a day
                // after the text was written is the month before's.
                let d = match self.own {
                    Some(own) if d > own => d
                        .checked_sub_months(chrono::Months::new(1))
                        .filter(|e| e.day() == *n)
                        .unwrap_or(d),
                    _ => d,
                };
                day(d, basis)
            }
            DateKind::DayOfPreviousMonth(n) => {
                let own = self.own.or(last.map(|l| l.to))?;
                let before = own
                    .with_day(1)?
                    .checked_sub_months(chrono::Months::new(1))?;
                day(ymd(before.year(), before.month(), *n)?, self.own_basis(own))
            }
            DateKind::DayOfLastYear { day: d, month } => {
                let own = self.own.or(last.map(|l| l.to))?;
                day(ymd(own.year() - 1, *month, *d)?, self.own_basis(own))
            }
            DateKind::MonthOfLastYear(month) => {
                let own = self.own.or(last.map(|l| l.to))?;
                let (from, to) = month_part(own.year() - 1, *month, 0)?;
                Some((from, to, DatePrecision::Month, self.own_basis(own)))
            }
            DateKind::FromToday(n) => {
                let today = self.day_heading.or(self.own).or(last.map(|l| l.to))?;
                let basis = match self.day_heading {
                    Some(h) => Some(format!("the heading's day, {}", h.format("%-d %b %Y"))),
                    None => self.own_basis(today),
                };
                day(today + Duration::days(*n), basis)
            }
            _ => None,
        }
    }

    /// The Saturday and Sunday a weekend names. After a dated line of the text's own day ("Dec. 1,
    /// 2016"), the weekend just past; after a day the text tells of, the weekend that follows it,
    /// unless that day was before the text's own and the weekend after it (then the weekend before
    /// the text's day: "fell at the weekend" in a guide of Tuesday 29 November after "(28 Nov)").
    fn weekend(
        &self,
        basis: Option<String>,
    ) -> Option<(NaiveDate, NaiveDate, DatePrecision, Option<String>)> {
        let last = self.last.as_ref();
        let written_that_day =
            |l: &ResolvedDate| self.dated_line == Some(l.to) && self.own == Some(l.to);
        let (from, basis) = match last {
            Some(l) if written_that_day(l) => (weekend_from(l.to, false), basis),
            Some(l) => (weekend_from(l.to, true), basis),
            None => {
                let own = self.own?;
                (weekend_from(own, false), self.own_basis(own))
            }
        };
        let told_before_writing = last.is_some_and(|l| self.own.is_some_and(|o| l.to < o));
        let (from, basis) = match self.own {
            Some(own) if from > own && told_before_writing => {
                (weekend_from(own, false), self.own_basis(own))
            }
            _ => (from, basis),
        };
        Some((from, from + Duration::days(1), DatePrecision::Span, basis))
    }

    /// "The Sunday report" in a note of Thursday 1 December after "Monday 28 November": a weekday
    /// counted on past the day the text was written is the one a week before.
    fn not_after_writing(&self, d: NaiveDate) -> NaiveDate {
        match self.own {
            Some(own) if d > own && d - Duration::days(7) <= own => d - Duration::days(7),
            _ => d,
        }
    }

    /// The day a weekday alone names, and how: a story told long after ("On the Monday …" in a
    /// memoir) moves forward from the last day it told of; a report looks back from its own date.
    fn weekday_day(&self, w: Weekday) -> Option<(NaiveDate, String)> {
        let anchor = self.weekday_anchor()?;
        if let Some(in_week) = self.weekday_in_covered_week(w, anchor) {
            return Some(in_week);
        }
        let from_monday = |d: Weekday| i64::from(d.num_days_from_monday());
        let (d, which) = if self.telling_a_story() {
            let ahead = (from_monday(w) - from_monday(anchor.weekday())).rem_euclid(7);
            (anchor + Duration::days(ahead), "first")
        } else {
            let back = (from_monday(anchor.weekday()) - from_monday(w)).rem_euclid(7);
            (anchor - Duration::days(back), "latest")
        };
        let bound = if which == "first" {
            "not before"
        } else {
            "not after"
        };
        let basis = format!(
            "{} (the {which} {} {bound} it)",
            anchor.format("%-d %b %Y"),
            d.format("%A"),
        );
        Some((d, basis))
    }

    /// "Week: Sun 20 Nov - Sat 26 Nov 2016" over rows "Sun", "Mon" …: in a text that covers a week
    /// at most, a weekday told of while the days told of are still in it is its day of that week.
    fn weekday_in_covered_week(
        &self,
        w: Weekday,
        anchor: NaiveDate,
    ) -> Option<(NaiveDate, String)> {
        let (from, to) = (self.covered_from?, self.covered_until?);
        if to - from >= Duration::days(7) || anchor < from || anchor > to {
            return None;
        }
        let ahead = (i64::from(w.num_days_from_monday())
            - i64::from(from.weekday().num_days_from_monday()))
        .rem_euclid(7);
        let d = from + Duration::days(ahead);
        let basis = format!(
            "the {} of the week {} to {}",
            d.format("%A"),
            from.format("%-d %b"),
            to.format("%-d %b %Y")
        );
        (d <= to).then_some((d, basis))
    }

    /// Whether the text tells of days long before it was written (more than [`STORY_GAP_DAYS`]
    /// before its own date, or before the year it gives in brackets at its head): a memoir, a
    /// history.
    fn telling_a_story(&self) -> bool {
        let last = self
            .last
            .as_ref()
            .filter(|l| l.precision == DatePrecision::Day);
        match (self.own, last) {
            (Some(own), Some(l)) => own - l.to > Duration::days(STORY_GAP_DAYS),
            // Undated, but a year in brackets before the story began ("translated from the Arabic
            // (2019)") says when it was written.
            (None, Some(l)) => self.head_year.is_some_and(|y| y > l.to.year()),
            _ => false,
        }
    }

    fn weekday_anchor(&self) -> Option<NaiveDate> {
        let anchor = self.weekday_anchor_told();
        // A digest sent the day after the days it covers: its weekdays are of those days.
        match (anchor, self.covered_until) {
            (Some(a), Some(to)) if a > to && a - to <= Duration::days(7) => Some(to),
            _ => anchor,
        }
    }

    /// The day a weekday counts back from, by the dates told: the last one, or the text's own.
    fn weekday_anchor_told(&self) -> Option<NaiveDate> {
        // A weekday counts from a day: after a year ("in 2014") the report's own date is the only
        // day to count from, when it is later ("in July 2012 … on Friday" stays in July 2012).
        let vague = self
            .last
            .as_ref()
            .is_some_and(|l| l.precision == DatePrecision::Year);
        if let (true, Some(own), Some(last)) = (vague, self.own, self.last.as_ref()) {
            if own >= last.to {
                return Some(own);
            }
        }
        let last = self.last.as_ref().map(|l| l.to);
        match (self.own, last) {
            (Some(own), Some(last))
                if own >= last && own - last <= Duration::days(STORY_GAP_DAYS) =>
            {
                Some(own)
            }
            (Some(_), Some(last)) => Some(last),
            (Some(own), None) => Some(own),
            (None, last) => last,
        }
    }
}
