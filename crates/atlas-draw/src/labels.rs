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
/// (the legend drawn over the map), and where: a label whose centred place is taken moves up, down,
/// left or right within the room of what it names (see [`spots`]) to a place whose centre
/// `may_stand(index, centre)` allows, so that in a dense quarter such as the Old City a district keeps
/// its name where it has room for it beside its neighbour's.
pub fn choose(
    labels: &[(Rect, Vec2)],
    area: Rect,
    keep_clear: &[Rect],
    may_stand: &dyn Fn(usize, Pos2) -> bool,
) -> Vec<(usize, Rect)> {
    let mut placed: Vec<Rect> = keep_clear.to_vec();
    let mut chosen = Vec::new();
    for (i, (rect, room)) in labels.iter().enumerate() {
        if !fits(*rect, *room, area) {
            continue;
        }
        let free = spots(*rect, *room).enumerate().find(|(k, spot)| {
            let padded = spot.expand(3.0);
            area.shrink(2.0).contains_rect(*spot)
                && !placed.iter().any(|r| r.intersects(padded))
                && (*k == 0 || may_stand(i, spot.center()))
        });
        let free = free.map(|(_, spot)| spot);
        if let Some(spot) = free {
            placed.push(spot.expand(3.0));
            chosen.push((i, spot));
        }
    }
    chosen
}

/// Where a label may stand, best first: centred on its point, then moved by a line and a half up or
/// down (clear of a neighbour's label on the next line), then by half its width left or right, each only as far as the room of what it names leaves free
/// beside the label (a district no taller than its label does not move up or down).
fn spots(rect: Rect, room: Vec2) -> impl Iterator<Item = Rect> {
    let up = (rect.height() * 1.5).min((room.y - rect.height()) / 2.0);
    let side = (rect.width() * 0.5).min((room.x - rect.width()) / 2.0);
    let mut moves = vec![Vec2::ZERO];
    if up >= rect.height() * 0.6 {
        moves.extend([Vec2::new(0.0, -up), Vec2::new(0.0, up)]);
    }
    if side >= rect.height() {
        moves.extend([Vec2::new(-side, 0.0), Vec2::new(side, 0.0)]);
    }
    moves.into_iter().map(move |m| rect.translate(m))
}

/// Whether a label is not much wider than the room of what it names, and lies inside `area`.
fn fits(rect: Rect, room: Vec2, area: Rect) -> bool {
    rect.width() <= room.x.max(room.y) * 1.6 + 8.0 && area.shrink(2.0).contains_rect(rect)
}

/// Places and paints the labels that fit inside `area`, with a halo so they read on any fill.
/// `may_stand(id, point)` says whether the label of `id` may be moved to be centred on `point` (inside
/// what it names: a label moved aside must not name the district next door).
pub fn place_and_paint(
    painter: &Painter,
    area: Rect,
    keep_clear: &[Rect],
    candidates: Vec<Candidate<'_>>,
    halo: Color32,
    sizes: &mut LabelSizes,
    may_stand: impl Fn(usize, Pos2) -> bool,
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
    let may_stand = |i: usize, at: Pos2| may_stand(fitting[i].2.id, at);
    for (i, rect) in choose(&rects, area, keep_clear, &may_stand) {
        let c = &fitting[i].2;
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
        // Districts no bigger than their labels: no room to move aside.
        let room = Vec2::new(60.0, 14.0);
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
            &anywhere,
        );
        assert_eq!(indices(&chosen), vec![0, 2]);
        // A label under the legend gives way to it.
        let legend = Rect::from_min_size(Pos2::new(250.0, 250.0), Vec2::splat(100.0));
        let chosen = choose(
            &[at(100.0, 100.0), at(300.0, 300.0)],
            area,
            &[legend],
            &anywhere,
        );
        assert_eq!(indices(&chosen), vec![0]);
    }

    fn anywhere(_: usize, _: Pos2) -> bool {
        true
    }

    fn indices(chosen: &[(usize, Rect)]) -> Vec<usize> {
        chosen.iter().map(|(i, _)| *i).collect()
    }

    #[test]
    fn a_label_whose_place_is_taken_moves_within_its_district() {
        let area = Rect::from_min_size(Pos2::ZERO, Vec2::splat(500.0));
        let size = Vec2::new(60.0, 14.0);
        let first = (Rect::from_center_size(Pos2::new(100.0, 100.0), size), size);
        // Its neighbour's centre is under the first label, but its district is tall: it moves.
        let tall = Vec2::new(70.0, 60.0);
        let second = (Rect::from_center_size(Pos2::new(104.0, 104.0), size), tall);
        let chosen = choose(&[first, second], area, &[], &anywhere);
        assert_eq!(indices(&chosen), vec![0, 1]);
        let moved = chosen[1].1;
        assert!(!moved.expand(3.0).intersects(chosen[0].1), "{moved:?}");
        assert!((moved.center().y - 104.0).abs() <= (tall.y - size.y) / 2.0);
        assert_eq!(moved.center().x, 104.0, "up or down first");
        // Nor where the shape of its district is not (moved up or down, it would name another).
        let nowhere = |_: usize, _: Pos2| false;
        assert_eq!(
            indices(&choose(&[first, second], area, &[], &nowhere)),
            vec![0]
        );
        let below_only = |_: usize, p: Pos2| p.y > 104.0;
        let chosen = choose(&[first, second], area, &[], &below_only);
        assert!(chosen[1].1.center().y > 104.0);
        // The same neighbour in a district its label fills is left out.
        let chosen = choose(&[first, (second.0, size)], area, &[], &anywhere);
        assert_eq!(indices(&chosen), vec![0]);
    }

    #[test]
    fn labels_never_overlap_and_stay_within_their_room() {
        // A dense quarter: 400 labels of random sizes and rooms over a small area, a legend in it.
        let area = Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0));
        let legend = Rect::from_min_size(Pos2::new(0.0, 0.0), Vec2::new(120.0, 80.0));
        let mut seed = 0x2545_f491_u32;
        let mut next = |scale: f32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            (seed % 10_000) as f32 / 10_000.0 * scale
        };
        let labels: Vec<(Rect, Vec2)> = (0..400)
            .map(|_| {
                let size = Vec2::new(20.0 + next(60.0), 12.0 + next(4.0));
                let room = size * Vec2::new(0.8 + next(1.5), 0.8 + next(4.0));
                let at = Pos2::new(next(400.0), next(300.0));
                (Rect::from_center_size(at, size), room)
            })
            .collect();
        let chosen = choose(&labels, area, &[legend], &anywhere);
        assert!(chosen.len() > 10, "only {} placed", chosen.len());
        for (k, (i, rect)) in chosen.iter().enumerate() {
            let (centred, room) = labels[*i];
            assert!(area.contains_rect(*rect));
            assert!(!rect.intersects(legend));
            let shift = rect.center() - centred.center();
            assert!(shift.y.abs() <= ((room.y - centred.height()) / 2.0).max(0.0) + 1e-3);
            assert!(shift.x.abs() <= ((room.x - centred.width()) / 2.0).max(0.0) + 1e-3);
            for (_, other) in &chosen[..k] {
                assert!(
                    !rect.expand(3.0).intersects(*other),
                    "{rect:?} on {other:?}"
                );
            }
        }
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
        assert!(choose(&[outside, too_wide], area, &[], &anywhere).is_empty());
    }
}
