//! A text that writes no year anywhere ("GAZIANTEP, Turkey, Dec 20 (Reuters) - …", a wire story
//! whose dateline and days are all without one) cannot be dated from itself. Beside a dataset's
//! changes ([`KnownControl`]) it is read once for each year those changes span, and the year whose
//! candidates agree with the most recorded changes (same district, same side, within
//! [`super::known::NEAR_DAYS`]) is kept, when it is the only one that does and agrees with more
//! than the text read without a year. Every candidate then says so in its date basis.

use super::dates::{find_dates_in_order, DateContext, DayOrder};
use super::{sentences, tokens, Candidate, KnownControl};
use crate::model::SourceDocument;

/// Whether the text knows no year of its own: no own date nor period, no year in its title line and
/// no day written with its year ("26 November 2016") in any sentence.
pub(super) fn writes_no_year(
    doc: &SourceDocument,
    sentences: &[sentences::Sentence],
    order: DayOrder,
) -> bool {
    if DateContext::for_document_in_order(doc, None, order).knows_a_year() {
        return false;
    }
    let title_line = doc.text.lines().find(|l| !l.trim().is_empty());
    if title_line.and_then(super::dates::title_year).is_some() {
        return false;
    }
    sentences.iter().all(|s| {
        let toks = tokens::tokenize(&doc.text, s.range.clone());
        find_dates_in_order(&doc.text, &toks, order)
            .iter()
            .all(|m| m.kind.full_day(true).is_none())
    })
}

/// How many of the candidates a recorded change of one of their districts agrees with.
fn agreement(candidates: &[Candidate], known: &KnownControl) -> usize {
    candidates
        .iter()
        .filter(|c| {
            c.places
                .iter()
                .any(|p| known.taker_near(&p.district, c.date.day) == Some(c.controller.as_str()))
        })
        .count()
}

/// Of the text read without a year (`unread`) and read in each year (`read_in`, None when
/// cancelled), the reading to keep: a year's, when that year alone agrees best with the recorded
/// changes and better than the reading without a year.
pub(super) fn best_reading(
    unread: Vec<Candidate>,
    known: &KnownControl,
    mut read_in: impl FnMut(i32) -> Option<Vec<Candidate>>,
) -> Option<Vec<Candidate>> {
    let floor = agreement(&unread, known);
    let mut best: Option<(i32, Vec<Candidate>)> = None;
    let mut best_agreement = floor;
    let mut tied = false;
    for year in known.years() {
        let read = read_in(year)?;
        let agrees = agreement(&read, known);
        if agrees > best_agreement {
            (best, best_agreement, tied) = (Some((year, read)), agrees, false);
        } else if agrees == best_agreement && best.is_some() {
            tied = true;
        }
    }
    Some(match best {
        Some((year, mut read)) if !tied => {
            for c in &mut read {
                c.date_basis = format!(
                    "{}; the text writes no year: {year}, the only year whose recorded changes \
                     agree with it",
                    c.date_basis
                );
            }
            read
        }
        _ => unread,
    })
}
