//! Control of every district at any instant. Each district's changes are kept sorted by date (all
//! districts' in one array, district after district); a query is a binary search in the district's
//! stretch of it, never a scan of all events.

use crate::join::{Dataset, JoinedEvent};
use crate::model::{Certainty, Extent};
use chrono::NaiveDate;
use std::ops::Range;

/// One change of one district, pointing back to the event that made it. Indices are kept as `u32` (a
/// million events make a million changes: 40 bytes each rather than 56); the loaders' size limits keep
/// event and controller counts far below `u32::MAX`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Change {
    day: NaiveDate,
    /// Index into [`Dataset::events`].
    event: u32,
    controller: u32,
    extent: Extent,
    /// Who holds the rest of the district (for partial and contested control).
    other: Option<u32>,
}

impl Change {
    fn controller(&self) -> usize {
        self.controller as usize
    }

    fn other(&self) -> Option<usize> {
        self.other.map(|o| o as usize)
    }

    /// The district's state from this change on.
    fn state(&self) -> DistrictState {
        DistrictState {
            controller: Some(self.controller()),
            extent: self.extent,
            other: self.other(),
            since: Some(self.day),
            event: Some(self.event as usize),
        }
    }
}

/// What a district looks like at the end of a given day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistrictState {
    /// Controller index (None: unknown, the data says nothing).
    pub controller: Option<usize>,
    pub extent: Extent,
    /// For partial or contested control: who holds (or contests) the rest.
    pub other: Option<usize>,
    /// Day of the change that set this state (None: the initial state).
    pub since: Option<NaiveDate>,
    /// The event that set it.
    pub event: Option<usize>,
}

impl DistrictState {
    /// Days since a source last spoke of this district (None: never).
    pub fn days_since_report(&self, day: NaiveDate) -> Option<i64> {
        self.since.map(|s| (day - s).num_days())
    }
}

/// A stretch of time during which a district's state did not change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HistorySpan {
    pub from: Option<NaiveDate>,
    /// First day of the next state (None: still holds at the end of the record).
    pub until: Option<NaiveDate>,
    pub state: DistrictState,
}

/// Per-district change lists, built once per dataset.
#[derive(Debug, Clone, Default)]
pub struct ControlIndex {
    initial: Vec<Option<usize>>,
    /// All districts' changes, district after district (each district's sorted by day), in one array:
    /// the state of every district is a pass through memory in order, not a visit to ten thousand
    /// separate lists.
    changes: Vec<Change>,
    /// The days of the changes, in the same order: a query searches a few hundred contiguous bytes,
    /// not a list of whole changes.
    days: Vec<NaiveDate>,
    /// Where each district's changes start in `changes` and `days` (`n + 1` entries).
    starts: Vec<usize>,
    /// Every event naming each district, disputed ones included, oldest first, district after
    /// district, and where each district's start (`n + 1` entries).
    mentions: Vec<u32>,
    mention_starts: Vec<usize>,
}

impl ControlIndex {
    pub fn new(data: &Dataset) -> Self {
        let n = data.layer.len();
        // A disputed event is shown but does not move the map: its own source contradicts it.
        let moves = |e: &JoinedEvent| !matches!(e.event.certainty, Certainty::Disputed { .. });
        // Pass 1: how many changes each district has, hence where its changes start.
        let mut starts = vec![0usize; n + 1];
        let mut mention_starts = vec![0usize; n + 1];
        for e in &data.events {
            for &d in &e.districts {
                mention_starts[d + 1] += 1;
                starts[d + 1] += usize::from(moves(e));
            }
        }
        for d in 0..n {
            starts[d + 1] += starts[d];
            mention_starts[d + 1] += mention_starts[d];
        }
        // Pass 2: each change in its district's place. Events are sorted by day (stable in file
        // order), so each district's changes come in order.
        let mut next = starts[..n].to_vec();
        let mut changes = vec![
            Change {
                day: NaiveDate::MIN,
                event: 0,
                controller: 0,
                extent: Extent::Full,
                other: None,
            };
            starts[n]
        ];
        let mut mentions = vec![0u32; mention_starts[n]];
        let mut next_mention = mention_starts[..n].to_vec();
        for (ei, e) in data.events.iter().enumerate() {
            for &d in &e.districts {
                mentions[next_mention[d]] = ei as u32;
                next_mention[d] += 1;
                if !moves(e) {
                    continue;
                }
                let at = next[d];
                let before = (at > starts[d])
                    .then(|| changes[at - 1])
                    .map(|c| (c.controller(), c.extent, c.other()))
                    .or_else(|| data.initial[d].map(|c| (c, Extent::Full, None)));
                let other = match (e.event.extent, before) {
                    (Extent::Full, _) => None,
                    // Already partly held by the same side: the rest stays with whoever held it.
                    (_, Some((prev, Extent::Partial { .. } | Extent::Contested, prev_other)))
                        if prev == e.controller =>
                    {
                        prev_other
                    }
                    (_, Some((prev, _, _))) if prev != e.controller => Some(prev),
                    (_, Some((_, _, prev_other))) => prev_other,
                    (_, None) => None,
                };
                changes[at] = Change {
                    day: e.event.date.day,
                    event: ei as u32,
                    controller: e.controller as u32,
                    extent: e.event.extent,
                    other: other.map(|o| o as u32),
                };
                next[d] += 1;
            }
        }
        Self {
            initial: data.initial.clone(),
            days: changes.iter().map(|c| c.day).collect(),
            changes,
            starts,
            mentions,
            mention_starts,
        }
    }

