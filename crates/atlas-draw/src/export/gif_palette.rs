//! The one palette of an animated GIF, built once from the figure's own colours instead of a colour
//! quantizer run afresh on every frame: every colour the figure fills large areas with (the fills of
//! each controller, faded or not, the background, the legend's frame, the caption's box: found by
//! counting the pixels of a few sample frames, and given by the caller for the fills of every day)
//! keeps its exact value; the rest of the 255 entries are spent by median cut on the colours left
//! over, which are the ramps of anti-aliased edges and text. Index 255 is kept for transparency.
//!
//! [`Mapper`] turns frames into indices: exact colours by lookup, the others to the nearest entry,
//! remembered in a small cache so that each colour is searched for once.

use atlas_core::model::fast_hash::FastMap;
use image::RgbaImage;

/// The palette index that stands for "unchanged since the previous frame".
pub const TRANSPARENT: u8 = 255;

/// At most this many colours are kept exact (the rest of the 255 go to the median cut).
const MOST_EXACT: usize = 192;

/// A colour that covers at least one pixel in this many of the samples is kept exact.
const EXACT_SHARE: usize = 4_000;

/// Up to 255 colours (index 255 is transparency).
#[derive(Debug, Clone)]
pub struct GifPalette {
    colours: Vec<[u8; 3]>,
    /// Exact colours (RGB as `0xRRGGBB`) to their index.
    exact: FastMap<u32, u8>,
}

fn key([r, g, b]: [u8; 3]) -> u32 {
    (u32::from(r) << 16) | (u32::from(g) << 8) | u32::from(b)
}

impl GifPalette {
    /// The palette of frames like `samples`, with `known` (the fills of every frame) kept exact.
    pub fn build(samples: &[&RgbaImage], known: &[[u8; 3]]) -> Self {
        let mut counts: FastMap<u32, u32> = FastMap::default();
        let mut pixels = 0usize;
        for image in samples {
            for p in image.as_raw().chunks_exact(4) {
                *counts.entry(key([p[0], p[1], p[2]])).or_insert(0) += 1;
            }
            pixels += image.as_raw().len() / 4;
        }
        let mut exact: Vec<u32> = Vec::new();
        for &c in known {
            let k = key(c);
            if !exact.contains(&k) && exact.len() < MOST_EXACT {
                exact.push(k);
            }
        }
        let mut by_count: Vec<(u32, u32)> = counts.iter().map(|(&k, &n)| (k, n)).collect();
        // Most pixels first; ties by colour, so the palette does not depend on the hash order.
        by_count.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let threshold = (pixels / EXACT_SHARE).max(1) as u32;
        for &(k, n) in &by_count {
            if exact.len() >= MOST_EXACT || n < threshold {
                break;
            }
            if !exact.contains(&k) {
                exact.push(k);
            }
        }
        let rest: Vec<([u8; 3], u32)> = by_count
            .iter()
            .filter(|(k, _)| !exact.contains(k))
            .map(|&(k, n)| (rgb_of(k), n))
            .collect();
        let mut colours: Vec<[u8; 3]> = exact.iter().map(|&k| rgb_of(k)).collect();
        colours.extend(median_cut(rest, usize::from(TRANSPARENT) - colours.len()));
        let exact = exact
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i as u8))
            .collect();
        Self { colours, exact }
    }

    /// The colours, in index order (at most 255).
    pub fn colours(&self) -> &[[u8; 3]] {
        &self.colours
    }

    /// The GIF colour table: 256 entries of RGB (unused ones and the transparent one black).
    pub fn table(&self) -> Vec<u8> {
        let mut table = vec![0u8; 256 * 3];
        for (i, c) in self.colours.iter().enumerate() {
            table[i * 3..i * 3 + 3].copy_from_slice(c);
        }
        table
    }

    /// The entry nearest to a colour.
    fn nearest(&self, rgb: [u8; 3]) -> u8 {
        if let Some(&i) = self.exact.get(&key(rgb)) {
            return i;
        }
        let mut best = (u32::MAX, 0u8);
        for (i, c) in self.colours.iter().enumerate() {
            let d = distance(*c, rgb);
            if d < best.0 {
                best = (d, i as u8);
            }
        }
        best.1
    }

    /// A mapper of frames to this palette, with its own cache.
    pub fn mapper(&self) -> Mapper<'_> {
        Mapper {
            palette: self,
            cache: vec![EMPTY; CACHE_SIZE],
            last: None,
        }
    }
}

fn rgb_of(k: u32) -> [u8; 3] {
    [(k >> 16) as u8, (k >> 8) as u8, k as u8]
}

/// Squared distance, weighted a little towards green as the eye is (2, 4, 3).
fn distance(a: [u8; 3], b: [u8; 3]) -> u32 {
    let d = |i: usize| u32::from(a[i].abs_diff(b[i])).pow(2);
    2 * d(0) + 4 * d(1) + 3 * d(2)
}

