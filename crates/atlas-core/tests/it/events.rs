//! The curated events: every quote verbatim at its offsets, every capture passage of the documents
//! covered, and the map on the key dates what the documents describe.

use atlas_core::join::{load_dataset, DataPaths, Dataset};
use atlas_core::model::{builtin, Extent};
use atlas_core::timeline::ControlIndex;
use chrono::NaiveDate;
use serde::Deserialize;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn builtin_data() -> (Dataset, ControlIndex) {
    let (data, report) = load_dataset(&DataPaths::default()).expect("built-in data");
    assert!(report.is_clean(), "join problems: {:?}", report.problems);
    let index = ControlIndex::new(&data);
    (data, index)
}

#[test]
fn every_quote_is_verbatim_at_its_offsets_and_in_prose() {
    let events = builtin::events().expect("events");
    let corpus = builtin::corpus().expect("corpus");
    let mut count = 0;
    for e in &events.events {
        for p in &e.passages {
            let doc = corpus
                .get(&p.document)
                .unwrap_or_else(|| panic!("{}: {}", e.id, p.document));
            assert_eq!(
                doc.text.get(p.start..p.end),
                Some(p.quote.as_str()),
                "{}",
                e.id
            );
            assert!(doc.is_prose(&p.range()), "{}: passage is not prose", e.id);
            count += 1;
        }
    }
    assert!(count > 100, "{count} passages");
    // Every event of the day-by-day period cites a source.
    for e in &events.events {
        assert!(!e.passages.is_empty(), "{} has no passage", e.id);
    }
}

#[derive(Deserialize)]
struct CapturePassage {
    document: String,
    quote: String,
    districts: Vec<String>,
}

#[test]
fn every_capture_passage_of_the_documents_has_an_event() {
    // The list was written by reading the documents, not by running an extractor.
    let list: Vec<CapturePassage> =
        serde_json::from_str(include_str!("../../../../tests/data/capture_passages.json"))
            .expect("capture_passages.json");
    assert!(list.len() > 50);
    let (data, _) = builtin_data();
    let mut missing = Vec::new();
    for c in &list {
        let doc = data.corpus.get(&c.document).expect("document");
        let start = doc
            .text
            .find(&c.quote)
            .unwrap_or_else(|| panic!("not in {}: {:?}", c.document, c.quote));
        let end = start + c.quote.len();
        for district in &c.districts {
            let covered = data.events.iter().any(|e| {
                e.event.districts.iter().any(|d| d == district)
                    && e.event
                        .passages
                        .iter()
                        .any(|p| p.document == c.document && p.start < end && start < p.end)
            });
            if !covered {
                missing.push(format!("{district}: {:?}", c.quote));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "capture passages with no event:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_district_has_a_controller_on_every_day_of_the_record() {
    let (data, index) = builtin_data();
    let mut d = day("2012-07-01");
    while d <= day("2020-12-31") {
        for (i, s) in index.state_at(d).iter().enumerate() {
            assert!(
                s.controller.is_some(),
                "{} has no controller on {d}",
                data.layer.districts[i].id
            );
        }
        d += chrono::Duration::days(30);
    }
}

fn controller_of(
    data: &Dataset,
    index: &ControlIndex,
    district: &str,
    on: &str,
) -> (String, Extent) {
    let i = data
        .layer
        .index_of(district)
        .unwrap_or_else(|| panic!("no district {district}"));
    let s = index.control_at(i, day(on));
    let c = s
        .controller
        .and_then(|c| data.controller(c))
        .map(|c| c.id.clone())
        .unwrap_or_default();
    (c, s.extent)
}

#[test]
fn on_14_november_2016_the_east_is_rebel_held_the_west_government_and_sheikh_maqsoud_kurdish() {
    let (data, index) = builtin_data();
    // Districts the documents report the army taking in the offensive were rebel-held before it.
    for d in [
        "hanano",
        "haydariyeh",
        "sakhour",
        "sheikh-kheder",
        "jabal-badro",
        "baaiedeen",
        "ard-al-hamra",
        "tariq-al-bab",
        "karm-al-myassar",
        "qadi-askar",
        "shaar",
        "marjeh",
        "sheikh-saeed",
        "sukkari",
        "bustan-al-qaser",
        "kallaseh",
        "salheen",
        "fardos",
        "sheikh-lutfi",
        "muhammad-bek",
        "maadi",
    ] {
        assert_eq!(
            controller_of(&data, &index, d, "2016-11-14").0,
            "rebels",
            "{d}"
        );
    }
    for d in [
        "new-aleppo",
        "hamdaniyeh-iii",
        "aziziyeh",
        "jamiliyeh",
        "midan",
        "university-of-aleppo",
        "aleppo-citadel",
        "sheikh-najjar",
        "aleppo-international-airport",
        "zahra",
    ] {
        assert_eq!(
            controller_of(&data, &index, d, "2016-11-14").0,
            "government",
            "{d}"
        );
    }
    assert_eq!(
        controller_of(&data, &index, "sheikh-maqsoud", "2016-11-14").0,
        "kurdish"
    );
}

#[test]
fn on_22_december_2016_no_district_of_the_city_is_left_to_the_rebels() {
    let (data, index) = builtin_data();
    let states = index.state_at(day("2016-12-22"));
    let rebels = data.controllers.index_of("rebels");
    let rebel_held: Vec<&str> = data
        .layer
        .districts
        .iter()
        .zip(&states)
        .filter(|(_, s)| s.controller == rebels || s.other == rebels)
        .map(|(d, _)| d.id.as_str())
        .collect();
    // Reuters on 22 Dec: "rebel-held al-Rashideen in the countryside just southwest of the city".
    for id in &rebel_held {
        assert!(
            ["rashidin", "aqrab"].contains(id),
            "{id} is still rebel-held on 22 Dec 2016"
        );
    }
    assert_eq!(
        controller_of(&data, &index, "sheikh-maqsoud", "2016-12-22").0,
        "kurdish"
    );
    assert_eq!(
        controller_of(&data, &index, "hanano", "2016-12-22").0,
        "government"
    );
}

#[test]
fn the_offensive_is_day_by_day_in_order() {
    let (data, index) = builtin_data();
    // Hanano: entered 20 Nov, partly held for days, fully taken 26 Nov.
    assert_eq!(
        controller_of(&data, &index, "hanano", "2016-11-19").0,
        "rebels"
    );
    let (c, extent) = controller_of(&data, &index, "hanano", "2016-11-23");
    assert_eq!(c, "government");
    assert!(matches!(extent, Extent::Partial { .. }), "{extent:?}");
    assert_eq!(
        controller_of(&data, &index, "hanano", "2016-11-26"),
        ("government".into(), Extent::Full)
    );
    // Kurdish forces took parts of the north-east on 28 Nov.
    let kurdish = data.controllers.index_of("kurdish");
    let sheikh_fares = data.layer.index_of("sheikh-fares").expect("sheikh-fares");
    let s = index.control_at(sheikh_fares, day("2016-11-28"));
    assert!(s.controller == kurdish || s.other == kurdish, "{s:?}");
}

#[test]
fn disagreements_are_linked_both_ways() {
    let events = builtin::events().expect("events");
    let mut linked = 0;
    for e in &events.events {
        for other in &e.disagrees_with {
            let o = events
                .events
                .iter()
                .find(|x| x.id == other)
                .expect("linked event exists");
            assert!(
                o.disagrees_with.contains(&e.id),
                "{} → {} is not linked back",
                e.id,
                o.id
            );
            linked += 1;
        }
    }
    assert!(linked > 0);
}
