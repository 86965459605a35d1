//! Measuring the extractor: candidates matched to curated (gold) events, precision and recall per
//! document.
//!
//! A candidate matches a gold event when all of these hold:
//! - they share at least one district;
//! - they give the same controller after the change;
//! - their dates overlap once each is widened by [`DATE_TOLERANCE_DAYS`] (a day, or the span a month or
//!   "late July" covers);
//! - the candidate's passage overlaps one of the event's passages in the same document.
//!
//! Extent and certainty are not part of the match; [`Score::extent_agrees`] counts how often the
//! extent kind (full, partial, contested) of a matched candidate agrees. Curated lines and inferences
//! (certainty `curated` or `inferred`, or `basis` "curated line") are nothing a sentence reports and
//! count for neither measure. Precision is the share of a document's candidates that match any other
//! event with a passage in it; recall the share of its gold events that some candidate matches, the
//! gold events being those that name their districts (not a statement read into districts by a
//! stated rule, an event with a `reading`, which no sentence names for the extractor to find).

use atlas_core::extract::Candidate;
use atlas_core::model::{Certainty, Event};
use chrono::Duration;
use std::fmt::Write;

/// How many days a candidate's date may be off and still match.
pub const DATE_TOLERANCE_DAYS: i64 = 1;

/// Whether an event is something a passage reports: not a curated line nor an inference. A candidate
/// that matches one is correct (precision).
pub fn is_reported(e: &Event) -> bool {
    let curated = e
        .basis
        .as_deref()
        .is_some_and(|b| b.starts_with("curated line"));
    !curated && !matches!(e.certainty, Certainty::Curated | Certainty::Inferred)
}

/// Whether an event is something a passage reports district by district: reported, and not a
/// statement that names no district (read into districts by a stated rule, its `reading`), which no
/// sentence names for the extractor to find. Recall counts these.
pub fn is_scored(e: &Event) -> bool {
    is_reported(e) && e.reading.is_none()
}

/// Whether the candidate and the event report the same change (see the module documentation).
pub fn matches(c: &Candidate, e: &Event) -> bool {
    let tol = Duration::days(DATE_TOLERANCE_DAYS);
    let shares_district = c
        .places
        .iter()
        .any(|p| e.districts.iter().any(|d| d == p.district));
    let same_controller = c.controller == e.controller;
    let dates_overlap = c.date.from - tol <= e.date.to && e.date.from - tol <= c.date.to;
    let passage_overlaps = e.passages.iter().any(|p| {
        p.document == c.passage.document && p.start < c.passage.end && c.passage.start < p.end
    });
    shares_district && same_controller && dates_overlap && passage_overlaps
}

/// Counts for one document (or a total).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Score {
    pub document: String,
    pub candidates: usize,
    /// Candidates that match a gold event.
    pub correct: usize,
    /// Gold events with a passage in the document.
    pub gold: usize,
    /// Gold events some candidate matches.
    pub found: usize,
    /// Matched candidates whose extent kind agrees with the event's.
    pub extent_agrees: usize,
}

impl Score {
    /// `None` when there is no candidate.
    pub fn precision(&self) -> Option<f64> {
        (self.candidates > 0).then(|| self.correct as f64 / self.candidates as f64)
    }

    /// `None` when there is no gold event.
    pub fn recall(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.found as f64 / self.gold as f64)
    }

    fn add(&mut self, other: &Score) {
        self.candidates += other.candidates;
        self.correct += other.correct;
        self.gold += other.gold;
        self.found += other.found;
        self.extent_agrees += other.extent_agrees;
    }
}

/// Scores of every document, their total, and what did not match.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub documents: Vec<Score>,
    pub total: Score,
    /// Candidates that match no gold event (indices into the candidates).
    pub wrong: Vec<usize>,
    /// Gold events no candidate matches, with the document: (event id, document).
    pub missed: Vec<(String, String)>,
}

/// Scores candidates against gold events, document by document (in the order given).
pub fn score(candidates: &[Candidate], events: &[Event], documents: &[String]) -> Report {
    let reported: Vec<&Event> = events.iter().filter(|e| is_reported(e)).collect();
    let gold: Vec<&Event> = events.iter().filter(|e| is_scored(e)).collect();
    let mut report = Report::default();
    for doc in documents {
        let mut s = Score {
            document: doc.clone(),
            ..Score::default()
        };
        for (i, c) in candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.passage.document == doc)
        {
            s.candidates += 1;
            let matched: Vec<&&Event> = reported.iter().filter(|e| matches(c, e)).collect();
            if matched.is_empty() {
                report.wrong.push(i);
            } else {
                s.correct += 1;
                if matched.iter().any(|e| e.extent.key() == c.extent.key()) {
                    s.extent_agrees += 1;
                }
            }
        }
        for e in gold
            .iter()
            .filter(|e| e.passages.iter().any(|p| p.document == doc))
        {
            s.gold += 1;
            let hit = candidates
                .iter()
                .any(|c| c.passage.document == doc && matches(c, e));
            if hit {
                s.found += 1;
            } else {
                report.missed.push((e.id.to_string(), doc.clone()));
            }
        }
        report.total.add(&s);
        report.documents.push(s);
    }
    report.total.document = "all".into();
    report
}

