//! Dates written out in a sentence, found token by token: one function per form ("26 November
//! 2016", "the 17th of February", "27–29 April", "Dec. 22", "mid-September", "in 2012"), weekdays
//! and counted shifts ("two days later").

use super::*;

mod numeric;
mod solar_hijri;
use numeric::iso_at;
pub(super) use numeric::two_digit_year;
pub(super) use solar_hijri::solar_hijri_at;

/// Months whose full name is no other English word, read in lower case after a day's number.
const LOWER_CASE_MONTHS: &[&str] = &[
    "january",
    "february",
    "april",
    "june",
    "july",
    "september",
    "october",
    "november",
    "december",
];

/// "26 November [2016]", "the 17th of February", "27–29 April", "November 26[, 2016]", "Dec. 22",
/// "2016-12-22", "[early|mid|late] July [2012]", "mid-September", "in 2012".
pub(super) fn absolute_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    order: DayOrder,
) -> Option<(usize, DateKind)> {
    tokens.get(i)?;
    let at = Words {
        text,
        tokens,
        order,
    };
    let w = at.word(i)?;
    iso_at(w, i)
        .or_else(|| at.date_time_group(w, i))
        .or_else(|| at.month_between_points(w, i))
        .or_else(|| at.numeric(w, i))
        .or_else(|| at.day_slash_month_name(w, i))
        .or_else(|| at.day_first(w, i))
        .or_else(|| at.day_range_token(w, i))
        .or_else(|| at.month_first(i))
        .or_else(|| at.foreign_month_first(w, i))
        .or_else(|| at.month(w, i))
        .or_else(|| at.day_of_year(w, i))
        .or_else(|| at.year_first(w, i))
        .or_else(|| at.year(w, i))
}

/// A day of a month of a year, when it is a date, ending at token `end`.
fn full_day_at(end: usize, day: u32, month: u32, year: i32) -> Option<(usize, DateKind)> {
    NaiveDate::from_ymd_opt(year, month, day)?;
    let year = Some(year);
    Some((end, DateKind::Day { day, month, year }))
}

/// Words before a date that make "7/26" one.
const DATING_WORDS: &[&str] = &[
    "on", "since", "by", "until", "till", "from", "to", "before", "after",
];

/// The tokens of a sentence, read as words, months and years.
struct Words<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Which of a numeric date's first two numbers is the day.
    order: DayOrder,
}

/// Words other languages put before a month ("de juliol", "en juillet", "im Juli", "w lipcu",
/// "в июле", "pada bulan").
const MONTH_PREPOSITIONS: &[&str] = &[
    "de", "del", "du", "d'", "en", "di", "im", "w", "we", "u", "v", "ve", "в", "у", "bulan",
    "mois", "el", "il", "of", "in",
];

/// Hijri years a text may write before the Common Era's ("1436/2015"): AH 1300 to 1500.
const HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1300..=1500;

/// The most words a month's name glossed in brackets may have.
const GLOSSED_MONTH_WORDS: usize = 5;

