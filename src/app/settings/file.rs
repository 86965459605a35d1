//! The settings file: read within a bound, written atomically, and set aside (never dropped without
//! a word) when it cannot be read; eframe's own window-state file is set aside the same way.

use super::{RecentData, Settings, MAX_SETTINGS_BYTES, SETTINGS_FILE_NAME, WINDOW_STATE_FILE_NAME};
use crate::app::APP_ID;
use atlas_core::write_file::{write_atomically, WriteError};
use std::collections::HashMap;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The app's own settings file, `settings.json` (see the module documentation).
pub struct SettingsFile;

/// Settings files that could not be read nor set aside this session: [`SettingsFile::save`] does not
/// write over them, so the user's only copy of the old settings is not lost.
static KEEP_AS_IS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn keep_as_is(path: &Path, keep: bool) {
    let mut list = KEEP_AS_IS.lock().unwrap_or_else(|e| e.into_inner());
    list.retain(|p| p != path);
    if keep {
        list.push(path.to_path_buf());
    }
}

fn kept_as_is(path: &Path) -> bool {
    KEEP_AS_IS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .any(|p| p == path)
}

impl SettingsFile {
    /// `settings.json` in eframe's storage folder for this app (on Linux
    /// `~/.local/share/aleppo-atlas/settings.json`); None when the system has no such folder.
    pub fn default_location() -> Option<PathBuf> {
        eframe::storage_dir(APP_ID).map(|dir| dir.join(SETTINGS_FILE_NAME))
    }

    /// Reads the settings. A missing file gives the defaults and no notice. A file that cannot be read
    /// is renamed aside (see [`set_aside`]) and the defaults are used, with a notice for the user saying
    /// which file, where and what was wrong, and where it went; if it cannot even be renamed, the notice
    /// says so and [`SettingsFile::save`] will not write over it.
    pub fn load(path: &Path) -> (Settings, Option<String>) {
        Self::load_with(path, set_aside)
    }

    pub(super) fn load_with(
        path: &Path,
        set_aside: impl FnOnce(&Path) -> std::io::Result<PathBuf>,
    ) -> (Settings, Option<String>) {
        let problem = match read_settings(path) {
            Ok(settings) => {
                keep_as_is(path, false);
                return (settings.unwrap_or_default(), None);
            }
            Err(problem) => problem,
        };
        let read = format!(
            "Your saved settings in {} could not be read: {problem}. The app starts with the default \
             settings.",
            path.display()
        );
        let notice = match set_aside(path) {
            Ok(aside) => {
                keep_as_is(path, false);
                format!(
                    "{read} The file was kept, unchanged, as {} in the same folder, in case you want \
                     to look at it.",
                    file_name(&aside)
                )
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                keep_as_is(path, false);
                format!("{read} The file has since disappeared.")
            }
            Err(e) => {
                keep_as_is(path, true);
                format!(
                    "{read} It could not be set aside either ({e}), so it is left as it is and the \
                     settings will not be saved over it; fix or remove it to have settings saved again."
                )
            }
        };
        (Settings::default(), Some(notice))
    }

    /// Writes the settings atomically (a temporary file in the same folder, renamed into place), making
    /// the folder if needed. Refuses to write over a file [`SettingsFile::load`] could neither read nor
    /// set aside. Recent entries whose paths are not valid Unicode are left out.
    pub fn save(path: &Path, settings: &Settings) -> Result<(), SettingsSaveError> {
        if kept_as_is(path) {
            return Err(SettingsSaveError::KeptAsIs(path.to_path_buf()));
        }
        let failed = |source: SaveFailure| SettingsSaveError::Failed {
            path: path.to_path_buf(),
            source,
        };
        let mut on_disk = settings.clone();
        on_disk.recent.retain(RecentData::is_representable);
        let mut text =
            serde_json::to_string_pretty(&on_disk).map_err(|e| failed(SaveFailure::Json(e)))?;
        text.push('\n');
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| failed(SaveFailure::Io(e)))?;
        }
        write_atomically(path, true, |temp| {
            write_synced(temp, text.as_bytes()).map_err(|source| WriteError::Io {
                path: path.to_path_buf(),
                source,
            })
        })
        .map_err(|e| {
            failed(match e {
                WriteError::Io { source, .. } => SaveFailure::Io(source),
                other => SaveFailure::Write(other),
            })
        })
    }
}

/// Why the settings were not saved, in words for the user.
#[derive(Debug, thiserror::Error)]
pub enum SettingsSaveError {
    #[error(
        "The settings were not saved: {} could not be read or set aside when the app started, so it \
         is left as it is. Fix or remove it to have settings saved again.",
        .0.display()
    )]
    KeptAsIs(PathBuf),
    #[error("Could not save the settings to {}: {source}", path.display())]
    Failed { path: PathBuf, source: SaveFailure },
}

/// What went wrong writing the settings file.
#[derive(Debug, thiserror::Error)]
pub enum SaveFailure {
    #[error("{0}")]
    Io(std::io::Error),
    #[error("{0}")]
    Json(serde_json::Error),
    #[error("{0}")]
    Write(WriteError),
}

