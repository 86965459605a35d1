//! Colours of the map and the charts: the controllers' own colours (from the data; the built-in set is
//! the colour-blind-safe Okabe–Ito palette), and the neutral colours that depend on the theme.

use crate::overlay::{Pattern, Tint};
use atlas_core::join::Dataset;
use atlas_core::timeline::DistrictState;
use chrono::NaiveDate;
use egui::Color32;

/// After this many days without a source speaking of a district, it is drawn faded.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Neutral colours for one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub dark: bool,
    pub background: Color32,
    /// Lines between districts.
    pub outline: Color32,
    /// Selection and hover.
    pub highlight: Color32,
    pub text: Color32,
    /// Drawn around label text so it reads on any fill.
    pub halo: Color32,
    pub water: Color32,
    pub landmark: Color32,
    /// A district whose controller is unknown.
    pub unknown: Color32,
    /// The background of the highlighted quote in a passage.
    pub quote_background: Color32,
    /// The light patterns that say how the sources stand behind a state (claimed, curated…).
    pub mark: Color32,
}

impl Palette {
    pub fn for_visuals(visuals: &egui::Visuals) -> Self {
        if visuals.dark_mode {
            Self {
                dark: true,
                background: Color32::from_rgb(0x1b, 0x1d, 0x21),
                outline: Color32::from_rgb(0x12, 0x13, 0x16),
                highlight: Color32::from_rgb(0x56, 0xb4, 0xe9),
                text: Color32::from_rgb(0xf2, 0xf2, 0xf2),
                halo: Color32::from_black_alpha(200),
                water: Color32::from_rgb(0x4f, 0x9d, 0xd6),
                landmark: Color32::from_rgb(0xee, 0xee, 0xee),
                unknown: Color32::from_rgb(0x5a, 0x5d, 0x63),
                quote_background: Color32::from_rgb(0x6b, 0x55, 0x10),
                mark: Color32::from_white_alpha(170),
            }
        } else {
            Self {
                dark: false,
                background: Color32::from_rgb(0xf3, 0xf1, 0xec),
                outline: Color32::from_rgb(0xfb, 0xfa, 0xf7),
                highlight: Color32::from_rgb(0x00, 0x4e, 0x9a),
                text: Color32::from_rgb(0x16, 0x16, 0x16),
                halo: Color32::from_white_alpha(210),
                water: Color32::from_rgb(0x1f, 0x78, 0xc8),
                landmark: Color32::from_rgb(0x22, 0x22, 0x22),
                unknown: Color32::from_rgb(0xc4, 0xc4, 0xc4),
                quote_background: Color32::from_rgb(0xff, 0xe0, 0x82),
                mark: Color32::from_white_alpha(220),
            }
        }
    }

    /// A controller's colour (grey for an unknown index).
    pub fn controller(&self, data: &Dataset, controller: Option<usize>) -> Color32 {
        match controller.and_then(|c| data.controller(c)) {
            Some(c) => {
                let [r, g, b] = c.rgb();
                Color32::from_rgb(r, g, b)
            }
            None => self.unknown,
        }
    }

    /// `colour` washed towards the background by `amount` (0: unchanged, 1: background).
    pub fn faded(&self, colour: Color32, amount: f32) -> Color32 {
        lerp_colour(colour, self.background, amount)
    }

    /// How much a district is faded at `day`: not at all when a source spoke of it within
    /// [`STALE_AFTER_DAYS`], half when none has since, or when only the curated start says who held it.
    pub fn staleness(state: &DistrictState, day: NaiveDate) -> f32 {
        match state.days_since_report(day) {
            Some(days) if days <= STALE_AFTER_DAYS => 0.0,
            _ => 0.5,
        }
    }

    /// The main fill of a district in a state: its controller's colour, faded when stale.
    pub fn fill(&self, data: &Dataset, state: &DistrictState, day: NaiveDate) -> Color32 {
        self.faded(
            self.controller(data, state.controller),
            Self::staleness(state, day),
        )
    }

    /// The colour of a pattern over a district: a controller's (whoever holds the rest, or probably
    /// took it), faded like the fill, or the neutral mark colour.
    pub fn tint(
        &self,
        data: &Dataset,
        (pattern, tint): (Pattern, Tint),
        state: &DistrictState,
        day: NaiveDate,
    ) -> Color32 {
        match tint {
            Tint::Controller(c) => {
                self.faded(self.controller(data, c), Self::staleness(state, day))
            }
            Tint::Mark => self.mark.gamma_multiply(pattern.mark_strength()),
        }
    }
}

/// Linear blend of two colours (in gamma space, which is what the eye compares).
pub fn lerp_colour(a: Color32, b: Color32, t: f32) -> Color32 {
    let t = t.clamp(0.0, 1.0);
    let mix = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
    Color32::from_rgba_unmultiplied(
        mix(a.r(), b.r()),
        mix(a.g(), b.g()),
        mix(a.b(), b.b()),
        mix(a.a(), b.a()),
    )
}

/// Black or white, whichever reads better on `background`.
pub fn text_on(background: Color32) -> Color32 {
    let luma = 0.299 * background.r() as f32
        + 0.587 * background.g() as f32
        + 0.114 * background.b() as f32;
    if luma > 140.0 {
        Color32::from_rgb(0x10, 0x10, 0x10)
    } else {
        Color32::WHITE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fading_moves_towards_the_background() {
        let p = Palette::for_visuals(&egui::Visuals::light());
        let c = Color32::from_rgb(0xD5, 0x5E, 0x00);
        assert_eq!(p.faded(c, 0.0), c);
        assert_eq!(p.faded(c, 1.0), p.background);
        let half = p.faded(c, 0.5);
        assert!(half.g() > c.g());
    }
}
