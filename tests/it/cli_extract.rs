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

/// `extract --jsonl` with `input` on standard input.
fn run_jsonl(input: &str) -> (i32, String, String) {
    use std::io::Write as _;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_aleppo-atlas"))
        .args(["extract", "--jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("output");
    writer.join().expect("writer").expect("written");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn jsonl_gives_the_candidates_of_json_one_a_line() {
    let path = unseen("03-bulletin-december.txt");
    let text = std::fs::read_to_string(&path).expect("report");
    let line = serde_json::json!({"id": "03-bulletin-december", "text": text, "date": ""});
    let (code, out, err) = run_jsonl(&format!("{line}\n"));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let (_, json_out, _) = run(&["extract", &path, "--json"]);
    let v: Value = serde_json::from_str(&json_out).expect("JSON");
    assert_eq!(Some(&lines), v["events"].as_array());
}

#[test]
fn jsonl_names_a_bad_line_escaped_and_goes_on() {
    // An id with a terminal escape in it reaches standard output JSON-escaped.
    let good =
        r#"{"id": "b\u001b[2J", "text": "On 26 November 2016 the army took Masaken Hanano."}"#;
    let (code, out, err) = run_jsonl(&format!(
        "{{\"id\": 5, \"text\": \"\\u001b[2J\"}}\n{good}\n"
    ));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("line 1:"), "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.contains("\"b\\u001b[2J-c001\""), "{out}");
    let (code, _, err) = run(&["extract", "--jsonl", "--json"]);
    assert_eq!(code, 2, "{err}");
}
