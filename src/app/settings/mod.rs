//! What the app remembers between runs, and the file it keeps it in: the settings themselves here,
//! the recently opened data in `recent`, reading and writing the file in `file`.
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

mod file;
mod recent;
#[cfg(test)]
mod tests;

pub use file::{
    set_aside, set_aside_if_corrupt_window_state, SaveFailure, SettingsFile, SettingsSaveError,
};
pub use recent::RecentData;

use atlas_core::model::date::parse_day;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};
use std::path::PathBuf;

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