    pub fn district_count(&self) -> usize {
        self.initial.len()
    }

    /// Where a district's changes are in `changes` and `days` (empty for an unknown district).
    fn span_of(&self, district: usize) -> Range<usize> {
        stretch(&self.starts, district)
    }

    /// A district's changes, oldest first.
    fn changes_of(&self, district: usize) -> &[Change] {
        &self.changes[self.span_of(district)]
    }

    /// The state of one district at the end of `day`.
    pub fn control_at(&self, district: usize, day: NaiveDate) -> DistrictState {
        let span = self.span_of(district);
        let n = self.days[span.clone()].partition_point(|&d| d <= day);
        match n.checked_sub(1).map(|i| self.changes[span.start + i]) {
            Some(c) => c.state(),
            None => self.initial_state(district),
        }
    }

    fn initial_state(&self, district: usize) -> DistrictState {
        DistrictState {
            controller: self.initial.get(district).copied().flatten(),
            extent: Extent::Full,
            other: None,
            since: None,
            event: None,
        }
    }

    /// The state of every district at the end of `day`, in layer order.
    pub fn state_at(&self, day: NaiveDate) -> Vec<DistrictState> {
        (0..self.district_count())
            .map(|d| self.control_at(d, day))
            .collect()
    }

    /// Writes the state of every district into `out` (no allocation once `out` has the capacity).
    pub fn state_into(&self, day: NaiveDate, out: &mut Vec<DistrictState>) {
        out.clear();
        out.extend((0..self.district_count()).map(|d| self.control_at(d, day)));
    }

    /// The state of every district at the end of each of `days` (in order, earliest first), handed
    /// to `each` day after day. The same as [`ControlIndex::state_at`] for each day, but each
    /// district's place in its changes moves forward instead of being searched for anew: the area
    /// series over every change day of a million events costs a pass over them, not a search per
    /// district per day.
    pub fn states_over(
        &self,
        days: &[NaiveDate],
        mut each: impl FnMut(NaiveDate, &[DistrictState]),
    ) {
        let n = self.district_count();
        // How many of each district's changes are on or before the day.
        let mut applied = vec![0usize; n];
        let mut states: Vec<DistrictState> = (0..n).map(|d| self.initial_state(d)).collect();
        let mut previous: Option<NaiveDate> = None;
        for &day in days {
            if previous.is_some_and(|p| day < p) {
                // Out of order: searched for, as state_at does.
                self.state_into(day, &mut states);
                for (d, count) in applied.iter_mut().enumerate() {
                    *count = self.changes_of(d).partition_point(|c| c.day <= day);
                }
            } else {
                for (d, count) in applied.iter_mut().enumerate() {
                    let list = self.changes_of(d);
                    let before = *count;
                    while *count < list.len() && list[*count].day <= day {
                        *count += 1;
                    }
                    if *count != before {
                        states[d] = list[*count - 1].state();
                    }
                }
            }
            previous = Some(day);
            each(day, &states);
        }
    }

    /// The events (indices) that name a district, disputed ones included, oldest first.
    pub fn events_of(&self, district: usize) -> impl Iterator<Item = usize> + '_ {
        self.mentions[stretch(&self.mention_starts, district)]
            .iter()
            .map(|&e| e as usize)
    }

    /// The whole history of a district: its initial state, then one span per change.
    pub fn history(&self, district: usize) -> Vec<HistorySpan> {
        let list = self.changes_of(district);
        let mut spans = Vec::with_capacity(list.len() + 1);
        spans.push(HistorySpan {
            from: None,
            until: list.first().map(|c| c.day),
            state: self.initial_state(district),
        });
        for (i, c) in list.iter().enumerate() {
            spans.push(HistorySpan {
                from: Some(c.day),
                until: list.get(i + 1).map(|n| n.day),
                state: c.state(),
            });
        }
        spans
    }

    /// Every day on which some district changed, sorted, without repeats.
    pub fn change_days(&self) -> Vec<NaiveDate> {
        let mut days = self.days.clone();
        days.sort_unstable();
        days.dedup();
        days
    }
}

/// The stretch of a district-after-district array that belongs to `district`, from the `n + 1` places
/// where each district's starts (empty for an unknown district).
fn stretch(starts: &[usize], district: usize) -> Range<usize> {
    match (starts.get(district), starts.get(district + 1)) {
        (Some(&start), Some(&end)) => start..end,
        _ => 0..0,
    }
}
