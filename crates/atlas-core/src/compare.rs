//! Two days compared: which districts changed side between them, which way, and the events that
//! moved them. A district changed side when its controller at the end of the later day is not the
//! one at the end of the earlier day (a change of extent alone, whole to part held by the same
//! side, counts too, and says so).

use crate::join::Dataset;
use crate::model::Extent;
use crate::timeline::{ControlIndex, DistrictState};
use chrono::NaiveDate;

/// One district that changed between the two days.
#[derive(Debug, Clone, PartialEq)]
pub struct SideChange {
    pub district: usize,
    pub before: DistrictState,
    pub after: DistrictState,
    /// The events after the earlier day, up to the later one, that set its state, oldest first.
    pub events: Vec<usize>,
}

impl SideChange {
    /// Whether the controller changed (false: only how much of it the same side holds).
    pub fn changed_hands(&self) -> bool {
        self.before.controller != self.after.controller
    }
}

/// The comparison of two days, `from` before or on `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Every district's state at the end of each day.
    pub before: Vec<DistrictState>,
    pub after: Vec<DistrictState>,
    /// The districts that changed, in layer order.
    pub changes: Vec<SideChange>,
}

impl Comparison {
    /// Compares the end of day `a` with the end of day `b` (in either order: the earlier is `from`).
    pub fn of(index: &ControlIndex, a: NaiveDate, b: NaiveDate) -> Self {
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        let before = index.state_at(from);
        let after = index.state_at(to);
        let changes = before
            .iter()
            .zip(&after)
            .enumerate()
            .filter(|(_, (x, y))| differ(x, y))
            .map(|(district, (x, y))| SideChange {
                district,
                before: *x,
                after: *y,
                events: responsible(index, district, from, to),
            })
            .collect();
        Self {
            from,
            to,
            before,
            after,
            changes,
        }
    }

    /// Per district: whether it changed (for the map).
    pub fn changed_mask(&self) -> Vec<bool> {
        let mut mask = vec![false; self.before.len()];
        for c in &self.changes {
            if let Some(m) = mask.get_mut(c.district) {
                *m = true;
            }
        }
        mask
    }

    /// How many districts passed from `a` to `b` (controller indices; None: unknown), for the summary.
    pub fn count(&self, a: Option<usize>, b: Option<usize>) -> usize {
        self.changes
            .iter()
            .filter(|c| c.before.controller == a && c.after.controller == b)
            .count()
    }

    /// "Rebels to Syrian government and allies: 12 districts; …", the changes of hands counted by
    /// direction, most first.
    pub fn summary(&self, data: &Dataset) -> String {
        let mut ways: Vec<(Option<usize>, Option<usize>, usize)> = Vec::new();
        for c in self.changes.iter().filter(|c| c.changed_hands()) {
            let way = (c.before.controller, c.after.controller);
            match ways.iter_mut().find(|(a, b, _)| (*a, *b) == way) {
                Some(w) => w.2 += 1,
                None => ways.push((way.0, way.1, 1)),
            }
        }
        ways.sort_by(|x, y| y.2.cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
        let name = |c: Option<usize>| {
            c.and_then(|c| data.controller(c))
                .map_or("unknown", |c| c.label.as_str())
        };
        let mut parts: Vec<String> = ways
            .iter()
            .map(|(a, b, n)| {
                let s = if *n == 1 { "" } else { "s" };
                format!("{} to {}: {n} district{s}", name(*a), name(*b))
            })
            .collect();
        let in_part = self.changes.iter().filter(|c| !c.changed_hands()).count();
        if in_part > 0 {
            parts.push(format!("{in_part} held in a different extent"));
        }
        if parts.is_empty() {
            "No district changed side.".to_string()
        } else {
            parts.join("; ")
        }
    }
}

fn differ(x: &DistrictState, y: &DistrictState) -> bool {
    x.controller != y.controller || extent_kind(x.extent) != extent_kind(y.extent)
}

fn extent_kind(extent: Extent) -> u8 {
    match extent {
        Extent::Full => 0,
        Extent::Partial { .. } => 1,
        Extent::Contested => 2,
    }
}

/// The events after `from`, up to `to`, that set the district's state.
fn responsible(
    index: &ControlIndex,
    district: usize,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<usize> {
    let mut events: Vec<usize> = index
        .history(district)
        .iter()
        .filter(|span| span.from.is_some_and(|d| d > from && d <= to))
        .filter_map(|span| span.state.event)
        .collect();
    events.dedup();
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::LoadedData;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn the_north_east_collapse_shows_hanano_taken_by_the_government_with_its_event() {
        let data = LoadedData::builtin().expect("built-in data");
        let ds = &data.dataset;
        let cmp = Comparison::of(&data.index, day("2016-11-28"), day("2016-11-19"));
        assert_eq!((cmp.from, cmp.to), (day("2016-11-19"), day("2016-11-28")));
        let hanano = ds.layer.index_of("hanano").expect("known");
        let change = cmp
            .changes
            .iter()
            .find(|c| c.district == hanano)
            .expect("Hanano changed side");
        let label = |c: Option<usize>| c.and_then(|c| ds.controller(c)).map(|c| c.id.clone());
        assert_eq!(label(change.before.controller).as_deref(), Some("rebels"));
        assert_eq!(
            label(change.after.controller).as_deref(),
            Some("government")
        );
        let ids: Vec<&str> = change
            .events
            .iter()
            .map(|&e| ds.events[e].event.id.as_str())
            .collect();
        // Entered on the 20th, taken in steps, whole on the 26th.
        assert_eq!(ids.first(), Some(&"2016-11-20-hanano-entered"), "{ids:?}");
        assert_eq!(ids.last(), Some(&"2016-11-26-hanano"), "{ids:?}");
        // Every responsible event lies between the two days and names the district.
        for &e in &change.events {
            let ev = &ds.events[e];
            assert!(ev.event.date.day > cmp.from && ev.event.date.day <= cmp.to);
            assert!(ev.districts.contains(&hanano));
        }
        // A district nobody fought over in those days did not change.
        let west = ds.layer.index_of("new-aleppo").expect("known");
        assert!(!cmp.changes.iter().any(|c| c.district == west));
        assert!(cmp.changed_mask()[hanano] && !cmp.changed_mask()[west]);
        let summary = cmp.summary(ds);
        assert!(
            summary.contains("Rebels (opposition factions) to Syrian government"),
            "{summary}"
        );
    }

    #[test]
    fn a_day_compared_with_itself_has_no_change() {
        let data = LoadedData::builtin().expect("built-in data");
        let cmp = Comparison::of(&data.index, day("2016-12-01"), day("2016-12-01"));
        assert!(cmp.changes.is_empty());
        assert_eq!(cmp.summary(&data.dataset), "No district changed side.");
    }
}
