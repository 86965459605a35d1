//! What the atlas already records of who took each district when. A text often tells a change
//! without naming who made it ("Hanano fell on Saturday", "the fall of Sheikh Saeed"): a fall passes
//! a place from whoever held it, and the sentence does not say who that was. When the dataset the
//! extractor runs beside records a change of the same district close to the same day, the fall is
//! read as that change; otherwise the side carried from earlier sentences stands.

use crate::join::Dataset;
use crate::model::Certainty;
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

/// How many days apart a fall and a recorded change of its district may be and still be one change.
pub const NEAR_DAYS: i64 = 14;

/// Each district's recorded changes: day and new controller, by district id, oldest first.
#[derive(Debug, Clone, Default)]
pub struct KnownControl {
    changes: HashMap<String, Vec<(NaiveDate, String)>>,
}

impl KnownControl {
    /// The changes of a dataset's events that set control (not disputed reports nor counted losses).
    pub fn from_dataset(data: &Dataset) -> Self {
        let changes = data.events.iter().filter(|e| {
            e.event.count.is_none() && !matches!(e.event.certainty, Certainty::Disputed { .. })
        });
        Self::from_changes(changes.flat_map(|e| {
            let controller = data.controllers.controllers.get(e.controller);
            e.districts.iter().filter_map(move |&d| {
                let district = data.layer.districts.get(d)?;
                Some((
                    district.id.as_str(),
                    e.event.date.day,
                    controller?.id.as_str(),
                ))
            })
        }))
    }

    /// From changes given as (district id, day, new controller), in any order.
    pub fn from_changes<'a>(
        changes: impl IntoIterator<Item = (&'a str, NaiveDate, &'a str)>,
    ) -> Self {
        let mut by_district: HashMap<String, Vec<(NaiveDate, String)>> = HashMap::new();
        for (district, day, controller) in changes {
            by_district
                .entry(district.to_string())
                .or_default()
                .push((day, controller.to_string()));
        }
        for list in by_district.values_mut() {
            list.sort();
        }
        Self {
            changes: by_district,
        }
    }

    /// The years the recorded changes fall in, oldest first.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .changes
            .values()
            .flatten()
            .map(|(d, _)| d.year())
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The side the recorded change of `district` nearest to `day` gave it to, when one lies within
    /// [`NEAR_DAYS`] (the earlier of two equally near).
    pub fn taker_near(&self, district: &str, day: NaiveDate) -> Option<&str> {
        let list = self.changes.get(district)?;
        let distance = |d: NaiveDate| (d - day).num_days().abs();
        list.iter()
            .filter(|(d, _)| distance(*d) <= NEAR_DAYS)
            .min_by_key(|(d, _)| (distance(*d), *d))
            .map(|(_, c)| c.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn known(rows: &[(&str, &str, &str)]) -> KnownControl {
        KnownControl::from_changes(rows.iter().map(|(d, date, c)| (*d, day(date), *c)))
    }

    #[test]
    fn the_nearest_change_within_two_weeks_names_the_taker() {
        let k = known(&[
            ("hanano", "2012-08-10", "rebels"),
            ("hanano", "2016-11-26", "government"),
            ("sheikh-saeed", "2016-12-01", "rebels"),
            ("sheikh-saeed", "2016-12-02", "government"),
        ]);
        assert_eq!(
            k.taker_near("hanano", day("2016-11-30")),
            Some("government")
        );
        assert_eq!(k.taker_near("hanano", day("2012-07-29")), Some("rebels"));
        assert_eq!(k.taker_near("hanano", day("2014-05-01")), None);
        assert_eq!(k.taker_near("bustan-al-basha", day("2016-11-30")), None);
        assert_eq!(
            k.taker_near("sheikh-saeed", day("2016-12-03")),
            Some("government")
        );
        assert_eq!(
            k.taker_near("sheikh-saeed", day("2016-11-28")),
            Some("rebels")
        );
    }
}
