//! The settings and their file: round trips, old and damaged files, saves that must not lose data.
use super::recent::LABEL_CHARS;
use super::*;
use atlas_core::model::PropertyNames;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh folder under the system's temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!(
            "aleppo-atlas-settings-{label}-{}-{n}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        Self(dir)
    }

    fn settings(&self) -> PathBuf {
        self.0.join(SETTINGS_FILE_NAME)
    }

    /// The files in the folder other than `settings.json`, by name.
    fn others(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.0)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n != SETTINGS_FILE_NAME)
            .collect();
        names.sort();
        names
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn sample() -> Settings {
    let mut s = Settings {
        theme: ThemeChoice::Dark,
        last_date: Some(day("2016-11-28")),
        range: Some((day("2016-11-15"), day("2016-12-22"))),
        speed: Some(2.5),
        recent: Vec::new(),
        selection: vec!["sheikh-fares".into(), "hanano".into()],
        labels: LabelChoice::Arabic,
        basemap: BasemapSettings {
            shown: true,
            from_file: true,
            file: Some("/data/aleppo/city.mbtiles".into()),
            ..BasemapSettings::default()
        },
    };
    s.remember(RecentData {
        districts: Some("/data/aleppo/districts.geojson".into()),
        events: Some("/data/aleppo/events.json".into()),
        sources: Some("/data/aleppo/sources".into()),
        bundle: None,
        documents: vec!["/data/aleppo/report.txt".into()],
        property_names: Some(PropertyNames {
            id: "code".into(),
            name: "label".into(),
        }),
        control_areas: Some("/data/aleppo/control-daily".into()),
        area_controller: Some("occupied".into()),
        points: Some("/data/aleppo/damage.geojson".into()),
        points_date_property: Some("sensor_date".into()),
    });
    s
}

/// Loads a file holding `bytes` that must be refused: checks the defaults come back, the file was
/// moved aside unchanged, and the notice names the file, where it went and each of `says`.
fn refused(label: &str, bytes: &[u8], says: &[&str]) -> TempDir {
    let dir = TempDir::new(label);
    let path = dir.settings();
    std::fs::write(&path, bytes).expect("write");
    let (settings, notice) = SettingsFile::load(&path);
    assert_eq!(settings, Settings::default());
    let notice = notice.expect("a notice");
    assert!(!path.exists(), "the damaged file is moved away");
    let others = dir.others();
    assert_eq!(others.len(), 1, "{others:?}");
    assert!(
        others[0].starts_with("settings.json.corrupt-"),
        "{others:?}"
    );
    assert_eq!(
        std::fs::read(dir.0.join(&others[0])).expect("aside"),
        bytes,
        "kept unchanged"
    );
    assert!(notice.contains(&path.display().to_string()), "{notice}");
    assert!(notice.contains(&others[0]), "{notice}");
    for words in says {
        assert!(notice.contains(words), "{label}: {words:?} not in {notice}");
    }
    dir
}

