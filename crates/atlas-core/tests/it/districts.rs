//! The curated district layer: the whole city from the reference, the known defects fixed, approximate
//! shapes flagged, and every spelling the five documents use resolving to its district.

use atlas_core::model::district::Resolution;
use atlas_core::model::{builtin, landmark};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
struct Spelling {
    spelling: String,
    document: String,
    district: String,
    #[serde(default)]
    districts: Vec<String>,
}

fn spellings() -> Vec<Spelling> {
    let text = include_str!("../../../../tests/data/document_spellings.json");
    serde_json::from_str(text).expect("tests/data/document_spellings.json")
}

#[test]
fn the_whole_city_is_there() {
    let layer = builtin::districts().expect("built-in layer");
    let from_reference = layer.districts.iter().filter(|d| !d.approximate).count();
    assert!(
        from_reference >= 120,
        "{from_reference} reference districts"
    );
    let total: f64 = layer.districts.iter().map(|d| d.area_km2).sum();
    // The reference covers about 125 km²; the drawn places add a little.
    assert!((120.0..140.0).contains(&total), "total area {total} km²");
    for d in &layer.districts {
        assert!(d.area_km2 > 0.0, "{} has no area", d.id);
        assert!(
            d.initial_controller.is_some(),
            "{} has no initial controller",
            d.id
        );
        assert!(
            d.initial_source.is_some(),
            "{} does not say where its initial controller comes from",
            d.id
        );
        if d.approximate {
            assert!(
                d.approximate_note.is_some(),
                "{} is approximate without saying how it was drawn",
                d.id
            );
        }
    }
}

#[test]
fn known_defects_of_the_reference_are_fixed() {
    let layer = builtin::districts().expect("built-in layer");
    let ayn = layer.get("ayn-at-tal").expect("Ayn at-Tal");
    assert_eq!(ayn.name_ar.as_deref(), Some("عين التل"));
    // The shared reference ids became distinct ids.
    assert!(layer.get("sakhour").is_some() && layer.get("sakhour-i").is_some());
    assert!(layer.get("public-park").is_some() && layer.get("sheikh-taha").is_some());
}

#[test]
fn every_spelling_in_the_documents_resolves() {
    let layer = builtin::districts().expect("built-in layer");
    let corpus = builtin::corpus().expect("corpus");
    let list = spellings();
    assert!(list.len() > 100);
    let mut failures = Vec::new();
    for s in &list {
        // The list was written by reading the documents: each spelling stands in its document's prose.
        let doc = corpus.get(&s.document).expect("document id");
        let found_in_prose = doc
            .text
            .match_indices(&s.spelling)
            .any(|(i, m)| doc.is_prose(&(i..i + m.len())));
        assert!(
            found_in_prose,
            "{:?} is not in the prose of {}",
            s.spelling, s.document
        );
        let expected: BTreeSet<&str> = if s.districts.is_empty() {
            [s.district.as_str()].into()
        } else {
            s.districts.iter().map(String::as_str).collect()
        };
        let got: BTreeSet<&str> = match layer.resolve(&s.spelling) {
            Resolution::Found(i) => [layer.districts[i].id.as_str()].into(),
            Resolution::Group(ids) => ids
                .iter()
                .map(|&i| layer.districts[i].id.as_str())
                .collect(),
            Resolution::Ambiguous(_) | Resolution::NotFound => BTreeSet::new(),
        };
        if got != expected {
            failures.push(format!(
                "{:?} ({}) → {got:?}, expected {expected:?}",
                s.spelling, s.document
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} spellings do not resolve:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_brief_s_variant_spellings_resolve_to_one_district() {
    let layer = builtin::districts().expect("built-in layer");
    let id = |name: &str| match layer.resolve(name) {
        Resolution::Found(i) => layer.districts[i].id.clone(),
        other => panic!("{name:?} → {other:?}"),
    };
    for (names, district) in [
        (
            &["Sheikh Kheder", "Sheikh Khider", "Sheikh Khodr"][..],
            "sheikh-kheder",
        ),
        (&["Ba'ibdeen", "Ba'aiedeen", "Baaiedeen"][..], "baaiedeen"),
        (&["Mayssar", "Karm al-Myassar"][..], "karm-al-myassar"),
        (
            &[
                "Sheikh Saeed",
                "Sheikh Sa'eed",
                "Sheikh Sa’eed district",
                "al-Sheikh Saeed",
            ][..],
            "sheikh-saeed",
        ),
        (&["Hallak", "Hellok", "Holok"][..], "trab-al-hellok"),
    ] {
        for n in names {
            assert_eq!(id(n), district, "{n}");
        }
    }
}

#[test]
fn placements_name_existing_districts_and_say_why() {
    let layer = builtin::districts().expect("built-in layer");
    assert!(!layer.placements.is_empty());
    for p in &layer.placements {
        let d = layer
            .get(&p.district)
            .unwrap_or_else(|| panic!("{} → {}", p.name, p.district));
        assert!(!p.reason.is_empty(), "{}: no reason", p.name);
        match p.decision.as_str() {
            "polygon" => assert!(
                d.approximate,
                "{} has a drawn polygon that is not flagged approximate",
                p.name
            ),
            "alias" => {}
            other => panic!("{}: decision {other}", p.name),
        }
    }
    for place in [
        "Ard al-Hamra",
        "Inzarat",
        "Sheikh Lutfi",
        "Bab al-Nayrab",
        "Masaken Hanano",
        "Tariq al-Bab",
    ] {
        assert!(
            layer.placements.iter().any(|p| p.name == place),
            "no recorded decision for {place}"
        );
    }
}

#[test]
fn landmarks_are_there() {
    let marks = landmark::builtin().expect("landmarks");
    let kinds: BTreeSet<&str> = marks.iter().map(|m| m.kind.as_str()).collect();
    for k in ["citadel", "river", "airport"] {
        assert!(kinds.contains(k), "no {k}");
    }
    assert!(marks.iter().all(|m| m.how_made.is_some()));
}
