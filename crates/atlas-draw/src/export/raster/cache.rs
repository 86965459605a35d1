//! What the rasterizer finds out about triangles, kept from one frame of an animation to the next, a
//! batch at a time. A batch is a run of consecutive triangles of a mesh: one-colour triangles (the
//! district fills, whose colours change from day to day but not their places), whose spans are kept;
//! or shaded triangles of one texel (a district's outline, a pattern), whose pixels are kept. A
//! batch is known by everything that decides what is kept — the scale, the scissor, and the
//! positions (for shaded triangles also the texture coordinates, colours and texel), compared word
//! for word — so a kept batch gives exactly what drawing it again would; only the filling with
//! today's colours, or the blending over what lies below, is redone. Glyphs, whose texture grows
//! from frame to frame, are not kept.
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

/// A hash of words: multiply and rotate, over pairs of words in four lanes (positions that differ in
/// their last bits land apart; the lanes keep the multiplications from waiting on each other).
fn hash_words(words: &[u32]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut lanes = [
        0x243F_6A88_85A3_08D3u64,
        0x1319_8A2E_0370_7344,
        0xA409_3822_299F_31D0,
        0x082E_FA98_EC4E_6C89,
    ];
    let mut chunks = words.chunks_exact(8);
    for chunk in &mut chunks {
        for (lane, pair) in lanes.iter_mut().zip(chunk.chunks_exact(2)) {
            let word = u64::from(pair[0]) | (u64::from(pair[1]) << 32);
            *lane = (*lane ^ word).wrapping_mul(K).rotate_left(29);
        }
    }
    let mut hash = words.len() as u64;
    for w in chunks.remainder() {
        hash = (hash ^ u64::from(*w)).wrapping_mul(K).rotate_left(29);
    }
    for lane in lanes {
        hash = (hash ^ lane).wrapping_mul(K).rotate_left(29);
    }
    hash
}

/// A row's span of a one-colour triangle: its first pixel (row-major index) and its length.
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    pub at: u32,
    pub len: u32,
}

/// What a batch holds: triangles of one colour each (their spans are kept, not their colours, so
/// the fills of every day share them), or shaded triangles of one texel (their pixels are kept).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Flat,
    Shaded([f32; 4]),
}

/// Batches of triangles' spans and pixels for canvases of one size.
pub struct RasterCache {
    /// Whether anything is kept at all (a single image keeps nothing).
    keep: bool,
    size: (usize, usize),
    /// Kept batches by the hash of their key.
    batches: FastMap<u64, Vec<Kept>>,
    words: Vec<u32>,
    runs: Vec<Run>,
    spans: Vec<Span>,
    /// Where each flat triangle's spans end in `spans`.
    ends: Vec<u32>,
    /// The batch being gathered, its kind, and the words of its key.
    batch: Vec<[Vertex; 3]>,
    kind: Kind,
    key: Vec<u32>,
    /// What is made and not kept.
    scratch: Vec<Run>,
    scratch_spans: Vec<Span>,
}

/// A kept batch: its key's words, and its pixels or its triangles' spans, as ranges of the cache's
/// arrays.
#[derive(Debug, Clone)]
struct Kept {
    words: Range<usize>,
    made: Made,
}

#[derive(Debug, Clone)]
enum Made {
    Runs(Range<usize>),
    Spans(Range<usize>),
}

impl Default for RasterCache {
    fn default() -> Self {
        Self {
            keep: false,
            size: (0, 0),
            batches: FastMap::default(),
            words: Vec::new(),
            runs: Vec::new(),
            spans: Vec::new(),
            ends: Vec::new(),
            batch: Vec::new(),
            kind: Kind::Flat,
            key: Vec::new(),
            scratch: Vec::new(),
            scratch_spans: Vec::new(),
        }
    }
}

