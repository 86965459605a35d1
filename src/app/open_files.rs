//! The ways files come in: the File ▸ Open dialog (rfd, run as a background job so the window keeps
//! drawing), files dropped onto the window, and the command
//! line. When no dialog can be shown, the user is told so and pointed to the other two ways.

use atlas_core::job::{Job, JobError, JobProgress, JobState};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What came back from a dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    Picked(Vec<PathBuf>),
    Cancelled,
    /// The dialog answered at once with nothing: no portal or zenity could show one.
    NoDialog,
}

/// Shown when no dialog could be shown.
pub const NO_DIALOG_MESSAGE: &str =
    "No file dialog could be shown on this system (it needs the xdg desktop \
portal or zenity). Drag the files onto the window instead, or give them on the command line: \
aleppo-atlas districts.geojson events.json sources/";

/// A dialog that answers faster than this was never on screen.
const TOO_FAST_FOR_A_PERSON: Duration = Duration::from_millis(250);

/// Whether the dialog picks files, a folder, or one file to open as control areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    Files,
    /// A folder, judged by what it holds (sources, a bundle, daily control-area files).
    Folder,
    /// One GeoJSON of dated areas, opened as control areas whatever its first bytes look like.
    ControlAreas,
}

/// Runs `pick` (a dialog; None when it shows nothing or is cancelled) as a background [`Job`] named
/// `name`, telling a dialog that was never on screen from one the user cancelled; `notify` (a repaint)
/// is called when it answers.
pub(crate) fn dialog_job(
    name: &str,
    notify: impl FnOnce() + Send + 'static,
    pick: impl FnOnce() -> Option<Vec<PathBuf>> + Send + 'static,
) -> Result<Job<DialogOutcome>, JobError> {
    Job::spawn(name, notify, move |_: &JobProgress| {
        let started = Instant::now();
        match pick() {
            Some(files) if !files.is_empty() => DialogOutcome::Picked(files),
            _ if started.elapsed() < TOO_FAST_FOR_A_PERSON => DialogOutcome::NoDialog,
            _ => DialogOutcome::Cancelled,
        }
    })
}

/// A dialog job's answer once it has one; a dialog whose thread ended without one showed nothing.
pub(crate) fn dialog_answer(job: &Job<DialogOutcome>) -> Option<DialogOutcome> {
    match job.poll() {
        JobState::Running => None,
        JobState::Done(outcome) => Some(outcome),
        JobState::Lost(_) => Some(DialogOutcome::NoDialog),
    }
}

/// A file dialog that may be open on its own thread.
#[derive(Default)]
pub struct OpenFiles {
    pending: Option<(DialogKind, Job<DialogOutcome>)>,
    /// The dialog could not even be started: answered at the next poll.
    failed: bool,
}

impl OpenFiles {
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Opens a dialog on a thread; the window is repainted when it answers.
    pub fn start(&mut self, ctx: &egui::Context, kind: DialogKind) {
        if self.pending.is_some() {
            return;
        }
        let job = dialog_job(
            "file dialog",
            super::load_job::repaint_when_done(ctx),
            move || {
                let dialog = rfd::FileDialog::new().set_title("Open Aleppo Atlas data");
                match kind {
                    DialogKind::Files => dialog
                        .add_filter(
                            "District layers, events, points, control areas, bundles, documents",
                            &["geojson", "json", "csv", "txt", "md"],
                        )
                        .add_filter("All files", &["*"])
                        .pick_files(),
                    DialogKind::Folder => dialog.pick_folder().map(|f| vec![f]),
                    DialogKind::ControlAreas => dialog
                        .add_filter("Dated control areas (GeoJSON)", &["geojson", "json"])
                        .add_filter("All files", &["*"])
                        .pick_file()
                        .map(|f| vec![f]),
                }
            },
        );
        match job {
            Ok(job) => self.pending = Some((kind, job)),
            Err(_) => self.failed = true,
        }
    }

    /// The dialog's answer, once it has one, with the kind of dialog it was.
    pub fn poll(&mut self) -> Option<(DialogKind, DialogOutcome)> {
        if std::mem::take(&mut self.failed) {
            return Some((DialogKind::Files, DialogOutcome::NoDialog));
        }
        let (kind, job) = self.pending.as_ref()?;
        let outcome = (*kind, dialog_answer(job)?);
        self.pending = None;
        Some(outcome)
    }
}

/// Paths of files dropped onto the window this frame.
pub fn dropped_paths(ctx: &egui::Context) -> Vec<PathBuf> {
    ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    })
}

/// Whether files are being dragged over the window.
pub fn files_hovering(ctx: &egui::Context) -> bool {
    ctx.input(|i| !i.raw.hovered_files.is_empty())
}
