//! Helpers every integration test shares: the program run with arguments, paths into the repository
//! and its fixtures, dates, temporary folders, and the app in a headless window.

use aleppo_atlas::app::{AtlasApp, StartOptions};
use chrono::NaiveDate;
use egui_kittest::Harness;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `aleppo-atlas` with `args`: its exit code, standard output and standard error.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let (code, out, err) = run_raw(args);
    (code, String::from_utf8_lossy(&out).into_owned(), err)
}

/// [`run`] with any arguments (paths that are not UTF-8), standard output as bytes.
pub fn run_raw<S: AsRef<OsStr>>(args: &[S]) -> (i32, Vec<u8>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_aleppo-atlas"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A path in the repository.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// A path under tests/fixtures.
pub fn fixture(rel: &str) -> PathBuf {
    repo("tests/fixtures").join(rel)
}

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// A fresh temporary folder, removed when dropped.
pub fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// The app in a headless window of the usual size, after its first frames. Missing glyphs are
/// tolerated because the Arabic names need a system font that a fresh machine may not have.
pub fn app_with(start: StartOptions) -> Harness<'static, AtlasApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1500.0, 940.0))
        .with_max_steps(16)
        .allow_missing_glyphs()
        .build_eframe(move |cc| AtlasApp::new(cc, start));
    harness.run();
    harness
}

/// The app on the built-in data at `date`.
pub fn app_at(date: &str) -> Harness<'static, AtlasApp> {
    app_with(StartOptions {
        files: Vec::new(),
        date: Some(day(date)),
        ..StartOptions::default()
    })
}

/// A file dropped onto the window.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// A click of the primary button at a point of the window, then a frame.
pub fn click_at(harness: &mut Harness<'_, AtlasApp>, at: egui::Pos2) {
    harness.event(egui::Event::PointerMoved(at));
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}