const CACHE_SIZE: usize = 1 << 16;
/// No entry: `0xFFFFFF << 8 | 255` is never stored, since 255 is never a nearest index.
const EMPTY: u32 = u32::MAX;

/// Maps frames to a palette's indices.
pub struct Mapper<'a> {
    palette: &'a GifPalette,
    /// Direct-mapped: `rgb << 8 | index`.
    cache: Vec<u32>,
    /// The last image mapped by [`Mapper::map`], and its indices.
    last: Option<(RgbaImage, Vec<u8>)>,
}

/// Pixels compared at a time with the last image.
const BLOCK: usize = 16;

impl Mapper<'_> {
    /// [`Self::indices`] of an image kept for the next call: the blocks of pixels equal to the last
    /// image's (most of a map, from one day to the next) take its indices without being looked up.
    pub fn map(&mut self, image: RgbaImage) -> Vec<u8> {
        let last = self
            .last
            .take()
            .filter(|(last, _)| last.dimensions() == image.dimensions());
        let out = match &last {
            None => self.indices(&image),
            Some((before, indices)) => {
                let (now, _) = image.as_raw().as_chunks::<{ 4 * BLOCK }>();
                let (then, _) = before.as_raw().as_chunks::<{ 4 * BLOCK }>();
                let mut out = indices.clone();
                for (b, (p, q)) in now.iter().zip(then).enumerate() {
                    if p != q {
                        let at = b * BLOCK;
                        self.map_into(&image.as_raw()[at * 4..(at + BLOCK) * 4], &mut out[at..]);
                    }
                }
                // The pixels past the last whole block.
                let at = now.len() * BLOCK;
                self.map_into(&image.as_raw()[at * 4..], &mut out[at..]);
                out
            }
        };
        self.last = Some((image, out.clone()));
        out
    }

    /// The index of every pixel of an RGBA image (alpha is ignored: the figure is opaque).
    pub fn indices(&mut self, image: &RgbaImage) -> Vec<u8> {
        let mut out = vec![0u8; image.as_raw().len() / 4];
        self.map_into(image.as_raw(), &mut out);
        out
    }

    /// Maps RGBA bytes onto the start of `out`.
    fn map_into(&mut self, rgba: &[u8], out: &mut [u8]) {
        let (pixels, _) = rgba.as_chunks::<4>();
        let mut last = (u32::MAX, 0u8);
        for (o, p) in out.iter_mut().zip(pixels) {
            // Runs of one colour are most of a map: the pixel as one word, alpha and all.
            let word = u32::from_le_bytes(*p);
            if word != last.0 {
                last = (word, self.index_of(key([p[0], p[1], p[2]])));
            }
            *o = last.1;
        }
    }

    /// The index for the colour `0xRRGGBB`.
    fn index_of(&mut self, k: u32) -> u8 {
        let slot = (k.wrapping_mul(0x9E37_79B1) >> 16) as usize & (CACHE_SIZE - 1);
        let entry = self.cache[slot];
        if entry != EMPTY && entry >> 8 == k {
            return entry as u8;
        }
        let i = self.palette.nearest(rgb_of(k));
        self.cache[slot] = (k << 8) | u32::from(i);
        i
    }
}

/// Up to `slots` colours standing for `colours` (with their pixel counts): the box of colours with
/// the most pixels spread widest is cut at its median along its widest channel, until there are
/// `slots` boxes; each gives its mean colour.
fn median_cut(colours: Vec<([u8; 3], u32)>, slots: usize) -> Vec<[u8; 3]> {
    if colours.is_empty() || slots == 0 {
        return Vec::new();
    }
    let mut boxes = vec![colours];
    while boxes.len() < slots {
        let widest = boxes
            .iter()
            .enumerate()
            .filter(|(_, b)| b.len() > 1)
            .max_by_key(|(_, b)| {
                let (_, spread) = widest_channel(b);
                let weight: u64 = b.iter().map(|(_, n)| u64::from(*n)).sum();
                u64::from(spread) * weight
            })
            .map(|(i, _)| i);
        let Some(i) = widest else { break };
        let mut cut = std::mem::take(&mut boxes[i]);
        let (channel, _) = widest_channel(&cut);
        cut.sort_unstable_by_key(|(c, _)| c[channel]);
        let half: u64 = cut.iter().map(|(_, n)| u64::from(*n)).sum::<u64>() / 2;
        let mut seen = 0u64;
        let mut at = cut.len() / 2;
        for (k, (_, n)) in cut.iter().enumerate() {
            seen += u64::from(*n);
            if seen >= half {
                at = k + 1;
                break;
            }
        }
        let at = at.clamp(1, cut.len() - 1);
        let upper = cut.split_off(at);
        boxes[i] = cut;
        boxes.push(upper);
    }
    boxes
        .iter()
        .filter(|b| !b.is_empty())
        .map(|b| mean(b))
        .collect()
}

