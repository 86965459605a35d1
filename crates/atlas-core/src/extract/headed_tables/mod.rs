//! Tables read by their column headings: a tracker's export, a directorate's survey table, a CSV
//! pasted into a report. A header row names what each column holds ("date | neighbourhood | new
//! holder | extent | status", "Neighbourhood(s) | Returned to state authority"), and each row below
//! it is one change: the districts of its place cell, the day of its date cell, the side of its
//! holder cell (or of the heading, when the heading says the change: "Returned to state authority"),
//! the extent of its extent cell. A row its own cells mark as no change ("NO CHANGE", "REJECTED",
//! "duplicate", "not applicable") reports none; one marked "claimed" is a claim. The row is the
//! passage. A table whose headings name no place column, or neither a date nor a change, is left to
//! the sentence rules (a log's "DTG | NARRATIVE" rows are sentences).

use super::dates::{find_dates_in_order, DateContext, DayOrder};
use super::lexicon::VerbClass;
use super::places::{find_places, NameKeys};
use super::tokens::{tokenize, Token};
use super::{Candidate, Lexicon, PlaceMatch};
use crate::model::{Certainty, DistrictLayer, Extent, Passage, SourceDocument};
use std::ops::Range;

mod cells;
mod dated_rows;
#[cfg(test)]
mod tests;

use super::dates::ResolvedDate;
use cells::{split_cells, Separator};

/// What a column holds, read from its heading.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    Place,
    Date,
    Holder,
    Extent,
    Status,
    /// Its heading reports the change ("Returned to state authority", "Date captured"): the dates
    /// in its cells are the days of the change, to the side the heading names if it names one.
    Change {
        controller: Option<String>,
    },
    Other,
}

/// A header row and what each of its columns holds.
struct Header {
    separator: Separator,
    roles: Vec<Role>,
    /// The words of each heading, for the candidate's trigger.
    headings: Vec<String>,
}

/// The rows of the document's headed tables: the candidates they report, and the byte ranges of
/// every line the tables own (header, rules and rows), which the sentence rules then leave alone;
/// and the rows dated by year, month and day columns, which the sentence rules read on that date.
pub(super) struct HeadedTables {
    pub candidates: Vec<Candidate>,
    pub lines: Vec<Range<usize>>,
    row_dates: Vec<(Range<usize>, ResolvedDate)>,
}

impl HeadedTables {
    /// The date of the row a sentence starts on, when its table dates its rows by columns
    /// ([`dated_rows`]).
    pub fn row_date(&self, sentence: &Range<usize>) -> Option<&ResolvedDate> {
        self.row_dates
            .iter()
            .find(|(line, _)| line.contains(&sentence.start))
            .map(|(_, d)| d)
    }

    /// Whether a sentence lies on a line a headed table owns.
    pub fn owns(&self, range: &Range<usize>) -> bool {
        self.lines
            .iter()
            .any(|l| l.start < range.end && range.start < l.end)
    }
}

/// Everything the tables of one document say.
pub(super) struct TableReader<'a> {
    pub doc: &'a SourceDocument,
    /// The order the document writes its numeric dates in.
    pub order: DayOrder,
    pub layer: &'a DistrictLayer,
    pub keys: &'a NameKeys,
    pub lexicon: &'a Lexicon,
}

/// The most words a heading may hold.
const MAX_HEADING_WORDS: usize = 6;
/// Words of a heading that make its column the place column.
const PLACE_HEADINGS: &[&str] = &[
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "district",
    "districts",
    "area",
    "areas",
    "quarter",
    "quarters",
    "locality",
    "location",
    "place",
    "sector",
    "zone",
    "hay",
];
const DATE_HEADINGS: &[&str] = &["date", "dates", "day", "when", "dtg", "dated"];
const HOLDER_HEADINGS: &[&str] = &[
    "holder",
    "controller",
    "control",
    "controlled",
    "held",
    "side",
    "hands",
    "party",
    "owner",
    "force",
    "forces",
];
const EXTENT_HEADINGS: &[&str] = &["extent", "share", "portion", "coverage", "proportion"];
const STATUS_HEADINGS: &[&str] = &[
    "status",
    "verification",
    "verified",
    "assessment",
    "confidence",
    "reliability",
    "applied",
    "check",
    "checked",
];
/// Cell words that say the row reports no change.
const NO_CHANGE_CELLS: &[&str] = &[
    "no change",
    "unchanged",
    "rejected",
    "duplicate",
    "false",
    "denied",
    "retracted",
    "deleted",
    "withdrawn",
    "not applicable",
    "n/a",
    "repelled",
    "failed",
    "not verified",
    "refuted",
];
/// Status words that make the row a claim.
const CLAIM_CELLS: &[&str] = &[
    "claimed",
    "claim",
    "unconfirmed",
    "unverified",
    "single source",
];
const CONTESTED_WORDS: &[&str] = &[
    "contested",
    "disputed",
    "fought",
    "fighting",
    "divided",
    "frontline",
    "front line",
];
const PARTIAL_WORDS: &[&str] = &[
    "partial", "part", "parts", "half", "most", "some", "section", "sections", "corner", "%",
];
const FULL_WORDS: &[&str] = &["full", "whole", "all", "complete", "entire", "entirely"];

