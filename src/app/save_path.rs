//! Where a save or an export goes: a path field the user can type into, and a "Choose…" button that
//! opens the system's save (or folder) dialog as a background job, so the window keeps drawing. When no
//! dialog can be shown, the user is told so and the field is the way in. [`confirm_replace`] is the
//! question asked before an existing file is replaced.

use super::open_files::{dialog_answer, dialog_job, DialogOutcome};
use atlas_core::job::Job;
use egui::{Ui, WidgetInfo};
use std::path::{Path, PathBuf};

/// Shown when no save dialog could be shown.
pub const NO_SAVE_DIALOG_MESSAGE: &str = "No file dialog could be shown on this system (it needs \
the xdg desktop portal or zenity). Type the path in the field instead.";

/// What the dialog picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    /// A file to write, with the filter's name and its extensions.
    File {
        filter: &'static str,
        extensions: &'static [&'static str],
    },
    /// A folder to write into.
    Folder,
}

/// A path field with a dialog button.
pub struct PathField {
    pub text: String,
    kind: PathKind,
    pending: Option<Job<DialogOutcome>>,
    no_dialog: bool,
}

impl PathField {
    /// A field holding `initial` (a suggested path; may be empty).
    pub fn new(kind: PathKind, initial: &Path) -> Self {
        Self {
            text: initial.display().to_string(),
            kind,
            pending: None,
            no_dialog: false,
        }
    }

    /// The path typed or picked (`~/` stands for the home folder); None when the field is empty.
    pub fn path(&self) -> Option<PathBuf> {
        let text = self.text.trim();
        if text.is_empty() {
            return None;
        }
        match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
            (Some(rest), Some(home)) => Some(PathBuf::from(home).join(rest)),
            _ => Some(PathBuf::from(text)),
        }
    }

    pub fn is_choosing(&self) -> bool {
        self.pending.is_some()
    }

    /// The field (named `name` for screen readers) and its "Choose…" button. Returns true when the
    /// dialog has just picked a path (now in the field).
    pub fn ui(&mut self, ui: &mut Ui, name: &str) -> bool {
        let picked = self.poll();
        ui.horizontal(|ui| {
            let label = ui.label(name);
            ui.add(
                egui::TextEdit::singleline(&mut self.text)
                    .desired_width(ui.available_width() - 90.0)
                    .hint_text(match self.kind {
                        PathKind::File { .. } => "/path/to/file",
                        PathKind::Folder => "/path/to/folder",
                    }),
            )
            .labelled_by(label.id);
            let choose = ui.add_enabled(self.pending.is_none(), egui::Button::new("Choose…"));
            let choose_name = format!("Choose: {name}");
            choose.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &choose_name));
            if choose.on_hover_text("Open the file dialog").clicked() {
                self.start(ui.ctx());
            }
        });
        if self.pending.is_some() {
            ui.weak("A file dialog is open…");
        }
        if self.no_dialog {
            ui.colored_label(ui.visuals().warn_fg_color, NO_SAVE_DIALOG_MESSAGE);
        }
        picked
    }

    fn poll(&mut self) -> bool {
        let Some(outcome) = self.pending.as_ref().and_then(dialog_answer) else {
            return false;
        };
        self.pending = None;
        match outcome {
            DialogOutcome::Picked(paths) => match paths.into_iter().next() {
                Some(path) => {
                    self.no_dialog = false;
                    self.text = path.display().to_string();
                    true
                }
                None => false,
            },
            DialogOutcome::NoDialog => {
                self.no_dialog = true;
                false
            }
            DialogOutcome::Cancelled => false,
        }
    }

    /// Opens the dialog on a thread, starting where the field points; the window is repainted when it
    /// answers.
    fn start(&mut self, ctx: &egui::Context) {
        let kind = self.kind;
        let current = self.path();
        let job = dialog_job(
            "save dialog",
            super::load_job::repaint_when_done(ctx),
            move || {
                let mut dialog = rfd::FileDialog::new();
                let picked = match kind {
                    PathKind::File { filter, extensions } => {
                        dialog = dialog.set_title("Save as").add_filter(filter, extensions);
                        if let Some(current) = &current {
                            if let Some(dir) = current.parent().filter(|d| d.is_dir()) {
                                dialog = dialog.set_directory(dir);
                            }
                            if let Some(name) = current.file_name().and_then(|n| n.to_str()) {
                                dialog = dialog.set_file_name(name);
                            }
                        }
                        dialog.save_file()
                    }
                    PathKind::Folder => {
                        dialog = dialog.set_title("Choose a folder");
                        if let Some(dir) = current.as_deref().filter(|d| d.is_dir()) {
                            dialog = dialog.set_directory(dir);
                        }
                        dialog.pick_folder()
                    }
                };
                picked.map(|path| vec![path])
            },
        );
        match job {
            Ok(job) => self.pending = Some(job),
            Err(_) => self.no_dialog = true,
        }
    }
}

/// The user's answer to [`confirm_replace`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Replace,
    Cancel,
}

/// A modal asking whether to replace `what` (files that exist); None while unanswered. Esc or a click
/// beside it cancels.
pub fn confirm_replace(ctx: &egui::Context, id: &str, what: &[PathBuf]) -> Option<Answer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(("confirm replace", id))).show(ctx, |ui| {
        ui.set_max_width(460.0);
        let (heading, undone) = match what {
            [_] => (
                "Replace the existing file?",
                "Replacing it cannot be undone.",
            ),
            _ => (
                "Replace the existing files?",
                "Replacing them cannot be undone.",
            ),
        };
        ui.heading(heading);
        const SHOWN: usize = 4;
        for path in what.iter().take(SHOWN) {
            ui.label(format!("{} already exists.", path.display()));
        }
        if what.len() > SHOWN {
            ui.label(format!("… and {} more files.", what.len() - SHOWN));
        }
        ui.label(undone);
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("Replace").clicked() {
                answer = Some(Answer::Replace);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(Answer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(Answer::Cancel);
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_folder_is_expanded_and_blank_is_none() {
        let kind = PathKind::Folder;
        let mut field = PathField::new(kind, Path::new(""));
        assert_eq!(field.path(), None);
        field.text = " /tmp/a.png ".into();
        assert_eq!(field.path(), Some(PathBuf::from("/tmp/a.png")));
        if let Some(home) = std::env::var_os("HOME") {
            field.text = "~/x.gif".into();
            assert_eq!(field.path(), Some(PathBuf::from(home).join("x.gif")));
        }
    }
}
