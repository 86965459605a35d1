//! The pixels of shaded triangles (anti-aliased edges, feathered lines), kept from one frame to the
//! next, a batch at a time: a batch is a run of consecutive shaded triangles of one texel in a mesh
//! (a district's outline, a pattern), known by everything that decides its pixels — each vertex's
//! position, texture coordinates and colour, the texel, the scissor and the scale, compared word for
//! word — so a kept batch gives exactly the pixels it would give drawn again; only their blending
//! over what lies below is redone. Glyphs, whose texture grows from frame to frame, are not kept.
//! Bounded: past [`MOST_RUNS`] pixels or [`MOST_WORDS`] key words, it starts afresh.

use super::triangle::Scissor;
use atlas_core::model::fast_hash::FastMap;
use egui::epaint::Vertex;
use std::ops::Range;

/// The most pixels kept (20 bytes each: 160 MB at the most).
const MOST_RUNS: usize = 8_000_000;
/// The most key words kept (4 bytes each: 64 MB at the most).
const MOST_WORDS: usize = 16_000_000;

/// One pixel of a triangle: where (row-major index) and its colour, premultiplied, 0–1.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    pub at: u32,
    pub src: [f32; 4],
}

/// Batches of triangles' pixels for canvases of one size.
#[derive(Default)]
pub struct RasterCache {
    /// Whether pixels are kept at all (a single image keeps none).
    keep: bool,
    size: (usize, usize),
    /// Kept batches by the hash of their key: where their key words and their pixels are.
    batches: FastMap<u64, Vec<Kept>>,
    words: Vec<u32>,
    runs: Vec<Run>,
    /// The batch being gathered, its texel, and the words of its key.
    batch: Vec<[Vertex; 3]>,
    texel: [f32; 4],
    key: Vec<u32>,
    /// Pixels made and not kept.
    scratch: Vec<Run>,
}

/// A kept batch: its key's words and its pixels, as ranges of the cache's arrays.
#[derive(Debug, Clone)]
struct Kept {
    words: Range<usize>,
    runs: Range<usize>,
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
        self.batches.clear();
        self.words.clear();
        self.runs.clear();
    }

    /// Whether a triangle of `texel` can join the batch being gathered (it is empty, or of the
    /// same texel).
    pub(super) fn joins_batch(&self, texel: [f32; 4]) -> bool {
        self.batch.is_empty() || self.texel == texel
    }

    pub(super) fn add_to_batch(&mut self, v: [Vertex; 3], texel: [f32; 4]) {
        self.texel = texel;
        self.batch.push(v);
    }

    /// Pixels made by `make` and not kept (the last ones made this way are dropped).
    pub(super) fn scratch(&mut self, make: impl FnOnce(&mut Vec<Run>)) -> &[Run] {
        self.scratch.clear();
        make(&mut self.scratch);
        &self.scratch
    }

    /// The pixels of the batch gathered (emptied by this), from the kept ones when the same batch
    /// (the same triangles, texel, scissor and scale) was drawn before; `make` draws a triangle.
    pub(super) fn batch_runs(
        &mut self,
        s: Scissor,
        ppp: f32,
        make: impl Fn([Vertex; 3], &mut Vec<Run>),
    ) -> &[Run] {
        if self.batch.is_empty() {
            return &[];
        }
        let batch = std::mem::take(&mut self.batch);
        if !self.keep {
            self.scratch.clear();
            batch.iter().for_each(|v| make(*v, &mut self.scratch));
            self.batch = batch;
            self.batch.clear();
            return &self.scratch;
        }
        let hash = self.key_of(&batch, s, ppp);
        let found = self.batches.get(&hash).and_then(|kept| {
            kept.iter()
                .find(|k| self.words[k.words.clone()] == self.key[..])
                .map(|k| k.runs.clone())
        });
        let runs = match found {
            Some(runs) => runs,
            None => {
                if self.runs.len() > MOST_RUNS || self.words.len() > MOST_WORDS {
                    self.clear();
                }
                let start = self.runs.len();
                batch.iter().for_each(|v| make(*v, &mut self.runs));
                let words = self.words.len()..self.words.len() + self.key.len();
                self.words.extend_from_slice(&self.key);
                let runs = start..self.runs.len();
                let kept = Kept {
                    words,
                    runs: runs.clone(),
                };
                self.batches.entry(hash).or_default().push(kept);
                runs
            }
        };
        self.batch = batch;
        self.batch.clear();
        &self.runs[runs]
    }

    /// The key of a batch into `self.key` (the scale, scissor, texel, then positions, texture
    /// coordinates and colours of each vertex, as words), and its hash.
    fn key_of(&mut self, batch: &[[Vertex; 3]], s: Scissor, ppp: f32) -> u64 {
        self.key.clear();
        self.key.push(ppp.to_bits());
        self.key.extend([s.x0, s.y0, s.x1, s.y1].map(|e| e as u32));
        self.key.extend(self.texel.map(f32::to_bits));
        for v in batch.iter().flatten() {
            self.key.extend([
                v.pos.x.to_bits(),
                v.pos.y.to_bits(),
                v.uv.x.to_bits(),
                v.uv.y.to_bits(),
                u32::from_le_bytes(v.color.to_array()),
            ]);
        }
        // Multiply and rotate over every word: positions that differ in their last bits land
        // apart.
        let mut hash = 0x243F_6A88_85A3_08D3u64;
        for w in &self.key {
            hash = (hash ^ u64::from(*w))
                .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                .rotate_left(29);
        }
        hash
    }

    /// How many batches are kept (for tests).
    pub fn len(&self) -> usize {
        self.batches.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.batches.is_empty()
    }
}
