//! A document's dates walked in order: each mention resolved to days against the last date, the
//! document's year and its own date.

use super::*;

/// How long before its own date a text must tell of a day to be telling a story (its weekdays then
/// move forward from the last day told of).
const STORY_GAP_DAYS: i64 = 60;

/// Walks a document's dates in order.
#[derive(Debug, Clone, Default)]
pub struct DateContext {
    last: Option<ResolvedDate>,
    /// The last date of one day: what a time of day ("in the evening") after a vaguer date is on.
    last_day: Option<NaiveDate>,
    default_year: Option<i32>,
    /// The document's own date, for weekdays, "today" and "yesterday".
    own: Option<NaiveDate>,
    /// The last day of the days the text says it covers ("covers 26 November to 2 December"): its
    /// weekdays fall in them, though it was sent a day or two later.
    covered_until: Option<NaiveDate>,
    /// The year last written out in full, even in a date that did not move the context (a heading's
    /// "JULY TO OCTOBER 2012"): the year of a later "22 July" when nothing else gives one.
    written_year: Option<i32>,
    /// The latest full date standing alone on its line ("(19 January 2017)" under an answer, a
    /// letter's date): the day the text after it was written, so a bare day and month more than half
    /// a year after it is of the year before (an answer of January recalling "28 November").
    dated_line: Option<NaiveDate>,
    /// The last day of the month a masthead names ("Issue 48, February 2017"): the text was written
    /// by then, so a bare day after it in its year is of the year before.
    written_by: Option<NaiveDate>,
    /// Whether `own` is an entry's stamp rather than the document's date.
    in_entry: bool,
    /// The year of the heading the text stands under, if one names a year.
    heading_year: Option<i32>,
    /// A week in review whose first heading is still to come: it is of the week before the date.
    reviews_past_week: bool,
    /// A year in brackets read before any other date ("(2019)" after a title): when the text was
    /// written, for a text with no date of its own.
    head_year: Option<i32>,
    /// A month or season with its year written that the text just looked back to ("in August 2012"
    /// in a report of 2018; not one before the year its heading names), which no date has
    /// followed: a bare day inside it is of its year.
    looked_back: Option<ResolvedDate>,
    /// The day a sentence naming nothing else gave ("Tuesday."): the "today" and "this morning" of
    /// the lines under it.
    day_heading: Option<NaiveDate>,
    /// Whether the last date is a row's or an entry's, which no date has moved since: a stretch
    /// ("after a week of shelling") then leads up to that day, not a week past it.
    fresh_day: bool,
    /// The order the text writes its numeric dates in ([`day_order`]).
    order: DayOrder,
}

impl DateContext {
    /// Starts a document: its own date from the manifest or front matter, and a default year from the
    /// front matter's `date` (the period it covers). `dateline` is the first full date of its opening
    /// lines, used as its own date when it has none.
    pub fn for_document(doc: &SourceDocument, dateline: Option<NaiveDate>) -> Self {
        Self::for_document_in_order(doc, dateline, day_order(&doc.text))
    }

    /// [`Self::for_document`], the text's numeric dates read in `order` (its [`day_order`], found
    /// already).
    pub fn for_document_in_order(
        doc: &SourceDocument,
        dateline: Option<NaiveDate>,
        order: DayOrder,
    ) -> Self {
        let own = doc
            .meta
            .published
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .or_else(|| {
                doc.front_matter
                    .as_ref()
                    .and_then(|f| f.pub_date.as_deref())
                    .and_then(|d| d.get(..10))
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            })
            .or(dateline);
        let period_year = doc
            .front_matter
            .as_ref()
            .and_then(|f| f.date.as_deref())
            .and_then(|d| d.split(|c: char| !c.is_ascii_digit()).find_map(year_of));
        Self {
            last: None,
            last_day: None,
            default_year: period_year.or(own.map(|d| d.year())),
            own,
            covered_until: None,
            written_year: None,
            dated_line: None,
            written_by: None,
            in_entry: false,
            heading_year: None,
            reviews_past_week: false,
            head_year: None,
            fresh_day: false,
            day_heading: None,
            looked_back: None,
            order,
        }
    }

    /// The order the text writes its numeric dates in: read its dates with
    /// [`find_dates_in_order`].
    pub fn order(&self) -> DayOrder {
        self.order
    }

    /// A full date standing alone on its line: what later bare days and months are written from.
    pub fn set_dated_line(&mut self, day: NaiveDate) {
        if self.dated_line.is_none_or(|d| d < day) {
            self.dated_line = Some(day);
        }
    }

