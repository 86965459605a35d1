//! The district and river labels: which to show at this zoom, in which script, placed by [`crate::labels`].

use super::*;

impl MapView {
    pub(super) fn paint_labels(
        &mut self,
        painter: &egui::Painter,
        projector: &Projector,
        scene: &MapScene<'_>,
        hovered: &[usize],
    ) {
        let palette = scene.palette;
        let mut candidates = Vec::new();
        // Ids: the districts' indices, then the landmarks'.
        let landmark_ids = self.shapes.districts.len();
        for (k, landmark) in self.shapes.landmarks.iter().enumerate() {
            let name = match landmark.style {
                LandmarkStyle::River => landmark.name.as_str(),
                LandmarkStyle::Area => continue,
            };
            candidates.push(Candidate {
                id: landmark_ids + k,
                text: name,
                at: projector.to_screen(landmark.anchor) + Vec2::new(0.0, -10.0),
                priority: 1e6,
                room: Vec2::splat(1e4),
                font: FontId::proportional(12.0),
                colour: palette.water,
            });
        }
        for (i, shape) in self.shapes.districts.iter().enumerate() {
            let Some(district) = scene.data.layer.districts.get(i) else {
                continue;
            };
            let size = shape.bounds.size() * projector.scale;
            let selected = scene.selected.contains(&i);
            // A district that is also a landmark (the Citadel) is always named, above its outline.
            let landmark = self
                .shapes
                .landmarks
                .iter()
                .any(|l| l.style == LandmarkStyle::Area && l.name == district.name);
            let mut priority = size.x * size.y;
            if landmark {
                priority += 5e7;
            }
            if district.kind == DistrictKind::OtherArea {
                priority *= 0.5;
            }
            if selected {
                priority += 1e8;
            }
            if hovered.contains(&i) {
                priority += 2e8;
            }
            if scene.compare.is_some_and(|c| c.changed(i)) {
                priority += 2e7;
            }
            let lift = if landmark && size.y < 30.0 {
                size.y / 2.0 + 9.0
            } else {
                0.0
            };
            let text = match (scene.labels, &district.name_ar) {
                (LabelScript::Arabic, Some(ar)) if !ar.trim().is_empty() => ar.as_str(),
                _ => district.name.as_str(),
            };
            candidates.push(Candidate {
                id: i,
                text,
                at: projector.to_screen(shape.anchor) - Vec2::new(0.0, lift),
                priority,
                room: if selected || landmark {
                    Vec2::splat(1e4)
                } else {
                    size
                },
                font: crate::fonts::arabic_or_default(text, if selected { 13.0 } else { 11.0 }),
                colour: palette.text,
            });
        }
        if self.label_script != Some(scene.labels) {
            // The texts of the ids changed: their sizes are measured anew.
            self.label_sizes = LabelSizes::default();
            self.label_script = Some(scene.labels);
        }
        labels::place_and_paint(
            painter,
            projector.screen,
            &self.keep_clear,
            candidates,
            palette.halo,
            &mut self.label_sizes,
            |id, at| match self.shapes.districts.get(id) {
                Some(shape) => crate::map_shapes::contains(&shape.rings, projector.to_map(at)),
                None => true, // a river's name
            },
        );
    }
}
