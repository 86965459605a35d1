//! Verdicts a text writes on a claim after it: a later cell of its table row that judges it false
//! ("| False: rebels still hold it |"), and its item's later lines — a wrapped row's, an indented
//! note's — that do ("DISREGARD - false", "Checked with two residents: untrue", "not applied").

use super::*;
use crate::model::source::floor_char_boundary;

/// First words of a table cell that judge the row's claim false.
const FALSE_VERDICTS: &[&str] = &[
    "false", "denied", "refuted", "untrue", "rejected", "fake", "wrong", "debunked",
];

/// "| 28/11 | Tariq al-Bab | Army took the district | Pro-government TV | False: rebels still hold
/// it |": a later cell of the row that opens with a verdict of false undoes the row's claim. The
/// row may run on past the sentence ("| \"Rebels retook X an hour ago.\" | video is old | FALSE,
/// not used"): its line's later cells count too.
pub(super) fn row_judged_false(text: &str, tokens: &[Token], trig: &Trigger) -> bool {
    let bars = tokens.iter().filter(|t| t.norm == "|").count();
    let judged_here = (trig.tokens.end..tokens.len()).any(|i| {
        let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
        tokens[i].norm == "|" && judges_false(word(i + 1), word(i + 2))
    });
    bars >= 2 && (judged_here || later_cell_judged_false(text, tokens))
}

/// How many bytes past a sentence its row's later cells are looked for: a row, not a document
/// written on one line.
const ROW_REACH: usize = 2_000;

/// Whether a cell after the sentence, on the same line, opens with a verdict of false.
fn later_cell_judged_false(text: &str, tokens: &[Token]) -> bool {
    let Some(end) = tokens.last().map(|t| t.end) else {
        return false;
    };
    let rest = text.get(end..).unwrap_or("");
    let rest = &rest[..floor_char_boundary(rest, ROW_REACH)];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let cells: Vec<&str> = line.split('|').collect();
    // "| … post deleted within the hour; SOHR denies. FALSE |": a verdict in capitals closing a
    // cell (the sentence's own, once the sentence has ended inside it, or a later one).
    let closing_verdict = cells
        .iter()
        .take(cells.len().saturating_sub(1))
        .any(|cell| {
            cell.split(|c: char| !c.is_alphanumeric())
                .rfind(|w| !w.is_empty())
                .is_some_and(|w| {
                    w.chars().all(char::is_uppercase)
                        && FALSE_VERDICTS.contains(&w.to_lowercase().as_str())
                })
        });
    closing_verdict
        || cells.iter().skip(1).any(|cell| {
            let mut words = cell
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase);
            let first = words.next().unwrap_or_default();
            let second = words.next().unwrap_or_default();
            judges_false(&first, &second)
        })
}

/// What a verdict of "not" says a claim was not ("Not accepted", "not true"); not "not confirmed",
/// which leaves it a claim.
const NOT_GRANTED: &[&str] = &["accepted", "true", "credible", "used"];

/// Whether a cell's first two words judge its row's claim false ("False:", "Not accepted").
fn judges_false(first: &str, second: &str) -> bool {
    FALSE_VERDICTS.contains(&first) || (first == "not" && NOT_GRANTED.contains(&second))
}

/// How many bytes past a sentence its item's later lines are looked at: an item, not a document.
const ITEM_REACH: usize = 600;

/// Verdicts a log or a list writes in capitals on what it has just told.
const CAPITAL_VERDICTS: &[&str] = &[
    "FALSE",
    "UNTRUE",
    "FAKE",
    "DEBUNKED",
    "DISREGARD",
    "DISREGARDED",
    "REJECTED",
    "HOAX",
];

/// Marks, in any case, that a claim was left out of what the writer keeps ("not applied").
const LEFT_OUT: &[&str] = &["not applied", "disregard"];

/// Words that open a checker's label before its verdict ("Checked with two residents: untrue").
const CHECKING: &[&str] = &["checked", "checking", "verified", "verification", "verdict"];

/// Words that judge a claim false when they open a sentence or a checker's verdict.
const OPENING_VERDICTS: &[&str] = &[
    "false",
    "untrue",
    "fake",
    "wrong",
    "debunked",
    "baseless",
    "unfounded",
];

/// "Voice claims \"we took back X\". Not repeated, no / | | other net carries it. DISREGARD -
/// false", "reported that the army had \"entered\" X. / Checked with two residents: untrue", "[x]
/// \"rebels recapture X\" (Telegram) - single anonymous post, / no second source, not applied": a
/// claim its own item judges false after it — in the rest of its sentence, or in the lines the
/// item runs on to, indented deeper than the line it starts on — reports nothing.
pub(super) fn judged_false_in_its_item(text: &str, tokens: &[Token], trig: &Trigger) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return false;
    };
    let own_rest = tokens
        .get(trig.tokens.end)
        .map_or("", |t| &text[t.start..last.end]);
    let line_start = text[..first.start].rfind('\n').map_or(0, |k| k + 1);
    let later = item_lines_after(text, last.end, indent(&text[line_start..]));
    judges_false_after(own_rest, false) || judges_false_after(later, true)
}

/// How far a line is indented, in characters of space.
fn indent(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ' || *c == '\t').count()
}

/// The text from `end` to the end of its line, and on through the lines after it indented deeper
/// than `base` (a wrapped row's empty cells, a note under a numbered point), up to a blank line.
fn item_lines_after(text: &str, end: usize, base: usize) -> &str {
    let rest = text.get(end..).unwrap_or("");
    let rest = &rest[..floor_char_boundary(rest, ITEM_REACH)];
    let mut taken = rest.find('\n').unwrap_or(rest.len());
    while taken < rest.len() {
        let line_end = rest[taken + 1..]
            .find('\n')
            .map_or(rest.len(), |k| taken + 1 + k);
        let line = &rest[taken + 1..line_end];
        if line.trim().is_empty() || indent(line) <= base {
            break;
        }
        taken = line_end;
    }
    &rest[..taken]
}

/// Whether `text` holds a verdict of false: one in capitals, a mark that the claim was left out,
/// or a clause that opens with one after a checker's label (and, in `later` lines, a sentence
/// that opens with one: "Untrue, no ground movement.").
fn judges_false_after(text: &str, later: bool) -> bool {
    let capitals = text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| CAPITAL_VERDICTS.contains(&w));
    let lower = text.to_lowercase();
    let left_out = LEFT_OUT.iter().any(|m| lower.contains(m));
    let opening = |clause: &str| {
        let first = clause
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        OPENING_VERDICTS.contains(&first)
    };
    let checked = lower.split_inclusive(['.', '\n']).any(|sentence| {
        sentence.split_once(':').is_some_and(|(label, verdict)| {
            let label_first = label.split_whitespace().next().unwrap_or("");
            CHECKING.contains(&label_first) && opening(verdict)
        })
    });
    let sentence_opens = later
        && lower
            .split(['.', '!', '\n'])
            .skip(1)
            .any(|s| !s.trim().is_empty() && opening(s) && !s.trim_start().starts_with('|'));
    capitals || left_out || checked || sentence_opens
}