    /// The last day of the days the text says it covers: weekdays count back from it.
    pub fn covers_until(&mut self, day: NaiveDate) {
        self.covered_until = Some(day);
    }

    /// The last day of the month a masthead names: the text was written by then.
    pub fn set_written_by(&mut self, day: NaiveDate) {
        self.written_by = Some(day);
    }

    /// An entry's stamp ([`super::super::entries`]): the day the text under it was written, so its
    /// "today", weekdays and "overnight" count from it; also a dated line (see
    /// [`Self::set_dated_line`]).
    pub fn start_entry(&mut self, day: NaiveDate) {
        // A week in review's first heading is read: the next ones go on from it.
        if self.own.is_some_and(|own| day < own) {
            self.reviews_past_week = false;
        }
        self.own = Some(day);
        self.day_heading = None;
        self.in_entry = true;
        self.last = Some(ResolvedDate {
            from: day,
            to: day,
            precision: DatePrecision::Day,
            phrase: String::new(),
            basis: self.own_basis(day),
        });
        self.last_day = Some(day);
        self.set_dated_line(day);
        self.fresh_day = true;
    }

    /// A sentence that names a day and nothing else ("Tuesday."): the day of the lines under it,
    /// their "today" and "this morning".
    pub fn head_day(&mut self, day: NaiveDate) {
        self.day_heading = Some(day);
    }

    /// A table row dated by its columns ("2014 | 7 | 5"), or a post's relative stamp ("Yesterday at
    /// 21:30"): what its text tells of happened then.
    pub fn start_row(&mut self, date: ResolvedDate) {
        if date.precision == DatePrecision::Day {
            self.last_day = Some(date.to);
        }
        self.last = Some(date);
        self.fresh_day = true;
    }

    /// The day the text was written, as a label: the document's date, or the entry's.
    fn own_basis(&self, own: NaiveDate) -> Option<String> {
        let whose = if self.in_entry {
            "the entry's"
        } else {
            "the document's"
        };
        Some(format!("{whose} date, {}", own.format("%-d %b %Y")))
    }

    /// The year a document's title writes ("NEWSPAPER INDEX 2012"): the year of its days when
    /// nothing else (its own date, its front matter) gives one.
    pub fn title_year(&mut self, year: i32) {
        if self.default_year.is_none() {
            self.default_year = Some(year);
        }
    }

    /// The year a text that writes none is taken to be of (read against a dataset's changes, see
    /// [`crate::extract::undated`]).
    pub fn assume_year(&mut self, year: i32) {
        self.default_year = Some(year);
    }

    /// Whether the context knows a year before reading: the document's own date, or a period from
    /// its front matter.
    pub fn knows_a_year(&self) -> bool {
        self.default_year.is_some()
    }

    /// A year in brackets on a line before the text's first date ([`Self::telling_a_story`]).
    pub fn note_head_year(&mut self, year: i32) {
        if self.last.is_none() {
            self.head_year = self.head_year.or(Some(year));
        }
    }

    /// The last date resolved (the date a sentence without a date of its own inherits); before any,
    /// the document's own date (its dateline or publication date: what it says holds "now").
    pub fn current(&self) -> Option<ResolvedDate> {
        self.last.clone().or_else(|| {
            self.own.map(|d| ResolvedDate {
                from: d,
                to: d,
                precision: DatePrecision::Day,
                phrase: String::new(),
                basis: self.own_basis(d),
            })
        })
    }

    /// A heading that names a year ("## 2015"): the days below it are of that year, counted
    /// afresh (the dates above belong to other years).
    pub fn start_year(&mut self, year: i32) {
        self.last = None;
        self.last_day = None;
        self.default_year = Some(year);
        self.written_year = Some(year);
        self.heading_year = Some(year);
    }

    /// The day the text (or the entry being read) was written, when known.
    pub fn written_on(&self) -> Option<NaiveDate> {
        self.own
    }

    /// What a diary's heading without a year is read forward from: the last date, the document's
    /// own, or else the first day of the year the text is of.
    pub fn heading_anchor(&self) -> Option<NaiveDate> {
        // A week in review: its first heading (after no date but its own) is read on from eight
        // days before its date.
        let first_heading = self.last.as_ref().is_none_or(|l| Some(l.to) == self.own);
        let week_before = self
            .own
            .filter(|_| self.reviews_past_week && first_heading)
            // Its headings fall in the seven days before its date.
            .map(|d| d - chrono::Duration::days(8));
        week_before
            .or_else(|| self.anchor())
            .or_else(|| NaiveDate::from_ymd_opt(self.default_year?, 1, 1))
    }