impl Words<'_> {
    fn word(&self, k: usize) -> Option<&str> {
        self.tokens
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| t.norm.as_str())
    }

    fn is_punct(&self, k: usize, p: &[&str]) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| !t.is_word() && p.contains(&t.norm.as_str()))
    }

    /// A capitalised month at `k`, and the token after it.
    fn month_at(&self, k: usize) -> Option<(u32, usize)> {
        let tok = self.tokens.get(k)?;
        let Some(m) = month_of(self.word(k)?) else {
            return self.glossed_month(k);
        };
        // "30 november", as Dutch writes it: a month's full name in lower case after a day's
        // number (not "may", "march" or "august", which are words too).
        let after_a_day = k > 0
            && self.word(k - 1).is_some_and(|d| day_of(d).is_some())
            && LOWER_CASE_MONTHS.contains(&tok.norm.as_str());
        if !capitalised(tok, self.text) && !after_a_day {
            return None;
        }
        // An abbreviated month may carry a point: "Dec. 22".
        let abbreviated = [
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ]
        .contains(&tok.norm.as_str());
        let next = if self.is_punct(k + 1, &["."]) && abbreviated {
            k + 2
        } else {
            k + 1
        };
        Some((m, next))
    }

    /// "27 Munyonyo (November) 2016": a month in a language the tables lack (one or two words),
    /// glossed in brackets right after it, and the token after the brackets.
    fn glossed_month(&self, k: usize) -> Option<(u32, usize)> {
        // "13 Kanun Qadmoyo (December) 2016": the month's name may be two words; "28 Mweri wa
        // Ikũmi na Ũmwe (November) 2016": up to five, the first and last capitalised, short
        // words of joining between.
        let open = (k + 1..=k + GLOSSED_MONTH_WORDS).find(|&o| self.is_punct(o, &["("]))?;
        let capital = |w: usize| {
            self.tokens
                .get(w)
                .is_some_and(|t| capitalised(t, self.text))
        };
        let named = (k..open).all(|w| {
            self.word(w)
                .is_some_and(|word| capital(w) || word.chars().count() <= 3)
        }) && capital(k)
            && capital(open - 1);
        if !named || !self.is_punct(open + 2, &[")"]) {
            return None;
        }
        let m = month_of(self.word(open + 1)?)?;
        capitalised(self.tokens.get(open + 1)?, self.text).then_some((m, open + 3))
    }

    /// "2016 Nov 28": the year, the month and the day, as a log's heading writes them.
    /// "2012. szeptember 6.": the year first, then the month's name and the day, as Hungarian
    /// writes a date; "2016. gada 28. novembris": the year "of", the day and the month, as Latvian
    /// does; "2016 m. lapkričio 28 d." as Lithuanian does.
    fn year_first(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let year = year_of(w)?;
        // "2016 m. lapkričio 28 d.": Lithuanian's year, "m." (of the year), the month and the day.
        if self.word(i + 1) == Some("m") && self.is_punct(i + 2, &["."]) {
            let month = self.word(i + 3).and_then(foreign_month_of)?;
            let day = self.word(i + 4).and_then(day_of)?;
            return full_day_at(i + 5, day, month, year);
        }
        // "2016 Nov 28 (Mon)": a log's year, month and day, in that order.
        if let Some((month, k)) = self.month_at(i + 1) {
            let day = self.word(k).and_then(day_of);
            let more_digits = self
                .word(k + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            if let (Some(day), false) = (day, more_digits) {
                return full_day_at(k + 1, day, month, year);
            }
            // "2016 DECEMBER - WEEK 49": a diary's year and month, the month written out.
            let written_out = self.word(i + 1).is_some_and(|m| m.len() > 3);
            if day.is_none() && written_out {
                let part = 0;
                return Some((
                    k,
                    DateKind::Month {
                        month,
                        year: Some(year),
                        part,
                    },
                ));
            }
        }
        if !self.is_punct(i + 1, &["."]) {
            return None;
        }
        let named = |k: usize| {
            self.word(k).and_then(foreign_month_of).or_else(|| {
                self.word(k)
                    .filter(|m| m.len() > 3)
                    .and_then(|m| month_of(&m.to_lowercase()))
            })
        };
        // Latgalian writes "goda" where Latvian writes "gada".
        if matches!(self.word(i + 2), Some("gada" | "goda")) {
            let day = self.word(i + 3).and_then(day_of)?;
            let m_at = if self.is_punct(i + 4, &["."]) {
                i + 5
            } else {
                i + 4
            };
            return full_day_at(m_at + 1, day, named(m_at)?, year);
        }
        let month = named(i + 2)?;
        let day = self.word(i + 3).and_then(day_of)?;
        full_day_at(i + 4, day, month, year)
    }

    /// A year at `k` ("2016" or ", 2016"), and the token after it.
    fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.word(k).and_then(year_of) {
            return Some((y, k + 1));
        }
        // "17 June 1436/2015": the Hijri year, then the Common Era's.
        let hijri = self
            .word(k)
            .and_then(|w| w.parse::<i32>().ok())
            .is_some_and(|y| HIJRI_YEARS.contains(&y));
        if hijri && self.is_punct(k + 1, &["/"]) {
            if let Some(y) = self.word(k + 2).and_then(year_of) {
                return Some((y, k + 3));
            }
        }
        if self.is_punct(k, &[","]) {
            return self.word(k + 1).and_then(year_of).map(|y| (y, k + 2));
        }
        self.spelled_year(k)
    }

    /// "two thousand and sixteen", as a deed or a will writes its year.
    fn spelled_year(&self, k: usize) -> Option<(i32, usize)> {
        if self.word(k)? != "two" || self.word(k + 1)? != "thousand" {
            return None;
        }
        let at = if self.word(k + 2) == Some("and") {
            k + 3
        } else {
            k + 2
        };
        let units = |w: &str| {
            NUMBERS
                .iter()
                .find(|(name, n)| *name == w && (1..=20).contains(n) && w != "a")
                .map(|&(_, n)| n as i32)
        };
        let n = self.word(at).and_then(units)?;
        Some((2000 + n, at + 1))
    }

    /// The year at `k` if there is one, and where the date ends.
    fn year_or_not(&self, k: usize) -> (Option<i32>, usize) {
        match self.year_at(k) {
            Some((y, e)) => (Some(y), e),
            None => (None, k),
        }
    }

    /// "Thu 1st rebels got back part of it", "Wed 17  am 158/98 …": a day's number after a weekday,
    /// of the month last told of.
    fn day_after_a_weekday(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        // "Thu 1st rebels got back part of it": an ordinal after a weekday is a day of the month
        // last told of too.
        let after_weekday = i
            .checked_sub(1)
            .and_then(|k| self.word(k))
            .is_some_and(is_weekday_or_short);
        let numeric_ordinal = w.starts_with(|c: char| c.is_ascii_digit())
            && w.ends_with(['t', 'd', 'h'])
            && day_of(w).is_some();
        if after_weekday && numeric_ordinal && self.month_at(i + 1).is_none() {
            return Some((i + 1, DateKind::DayOfLastMonth(day_of(w)?)));
        }
        // "Wed 17  am 158/98 …": a diary line opening with a weekday's abbreviation and a day's
        // number, under its month's heading.
        let opens_with_abbreviation = i == 1
            && super::diary::WEEKDAY_ABBREVIATIONS
                .iter()
                .any(|(a, _)| self.word(0) == Some(a))
            && self
                .tokens
                .first()
                .is_some_and(|t| capitalised(t, self.text));
        let plain_day = w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
        let then_a_word = self.tokens.get(i + 1).is_none_or(|t| t.is_word());
        if opens_with_abbreviation && plain_day && then_a_word && self.month_at(i + 1).is_none() {
            return Some((i + 1, DateKind::DayOfLastMonth(day_of(w)?)));
        }
        None
    }

    /// "26 November [2016]", "the 17th of February", "27–29 April".
    fn day_first(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let (day_tok, of) = if w == "the" && self.word(i + 2) == Some("of") {
            (i + 1, true)
        } else {
            (i, false)
        };
        // "On the 3rd": an ordinal alone is a day of the month last told of.
        let ordinal = self
            .word(i + 1)
            .is_some_and(|d| d.ends_with(['t', 'd', 'h']) && day_of(d).is_some());
        if w == "the" && !of && ordinal && self.month_at(i + 2).is_none() {
            return Some((i + 2, DateKind::DayOfLastMonth(day_of(self.word(i + 1)?)?)));
        }
        if let Some(found) = self.day_after_a_weekday(w, i) {
            return Some(found);
        }
        // "calls on the seventh, a Wednesday": a written-out ordinal after "on the" and before a
        // point or comma (not "on the seventh floor").
        let after_on = i.checked_sub(1).and_then(|k| self.word(k)) == Some("on");
        let closes = self.tokens.get(i + 2).is_none_or(|t| !t.is_word());
        if w == "the" && after_on && closes {
            if let Some(day) = self.word(i + 1).and_then(spelled_ordinal) {
                return Some((i + 2, DateKind::DayOfLastMonth(day)));
            }
        }
        // "the ninth of August", "the twenty-second of December": a written-out day before "of".
        let day = self
            .word(day_tok)
            .and_then(|w| day_of(w).or_else(|| spelled_ordinal(w).filter(|_| of)))?;
        let m_at = if of { day_tok + 2 } else { day_tok + 1 };
        // "the 28th of last month"
        if of && self.word(m_at) == Some("last") && self.word(m_at + 1) == Some("month") {
            return Some((m_at + 2, DateKind::DayOfPreviousMonth(day)));
        }
        // "the 2nd of this month"
        if of && self.word(m_at) == Some("this") && self.word(m_at + 1) == Some("month") {
            return Some((m_at + 2, DateKind::DayThisMonth(day)));
        }
        // "the 12th of that month": of the month last told of.
        if of && self.word(m_at) == Some("that") && self.word(m_at + 1) == Some("month") {
            return Some((m_at + 2, DateKind::DayOfLastMonth(day)));
        }
        if let Some((month, next)) = self.month_at(m_at) {
            if let Some(end) = self.last_year_at(next) {
                return Some((end, DateKind::DayOfLastYear { day, month }));
            }
            let (year, end) = self.year_or_not(next);
            return Some((end, DateKind::Day { day, month, year }));
        }
        // "domenica 30 settembre 2012": a masthead kept in its own language, year and all (and
        // "28 november 2016" in lower case).
        let named = |w: &str| foreign_month_of(w).or_else(|| month_of(&w.to_lowercase()));
        // "28. marraskuuta 2016": a point after the day, as Finnish and German write it.
        let m_at = if self.is_punct(m_at, &["."]) {
            m_at + 1
        } else {
            m_at
        };
        // "01 de agosto de 2012", "8 ga Agusta, 2016": a particle between the day and the month
        // ("de" in Spanish and Portuguese, "ga" in Hausa), and "de" or a comma before the year.
        let particle = |k: usize| matches!(self.word(k), Some("de" | "del" | "ga"));
        // "6 'e dicembre 2016": Neapolitan's "of", an apostrophe and "e".
        let neapolitan = self.is_punct(m_at, &["'", "’"]) && self.word(m_at + 1) == Some("e");
        let m_at = if neapolitan {
            m_at + 2
        } else if particle(m_at) {
            m_at + 1
        } else {
            m_at
        };
        // "28 تشرين الثاني 2016", "1 كانون الأول": a Levantine month of two words.
        let levantine = self
            .word(m_at)
            .zip(self.word(m_at + 1))
            .and_then(|(a, b)| levantine_month(a, b));
        if let Some(month) = levantine {
            if let Some((year, end)) = self.year_at(m_at + 2) {
                return full_day_at(end, day, month, year);
            }
            let year = None;
            return Some((m_at + 2, DateKind::Day { day, month, year }));
        }
        if let Some(month) = self.word(m_at).and_then(named) {
            let y_at = if particle(m_at + 1) {
                m_at + 2
            } else {
                m_at + 1
            };
            if let Some((year, end)) = self.year_at(y_at) {
                return full_day_at(end, day, month, year);
            }
            // "le 7 décembre", "28 listopada", "El 28 de novembre": another language's month
            // without its year, a name long enough to be no English word.
            let foreign = self.word(m_at).and_then(long_foreign_month).is_some();
            // "BEIRUT, 12 DIC -", "le 3 déc. au matin": an abbreviated one in a wire's capitals
            // or with its point.
            let abbreviated = self.tokens.get(m_at).is_some_and(|t| {
                let written = t.text(self.text);
                written.chars().all(char::is_uppercase) || self.is_punct(m_at + 1, &["."])
            });
            if foreign || abbreviated {
                return Some((
                    m_at + 1,
                    DateKind::Day {
                        day,
                        month,
                        year: None,
                    },
                ));
            }
        }
        // "27–29 April"
        let (first, last, after) = self.days_span(day_tok)?;
        let (month, next) = self.month_at(after)?;
        Some(self.days_of(first, last, month, next))
    }

    /// "21-27 November 2016" (the days one token).
    fn day_range_token(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        w.split_once('-')?;
        let (first, last, after) = self.days_span(i)?;
        let (month, next) = self.month_at(after)?;
        Some(self.days_of(first, last, month, next))
    }

    /// Days `first` to `last` of `month`, with the year at `next` if one is written there.
    fn days_of(&self, first: u32, last: u32, month: u32, next: usize) -> (usize, DateKind) {
        let (year, end) = self.year_or_not(next);
        (
            end,
            DateKind::Days {
                first,
                last,
                month,
                year,
            },
        )
    }

    /// "November 26[, 2016]" and "Dec. 22".
    fn month_first(&self, i: usize) -> Option<(usize, DateKind)> {
        let (month, next) = self.month_at(i)?;
        // "July 19-23, 2012", "Nov. 26-28, 2016": days of the month, one token or three.
        if let Some((first, last, after)) = self.days_span(next) {
            return Some(self.days_of(first, last, month, after));
        }
        // "Dec, 13, 2016": a comma after the month, in a full date with its year.
        if self.is_punct(next, &[","]) {
            let day = self.word(next + 1).and_then(day_of)?;
            if !self.is_punct(next + 2, &[","]) {
                return None;
            }
            let (year, end) = self.year_at(next + 3)?;
            return full_day_at(end, day, month, year);
        }
        let day = self.word(next).and_then(day_of)?;
        if let Some(end) = self.last_year_at(next + 1) {
            return Some((end, DateKind::DayOfLastYear { day, month }));
        }
        let (year, end) = self
            .year_after_a_clock(next + 1)
            .unwrap_or_else(|| self.year_or_not(next + 1));
        Some((end, DateKind::Day { day, month, year }))
    }

    /// "last year" or "of last year" at `k` (after a day and month: "on 22 December last year",
    /// "on 22 May of last year"), and the token after.
    fn last_year_at(&self, k: usize) -> Option<usize> {
        let k = if self.word(k) == Some("of") { k + 1 } else { k };
        (self.word(k) == Some("last") && self.word(k + 1) == Some("year")).then_some(k + 2)
    }

    /// "Disyembre 6, 2016": another language's month before the day, in a full date with its year.
    fn foreign_month_first(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let month = foreign_month_of(w)?;
        let day = self.word(i + 1).and_then(day_of)?;
        let (year, end) = self.year_at(i + 2)?;
        full_day_at(end, day, month, year)
    }

    /// "09:05:31 +0000 2016", "21:40 UTC 2016" at `k`: a clock time, a zone, then the year (as
    /// `date` and archives stamp "Wed Dec 07 09:05:31 +0000 2016").
    fn year_after_a_clock(&self, k: usize) -> Option<(Option<i32>, usize)> {
        const ZONES: &[&str] = &["utc", "gmt", "z", "eet", "eest", "cet", "cest", "ast"];
        let digits = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| !t.norm.is_empty() && t.norm.bytes().all(|b| b.is_ascii_digit()))
        };
        if !(digits(k) && self.is_punct(k + 1, &[":"]) && digits(k + 2)) {
            return None;
        }
        let mut j = k + 3;
        if self.is_punct(j, &[":"]) && digits(j + 1) {
            j += 2;
        }
        if self.is_punct(j, &["+", "-"]) && digits(j + 1) {
            j += 2;
        } else if self.word(j).is_some_and(|z| ZONES.contains(&z)) {
            j += 1;
        }
        let year = self.word(j).and_then(year_of)?;
        Some((Some(year), j + 1))
    }

    /// "19-23" (one token) or "19 – 23" (three) at `k`: the first and last day, and the token after.
    fn days_span(&self, k: usize) -> Option<(u32, u32, usize)> {
        let w = self.word(k)?;
        if let Some((a, b)) = w.split_once('-') {
            let (first, last) = (day_of(a)?, day_of(b)?);
            return (first < last).then_some((first, last, k + 1));
        }
        let first = day_of(w)?;
        // "the night of 6 to 7 September": "to" between two days, a month's name right after.
        let to = self.word(k + 1) == Some("to")
            && self
                .tokens
                .get(k + 3)
                .is_some_and(|t| month_of(&t.norm).is_some());
        if !self.is_punct(k + 1, &["–", "-", "—"]) && !to {
            return None;
        }
        let last = self.word(k + 2).and_then(day_of)?;
        (first < last).then_some((first, last, k + 3))
    }

    /// "the end of May [2014]", "the first week of June", "the beginning of July": a part of a
    /// month, with the parts of [`PARTS`] and weeks (4–7: the first to the last week).
    fn part_of_month(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        if w != "the" {
            return None;
        }
        if let Some(found) = self.nth_weekday(i) {
            return Some(found);
        }
        let (part, of_at) = match self.word(i + 1)? {
            "beginning" | "start" => (1, i + 2),
            "middle" => (2, i + 2),
            "end" => (3, i + 2),
            ordinal if self.word(i + 2) == Some("week") => {
                let week = match ordinal {
                    "last" | "final" => 4,
                    o => spelled_ordinal(o).filter(|n| *n <= 4)?,
                };
                (week as u8 + 3, i + 3)
            }
            _ => return None,
        };
        if self.word(of_at) != Some("of") {
            return None;
        }
        let (month, next) = self.month_at(of_at + 1)?;
        let (year, end) = self.year_or_not(next);
        Some((end, DateKind::Month { month, year, part }))
    }

    /// "the first Sunday of December [2016]", "the last Friday of July": `i` is "the".
    fn nth_weekday(&self, i: usize) -> Option<(usize, DateKind)> {
        let nth = match self.word(i + 1)? {
            "last" | "final" => 5,
            o => spelled_ordinal(o).filter(|n| *n <= 4)? as u8,
        };
        let weekday = WEEKDAYS
            .iter()
            .find(|(w, _)| Some(*w) == self.word(i + 2))
            .map(|&(_, d)| d)?;
        if self.word(i + 3) != Some("of") {
            return None;
        }
        if self.word(i + 4) == Some("this") && self.word(i + 5) == Some("month") {
            return Some((i + 6, DateKind::NthWeekdayThisMonth { nth, weekday }));
        }
        let (month, next) = self.month_at(i + 4)?;
        let (year, end) = self.year_or_not(next);
        Some((
            end,
            DateKind::NthWeekday {
                nth,
                weekday,
                month,
                year,
            },
        ))
    }

    /// "the spring of 2016", "summer 2014", "in autumn 2015": a season with its year.
    fn season(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let (s_at, word) = if w == "the" {
            (i + 1, self.word(i + 1)?)
        } else {
            (i, w)
        };
        let first = match word {
            "spring" => 3,
            "summer" => 6,
            "autumn" | "fall" => 9,
            _ => return None,
        };
        let y_at = if self.word(s_at + 1) == Some("of") {
            s_at + 2
        } else {
            s_at + 1
        };
        let year = self.word(y_at).and_then(year_of)?;
        Some((y_at + 1, DateKind::Season { first, year }))
    }

    /// "[early|mid|late] July [2012]", "mid-September".
    fn month(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        if let Some(found) = self.part_of_month(w, i).or_else(|| self.season(w, i)) {
            return Some(found);
        }
        let (part, m_at) = match PARTS.iter().find(|(p, _)| *p == w) {
            Some(&(_, p)) => (p, i + 1),
            None => (0, i),
        };
        let split_part = w
            .split_once('-')
            .and_then(|(p, m)| PARTS.iter().find(|(q, _)| *q == p).map(|&(_, n)| (n, m)))
            .and_then(|(n, m)| month_of(m).map(|month| (n, month)));
        if let Some((part, month)) = split_part {
            let (year, end) = self.year_or_not(i + 1);
            return Some((end, DateKind::Month { month, year, part }));
        }
        // "November-December 2016" (one token): two months and their year, read as the later, as
        // "November–December 2016" is.
        let two_months = w
            .split_once('-')
            .and_then(|(a, b)| month_of(a).and(month_of(b)))
            .filter(|_| capitalised(&self.tokens[i], self.text));
        if let Some(month) = two_months {
            let (year, end) = self.year_at(i + 1)?;
            return Some((
                end,
                DateKind::Month {
                    month,
                    year: Some(year),
                    part: 0,
                },
            ));
        }
        let before = i.checked_sub(1).and_then(|k| self.word(k));
        let Some((month, next)) = self.month_at(m_at) else {
            return self.foreign_month(i);
        };
        // "in April last year"
        if part == 0 && before == Some("in") {
            if let Some(end) = self.last_year_at(next) {
                return Some((end, DateKind::MonthOfLastYear(month)));
            }
        }
        let year = self.year_at(next);
        // "May" alone is too often the verb; a month alone needs a year, a part or a preposition.
        let anchored = year.is_some()
            || part > 0
            || before.is_some_and(|b| {
                // "And now December.": a letter turning to the month it is written in.
                [
                    "in",
                    "of",
                    "by",
                    "during",
                    "since",
                    "until",
                    "throughout",
                    "now",
                ]
                .contains(&b)
            });
        let may_the_verb = month == 5
            && year.is_none()
            && part == 0
            && self.tokens[m_at].norm == "may"
            && before != Some("in");
        if !anchored || may_the_verb {
            return None;
        }
        let (year, end) = match year {
            Some((y, e)) => (Some(y), e),
            None => (None, next),
        };
        Some((end, DateKind::Month { month, year, part }))
    }

    /// "a finals de juliol", "en juillet 2012", "w lipcu 2012": another language's month, a name
    /// long enough to be no English word, after a preposition or before its year.
    fn foreign_month(&self, i: usize) -> Option<(usize, DateKind)> {
        let month = long_foreign_month(self.word(i)?)?;
        let year = self.year_at(i + 1);
        let before = i.checked_sub(1).and_then(|k| self.word(k));
        // "Bab al-Nayrab ve Marca (al-Marjeh)": the languages these prepositions are write their
        // months in lower case (Malay's "bulan Maret" aside); a capital after one is a name.
        let named = capitalised(&self.tokens[i], self.text) && before != Some("bulan");
        let anchored =
            year.is_some() || (before.is_some_and(|b| MONTH_PREPOSITIONS.contains(&b)) && !named);
        if !anchored {
            return None;
        }
        let (year, end) = year.map_or((None, i + 1), |(y, e)| (Some(y), e));
        Some((
            end,
            DateKind::Month {
                month,
                year,
                part: 0,
            },
        ))
    }

    /// "the 220th day of 2013" (as an almanac writes beside the day it names).
    fn day_of_year(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let digits = w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        let ordinal = digits.len() < w.len() && digits.bytes().all(|b| b.is_ascii_digit());
        if !ordinal || self.word(i + 1) != Some("day") || self.word(i + 2) != Some("of") {
            return None;
        }
        let year = self.word(i + 3).and_then(year_of)?;
        let d = NaiveDate::from_yo_opt(year, digits.parse().ok()?)?;
        Some((
            i + 4,
            DateKind::Day {
                day: d.day(),
                month: d.month(),
                year: Some(year),
            },
        ))
    }

    /// "in 2012", "by late 2014".
    fn year(&self, w: &str, i: usize) -> Option<(usize, DateKind)> {
        let (ypart, y_at) = match PARTS.iter().find(|(p, _)| *p == w) {
            Some(&(_, p)) => (p, i + 1),
            None => (0, i),
        };
        let year = self.word(y_at).and_then(year_of)?;
        let before = i.checked_sub(1).and_then(|k| self.word(k));
        (ypart > 0 || before.is_some_and(|b| YEAR_PREPOSITIONS.contains(&b)))
            .then_some((y_at + 1, DateKind::Year { year, part: ypart }))
    }
}

