//! Controllers are data: an id used by events, a label for people, and a colour for the map.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Controller {
    pub id: String,
    pub label: String,
    /// `#rrggbb`.
    pub colour: String,
}

impl Controller {
    /// The colour as RGB bytes; a malformed colour gives a neutral grey.
    pub fn rgb(&self) -> [u8; 3] {
        parse_hex_colour(&self.colour).unwrap_or([128, 128, 128])
    }
}

pub fn parse_hex_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// The controllers of a dataset, in display order. Indices into it are stable for one dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ControllerSet {
    pub controllers: Vec<Controller>,
}

impl ControllerSet {
    /// The built-in controllers: a colour-blind-safe palette (Okabe–Ito).
    pub fn builtin() -> Self {
        let c = |id: &str, label: &str, colour: &str| Controller {
            id: id.into(),
            label: label.into(),
            colour: colour.into(),
        };
        Self {
            controllers: vec![
                c("government", "Syrian government and allies", "#D55E00"),
                c("rebels", "Rebels (opposition factions)", "#009E73"),
                c("kurdish", "Kurdish forces (YPG/SDF)", "#E69F00"),
                c("isil", "Islamic State (ISIL)", "#404040"),
            ],
        }
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.controllers.iter().position(|c| c.id == id)
    }

    pub fn get(&self, index: usize) -> Option<&Controller> {
        self.controllers.get(index)
    }

    pub fn len(&self) -> usize {
        self.controllers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.controllers.is_empty()
    }

    /// Adds the controllers of `extra` that are not yet known, keeping existing ones as they are.
    pub fn merge(&mut self, extra: &[Controller]) {
        for c in extra {
            match self.index_of(&c.id) {
                Some(i) => self.controllers[i] = c.clone(),
                None => self.controllers.push(c.clone()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse() {
        assert_eq!(parse_hex_colour("#D55E00"), Some([0xD5, 0x5E, 0x00]));
        assert_eq!(parse_hex_colour("D55E00"), None);
        assert_eq!(parse_hex_colour("#D55E0"), None);
    }

    #[test]
    fn merge_overrides_and_appends() {
        let mut set = ControllerSet::builtin();
        let n = set.len();
        set.merge(&[
            Controller {
                id: "rebels".into(),
                label: "Opposition".into(),
                colour: "#00ff00".into(),
            },
            Controller {
                id: "turkey".into(),
                label: "Turkish forces".into(),
                colour: "#ff00ff".into(),
            },
        ]);
        assert_eq!(set.len(), n + 1);
        assert_eq!(set.controllers[1].label, "Opposition");
    }
}
