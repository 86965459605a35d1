//! Area held by each controller at an instant, from the districts' geodesic areas, and the series over
//! the whole record.
//!
//! The point value: full control counts the whole district for its controller. Partial control with a
//! stated fraction splits the district between the new controller and whoever held the rest. Partial
//! control without a fraction, and contested districts, are counted apart as "contested": the sources
//! do not say how much each side held, and the totals do not pretend to know. An inferred district
//! counts for the side the map shows; a probably-taken candidate stays with its holder.
//!
//! A partial event whose source gives the size of what the losing side kept in all ("a pocket of
//! about 3.5 km²", `kept_km2`) splits its districts that way: the totals carry the stated size.
//!
//! The interval: for each controller, the least and the most it can hold given what the sources say.
//! A district whose split is unstated, an inferred one and a probably-taken candidate count as anything
//! from none to all for each side it may belong to.

use super::control::{ControlIndex, DistrictState, Evidence};
use crate::join::Dataset;
use crate::model::fast_hash::FastMap;
use crate::model::Extent;
use chrono::NaiveDate;

/// km² per controller (indexed like the dataset's controllers), plus what is contested or unknown.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaTotals {
    pub day: NaiveDate,
    pub by_controller: Vec<f64>,
    /// Partial without a fraction, and contested districts.
    pub contested_km2: f64,
    /// Districts whose controller is unknown.
    pub unknown_km2: f64,
    pub total_km2: f64,
    /// The least and the most km² each controller can hold (indexed like `by_controller`).
    pub low: Vec<f64>,
    pub high: Vec<f64>,
}

impl AreaTotals {
    /// Share of the total held by a controller (0 when the total is 0).
    pub fn share(&self, controller: usize) -> f64 {
        if self.total_km2 > 0.0 {
            self.by_controller.get(controller).copied().unwrap_or(0.0) / self.total_km2
        } else {
            0.0
        }
    }
}

/// The states with the kept areas of their events applied: a partial event whose source gives the
/// km² the losing side kept in all (`kept_km2`, "a pocket of about 3.5 km²") splits the districts it
/// still holds that way, the same share of each (the source says how much, not where), so the totals
/// and their bounds carry the stated size. Borrowed as they are when no state needs it.
pub fn with_kept_areas<'s>(
    data: &Dataset,
    states: &'s [DistrictState],
) -> std::borrow::Cow<'s, [DistrictState]> {
    let kept_of = |state: &DistrictState| -> Option<(usize, f64)> {
        let e = state.event?;
        let kept = data.events.get(e)?.event.kept_km2?;
        (state.extent == (Extent::Partial { fraction: None }) && state.other.is_some())
            .then_some((e, f64::from(kept)))
    };
    let mut groups: FastMap<usize, (f64, f64)> = FastMap::default();
    for (district, state) in data.layer.districts.iter().zip(states) {
        if let Some((e, kept)) = kept_of(state) {
            groups.entry(e).or_insert((0.0, kept)).0 += district.area_km2;
        }
    }
    if groups.is_empty() {
        return std::borrow::Cow::Borrowed(states);
    }
    let mut out = states.to_vec();
    for state in &mut out {
        if let Some((e, _)) = kept_of(state) {
            let (area, kept) = groups[&e];
            let taken = if area > 0.0 {
                (1.0 - kept / area).clamp(0.0, 1.0)
            } else {
                0.0
            };
            state.extent = Extent::Partial {
                fraction: Some(taken),
            };
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Sums areas for a given state of all districts.
pub fn totals_of(data: &Dataset, day: NaiveDate, states: &[DistrictState]) -> AreaTotals {
    let states = with_kept_areas(data, states);
    let mut totals = AreaTotals {
        day,
        by_controller: vec![0.0; data.controllers.len()],
        contested_km2: 0.0,
        unknown_km2: 0.0,
        total_km2: 0.0,
        low: vec![0.0; data.controllers.len()],
        high: vec![0.0; data.controllers.len()],
    };
    for (district, state) in data.layer.districts.iter().zip(states.iter()) {
        let area = district.area_km2;
        totals.total_km2 += area;
        for c in sides_of(state) {
            let (lo, hi) = share_bounds(state, c);
            if let (Some(l), Some(h)) = (totals.low.get_mut(c), totals.high.get_mut(c)) {
                *l += lo * area;
                *h += hi * area;
            }
        }
        let Some(c) = state.controller else {
            totals.unknown_km2 += area;
            continue;
        };
        match (state.extent, state.other) {
            (Extent::Full, _) => totals.by_controller[c] += area,
            (Extent::Partial { fraction: Some(f) }, Some(rest)) => {
                totals.by_controller[c] += area * f;
                totals.by_controller[rest] += area * (1.0 - f);
            }
            (Extent::Partial { fraction: Some(f) }, None) => {
                totals.by_controller[c] += area * f;
                totals.unknown_km2 += area * (1.0 - f);
            }
            _ => totals.contested_km2 += area,
        }
    }
    totals
}

/// Area held by each controller at the end of `day`.
pub fn areas_at(data: &Dataset, index: &ControlIndex, day: NaiveDate) -> AreaTotals {
    totals_of(data, day, &index.state_at(day))
}

/// The areas at the start of the record and after every day on which something changed.
pub fn area_series(data: &Dataset, index: &ControlIndex) -> Vec<AreaTotals> {
    let mut days = vec![data.record_start];
    days.extend(
        index
            .change_days()
            .into_iter()
            .filter(|d| *d > data.record_start),
    );
    let mut series = Vec::with_capacity(days.len());
    index.states_over(&days, |day, states| {
        series.push(totals_of(data, day, states))
    });
    series
}

/// The controllers a district may belong to in a state (each once; at most three).
fn sides_of(state: &DistrictState) -> impl Iterator<Item = usize> {
    let by = match state.evidence {
        Evidence::Probable { by } => Some(by),
        _ => None,
    };
    let (a, b) = (state.controller, state.other);
    let c = by.filter(|&x| Some(x) != a && Some(x) != b);
    let b = b.filter(|&x| Some(x) != a);
    a.into_iter().chain(b).chain(c)
}

/// The share of a district that `controller` holds in a state, as (at least, at most): exact for
/// control stated as fact, whole or with a stated fraction; (0, 1) where the sources do not say how
/// much (a split without a share, contested ground), where the state is inferred, and for a
/// probably-taken candidate, between its holder and the side that probably took it.
pub fn share_bounds(state: &DistrictState, controller: usize) -> (f64, f64) {
    let (lo, hi) = stated_bounds(state, controller);
    match state.evidence {
        Evidence::Inferred
            if state.controller == Some(controller) || state.other == Some(controller) =>
        {
            (0.0, 1.0)
        }
        Evidence::Probable { by } if by == controller => (lo, 1.0),
        Evidence::Probable { .. } => (0.0, hi),
        _ => (lo, hi),
    }
}

/// [`share_bounds`] from the extent alone.
fn stated_bounds(state: &DistrictState, controller: usize) -> (f64, f64) {
    let holds = state.controller == Some(controller);
    let holds_rest = state.other == Some(controller);
    match state.extent {
        Extent::Full if holds => (1.0, 1.0),
        Extent::Partial { fraction: Some(f) } if holds => (f, f),
        Extent::Partial { fraction: Some(f) } if holds_rest => (1.0 - f, 1.0 - f),
        Extent::Partial { fraction: None } | Extent::Contested if holds || holds_rest => (0.0, 1.0),
        _ => (0.0, 0.0),
    }
}
