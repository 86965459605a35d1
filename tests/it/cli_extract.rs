//! `aleppo-atlas extract`: candidates from files given on the command line, as text and as JSON with the
//! fields of `events --json` plus `confidence`, `trigger` and `places`.

use crate::support::run;
use serde_json::Value;
use std::path::PathBuf;

fn unseen(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/unseen")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn json_has_the_event_fields_plus_confidence_trigger_and_places() {
    let (code, out, err) = run(&["extract", &unseen("03-bulletin-december.txt"), "--json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let events = v["events"].as_array().expect("events");
    assert_eq!(events.len(), 5, "{out}");
    let first = &events[0];
    assert_eq!(first["id"], "03-bulletin-december-c001");
    assert_eq!(first["date"], "2016-12-06");
    assert_eq!(first["districts"], serde_json::json!(["shaar"]));
    assert_eq!(first["controller"], "government");
    assert_eq!(first["extent"], "full");
    assert_eq!(first["certainty"], "reported");
    assert_eq!(first["date_phrase"], "2016-12-06");
    assert_eq!(first["places"][0]["text"], "al-Sha'ar");
    assert!(first["confidence"].as_f64().is_some_and(|c| c > 0.5));
    assert_eq!(first["trigger"], "took full control of");
    let passage = &first["passages"][0];
    assert_eq!(passage["document"], "03-bulletin-december");
    assert!(passage["quote"]
        .as_str()
        .is_some_and(|q| q.contains("took full control of al-Sha'ar")));
    // Without the three extra fields, the output is an events file.
    let mut file = v.clone();
    for e in file["events"].as_array_mut().expect("events") {
        let o = e.as_object_mut().expect("object");
        for k in ["confidence", "trigger", "places"] {
            o.remove(k);
        }
    }
    atlas_core::model::EventsFile::from_json(
        std::path::Path::new("extract.json"),
        &file.to_string(),
    )
    .expect("loads as an events file");
}

#[test]
fn text_output_names_the_passage_and_the_date_phrase() {
    let (code, out, err) = run(&["extract", &unseen("06-bulletin-weekly.txt")]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("06-bulletin-weekly-c001  21 Nov 2016"),
        "{out}"
    );
    assert!(out.contains("\"Hanano housing\" → hanano"), "{out}");
    assert!(out.contains("date \"Friday\""), "{out}");
    assert!(out.contains("[06-bulletin-weekly "), "{out}");
}

#[test]
fn several_files_and_a_missing_one() {
    let (code, out, _) = run(&[
        "extract",
        &unseen("01-wire-sakhour.md"),
        &unseen("09-encyclopedia-mojibake.txt"),
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("01-wire-sakhour-c001") && out.contains("09-encyclopedia-mojibake-c001"));
    let (code, _, err) = run(&["extract", "no/such/file.txt"]);
    assert_eq!(code, 1);
    assert!(err.contains("no/such/file.txt"), "{err}");
    let (code, _, err) = run(&["extract"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_bad_lexicon_is_named() {
    let dir = std::env::temp_dir().join(format!("aleppo-atlas-lexicon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("lexicon.json");
    std::fs::write(
        &path,
        r#"{"actors": [], "verbs": [{"class": "grab", "phrases": ["took"]}]}"#,
    )
    .expect("write");
    let (code, _, err) = run(&[
        "extract",
        &unseen("07-encyclopedia-2013.txt"),
        "--lexicon",
        &path.to_string_lossy(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("lexicon.json") && err.contains("grab"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
