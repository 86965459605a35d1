//! The cells of a table line: cut at bars ("a | b", Markdown's "| a | b |"), tabs, commas (a CSV
//! line, quotes kept whole) or runs of two or more spaces (a column-aligned plain-text table).

use std::ops::Range;

/// How a table's cells are separated; read from its header and kept for its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Separator {
    Bar,
    Tab,
    Comma,
    Spaces,
}

impl Separator {
    /// The separator a header line uses, if any: bars first, then tabs, commas, aligned spaces.
    pub fn of(line: &str) -> Option<Self> {
        let line = line.trim();
        if line.contains('|') {
            Some(Self::Bar)
        } else if line.contains('\t') {
            Some(Self::Tab)
        } else if line.matches(',').count() >= 2 {
            Some(Self::Comma)
        } else if line.contains("  ") {
            Some(Self::Spaces)
        } else {
            None
        }
    }
}

/// The cells of `line` (byte ranges into it, trimmed of spaces and of a CSV cell's quotes).
pub(super) fn split_cells(line: &str, separator: Separator) -> Vec<Range<usize>> {
    let raw = match separator {
        Separator::Bar => bar_cells(line),
        Separator::Tab => cut_at(line, |s| s.starts_with('\t').then_some(1)),
        Separator::Comma => comma_cells(line),
        Separator::Spaces => cut_at(line.trim_end(), |s| {
            let run = s.bytes().take_while(|b| *b == b' ' || *b == b'\t').count();
            (run >= 2 || s.starts_with('\t')).then_some(run)
        }),
    };
    raw.into_iter()
        .map(|r| trimmed(line, r))
        .filter(|r| separator != Separator::Spaces || !r.is_empty())
        .collect()
}

/// Cells between bars; Markdown's outer bars open and close no cell.
fn bar_cells(line: &str) -> Vec<Range<usize>> {
    let mut cells = cut_at(line, |s| s.starts_with('|').then_some(1));
    if line.trim_start().starts_with('|') && cells.len() > 1 {
        cells.remove(0);
    }
    if line.trim_end().ends_with('|') && cells.len() > 1 {
        cells.pop();
    }
    cells
}

/// Cells between commas, a comma inside double quotes kept in its cell.
fn comma_cells(line: &str) -> Vec<Range<usize>> {
    let mut quoted = false;
    cut_at(line, |s| {
        if s.starts_with('"') {
            quoted = !quoted;
        }
        (!quoted && s.starts_with(',')).then_some(1)
    })
}

/// Cuts `line` wherever `separator_at` (given the rest of the line) says a separator of that many
/// bytes starts.
fn cut_at(line: &str, mut separator_at: impl FnMut(&str) -> Option<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < line.len() {
        if !line.is_char_boundary(i) {
            i += 1;
            continue;
        }
        match separator_at(&line[i..]).filter(|n| *n > 0) {
            Some(n) => {
                out.push(start..i);
                i += n;
                start = i;
            }
            None => i += 1,
        }
    }
    out.push(start..line.len());
    out
}

/// The range without the spaces around it, nor a CSV cell's quotes.
fn trimmed(line: &str, r: Range<usize>) -> Range<usize> {
    let cell = &line[r.clone()];
    let start = r.start + (cell.len() - cell.trim_start().len());
    let end = r.end - (cell.len() - cell.trim_end().len());
    let inner = &line[start..end.max(start)];
    if inner.len() >= 2 && inner.starts_with('"') && inner.ends_with('"') {
        return start + 1..end - 1;
    }
    start..end.max(start)
}
