//! Pockets no source mentions: a district still held by one side while every neighbour has fallen to
//! the other, and no source has spoken of it for [`POCKET_GRACE_DAYS`] days since the ring closed.
//! The map would show it held; the sources only say nothing. `check` lists such pockets so that the
//! curators either find what a source says of them or record the inference (an `inferred` event).
//!
//! The ring counts as closed by a fall only when the neighbour that closed it was taken by an event
//! (reported, claimed or inferred): a ring drawn by a curated line or the layer's starting state is
//! the curators' own drawing, not a fall.

use super::control::{ControlIndex, DistrictState, Evidence};
use crate::model::district::topology::Neighbours;
use crate::model::Extent;
use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;

/// How long a surrounded district may go unmentioned before it counts as a pocket.
pub const POCKET_GRACE_DAYS: u64 = 3;

/// A district left surrounded, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pocket {
    pub district: usize,
    /// The side still holding it on the map.
    pub holder: usize,
    /// The side holding every neighbour.
    pub surrounded_by: usize,
    /// The day the last neighbour fell, and the event that took it.
    pub closed: NaiveDate,
    pub closed_by: usize,
    /// The first day it counts as a pocket, and the first day it no longer does (None: to the end).
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// The pockets between `first` and `last` (inclusive), in order of district then day.
pub fn find_pockets(
    index: &ControlIndex,
    neighbours: &Neighbours,
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<Pocket> {
    let days = days_to_look_at(index, first, last);
    let mut open: BTreeMap<usize, Pocket> = BTreeMap::new();
    let mut done = Vec::new();
    index.states_over(&days, |day, states| {
        for district in 0..states.len() {
            let found = surrounded(index, neighbours, states, district, day);
            match (found, open.get(&district)) {
                (Some(p), Some(q)) if p.closed == q.closed && p.holder == q.holder => {}
                (found, _) => {
                    if let Some(mut q) = open.remove(&district) {
                        q.until = Some(day);
                        done.push(q);
                    }
                    if let Some(mut p) = found {
                        p.from = day;
                        open.insert(district, p);
                    }
                }
            }
        }
    });
    done.extend(open.into_values());
    done.sort_by_key(|p| (p.district, p.from));
    done
}

/// The days on which a pocket can start or end: the first day, every day something changed, and
/// the day each change's grace ends.
fn days_to_look_at(index: &ControlIndex, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut days = vec![first];
    for d in index.change_days() {
        days.push(d);
        if let Some(later) = d.checked_add_days(Days::new(POCKET_GRACE_DAYS)) {
            days.push(later);
        }
    }
    days.retain(|d| (first..=last).contains(d));
    days.sort_unstable();
    days.dedup();
    days
}

/// The pocket `district` is on `day` (with `from` set to `day`), if it is one.
fn surrounded(
    index: &ControlIndex,
    neighbours: &Neighbours,
    states: &[DistrictState],
    district: usize,
    day: NaiveDate,
) -> Option<Pocket> {
    let me = states[district];
    let holder = me.controller?;
    // Inferred and probably-taken districts are marked already.
    if me.extent != Extent::Full
        || matches!(me.evidence, Evidence::Inferred | Evidence::Probable { .. })
    {
        return None;
    }
    let around = neighbours.of(district);
    let first = states[*around.first()? as usize];
    let by = first.controller.filter(|&c| c != holder)?;
    if around.iter().any(|&n| {
        let s = states[n as usize];
        s.controller != Some(by) || s.extent != Extent::Full
    }) {
        return None;
    }
    // The neighbour taken last closed the ring; it must have been taken by an event.
    let closer = around
        .iter()
        .map(|&n| states[n as usize])
        .max_by_key(|s| s.since)?;
    let (closed, closed_by) = (closer.since?, closer.event?);
    if !matches!(
        closer.evidence,
        Evidence::Reported | Evidence::Claimed | Evidence::Inferred | Evidence::Disputed
    ) {
        return None;
    }
    let spoken_of_since = index
        .last_mention(district, day)
        .is_some_and(|m| m > closed);
    let grace_over = closed
        .checked_add_days(Days::new(POCKET_GRACE_DAYS))
        .is_some_and(|d| d <= day);
    (grace_over && !spoken_of_since).then_some(Pocket {
        district,
        holder,
        surrounded_by: by,
        closed,
        closed_by,
        from: day,
        until: None,
    })
}
