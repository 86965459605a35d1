//! What a text prints but does not say, read as blanks (the same bytes' width, so every offset and
//! every quoted passage stays the source's own): line numbers in its margin ("5 Karm al-Jazmati is
//! entirely in the army's hands since this afternoon,\n6 the radio says"), as a critical edition,
//! a transcript or a court record prints them; the lines a comparison of versions shows removed
//! ("- Rebels recaptured the entire district" between "+ …" lines).

use super::dates::is_month_name;
use crate::model::SourceDocument;
use std::ops::Range;

/// The fewest lines running in sequence (1, 2, 3 on lines one after another) that make numbers in
/// the margin.
const MIN_RUN: usize = 3;
/// The most digits a margin's line number has.
const MAX_DIGITS: usize = 5;

/// The document with its margin's line numbers and its removed lines blanked, when it has any.
pub fn blanked(doc: &SourceDocument) -> Option<SourceDocument> {
    let mut blanks = margin_numbers(&doc.text);
    blanks.extend(removed_lines(&doc.text));
    if blanks.is_empty() {
        return None;
    }
    let mut bytes = doc.text.clone().into_bytes();
    for r in blanks {
        bytes[r].fill(b' ');
    }
    // Whole characters became spaces (digits, or a line's text to its end): still UTF-8.
    let text = String::from_utf8(bytes).ok()?;
    // Every field but the text copied (`..doc.clone()` would copy the text a second time).
    Some(SourceDocument {
        text,
        meta: doc.meta.clone(),
        repaired_from: doc.repaired_from,
        front_matter: doc.front_matter.clone(),
        non_prose: doc.non_prose.clone(),
        warnings: doc.warnings.clone(),
    })
}

/// A line opening with a number, as a margin's would.
struct Numbered {
    /// The number's bytes in the text.
    range: Range<usize>,
    number: u64,
    /// The line's words go on a sentence from the line before (they open in lower case).
    carries_on: bool,
}

/// The byte ranges of the line numbers in a text's margin: each the number opening its line
/// (after spaces), followed by a space and a word that is no month ("26 November" opens a
/// chronology's line), in a run of at least [`MIN_RUN`] lines one after another numbered one
/// more each time, one of them going on with a sentence from the line before (numbered notes
/// and lists each open their own).
fn margin_numbers(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut run: Vec<Numbered> = Vec::new();
    let close = |run: &mut Vec<Numbered>, out: &mut Vec<Range<usize>>| {
        if run.len() >= MIN_RUN && run.iter().any(|n| n.carries_on) {
            out.extend(run.drain(..).map(|n| n.range));
        }
        run.clear();
    };
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let numbered = line_number(line).map(|n| Numbered {
            range: at + n.range.start..at + n.range.end,
            ..n
        });
        at += line.len();
        let follows = match (&numbered, run.last()) {
            (Some(n), Some(last)) => n.number == last.number + 1,
            _ => false,
        };
        if !follows {
            close(&mut run, &mut out);
        }
        run.extend(numbered);
    }
    close(&mut run, &mut out);
    out
}

/// The number opening a line as a margin's number would, with where it stands in the line.
fn line_number(line: &str) -> Option<Numbered> {
    let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
    let rest = &line[lead..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > MAX_DIGITS {
        return None;
    }
    let after = &rest[digits..];
    let word = after.strip_prefix(' ')?.split_whitespace().next()?;
    let first = word.chars().next()?;
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !(first.is_alphabetic() || first == '"' || first == '“' || first == '(')
        || is_month_name(word)
    {
        return None;
    }
    Some(Numbered {
        range: lead..lead + digits,
        number: rest[..digits].parse().ok()?,
        carries_on: first.is_lowercase(),
    })
}

/// How a line of a comparison of versions opens: removed, added or kept.
#[derive(PartialEq)]
enum DiffMark {
    Removed,
    Added,
    Kept,
}

/// The fewest lines a comparison of versions runs to.
const MIN_DIFF_LINES: usize = 3;

/// The text of the lines a comparison of versions removed: a run of at least [`MIN_DIFF_LINES`]
/// lines each opening with "- ", "+ " or two spaces, with both a removed and an added line.
fn removed_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut run: Vec<(DiffMark, Range<usize>)> = Vec::new();
    let close = |run: &mut Vec<(DiffMark, Range<usize>)>, out: &mut Vec<Range<usize>>| {
        let has = |m: DiffMark| run.iter().any(|(k, _)| *k == m);
        if run.len() >= MIN_DIFF_LINES && has(DiffMark::Removed) && has(DiffMark::Added) {
            out.extend(
                run.drain(..)
                    .filter(|(k, _)| *k == DiffMark::Removed)
                    .map(|(_, r)| r),
            );
        }
        run.clear();
    };
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let mark = match content.get(..2) {
            Some("- ") => Some(DiffMark::Removed),
            Some("+ ") => Some(DiffMark::Added),
            Some("  ") if !content.trim().is_empty() => Some(DiffMark::Kept),
            _ => None,
        };
        match mark {
            Some(m) => run.push((m, at + 2..at + content.len())),
            None => close(&mut run, &mut out),
        }
        at += line.len();
    }
    close(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_running_down_the_margin_are_found() {
        let text = "Intro line\n1 Rain since the morning and\n2 says the armed men\n3 hold it.\n";
        let found: Vec<&str> = margin_numbers(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["1", "2", "3"]);
    }

    #[test]
    fn a_chronology_of_days_is_no_margin() {
        let text = "26 November the army took X.\n27 November it took Y.\n28 November Z fell.\n";
        assert!(margin_numbers(text).is_empty());
    }

    #[test]
    fn numbered_notes_each_opening_a_sentence_are_no_margin() {
        let text = "41 \"Army retakes X,\" AFP.\n42 Ibid.\n43 \"Rebels quit Y,\" Reuters.\n";
        assert!(margin_numbers(text).is_empty());
    }

    #[test]
    fn numbers_out_of_sequence_are_no_margin() {
        let text = "2 armed men] A; gunmen B\n3 nearly all of it] A\n5 since this afternoon] A\n";
        assert!(margin_numbers(text).is_empty());
    }

    #[test]
    fn a_heading_between_runs_keeps_each_run() {
        let text = "1 A b\n2 c d\n3 e f\n### Saturday\n4 G h\n5 i j\n6 k l\n";
        assert_eq!(margin_numbers(text).len(), 6);
    }

    #[test]
    fn a_comparisons_removed_lines_are_blanked() {
        let text = "```\n- Rebels took X\n+ Rebels entered X\n  The rest.\n```\n";
        let found: Vec<&str> = removed_lines(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["Rebels took X"]);
    }

    #[test]
    fn a_list_without_added_lines_is_no_comparison() {
        let text = "- The army took X.\n- It took Y.\n  and Z.\n";
        assert!(removed_lines(text).is_empty());
    }
}
