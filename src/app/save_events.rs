//! File ▸ Save accepted events…: writes an events file (the project's events JSON) holding either every
//! event shown (the loaded ones and those accepted in the review) or only the accepted ones. Never into
//! the built-in data folder, never over an existing file without asking, always through a temporary
//! file renamed into place.

use super::save_path::{confirm_replace, Answer, PathField, PathKind};
use atlas_core::events_file;
use atlas_core::session::LoadedData;
use atlas_core::write_file::{write_atomically, WriteError};
use egui::Ui;
use std::path::{Path, PathBuf};

/// Which events go into the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhichEvents {
    /// The events shown: those loaded (built in or from a file) and the accepted ones.
    All,
    OnlyAccepted,
}

/// The folder the built-in data is compiled from.
pub fn builtin_data_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Why the events were not saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{} is a folder: give a file name (for example events.json).", .0.display())]
    IsFolder(PathBuf),
    #[error("The folder {} does not exist.", .0.display())]
    NoFolder(PathBuf),
    #[error(
        "{} is in the built-in data folder ({}): the built-in events are never replaced. Choose \
         another folder.",
        .path.display(),
        .builtin.display()
    )]
    BuiltinFolder { path: PathBuf, builtin: PathBuf },
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    #[error("{0}")]
    Write(#[from] WriteError),
}

/// Refuses a path inside the built-in data folder, a folder, or a path whose folder does not exist.
pub fn check_target(path: &Path) -> Result<(), SaveError> {
    if path.is_dir() {
        return Err(SaveError::IsFolder(path.to_path_buf()));
    }
    let parent = match path.parent() {
        Some(p) if p.as_os_str().is_empty() => Path::new("."),
        Some(p) => p,
        None => Path::new("."),
    };
    let Ok(folder) = parent.canonicalize() else {
        return Err(SaveError::NoFolder(parent.to_path_buf()));
    };
    let builtin = builtin_data_folder();
    let builtin = builtin.canonicalize().unwrap_or(builtin);
    if folder.starts_with(&builtin) {
        return Err(SaveError::BuiltinFolder {
            path: path.to_path_buf(),
            builtin,
        });
    }
    Ok(())
}

/// The events file's text: the dataset's controllers and the chosen events; and how many they are.
pub fn events_json(data: &LoadedData, which: WhichEvents) -> Result<(String, usize), SaveError> {
    let controllers = &data.dataset.controllers.controllers;
    let text = match which {
        WhichEvents::All => {
            events_file::events_json(controllers, data.dataset.events.iter().map(|e| &e.event))
        }
        WhichEvents::OnlyAccepted => events_file::events_json(controllers, data.accepted()),
    };
    let n = match which {
        WhichEvents::All => data.dataset.events.len(),
        WhichEvents::OnlyAccepted => data.accepted().len(),
    };
    Ok((text?, n))
}

/// Writes the events file; returns how many events it holds.
pub fn write_events(
    data: &LoadedData,
    which: WhichEvents,
    path: &Path,
    replace: bool,
) -> Result<usize, SaveError> {
    check_target(path)?;
    let (text, n) = events_json(data, which)?;
    write_atomically(path, replace, |temp| {
        std::fs::write(temp, &text).map_err(|source| WriteError::Io {
            path: path.to_path_buf(),
            source,
        })
    })?;
    Ok(n)
}

/// The "Save accepted events" window.
pub struct SaveEventsWindow {
    open: bool,
    which: WhichEvents,
    path: PathField,
    /// A save waiting for the answer to "replace?".
    confirm: Option<PathBuf>,
    error: Option<String>,
}

impl Default for SaveEventsWindow {
    fn default() -> Self {
        let suggested = std::env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_default()
            .join("accepted-events.json");
        Self {
            open: false,
            which: WhichEvents::All,
            path: PathField::new(
                PathKind::File {
                    filter: "Events JSON",
                    extensions: &["json"],
                },
                &suggested,
            ),
            confirm: None,
            error: None,
        }
    }
}

