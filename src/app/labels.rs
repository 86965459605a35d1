//! Label placement that never piles up: candidates are tried in order of priority and a label is
//! placed only where it overlaps no label placed before it. Zooming in makes room, so more appear.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Vec2};

/// A label to try.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub text: String,
    /// Screen point the label is centred on.
    pub at: Pos2,
    /// Higher goes first.
    pub priority: f32,
    /// The screen size of what it names; a label much wider than its district is not placed.
    pub room: Vec2,
    pub font: FontId,
    pub colour: Color32,
}

/// Which of the labels (given as screen rectangles with the room of what they name, best first) fit
/// inside `area` without overlapping a label chosen before them.
pub fn choose(labels: &[(Rect, Vec2)], area: Rect) -> Vec<usize> {
    let mut placed: Vec<Rect> = Vec::new();
    let mut chosen = Vec::new();
    for (i, (rect, room)) in labels.iter().enumerate() {
        if rect.width() > room.x.max(room.y) * 1.6 + 8.0 || !area.shrink(2.0).contains_rect(*rect) {
            continue;
        }
        let padded = rect.expand(3.0);
        if placed.iter().any(|r| r.intersects(padded)) {
            continue;
        }
        placed.push(padded);
        chosen.push(i);
    }
    chosen
}

/// Places and paints the labels that fit inside `area`, with a halo so they read on any fill.
pub fn place_and_paint(
    painter: &Painter,
    area: Rect,
    mut candidates: Vec<Candidate>,
    halo: Color32,
) {
    candidates.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    let galleys: Vec<_> = candidates
        .iter()
        .map(|c| painter.layout_no_wrap(c.text.clone(), c.font.clone(), c.colour))
        .collect();
    let rects: Vec<(Rect, Vec2)> = candidates
        .iter()
        .zip(&galleys)
        .map(|(c, g)| (Align2::CENTER_CENTER.anchor_size(c.at, g.size()), c.room))
        .collect();
    for i in choose(&rects, area) {
        let (rect, _) = rects[i];
        let galley = &galleys[i];
        for offset in [
            Vec2::new(-1.0, 0.0),
            Vec2::new(1.0, 0.0),
            Vec2::new(0.0, -1.0),
            Vec2::new(0.0, 1.0),
        ] {
            painter.galley_with_override_text_color(rect.min + offset, galley.clone(), halo);
        }
        painter.galley(rect.min, galley.clone(), candidates[i].colour);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_labels_give_way_to_the_first() {
        let area = Rect::from_min_size(Pos2::ZERO, Vec2::splat(500.0));
        let room = Vec2::splat(200.0);
        let at = |x: f32, y: f32| {
            (
                Rect::from_center_size(Pos2::new(x, y), Vec2::new(60.0, 14.0)),
                room,
            )
        };
        let chosen = choose(
            &[at(100.0, 100.0), at(110.0, 104.0), at(300.0, 300.0)],
            area,
        );
        assert_eq!(chosen, vec![0, 2]);
    }

    #[test]
    fn labels_outside_or_too_wide_are_dropped() {
        let area = Rect::from_min_size(Pos2::ZERO, Vec2::splat(500.0));
        let outside = (
            Rect::from_center_size(Pos2::new(499.0, 10.0), Vec2::new(60.0, 14.0)),
            Vec2::splat(200.0),
        );
        let too_wide = (
            Rect::from_center_size(Pos2::new(200.0, 200.0), Vec2::new(120.0, 14.0)),
            Vec2::splat(10.0),
        );
        assert!(choose(&[outside, too_wide], area).is_empty());
    }
}
