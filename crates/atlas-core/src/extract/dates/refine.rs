//! Passes over a sentence's mentions once they are found: the weekday written with a day, "that
//! year", a period before a day, a part of a day named, the year a later day of the sentence gives.

use super::*;

/// "from the summer of 2012: the army took it in August that year": a day or month followed by
/// "that year" (or "of the same year") is of the year an earlier date of the sentence wrote.
pub(super) fn of_that_year(tokens: &[Token], out: &mut [DateMention]) {
    for k in 1..out.len() {
        let words: Vec<&str> = tokens[out[k].tokens.end..]
            .iter()
            .take(4)
            .map(|t| t.norm.as_str())
            .collect();
        let that_year = matches!(
            words.as_slice(),
            ["that", "year", ..]
                | ["of", "that", "year", ..]
                | ["the", "same", "year", ..]
                | ["of", "the", "same", "year"]
        );
        let written = out[..k].iter().rev().find_map(DateMention::written_year);
        if let (true, Some(y)) = (that_year, written) {
            match &mut out[k].kind {
                DateKind::Day { year, .. } | DateKind::Month { year, .. } if year.is_none() => {
                    *year = Some(y)
                }
                _ => {}
            }
        }
    }
}

/// "in the first days of August that year": a "that year" right after a day or month says of which
/// year that day or month is; it dates nothing of its own (the month does, in the year of the last
/// date told).
pub(super) fn that_year_of_a_month(tokens: &[Token], out: &mut Vec<DateMention>) {
    let mut absorbed = vec![false; out.len()];
    for k in 1..out.len() {
        let gap = &tokens[out[k - 1].tokens.end..out[k].tokens.start];
        let after_month = matches!(
            out[k - 1].kind,
            DateKind::Day { .. } | DateKind::Month { .. }
        ) && gap.iter().all(|t| t.norm == "of" || t.norm == "de");
        if after_month && out[k].kind == DateKind::YearShift(0) {
            out[k - 1].that_year = true;
            absorbed[k] = true;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !absorbed[k - 1]
    });
    // "el juliol d'aquell any i a finals de juliol": the same month named again is of that year
    // too.
    for k in 1..out.len() {
        let DateKind::Month {
            month, year: None, ..
        } = out[k].kind
        else {
            continue;
        };
        let earlier = out[..k].iter().rev().find(|m| {
            m.that_year
                && matches!(m.kind, DateKind::Month { month: m2, year: None, .. } if m2 == month)
        });
        if earlier.is_some() {
            out[k].that_year = true;
        }
    }
}

/// "In the summer of 2016, rebels overran X on 6 August": a day or month without a year that falls
/// inside a year, season or month written earlier in the sentence (not one a "since" bounds) is of
/// that year.
pub(super) fn within_a_period_before(out: &mut [DateMention]) {
    for k in 1..out.len() {
        let month = match out[k].kind {
            DateKind::Day {
                month, year: None, ..
            }
            | DateKind::Days {
                month, year: None, ..
            }
            | DateKind::Month {
                month, year: None, ..
            } => month,
            _ => continue,
        };
        let period_year = out[..k].iter().rev().find_map(|m| {
            let inside = match m.kind {
                DateKind::Year { year, .. } => Some(year),
                DateKind::Season { first, year } => {
                    (first..first + 3).contains(&month).then_some(year)
                }
                DateKind::Month {
                    month: m2,
                    year: Some(y),
                    ..
                } => (m2 == month).then_some(y),
                _ => None,
            };
            inside.filter(|_| !m.bound)
        });
        // "left behind in 2012, was reached on Monday 5 December": a weekday the day does not fall
        // on in that year says the day is of another.
        if let Some(y) = period_year.filter(|&y| weekday_fits(&out[k], y)) {
            match &mut out[k].kind {
                DateKind::Day { year, .. }
                | DateKind::Days { year, .. }
                | DateKind::Month { year, .. } => *year = Some(y),
                _ => {}
            }
        }
    }
}

/// Whether a day's weekday (if it has one) is its weekday in `year`.
pub(super) fn weekday_fits(m: &DateMention, year: i32) -> bool {
    match (m.weekday, &m.kind) {
        (Some(w), DateKind::Day { day, month, .. }) => {
            NaiveDate::from_ymd_opt(year, *month, *day).is_some_and(|d| d.weekday() == w)
        }
        _ => true,
    }
}

/// The month and written year of a day or month mention.
fn month_and_year(kind: &DateKind) -> Option<(u32, Option<i32>)> {
    match *kind {
        DateKind::Day { month, year, .. }
        | DateKind::Days { month, year, .. }
        | DateKind::Month { month, year, .. } => Some((month, year)),
        _ => None,
    }
}

/// How many months before a later date of its sentence that writes a year a day or month without
/// one may lie and still be of that stretch of time.
const MONTHS_BEFORE_A_WRITTEN_YEAR: u32 = 3;

