//! The ways files come in: the File ▸ Open dialog (rfd, run on its own thread so the window keeps
//! drawing, with the answer sent back over a channel), files dropped onto the window, and the command
//! line. When no dialog can be shown, the user is told so and pointed to the other two ways.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
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
pub(crate) const TOO_FAST_FOR_A_PERSON: Duration = Duration::from_millis(250);

/// Whether the dialog picks files or a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    Files,
    SourcesFolder,
}

/// A file dialog that may be open on its own thread.
#[derive(Default)]
pub struct OpenFiles {
    pending: Option<Receiver<DialogOutcome>>,
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
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file dialog".into())
            .spawn(move || {
                let started = Instant::now();
                let dialog = rfd::FileDialog::new().set_title("Open Aleppo Atlas data");
                let picked = match kind {
                    DialogKind::Files => dialog
                        .add_filter(
                            "District layers, events, bundles, documents",
                            &["geojson", "json", "csv", "txt", "md"],
                        )
                        .add_filter("All files", &["*"])
                        .pick_files(),
                    DialogKind::SourcesFolder => dialog.pick_folder().map(|f| vec![f]),
                };
                let outcome = match picked {
                    Some(files) if !files.is_empty() => DialogOutcome::Picked(files),
                    _ if started.elapsed() < TOO_FAST_FOR_A_PERSON => DialogOutcome::NoDialog,
                    _ => DialogOutcome::Cancelled,
                };
                // The window may have closed meanwhile; then nobody is listening, which is fine.
                let _ = sender.send(outcome);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.pending = Some(receiver),
            Err(_) => {
                let (sender, receiver) = mpsc::channel();
                let _ = sender.send(DialogOutcome::NoDialog);
                self.pending = Some(receiver);
            }
        }
    }

    /// The dialog's answer, once it has one.
    pub fn poll(&mut self) -> Option<DialogOutcome> {
        let receiver = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(outcome) => {
                self.pending = None;
                Some(outcome)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                Some(DialogOutcome::NoDialog)
            }
        }
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
