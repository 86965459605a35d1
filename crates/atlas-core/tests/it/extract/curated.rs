//! The five curated documents: the extractor's candidates scored against the curated events,
//! document by document, without the dataset's changes beside it (those changes were curated from
//! these documents); its candidates as events that join the dataset; and the `extractor_finds`
//! field the events file keeps for each event.

use super::{details, ids, layer, lexicon, precision, print_details, recall, root};
use atlas_core::extract::extract_corpus;
use atlas_core::join::{load_dataset, DataPaths};
use atlas_core::model::{builtin, EventsFile};
use atlas_dev::score::{extractor_finds, score, table};
use serde_json::Value;

/// Lowest precision and recall per document on the curated events (levels reached, rounded down to
/// the percent). A document without candidates counts as precision 1 (nothing wrong), one without
/// curated events as recall 1; so 1.0 there means "must stay without a wrong candidate".
const CURATED_LEVELS: &[(&str, f64, f64)] = &[
    ("wp-offensive-2016", 0.93, 0.89),
    ("wp-battle-2012-2016", 0.83, 0.42),
    ("rferl-2016-12-22", 1.0, 0.0),
    ("reuters-2016-12-22", 1.0, 0.0),
    ("commentary-2016-12-14", 1.0, 1.0),
];
/// All five documents together.
const CURATED_TOTAL: (f64, f64) = (0.94, 0.79);

#[test]
fn curated_events_per_document_stay_at_their_levels() {
    let corpus = builtin::corpus().expect("corpus");
    let events = builtin::events().expect("events");
    let candidates = extract_corpus(&corpus, &layer(), lexicon());
    let report = score(&candidates, &events.events, &ids(&corpus));
    println!("{}", table(&report));
    let why = details(&report, &candidates);
    print_details(&why);
    assert_eq!(report.documents.len(), CURATED_LEVELS.len());
    for (doc, p, r) in CURATED_LEVELS {
        let s = report
            .documents
            .iter()
            .find(|s| s.document == *doc)
            .unwrap_or_else(|| panic!("no score for {doc}"));
        assert!(precision(s) >= *p, "{doc}: precision below {p}\n{why}");
        assert!(recall(s) >= *r, "{doc}: recall below {r}\n{why}");
    }
    let (p, r) = CURATED_TOTAL;
    assert!(
        precision(&report.total) >= p,
        "total precision below {p}\n{why}"
    );
    assert!(recall(&report.total) >= r, "total recall below {r}\n{why}");
}

#[test]
fn candidates_become_events_that_join_the_dataset() {
    let (mut data, _) = load_dataset(&DataPaths::default()).expect("built-in data");
    let candidates = extract_corpus(&data.corpus, &data.layer, lexicon());
    let events: Vec<_> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| c.to_event(&format!("candidate-{i}")))
        .collect();
    let file = EventsFile {
        events,
        ..EventsFile::default()
    };
    let corpus = std::mem::take(&mut data.corpus);
    let (_, report) = atlas_core::join::Dataset::assemble(data.layer, file, corpus, None);
    assert!(report.is_clean(), "{:?}", report.problems);
}

/// Sets `extractor_finds` of every event in the pretty-printed events file (indent 1), touching
/// nothing else: the value is replaced where present, else added as the event's last field.
fn with_extractor_finds(text: &str, finds: &[(String, bool)]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut current: Option<bool> = None;
    let mut written = false;
    for line in text.split('\n') {
        if line == "  {" {
            current = None;
            written = false;
        }
        if let Some(id) = line
            .strip_prefix("   \"id\": \"")
            .and_then(|rest| rest.strip_suffix("\","))
        {
            current = finds.iter().find(|(i, _)| i == id).map(|&(_, f)| f);
        }
        if line.starts_with("   \"extractor_finds\": ") {
            if let Some(f) = current {
                let comma = if line.ends_with(',') { "," } else { "" };
                out.push(format!("   \"extractor_finds\": {f}{comma}"));
                written = true;
                continue;
            }
        }
        if (line == "  }" || line == "  },") && !written {
            if let (Some(f), Some(last)) = (current, out.last_mut()) {
                last.push(',');
                out.push(format!("   \"extractor_finds\": {f}"));
            }
        }
        out.push(line.to_string());
    }
    out.join("\n")
}

fn without_extractor_finds(mut v: Value) -> Value {
    if let Some(events) = v.get_mut("events").and_then(Value::as_array_mut) {
        for e in events {
            if let Some(o) = e.as_object_mut() {
                o.remove("extractor_finds");
            }
        }
    }
    v
}

#[test]
fn extractor_finds_is_recorded_for_every_curated_event() {
    let path = root().join("data/events.json");
    let text = std::fs::read_to_string(&path).expect("data/events.json");
    let events = EventsFile::from_json(&path, &text).expect("events");
    let corpus = builtin::corpus().expect("corpus");
    let candidates = extract_corpus(&corpus, &layer(), lexicon());
    let finds: Vec<(String, bool)> = events
        .events
        .iter()
        .zip(extractor_finds(&candidates, &events.events))
        .map(|(e, f)| (e.id.to_string(), f))
        .collect();
    let updated = with_extractor_finds(&text, &finds);
    // The rewrite changes nothing but `extractor_finds`.
    let before: Value = serde_json::from_str(&text).expect("JSON");
    let after: Value = serde_json::from_str(&updated).expect("rewritten JSON");
    assert_eq!(
        without_extractor_finds(before),
        without_extractor_finds(after)
    );
    if std::env::var("UPDATE_EXTRACTOR_FINDS").is_ok_and(|v| v == "1") {
        if updated != text {
            std::fs::write(&path, &updated).expect("write data/events.json");
        }
        return;
    }
    let stale: Vec<String> = events
        .events
        .iter()
        .zip(&finds)
        .filter(|(e, (_, f))| e.extractor_finds != Some(*f))
        .map(|(e, (_, f))| format!("{}: recorded {:?}, finds {f}", e.id, e.extractor_finds))
        .collect();
    assert!(
        stale.is_empty(),
        "extractor_finds is out of date; run UPDATE_EXTRACTOR_FINDS=1 cargo test -p atlas-core --test it extract\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_rewrite_of_extractor_finds_keeps_the_formatting() {
    let text = "{\n \"events\": [\n  {\n   \"id\": \"a\",\n   \"note\": \"x\"\n  },\n  {\n   \"id\": \"b\",\n   \"extractor_finds\": false\n  }\n ]\n}";
    let finds = [("a".to_string(), true), ("b".to_string(), true)];
    let once = with_extractor_finds(text, &finds);
    assert_eq!(
        once,
        "{\n \"events\": [\n  {\n   \"id\": \"a\",\n   \"note\": \"x\",\n   \"extractor_finds\": true\n  },\n  {\n   \"id\": \"b\",\n   \"extractor_finds\": true\n  }\n ]\n}"
    );
    assert_eq!(with_extractor_finds(&once, &finds), once);
}
