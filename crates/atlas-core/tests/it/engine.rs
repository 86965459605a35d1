//! The timeline engine on a small hand-made dataset: control at any day, partial and contested control,
//! disputed events, areas, histories.

use atlas_core::join::Dataset;
use atlas_core::model::{Corpus, DistrictLayer, EventsFile, Extent};
use atlas_core::timeline::{area_series, areas_at, share_bounds, ControlIndex, Evidence};
use chrono::NaiveDate;
use std::path::Path;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn square(x: f64) -> String {
    format!(
        "[[[{x},36.2],[{},36.2],[{},36.21],[{x},36.21],[{x},36.2]]]",
        x + 0.01,
        x + 0.01
    )
}

fn dataset(events: &str) -> (Dataset, ControlIndex) {
    let features: Vec<String> = ["a", "b", "c"]
        .iter()
        .enumerate()
        .map(|(i, id)| {
            format!(
                r#"{{"type":"Feature","properties":{{"id":"{id}","name":"{id}","initial_controller":"government"}},
                "geometry":{{"type":"Polygon","coordinates":{}}}}}"#,
                square(37.1 + i as f64 * 0.02)
            )
        })
        .collect();
    let layer = DistrictLayer::from_geojson(
        Path::new("t.geojson"),
        &format!(
            r#"{{"type":"FeatureCollection","record_start":"2012-07-01","features":[{}]}}"#,
            features.join(",")
        ),
    )
    .expect("layer");
    let events = EventsFile::from_json(Path::new("e.json"), &format!(r#"{{"events":[{events}]}}"#))
        .expect("events");
    let (data, report) = Dataset::assemble(layer, events, Corpus::default(), None);
    assert!(report.is_clean(), "{:?}", report.problems);
    let index = ControlIndex::new(&data);
    (data, index)
}

fn ev(
    id: &str,
    date: &str,
    districts: &str,
    controller: &str,
    extent: &str,
    extra: &str,
) -> String {
    format!(
        r#"{{"id":"{id}","date":"{date}","districts":[{districts}],"controller":"{controller}","extent":"{extent}","certainty":"reported"{extra}}}"#
    )
}

#[test]
fn control_changes_at_the_end_of_the_event_day() {
    // Written out of order on purpose: the engine sorts by date.
    let events = [
        ev("retake", "2016-12-01", r#""a""#, "government", "full", ""),
        ev("take", "2012-07-20", r#""a","b""#, "rebels", "full", ""),
    ]
    .join(",");
    let (data, index) = dataset(&events);
    let rebels = data.controllers.index_of("rebels");
    let gov = data.controllers.index_of("government");
    assert_eq!(index.control_at(0, day("2012-07-19")).controller, gov);
    let s = index.control_at(0, day("2012-07-20"));
    assert_eq!(s.controller, rebels);
    assert_eq!(s.since, Some(day("2012-07-20")));
    assert_eq!(index.control_at(0, day("2016-11-30")).controller, rebels);
    assert_eq!(index.control_at(0, day("2016-12-01")).controller, gov);
    assert_eq!(index.control_at(1, day("2020-01-01")).controller, rebels);
    assert_eq!(index.control_at(2, day("2020-01-01")).controller, gov);
    assert_eq!(index.control_at(2, day("2020-01-01")).since, None);
    let history = index.history(0);
    assert_eq!(history.len(), 3);
    assert_eq!(history[1].until, Some(day("2016-12-01")));
}

#[test]
fn partial_control_keeps_the_other_holder_and_splits_area() {
    let events = [
        ev("take", "2012-08-01", r#""a""#, "rebels", "full", ""),
        ev(
            "third",
            "2016-11-22",
            r#""a""#,
            "government",
            "partial",
            r#","fraction":0.25"#,
        ),
        ev("half", "2016-11-23", r#""a""#, "government", "partial", ""),
        ev("fight", "2016-11-23", r#""b""#, "rebels", "contested", ""),
    ]
    .join(",");
    let (data, index) = dataset(&events);
    let rebels = data.controllers.index_of("rebels").expect("rebels");
    let gov = data.controllers.index_of("government").expect("gov");
    let s = index.control_at(0, day("2016-11-22"));
    assert_eq!(
        s.extent,
        Extent::Partial {
            fraction: Some(0.25)
        }
    );
    assert_eq!((s.controller, s.other), (Some(gov), Some(rebels)));
    // A second partial step by the same side keeps the rebels as holders of the rest.
    let s = index.control_at(0, day("2016-11-23"));
    assert_eq!((s.controller, s.other), (Some(gov), Some(rebels)));

    let areas = areas_at(&data, &index, day("2016-11-22"));
    let a = data.layer.districts[0].area_km2;
    let total: f64 = data.layer.districts.iter().map(|d| d.area_km2).sum();
    assert!((areas.by_controller[gov] - (total - a + 0.25 * a)).abs() < 1e-9);
    assert!((areas.by_controller[rebels] - 0.75 * a).abs() < 1e-9);
    // Without a fraction the share is not known: counted apart.
    let areas = areas_at(&data, &index, day("2016-11-23"));
    assert!((areas.contested_km2 - (a + data.layer.districts[1].area_km2)).abs() < 1e-9);
    assert!((areas.total_km2 - total).abs() < 1e-9);
}

#[test]
fn disputed_events_are_listed_but_do_not_move_the_map() {
    let events = [
        ev("take", "2016-12-04", r#""a""#, "government", "full", ""),
        r#"{"id":"claim","date":"2016-12-05","districts":["a"],"controller":"rebels","extent":"partial",
           "certainty":"disputed","claimed_by":"rebels","disagrees_with":["take"]}"#
            .to_string(),
    ]
    .join(",");
    let (data, index) = dataset(&events);
    let gov = data.controllers.index_of("government");
    assert_eq!(index.control_at(0, day("2016-12-06")).controller, gov);
    let named: Vec<&str> = index
        .events_of(0)
        .map(|e| data.events[e].event.id.as_str())
        .collect();
    assert_eq!(named, ["take", "claim"]);
}

#[test]
fn area_series_has_a_point_per_change_day() {
    let events = [
        ev("t1", "2012-08-01", r#""a""#, "rebels", "full", ""),
        ev("t2", "2012-08-01", r#""b""#, "rebels", "full", ""),
        ev("t3", "2016-12-01", r#""a""#, "government", "full", ""),
    ]
    .join(",");
    let (data, index) = dataset(&events);
    let series = area_series(&data, &index);
    let days: Vec<NaiveDate> = series.iter().map(|s| s.day).collect();
    assert_eq!(
        days,
        [day("2012-07-01"), day("2012-08-01"), day("2016-12-01")]
    );
    let rebels = data.controllers.index_of("rebels").expect("rebels");
    assert!(series[0].by_controller[rebels] == 0.0);
    assert!(series[1].by_controller[rebels] > series[2].by_controller[rebels]);
}

#[test]
fn events_that_do_not_join_are_reported_with_suggestions() {
    let layer = DistrictLayer::from_geojson(
        Path::new("t.geojson"),
        &format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":"hanano","name":"Hanano"}},"geometry":{{"type":"Polygon","coordinates":{}}}}}]}}"#,
            square(37.1)
        ),
    )
    .expect("layer");
    let events = EventsFile::from_json(
        Path::new("e.json"),
        &format!(
            r#"{{"events":[{},{}]}}"#,
            ev("x", "2016-11-26", r#""hananoo""#, "government", "full", ""),
            ev("y", "2016-11-26", r#""hanano""#, "martians", "full", "")
        ),
    )
    .expect("events");
    let (data, report) = Dataset::assemble(layer, events, Corpus::default(), None);
    assert!(data.events.is_empty());
    let text: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        text[0].contains("\"hananoo\" is not in the layer (closest: Hanano"),
        "{text:?}"
    );
    assert!(
        text[1].contains("controller \"martians\" is not known"),
        "{text:?}"
    );
}

#[test]
fn the_area_series_and_states_day_after_day_match_the_state_at_each_day() {
    let Ok((data, _)) = atlas_core::join::load_dataset(&Default::default()) else {
        panic!("the built-in data must load");
    };
    let index = ControlIndex::new(&data);
    let series = area_series(&data, &index);
    assert!(series.len() > 10);
    for totals in &series {
        let fresh = areas_at(&data, &index, totals.day);
        assert_eq!(totals.by_controller, fresh.by_controller, "{}", totals.day);
        assert_eq!(totals.contested_km2, fresh.contested_km2);
        assert_eq!(totals.unknown_km2, fresh.unknown_km2);
    }
    // Days out of order are searched for, and still right.
    let days = [day("2016-12-01"), day("2014-01-01"), day("2016-12-22")];
    let mut seen = 0;
    index.states_over(&days, |d, states| {
        assert_eq!(states, index.state_at(d).as_slice(), "{d}");
        seen += 1;
    });
    assert_eq!(seen, 3);
}

#[test]
fn each_district_keeps_its_own_changes_and_mentions_in_date_order() {
    let Ok((data, _)) = atlas_core::join::load_dataset(&Default::default()) else {
        panic!("the built-in data must load");
    };
    let index = ControlIndex::new(&data);
    let mut districts_with_changes = 0;
    for d in 0..data.layer.len() {
        // A plain scan of the events, against the index's packed lists.
        let naming: Vec<usize> = (0..data.events.len())
            .filter(|&e| data.events[e].districts.contains(&d))
            .collect();
        assert_eq!(
            index.events_of(d).collect::<Vec<_>>(),
            naming,
            "district {d}"
        );
        // Disputed reports and counted losses mark the district without moving it.
        let (moving, marking): (Vec<usize>, Vec<usize>) = naming.into_iter().partition(|&e| {
            let event = &data.events[e].event;
            event.count.is_none()
                && !matches!(
                    event.certainty,
                    atlas_core::model::Certainty::Disputed { .. }
                )
        });
        let history = index.history(d);
        let mut changed_by: Vec<usize> = history.iter().filter_map(|s| s.state.event).collect();
        changed_by.dedup();
        assert_eq!(changed_by, moving, "district {d}");
        let mut marked_by: Vec<usize> = history.iter().filter_map(|s| s.state.aside).collect();
        marked_by.dedup();
        assert_eq!(marked_by, marking, "district {d}");
        assert!(history.windows(2).all(|w| w[0].until == w[1].from));
        districts_with_changes += usize::from(!moving.is_empty());
    }
    assert!(districts_with_changes > 50, "{districts_with_changes}");
}

#[test]
fn a_counted_loss_marks_its_candidates_and_widens_only_the_interval() {
    let events = [
        ev("take", "2012-08-01", r#""a","b","c""#, "rebels", "full", ""),
        ev(
            "two-of-three",
            "2016-12-02",
            r#""a","b","c""#,
            "government",
            "full",
            r#","count":2"#,
        ),
        ev("named", "2016-12-04", r#""b""#, "government", "full", ""),
    ]
    .join(",");
    let (data, index) = dataset(&events);
    let rebels = data.controllers.index_of("rebels").expect("rebels");
    let gov = data.controllers.index_of("government").expect("gov");
    let s = index.control_at(0, day("2016-12-02"));
    // Still the rebels' on the map and in the point value: the source names none of them.
    assert_eq!(s.controller, Some(rebels));
    assert_eq!(s.evidence, Evidence::Probable { by: gov });
    assert_eq!(s.aside, Some(1));
    assert_eq!(s.event, Some(0), "control was set by the named take");
    let area: f64 = data.layer.districts.iter().map(|d| d.area_km2).sum();
    let t = areas_at(&data, &index, day("2016-12-02"));
    assert!((t.by_controller[rebels] - area).abs() < 1e-9);
    assert!(t.low[rebels].abs() < 1e-9 && (t.high[rebels] - area).abs() < 1e-9);
    assert!(t.low[gov].abs() < 1e-9 && (t.high[gov] - area).abs() < 1e-9);
    // A later event that names one candidate settles it; the others stay probable.
    let s = index.control_at(1, day("2016-12-04"));
    assert_eq!((s.controller, s.evidence), (Some(gov), Evidence::Reported));
    let b = data.layer.districts[1].area_km2;
    let t = areas_at(&data, &index, day("2016-12-04"));
    assert!((t.low[gov] - b).abs() < 1e-9 && (t.high[gov] - area).abs() < 1e-9);
    assert!(t.low[rebels].abs() < 1e-9 && (t.high[rebels] - (area - b)).abs() < 1e-9);
}

#[test]
fn an_inferred_district_shows_the_new_side_but_counts_only_in_the_interval() {
    let events = [
        ev("take", "2012-08-01", r#""a""#, "rebels", "full", ""),
        r#"{"id":"pocket","date":"2016-12-05","districts":["a"],"controller":"government","extent":"full","certainty":"inferred"}"#.to_string(),
        ev("fight", "2016-12-06", r#""b""#, "rebels", "full", ""),
        r#"{"id":"denied","date":"2016-12-07","districts":["b"],"controller":"government","extent":"full","certainty":"disputed"}"#.to_string(),
    ]
    .join(",");
    let (data, index) = dataset(&events);
    let rebels = data.controllers.index_of("rebels").expect("rebels");
    let gov = data.controllers.index_of("government").expect("gov");
    let s = index.control_at(0, day("2016-12-05"));
    assert_eq!((s.controller, s.other), (Some(gov), Some(rebels)));
    assert_eq!(s.evidence, Evidence::Inferred);
    assert!(!s.is_settled());
    assert_eq!(share_bounds(&s, gov), (0.0, 1.0));
    assert_eq!(share_bounds(&s, rebels), (0.0, 1.0));
    // The disputed report marks b, which stays with the rebels.
    let s = index.control_at(1, day("2016-12-07"));
    assert_eq!(s.controller, Some(rebels));
    assert_eq!((s.evidence, s.aside), (Evidence::Disputed, Some(3)));
    assert_eq!(share_bounds(&s, rebels), (1.0, 1.0));
}

#[test]
fn every_day_the_point_value_lies_inside_the_interval() {
    let Ok((data, _)) = atlas_core::join::load_dataset(&Default::default()) else {
        panic!("the built-in data must load");
    };
    let index = ControlIndex::new(&data);
    for t in area_series(&data, &index) {
        for c in 0..data.controllers.len() {
            let (lo, point, hi) = (t.low[c], t.by_controller[c], t.high[c]);
            assert!(
                lo <= point + 1e-9 && point <= hi + 1e-9,
                "{} controller {c}: {lo} {point} {hi}",
                t.day
            );
        }
        let certain: f64 = t.low.iter().sum();
        assert!(certain <= t.total_km2 + 1e-9, "{}", t.day);
    }
}

#[test]
fn a_district_named_twice_in_one_event_is_one_change() {
    let (data, index) = dataset(&ev(
        "twice",
        "2016-12-01",
        r#""a","b","a""#,
        "rebels",
        "full",
        "",
    ));
    assert_eq!(data.events[0].districts.len(), 2);
    assert_eq!(index.events_of(0).count(), 1);
    assert_eq!(index.history(0).len(), 2);
}

#[test]
fn a_stated_pocket_size_splits_its_districts_so_the_totals_carry_it() {
    let kept = 0.5;
    let events = [
        ev("take", "2012-08-01", r#""a","b","c""#, "rebels", "full", ""),
        ev(
            "squeezed",
            "2016-12-13",
            r#""a","b""#,
            "government",
            "partial",
            &format!(r#","kept_km2":{kept}"#),
        ),
    ]
    .join(",");
    let (data, index) = dataset(&events);
    let rebels = data.controllers.index_of("rebels").expect("rebels");
    let gov = data.controllers.index_of("government").expect("gov");
    let area = |d: usize| data.layer.districts[d].area_km2;
    assert!(
        area(0) + area(1) > kept,
        "the test's squares are larger than the pocket"
    );
    let t = areas_at(&data, &index, day("2016-12-13"));
    let rebels_km2 = kept + area(2);
    assert!((t.by_controller[rebels] - rebels_km2).abs() < 1e-6);
    assert!(
        (t.low[rebels] - rebels_km2).abs() < 1e-6 && (t.high[rebels] - rebels_km2).abs() < 1e-6
    );
    assert!((t.by_controller[gov] - (area(0) + area(1) - kept)).abs() < 1e-6);
    assert!(t.contested_km2.abs() < 1e-9, "no share is left unstated");
    // The map still says only "partly held": which part, the source does not say.
    let s = index.control_at(0, day("2016-12-13"));
    assert_eq!(s.extent, Extent::Partial { fraction: None });
}
