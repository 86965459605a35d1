//! What the app remembers between runs, and the file it keeps it in.
//!
//! [`Settings`]: the theme, the label script, the basemap, the last date, the visible range, the playback speed, the districts that
//! were selected and the data sets opened recently ([`RecentData`]). Never the loaded data itself: the
//! data comes back from the files (or the built-in set) on every start.
//!
//! [`SettingsFile`] keeps them in `settings.json`, in the folder where eframe keeps its own state. A
//! file that cannot be read (damaged, not JSON, too large, values of the wrong kind) is renamed aside
//! to `settings.json.corrupt-<YYYYMMDD-HHMMSS>` and the defaults are used, with a notice for the user
//! saying what was wrong and where the file went: settings are never dropped without a word. Unknown and
//! missing fields are not damage, so older and newer versions of the app read each other's files.
//!
//! eframe's own `app.ron` (window size and position, egui's memory) is silently ignored and then
//! overwritten by eframe when it cannot be parsed; [`set_aside_if_corrupt_window_state`] sets such a
//! file aside the same way, with a notice, before eframe starts.

use crate::app::APP_ID;
use atlas_core::join::DataPaths;
use atlas_core::model::date::parse_day;
use atlas_core::model::PropertyNames;
use atlas_core::write_file::{write_atomically, WriteError};
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::HashMap;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The settings file's name, in eframe's storage folder.
pub const SETTINGS_FILE_NAME: &str = "settings.json";

/// eframe's own state file (window geometry, egui memory), in the same folder.
pub const WINDOW_STATE_FILE_NAME: &str = "app.ron";

/// A settings file larger than this is refused as damaged: real settings take a few kilobytes.
pub const MAX_SETTINGS_BYTES: u64 = 1_000_000;

/// At most this many recently opened data sets are remembered.
pub const MAX_RECENT: usize = 10;

/// Light, dark, or whatever the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [Self::System, Self::Light, Self::Dark];

    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Follow the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// The script of the district labels on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LabelChoice {
    #[default]
    Latin,
    Arabic,
}

impl LabelChoice {
    pub const ALL: [LabelChoice; 2] = [Self::Latin, Self::Arabic];

    pub fn label(self) -> &'static str {
        match self {
            Self::Latin => "Latin names",
            Self::Arabic => "Arabic names (عربي)",
        }
    }

    pub fn script(self) -> atlas_draw::map_view::LabelScript {
        match self {
            Self::Latin => atlas_draw::map_view::LabelScript::Latin,
            Self::Arabic => atlas_draw::map_view::LabelScript::Arabic,
        }
    }
}

/// A label script by name; one this version does not know is Latin, not damage.
fn labels_or_latin<'de, D: Deserializer<'de>>(deserializer: D) -> Result<LabelChoice, D::Error> {
    let name = String::deserialize(deserializer)?;
    Ok(serde_json::from_value(serde_json::Value::String(name)).unwrap_or_default())
}

/// The remembered settings; every field has a default so an old or partial file still loads, and
/// fields this version does not know are ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    /// A theme this version does not know (from a newer one) reads as [`ThemeChoice::System`].
    #[serde(deserialize_with = "theme_or_system")]
    pub theme: ThemeChoice,
    /// The day shown when the app was closed (`YYYY-MM-DD` in the file). One that is not a date
    /// (hand-edited) is forgotten, not damage.
    #[serde(deserialize_with = "day_or_none")]
    pub last_date: Option<NaiveDate>,
    /// The visible part of the timeline (`YYYY-MM-DD` each in the file); forgotten when either end is
    /// not a date.
    #[serde(deserialize_with = "range_or_none")]
    pub range: Option<(NaiveDate, NaiveDate)>,
    /// Playback speed in days per second.
    pub speed: Option<f64>,
    /// Data sets opened recently, most recent first, at most [`MAX_RECENT`], no two with the same files.
    pub recent: Vec<RecentData>,
    /// Ids of the districts selected when the app was closed.
    pub selection: Vec<String>,
    /// The script of the district labels.
    #[serde(deserialize_with = "labels_or_latin")]
    pub labels: LabelChoice,
    /// The basemap under the districts.
    pub basemap: BasemapSettings,
}