/// Writes and flushes to disk, so the rename that follows never puts an empty file in place.
fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Why a settings or window-state file could not be read, in words for the user.
#[derive(Debug)]
enum Unreadable {
    Io(std::io::Error),
    TooLarge(u64),
    NotUtf8 { offset: usize },
    Empty,
    Json(serde_json::Error),
    Ron(ron::error::SpannedError),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Io(e) => write!(f, "the file could not be opened ({e})"),
            Self::TooLarge(size) => write!(
                f,
                "the file is {size} bytes long, more than the {MAX_SETTINGS_BYTES} bytes settings \
                 can take, so it is not a settings file or it is damaged"
            ),
            Self::NotUtf8 { offset } => write!(
                f,
                "the file is not text (byte {} is not valid UTF-8), so it is damaged",
                offset + 1
            ),
            Self::Empty => write!(f, "the file is empty"),
            Self::Json(e) => {
                let what = atlas_core::model::error::json_error_message(e);
                let (line, column) = (e.line(), e.column());
                match e.classify() {
                    serde_json::error::Category::Data => write!(
                        f,
                        "at line {line}, column {column} a setting has the wrong kind of value ({what})"
                    ),
                    serde_json::error::Category::Eof => write!(
                        f,
                        "the file ends too early, at line {line}, column {column} ({what}), so it \
                         is damaged"
                    ),
                    _ => write!(
                        f,
                        "the file is not valid JSON at line {line}, column {column} ({what})"
                    ),
                }
            }
            Self::Ron(e) => write!(
                f,
                "the file is damaged at line {}, column {} ({})",
                e.span.start.line, e.span.start.col, e.code
            ),
        }
    }
}

/// Reads up to `limit` bytes; a longer file is [`Unreadable::TooLarge`], a missing one `Ok(None)`.
fn read_limited(path: &Path, limit: Option<u64>) -> Result<Option<Vec<u8>>, Unreadable> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Unreadable::Io(e)),
    };
    let mut bytes = Vec::new();
    match limit {
        Some(limit) => {
            file.take(limit.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(Unreadable::Io)?;
            if bytes.len() as u64 > limit {
                let size = std::fs::metadata(path)
                    .map(|m| m.len())
                    .unwrap_or(bytes.len() as u64);
                return Err(Unreadable::TooLarge(size));
            }
        }
        None => {
            let mut file = file;
            file.read_to_end(&mut bytes).map_err(Unreadable::Io)?;
        }
    }
    Ok(Some(bytes))
}

/// The settings in `path`; `Ok(None)` when there is no such file.
fn read_settings(path: &Path) -> Result<Option<Settings>, Unreadable> {
    let Some(bytes) = read_limited(path, Some(MAX_SETTINGS_BYTES))? else {
        return Ok(None);
    };
    let text = std::str::from_utf8(&bytes).map_err(|e| Unreadable::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Unreadable::Empty);
    }
    let mut settings: Settings = serde_json::from_str(text).map_err(Unreadable::Json)?;
    settings.tidy();
    Ok(Some(settings))
}

/// Renames a file that could not be read to `<name>.corrupt-<YYYYMMDD-HHMMSS>` in the same folder
/// (local time; `-2`, `-3`… added when that name is taken) and returns the new path.
pub fn set_aside(path: &Path) -> std::io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("the path has no file name"))?
        .to_string_lossy()
        .into_owned();
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let base = format!("{name}.corrupt-{stamp}");
    for n in 1..=1000 {
        let candidate = if n == 1 {
            path.with_file_name(&base)
        } else {
            path.with_file_name(format!("{base}-{n}"))
        };
        if std::fs::symlink_metadata(&candidate).is_ok() {
            continue;
        }
        std::fs::rename(path, &candidate)?;
        return Ok(candidate);
    }
    Err(std::io::Error::other(format!(
        "{base} and a thousand numbered names after it are all taken"
    )))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Sets eframe's `app.ron` in `dir` aside (as [`set_aside`] does) when it does not parse as the map
/// of strings eframe writes, and returns a notice for the user; None when the file is fine or absent.
/// eframe itself would silently ignore such a file and overwrite it. Call before eframe starts.
pub fn set_aside_if_corrupt_window_state(dir: &Path) -> Option<String> {
    let path = dir.join(WINDOW_STATE_FILE_NAME);
    let problem = match read_limited(&path, None) {
        Ok(None) => return None,
        Ok(Some(bytes)) => match ron::de::from_bytes::<HashMap<String, String>>(&bytes) {
            Ok(_) => return None,
            Err(_) if bytes.iter().all(u8::is_ascii_whitespace) => Unreadable::Empty,
            Err(e) => Unreadable::Ron(e),
        },
        Err(problem) => problem,
    };
    let read = format!(
        "The saved window size and layout in {} could not be read: {problem}. The window opens with \
         its default size.",
        path.display()
    );
    Some(match set_aside(&path) {
        Ok(aside) => format!(
            "{read} The file was kept, unchanged, as {} in the same folder.",
            file_name(&aside)
        ),
        Err(e) => format!(
            "{read} It could not be set aside ({e}); it will be replaced when the app closes."
        ),
    })
}
