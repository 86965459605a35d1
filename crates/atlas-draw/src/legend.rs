//! The legend over the map: each controller's colour with the number of districts and the km² it holds
//! on the current day, and what the patterns over the fills (see [`crate::overlay`]), dashes and faded
//! fills mean.

use crate::overlay::{self, Pattern, Tint};
use crate::palette::Palette;
use atlas_core::join::Dataset;
use atlas_core::timeline::{AreaTotals, DistrictState};
use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2};

/// Draws the legend rows.
pub fn legend_ui(
    ui: &mut Ui,
    data: &Dataset,
    states: &[DistrictState],
    totals: &AreaTotals,
    palette: &Palette,
) {
    ui.spacing_mut().item_spacing.y = 3.0;
    ui.label(egui::RichText::new(format!("Held on {}", totals.day.format("%-d %b %Y"))).strong());
    egui::Grid::new("legend")
        .num_columns(3)
        .spacing([6.0, 3.0])
        .show(ui, |ui| {
            for (c, controller) in data.controllers.controllers.iter().enumerate() {
                let districts = states.iter().filter(|s| s.controller == Some(c)).count();
                let km2 = totals.by_controller.get(c).copied().unwrap_or(0.0);
                if districts == 0 && km2 <= 0.0 {
                    continue;
                }
                swatch(ui, palette.controller(data, Some(c)), None, false);
                ui.label(&controller.label);
                let (low, high) = (
                    totals.low.get(c).copied().unwrap_or(km2),
                    totals.high.get(c).copied().unwrap_or(km2),
                );
                let range = if high - low >= 0.05 {
                    format!(" ({low:.1}–{high:.1})")
                } else {
                    String::new()
                };
                ui.label(format!(
                    "{} · {km2:.1} km²{range}",
                    districts_text(districts)
                ))
                .on_hover_text(
                    "km² on the map; in brackets the least and the most the sources allow",
                );
                ui.end_row();
            }
            let unknown = states.iter().filter(|s| s.controller.is_none()).count();
            if unknown > 0 {
                swatch(ui, palette.unknown, None, false);
                ui.label("Unknown");
                ui.label(format!(
                    "{unknown} districts · {:.1} km²",
                    totals.unknown_km2
                ));
                ui.end_row();
            }
        });
    key_grid(ui, data, states, palette);
    if totals.contested_km2 > 0.0 {
        ui.weak(format!(
            "{:.1} km² partly held with no stated share",
            totals.contested_km2
        ));
    }
}

/// A sample fill and a sample other side, for the swatches of patterns.
const SAMPLE_FILL: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
const SAMPLE_OTHER: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73);

/// What the looks of the map mean, two to a row: the plain fill, each pattern on the map today with
/// how many districts show it (partial control always, as the most common), dashed outlines and
/// pale fills. Each says more on hover.
fn key_grid(ui: &mut Ui, data: &Dataset, states: &[DistrictState], palette: &Palette) {
    let mut counts: Vec<(Pattern, usize, Option<Color32>)> = Vec::new();
    for state in states {
        for (pattern, tint) in overlay::overlays(state).into_iter().flatten() {
            let colour = match tint {
                Tint::Controller(c) => Some(palette.controller(data, c)),
                Tint::Mark => None,
            };
            match counts.iter_mut().find(|(p, _, _)| *p == pattern) {
                Some((_, n, _)) => *n += 1,
                None => counts.push((pattern, 1, colour)),
            }
        }
    }
    if !counts.iter().any(|(p, _, _)| *p == Pattern::Partial) {
        counts.push((Pattern::Partial, 0, None));
    }
    counts.sort_by_key(|(p, _, _)| *p as u8);
    type Key = (
        Color32,
        Option<(Pattern, Color32)>,
        bool,
        String,
        &'static str,
    );
    let mut keys: Vec<Key> = vec![(
        SAMPLE_FILL,
        None,
        false,
        "Plain".into(),
        "Plain fill: reported as fact",
    )];
    for (pattern, n, colour) in counts {
        let tint = match pattern {
            Pattern::Partial | Pattern::Contested => SAMPLE_OTHER,
            Pattern::Probable => colour.unwrap_or(SAMPLE_OTHER),
            _ => palette.mark.gamma_multiply(pattern.mark_strength()),
        };
        // Dashes of the taker's colour, whatever it is, show on grey.
        let fill = if pattern == Pattern::Probable {
            palette.unknown
        } else {
            SAMPLE_FILL
        };
        let label = format!("{} ({n})", pattern.short());
        keys.push((fill, Some((pattern, tint)), false, label, pattern.meaning()));
    }
    keys.push((
        palette.unknown,
        None,
        true,
        "Approximate".into(),
        "Approximate shape: drawn by the curators, its limits not surveyed",
    ));
    keys.push((
        palette.faded(SAMPLE_FILL, 0.5),
        None,
        false,
        "Pale".into(),
        "Pale: no source for over a year",
    ));
    egui::Grid::new("legend keys")
        .num_columns(4)
        .spacing([6.0, 3.0])
        .show(ui, |ui| {
            for (i, (fill, pattern, dashed, label, meaning)) in keys.into_iter().enumerate() {
                swatch(ui, fill, pattern, dashed);
                ui.label(label).on_hover_text(meaning);
                if i % 2 == 1 {
                    ui.end_row();
                }
            }
        });
}

fn districts_text(n: usize) -> String {
    if n == 1 {
        "1 district".into()
    } else {
        format!("{n} districts")
    }
}

fn swatch(ui: &mut Ui, fill: Color32, pattern: Option<(Pattern, Color32)>, dashed: bool) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(18.0, 13.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, fill);
    if let Some((pattern, colour)) = pattern {
        let (lines, width) = pattern.lines(&[corners(rect)], 6.0);
        for seg in lines {
            painter.line_segment(seg, Stroke::new(width.min(2.2), colour));
        }
    }
    if dashed {
        let mut ring = corners(rect);
        ring.push(rect.left_top());
        painter.extend(Shape::dashed_line(
            &ring,
            Stroke::new(1.2, ui.visuals().text_color()),
            3.0,
            2.0,
        ));
    }
}

fn corners(rect: Rect) -> Vec<Pos2> {
    vec![
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
    ]
}