    /// The text reviews the week before its date ([`crate::extract::columns`]), until its first
    /// heading is read.
    pub fn review_past_week(&mut self) {
        self.reviews_past_week = true;
    }

    /// Whether a date has been read yet (else [`Self::current`] is the document's own).
    pub fn dated(&self) -> bool {
        self.last.is_some()
    }

    /// What a relative phrase ("the next day", "overnight") counts from: the last date, or before
    /// any the document's own date.
    fn anchor(&self) -> Option<NaiveDate> {
        self.last.as_ref().map(|l| l.to).or(self.own)
    }

    /// Resolves a mention and makes it the last date, unless it bounds a period or is a month or a
    /// year well before the last date ("taken by the rebels in 2012" in a paragraph on 2016).
    pub fn resolve(&mut self, m: &DateMention) -> Option<ResolvedDate> {
        let coarse_kind = matches!(
            m.kind,
            DateKind::Month { .. } | DateKind::Year { .. } | DateKind::Season { .. }
        );
        // Under a heading that names a year, a year, season or month before it looks back.
        let before_heading = coarse_kind
            && m.written_year()
                .zip(self.heading_year)
                .is_some_and(|(y, h)| y < h);
        if let Some(y) = m.written_year().filter(|_| !m.aside && !before_heading) {
            self.written_year = Some(y);
        }
        if m.aside && self.last.is_none() && matches!(m.kind, DateKind::Year { .. }) {
            self.head_year = self.head_year.or(m.written_year());
        }
        if m.stretch && self.fresh_day {
            return self.last.clone();
        }
        let resolved = self.resolve_only(m)?;
        let coarse = coarse_kind
            || matches!(
                resolved.precision,
                DatePrecision::Month | DatePrecision::Year
            );
        let flashback = coarse
            && self
                .last
                .as_ref()
                .is_some_and(|l| resolved.to < l.from - Duration::days(31));
        let flashback = flashback
            || before_heading
            || matches!(
                m.kind,
                DateKind::LastMonth | DateKind::LastWeek | DateKind::MonthsAgo(_)
            );
        if !m.bound && !m.aside && !flashback {
            if resolved.precision == DatePrecision::Day {
                self.last_day = Some(resolved.to);
            }
            self.last = Some(resolved.clone());
            self.fresh_day = false;
            self.looked_back = None;
        } else if flashback
            && !m.bound
            && !before_heading
            && matches!(m.kind, DateKind::Month { .. } | DateKind::Season { .. })
            && m.written_year().is_some()
        {
            self.looked_back = Some(resolved.clone());
        }
        Some(resolved)
    }

    /// A relative day in reported speech ("a commander said fighters had withdrawn the previous
    /// evening"): counted from the report's own date when the last date is at most two weeks before
    /// it (the saying is the report's news), else from the last date; a phrase of the same day
    /// ("at the same time") always from the last date. It does not move the context.
    pub fn resolve_reported(&mut self, m: &DateMention) -> Option<ResolvedDate> {
        let recent_report = match (self.own, &self.last) {
            (Some(own), Some(last)) => own > last.to && own - last.to <= Duration::days(14),
            _ => false,
        };
        // "that day", "the same day", "at the same time" point back to the day told of, even in
        // reported speech.
        // "The next morning" tells of the day after the one told of, even in reported speech: a
        // saying reports what came before it.
        if !recent_report || !matches!(m.kind, DateKind::Shift(n) if n < 0) {
            return self.resolve(m);
        }
        let at_report = Self {
            last: None,
            last_day: None,
            ..self.clone()
        };
        at_report.resolve_only(m)
    }

    /// A relative day counted from the text's own date, not the last date told ("Yesterday at
    /// 21:30" heading a post on a page saved on its own day). It does not move the context.
    pub fn resolve_from_own(&self, m: &DateMention) -> Option<ResolvedDate> {
        self.own?;
        let at_own = Self {
            last: None,
            last_day: None,
            day_heading: None,
            ..self.clone()
        };
        at_own.resolve_only(m)
    }

    /// The year last written (a year told alone too: "in the summer of 2012 … in July that year"),
    /// else the year of the last date told, for a mention written "… that year".
    fn that_year(&self, m: &DateMention) -> Option<i32> {
        m.that_year
            .then(|| {
                self.written_year
                    .or_else(|| self.last.as_ref().map(|l| l.to.year()))
            })
            .flatten()
    }