/// For each event, whether some candidate matches it (the events file's `extractor_finds`).
pub fn extractor_finds(candidates: &[Candidate], events: &[Event]) -> Vec<bool> {
    events
        .iter()
        .map(|e| candidates.iter().any(|c| matches(c, e)))
        .collect()
}

fn percent(x: Option<f64>) -> String {
    x.map_or("–".to_string(), |v| format!("{:.0}%", v * 100.0))
}

/// The report as a Markdown table: document, candidates, correct, precision, gold, found, recall.
pub fn table(report: &Report) -> String {
    let mut out = String::from(
        "| document | candidates | correct | precision | gold events | found | recall |\n|---|---:|---:|---:|---:|---:|---:|\n",
    );
    for s in report
        .documents
        .iter()
        .chain(std::iter::once(&report.total))
    {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            s.document,
            s.candidates,
            s.correct,
            percent(s.precision()),
            s.gold,
            s.found,
            percent(s.recall())
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::extract::PlaceMatch;
    use atlas_core::model::{Certainty, EventDate, Extent, Passage};
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn candidate(date: &str, district: &str, controller: &str, start: usize) -> Candidate {
        Candidate {
            date: EventDate::on(day(date)),
            date_phrase: String::new(),
            date_basis: String::new(),
            places: vec![PlaceMatch {
                district: district.into(),
                text: district.into(),
                start,
                end: start + 1,
            }],
            controller: controller.into(),
            extent: Extent::Full,
            certainty: Certainty::Reported,
            passage: Passage {
                document: "d".into(),
                start,
                end: start + 10,
                quote: String::new(),
            },
            trigger: "took".into(),
            confidence: 0.5,
        }
    }

    fn event(date: &str, districts: &[&str], start: usize) -> Event {
        Event {
            id: format!("e{start}").into(),
            date: EventDate::on(day(date)),
            districts: districts.iter().map(|d| (*d).into()).collect(),
            controller: "government".into(),
            extent: Extent::Full,
            certainty: Certainty::Reported,
            passages: smallvec::smallvec![Passage {
                document: "d".into(),
                start,
                end: start + 10,
                quote: String::new(),
            }],
            disagrees_with: thin_vec::ThinVec::new(),
            count: None,
            kept_km2: None,
            reading: atlas_core::model::RareText::NONE,
            basis: atlas_core::model::RareText::NONE,
            note: atlas_core::model::RareText::NONE,
            extractor_finds: None,
        }
    }

    #[test]
    fn a_match_needs_district_controller_date_and_passage() {
        let e = event("2016-11-26", &["hanano", "sakhour"], 100);
        assert!(matches(
            &candidate("2016-11-27", "sakhour", "government", 105),
            &e
        ));
        assert!(!matches(
            &candidate("2016-11-28", "hanano", "government", 100),
            &e
        ));
        assert!(!matches(
            &candidate("2016-11-26", "hanano", "rebels", 100),
            &e
        ));
        assert!(!matches(
            &candidate("2016-11-26", "jabal-badro", "government", 100),
            &e
        ));
        assert!(!matches(
            &candidate("2016-11-26", "hanano", "government", 110),
            &e
        ));
    }

    #[test]
    fn precision_and_recall_per_document() {
        let events = vec![
            event("2016-11-26", &["hanano"], 0),
            event("2016-11-27", &["sakhour"], 50),
        ];
        let cands = vec![
            candidate("2016-11-26", "hanano", "government", 0),
            candidate("2016-11-26", "hanano", "government", 200),
        ];
        let r = score(&cands, &events, &["d".to_string()]);
        assert_eq!((r.total.correct, r.total.candidates), (1, 2));
        assert_eq!((r.total.found, r.total.gold), (1, 2));
        assert_eq!(r.wrong, [1]);
        assert_eq!(r.missed, [("e50".to_string(), "d".to_string())]);
        assert!(table(&r).contains("| d | 2 | 1 | 50% | 2 | 1 | 50% |"));
        assert_eq!(extractor_finds(&cands, &events), [true, false]);
    }
}
