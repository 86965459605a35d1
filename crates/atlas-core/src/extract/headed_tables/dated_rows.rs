//! Tables whose rows are dated by columns of numbers: a timeline spreadsheet's "Year | Month | Day"
//! (and "End Year | End Month | End Day", as a TimelineJS sheet has), or a monthly sheet's first
//! column "Day" under a line naming its month ("Month: DECEMBER 2016"). Such a table names no
//! place column: its text cells are read by the sentence rules, each row on the day its columns
//! give (a remark wrapped onto the lines below its row too).

use super::cells::{split_cells, Separator};
use super::{is_rule, line_ranges, MAX_HEADING_WORDS};
use crate::extract::dates::ResolvedDate;
use crate::model::source::ceil_char_boundary;
use crate::model::DatePrecision;
use chrono::NaiveDate;
use std::ops::Range;

/// The columns of a row's start and end dates.
struct DateColumns {
    separator: Separator,
    cells: usize,
    start: [Option<usize>; 3],
    end: [Option<usize>; 3],
    /// The year and month of a sheet whose rows name only their day.
    month: Option<(i32, u32)>,
}

/// How far before a monthly sheet's header its month may be named.
const MONTH_LOOKBACK_BYTES: usize = 2048;

/// Each row of the document's tables dated by year, month and day columns: its line and date.
pub(super) fn dated_rows(text: &str) -> Vec<(Range<usize>, ResolvedDate)> {
    let lines = line_ranges(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let header = &text[lines[i].clone()];
        let Some(columns) =
            date_columns(header).or_else(|| day_column(header, text, lines[i].start))
        else {
            i += 1;
            continue;
        };
        i += 1;
        let mut last: Option<ResolvedDate> = None;
        while let Some(line) = lines.get(i) {
            let row = &text[line.clone()];
            if is_rule(row) {
                i += 1;
                continue;
            }
            let cells = split_cells(row, columns.separator);
            // "                 the radio in the afternoon …": a remark wrapped under its row.
            let first_cell = cells.first().map_or("", |c| row[c.clone()].trim());
            let wrapped = columns.month.is_some()
                && !row.trim().is_empty()
                && (first_cell.is_empty() || row.starts_with("   "));
            if let (true, Some(date)) = (wrapped, &last) {
                out.push((line.clone(), date.clone()));
                i += 1;
                continue;
            }
            // A sheet's row with its last cells empty ("21 |   2.4     |") is a row still.
            let short_row = columns.month.is_some() && first_cell.parse::<u32>().is_ok();
            if row.trim().is_empty() || (cells.len() != columns.cells && !short_row) {
                break;
            }
            let cell = |k: Option<usize>| k.map(|k| row[cells[k].clone()].trim());
            last = row_date(&columns, &cell);
            if let Some(date) = &last {
                out.push((line.clone(), date.clone()));
            }
            i += 1;
        }
    }
    out
}

/// A monthly sheet's header whose first column is "Day" ("Day  Rain  Tmax  Remarks"), under a
/// line before it that names the month and year ("Month: DECEMBER 2016").
fn day_column(line: &str, text: &str, at: usize) -> Option<DateColumns> {
    let separator = Separator::of(line)?;
    let cells = split_cells(line, separator);
    let first = line.get(cells.first()?.clone())?.trim();
    if !first.eq_ignore_ascii_case("day") || cells.len() < 2 {
        return None;
    }
    Some(DateColumns {
        separator,
        cells: cells.len(),
        start: [None, None, Some(0)],
        end: [None, None, None],
        month: Some(month_named_before(text, at)?),
    })
}

/// The last month written with its year in the text before `at` (within
/// [`MONTH_LOOKBACK_BYTES`]).
fn month_named_before(text: &str, at: usize) -> Option<(i32, u32)> {
    let from = ceil_char_boundary(text, at.saturating_sub(MONTH_LOOKBACK_BYTES));
    let tokens = crate::extract::tokens::tokenize(text, from..at);
    crate::extract::dates::find_dates(text, &tokens)
        .iter()
        .rev()
        .find_map(|m| match m.kind {
            crate::extract::dates::DateKind::Month {
                month,
                year: Some(year),
                part: 0,
            } => Some((year, month)),
            _ => None,
        })
}

/// The date columns a header line names: "Year", "Month", "Day" and perhaps their "End" ones.
fn date_columns(line: &str) -> Option<DateColumns> {
    // Cheap first: the header has the word "year".
    if !line
        .as_bytes()
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"year"))
    {
        return None;
    }
    let separator = Separator::of(line)?;
    let cells = split_cells(line, separator);
    let headings: Vec<String> = cells
        .iter()
        .map(|c| line[c.clone()].trim().to_lowercase())
        .collect();
    if headings
        .iter()
        .any(|h| h.split_whitespace().count() > MAX_HEADING_WORDS)
    {
        return None;
    }
    let find = |name: &str| headings.iter().position(|h| h == name);
    let start = [find("year"), find("month"), find("day")];
    let end = [find("end year"), find("end month"), find("end day")];
    start.iter().all(Option::is_some).then_some(DateColumns {
        separator,
        cells: cells.len(),
        start,
        end,
        month: None,
    })
}

/// A row's date: from its start columns to its end ones when it has them; a year alone is the
/// year, a year and month the month.
fn row_date<'a>(
    columns: &DateColumns,
    cell: &dyn Fn(Option<usize>) -> Option<&'a str>,
) -> Option<ResolvedDate> {
    if let Some((year, month)) = columns.month {
        let text = cell(columns.start[2])?;
        let day = NaiveDate::from_ymd_opt(year, month, text.parse().ok()?)?;
        return Some(ResolvedDate {
            from: day,
            to: day,
            precision: DatePrecision::Day,
            phrase: text.to_string(),
            basis: None,
        });
    }
    let (from, from_last, precision) = bounds(columns.start.map(cell))?;
    let (to, precision) = match bounds(columns.end.map(cell)) {
        Some((_, to, _)) if to > from => (to, DatePrecision::Span),
        _ => (from_last, precision),
    };
    let phrase = columns
        .start
        .iter()
        .filter_map(|k| cell(*k))
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    Some(ResolvedDate {
        from,
        to,
        precision,
        phrase,
        basis: None,
    })
}

/// The first and last day that year, month and day cells name, and how precise they are.
fn bounds(cells: [Option<&str>; 3]) -> Option<(NaiveDate, NaiveDate, DatePrecision)> {
    let number = |c: Option<&str>| c.and_then(|c| c.parse::<u32>().ok());
    let year = i32::try_from(number(cells[0])?).ok()?;
    match (number(cells[1]), number(cells[2])) {
        (Some(m), Some(d)) => {
            let day = NaiveDate::from_ymd_opt(year, m, d)?;
            Some((day, day, DatePrecision::Day))
        }
        (Some(m), None) => {
            let first = NaiveDate::from_ymd_opt(year, m, 1)?;
            let next = NaiveDate::from_ymd_opt(year + i32::from(m == 12), m % 12 + 1, 1)?;
            Some((first, next.pred_opt()?, DatePrecision::Month))
        }
        _ => Some((
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
            DatePrecision::Year,
        )),
    }
}
