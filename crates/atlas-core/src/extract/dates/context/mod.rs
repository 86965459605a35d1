//! A document's dates walked in order: each mention resolved to days against the last date, the
//! document's year and its own date. This module keeps the context and moves it (entries, rows,
//! headings, the last date); how a mention becomes days is in `resolving` (absolute and counted
//! dates), `calendar` (weekdays, weekends, seasons), `years` (the year of a yearless day) and
//! `periods` (the days of weeks, months and seasons).

use super::*;

mod calendar;
mod periods;
mod resolving;
mod years;

use periods::*;

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
    /// The first of the days the text says it covers.
    covered_from: Option<NaiveDate>,
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
            covered_from: None,
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

    /// The days the text says it covers ("Week: Sun 20 Nov - Sat 26 Nov 2016"): weekdays count
    /// back from the last, and in a week fall inside it.
    pub fn covers(&mut self, from: NaiveDate, to: NaiveDate) {
        self.covered_from = Some(from);
        self.covered_until = Some(to);
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

    /// The month the text just looked back to ("in July 2012" in a report of 2016), when no date
    /// has followed it: its first and last day.
    fn looked_back_month(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.looked_back
            .as_ref()
            .filter(|p| p.precision == DatePrecision::Month)
            .map(|p| (p.from, p.to))
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
        // "2016 DECEMBER" over "MON 5": a month just named heads the days under it from its first.
        let month_start = self
            .last
            .as_ref()
            .filter(|l| l.precision == DatePrecision::Month)
            .map(|l| l.from);
        week_before
            .or(month_start)
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

    /// Resolves a mention without making it the last date: a date in a sentence about what is to
    /// come ("In January, the Council expects …") dates nothing told after it.
    pub fn resolve_to_come(&self, m: &DateMention) -> Option<ResolvedDate> {
        self.resolve_only(m)
    }
}