pub(super) fn weekday_at(text: &str, tokens: &[Token], i: usize) -> Option<(usize, DateKind)> {
    if let Some((end, day)) = super::weekdays::persian_weekday(tokens, i) {
        return Some((end, DateKind::Weekday(day)));
    }
    let t = tokens.get(i)?;
    if let Some(day) = abbreviated_weekday_stamp(text, tokens, i) {
        return Some((i + 1, DateKind::Weekday(day)));
    }
    let english = WEEKDAYS.iter().find(|(w, _)| *w == t.norm).map(|&(_, d)| d);
    match english {
        Some(day) => capitalised(t, text).then_some((i + 1, DateKind::Weekday(day))),
        // Other languages write their weekdays in lower case too ("dimanche", "u nedjelju"). Not
        // one heading a date of a month the tables lack ("Mardi 29 d'novimbe 2016"): that date,
        // unread, is the day meant.
        None => super::weekdays::foreign_weekday_of(&t.norm)
            .filter(|_| t.is_word() && !heads_a_day(tokens, i + 1))
            .map(|day| (i + 1, DateKind::Weekday(day))),
    }
}

/// "Mon  Army takes X", "Sat: troops enter Y": a capitalised weekday's abbreviation opening a
/// sentence, not followed by a word in lower case ("Sat on the wall" is a verb) nor by a date.
fn abbreviated_weekday_stamp(text: &str, tokens: &[Token], i: usize) -> Option<Weekday> {
    let t = tokens.get(i)?;
    if i != 0 || !capitalised(t, text) {
        return None;
    }
    let (_, day) = super::diary::WEEKDAY_ABBREVIATIONS
        .iter()
        .find(|(w, _)| *w == t.norm)?;
    // "Sat 19/11": a date follows, read with its weekday as it was.
    let next_lower_or_date = tokens.get(i + 1).is_some_and(|n| {
        n.is_word()
            && n.text(text)
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    });
    (!next_lower_or_date).then_some(*day)
}

