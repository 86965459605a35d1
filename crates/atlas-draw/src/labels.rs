//! Label placement that never piles up: candidates are tried in order of priority and a label is
//! placed only where it overlaps no label placed before it, nor what is drawn over the map (the legend). Zooming in makes room, so more appear.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Vec2};

/// A label to try.
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    /// Which label it is, the same from frame to frame (its size is remembered by it).
    pub id: usize,
    pub text: &'a str,
    /// Screen point the label is centred on.
    pub at: Pos2,
    /// Higher goes first.
    pub priority: f32,
    /// The screen size of what it names; a label much wider than its district is not placed.
    pub room: Vec2,
    pub font: FontId,
    pub colour: Color32,
}

/// The sizes of the labels, by id, kept from frame to frame: of thousands of district names only the
/// few that fit are drawn, and laying them all out again each frame would cost more than the rest of
/// the map. Forgotten when the pixels per point or the fonts change; the caller forgets them when the
/// texts of the ids change.
#[derive(Debug, Default)]
pub struct LabelSizes {
    /// The pixels per point and the size of a sample text they were measured with.
    measured_with: Option<(f32, Vec2)>,
    /// By id: the font (size and family) and the size in it.
    sizes: Vec<Option<(FontId, Vec2)>>,
}

impl LabelSizes {
    /// Forgets every size when the pixels per point or the fonts have changed since they were measured.
    fn check(&mut self, painter: &Painter) {
        let sample = painter
            .layout_no_wrap("Ag".into(), FontId::proportional(12.0), Color32::WHITE)
            .size();
        let now = (painter.pixels_per_point(), sample);
        if self.measured_with != Some(now) {
            self.sizes.clear();
            self.measured_with = Some(now);
        }
    }

    /// The size the candidate's text is laid out at, in its font, on one line.
    fn size(&mut self, painter: &Painter, c: &Candidate<'_>) -> Vec2 {
        if let Some(Some((font, size))) = self.sizes.get(c.id) {
            if *font == c.font {
                return *size;
            }
        }
        let size = painter
            .layout_no_wrap(c.text.to_owned(), c.font.clone(), Color32::WHITE)
            .size();
        if self.sizes.len() <= c.id {
            self.sizes.resize(c.id + 1, None);
        }
        self.sizes[c.id] = Some((c.font.clone(), size));
        size
    }
}

/// Which of the labels (given as screen rectangles with the room of what they name, best first) fit
/// inside `area` without overlapping a label chosen before them or one of the `keep_clear` rectangles
/// (the legend drawn over the map).
pub fn choose(labels: &[(Rect, Vec2)], area: Rect, keep_clear: &[Rect]) -> Vec<usize> {
    let mut placed: Vec<Rect> = keep_clear.to_vec();
    let mut chosen = Vec::new();
    for (i, (rect, room)) in labels.iter().enumerate() {
        if !fits(*rect, *room, area) {
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

/// Whether a label is not much wider than the room of what it names, and lies inside `area`.
fn fits(rect: Rect, room: Vec2, area: Rect) -> bool {
    rect.width() <= room.x.max(room.y) * 1.6 + 8.0 && area.shrink(2.0).contains_rect(rect)
}

/// Places and paints the labels that fit inside `area`, with a halo so they read on any fill.
pub fn place_and_paint(
    painter: &Painter,
    area: Rect,
    keep_clear: &[Rect],
    candidates: Vec<Candidate<'_>>,
    halo: Color32,
    sizes: &mut LabelSizes,
) {
    sizes.check(painter);
    // Whether a label fits its room and the area does not depend on the others: those that do not
    // are left out before the sort (of thousands of small districts, few have room for their name).
    let mut fitting: Vec<(Rect, Vec2, Candidate<'_>)> = candidates
        .into_iter()
        .filter_map(|c| {
            let rect = Align2::CENTER_CENTER.anchor_size(c.at, sizes.size(painter, &c));
            fits(rect, c.room, area).then_some((rect, c.room, c))
        })
        .collect();
    fitting.sort_by(|a, b| b.2.priority.total_cmp(&a.2.priority));
    let rects: Vec<(Rect, Vec2)> = fitting.iter().map(|(r, room, _)| (*r, *room)).collect();
    for i in choose(&rects, area, keep_clear) {
        let (rect, _, c) = &fitting[i];
        let rect = *rect;
        let galley = painter.layout_no_wrap(c.text.to_owned(), c.font.clone(), c.colour);
        for offset in [
            Vec2::new(-1.0, 0.0),
            Vec2::new(1.0, 0.0),
            Vec2::new(0.0, -1.0),
            Vec2::new(0.0, 1.0),
        ] {
            painter.galley_with_override_text_color(rect.min + offset, galley.clone(), halo);
        }
        painter.galley(rect.min, galley, c.colour);
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
            &[],
        );
        assert_eq!(chosen, vec![0, 2]);
        // A label under the legend gives way to it.
        let legend = Rect::from_min_size(Pos2::new(250.0, 250.0), Vec2::splat(100.0));
        let chosen = choose(&[at(100.0, 100.0), at(300.0, 300.0)], area, &[legend]);
        assert_eq!(chosen, vec![0]);
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
        assert!(choose(&[outside, too_wide], area, &[]).is_empty());
    }
}
