//! The pixels of shaded and textured triangles, kept from one frame to the next. A triangle is known
//! by everything that decides its pixels — its vertices (positions, texture coordinates, colours),
//! its texture and that texture's version, the scissor and the scale — so a kept triangle gives
//! exactly the pixels it would give drawn again; only their blending over what lies below is redone.
//! Bounded: past [`MOST_RUNS`] pixels or [`MOST_TRIANGLES`] triangles, it starts afresh.

use super::triangle::Scissor;
use super::Texture;
use atlas_core::model::fast_hash::FastMap;
use egui::epaint::Vertex;
use egui::TextureId;
use std::ops::Range;

/// The most pixels kept (20 bytes each: 160 MB at the most).
const MOST_RUNS: usize = 8_000_000;
/// The most triangles kept.
const MOST_TRIANGLES: usize = 1_000_000;

/// One pixel of a triangle: where (row-major index) and its colour, premultiplied, 0–1.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    pub at: u32,
    pub src: [f32; 4],
}

/// What decides a triangle's pixels.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct TriangleKey {
    /// Positions, texture coordinates and colours of the three vertices, and the scale (bits).
    words: [u32; 16],
    texture: TextureId,
    generation: u64,
    scissor: [usize; 4],
}

impl TriangleKey {
    pub fn new(
        v: [Vertex; 3],
        id: TextureId,
        texture: Option<Texture<'_>>,
        s: Scissor,
        ppp: f32,
    ) -> Self {
        let mut words = [0u32; 16];
        for (k, v) in v.iter().enumerate() {
            words[k * 5] = v.pos.x.to_bits();
            words[k * 5 + 1] = v.pos.y.to_bits();
            words[k * 5 + 2] = v.uv.x.to_bits();
            words[k * 5 + 3] = v.uv.y.to_bits();
            words[k * 5 + 4] = u32::from_le_bytes(v.color.to_array());
        }
        words[15] = ppp.to_bits();
        Self {
            words,
            texture: id,
            generation: texture.map_or(0, |t| t.generation),
            scissor: [s.x0, s.y0, s.x1, s.y1],
        }
    }
}

/// Triangles' pixels for canvases of one size.
#[derive(Default)]
pub struct RasterCache {
    /// Whether pixels are kept at all (a single image keeps none).
    keep: bool,
    size: (usize, usize),
    triangles: FastMap<TriangleKey, Range<usize>>,
    runs: Vec<Run>,
}

impl RasterCache {
    /// A cache that keeps pixels from one canvas to the next.
    pub fn new() -> Self {
        Self {
            keep: true,
            ..Self::default()
        }
    }

    /// Forgets everything when the canvas size changes (pixel indices depend on it).
    pub(super) fn fit(&mut self, width: usize, height: usize) {
        if self.size != (width, height) {
            self.clear();
            self.size = (width, height);
        }
    }

    fn clear(&mut self) {
        self.triangles.clear();
        self.runs.clear();
    }

    /// The pixels of the triangle `key`, made by `make` the first time.
    pub(super) fn runs_of(&mut self, key: TriangleKey, make: impl FnOnce(&mut Vec<Run>)) -> &[Run] {
        if !self.keep {
            self.runs.clear();
            make(&mut self.runs);
            return &self.runs;
        }
        if let Some(range) = self.triangles.get(&key) {
            return &self.runs[range.clone()];
        }
        if self.runs.len() > MOST_RUNS || self.triangles.len() > MOST_TRIANGLES {
            self.clear();
        }
        let start = self.runs.len();
        make(&mut self.runs);
        let range = start..self.runs.len();
        self.triangles.insert(key, range.clone());
        &self.runs[range]
    }

    /// How many triangles are kept (for tests).
    pub fn len(&self) -> usize {
        self.triangles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.triangles.is_empty()
    }
}