#[test]
fn missing_fields_take_defaults() {
    let s: Settings = serde_json::from_str(r#"{"theme":"dark"}"#).expect("valid");
    assert_eq!(s.theme, ThemeChoice::Dark);
    assert_eq!(s.last_date, None);
    assert!(s.recent.is_empty() && s.selection.is_empty());
}

#[test]
fn an_old_file_with_dates_as_text_still_loads() {
    let dir = TempDir::new("old-format");
    let old = r#"{
  "theme": "dark",
  "last_date": "2016-11-28",
  "range": ["2016-11-15", "2016-12-22"],
  "speed": 2.5,
  "recent": [],
  "selection": ["hanano"]
}
"#;
    std::fs::write(dir.settings(), old).expect("write");
    let (s, notice) = SettingsFile::load(&dir.settings());
    assert_eq!(notice, None);
    assert_eq!(s.last_date, Some(day("2016-11-28")));
    assert_eq!(s.range, Some((day("2016-11-15"), day("2016-12-22"))));
    assert_eq!(s.selection, ["hanano"]);
    // Saved again, the dates are written as they were.
    SettingsFile::save(&dir.settings(), &s).expect("save");
    let text = std::fs::read_to_string(dir.settings()).expect("read");
    assert!(text.contains(r#""last_date": "2016-11-28""#), "{text}");
    assert!(text.contains(r#""2016-11-15","#), "{text}");
}

#[test]
fn a_hand_edited_date_that_is_not_one_is_forgotten() {
    let s: Settings = serde_json::from_str(
        r#"{"last_date": "yesterday", "range": ["2016-11-15", "2016-02-30"], "speed": 3.0}"#,
    )
    .expect("still loads");
    assert_eq!((s.last_date, s.range, s.speed), (None, None, Some(3.0)));
    // A date of the wrong kind altogether is damage, as before.
    assert!(serde_json::from_str::<Settings>(r#"{"last_date": 2016}"#).is_err());
}

#[test]
fn round_trip() {
    let dir = TempDir::new("round-trip");
    let path = dir.0.join("nested").join(SETTINGS_FILE_NAME);
    let s = sample();
    SettingsFile::save(&path, &s).expect("save");
    assert_eq!(SettingsFile::load(&path), (s.clone(), None));
    // Saving again replaces the file and leaves no temporary file behind.
    let mut t = s;
    t.theme = ThemeChoice::Light;
    SettingsFile::save(&path, &t).expect("save again");
    assert_eq!(SettingsFile::load(&path), (t, None));
    let names: Vec<_> = std::fs::read_dir(dir.0.join("nested"))
        .expect("read dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, [SETTINGS_FILE_NAME]);
}

#[test]
fn missing_file_gives_defaults_without_notice() {
    let dir = TempDir::new("missing");
    assert_eq!(
        SettingsFile::load(&dir.settings()),
        (Settings::default(), None)
    );
    assert!(dir.others().is_empty());
}

#[test]
fn corrupt_json_is_set_aside() {
    let bytes = b"{\n  \"theme\": \"dark\",\n  \"speed\": 2.5,,\n}\n";
    let dir = refused("corrupt", bytes, &["not valid JSON", "line 3, column 16"]);
    // The next save writes a fresh file and leaves the one set aside alone.
    SettingsFile::save(&dir.settings(), &sample()).expect("save");
    assert_eq!(SettingsFile::load(&dir.settings()), (sample(), None));
    assert_eq!(dir.others().len(), 1);
}

#[test]
fn truncated_and_empty_files_are_set_aside() {
    refused(
        "truncated",
        b"{\"theme\": \"dark\", \"rec",
        &["ends too early"],
    );
    refused("empty", b"", &["is empty"]);
    refused("blank", b" \n\n", &["is empty"]);
}

#[test]
fn wrong_types_are_set_aside() {
    let bytes = b"{\"theme\": \"dark\",\n \"speed\": \"fast\"}";
    refused("types", bytes, &["line 2", "wrong kind of value", "fast"]);
    refused("theme", br#"{"theme": 3}"#, &["line 1", "wrong kind"]);
    refused("array", b"[1, 2]", &["wrong kind"]);
}

#[test]
fn non_utf8_is_set_aside() {
    let bytes = b"{\"last_date\": \"2016-11-\xff\xfe\"}";
    refused("utf8", bytes, &["not text", "byte 24 "]);
}

#[test]
fn oversized_file_is_set_aside() {
    // Valid JSON, but no settings file is this large.
    let mut big = br#"{"selection": ["#.to_vec();
    while big.len() <= MAX_SETTINGS_BYTES as usize {
        big.extend_from_slice(br#""district","#);
    }
    big.extend_from_slice(br#""last"]}"#);
    refused("large", &big, &["more than the"]);
}

#[test]
fn a_second_damaged_file_the_same_second_gets_a_counter() {
    let dir = TempDir::new("counter");
    let path = dir.settings();
    std::fs::write(&path, b"not json").expect("write");
    let first = set_aside(&path).expect("first");
    std::fs::write(&path, b"not json either").expect("write");
    let second = set_aside(&path).expect("second");
    assert_ne!(first, second);
    assert_eq!(std::fs::read(&first).expect("first"), b"not json");
    assert_eq!(std::fs::read(&second).expect("second"), b"not json either");
}

#[test]
fn unknown_fields_and_a_byte_order_mark_still_load() {
    let dir = TempDir::new("unknown");
    let path = dir.settings();
    let text = "\u{feff}{\"theme\": \"light\", \"from_the_future\": {\"x\": [1, 2]},\n\
                \"recent\": [{\"districts\": \"/d.geojson\", \"colour\": \"red\",\n\
                \"property_names\": {\"id\": \"code\", \"name\": \"label\", \"lang\": \"ar\"}}],\n\
                \"selection\": [\"hanano\"]}";
    std::fs::write(&path, text).expect("write");
    let (s, notice) = SettingsFile::load(&path);
    assert_eq!(notice, None);
    assert_eq!(s.theme, ThemeChoice::Light);
    assert_eq!(s.selection, ["hanano"]);
    assert_eq!(s.recent.len(), 1);
    assert_eq!(
        s.recent[0].districts.as_deref(),
        Some(Path::new("/d.geojson"))
    );
    assert_eq!(
        s.recent[0].property_names,
        Some(PropertyNames {
            id: "code".into(),
            name: "label".into()
        })
    );
    assert!(path.exists() && dir.others().is_empty());
}

#[test]
fn a_theme_from_a_newer_version_reads_as_system() {
    let dir = TempDir::new("sepia");
    std::fs::write(dir.settings(), r#"{"theme": "sepia", "speed": 3.0}"#).expect("write");
    let (s, notice) = SettingsFile::load(&dir.settings());
    assert_eq!(notice, None);
    assert_eq!((s.theme, s.speed), (ThemeChoice::System, Some(3.0)));
}

#[test]
fn no_online_tiles_until_the_user_has_agreed() {
    let mut b = BasemapSettings {
        shown: true,
        ..BasemapSettings::default()
    };
    assert_eq!(b.source(), None, "shown, but never agreed to");
    b.online_agreed = true;
    assert!(matches!(
        b.source(),
        Some(atlas_tiles::BasemapSource::Online { .. })
    ));
    // A file needs no agreement; without one remembered there is nothing to draw.
    let file = BasemapSettings {
        shown: true,
        from_file: true,
        ..BasemapSettings::default()
    };
    assert_eq!(file.source(), None);
    // An old settings file has no basemap: none is drawn.
    let dir = TempDir::new("old");
    std::fs::write(dir.settings(), r#"{"theme": "dark"}"#).expect("write");
    assert_eq!(SettingsFile::load(&dir.settings()).0.basemap.source(), None);
}

#[test]
fn a_label_script_from_a_newer_version_reads_as_latin() {
    let dir = TempDir::new("labels");
    std::fs::write(dir.settings(), r#"{"labels": "syriac"}"#).expect("write");
    let (s, notice) = SettingsFile::load(&dir.settings());
    assert_eq!((s.labels, notice), (LabelChoice::Latin, None));
    std::fs::write(dir.settings(), r#"{"labels": "arabic"}"#).expect("write");
    assert_eq!(
        SettingsFile::load(&dir.settings()).0.labels,
        LabelChoice::Arabic
    );
}

#[test]
fn a_file_that_cannot_be_set_aside_is_not_overwritten() {
    let dir = TempDir::new("stuck");
    let path = dir.settings();
    std::fs::write(&path, b"{{{").expect("write");
    let (s, notice) = SettingsFile::load_with(&path, |_| {
        Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied))
    });
    assert_eq!(s, Settings::default());
    let notice = notice.expect("a notice");
    assert!(notice.contains("could not be set aside"), "{notice}");
    let refused = SettingsFile::save(&path, &sample()).expect_err("must not overwrite");
    let refused = refused.to_string();
    assert!(refused.contains(&path.display().to_string()), "{refused}");
    assert!(refused.contains("were not saved"), "{refused}");
    assert_eq!(std::fs::read(&path).expect("left as is"), b"{{{");
    // Once the user removes it, a new start loads the defaults and saving works again.
    std::fs::remove_file(&path).expect("remove");
    assert_eq!(SettingsFile::load(&path), (Settings::default(), None));
    SettingsFile::save(&path, &sample()).expect("save");
}

fn files(n: usize) -> RecentData {
    RecentData {
        districts: Some(format!("/data/{n}/districts.geojson").into()),
        events: Some(format!("/data/{n}/events.json").into()),
        ..RecentData::default()
    }
}

#[test]
fn recent_list_order_dedup_and_cap() {
    let mut s = Settings::default();
    for n in 0..3 {
        s.remember(files(n));
    }
    let order = |s: &Settings| -> Vec<RecentData> { s.recent.clone() };
    assert_eq!(order(&s), [files(2), files(1), files(0)]);
    // The same files again move to the front, with the newer property names.
    let mut again = files(0);
    again.property_names = Some(PropertyNames {
        id: "code".into(),
        name: "label".into(),
    });
    s.remember(again.clone());
    assert_eq!(order(&s), [again, files(2), files(1)]);
    for n in 3..20 {
        s.remember(files(n));
    }
    assert_eq!(s.recent.len(), MAX_RECENT);
    assert_eq!(s.recent[0], files(19));
    assert_eq!(s.recent[MAX_RECENT - 1], files(10));
    // Nothing opened: nothing remembered.
    s.remember(RecentData::default());
    assert_eq!(s.recent[0], files(19));
}

#[test]
fn recent_paths_become_absolute() {
    let mut s = Settings::default();
    s.remember(RecentData {
        events: Some("events.json".into()),
        ..RecentData::default()
    });
    let events = s.recent[0].events.clone().expect("events");
    assert!(events.is_absolute(), "{}", events.display());
    assert!(events.ends_with("events.json"));
}

#[test]
fn a_hand_edited_recent_list_is_tidied_on_load() {
    let dir = TempDir::new("tidy");
    let mut s = Settings {
        recent: (0..15).map(files).collect(),
        ..Settings::default()
    };
    s.recent.insert(1, files(0));
    s.recent.insert(2, RecentData::default());
    SettingsFile::save(&dir.settings(), &s).expect("save");
    let (loaded, notice) = SettingsFile::load(&dir.settings());
    assert_eq!(notice, None);
    assert_eq!(
        loaded.recent,
        (0..MAX_RECENT).map(files).collect::<Vec<_>>()
    );
}

#[test]
fn describe_and_missing_files() {
    let dir = TempDir::new("describe");
    let layer = dir.0.join("districts.geojson");
    std::fs::write(&layer, "{}").expect("write");
    let r = RecentData {
        districts: Some(layer),
        events: Some(dir.0.join("events.json")),
        sources: Some(dir.0.join("sources")),
        ..RecentData::default()
    };
    assert_eq!(r.describe(), "districts.geojson + events.json + sources/");
    assert_eq!(
        r.missing_files(),
        [dir.0.join("events.json"), dir.0.join("sources")]
    );
    let many = RecentData {
        bundle: Some("/b/aleppo-2016".into()),
        documents: (0..5)
            .map(|n| PathBuf::from(format!("/r/{n}.txt")))
            .collect(),
        ..RecentData::default()
    };
    assert_eq!(many.describe(), "aleppo-2016 + 0.txt + 4 more");
    let long = RecentData {
        events: Some(format!("/{}.json", "ح".repeat(100)).into()),
        ..RecentData::default()
    };
    assert_eq!(long.describe().chars().count(), LABEL_CHARS);
    assert!(long.describe().ends_with('…'));
    assert_eq!(RecentData::default().describe(), "(no files)");
}

#[test]
fn corrupt_window_state_is_set_aside_and_a_valid_one_left_alone() {
    let dir = TempDir::new("window");
    let ron_path = dir.0.join(WINDOW_STATE_FILE_NAME);
    assert_eq!(set_aside_if_corrupt_window_state(&dir.0), None);

    let valid = "{\n    \"egui\": \"(windows: {})\",\n    \"window\": \"(x: 1)\",\n}";
    std::fs::write(&ron_path, valid).expect("write");
    assert_eq!(set_aside_if_corrupt_window_state(&dir.0), None);
    assert_eq!(std::fs::read_to_string(&ron_path).expect("kept"), valid);

    let broken = b"{\n    \"egui\": \"(windows: {})\",\n    \"window\": ";
    std::fs::write(&ron_path, broken).expect("write");
    let notice = set_aside_if_corrupt_window_state(&dir.0).expect("a notice");
    assert!(!ron_path.exists());
    let aside: Vec<String> = dir
        .others()
        .into_iter()
        .filter(|n| n.starts_with("app.ron.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(dir.0.join(&aside[0])).expect("aside"), broken);
    assert!(notice.contains(&ron_path.display().to_string()), "{notice}");
    assert!(notice.contains("line 3"), "{notice}");
    assert!(notice.contains(&aside[0]), "{notice}");
}
