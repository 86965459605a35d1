//! The district outlines, dashes, landmarks and patterns, tessellated once per view and kept until it changes.

use super::*;

/// What the outlines were tessellated for: the view, the painter's clip and pixels, the tessellation
/// options and the colours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct OutlineView {
    transform: TSTransform,
    clip: Rect,
    pixels_per_point: f32,
    options: TessellationOptions,
    outline: Color32,
    dashes: Color32,
    water: Color32,
    landmark: Color32,
}

impl OutlineView {
    /// The colours of the lines.
    pub(super) fn colours(&self) -> LineColours {
        LineColours {
            outline: self.outline,
            dashes: self.dashes,
            water: self.water,
            landmark: self.landmark,
        }
    }

    pub(super) fn of(painter: &egui::Painter, transform: TSTransform, palette: &Palette) -> Self {
        Self {
            transform,
            clip: painter.clip_rect(),
            pixels_per_point: painter.pixels_per_point(),
            options: painter.ctx().tessellation_options(|o| *o),
            outline: palette.outline,
            dashes: if palette.dark {
                Color32::from_gray(230)
            } else {
                Color32::from_gray(40)
            },
            water: palette.water,
            landmark: palette.landmark,
        }
    }

    /// A tessellator for lines in this view (only lines: no text, so the font atlas does not matter).
    pub(super) fn tessellator(&self) -> Tessellator {
        let mut tessellator =
            Tessellator::new(self.pixels_per_point, self.options, [1, 1], Vec::new());
        tessellator.set_clip_rect(self.clip);
        tessellator
    }

    /// A ring in map coordinates, on screen.
    pub(super) fn ring_on_screen(&self, ring: &[Pos2]) -> Vec<Pos2> {
        ring.iter().map(|p| self.transform.mul_pos(*p)).collect()
    }
}

/// The district outlines (solid, one mesh per district, drawn over all the stripes; one mesh joining
/// them all was measured slower to hand to egui), the dashed outlines of approximate districts, the
/// landmarks, and the stripes of the districts met so far, tessellated exactly as egui would
/// tessellate their lines for the view.
#[derive(Default)]
pub(super) struct Outlines {
    pub(super) view: Option<OutlineView>,
    pub(super) districts: Vec<Option<Arc<Mesh>>>,
    pub(super) dashed: Option<Arc<Mesh>>,
    pub(super) landmarks: Option<Arc<Mesh>>,
    /// The patterns over each district met so far (see [`overlay`]), tessellated in white for the
    /// view; each frame tints them.
    pub(super) stripes: FastMap<(usize, Pattern), Mesh>,
}

impl Outlines {
    pub(super) fn tessellate(shapes: &MapShapes, view: OutlineView, visible: Rect) -> Self {
        let mut tessellator = view.tessellator();
        let mut mesh_of = |lines: Vec<Shape>| {
            let mut mesh = Mesh::default();
            for line in lines {
                tessellator.tessellate_shape(line, &mut mesh);
            }
            (!mesh.is_empty()).then(|| Arc::new(mesh))
        };
        let outline = Stroke::new(0.8, view.outline);
        let mut dashed = Vec::new();
        let mut districts = Vec::with_capacity(shapes.districts.len());
        for shape in &shapes.districts {
            if !visible.intersects(shape.bounds) {
                districts.push(None);
                continue;
            }
            if shape.approximate {
                for ring in &shape.rings {
                    let mut ring = view.ring_on_screen(ring);
                    if let Some(first) = ring.first().copied() {
                        ring.push(first);
                    }
                    dashed.extend(Shape::dashed_line(
                        &ring,
                        Stroke::new(1.2, view.dashes),
                        5.0,
                        3.5,
                    ));
                }
                districts.push(None);
            } else {
                let rings = shape.rings.iter();
                districts.push(mesh_of(
                    rings
                        .map(|r| Shape::closed_line(view.ring_on_screen(r), outline))
                        .collect(),
                ));
            }
        }
        let dashed = mesh_of(dashed);
        let mut landmarks = Vec::new();
        for landmark in &shapes.landmarks {
            for line in &landmark.lines {
                let points = view.ring_on_screen(line);
                landmarks.push(match landmark.style {
                    LandmarkStyle::River => Shape::line(points, Stroke::new(3.0, view.water)),
                    LandmarkStyle::Area => {
                        Shape::closed_line(points, Stroke::new(2.0, view.landmark))
                    }
                });
            }
        }
        Self {
            view: Some(view),
            districts,
            dashed,
            landmarks: mesh_of(landmarks),
            stripes: FastMap::default(),
        }
    }

    /// A pattern over a district (`rings` in map coordinates) for the view, in white.
    pub(super) fn pattern_of(
        &mut self,
        district: usize,
        rings: &[Vec<Pos2>],
        pattern: Pattern,
    ) -> &Mesh {
        let view = self.view;
        self.stripes.entry((district, pattern)).or_insert_with(|| {
            let mut mesh = Mesh::default();
            let Some(view) = view else { return mesh };
            let rings: Vec<Vec<Pos2>> = rings.iter().map(|r| view.ring_on_screen(r)).collect();
            let mut tessellator = view.tessellator();
            let (lines, width) = pattern.lines(&rings, STRIPE_SPACING);
            for seg in lines {
                let line = Shape::line_segment(seg, Stroke::new(width, Color32::WHITE));
                tessellator.tessellate_shape(line, &mut mesh);
            }
            mesh
        })
    }
}
