//! What is drawn over a district's fill, and how: stripes of whoever holds the rest (partial and
//! contested control), dashed stripes of whoever probably took it (a counted loss that names no
//! district), and a light pattern for how the sources stand behind the state: claimed, disputed,
//! curated or inferred. A state reported as fact has no pattern. The map, the legend and the history
//! strip draw the same patterns from here.

use crate::hatching::{self, Lean};
use atlas_core::model::{Certainty, Event, Extent};
use atlas_core::timeline::{DistrictState, Evidence};
use egui::Pos2;

/// A pattern of lines over a fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pattern {
    /// Part of the district is held by another side.
    Partial,
    /// Fought over.
    Contested,
    /// Probably taken, not named (a counted loss).
    Probable,
    /// Attributed to one party.
    Claimed,
    /// A later report is disputed in its own source.
    Disputed,
    /// A curated line.
    Curated,
    /// Inferred: surrounded, no source names it.
    Inferred,
}

/// The colour a pattern is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tint {
    /// A controller's colour (None: unknown).
    Controller(Option<usize>),
    /// The palette's neutral mark colour.
    Mark,
}

/// The patterns over a district in a state, lowest first (at most two).
pub fn overlays(state: &DistrictState) -> [Option<(Pattern, Tint)>; 2] {
    let held = match state.extent {
        Extent::Full => None,
        Extent::Partial { .. } => Some((Pattern::Partial, Tint::Controller(state.other))),
        Extent::Contested => Some((Pattern::Contested, Tint::Controller(state.other))),
    };
    let evidence = match state.evidence {
        Evidence::Initial | Evidence::Reported => None,
        Evidence::Probable { by } => Some((Pattern::Probable, Tint::Controller(Some(by)))),
        Evidence::Claimed => Some((Pattern::Claimed, Tint::Mark)),
        Evidence::Disputed => Some((Pattern::Disputed, Tint::Mark)),
        Evidence::Curated => Some((Pattern::Curated, Tint::Mark)),
        Evidence::Inferred => Some((Pattern::Inferred, Tint::Mark)),
    };
    [held, evidence]
}

/// The pattern an event gives the districts it names (None: reported as fact), for its card in the
/// passages panel.
pub fn of_event(event: &Event, controller: usize) -> Option<(Pattern, Tint)> {
    match (&event.certainty, event.count) {
        (Certainty::Disputed { .. }, _) => Some((Pattern::Disputed, Tint::Mark)),
        (_, Some(_)) => Some((Pattern::Probable, Tint::Controller(Some(controller)))),
        (Certainty::Reported, None) => None,
        (Certainty::Claimed { .. }, None) => Some((Pattern::Claimed, Tint::Mark)),
        (Certainty::Curated, None) => Some((Pattern::Curated, Tint::Mark)),
        (Certainty::Inferred, None) => Some((Pattern::Inferred, Tint::Mark)),
    }
}

impl Pattern {
    /// What the pattern means, for the legend.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Partial => "Partly held: stripes show who holds the rest",
            Self::Contested => "Contested",
            Self::Probable => "Probably taken, not named: dashes of the side that took it",
            Self::Claimed => "Claimed by one party",
            Self::Disputed => "Disputed in its own source (the map keeps the last state)",
            Self::Curated => "Curated line, not a source's claim",
            Self::Inferred => "Inferred: surrounded, no source names it",
        }
    }

    /// Its name in the legend.
    pub fn short(self) -> &'static str {
        match self {
            Self::Partial => "Partly held",
            Self::Contested => "Contested",
            Self::Probable => "Probably taken",
            Self::Claimed => "Claimed",
            Self::Disputed => "Disputed",
            Self::Curated => "Curated line",
            Self::Inferred => "Inferred",
        }
    }

    /// How strongly a light mark is drawn (a share of the palette's mark colour): the curated line,
    /// over most of the map before the offensive, stays faint.
    pub fn mark_strength(self) -> f32 {
        match self {
            Self::Curated => 0.45,
            Self::Claimed => 0.8,
            _ => 1.0,
        }
    }

    /// The line pieces of the pattern over `rings` (screen coordinates), `spacing` points being the
    /// stripe spacing of partial control, and the width to draw them.
    pub fn lines(self, rings: &[Vec<Pos2>], spacing: f32) -> (Vec<[Pos2; 2]>, f32) {
        let over = |s: f32, lean: Lean| hatching::stripes(rings, s, lean);
        let stripe = spacing * 0.42;
        match self {
            Self::Partial => (over(spacing, Lean::Forward), stripe),
            Self::Contested => {
                let mut lines = over(spacing * 1.4, Lean::Forward);
                lines.extend(over(spacing * 1.4, Lean::Back));
                (lines, stripe * 0.7)
            }
            Self::Probable => (
                hatching::dashes(&over(spacing * 1.3, Lean::Forward), spacing, spacing * 0.6),
                stripe,
            ),
            Self::Claimed => (over(spacing * 0.8, Lean::Back), 1.0),
            Self::Disputed => {
                let mut lines = over(spacing * 1.2, Lean::Level);
                lines.extend(over(spacing * 1.2, Lean::Upright));
                (lines, 1.0)
            }
            Self::Curated => (over(spacing * 1.1, Lean::Level), 1.0),
            Self::Inferred => (
                hatching::dashes(&over(spacing, Lean::Level), 2.0, spacing - 2.0),
                2.4,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(extent: Extent, evidence: Evidence) -> DistrictState {
        DistrictState {
            controller: Some(0),
            extent,
            other: Some(1),
            since: None,
            event: None,
            evidence,
            aside: None,
        }
    }

    #[test]
    fn a_reported_full_district_has_no_pattern_and_each_other_look_has_its_own() {
        assert_eq!(
            overlays(&state(Extent::Full, Evidence::Reported)),
            [None, None]
        );
        let looks = [
            Evidence::Claimed,
            Evidence::Disputed,
            Evidence::Curated,
            Evidence::Inferred,
            Evidence::Probable { by: 1 },
        ];
        let mut patterns: Vec<Pattern> = looks
            .iter()
            .filter_map(|&e| overlays(&state(Extent::Full, e))[1].map(|(p, _)| p))
            .collect();
        patterns.extend(
            [Extent::Partial { fraction: None }, Extent::Contested]
                .iter()
                .filter_map(|&x| overlays(&state(x, Evidence::Reported))[0].map(|(p, _)| p)),
        );
        let mut unique = patterns.clone();
        unique.sort_by_key(|p| *p as u8);
        unique.dedup();
        assert_eq!((patterns.len(), unique.len()), (7, 7));
        // A probable loss is drawn in the colour of the side that probably took it.
        assert_eq!(
            overlays(&state(Extent::Full, Evidence::Probable { by: 1 }))[1],
            Some((Pattern::Probable, Tint::Controller(Some(1))))
        );
    }

    #[test]
    fn every_pattern_draws_lines_inside_a_square() {
        let square = vec![vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(60.0, 0.0),
            Pos2::new(60.0, 60.0),
            Pos2::new(0.0, 60.0),
        ]];
        for p in [
            Pattern::Partial,
            Pattern::Contested,
            Pattern::Probable,
            Pattern::Claimed,
            Pattern::Disputed,
            Pattern::Curated,
            Pattern::Inferred,
        ] {
            let (lines, width) = p.lines(&square, 7.0);
            assert!(lines.len() > 5 && width > 0.0, "{p:?}");
        }
    }
}
