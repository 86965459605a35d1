//! What the atlas already records of who took each district when. A text often tells a change
//! without naming who made it ("Hanano fell on Saturday", "the fall of Sheikh Saeed"): a fall passes
//! a place from whoever held it, and the sentence does not say who that was. When the dataset the
//! extractor runs beside records a change of the same district close to the same day, the fall is
//! read as that change; otherwise the side carried from earlier sentences stands. So is a weekday
//! alone ([`week_of_a_weekday`]).

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

    /// Whether a change of `district` to `controller` is recorded within `days` of `day`.
    pub fn records(&self, district: &str, controller: &str, day: NaiveDate, days: i64) -> bool {
        self.changes.get(district).is_some_and(|list| {
            list.iter()
                .any(|(d, c)| c == controller && (*d - day).num_days().abs() <= days)
        })
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

/// How many weeks back a weekday alone may be moved to a recorded change.
const WEEKS_BACK: i64 = 3;

/// "Residents carry their belongings out of Jabal Badro, which troops took on Sunday", in a
/// gallery published a week later: a weekday alone names one of several, and the text's date picks
/// the latest. When no change of the candidate's district to its side is recorded within a day of
/// it, but one is on the same weekday one to [`WEEKS_BACK`] weeks before, that is the day; None
/// otherwise.
pub fn week_of_a_weekday(
    known: &KnownControl,
    districts: &[String],
    controller: &str,
    day: NaiveDate,
) -> Option<NaiveDate> {
    let recorded = |d: NaiveDate, days: i64| {
        districts
            .iter()
            .any(|district| known.records(district, controller, d, days))
    };
    if recorded(day, 1) {
        return None;
    }
    (1..=WEEKS_BACK)
        .map(|k| day - chrono::Duration::days(7 * k))
        .find(|&d| recorded(d, 0))
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
    fn a_weekday_alone_moves_to_the_week_of_a_recorded_change() {
        let k = known(&[("jabal-badro", "2016-11-27", "government")]);
        let ids = ["jabal-badro".to_string()];
        // Sunday 4 December, as a gallery of the week after reads "on Sunday": the Sunday before.
        assert_eq!(
            week_of_a_weekday(&k, &ids, "government", day("2016-12-04")),
            Some(day("2016-11-27"))
        );
        // Within a day of a recorded change, or with none on that weekday, the day stands.
        assert_eq!(
            week_of_a_weekday(&k, &ids, "government", day("2016-11-28")),
            None
        );
        assert_eq!(
            week_of_a_weekday(&k, &ids, "government", day("2016-12-05")),
            None
        );
        // Another side's change, or one more than three weeks back, moves nothing.
        assert_eq!(
            week_of_a_weekday(&k, &ids, "rebels", day("2016-12-04")),
            None
        );
        assert_eq!(
            week_of_a_weekday(&k, &ids, "government", day("2016-12-25")),
            None
        );
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
