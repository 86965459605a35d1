//! A mention resolved to days without moving the context: absolute days and spans, days counted
//! from another ("the next day", "last month") and a "by" that bounds a span.

use super::*;

impl DateContext {
    /// A mention as days, with the basis it was read on; the context is not moved.
    pub(super) fn resolve_only(&self, m: &DateMention) -> Option<ResolvedDate> {
        let phrase = m.text.clone();
        let last = self.last.as_ref();
        let basis = match last {
            // An entry's stamp has no phrase of its own to quote.
            Some(l) if l.phrase.is_empty() => Some(l.label()),
            Some(l) => Some(format!("{} (\"{}\")", l.label(), l.phrase)),
            None => self.own.and_then(|d| self.own_basis(d)),
        };
        let day_date =
            |from: NaiveDate, to: NaiveDate, precision, basis: Option<String>| ResolvedDate {
                from,
                to,
                precision,
                phrase: phrase.clone(),
                basis,
            };
        let resolved = match &m.kind {
            // "Tuesday the 26th" in a letter of 3 August 2016: the 26th of the month last told of,
            // or of the month before or after it, that falls on a Tuesday (26 July).
            DateKind::DayThisMonth(n) | DateKind::DayOfLastMonth(n) if m.weekday.is_some() => {
                let d = self.day_on_its_weekday(*n, m.weekday)?;
                day_date(d, d, DatePrecision::Day, None)
            }
            DateKind::Day { day, month, year } => {
                let y = match (year, m.weekday) {
                    (Some(y), _) => *y,
                    (None, Some(w)) => self.year_of_weekday(*month, *day, w)?,
                    (None, None) => self.that_year(m).or_else(|| self.year_for(*month, *day))?,
                };
                let d = NaiveDate::from_ymd_opt(y, *month, *day)?;
                day_date(d, d, DatePrecision::Day, None)
            }
            DateKind::NthWeekday {
                nth,
                weekday,
                month,
                year,
            } => {
                let y = year.or_else(|| self.year_for(*month, 1))?;
                let d = nth_weekday(y, *month, *weekday, *nth)?;
                day_date(d, d, DatePrecision::Day, None)
            }
            DateKind::Days {
                first,
                last: l,
                month,
                year,
            } => {
                let y = year.or_else(|| self.year_for(*month, *l))?;
                let from = NaiveDate::from_ymd_opt(y, *month, *first)?;
                let to = NaiveDate::from_ymd_opt(y, *month, *l)?;
                if from > to {
                    return None;
                }
                day_date(from, to, DatePrecision::Span, None)
            }
            DateKind::Month { month, year, part } => {
                let y = year
                    .or_else(|| self.that_year(m))
                    .or_else(|| self.year_for(*month, 1))?;
                let (from, to) = month_part(y, *month, *part)?;
                let precision = if *part == 0 {
                    DatePrecision::Month
                } else {
                    DatePrecision::Span
                };
                self.by_bound(m, day_date(from, to, precision, None))
            }
            DateKind::Year { year, part } => {
                let (from, to, precision) = year_part(*year, *part)?;
                self.by_bound(m, day_date(from, to, precision, None))
            }
            DateKind::Weekday(_)
            | DateKind::LastWeekday(_)
            | DateKind::ThatWeekday(_)
            | DateKind::PreviousWeekday(_)
            | DateKind::TheWeekday(_)
            | DateKind::DayThisMonth(_)
            | DateKind::NthWeekdayThisMonth { .. }
            | DateKind::Weekend
            | DateKind::Season { .. }
            | DateKind::DayOfLastMonth(_)
            | DateKind::DayOfPreviousMonth(_)
            | DateKind::DayOfLastYear { .. }
            | DateKind::MonthOfLastYear(_)
            | DateKind::FromToday(_) => {
                let (from, to, precision, basis) = self.resolve_calendar(&m.kind, basis)?;
                day_date(from, to, precision, basis)
            }
            DateKind::Shift(_)
            | DateKind::LaterThatWeek
            | DateKind::PartOfTheMonth(_)
            | DateKind::MonthShift(_)
            | DateKind::YearShift(_)
            | DateKind::MonthsAgo(_)
            | DateKind::LastMonth
            | DateKind::LastWeek => {
                let (from, to, precision, basis) = self.resolve_counted(&m.kind, &phrase, basis)?;
                day_date(from, to, precision, basis)
            }
        };
        Some(resolved)
    }

