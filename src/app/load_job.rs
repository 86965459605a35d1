//! Loading off the UI thread: a [`LoadJob`] runs [`LoadedData::load`] on a thread of its own and
//! hands back the outcome, while the window keeps drawing the data it has and shows a progress bar with
//! a Cancel button. Cancelling stops waiting at once (the data on screen stays); the thread stops at
//! its next check and its work is dropped.

use atlas_core::join::{DataPaths, LoadProgress};
use atlas_core::model::Event;
use atlas_core::session::{LoadOutcome, LoadedData};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;
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

/// How a job ended, as the app sees it.
pub enum JobOutcome {
    Done(LoadOutcome),
    /// The loader's message (it names the file, the place and the problem).
    Failed(String),
}

/// A load running on its own thread.
pub struct LoadJob {
    pub request: LoadRequest,
    progress: Arc<LoadProgress>,
    receiver: Receiver<JobOutcome>,
}

impl LoadJob {
    /// Starts loading on a thread; the window is repainted when it ends.
    pub fn start(ctx: &egui::Context, request: LoadRequest) -> Result<Self, String> {
        let progress = Arc::new(LoadProgress::default());
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let watched = Arc::clone(&progress);
        let paths = request.paths.clone();
        let accepted = request.accepted.clone();
        std::thread::Builder::new()
            .name("load data".into())
            .spawn(move || {
                let outcome = match LoadedData::load(&paths, accepted, &watched) {
                    Ok(outcome) => JobOutcome::Done(outcome),
                    Err(e) => JobOutcome::Failed(e.to_string()),
                };
                // A cancelled job's receiver may be gone; then the outcome is simply dropped.
                let _ = sender.send(outcome);
                ctx.request_repaint();
            })
            .map_err(|e| format!("Could not start loading the data: {e}"))?;
        Ok(Self {
            request,
            progress,
            receiver,
        })
    }

    /// The outcome, once the thread has one.
    pub fn poll(&self) -> Option<JobOutcome> {
        match self.receiver.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(JobOutcome::Failed(
                "The load stopped without an answer (its thread ended unexpectedly); the data on \
                 screen stays."
                    .into(),
            )),
        }
    }

    /// Asks the thread to stop; the caller drops the job.
    pub fn cancel(&self) {
        self.progress.cancel();
    }

    /// Blocks until the job ends or `limit` passes (tests, and a start-up that must have its data).
    pub fn wait(&self, limit: Duration) -> Option<JobOutcome> {
        self.receiver.recv_timeout(limit).ok()
    }

    /// The step in words and the fraction done.
    pub fn progress(&self) -> (String, f32) {
        (self.progress.text(), self.progress.fraction())
    }

    /// The progress bar and the Cancel button; true when Cancel was pressed.
    pub fn progress_ui(&self, ui: &mut egui::Ui) -> bool {
        let (text, fraction) = self.progress();
        let mut cancel = false;
        ui.horizontal(|ui| {
            ui.label(format!(
                "Opening {}",
                atlas_core::session::describe(&self.request.paths)
            ));
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(320.0)
                    .text(format!("{text} {:.0}%", fraction * 100.0)),
            );
            cancel = super::named_button(ui, "Cancel", "Cancel loading").clicked();
        });
        // Keep the bar moving while the thread works.
        ui.ctx().request_repaint_after(Duration::from_millis(100));
        cancel
    }
}