/// The basemap as the user left it. Online tiles are fetched only once the user has turned the
/// online basemap on (`online_agreed`); a tile file needs no agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BasemapSettings {
    /// Whether a basemap is drawn.
    pub shown: bool,
    /// Whether the tiles come from `file` (else from `address`).
    pub from_file: bool,
    /// The XYZ address of online tiles.
    pub address: String,
    /// The user turned the online basemap on at least once: it may contact the tile server.
    pub online_agreed: bool,
    /// The MBTiles or PMTiles file last opened.
    pub file: Option<PathBuf>,
    /// 0 (hidden) to 1.
    pub opacity: f32,
}

impl Default for BasemapSettings {
    fn default() -> Self {
        Self {
            shown: false,
            from_file: false,
            address: atlas_tiles::source::OSM_TEMPLATE.to_string(),
            online_agreed: false,
            file: None,
            opacity: 1.0,
        }
    }
}

impl BasemapSettings {
    /// The source to draw now (None: none, or online tiles the user has not agreed to).
    pub fn source(&self) -> Option<atlas_tiles::BasemapSource> {
        if !self.shown {
            return None;
        }
        if self.from_file {
            return self.file.clone().map(atlas_tiles::BasemapSource::File);
        }
        self.online_agreed
            .then(|| atlas_tiles::BasemapSource::Online {
                template: self.address.clone(),
            })
    }
}

impl Settings {
    /// Puts a data set at the front of the recent list. The same files opened again move to the front
    /// (with the new property names, if they differ); the list keeps at most [`MAX_RECENT`]. Relative
    /// paths are made absolute against the current folder, so the entry still works after a restart
    /// from elsewhere. An empty entry, or one with a path that is not valid Unicode (which the JSON
    /// file cannot hold), is not remembered.
    pub fn remember(&mut self, recent: RecentData) {
        if recent.is_empty() || !recent.is_representable() {
            return;
        }
        let recent = recent.absolute();
        self.recent.retain(|r| !r.same_files(&recent));
        self.recent.insert(0, recent);
        self.recent.truncate(MAX_RECENT);
    }

    /// Holds a hand-edited or older file to the rules [`Settings::remember`] keeps: no empty or
    /// repeated entries, at most [`MAX_RECENT`].
    fn tidy(&mut self) {
        let mut kept: Vec<RecentData> = Vec::with_capacity(self.recent.len().min(MAX_RECENT));
        for r in std::mem::take(&mut self.recent) {
            if kept.len() < MAX_RECENT && !r.is_empty() && !kept.iter().any(|k| k.same_files(&r)) {
                kept.push(r);
            }
        }
        self.recent = kept;
    }
}

/// A theme by name; a name this version does not know is [`ThemeChoice::System`], not damage.
fn theme_or_system<'de, D: Deserializer<'de>>(deserializer: D) -> Result<ThemeChoice, D::Error> {
    let name = String::deserialize(deserializer)?;
    Ok(serde_json::from_value(serde_json::Value::String(name)).unwrap_or_default())
}

/// A day written as `YYYY-MM-DD`; a string that is not one reads as None, as older versions (which kept
/// the text and parsed it when used) ignored it. A value that is not a string at all is damage.
fn day_or_none<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    let text = Option::<String>::deserialize(deserializer)?;
    Ok(text.and_then(|t| parse_day(&t).ok()))
}

/// Two days written as `YYYY-MM-DD`; None when either is not a date (see [`day_or_none`]).
fn range_or_none<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<(NaiveDate, NaiveDate)>, D::Error> {
    let texts = Option::<(String, String)>::deserialize(deserializer)?;
    Ok(texts.and_then(|(a, b)| Some((parse_day(&a).ok()?, parse_day(&b).ok()?))))
}

/// What was opened together: a bundle, and/or a district layer, an events file, a sources folder and
/// documents, with the layer's property names when they were not the usual ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RecentData {
    pub districts: Option<PathBuf>,
    pub events: Option<PathBuf>,
    /// A folder of source documents.
    pub sources: Option<PathBuf>,
    /// A bundle folder or manifest file.
    pub bundle: Option<PathBuf>,
    pub documents: Vec<PathBuf>,
    #[serde(deserialize_with = "property_names_ignoring_unknown_fields")]
    pub property_names: Option<PropertyNames>,
}