impl TableReader<'_> {
    /// The headed tables of the document, row by row.
    pub fn read(&self) -> HeadedTables {
        let text = &self.doc.text;
        let lines = line_ranges(text);
        let mut out = HeadedTables {
            candidates: Vec::new(),
            lines: Vec::new(),
            row_dates: dated_rows::dated_rows(text),
        };
        let mut i = 0;
        while i < lines.len() {
            let Some(header) = self.header(&text[lines[i].clone()]) else {
                i += 1;
                continue;
            };
            // A header owns its line only when a row follows it: a line of prose with two commas
            // ("district yesterday, Saturday 10 September, and the engineers are clearing") may
            // read as headings, but the line after it is no row of theirs.
            let header_line = lines[i].clone();
            let mut rows = 0;
            let mut dates = DateContext::for_document_in_order(self.doc, None, self.order);
            i += 1;
            while let Some(line) = lines.get(i) {
                let row = &text[line.clone()];
                if is_rule(row) {
                    out.lines.push(line.clone());
                    i += 1;
                    continue;
                }
                let cells = split_cells(row, header.separator);
                if row.trim().is_empty() || cells.len() != header.roles.len() {
                    break;
                }
                let cells: Vec<Range<usize>> = cells
                    .into_iter()
                    .map(|c| line.start + c.start..line.start + c.end)
                    .collect();
                if rows == 0 {
                    out.lines.push(header_line.clone());
                }
                rows += 1;
                out.lines.push(line.clone());
                out.candidates
                    .extend(self.row(&header, line, &cells, &mut dates));
                i += 1;
            }
        }
        out
    }

    /// The header a line is, when its headings name a place column and a date or a change, and the
    /// side (a holder column, or a change heading).
    fn header(&self, line: &str) -> Option<Header> {
        let separator = Separator::of(line)?;
        let cells = split_cells(line, separator);
        if cells.len() < 2 || line.bytes().filter(u8::is_ascii_digit).count() > 4 {
            return None;
        }
        let headings: Vec<String> = cells.iter().map(|c| line[c.clone()].to_string()).collect();
        // Headings are short labels, not clauses of a sentence.
        let labels = headings.iter().all(|h| {
            let words = h.split_whitespace().count();
            // "No." and "Ref." are labels; "Fighting continued." is a sentence.
            words <= MAX_HEADING_WORDS && (words == 1 || !h.ends_with('.'))
        });
        if !labels {
            return None;
        }
        let roles: Vec<Role> = headings.iter().map(|h| self.role(h)).collect();
        let has = |f: &dyn Fn(&Role) -> bool| roles.iter().any(f);
        let place = has(&|r| *r == Role::Place);
        let change = has(&|r| matches!(r, Role::Change { .. }));
        let dated = change || has(&|r| *r == Role::Date);
        let sided = change || has(&|r| *r == Role::Holder);
        (place && dated && sided).then_some(Header {
            separator,
            roles,
            headings,
        })
    }

    /// What a heading's column holds.
    fn role(&self, heading: &str) -> Role {
        let toks = tokenize(heading, 0..heading.len());
        let words: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.norm.as_str())
            .collect();
        let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
        if let Some(controller) = self.change_heading(heading, &toks) {
            return Role::Change { controller };
        }
        if any(PLACE_HEADINGS) {
            Role::Place
        } else if any(DATE_HEADINGS) {
            Role::Date
        } else if any(HOLDER_HEADINGS) || heading.contains('?') && any(&["who"]) {
            Role::Holder
        } else if any(EXTENT_HEADINGS) || heading.trim() == "%" {
            Role::Extent
        } else if any(STATUS_HEADINGS) {
            Role::Status
        } else {
            Role::Other
        }
    }

    /// A heading that says the change ("Returned to state authority", "Date captured", "Taken by"):
    /// Some(the side it names, if any).
    fn change_heading(&self, heading: &str, toks: &[Token]) -> Option<Option<String>> {
        let reports = self
            .lexicon
            .verbs
            .find_all(heading, toks)
            .into_iter()
            .any(|f| {
                matches!(
                    f.value,
                    VerbClass::Change | VerbClass::Verbless | VerbClass::Fall
                )
            })
            || !self
                .lexicon
                .nominal_changes
                .find_all(heading, toks)
                .is_empty();
        reports.then(|| self.side_in(heading, toks))
    }

    /// The first side a cell names: an actor of the lexicon, or a controller's own id
    /// ("government", "kurdish").
    fn side_in(&self, text: &str, toks: &[Token]) -> Option<String> {
        if let Some(f) = self.lexicon.actors.find_all(text, toks).first() {
            return Some(f.value.clone());
        }
        toks.iter().find_map(|t| {
            self.lexicon
                .opponents
                .contains_key(t.norm.as_str())
                .then(|| t.norm.clone())
        })
    }

    /// The changes one row reports (none when its cells say no change).
    fn row(
        &self,
        header: &Header,
        line: &Range<usize>,
        cells: &[Range<usize>],
        dates: &mut DateContext,
    ) -> Vec<Candidate> {
        let text = &self.doc.text;
        let cell = |r: &Role| -> Vec<&Range<usize>> {
            header
                .roles
                .iter()
                .zip(cells)
                .filter(|(role, _)| *role == r)
                .map(|(_, c)| c)
                .collect()
        };
        let lower = |c: &Range<usize>| text[c.clone()].to_lowercase();
        let judged = header.roles.iter().zip(cells).filter(|(r, _)| {
            matches!(
                r,
                Role::Holder | Role::Extent | Role::Status | Role::Date | Role::Change { .. }
            )
        });
        if judged
            .map(|(_, c)| lower(c))
            .any(|c| NO_CHANGE_CELLS.iter().any(|w| has_words(&c, w)))
        {
            return Vec::new();
        }
        let Some(place_cell) = cell(&Role::Place).first().map(|c| (*c).clone()) else {
            return Vec::new();
        };
        let places = self.places_in(place_cell.clone());
        if places.is_empty() {
            return Vec::new();
        }
        // A holder cell's side; or a change column's ("taken by | rebels").
        let holder = header
            .roles
            .iter()
            .zip(cells)
            .filter(|(r, _)| matches!(r, Role::Holder | Role::Change { .. }))
            .find_map(|(_, c)| {
                let toks = tokenize(text, c.clone());
                self.side_in(text, &toks)
            });
        let extent = cell(&Role::Extent)
            .first()
            .and_then(|c| extent_of(&lower(c)))
            .or_else(|| extent_of_place(&lower(&place_cell)))
            .unwrap_or(Extent::Full);
        let claimed = cell(&Role::Status)
            .iter()
            .any(|c| CLAIM_CELLS.iter().any(|w| has_words(&lower(c), w)));
        let passage = line.start..line.start + text[line.clone()].trim_end().len();
        if !self.doc.is_prose(&passage) {
            return Vec::new();
        }
        let row = Row {
            places,
            extent,
            certainty: if claimed {
                Certainty::Claimed {
                    by: holder.clone().unwrap_or_default(),
                }
            } else {
                Certainty::Reported
            },
            passage,
        };
        self.dated_changes(header, cells, holder, &row, dates)
    }

    /// One candidate per date of the row's change (or date) cells: a cell may hold phases
    /// ("fought over from 02/12/2016; secured 12/12/2016"), each with its date and its extent.
    fn dated_changes(
        &self,
        header: &Header,
        cells: &[Range<usize>],
        holder: Option<String>,
        row: &Row,
        dates: &mut DateContext,
    ) -> Vec<Candidate> {
        let text = &self.doc.text;
        // The change columns' dates when they hold any, else the date columns'.
        let order = dates.order();
        let has_dates = |c: &Range<usize>| {
            !find_dates_in_order(text, &tokenize(text, c.clone()), order).is_empty()
        };
        let change_dated = header
            .roles
            .iter()
            .zip(cells)
            .any(|(r, c)| matches!(r, Role::Change { .. }) && has_dates(c));
        let mut out = Vec::new();
        for ((role, heading), cell) in header.roles.iter().zip(&header.headings).zip(cells) {
            let side = match role {
                Role::Change { controller } if change_dated => {
                    controller.clone().or(holder.clone())
                }
                Role::Date if !change_dated => holder.clone(),
                _ => continue,
            };
            let Some(side) = side else { continue };
            for phase in phases(text, cell.clone()) {
                let phase_text = text[phase.clone()].to_lowercase();
                let toks = tokenize(text, phase.clone());
                let Some(m) = find_dates_in_order(text, &toks, order).into_iter().next() else {
                    continue;
                };
                let Some(date) = dates.resolve(&m) else {
                    continue;
                };
                let extent = if CONTESTED_WORDS.iter().any(|w| has_words(&phase_text, w)) {
                    Extent::Contested
                } else {
                    row.extent
                };
                out.push(Candidate {
                    date: date.event_date(),
                    date_phrase: date.phrase.clone(),
                    date_basis: "in the passage".into(),
                    places: row.places.clone(),
                    controller: side.clone(),
                    extent,
                    certainty: row.certainty.clone(),
                    passage: Passage {
                        document: self.doc.meta.id.as_str().into(),
                        start: row.passage.start,
                        end: row.passage.end,
                        quote: text[row.passage.clone()].to_string(),
                    },
                    trigger: format!("table row under \"{}\"", heading.trim()),
                    confidence: 0.8,
                });
            }
        }
        out
    }

    /// The districts a place cell names.
    fn places_in(&self, cell: Range<usize>) -> Vec<PlaceMatch> {
        let text = &self.doc.text;
        let toks = tokenize(text, cell);
        let mut out: Vec<PlaceMatch> = Vec::new();
        for p in find_places(text, &toks, self.layer, self.keys, self.lexicon) {
            for &d in &p.districts {
                let Some(district) = self.layer.districts.get(d) else {
                    continue;
                };
                if out.iter().all(|m| m.district != district.id) {
                    out.push(PlaceMatch {
                        district: district.id.clone(),
                        text: p.text.clone(),
                        start: p.range.start,
                        end: p.range.end,
                    });
                }
            }
        }
        out
    }
}