/// The channel along which a box of colours spreads widest, and how wide.
fn widest_channel(colours: &[([u8; 3], u32)]) -> (usize, u8) {
    let mut lo = [255u8; 3];
    let mut hi = [0u8; 3];
    for (c, _) in colours {
        for i in 0..3 {
            lo[i] = lo[i].min(c[i]);
            hi[i] = hi[i].max(c[i]);
        }
    }
    (0..3)
        .map(|i| (i, hi[i].saturating_sub(lo[i])))
        .max_by_key(|&(i, s)| (s, std::cmp::Reverse(i)))
        .unwrap_or((0, 0))
}

fn mean(colours: &[([u8; 3], u32)]) -> [u8; 3] {
    let mut sum = [0u64; 3];
    let mut n = 0u64;
    for (c, w) in colours {
        for i in 0..3 {
            sum[i] += u64::from(c[i]) * u64::from(*w);
        }
        n += u64::from(*w);
    }
    let n = n.max(1);
    sum.map(|s| ((s + n / 2) / n) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(pixels: &[[u8; 3]], width: u32) -> RgbaImage {
        let raw: Vec<u8> = pixels
            .iter()
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect();
        RgbaImage::from_raw(width, pixels.len() as u32 / width, raw).expect("image")
    }

    #[test]
    fn fills_and_known_colours_stay_exact_and_ramps_come_close() {
        let orange = [0xD5, 0x5E, 0x00];
        let green = [0x00, 0x9E, 0x73];
        let known = [0x11, 0x22, 0x33];
        // Mostly two fills, with a ramp of 400 greys (more than the palette holds) between them.
        let mut pixels = vec![orange; 20_000];
        pixels.extend(vec![green; 20_000]);
        for i in 0..400u32 {
            let v = (i * 255 / 399) as u8;
            pixels.push([v, v / 2, 255 - v]);
        }
        let sample = image(&pixels, 20);
        let palette = GifPalette::build(&[&sample], &[known]);
        assert!(palette.colours().len() <= 255);
        let mut mapper = palette.mapper();
        let indices = mapper.indices(&sample);
        let back = |i: u8| palette.colours()[usize::from(i)];
        assert_eq!(back(indices[0]), orange);
        assert_eq!(back(indices[20_000]), green);
        assert!(palette.colours().contains(&known), "known colours are kept");
        // Every ramp colour comes back within a few levels.
        let worst = pixels[40_000..]
            .iter()
            .zip(&indices[40_000..])
            .map(|(p, &i)| (0..3).map(|c| p[c].abs_diff(back(i)[c])).max().unwrap_or(0))
            .max()
            .unwrap_or(0);
        assert!(worst <= 6, "worst channel error {worst}");
        assert!(indices.iter().all(|&i| i != TRANSPARENT));
    }

    #[test]
    fn mapping_after_a_similar_image_gives_what_mapping_afresh_gives() {
        let pixels: Vec<[u8; 3]> = (0..4099u32)
            .map(|i| [(i * 7) as u8, (i * 13) as u8, (i * 29) as u8])
            .collect();
        let first = image(&pixels, 1);
        let palette = GifPalette::build(&[&first], &[]);
        let mut mapper = palette.mapper();
        let mut changed = pixels.clone();
        // A change inside a block, one in the pixels past the last whole block, one at the start.
        changed[100] = [1, 2, 3];
        changed[4098] = [200, 100, 50];
        changed[0] = [9, 9, 9];
        let second = image(&changed, 1);
        assert_eq!(mapper.map(first.clone()), palette.mapper().indices(&first));
        assert_eq!(
            mapper.map(second.clone()),
            palette.mapper().indices(&second)
        );
        // Another size is mapped afresh.
        let small = image(&changed[..64], 8);
        assert_eq!(mapper.map(small.clone()), palette.mapper().indices(&small));
    }

    #[test]
    fn the_cache_gives_what_a_search_gives() {
        let pixels: Vec<[u8; 3]> = (0..4096u32)
            .map(|i| [(i * 7) as u8, (i * 13) as u8, (i * 29) as u8])
            .collect();
        let sample = image(&pixels, 64);
        let palette = GifPalette::build(&[&sample], &[]);
        let mut mapper = palette.mapper();
        // Twice: the second pass comes from the cache.
        for _ in 0..2 {
            let indices = mapper.indices(&sample);
            for (p, i) in pixels.iter().zip(indices) {
                assert_eq!(i, palette.nearest(*p));
            }
        }
    }
}