/// [`PropertyNames`] refuses unknown fields (right for a bundle manifest); a settings file written by
/// a newer version must still load, so here they are ignored.
fn property_names_ignoring_unknown_fields<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<PropertyNames>, D::Error> {
    #[derive(Deserialize)]
    struct Loose {
        id: String,
        name: String,
    }
    Ok(
        Option::<Loose>::deserialize(deserializer)?.map(|l| PropertyNames {
            id: l.id,
            name: l.name,
        }),
    )
}

/// The longest label [`RecentData::describe`] gives, in characters.
const LABEL_CHARS: usize = 60;

impl From<&DataPaths> for RecentData {
    fn from(paths: &DataPaths) -> Self {
        Self {
            districts: paths.districts.clone(),
            events: paths.events.clone(),
            sources: paths.sources.clone(),
            bundle: paths.bundle.clone(),
            documents: paths.documents.clone(),
            property_names: paths.property_names.clone(),
        }
    }
}

impl RecentData {
    /// The files to load for this entry.
    pub fn to_paths(&self) -> DataPaths {
        DataPaths {
            districts: self.districts.clone(),
            events: self.events.clone(),
            sources: self.sources.clone(),
            documents: self.documents.clone(),
            bundle: self.bundle.clone(),
            property_names: self.property_names.clone(),
        }
    }

    /// Every path of the entry: bundle, districts, events, sources, then the documents.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        [&self.bundle, &self.districts, &self.events, &self.sources]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .chain(self.documents.iter().map(PathBuf::as_path))
    }

    /// True when the entry names no file at all.
    pub fn is_empty(&self) -> bool {
        self.paths().next().is_none()
    }

    /// A short label for a menu: the file names (a folder's with a trailing `/`), the first few and
    /// how many more, at most 60 characters.
    pub fn describe(&self) -> String {
        let mut names: Vec<String> = Vec::new();
        let mut add = |path: &Option<PathBuf>, folder: bool| {
            if let Some(p) = path {
                names.push(short_name(p, folder));
            }
        };
        add(&self.bundle, false);
        add(&self.districts, false);
        add(&self.events, false);
        add(&self.sources, true);
        names.extend(self.documents.iter().map(|p| short_name(p, false)));
        let label = match names.len() {
            0 => "(no files)".to_string(),
            1..=3 => names.join(" + "),
            n => format!("{} + {} + {} more", names[0], names[1], n - 2),
        };
        if label.chars().count() > LABEL_CHARS {
            let mut cut: String = label.chars().take(LABEL_CHARS - 1).collect();
            cut.push('…');
            cut
        } else {
            label
        }
    }

    /// The entry's paths that no longer exist (or cannot be reached), in [`RecentData::paths`] order.
    pub fn missing_files(&self) -> Vec<PathBuf> {
        self.paths()
            .filter(|p| !p.exists())
            .map(Path::to_path_buf)
            .collect()
    }

    /// Same files (property names aside): the same data set opened again.
    fn same_files(&self, other: &RecentData) -> bool {
        self.bundle == other.bundle
            && self.districts == other.districts
            && self.events == other.events
            && self.sources == other.sources
            && self.documents == other.documents
    }

    /// All paths are valid Unicode, so the entry can be written as JSON.
    fn is_representable(&self) -> bool {
        self.paths().all(|p| p.to_str().is_some())
    }

    /// The entry with every relative path made absolute (a path that cannot be is kept as given).
    fn absolute(mut self) -> Self {
        let fix = |p: &mut PathBuf| {
            if p.is_relative() {
                if let Ok(abs) = std::path::absolute(&*p) {
                    *p = abs;
                }
            }
        };
        for p in [
            &mut self.bundle,
            &mut self.districts,
            &mut self.events,
            &mut self.sources,
        ]
        .into_iter()
        .flatten()
        {
            fix(p);
        }
        self.documents.iter_mut().for_each(fix);
        self
    }
}

/// The last component of a path (the whole path when it has none), `/`-suffixed for a folder.
fn short_name(path: &Path, folder: bool) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    if folder && !name.ends_with('/') {
        format!("{name}/")
    } else {
        name
    }
}

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

    fn load_with(
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

#[cfg(test)]
mod tests {
    use super::*;
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
}