/// What a row says besides its dates and side.
struct Row {
    places: Vec<PlaceMatch>,
    extent: Extent,
    certainty: Certainty,
    passage: Range<usize>,
}

/// The byte range of each line of the text, without its line break.
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        out.push(at..at + body.len());
        at += line.len();
    }
    out
}

/// A rule under a header ("----+-----", "|---|:---|", "=====").
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3
        && t.contains(['-', '='])
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '+' | '|' | ':' | ' ' | '\t'))
}

/// The phases of a cell, cut at ";" ("fought over from 02/12/2016; secured 12/12/2016").
fn phases(text: &str, cell: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = cell.start;
    for (i, _) in text[cell.clone()].match_indices(';') {
        out.push(start..cell.start + i);
        start = cell.start + i + 1;
    }
    out.push(start..cell.end);
    out
}

/// Whether `phrase` stands in the lower-cased `cell` as whole words ("full" not in "fully").
fn has_words(cell: &str, phrase: &str) -> bool {
    cell.match_indices(phrase).any(|(i, _)| {
        let before = cell[..i].chars().next_back();
        let after = cell[i + phrase.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        (edge(before) || !phrase.starts_with(char::is_alphanumeric))
            && (edge(after) || !phrase.ends_with(char::is_alphanumeric))
    })
}

/// The extent an extent cell states ("full", "partial, 40%", "contested").
fn extent_of(cell: &str) -> Option<Extent> {
    if CONTESTED_WORDS.iter().any(|w| has_words(cell, w)) {
        return Some(Extent::Contested);
    }
    if let Some(fraction) = percent(cell) {
        return Some(if fraction >= 1.0 {
            Extent::Full
        } else {
            Extent::Partial {
                fraction: Some(fraction),
            }
        });
    }
    if PARTIAL_WORDS.iter().any(|w| has_words(cell, w)) {
        return Some(Extent::Partial { fraction: None });
    }
    FULL_WORDS
        .iter()
        .any(|w| has_words(cell, w))
        .then_some(Extent::Full)
}

/// The extent the words of a place cell state besides its names ("Bustan al-Basha (eastern part)").
fn extent_of_place(cell: &str) -> Option<Extent> {
    PARTIAL_WORDS
        .iter()
        .filter(|w| **w != "%")
        .any(|w| has_words(cell, w))
        .then_some(Extent::Partial { fraction: None })
}

/// "40%" as 0.4.
fn percent(cell: &str) -> Option<f64> {
    let at = cell.find('%')?;
    let digits: String = cell[..at]
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let value: f64 = digits.parse().ok()?;
    (0.0..=100.0).contains(&value).then_some(value / 100.0)
}
