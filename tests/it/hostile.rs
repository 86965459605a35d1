#![cfg(unix)]
//! Hostile files and export targets on the command line: text from data never reaches the terminal
//! raw, and an export never replaces a link, a device or a file it reads, nor grows without bound.

use crate::support::{repo, run_raw, scratch};
use std::path::PathBuf;
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    crate::support::fixture("hostile").join(name)
}

fn atlas(args: &[&std::ffi::OsStr]) -> (i32, Vec<u8>, String) {
    let (code, out, err) = run_raw(args);
    let mut both = out;
    both.extend_from_slice(err.as_bytes());
    (code, both, err)
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

/// A terminal control byte (ESC, BEL, BS, CR, NUL, DEL) or a C1 control / bidi override in UTF-8.
fn raw_controls(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t') || ('\u{202A}'..='\u{202E}').contains(&c)
        })
        .map(|c| format!("U+{:04X}", c as u32))
        .collect()
}

#[test]
fn control_characters_from_data_are_escaped_in_every_text_output() {
    let layer = fixture("control_characters.geojson");
    let events = fixture("control_characters.csv");
    let data = [
        os("--districts"),
        layer.as_os_str(),
        os("--events"),
        events.as_os_str(),
    ];
    for command in [
        &["check"][..],
        &["events"],
        &["state", "--date", "2016-11-28"],
        &["areas", "--date", "2016-11-28"],
    ] {
        let mut args: Vec<&std::ffi::OsStr> = command.iter().map(|c| os(c)).collect();
        args.extend(data);
        let (_, out, _) = atlas(&args);
        assert_eq!(raw_controls(&out), Vec::<String>::new(), "{command:?}");
        let shown = String::from_utf8_lossy(&out);
        if command[0] != "areas" {
            assert!(
                shown.contains("\\x1B"),
                "{command:?} shows the escape visibly: {shown}"
            );
        }
    }
}

#[test]
fn extract_escapes_the_sentences_it_quotes() {
    let dir = scratch();
    let report = dir.path().join("report.txt");
    std::fs::write(
        &report,
        "On 26 November 2016 government forces captured Hanano.\u{1b}]0;pwned\u{7}\u{1b}[2J\n",
    )
    .expect("writes");
    let (_, out, _) = atlas(&[os("extract"), report.as_os_str()]);
    assert_eq!(raw_controls(&out), Vec::<String>::new());
    let shown = String::from_utf8_lossy(&out);
    assert!(
        shown.contains("captured Hanano.\\x1B]0;pwned\\x07"),
        "{shown}"
    );
}

#[test]
fn an_export_never_replaces_a_link_dangling_or_not() {
    let dir = scratch();
    let dangling = dir.path().join("map.png");
    let nowhere = dir.path().join("nowhere.png");
    std::os::unix::fs::symlink(&nowhere, &dangling).expect("link");
    let snapshot = |force: bool| {
        let mut args = vec![
            os("snapshot"),
            os("--date"),
            os("2016-11-28"),
            os("--out"),
            dangling.as_os_str(),
        ];
        if force {
            args.push(os("--force"));
        }
        atlas(&args)
    };
    let (code, _, err) = snapshot(false);
    assert_ne!(code, 0);
    assert!(err.contains("already exists"), "{err}");
    let (code, _, err) = snapshot(true);
    assert_ne!(code, 0);
    assert!(err.contains("is a symbolic link"), "{err}");
    assert!(!nowhere.exists(), "nothing is written through the link");
    assert!(std::fs::symlink_metadata(&dangling).is_ok_and(|m| m.file_type().is_symlink()));
}

