//! What the app remembers between runs: the theme, the last date, the visible range and the playback
//! speed. Never loaded data: the data comes back from the files (or the built-in set) on every start.

use serde::{Deserialize, Serialize};

/// The key under which [`Settings`] is stored with eframe's persistence.
pub const STORAGE_KEY: &str = "aleppo-atlas-settings";

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

/// The remembered settings; every field has a default so an old or partial file still loads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// The day shown when the app was closed (`YYYY-MM-DD`).
    pub last_date: Option<String>,
    /// The visible part of the timeline (`YYYY-MM-DD` each).
    pub range: Option<(String, String)>,
    /// Playback speed in days per second.
    pub speed: Option<f64>,
}

impl Settings {
    /// Reads the settings from eframe's storage; anything unreadable gives the defaults.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|s| eframe::get_value(s, STORAGE_KEY))
            .unwrap_or_default()
    }

    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_take_defaults() {
        let s: Settings = serde_json::from_str(r#"{"theme":"dark"}"#).expect("valid");
        assert_eq!(s.theme, ThemeChoice::Dark);
        assert_eq!(s.last_date, None);
    }
}
