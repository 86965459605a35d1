//! Painting the map's fills, patterns, outlines and landmarks, and the outlines of compared days.

use super::*;

impl MapView {
    pub(super) fn paint(
        &mut self,
        painter: &egui::Painter,
        projector: &Projector,
        scene: &MapScene<'_>,
        hovered: &[usize],
    ) {
        let palette = scene.palette;
        let rect = projector.screen;
        painter.rect_filled(rect, 0.0, palette.background);
        let frame = self.shapes.frame;
        let on_basemap = match self.basemap.as_mut().filter(|_| !self.vector) {
            Some(basemap) => {
                basemap.paint(painter, projector, &frame);
                basemap.opacity() > 0.0
            }
            None => false,
        };
        let visible = projector.visible_map_rect();
        let transform = projector.transform();

        if self.vector {
            let colours = OutlineView::of(painter, transform, palette).colours();
            let fill = |i: usize| district_fill(scene, i, on_basemap);
            for layer in map_layers(&self.shapes, transform, visible, scene, colours, fill) {
                layer.paint(painter, rect);
            }
        } else {
            self.paint_meshes(painter, transform, visible, scene, on_basemap);
        }
        // Control areas over time (issue 16): the day's snapshot over the districts.
        if let Some(layer) = self.control_layer.as_mut() {
            if self.vector {
                if let Some(paths) = layer.vector_layer(transform, scene.day, scene.data, rect) {
                    paths.paint(painter, rect);
                }
            } else {
                layer.paint(painter, transform, scene.day, scene.data);
            }
        }

        // Compared days: who held each district that changed side, as its outline.
        if let Some(compare) = scene.compare {
            self.paint_compare_outlines(painter, transform, scene, compare);
        }

        // Selection and hover.
        for (i, width, colour) in scene
            .selected
            .iter()
            .map(|&i| (i, 3.0, palette.highlight))
            .chain(
                hovered
                    .iter()
                    .map(|&i| (i, 2.0, lerp_colour(palette.highlight, palette.text, 0.5))),
            )
        {
            if let Some(shape) = self.shapes.districts.get(i) {
                for ring in &shape.rings {
                    let points = ring.iter().map(|p| transform.mul_pos(*p)).collect();
                    painter.add(Shape::closed_line(points, Stroke::new(width, colour)));
                }
            }
        }

        let vector = self.vector;
        let mark = |layer: VectorLayer| vector.then(|| layer.paint(painter, rect));
        mark(VectorLayer::Begin("labels"));
        self.paint_labels(painter, projector, scene, hovered);
        mark(VectorLayer::End);
        mark(VectorLayer::Begin("scale-bar"));
        paint_scale_bar(painter, projector, palette);
        mark(VectorLayer::End);
        if let Some(basemap) = self.basemap.as_ref().filter(|_| on_basemap) {
            paint_attribution(painter, rect, &basemap.attribution(), palette);
        }
        if let Some(compare) = scene.compare {
            paint_compare_banner(painter, projector.screen, scene, compare);
        }
    }

    /// The fills, patterns, outlines and landmarks as meshes (the window's and the PNG's map).
    fn paint_meshes(
        &mut self,
        painter: &egui::Painter,
        transform: TSTransform,
        visible: Rect,
        scene: &MapScene<'_>,
        on_basemap: bool,
    ) {
        let palette = scene.palette;
        // Fills: one mesh for all districts, recoloured from the states.
        let (vertices, indices) = self.fill_size;
        let mut fill = Mesh {
            vertices: Vec::with_capacity(vertices),
            indices: Vec::with_capacity(indices),
            ..Mesh::default()
        };
        for (i, shape) in self.shapes.districts.iter().enumerate() {
            if !visible.intersects(shape.bounds) {
                continue;
            }
            let colour = district_fill(scene, i, on_basemap);
            let base = fill.vertices.len() as u32;
            fill.vertices
                .extend(shape.mesh.vertices.iter().map(|v| egui::epaint::Vertex {
                    pos: transform.mul_pos(v.pos),
                    uv: v.uv,
                    color: colour,
                }));
            fill.indices
                .extend(shape.mesh.indices.iter().map(|i| i + base));
        }
        self.fill_size = (fill.vertices.len(), fill.indices.len());
        painter.add(Shape::mesh(fill));

        // Stripes for partial and contested control, outlines on top. The outlines only change
        // with the view: they are tessellated once for it, and while the date moves only the fills
        // and the stripes are drawn anew.
        let view = OutlineView::of(painter, transform, palette);
        if self.outlines.view != Some(view) {
            self.outlines = Outlines::tessellate(&self.shapes, view, visible);
        }
        // Handed to the painter at once: thousands of districts are thousands of shapes. The stripes
        // are one mesh, under all the outlines.
        let mut lines = Vec::new();
        let mut stripes = Mesh::default();
        for (i, shape) in self.shapes.districts.iter().enumerate() {
            if !visible.intersects(shape.bounds) {
                continue;
            }
            if let Some(state) = scene.states.get(i) {
                for (pattern, tint) in overlay::overlays(state).into_iter().flatten() {
                    let colour = palette.tint(scene.data, (pattern, tint), state, scene.day);
                    append_tinted(
                        &mut stripes,
                        self.outlines.pattern_of(i, &shape.rings, pattern),
                        colour,
                    );
                }
            }
            if let Some(Some(outline)) = self.outlines.districts.get(i) {
                lines.push(Shape::Mesh(outline.clone()));
            }
        }
        painter.add(Shape::mesh(stripes));
        painter.extend(lines);
        // Dashed outlines, then the landmarks.
        for mesh in [&self.outlines.dashed, &self.outlines.landmarks]
            .into_iter()
            .flatten()
        {
            painter.add(Shape::Mesh(mesh.clone()));
        }
    }