#[test]
fn an_export_never_writes_over_a_file_it_reads() {
    let dir = scratch();
    let layer = dir.path().join("layer.geojson");
    std::fs::copy(repo("tests/fixtures/small-layer.geojson"), &layer).expect("copies");
    let before = std::fs::read(&layer).expect("reads");
    let (code, _, err) = atlas(&[
        os("snapshot"),
        os("--districts"),
        layer.as_os_str(),
        os("--date"),
        os("2016-11-28"),
        os("--out"),
        layer.as_os_str(),
        os("--force"),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("which this export reads"), "{err}");
    assert_eq!(std::fs::read(&layer).expect("reads"), before);
}

#[test]
fn frames_are_never_written_into_the_sources_folder() {
    let dir = scratch();
    let sources = repo("tests/fixtures/events/sources");
    let gif = dir.path().join("a.gif");
    let (code, _, err) = atlas(&[
        os("animate"),
        os("--sources"),
        sources.as_os_str(),
        os("--from"),
        os("2016-11-15"),
        os("--to"),
        os("2016-11-16"),
        os("--out"),
        gif.as_os_str(),
        os("--frames"),
        sources.join("frames").as_os_str(),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("inside the folder"), "{err}");
    assert!(!sources.join("frames").exists());
}

#[test]
fn an_export_never_replaces_a_device() {
    if !nix_is_root() {
        return; // making a device node needs root
    }
    let dir = scratch();
    let device = dir.path().join("full");
    let made = Command::new("mknod")
        .arg(&device)
        .args(["c", "1", "7"])
        .status();
    if !made.is_ok_and(|s| s.success()) {
        return;
    }
    let (code, _, err) = atlas(&[
        os("snapshot"),
        os("--date"),
        os("2016-11-28"),
        os("--out"),
        device.as_os_str(),
        os("--force"),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("is a device"), "{err}");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&device).is_ok_and(|m| m.file_type().is_char_device()));
}

fn nix_is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
fn an_animation_over_the_caps_is_refused_before_drawing() {
    let dir = scratch();
    let gif = dir.path().join("long.gif");
    let (code, _, err) = atlas(&[
        os("animate"),
        os("--from"),
        os("1800-01-01"),
        os("--to"),
        os("2100-01-01"),
        os("--out"),
        gif.as_os_str(),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("ask for fewer days"), "{err}");
    let (code, _, err) = atlas(&[
        os("animate"),
        os("--from"),
        os("2016-11-15"),
        os("--to"),
        os("2016-11-16"),
        os("--size"),
        os("8192x8192"),
        os("--out"),
        gif.as_os_str(),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("smaller --size"), "{err}");
    assert!(!gif.exists());
}

#[test]
fn a_bundle_never_reads_outside_its_folder_through_a_link() {
    let bundle = fixture("bundle_link_out");
    let (code, out, err) = atlas(&[os("check"), os("--bundle"), bundle.as_os_str()]);
    assert_ne!(code, 0);
    assert!(err.contains("passwd.txt"), "{err}");
    assert!(err.contains("leads outside"), "{err}");
    assert!(
        !String::from_utf8_lossy(&out).contains("root:"),
        "nothing of the target is shown"
    );
}

#[test]
fn devices_and_fifos_are_refused_unread() {
    let dir = scratch();
    let fifo = dir.path().join("events.csv");
    let made = Command::new("mkfifo").arg(&fifo).status();
    let mut cases = vec![
        ("--districts", PathBuf::from("/dev/zero"), "is a device"),
        ("--events", PathBuf::from("/dev/zero"), "is a device"),
        ("--sources", PathBuf::from("/dev/zero"), "is a device"),
    ];
    if made.is_ok_and(|s| s.success()) {
        cases.push(("--events", fifo.clone(), "FIFO"));
        cases.push(("--districts", fifo.clone(), "FIFO"));
    }
    for (flag, path, says) in cases {
        let (code, _, err) = atlas(&[os("check"), os(flag), path.as_os_str()]);
        assert_ne!(code, 0, "{flag} {}", path.display());
        assert!(
            err.contains(says) && err.contains(&*path.to_string_lossy()),
            "{flag}: {err}"
        );
    }
}

#[test]
fn a_csv_line_without_end_is_bounded_while_reading() {
    let dir = scratch();
    let csv = dir.path().join("events.csv");
    let mut text = String::from("date,district,controller,extent\n2016-11-26,hanano,government,\"");
    text.push_str(&"x".repeat(17_000_000));
    std::fs::write(&csv, text).expect("writes");
    let (code, _, err) = atlas(&[os("check"), os("--events"), csv.as_os_str()]);
    assert_ne!(code, 0);
    assert!(err.contains("line 2 runs on for more than 16 MB"), "{err}");
}

#[test]
fn an_os_error_is_said_once() {
    let (code, _, err) = atlas(&[os("check"), os("--sources"), os("/nonexistent/folder")]);
    assert_ne!(code, 0);
    let os_error = "No such file or directory";
    assert_eq!(err.matches(os_error).count(), 1, "{err}");
}

#[test]
fn an_empty_events_file_prints_no_made_up_range() {
    let dir = scratch();
    let events = dir.path().join("events.json");
    std::fs::write(&events, r#"{"controllers": [], "events": []}"#).expect("writes");
    let layer = repo("tests/fixtures/small-layer.geojson");
    let (_, out, _) = atlas(&[
        os("check"),
        os("--districts"),
        layer.as_os_str(),
        os("--events"),
        events.as_os_str(),
    ]);
    let shown = String::from_utf8_lossy(&out);
    assert!(shown.contains("events: none"), "{shown}");
    assert!(!shown.contains("-262143"), "{shown}");
}

#[test]
fn a_zip_given_as_data_says_it_is_a_zip_archive() {
    let zip = fixture("bundle.zip");
    for flag in ["--bundle", "--events", "--districts", "--sources"] {
        let (code, _, err) = atlas(&[os("check"), os(flag), zip.as_os_str()]);
        assert_ne!(code, 0);
        assert!(
            err.contains("bundle.zip") && err.contains("is a zip archive"),
            "{flag}: {err}"
        );
    }
}

#[test]
fn join_problems_name_the_file_and_the_event_and_a_long_list_is_summarised() {
    let dir = scratch();
    let csv = dir.path().join("events.csv");
    let mut text = String::from("date,district,controller,extent\n");
    for i in 0..15 {
        text.push_str(&format!(
            "2016-11-{:02},nowhere-{i},government,full\n",
            i + 1
        ));
    }
    text.push_str("2016-11-20,Hanano,nobody,full\n");
    std::fs::write(&csv, text).expect("writes");
    let (_, _, err) = atlas(&[
        os("state"),
        os("--date"),
        os("2016-11-28"),
        os("--events"),
        csv.as_os_str(),
    ]);
    assert!(
        err.contains("16 problems joining the data: 15 districts not in the layer, 1 unknown controllers; the first 10:"),
        "{err}"
    );
    assert!(
        err.contains("events.csv: event 0 (id \"row-2\"): district \"nowhere-0\""),
        "{err}"
    );
    assert!(
        !err.contains("nowhere-10\""),
        "only the first ten in full: {err}"
    );
}