    /// "Tuesday the 26th" in a letter of 3 August 2016: the `day` of the month last told of, or of
    /// the month before or after it, that falls on `weekday` (26 July); else of the month last
    /// told of.
    fn day_on_its_weekday(&self, day: u32, weekday: Option<Weekday>) -> Option<NaiveDate> {
        let base = self.last.as_ref().map(|l| l.from).or(self.own)?;
        let first = base.with_day(1)?;
        let months = [
            Some(first),
            first.checked_sub_months(chrono::Months::new(1)),
            first.checked_add_months(chrono::Months::new(1)),
        ];
        months
            .into_iter()
            .flatten()
            .filter_map(|f| ymd(f.year(), f.month(), day))
            .find(|d| Some(d.weekday()) == weekday)
            .or_else(|| ymd(base.year(), base.month(), day))
    }

    /// Dates counted from another: "the next day", "later that week", "at the beginning of the
    /// month", "the following month", "two months ago", "last month". The days, their precision
    /// and the basis (`basis` is that of the last date).
    fn resolve_counted(
        &self,
        kind: &DateKind,
        phrase: &str,
        basis: Option<String>,
    ) -> Option<(NaiveDate, NaiveDate, DatePrecision, Option<String>)> {
        match kind {
            DateKind::Shift(n) => {
                let base = self.anchor()?;
                let d = base + Duration::days(*n);
                let vague_last = self
                    .last
                    .as_ref()
                    .is_some_and(|l| l.precision != DatePrecision::Day);
                if *n == 0 && vague_last && is_time_of_day(phrase) && self.last_day.is_some() {
                    // "In the evening" after a look back to "late July": the evening of the last
                    // day the report told of.
                    let d = self.last_day?;
                    Some((d, d, DatePrecision::Day, Some(day_basis(d))))
                } else if *n == 0 && vague_last {
                    // "that day" after "in late July" stays as vague as its basis.
                    let l = self.last.as_ref()?;
                    Some((l.from, l.to, l.precision, basis))
                } else {
                    Some((d, d, DatePrecision::Day, basis))
                }
            }
            DateKind::LaterThatWeek => {
                let base = self.anchor()?;
                Some((
                    base + Duration::days(1),
                    base + Duration::days(6),
                    DatePrecision::Span,
                    basis,
                ))
            }
            DateKind::PartOfTheMonth(part) => {
                let base = self.anchor()?;
                let (from, to) = month_part(base.year(), base.month(), *part)?;
                Some((from, to, DatePrecision::Span, basis))
            }
            // "in July 2012 … in the last week of that month": the month just looked back to.
            DateKind::MonthShift(0) if self.looked_back_month().is_some() => {
                let (from, to) = self.looked_back_month()?;
                let basis = Some(from.format("%B %Y, looked back to").to_string());
                Some((from, to, DatePrecision::Month, basis))
            }
            DateKind::MonthShift(n) => {
                let base = self.anchor()?;
                let months = base.year() * 12 + base.month0() as i32 + *n as i32;
                let (y, m) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
                let (from, to) = month_part(y, m, 0)?;
                let from = if *n == 0 { base } else { from };
                Some((from, to, DatePrecision::Month, basis))
            }
            DateKind::YearShift(n) => {
                let base = self.anchor()?;
                let y = base.year() + n;
                let from = if *n == 0 { base } else { ymd(y, 1, 1)? };
                Some((from, ymd(y, 12, 31)?, DatePrecision::Year, basis))
            }
            DateKind::MonthsAgo(n) => {
                let own = self.own.or(self.last.as_ref().map(|l| l.to))?;
                let then = own.checked_sub_months(chrono::Months::new(*n))?;
                let basis = self.own_basis(own);
                if n % 12 == 0 {
                    Some((then, then, DatePrecision::Day, basis))
                } else {
                    let (from, to) = month_part(then.year(), then.month(), 0)?;
                    Some((from, to, DatePrecision::Month, basis))
                }
            }
            DateKind::LastMonth | DateKind::LastWeek => {
                let own = self.own.or(self.last.as_ref().map(|l| l.to))?;
                let (from, to, precision) = last_period(own, *kind == DateKind::LastMonth)?;
                Some((from, to, precision, self.own_basis(own)))
            }
            _ => None,
        }
    }

    /// "By October 2014": the change happened between the last date and then.
    fn by_bound(&self, m: &DateMention, mut r: ResolvedDate) -> ResolvedDate {
        if m.by {
            if let Some(last) = &self.last {
                if last.to < r.from {
                    r.from = last.to;
                    r.precision = DatePrecision::Span;
                }
            }
        }
        r
    }
}
