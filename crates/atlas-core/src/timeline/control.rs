//! Control of every district at any instant, and how the sources stand behind it ([`Evidence`]). Each
//! district's changes are kept sorted by date (all districts' in one array, district after district);
//! a query is a binary search in the district's stretch of it, never a scan of all events.
//!
//! Every event that names a district is a change of it: most set control; a disputed report and a
//! counted loss ("four other districts", its candidates) only mark the district, leaving control with
//! whoever held it.

use crate::join::{Dataset, JoinedEvent};
use crate::model::{Certainty, Extent};
use chrono::NaiveDate;
use std::ops::Range;

/// How the sources stand behind a district's state: the map draws each differently, and the areas
/// count only what is stated as fact in their point values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Evidence {
    /// The layer's starting state, before any event.
    #[default]
    Initial,
    /// Set by an event a source states as fact.
    Reported,
    /// Set by an event attributed to a party.
    Claimed,
    /// Set by a curated line: the curators' reading of general statements, nobody's claim.
    Curated,
    /// Set by an inference no source states (a pocket left surrounded): the map shows it, the areas
    /// count it only in the interval.
    Inferred,
    /// The state stands, but a later report contradicted by its own source speaks of the district.
    Disputed,
    /// The state stands, but a source counts a loss among districts it does not name, this one a
    /// candidate: probably taken by `by`.
    Probable { by: usize },
}

impl Evidence {
    /// The word `state --json` and the legend use.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Initial => "initial",
            Self::Reported => "reported",
            Self::Claimed => "claimed",
            Self::Curated => "curated",
            Self::Inferred => "inferred",
            Self::Disputed => "disputed",
            Self::Probable { .. } => "probably-taken",
        }
    }

    /// What it means, for a reader.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Initial => "starting state of the layer",
            Self::Reported => "reported as fact",
            Self::Claimed => "claimed by one party",
            Self::Curated => "curated line (not a source's claim)",
            Self::Inferred => "inferred: surrounded, no source names it",
            Self::Disputed => "a later report is disputed in its own source",
            Self::Probable { .. } => "probably taken, not named",
        }
    }
}

/// What an event does to the districts it names.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Effect {
    /// Sets their control.
    Moves(Evidence),
    /// Leaves control as it was and marks the districts (disputed reports, counted losses).
    Marks(Evidence),
}

fn effect_of(e: &JoinedEvent) -> Effect {
    match (&e.event.certainty, e.event.count) {
        (Certainty::Disputed { .. }, _) => Effect::Marks(Evidence::Disputed),
        (_, Some(_)) => Effect::Marks(Evidence::Probable { by: e.controller }),
        (Certainty::Reported, None) => Effect::Moves(Evidence::Reported),
        (Certainty::Claimed { .. }, None) => Effect::Moves(Evidence::Claimed),
        (Certainty::Curated, None) => Effect::Moves(Evidence::Curated),
        (Certainty::Inferred, None) => Effect::Moves(Evidence::Inferred),
    }
}

/// "None" for the compact indices of [`Change`].
const NONE: u32 = u32::MAX;

fn pack(i: Option<usize>) -> u32 {
    i.map_or(NONE, |i| i as u32)
}

fn unpack(i: u32) -> Option<usize> {
    (i != NONE).then_some(i as usize)
}

/// One event's mention of one district, and the district's state from then on. Indices are kept as
/// `u32` (the loaders' size limits keep event and controller counts far below `u32::MAX`, which
/// stands for "none").
#[derive(Debug, Clone, Copy, PartialEq)]
struct Change {
    day: NaiveDate,
    /// Index into [`Dataset::events`] of the event that mentions the district here.
    event: u32,
    controller: u32,
    extent: Extent,
    /// Who holds the rest of the district (for partial and contested control, and inferred).
    other: u32,
    /// The event that set control, and its day (a mark leaves them as they were).
    set_by: u32,
    since: NaiveDate,
    evidence: Evidence,
    /// The marking event (disputed report, counted loss) when it is newer than `set_by`.
    aside: u32,
}

impl Change {
    /// The district's state from this change on.
    fn state(&self) -> DistrictState {
        DistrictState {
            controller: unpack(self.controller),
            extent: self.extent,
            other: unpack(self.other),
            since: unpack(self.set_by).map(|_| self.since),
            event: unpack(self.set_by),
            evidence: self.evidence,
            aside: unpack(self.aside),
        }
    }

    /// The change `e` (index `ei`) makes to a district in `before`.
    fn after(before: &DistrictState, e: &JoinedEvent, ei: usize) -> Self {
        let day = e.event.date.day;
        let mut next = Self {
            day,
            event: ei as u32,
            controller: pack(before.controller),
            extent: before.extent,
            other: pack(before.other),
            set_by: pack(before.event),
            since: before.since.unwrap_or(NaiveDate::MIN),
            evidence: before.evidence,
            aside: pack(before.aside),
        };
        match effect_of(e) {
            Effect::Marks(evidence) => {
                next.evidence = evidence;
                next.aside = ei as u32;
            }
            Effect::Moves(evidence) => {
                let other = other_holder(e.event.extent, e.controller, before);
                let other = match evidence {
                    // An inference does not settle the ground: whoever held it may still.
                    Evidence::Inferred => before.controller.filter(|&c| c != e.controller),
                    _ => other,
                };
                next.controller = e.controller as u32;
                next.extent = e.event.extent;
                next.other = pack(other);
                next.set_by = ei as u32;
                next.since = day;
                next.evidence = evidence;
                next.aside = NONE;
            }
        }
        next
    }
}

