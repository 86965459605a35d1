//! The legend over the map: each controller's colour with the number of districts and the km² it holds
//! on the current day, and what the stripes, cross-hatching, dashes and faded fills mean.

use crate::hatching::{self, Lean};
use crate::palette::Palette;
use atlas_core::join::Dataset;
use atlas_core::model::Extent;
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
                ui.label(format!("{} · {km2:.1} km²", districts_text(districts)));
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
    let partial = states
        .iter()
        .filter(|s| matches!(s.extent, Extent::Partial { .. }))
        .count();
    let contested = states
        .iter()
        .filter(|s| s.extent == Extent::Contested)
        .count();
    ui.horizontal(|ui| {
        let (a, b) = (
            Color32::from_rgb(0xD5, 0x5E, 0x00),
            Color32::from_rgb(0x00, 0x9E, 0x73),
        );
        swatch(ui, a, Some((b, false)), false);
        ui.label(format!(
            "Partly held ({partial}): stripes show who holds the rest"
        ));
    });
    if contested > 0 {
        ui.horizontal(|ui| {
            let (a, b) = (
                Color32::from_rgb(0xD5, 0x5E, 0x00),
                Color32::from_rgb(0x00, 0x9E, 0x73),
            );
            swatch(ui, a, Some((b, true)), false);
            ui.label(format!("Contested ({contested})"));
        });
    }
    if totals.contested_km2 > 0.0 {
        ui.weak(format!(
            "{:.1} km² partly held with no stated share",
            totals.contested_km2
        ));
    }
    ui.horizontal(|ui| {
        swatch(ui, palette.unknown, None, true);
        ui.label("Approximate shape");
    });
    ui.horizontal(|ui| {
        swatch(
            ui,
            palette.faded(Color32::from_rgb(0xD5, 0x5E, 0x00), 0.5),
            None,
            false,
        );
        ui.label("Pale: no source for over a year");
    });
}

fn districts_text(n: usize) -> String {
    if n == 1 {
        "1 district".into()
    } else {
        format!("{n} districts")
    }
}

fn swatch(ui: &mut Ui, fill: Color32, stripes: Option<(Color32, bool)>, dashed: bool) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(18.0, 13.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, fill);
    if let Some((colour, cross)) = stripes {
        let ring = vec![corners(rect)];
        let leans: &[Lean] = if cross {
            &[Lean::Forward, Lean::Back]
        } else {
            &[Lean::Forward]
        };
        for lean in leans {
            for seg in hatching::stripes(&ring, 6.0, *lean) {
                painter.line_segment(seg, Stroke::new(2.2, colour));
            }
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
