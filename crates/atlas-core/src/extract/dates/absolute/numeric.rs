//! Dates written in digits: ISO days and timestamps, "12/03/2016", "04.12.16", "05/12" after a
//! word that dates, "26.XI.16", "27/Nov/16", a military date-time group, a wire slug's day.

use super::*;

/// ISO: one token "2016-12-22", or the date of a timestamp ("2016-12-07T19:52:00Z").
pub(super) fn iso_at(w: &str, i: usize) -> Option<(usize, DateKind)> {
    let timestamp = w.len() > 11 && w.as_bytes()[10].eq_ignore_ascii_case(&b't');
    let w = if timestamp { &w[..10] } else { w };
    let d = NaiveDate::parse_from_str(w, "%Y-%m-%d")
        .ok()
        .filter(|_| w.len() == 10)?;
    Some((
        i + 1,
        DateKind::Day {
            day: d.day(),
            month: d.month(),
            year: Some(d.year()),
        },
    ))
}

/// A numeric date's day and month from its two leading numbers: day first ("12/03/2016" is 12
/// March, the order of the region's agencies and most of the world), unless only the other order is
/// a date ("03/25/2016": 25 March).
fn day_and_month(a: &str, b: &str, order: DayOrder) -> Option<(u32, u32)> {
    let (a, b) = match order {
        DayOrder::DayFirst => (a, b),
        DayOrder::MonthFirst => (b, a),
    };
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let valid = |day: u32, month: u32| (1..=31).contains(&day) && (1..=12).contains(&month);
    if valid(a, b) {
        Some((a, b))
    } else if valid(b, a) {
        Some((b, a))
    } else {
        None
    }
}

/// The year of a date written with two digits in each part ("04.12.16", "04/12/16", "7.12.16": 2016), as a
/// channel's or a log's stamps are; never a section number ("4.2.1"). The month has as many
/// digits as `month_digits` allows (after a weekday one will do: "Wed 7/9/16").
fn short_year(parts: &[&str], month_digits: std::ops::RangeInclusive<usize>) -> Option<i32> {
    let digits = |p: &str, lens: std::ops::RangeInclusive<usize>| {
        lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    // "7.12.16" as "07.12.16": the first part may have one digit, the year has two.
    if parts.len() != 3
        || !digits(parts[0], 1..=2)
        || !digits(parts[1], month_digits)
        || !digits(parts[2], 2..=2)
    {
        return None;
    }
    Some(two_digit_year(parts[2].parse().ok()?))
}

/// The year a two-digit year stands for: 2000 to 2069, or 1970 to 1999.
pub(in crate::extract::dates) fn two_digit_year(yy: i32) -> i32 {
    if yy < 70 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// The day closing a wire's slug ("AP-WS-12-12-16"): letters first, then three parts of two
/// digits.
fn slug_date(w: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = w.split('-').collect();
    let (head, tail) = parts.split_at(parts.len().checked_sub(3)?);
    let two_digits = |p: &&str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    let lettered = !head.is_empty()
        && head
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphabetic()));
    (lettered && tail.iter().all(two_digits)).then(|| tail.to_vec())
}

/// A date-time group's year: four digits, or two (2000 onward).
fn dtg_year(word: &str) -> Option<i32> {
    year_of(word).or_else(|| {
        (word.len() == 2 && word.bytes().all(|b| b.is_ascii_digit()))
            .then(|| word.parse::<i32>().ok().map(|yy| 2000 + yy))
            .flatten()
    })
}

/// A day and month of one or two digits each, day first, joined by `sep` in the token `w` at `i`,
/// when the word before it says it is a date (`dated`).
fn joined_day_and_month(w: &str, i: usize, sep: char, dated: bool) -> Option<(usize, DateKind)> {
    let (d, m) = w.split_once(sep)?;
    let short = |x: &str| (1..=2).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
    if !dated || !short(d) || !short(m) {
        return None;
    }
    let (day, month): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    Some((
        i + 1,
        DateKind::Day {
            day,
            month,
            year: None,
        },
    ))
}

