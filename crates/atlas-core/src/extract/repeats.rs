//! A change a document tells more than once is one candidate: a headline its story repeats, a lead
//! undated that a later sentence dates ("troops have taken X" … "completed the capture of X on
//! Saturday"), and a sentence that only echoes the change before it ("It is the largest district to
//! fall so far", "the Observatory confirmed that the army had taken the whole area").

use super::scripts::{script_of, Script};
use super::Candidate;
use crate::model::Extent;

/// How far before an undated lead's day (the document's own) a later sentence may date the same
/// change and be taken for it.
const LEAD_DAYS: i64 = 7;

/// How many candidates after a lead may be the sentence that dates it (the story that follows; a
/// long report is not searched to its end for every lead).
const LEAD_REACH: usize = 24;

/// Where a candidate's sentence stands and where its date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Told {
    pub headline: bool,
    pub dated: Dated,
    /// Whether its sentence names its places (not "it", "the rest").
    pub names_its_places: bool,
}

/// Where a candidate's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dated {
    /// Its own sentence writes it.
    InPassage,
    /// An earlier sentence's date, carried over.
    Carried,
    /// Nothing before it dates it: the document's own date.
    Document,
}

/// The candidates (in the order told, `told` beside them) without those that repeat another.
pub(super) fn without_repeats(out: Vec<Candidate>, told: &[Told]) -> Vec<Candidate> {
    let mut keep = vec![false; out.len()];
    // The last candidate kept from a sentence that is no headline.
    let mut last_kept: Option<usize> = None;
    for i in 0..out.len() {
        let repeated = if told[i].headline {
            told_later(&out, told, i)
        } else {
            dated_later(&out, told, i)
                || last_kept.is_some_and(|p| echoes(&out[p], &out[i], told[i]))
        };
        keep[i] = !repeated;
        if keep[i] && !told[i].headline {
            last_kept = Some(i);
        }
    }
    out.into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect()
}

/// Whether two candidates give one of the same districts to the same side.
fn same_change(a: &Candidate, b: &Candidate) -> bool {
    a.controller == b.controller
        && a.places
            .iter()
            .any(|p| b.places.iter().any(|q| q.district == p.district))
}

/// A headline whose story follows repeats it ("UPDATE 1-Army says it takes Old City district" over
/// "The army said it seized the Farafra district …"): a later sentence's candidate gives one of its
/// districts to the same side.
fn told_later(out: &[Candidate], told: &[Told], i: usize) -> bool {
    (i + 1..out.len()).any(|j| !told[j].headline && same_change(&out[i], &out[j]))
}

/// "Troops have taken control of the Hanano housing area" … "completed the capture of Masaken
/// Hanano on Saturday": a change with no date of its own (the document's, or one carried from its
/// masthead), which a later sentence tells, no less fully, with a day of its own at most [`LEAD_DAYS`] before, to the same side and for all the lead's districts.
fn dated_later(out: &[Candidate], told: &[Told], i: usize) -> bool {
    let lead = &out[i];
    told[i].dated != Dated::InPassage
        && (i + 1..out.len().min(i + 1 + LEAD_REACH)).any(|j| {
            let later = &out[j];
            let before = (lead.date.day - later.date.day).num_days();
            let covered = lead
                .places
                .iter()
                .all(|p| later.places.iter().any(|q| q.district == p.district));
            // "entered X on Saturday" tells less than a lead's "have taken X".
            let tells_less = lead.extent == Extent::Full && later.extent != Extent::Full;
            // "Today the rest went." names nothing: a lead it dates stays.
            told[j].dated == Dated::InPassage
                && told[j].names_its_places
                && !tells_less
                && (0..=LEAD_DAYS).contains(&before)
                && lead.controller == later.controller
                && covered
        })
}

/// "It is the largest opposition district to fall to the army so far": a sentence with no date of
/// its own, or one that refers back to its places ("… had captured the whole district today"),
/// that gives the same districts to the same side, to the same extent and on the same day, as the
/// candidate kept just before it, from an earlier sentence.
fn echoes(prev: &Candidate, c: &Candidate, told: Told) -> bool {
    let districts = |c: &Candidate| {
        let mut d = c.districts();
        d.sort_unstable();
        d
    };
    (told.dated == Dated::Carried || !told.names_its_places)
        && prev.passage.end <= c.passage.start
        && prev.controller == c.controller
        && prev.date.day == c.date.day
        && prev.extent == c.extent
        && districts(prev) == districts(c)
}

/// "AR: سيطر الجيش السوري اليوم الأحد على حي كرم الميسر" over "EN draft: The Syrian army took
/// full control of Karm al-Mayssar on Sunday": a change told in two scripts, same districts, same
/// side, same day, is one; the candidate in the document's own main script is kept. Which to keep,
/// for each candidate (before [`without_repeats`], so a translation is no sentence echoed).
pub(super) fn not_translations(out: &[Candidate], text: &str) -> Vec<bool> {
    let main = script_of(text);
    let scripts: Vec<Script> = out.iter().map(|c| script_of(&c.passage.quote)).collect();
    let translated = |i: usize| {
        (0..out.len()).any(|j| {
            scripts[j] == main
                && out[j].controller == out[i].controller
                && out[j].date.day == out[i].date.day
                && same_change(&out[i], &out[j])
        })
    };
    (0..out.len())
        .map(|i| scripts[i] == main || !translated(i))
        .collect()
}
