//! The built-in data against the promise that the map says what the sources say: no ground shows two
//! sides at once, and no district of the losing side stays a pocket no source mentions, on any day of
//! the final offensive (15 November – 22 December 2016).

use atlas_core::join::{load_dataset, Dataset};
use atlas_core::model::district::topology::{overlaps, Neighbours};
use atlas_core::timeline::{find_pockets, ControlIndex};
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn offensive() -> (NaiveDate, NaiveDate) {
    (day("2016-11-15"), day("2016-12-22"))
}

fn builtin() -> (Dataset, ControlIndex) {
    let Ok((data, _)) = load_dataset(&Default::default()) else {
        panic!("the built-in data must load");
    };
    let index = ControlIndex::new(&data);
    (data, index)
}

#[test]
fn no_ground_shows_two_sides_on_any_day_of_the_offensive() {
    let (data, index) = builtin();
    let found = overlaps(&data.layer.districts);
    let names: Vec<String> = found
        .iter()
        .map(|o| {
            format!(
                "{} / {}: {:.0} m²",
                data.layer.districts[o.a].id, data.layer.districts[o.b].id, o.m2
            )
        })
        .collect();
    assert!(names.is_empty(), "overlapping districts: {names:?}");
    // And should a layer ever carry an overlap again, both sides of it must agree every day.
    let (first, last) = offensive();
    let mut on = first;
    while on <= last {
        for o in &found {
            let (a, b) = (index.control_at(o.a, on), index.control_at(o.b, on));
            assert_eq!(a.controller, b.controller, "{on}");
        }
        on = on.succ_opt().expect("a next day");
    }
}
#[test]
fn no_district_of_the_losing_side_stays_an_unexplained_pocket() {
    let (data, index) = builtin();
    let neighbours = Neighbours::of_layer(&data.layer.districts);
    let (first, last) = offensive();
    let pockets: Vec<String> = find_pockets(&index, &neighbours, first, last)
        .iter()
        .map(|p| {
            format!(
                "{} from {} (ring closed by {})",
                data.layer.districts[p.district].id, p.from, data.events[p.closed_by].event.id
            )
        })
        .collect();
    assert!(
        pockets.is_empty(),
        "pockets no source mentions: {pockets:?}"
    );
}