/// Labels of a reference number, which a number of a date's shape may follow ("Serial:
/// 16-11-28/03"); the word before the number, its point or colon aside.
const REFERENCE_LABELS: &[&str] = &[
    "serial",
    "ref",
    "reference",
    "no",
    "nr",
    "number",
    "ticket",
    "invoice",
    "sayı",
    "رقم",
];

/// The months in Roman numerals, as postmarks and registers write them.
const ROMAN: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

impl Words<'_> {
    /// A military date-time group: "010630C DEC 16", "041200ZDEC16" (day, hour and minute, a
    /// time-zone letter, the month, the year in two or four digits).
    pub(super) fn date_time_group(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        if w.bytes().take_while(u8::is_ascii_digit).count() != 6 {
            return None;
        }
        let day: u32 = w.get(..2)?.parse().ok()?;
        let rest = w.get(6..)?;
        let zone = rest.chars().next().filter(char::is_ascii_alphabetic)?;
        let glued = rest.get(zone.len_utf8()..)?;
        let (month, year, end) = if glued.is_empty() {
            // "010630C DEC 16": the month and year are words of their own.
            let tok = self.tokens.get(i + 1)?;
            let month = month_of(&tok.norm).filter(|_| tok.norm.len() == 3)?;
            (month, dtg_year(self.word(i + 2)?)?, i + 3)
        } else {
            // "041200ZDEC16": glued.
            (
                month_of(glued.get(..3)?)?,
                dtg_year(glued.get(3..)?)?,
                i + 1,
            )
        };
        full_day_at(end, day, month, year)
    }

    /// "26.XI.16", "3.IX.2012", "31.jul.2012": a day, the month in Roman numerals (or by name) and
    /// the year, between points (as postmarks, European letters and Brazilian stamps write them).
    pub(super) fn month_between_points(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let day = day_of(w)?;
        let year_follows = self.is_punct(i + 3, &["."])
            && self
                .word(i + 4)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
        if self.is_punct(i + 1, &["."]) && !year_follows {
            // "on Saturday 26.XI": a day and a Roman month (in capitals) without a year, after a
            // weekday or "on" (not "Section 4.II").
            let numeral = self.tokens.get(i + 2)?.text(self.text);
            let before = i.checked_sub(1).and_then(|k| self.tokens.get(k));
            let dated = before
                .is_some_and(|t| t.norm == "on" || WEEKDAYS.iter().any(|(w, _)| *w == t.norm));
            if let Some(k) = ROMAN.iter().position(|r| *r == numeral).filter(|_| dated) {
                let month = k as u32 + 1;
                let year = None;
                return Some((i + 3, DateKind::Day { day, month, year }));
            }
        }
        if !(self.is_punct(i + 1, &["."]) && self.is_punct(i + 3, &["."])) {
            return self.roman_month_between_spaces(day, i);
        }
        // "31.jul.2012": a month's name between points too.
        let month_word = self.tokens.get(i + 2)?.text(self.text);
        // "2.xii.2016": a naturalist's lower-case numerals too.
        let month = match ROMAN
            .iter()
            .position(|r| r.eq_ignore_ascii_case(month_word))
        {
            Some(k) => k as u32 + 1,
            None => {
                month_of(&month_word.to_lowercase()).or_else(|| foreign_month_of(month_word))?
            }
        };
        let y = self.word(i + 4)?;
        let year = year_of(y).or_else(|| {
            let two: i32 = y.parse().ok().filter(|_| y.len() == 2)?;
            Some(2000 + two)
        })?;
        full_day_at(i + 5, day, month, year)
    }

    /// "28 XI 2016": a day, the month in Roman numerals and a year of four digits, between spaces
    /// (as a range book or a register heads its days).
    pub(super) fn roman_month_between_spaces(
        &self,
        day: u32,
        i: usize,
    ) -> Option<(usize, DateKind)> {
        let month_word = self
            .word(i + 1)
            .and(self.tokens.get(i + 1))?
            .text(self.text);
        let month = ROMAN.iter().position(|r| *r == month_word)? as u32 + 1;
        let year = self.word(i + 2).and_then(year_of)?;
        full_day_at(i + 3, day, month, year)
    }

    /// "12/12/2016" (five tokens), "12.12.2016" or "28-11-2016" (one): a numeric date with a four-digit year, last
    /// or first ("2016/12/12").
    pub(super) fn numeric(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        // "SERIAL: 16-11-28/03", "Ref. No. 12.04.16": a reference's number, not a date.
        if self.after_reference_label(i) {
            return None;
        }
        let all_digits = |sep: char| {
            w.split(sep)
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        };
        let (parts, end): (Vec<&str>, usize) = if w.matches('.').count() == 2 {
            (w.split('.').collect(), i + 1)
        } else if w.matches('-').count() == 2 && all_digits('-') {
            // "28-11-2016", one token as a dateline writes it.
            (w.split('-').collect(), i + 1)
        } else if let Some(tail) = slug_date(w) {
            // "AP-WS-12-12-16": a wire's end slug closes with its day.
            (tail, i + 1)
        } else if self.is_punct(i + 1, &["/"]) && self.is_punct(i + 3, &["/"]) {
            // "Ref.: TR/16/09/03": numbers after a code's letters and a slash are a reference.
            if i.checked_sub(1).is_some_and(|k| self.is_punct(k, &["/"])) {
                return None;
            }
            (vec![w, self.word(i + 2)?, self.word(i + 4)?], i + 5)
        } else if self.is_punct(i + 1, &["/"]) {
            return self.day_and_month_only(w, i);
        } else if w.matches('-').count() == 1 && all_digits('-') {
            return self.dashed_day_and_month(w, i);
        } else if w.matches('.').count() == 1 {
            return self.dotted_day_and_month(w, i);
        } else {
            return None;
        };
        // "2016/12/12": year first, then month and day.
        if let Some(year) = parts.first().and_then(|p| year_of(p)) {
            let (day, month) = (parts.get(2)?.parse().ok()?, parts.get(1)?.parse().ok()?);
            NaiveDate::from_ymd_opt(year, month, day)?;
            return Some((
                end,
                DateKind::Day {
                    day,
                    month,
                    year: Some(year),
                },
            ));
        }
        // "Wed 17/6/15": after a weekday, the month may have one digit.
        let month_digits = if self.weekday_before(i) { 1..=2 } else { 2..=2 };
        let year = year_of(parts.get(2)?).or_else(|| short_year(&parts, month_digits))?;
        let (day, month) = day_and_month(parts.first()?, parts.get(1)?, self.order)?;
        full_day_at(end, day, month, year)
    }

    /// Whether a weekday's name (or its start) stands right before the token at `i`.
    fn weekday_before(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|k| self.word(k))
            .is_some_and(is_weekday_or_short)
    }

    /// Whether the token at `i` follows a label of a reference number ("Serial:", "Ref. No.",
    /// "Duyuru No:", "Sayı:"), its point, colon or "#" between.
    fn after_reference_label(&self, i: usize) -> bool {
        let marks = [":", ".", "#"];
        let Some(k) = (i.saturating_sub(3)..i)
            .rev()
            .find(|&k| !self.is_punct(k, &marks))
        else {
            return false;
        };
        self.word(k).is_some_and(|l| REFERENCE_LABELS.contains(&l))
    }

    /// "05/12" (no year): a day and month of two digits each, day first as in [`day_and_month`]; not
    /// a fraction ("1/3 of"), and not followed by another "/" (a full date is read whole).
    pub(super) fn day_and_month_only(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let m = self.word(i + 2)?;
        let two_digits = |x: &str| x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit());
        // "On 7/26", "since 12/5", "Tue 6/12": after a word that dates or a weekday, one digit
        // will do (not "1/3 of").
        let dated = i
            .checked_sub(1)
            .and_then(|k| self.word(k))
            .is_some_and(|p| DATING_WORDS.contains(&p) || is_weekday_or_short(p))
            // "1/12 (Thu)": the weekday after it.
            || self.weekday_after(i + 2);
        let digits = |x: &str| (1..=2).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
        let shape = (two_digits(w) && two_digits(m)) || (dated && digits(w) && digits(m));
        // "21:03/17": a time's minutes and a page number, not a date; "TR/16/09/03": a code.
        let after_a_time = i
            .checked_sub(1)
            .is_some_and(|k| self.is_punct(k, &[":", "/"]));
        if !shape || after_a_time || self.is_punct(i + 3, &["/"]) || self.word(i + 3) == Some("of")
        {
            return None;
        }
        let (day, month) = day_and_month(w, m, self.order)?;
        Some((
            i + 3,
            DateKind::Day {
                day,
                month,
                year: None,
            },
        ))
    }

    /// "Sa 26-11", "Mon 28-11": a day and month joined by a dash, only after a weekday (two letters
    /// will do), so that a score or a span of days ("26-28") stays what it is.
    pub(super) fn dashed_day_and_month(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let weekday_before = i
            .checked_sub(1)
            .and_then(|k| self.word(k))
            .is_some_and(|p| is_weekday_or_short(p) || TWO_LETTER_WEEKDAYS.contains(&p));
        joined_day_and_month(w, i, '-', weekday_before || self.weekday_after(i))
    }

    /// Whether the day's weekday follows the token at `i` ("22.05 (Thursday)", "26-11, Sat").
    fn weekday_after(&self, i: usize) -> bool {
        let k = if self.is_punct(i + 1, &["(", ","]) {
            i + 2
        } else {
            i + 1
        };
        self.word(k).is_some_and(is_weekday_or_short)
    }

    /// "since 26.11", "on 27.11", "Sun 4.12", "22.05 (Thursday)": a day and month with a point,
    /// only after a word that dates or before a weekday (so that "3.5 km" and a price stay numbers); a time ("at 10.45") has no such word.
    pub(super) fn dotted_day_and_month(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let dated = i
            .checked_sub(1)
            .and_then(|k| self.word(k))
            .is_some_and(|p| {
                ["on", "since", "from", "until", "till"].contains(&p) || is_weekday_or_short(p)
            });
        joined_day_and_month(w, i, '.', dated || self.weekday_after(i))
    }

    /// "27/Nov/16 18:32", "05-Dec-2016": an issue tracker's or a spreadsheet's day, month's
    /// abbreviation and year, joined by slashes or dashes.
    pub(super) fn day_slash_month_name(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        if let Some(joined) = joined_day_month_name(w) {
            let (day, month, year) = joined;
            return full_day_at(i + 1, day, month, year);
        }
        let day = (w.len() <= 2).then(|| day_of(w)).flatten()?;
        let sep = ["/", "-"]
            .into_iter()
            .find(|s| self.is_punct(i + 1, &[s]))?;
        let (month, next) = self.month_at(i + 2)?;
        if !self.is_punct(next, &[sep]) {
            return None;
        }
        let y = self.word(next + 1)?;
        let year = match y.len() {
            2 => two_digit_year(y.parse().ok()?),
            4 => year_of(y)?,
            _ => return None,
        };
        full_day_at(next + 2, day, month, year)
    }
}

/// "04-dec-2016", "05-dec-16": a database's day, month's name and year as one word (the
/// tokenizer joins words across hyphens).
fn joined_day_month_name(w: &str) -> Option<(u32, u32, i32)> {
    let mut parts = w.split('-');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() > 2 {
        return None;
    }
    let day = day_of(d)?;
    let month = month_of(m)?;
    let year = match y.len() {
        2 => two_digit_year(y.parse().ok()?),
        4 => year_of(y)?,
        _ => return None,
    };
    Some((day, month, year))
}