/// Who holds the rest of a district after `controller` takes `extent` of it.
fn other_holder(extent: Extent, controller: usize, before: &DistrictState) -> Option<usize> {
    match (extent, before.controller) {
        (Extent::Full, _) => None,
        // Already partly held by the same side: the rest stays with whoever held it.
        (_, Some(prev)) if prev == controller && before.extent != Extent::Full => before.other,
        (_, Some(prev)) if prev != controller => Some(prev),
        (_, Some(_)) => before.other,
        (_, None) => None,
    }
}

/// What a district looks like at the end of a given day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistrictState {
    /// Controller index (None: unknown, the data says nothing).
    pub controller: Option<usize>,
    pub extent: Extent,
    /// For partial or contested control: who holds (or contests) the rest; for an inferred change,
    /// who held it before.
    pub other: Option<usize>,
    /// Day of the change that set this control (None: the initial state).
    pub since: Option<NaiveDate>,
    /// The event that set it.
    pub event: Option<usize>,
    /// How the sources stand behind it.
    pub evidence: Evidence,
    /// A newer event that marks the district without moving it (a disputed report, a counted loss).
    pub aside: Option<usize>,
}

impl DistrictState {
    /// Days since a source last set this district's control (None: never).
    pub fn days_since_report(&self, day: NaiveDate) -> Option<i64> {
        self.since.map(|s| (day - s).num_days())
    }

    /// Whether the state is stated as fact (or is the starting state), not inferred, probable or
    /// disputed.
    pub fn is_settled(&self) -> bool {
        matches!(
            self.evidence,
            Evidence::Initial | Evidence::Reported | Evidence::Claimed | Evidence::Curated
        )
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
    /// Every event's mention of every district, district after district (each district's sorted by
    /// day), in one array: the state of every district is a pass through memory in order, not a visit
    /// to ten thousand separate lists.
    changes: Vec<Change>,
    /// The days of the changes, in the same order: a query searches a few hundred contiguous bytes,
    /// not a list of whole changes.
    days: Vec<NaiveDate>,
    /// Where each district's changes start in `changes` and `days` (`n + 1` entries).
    starts: Vec<usize>,
}

impl ControlIndex {
    pub fn new(data: &Dataset) -> Self {
        let n = data.layer.len();
        // Pass 1: how many changes each district has, hence where its changes start.
        let mut starts = vec![0usize; n + 1];
        for e in &data.events {
            for &d in &e.districts {
                starts[d + 1] += 1;
            }
        }
        for d in 0..n {
            starts[d + 1] += starts[d];
        }
        let mut index = Self {
            initial: data.initial.clone(),
            changes: Vec::new(),
            days: Vec::new(),
            starts,
        };
        // Pass 2: each change in its district's place. Events are sorted by day (stable in file
        // order), so each district's changes come in order.
        let blank = Change {
            day: NaiveDate::MIN,
            event: NONE,
            controller: NONE,
            extent: Extent::Full,
            other: NONE,
            set_by: NONE,
            since: NaiveDate::MIN,
            evidence: Evidence::Initial,
            aside: NONE,
        };
        let mut changes = vec![blank; index.starts[n]];
        let mut next = index.starts[..n].to_vec();
        for (ei, e) in data.events.iter().enumerate() {
            for &d in &e.districts {
                let at = next[d];
                let before = if at > index.starts[d] {
                    changes[at - 1].state()
                } else {
                    index.initial_state(d)
                };
                changes[at] = Change::after(&before, e, ei);
                next[d] += 1;
            }
        }
        index.days = changes.iter().map(|c| c.day).collect();
        index.changes = changes;
        index
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
            evidence: Evidence::Initial,
            aside: None,
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

    /// The day of the last event naming a district on or before `day` (None: none has).
    pub fn last_mention(&self, district: usize, day: NaiveDate) -> Option<NaiveDate> {
        let days = &self.days[self.span_of(district)];
        let n = days.partition_point(|&d| d <= day);
        n.checked_sub(1).map(|i| days[i])
    }

    /// The events (indices) that name a district, disputed ones and counted losses included, oldest
    /// first.
    pub fn events_of(&self, district: usize) -> impl Iterator<Item = usize> + '_ {
        self.changes_of(district).iter().map(|c| c.event as usize)
    }

    /// The whole history of a district: its initial state, then one span per event that names it
    /// (a mark without a change of control is a span of its own: it changes how the district looks).
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