    fn year_for(&self, month: u32, day: u32) -> Option<i32> {
        // "… the army had recaptured X in August 2012. Dr H showed that it took only part of it
        // around 8 August": a day inside the month or season just looked back to is of its year.
        // Not when the day is close to the last date ("### 10-12 March 2016 … in the spring of
        // 2013 … On 11 March").
        let y = self.year_forward(month, day)?;
        let near_last = self.last.as_ref().is_some_and(|l| {
            NaiveDate::from_ymd_opt(y, month, day.min(28))
                .is_some_and(|d| (d - l.to).num_days().abs() <= 31)
        });
        let looked_back = self.looked_back.as_ref().and_then(|p| {
            let d = NaiveDate::from_ymd_opt(p.from.year(), month, day.min(28))?;
            (p.from.year() == p.to.year() && d >= p.from && d <= p.to).then(|| p.from.year())
        });
        if let (Some(year), false) = (looked_back, near_last) {
            return Some(year);
        }
        // Written on a dated line's day: half a year after it is a day of the year before.
        let written = self.dated_line.filter(|w| w.year() == y);
        let ahead = written.zip(NaiveDate::from_ymd_opt(y, month, day.min(28)));
        let after_masthead = self
            .written_by
            .filter(|w| w.year() == y)
            .zip(NaiveDate::from_ymd_opt(y, month, day.min(28)))
            .is_some_and(|(w, d)| d > w);
        Some(match ahead {
            Some((w, d)) if d > w + Duration::days(183) => y - 1,
            _ if after_masthead => y - 1,
            _ => y,
        })
    }