/// Whether a day's number follows at `k` (after a comma).
fn heads_a_day(tokens: &[Token], k: usize) -> bool {
    let k = if tokens.get(k).is_some_and(|t| t.norm == ",") {
        k + 1
    } else {
        k
    };
    tokens.get(k).is_some_and(|t| day_of(&t.norm).is_some())
}

/// "two days later", "3 days after", "a week later", "two hours later", "two days earlier", "after
/// three days of fighting".
pub(super) fn counted_at(tokens: &[Token], i: usize) -> Option<(usize, DateKind)> {
    let n = {
        let w = tokens.get(i)?.norm.as_str();
        NUMBERS
            .iter()
            .find(|(name, _)| *name == w)
            .map(|&(_, n)| n)
            .or_else(|| w.parse::<i64>().ok().filter(|n| (1..=60).contains(n)))?
    };
    let unit = tokens.get(i + 1)?.norm.as_str();
    let dir = tokens.get(i + 2)?.norm.as_str();
    if dir == "ago" {
        return ago(n, unit).map(|kind| (i + 3, kind));
    }
    // "two weeks after the fighting reached the city": counted from another event, not the last date
    // ... unless the sentence opens with it ("Four days after they reached us, the fighters took
    // X"): the event is the one just told, on the last date.
    let from_an_event = ["after", "before"].contains(&dir)
        && tokens
            .get(i + 3)
            .is_some_and(|t| t.is_word() && t.norm != "that");
    if from_an_event && (i > 0 || dir != "after") {
        return None;
    }
    // "After a week of heavy fighting, the army took X": a week after the last date. Not when the
    // stretch follows what it led to ("captured X after four days of fighting"): the change is
    // the sentence's own date, the end of the stretch.
    let after_a_stretch = dir == "of"
        && i == 1
        && tokens[0].norm == "after"
        && !["hour", "hours", "minutes"].contains(&unit);
    let sign = match dir {
        "later" | "after" | "afterwards" | "afterward" | "on" => 1,
        "of" if after_a_stretch => 1,
        "earlier" | "before" => -1,
        _ => return None,
    };
    let days = match unit {
        "day" | "days" => n,
        "week" | "weeks" => 7 * n,
        "hour" | "hours" | "minutes" => 0,
        _ => return None,
    };
    Some((i + 3, DateKind::Shift(sign * days)))
}

/// "three days ago", "a week ago", "one year ago", "two months ago": counted back from the text's
/// own date.
fn ago(n: i64, unit: &str) -> Option<DateKind> {
    let months = u32::try_from(n).ok()?;
    match unit {
        "day" | "days" => Some(DateKind::FromToday(-n)),
        "week" | "weeks" => Some(DateKind::FromToday(-7 * n)),
        "month" | "months" => Some(DateKind::MonthsAgo(months)),
        "year" | "years" => Some(DateKind::MonthsAgo(12 * months)),
        _ => None,
    }
}
