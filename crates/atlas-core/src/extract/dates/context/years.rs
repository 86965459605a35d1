//! Which year a day or month written without one is of: the year "that year" points to, the year
//! a narrative has moved on to, the year whose day falls on the weekday named.

use super::*;

impl DateContext {
    /// The year last written (a year told alone too: "in the summer of 2012 … in July that year"),
    /// else the year of the last date told, for a mention written "… that year".
    pub(super) fn that_year(&self, m: &DateMention) -> Option<i32> {
        m.that_year
            .then(|| {
                self.written_year
                    .or_else(|| self.last.as_ref().map(|l| l.to.year()))
            })
            .flatten()
    }

    pub(super) fn year_for(&self, month: u32, day: u32) -> Option<i32> {
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
    pub(super) fn year_of_weekday(&self, month: u32, day: u32, weekday: Weekday) -> Option<i32> {
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
                // A citation of July 2017 whose only date yet is its own, which has written an
                // earlier year ("in the autumn of 2016 … on the fifth of December"): a day more
                // than a month after the text was written is of the year before.
                let after_writing = self.own.is_some_and(|own| {
                    base == own
                        && own.year() == y
                        && d > own + Duration::days(31)
                        && self.written_year.is_some_and(|w| w < y)
                });
                Some(if d < base - Duration::days(183) && written_after {
                    y + 1
                } else if after_writing {
                    y - 1
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
}
