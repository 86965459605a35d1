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

fn fixture_layer(name: &str) -> atlas_core::model::DistrictLayer {
    atlas_core::model::DistrictLayer::load(&crate::repo().join("tests/fixtures/layers").join(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_csr_layer_as_published_opens_as_its_126_neighbourhoods() {
    let layer = fixture_layer("csr-neighborhoods-as-published.geojson");
    let text = std::fs::read_to_string(
        crate::repo().join("tests/fixtures/layers/csr-neighborhoods-as-published.geojson"),
    )
    .expect("fixture");
    let raw: serde_json::Value = serde_json::from_str(&text).expect("json");
    let features = raw["features"].as_array().expect("features");
    // One district per distinct (Id, NAME) of the file.
    let distinct: std::collections::HashSet<(String, String)> = features
        .iter()
        .map(|f| {
            (
                f["properties"]["Id"].to_string(),
                f["properties"]["NAME"].to_string(),
            )
        })
        .collect();
    assert_eq!(layer.len(), distinct.len());
    assert!(layer.len() < features.len());
    // Muhammad Bek's two features are one district, its area theirs together.
    let bek = layer.index_of("93").expect("Id 93");
    assert_eq!(layer.districts[bek].name, "Muhammad Bek");
    assert_eq!(layer.districts[bek].geometry.0.len(), 2);
    // Clockwise rings as published still give areas of a city, not of the globe.
    for d in &layer.districts {
        assert!(
            d.area_km2 > 0.0 && d.area_km2 < 50.0,
            "{}: {}",
            d.id,
            d.area_km2
        );
    }
    assert!(layer.notes.iter().any(|n| n.contains("kept apart")));
    assert!(layer.notes.iter().any(|n| n.contains("polygons merged")));
}

#[test]
fn a_layer_in_utm_metres_with_elevations_opens_where_the_lon_lat_one_does() {
    let utm = fixture_layer("csr-utm37n-3d.geojson");
    let lon_lat = fixture_layer("csr-neighborhoods-as-published.geojson");
    assert!(
        utm.notes.iter().any(|n| n.contains("EPSG:32637")),
        "{:?}",
        utm.notes
    );
    assert!(!utm.is_empty());
    for d in &utm.districts {
        let twin = &lon_lat.districts[lon_lat.index_of(&d.id).expect("same id")];
        let drift = (d.area_km2 - twin.area_km2).abs() / twin.area_km2;
        assert!(
            drift < 1e-3,
            "{}: {} against {}",
            d.id,
            d.area_km2,
            twin.area_km2
        );
        use geo::Centroid;
        let (a, b) = (d.geometry.centroid(), twin.geometry.centroid());
        let (a, b) = (a.expect("centroid"), b.expect("centroid"));
        assert!(
            (a.x() - b.x()).abs() < 1e-5 && (a.y() - b.y()).abs() < 1e-5,
            "{}",
            d.id
        );
    }
}