impl RasterCache {
    /// A cache that keeps spans and pixels from one canvas to the next.
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
        self.spans.clear();
        self.ends.clear();
    }

    /// The kind of the batch being gathered.
    pub(super) fn kind(&self) -> Kind {
        self.kind
    }

    /// Whether a triangle of `kind` can join the batch being gathered.
    pub(super) fn joins_batch(&self, kind: Kind) -> bool {
        self.batch.is_empty() || self.kind == kind
    }

    pub(super) fn add_to_batch(&mut self, v: [Vertex; 3], kind: Kind) {
        self.kind = kind;
        self.batch.push(v);
    }

    /// The pixels of the shaded batch gathered (emptied by this), from the kept ones when the same
    /// batch (the same triangles, texel, scissor and scale) was drawn before; `make` draws a
    /// triangle.
    pub(super) fn batch_runs(
        &mut self,
        s: Scissor,
        ppp: f32,
        make: impl Fn([Vertex; 3], &mut Vec<Run>),
    ) -> &[Run] {
        let batch = std::mem::take(&mut self.batch);
        let runs = if !self.keep {
            self.scratch.clear();
            batch.iter().for_each(|v| make(*v, &mut self.scratch));
            None
        } else {
            let hash = self.key_of(&batch, s, ppp);
            Some(match self.find(hash) {
                Some(Made::Runs(runs)) => runs,
                _ => {
                    self.make_room();
                    let start = self.runs.len();
                    batch.iter().for_each(|v| make(*v, &mut self.runs));
                    let runs = start..self.runs.len();
                    self.keep_batch(hash, Made::Runs(runs.clone()));
                    runs
                }
            })
        };
        self.batch = batch;
        self.batch.clear();
        match runs {
            Some(runs) => &self.runs[runs],
            None => &self.scratch,
        }
    }

    /// Draws the flat batch gathered (emptied by this): `draw` gets each triangle with its spans,
    /// kept from before when the same triangles (positions only), scissor and scale were drawn;
    /// `make` finds a triangle's spans.
    pub(super) fn batch_spans(
        &mut self,
        s: Scissor,
        ppp: f32,
        make: impl Fn([Vertex; 3], &mut Vec<Span>),
        mut draw: impl FnMut([Vertex; 3], &[Span]),
    ) {
        let batch = std::mem::take(&mut self.batch);
        if !self.keep {
            for v in &batch {
                self.scratch_spans.clear();
                make(*v, &mut self.scratch_spans);
                draw(*v, &self.scratch_spans);
            }
        } else {
            let hash = self.key_of(&batch, s, ppp);
            let ends = match self.find(hash) {
                Some(Made::Spans(ends)) => ends,
                _ => {
                    self.make_room();
                    let start = self.ends.len();
                    for v in &batch {
                        make(*v, &mut self.spans);
                        self.ends.push(self.spans.len() as u32);
                    }
                    let ends = start..self.ends.len();
                    self.keep_batch(hash, Made::Spans(ends.clone()));
                    ends
                }
            };
            let mut from = match ends.start {
                0 => 0,
                i => self.ends[i - 1] as usize,
            };
            for (v, &end) in batch.iter().zip(&self.ends[ends]) {
                draw(*v, &self.spans[from..end as usize]);
                from = end as usize;
            }
        }
        self.batch = batch;
        self.batch.clear();
    }

    /// The kept batch whose key (in `self.key`) hashes to `hash`, if any.
    fn find(&self, hash: u64) -> Option<Made> {
        let kept = self.batches.get(&hash)?;
        kept.iter()
            .find(|k| self.words[k.words.clone()] == self.key[..])
            .map(|k| k.made.clone())
    }

    fn keep_batch(&mut self, hash: u64, made: Made) {
        let words = self.words.len()..self.words.len() + self.key.len();
        self.words.extend_from_slice(&self.key);
        self.batches
            .entry(hash)
            .or_default()
            .push(Kept { words, made });
    }

    /// Starts afresh when full.
    fn make_room(&mut self) {
        if self.runs.len() > MOST_RUNS
            || self.words.len() > MOST_WORDS
            || self.spans.len() > MOST_RUNS
        {
            self.clear();
        }
    }

    /// The key of the batch into `self.key` — the kind, the scale and the scissor, then for a flat
    /// batch each vertex's position, for a shaded one the texel and each vertex's position,
    /// texture coordinates and colour, as words — and its hash.
    fn key_of(&mut self, batch: &[[Vertex; 3]], s: Scissor, ppp: f32) -> u64 {
        self.key.clear();
        self.key.push(ppp.to_bits());
        self.key.extend([s.x0, s.y0, s.x1, s.y1].map(|e| e as u32));
        match self.kind {
            Kind::Flat => {
                self.key.push(1);
                for v in batch.iter().flatten() {
                    self.key.extend([v.pos.x.to_bits(), v.pos.y.to_bits()]);
                }
            }
            Kind::Shaded(texel) => {
                self.key.push(2);
                self.key.extend(texel.map(f32::to_bits));
                for v in batch.iter().flatten() {
                    self.key.extend([
                        v.pos.x.to_bits(),
                        v.pos.y.to_bits(),
                        v.uv.x.to_bits(),
                        v.uv.y.to_bits(),
                        u32::from_le_bytes(v.color.to_array()),
                    ]);
                }
            }
        }
        hash_words(&self.key)
    }

    /// How many batches are kept (for tests).
    pub fn len(&self) -> usize {
        self.batches.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.batches.is_empty()
    }
}