/// "late July and early August 2012", "Once Hanano had fallen at the end of November, X was retaken
/// on 5 December 2016": a day or month without a year takes the year of a later date of the same
/// sentence that writes one: the next date when it follows at once, else the first that is at most
/// three months after it (the year before when the months cross a new year).
pub(super) fn year_of_a_later_day(out: &mut [DateMention]) {
    for k in (0..out.len().saturating_sub(1)).rev() {
        let Some((month, None)) = month_and_year(&out[k].kind) else {
            continue;
        };
        let close = out[k + 1].tokens.start <= out[k].tokens.end + 3;
        let found = out[k + 1..].iter().enumerate().find_map(|(j, m)| {
            let (later, year) = month_and_year(&m.kind)?;
            let year = year?;
            if j == 0 && close {
                return Some(year);
            }
            let gap = (later + 12 - month) % 12;
            (gap <= MONTHS_BEFORE_A_WRITTEN_YEAR)
                .then(|| if later < month { year - 1 } else { year })
        });
        if let Some(y) = found {
            if let DateKind::Day { year, .. }
            | DateKind::Days { year, .. }
            | DateKind::Month { year, .. } = &mut out[k].kind
            {
                *year = Some(y);
            }
        }
    }
}

/// "06/03/2016, 10:00 - Sami: the rebels took X this morning": after a day the sentence names,
/// "this morning" (afternoon, evening) is of that day; alone it is of the day the text is written.
pub(super) fn this_part_of_a_day_named(out: &mut [DateMention]) {
    for k in 1..out.len() {
        let part_of_today = out[k].kind == DateKind::FromToday(0)
            && out[k].text.to_lowercase().starts_with("this ");
        if part_of_today && out[..k].iter().any(|m| !m.is_relative()) {
            out[k].kind = DateKind::Shift(0);
        }
    }
}

/// "Last Tuesday", "that Saturday", "the Sunday": the word before a weekday says which one it is.
pub(super) fn weekday_told_by_word_before(text: &str, tokens: &[Token], out: &mut [DateMention]) {
    for m in out.iter_mut() {
        let DateKind::Weekday(w) = m.kind else {
            continue;
        };
        let Some(k) = m.tokens.start.checked_sub(1) else {
            continue;
        };
        // "the previous Monday", "the preceding Sunday".
        let previous = ["previous", "preceding"].contains(&tokens[k].norm.as_str())
            && k > 0
            && tokens[k - 1].norm == "the";
        if previous {
            m.kind = DateKind::PreviousWeekday(w);
            m.tokens.start = k - 1;
            m.range.start = tokens[k - 1].start;
            m.text = text[m.range.clone()].to_string();
            continue;
        }
        let kind = match tokens[k].norm.as_str() {
            "last" => DateKind::LastWeekday(w),
            "that" => DateKind::ThatWeekday(w),
            // "By the Sunday night": the Sunday of the days told of, on or after the last.
            "the" => DateKind::TheWeekday(w),
            _ => continue,
        };
        m.kind = kind;
        m.tokens.start = k;
        m.range.start = tokens[k].start;
        m.text = text[m.range.clone()].to_string();
    }
}

/// "On Saturday, 26 November", "Monday night, 12 December": a weekday just before a day without a
/// year is that day's weekday, not a date of its own.
pub(super) fn with_weekdays(tokens: &[Token], out: &mut Vec<DateMention>) {
    const BETWEEN: &[&str] = &[",", "the", "night", "morning", "afternoon", "evening"];
    let mut k = 0;
    while k + 1 < out.len() {
        let weekday = match out[k].kind {
            DateKind::Weekday(w) => Some(w),
            _ => None,
        };
        // "Sunday, 26 November"; "Sunday 29 July 2012", where the year already says which.
        let yearless_day = matches!(
            out[k + 1].kind,
            DateKind::Day { .. }
                | DateKind::DayThisMonth(_)
                | DateKind::DayOfLastMonth(_)
                | DateKind::DayOfPreviousMonth(_)
        );
        let next_to = tokens[out[k].tokens.end..out[k + 1].tokens.start]
            .iter()
            .all(|t| BETWEEN.contains(&t.norm.as_str()));
        match weekday {
            Some(w) if yearless_day && next_to => {
                out[k + 1].weekday = Some(w);
                out.remove(k);
            }
            _ => {
                weekday_in_apposition(tokens, out, k);
                k += 1;
            }
        }
    }
}

/// "on the 3rd of August, a Friday,": a weekday set after a day without a year, with "a", is that
/// day's weekday, not a date of its own.
fn weekday_in_apposition(tokens: &[Token], out: &mut Vec<DateMention>, k: usize) {
    const BETWEEN: &[&str] = &[",", "(", "a", "—", "–", "-"];
    let (Some(day), Some(next)) = (out.get(k), out.get(k + 1)) else {
        return;
    };
    let DateKind::Weekday(w) = next.kind else {
        return;
    };
    let gap = &tokens[day.tokens.end..next.tokens.start];
    let yearless = matches!(day.kind, DateKind::Day { year: None, .. });
    if yearless
        && day.weekday.is_none()
        && gap.last().is_some_and(|t| t.norm == "a")
        && gap.iter().all(|t| BETWEEN.contains(&t.norm.as_str()))
    {
        out[k].weekday = Some(w);
        out.remove(k + 1);
    }
}

/// "Wed 17  am 158/98": the abbreviated weekday opening the line is its day's weekday.
pub(super) fn weekday_abbreviated_before(tokens: &[Token], out: &mut [DateMention]) {
    for m in out.iter_mut() {
        if m.tokens.start != 1 || !matches!(m.kind, DateKind::DayOfLastMonth(_)) {
            continue;
        }
        m.weekday = super::diary::WEEKDAY_ABBREVIATIONS
            .iter()
            .find(|(a, _)| tokens[0].norm == *a)
            .map(|&(_, w)| w)
            .or(m.weekday);
    }
}