impl SaveEventsWindow {
    pub fn open(&mut self) {
        self.open = true;
        self.error = None;
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Draws the window; returns a message once a file is written.
    pub fn show(&mut self, ctx: &egui::Context, data: &LoadedData) -> Option<String> {
        let mut open = self.open;
        let mut save = None;
        egui::Window::new("Save accepted events")
            .open(&mut open)
            .default_width(560.0)
            .collapsible(false)
            .show(ctx, |ui| save = self.body(ui, data));
        self.open = open && self.open;
        let mut saved = None;
        if let Some(path) = save {
            saved = self.save(ctx, data, path, false);
        }
        if let Some(path) = self.confirm.clone() {
            match confirm_replace(ctx, "events", std::slice::from_ref(&path)) {
                Some(Answer::Replace) => {
                    self.confirm = None;
                    saved = self.save(ctx, data, path, true);
                }
                Some(Answer::Cancel) => self.confirm = None,
                None => {}
            }
        }
        saved
    }

    fn body(&mut self, ui: &mut Ui, data: &LoadedData) -> Option<PathBuf> {
        let accepted = data.accepted().len();
        let loaded = data.dataset.events.len().saturating_sub(accepted);
        let origin = if data.report.import.events_path.is_some() {
            "loaded from the events file"
        } else {
            "built in"
        };
        ui.label(format!("{accepted} event(s) accepted in the review."));
        ui.label("Write into the new file:");
        ui.radio_value(
            &mut self.which,
            WhichEvents::All,
            format!("All the events shown: the {loaded} {origin}, and the {accepted} accepted"),
        );
        ui.radio_value(
            &mut self.which,
            WhichEvents::OnlyAccepted,
            format!("Only the {accepted} accepted event(s)"),
        );
        ui.weak(
            "The accepted events quote the documents they come from: keep those documents with the \
             file (open them with it).",
        );
        ui.add_space(4.0);
        let picked = self.path.ui(ui, "Save to");
        let mut save = None;
        ui.horizontal(|ui| {
            let can = self.path.path().is_some() && self.confirm.is_none();
            if ui.add_enabled(can, egui::Button::new("Save")).clicked() || picked {
                save = self.path.path();
            }
            if ui.button("Close").clicked() {
                self.open = false;
            }
        });
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        save
    }

    /// Saves, or asks first when the file exists and `replace` is false.
    fn save(
        &mut self,
        ctx: &egui::Context,
        data: &LoadedData,
        path: PathBuf,
        replace: bool,
    ) -> Option<String> {
        if let Err(e) = check_target(&path) {
            self.error = Some(e.to_string());
            return None;
        }
        if path.exists() && !replace {
            self.error = None;
            self.confirm = Some(path);
            // The question shows on the next frame: make sure there is one.
            ctx.request_repaint();
            return None;
        }
        match write_events(data, self.which, &path, replace) {
            Ok(n) => {
                self.error = None;
                self.open = false;
                Some(format!("Saved {n} event(s) to {}.", path.display()))
            }
            Err(e) => {
                self.error = Some(format!("Could not save: {e}"));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_folder_is_refused() {
        let inside = builtin_data_folder().join("events.json");
        let err = check_target(&inside).expect_err("refused");
        assert!(matches!(err, SaveError::BuiltinFolder { .. }), "{err}");
        assert!(err.to_string().contains("built-in"), "{err}");
        let err = check_target(&builtin_data_folder().join("sources/x.json")).expect_err("refused");
        assert!(matches!(err, SaveError::BuiltinFolder { .. }), "{err}");
        assert!(check_target(&std::env::temp_dir().join("aleppo-x.json")).is_ok());
        let err = check_target(Path::new("/no/such/folder/x.json")).expect_err("missing");
        assert!(err.to_string().contains("does not exist"), "{err}");
    }

    #[test]
    fn only_accepted_writes_only_them() {
        let data = LoadedData::builtin().expect("built-in");
        let (text, n) = events_json(&data, WhichEvents::OnlyAccepted).expect("json");
        assert_eq!(n, 0);
        assert!(text.contains("\"events\": []"), "{text}");
        let (_, all) = events_json(&data, WhichEvents::All).expect("json");
        assert_eq!(all, data.dataset.events.len());
    }
}