    /// The outline of each district that changed side between two compared days, in the colour of
    /// the side that held it on the earlier day (its fill is the later day's side).
    fn paint_compare_outlines(
        &self,
        painter: &egui::Painter,
        transform: TSTransform,
        scene: &MapScene<'_>,
        compare: CompareScene<'_>,
    ) {
        for (i, shape) in self.shapes.districts.iter().enumerate() {
            if !compare.changed(i) {
                continue;
            }
            let before = compare.before.get(i).and_then(|s| s.controller);
            let colour = scene.palette.controller(scene.data, before);
            for ring in &shape.rings {
                let points: Vec<Pos2> = ring.iter().map(|p| transform.mul_pos(*p)).collect();
                painter.add(Shape::closed_line(
                    points.clone(),
                    Stroke::new(4.5, scene.palette.halo),
                ));
                painter.add(Shape::closed_line(points, Stroke::new(3.0, colour)));
            }
        }
    }
}

/// A district's fill: its controller's colour (faded when stale), stepped back when compared days
/// did not change it, see-through over a basemap.
pub(super) fn district_fill(scene: &MapScene<'_>, i: usize, on_basemap: bool) -> Color32 {
    let palette = scene.palette;
    let mut colour = scene
        .states
        .get(i)
        .map_or(palette.unknown, |s| palette.fill(scene.data, s, scene.day));
    if scene.compare.is_some_and(|c| !c.changed(i)) {
        // Compared days: what did not change side steps back.
        colour = lerp_colour(colour, palette.background, 0.72);
    }
    if on_basemap {
        // The streets show through.
        colour = colour.gamma_multiply(BASEMAP_FILL_ALPHA);
    }
    colour
}

/// Appends `mesh` (drawn in white) to `out` in `colour`, keeping the mesh's own transparency (the
/// feathered edges of its lines).
pub(super) fn append_tinted(out: &mut Mesh, mesh: &Mesh, colour: Color32) {
    let base = out.vertices.len() as u32;
    out.vertices
        .extend(mesh.vertices.iter().map(|v| egui::epaint::Vertex {
            pos: v.pos,
            uv: v.uv,
            color: match v.color.a() {
                255 => colour,
                a => colour.gamma_multiply_u8(a),
            },
        }));
    out.indices.extend(mesh.indices.iter().map(|i| i + base));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tinted_stripes_keep_their_feathered_edges() {
        let mut white = Mesh::default();
        for alpha in [255u8, 0, 128] {
            white.colored_vertex(Pos2::ZERO, Color32::from_white_alpha(alpha));
        }
        white.add_triangle(0, 1, 2);
        let mut out = Mesh::default();
        out.colored_vertex(Pos2::ZERO, Color32::BLACK);
        let green = Color32::from_rgb(0, 158, 115);
        append_tinted(&mut out, &white, green);
        assert_eq!(out.indices, [1, 2, 3], "indices move past what was there");
        assert_eq!(out.vertices[1].color, green);
        assert_eq!(out.vertices[2].color, Color32::TRANSPARENT);
        let half = out.vertices[3].color;
        assert!(
            half.a() > 100 && half.a() < 160 && half.g() < green.g(),
            "{half:?}"
        );
    }
}
