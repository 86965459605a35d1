//! Loading off the UI thread: a [`LoadJob`] runs [`LoadedData::load`] as a background
//! [`Job`] and hands back the outcome, while the window keeps drawing the data it has and shows a
//! progress bar with a Cancel button ([`progress_line`], shared by every job the app runs). Cancelling
//! stops waiting at once (the data on screen stays); the thread stops at its next check and its work
//! is dropped.

use atlas_core::job::{Job, JobError, Progress};
use atlas_core::join::{DataPaths, LoadProgress};
use atlas_core::model::Event;
use atlas_core::session::{LoadOutcome, LoadedData};
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::time::Duration;

/// What to load, and what to do once it is in.
#[derive(Debug, Clone, Default)]
pub struct LoadRequest {
    pub paths: DataPaths,
    /// Events accepted in the review, joined after the loaded ones.
    pub accepted: Vec<Event>,
    /// The files the user opened for this load (documents among them go to the review).
    pub opened: Vec<PathBuf>,
}

/// Why a load gave no data.
#[derive(Debug, thiserror::Error)]
pub enum LoadFailed {
    /// The loader's message (it names the file, the place and the problem).
    #[error("{0}")]
    Load(String),
    #[error("{0}; the data on screen stays.")]
    Job(#[from] JobError),
}

/// How a job ended, as the app sees it.
pub type JobOutcome = Result<LoadOutcome, LoadFailed>;

/// A load running on its own thread.
pub struct LoadJob {
    pub request: LoadRequest,
    job: Job<JobOutcome, LoadProgress>,
}

impl LoadJob {
    /// Starts loading on a thread; `notify` (a repaint) is called when it ends. With `hold`, the
    /// work waits until the hold's sender sends or is dropped (tests that need a load still running).
    pub fn start(
        notify: impl FnOnce() + Send + 'static,
        request: LoadRequest,
        hold: Option<Receiver<()>>,
    ) -> Result<Self, JobError> {
        let paths = request.paths.clone();
        let accepted = request.accepted.clone();
        let job = Job::spawn("load data", notify, move |progress: &LoadProgress| {
            wait_for_release(hold);
            LoadedData::load(&paths, accepted, progress)
                .map_err(|e| LoadFailed::Load(e.to_string()))
        })?;
        Ok(Self { request, job })
    }

    /// The outcome, once the thread has one.
    pub fn poll(&self) -> Option<JobOutcome> {
        self.job.poll_result()
    }

    /// Blocks until the load ends (tests, and scripts that must have the data).
    pub fn wait(&self) -> JobOutcome {
        self.job.wait_result()
    }

    /// Asks the thread to stop; the caller drops the job.
    pub fn cancel(&self) {
        self.job.cancel();
    }

    /// The progress bar and the Cancel button; true when Cancel was pressed.
    pub fn progress_ui(&self, ui: &mut egui::Ui) -> bool {
        let what = format!(
            "Opening {}",
            atlas_core::session::describe(&self.request.paths)
        );
        progress_line(ui, &what, self.job.progress(), "Cancel loading")
    }
}

/// Which job a test holds (see [`crate::app::AtlasApp::hold_next`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeldJob {
    Load,
    Extraction,
    Export,
}

/// Blocks a job's work until the test holding it sends or drops its sender; nothing without a hold.
pub fn wait_for_release(hold: Option<Receiver<()>>) {
    if let Some(hold) = hold {
        // Sent or dropped: either way the work goes on.
        let _ = hold.recv();
    }
}

/// A job's `notify`: repaints the window, so that the next frame takes the job's result.
pub fn repaint_when_done(ctx: &egui::Context) -> impl FnOnce() + Send + 'static {
    let ctx = ctx.clone();
    move || ctx.request_repaint()
}

/// One line for a running job: what it does, a bar with its step and percentage, and a Cancel button
/// named `cancel_name` for screen readers; true when Cancel was pressed.
pub fn progress_line(
    ui: &mut egui::Ui,
    what: &str,
    progress: &impl Progress,
    cancel_name: &str,
) -> bool {
    let (step, fraction) = progress.status();
    let mut cancel = false;
    ui.horizontal(|ui| {
        ui.label(what);
        let text = if progress.is_cancelled() {
            "cancelling…".to_string()
        } else {
            format!("{step} {:.0}%", fraction * 100.0)
        };
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(320.0)
                .text(text),
        );
        cancel = super::named_button(ui, "Cancel", cancel_name).clicked();
    });
    // Keep the bar moving while the thread works.
    ui.ctx().request_repaint_after(Duration::from_millis(100));
    cancel
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(events: &str) -> LoadRequest {
        LoadRequest {
            paths: DataPaths {
                events: Some(PathBuf::from(events)),
                ..DataPaths::default()
            },
            ..LoadRequest::default()
        }
    }

    #[test]
    fn a_missing_file_fails_with_the_loaders_message() {
        let job = LoadJob::start(|| {}, request("/no/such/events.csv"), None).expect("starts");
        match job.wait() {
            Err(LoadFailed::Load(message)) => assert!(message.contains("events.csv"), "{message}"),
            Err(e) => panic!("not the loader's failure: {e}"),
            Ok(_) => panic!("a missing file loaded"),
        }
    }

    #[test]
    fn a_held_load_cancelled_before_it_starts_is_cancelled() {
        let (release, hold) = std::sync::mpsc::channel();
        let job =
            LoadJob::start(|| {}, request("/no/such/events.csv"), Some(hold)).expect("starts");
        assert!(job.poll().is_none(), "held, it cannot have ended");
        job.cancel();
        drop(release);
        assert!(matches!(job.wait(), Ok(LoadOutcome::Cancelled)));
    }
}