    /// The year of a day written with its weekday ("Saturday, 26 November"): the year the context
    /// gives when the weekday fits it, else the latest year within seven of it whose day falls on
    /// that weekday and is not after the text was written (a text recalls days before it); for a
    /// text of unknown date, the nearest such year.
    fn year_of_weekday(&self, month: u32, day: u32, weekday: Weekday) -> Option<i32> {
        let y = self.year_for(month, day)?;
        let on_weekday =
            |y: i32| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == weekday);
        if on_weekday(y) {
            return Some(y);
        }
        let written = self.own.or_else(|| {
            self.head_year
                .and_then(|h| NaiveDate::from_ymd_opt(h, 12, 31))
        });
        let found = match written {
            Some(w) => (y - 7..=y + 7).rev().find(|&c| {
                on_weekday(c) && NaiveDate::from_ymd_opt(c, month, day).is_some_and(|d| d <= w)
            }),
            // Undated: the nearest such year, the earlier on a tie.
            None => (1..=7)
                .flat_map(|n| [y - n, y + n])
                .find(|&c| on_weekday(c)),
        };
        Some(found.unwrap_or(y))
    }

    fn year_forward(&self, month: u32, day: u32) -> Option<i32> {
        match &self.last {
            Some(last) => {
                let base = last.to;
                let y = base.year();
                let d = NaiveDate::from_ymd_opt(y, month, day.min(28))?;
                // A narrative moves forward: half a year back means the next year, unless that
                // is after the text was written.
                let rolled = NaiveDate::from_ymd_opt(y + 1, month, day.min(28))?;
                let written_after = self.own.is_none_or(|own| rolled <= own);
                Some(if d < base - Duration::days(183) && written_after {
                    y + 1
                } else {
                    y
                })
            }
            None => {
                let y = self.default_year.or(self.written_year)?;
                // A newsletter of January 2017 recalling "12 December": a day more than a month
                // after the text was written, in its year, is of the year before.
                let d = NaiveDate::from_ymd_opt(y, month, day.min(28))?;
                let after_writing = self
                    .own
                    .is_some_and(|own| own.year() == y && d > own + Duration::days(31));
                Some(if after_writing { y - 1 } else { y })
            }
        }
    }

    /// Resolves a mention without making it the last date: a date in a sentence about what is to
    /// come ("In January, the Council expects …") dates nothing told after it.
    pub fn resolve_to_come(&self, m: &DateMention) -> Option<ResolvedDate> {
        self.resolve_only(m)
    }

    fn resolve_only(&self, m: &DateMention) -> Option<ResolvedDate> {
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

    /// Weekdays, days of a month, weekends, seasons and days from today: the days, their
    /// precision and the basis (`basis` is that of the last date).
    fn resolve_calendar(
        &self,
        kind: &DateKind,
        basis: Option<String>,
    ) -> Option<(NaiveDate, NaiveDate, DatePrecision, Option<String>)> {
        let last = self.last.as_ref();
        let day = |d: NaiveDate, basis: Option<String>| Some((d, d, DatePrecision::Day, basis));
        match kind {
            DateKind::Weekday(w) => {
                let anchor = self.weekday_anchor()?;
                let from_monday = |d: Weekday| i64::from(d.num_days_from_monday());
                // A story told long after ("On the Monday …" in a memoir) moves forward from the
                // last day it told of; a report looks back from its own date.
                let (d, which) = if self.telling_a_story() {
                    let ahead = (from_monday(*w) - from_monday(anchor.weekday())).rem_euclid(7);
                    (anchor + Duration::days(ahead), "first")
                } else {
                    let back = (from_monday(anchor.weekday()) - from_monday(*w)).rem_euclid(7);
                    (anchor - Duration::days(back), "latest")
                };
                let basis = format!(
                    "{} (the {which} {} {} it)",
                    anchor.format("%-d %b %Y"),
                    d.format("%A"),
                    if which == "first" {
                        "not before"
                    } else {
                        "not after"
                    }
                );
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
                day(d, basis)
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
                day(anchor + Duration::days(i64::from(ahead)), basis)
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
            DateKind::Weekend => {
                // After a dated line of the text's own day ("Dec. 1, 2016"), the weekend just
                // past; after a day the text tells of, the weekend that follows it.
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
                Some((from, from + Duration::days(1), DatePrecision::Span, basis))
            }
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

/// The Saturday of the weekend `day` is in, else of the next one (`onward`) or of the last one.
fn weekend_from(day: NaiveDate, onward: bool) -> NaiveDate {
    let wd = i64::from(day.weekday().num_days_from_monday());
    match wd {
        5 => day,
        6 => day - Duration::days(1),
        _ if onward => day + Duration::days(5 - wd),
        _ => day - Duration::days(wd + 2),
    }
}

/// The calendar month (`month`) or the Monday-to-Sunday week before the one of `own`.
fn last_period(own: NaiveDate, month: bool) -> Option<(NaiveDate, NaiveDate, DatePrecision)> {
    if month {
        let months = own.year() * 12 + own.month0() as i32 - 1;
        let (y, m) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
        let (from, to) = month_part(y, m, 0)?;
        return Some((from, to, DatePrecision::Month));
    }
    let monday = own - Duration::days(i64::from(own.weekday().num_days_from_monday()));
    let from = monday - Duration::days(7);
    Some((from, from + Duration::days(6), DatePrecision::Span))
}

/// "in the evening", "overnight", "that night": a part of one day.
fn is_time_of_day(phrase: &str) -> bool {
    let p = phrase.to_lowercase();
    ["morning", "afternoon", "evening", "night"]
        .iter()
        .any(|w| p.contains(w))
}

fn day_basis(d: NaiveDate) -> String {
    format!("the last day told of, {}", d.format("%-d %b %Y"))
}

/// The `nth` (1–4; 5 the last) `weekday` of a month.
fn nth_weekday(y: i32, month: u32, weekday: Weekday, nth: u8) -> Option<NaiveDate> {
    if nth >= 5 {
        let (_, end) = month_part(y, month, 0)?;
        let back = (end.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
        return Some(end - Duration::days(i64::from(back)));
    }
    NaiveDate::from_weekday_of_month_opt(y, month, weekday, nth)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A year or a third of it ("early 2013": January to April), and how precise that is.
fn year_part(year: i32, part: u8) -> Option<(NaiveDate, NaiveDate, DatePrecision)> {
    let (from, to) = match part {
        1 => (ymd(year, 1, 1)?, ymd(year, 4, 30)?),
        2 => (ymd(year, 5, 1)?, ymd(year, 8, 31)?),
        3 => (ymd(year, 9, 1)?, ymd(year, 12, 31)?),
        _ => (ymd(year, 1, 1)?, ymd(year, 12, 31)?),
    };
    let precision = if part == 0 {
        DatePrecision::Year
    } else {
        DatePrecision::Span
    };
    Some((from, to, precision))
}

fn month_part(y: i32, month: u32, part: u8) -> Option<(NaiveDate, NaiveDate)> {
    let first = ymd(y, month, 1)?;
    let next = if month == 12 {
        ymd(y + 1, 1, 1)?
    } else {
        ymd(y, month + 1, 1)?
    };
    let end = next - Duration::days(1);
    Some(match part {
        1 => (first, ymd(y, month, 10)?),
        2 => (ymd(y, month, 11)?, ymd(y, month, 20)?),
        3 => (ymd(y, month, 21)?, end),
        // Weeks: the first to the third, and the last (to the month's end).
        4 => (first, ymd(y, month, 7)?),
        5 => (ymd(y, month, 8)?, ymd(y, month, 14)?),
        6 => (ymd(y, month, 15)?, ymd(y, month, 21)?),
        7 => (end - Duration::days(6), end),
        _ => (first, end),
    })
}
