//! A CPU rasterizer for egui's tessellated output, so that exports need no GPU and no display: the
//! same shapes the window shows are tessellated by egui and filled here as the GPU fills them — pixel
//! centres inside each triangle (the top-left rule on shared edges), vertex colours and texture
//! coordinates interpolated across it, the font texture sampled bilinearly, premultiplied alpha
//! blended in gamma space into 8-bit channels, clipped to the same whole-pixel scissor rectangles as
//! egui's wgpu renderer.
//!
//! It works a row at a time: each triangle is cut into one span of pixels per row, found from its
//! three edges; a span of one colour (most of a map: the fills, the background, the frames) is
//! written or blended as a run, and only spans whose colour or texture varies (anti-aliased edges,
//! glyphs) are interpolated pixel by pixel. The pixels of those shaded triangles are kept from one
//! frame of an animation to the next ([`RasterCache`]): outlines and patterns are the same every day.

use egui::epaint::{ClippedPrimitive, Primitive, Vertex};
use egui::{Color32, ColorImage, Rect, TextureId, TexturesDelta};
use std::collections::HashMap;

/// The textures egui asked for, kept up to date from each frame's [`TexturesDelta`].
#[derive(Default, Clone)]
pub struct TextureStore {
    textures: HashMap<TextureId, ColorImage>,
}

impl TextureStore {
    pub fn apply(&mut self, delta: &TexturesDelta) {
        for (id, image_delta) in delta
            .set
            .iter()
            .flat_map(|(id, ds)| ds.iter().map(move |d| (id, d)))
        {
            let egui::ImageData::Color(image) = &image_delta.image;
            match image_delta.pos {
                None => {
                    self.textures.insert(*id, ColorImage::clone(image));
                }
                Some([x0, y0]) => {
                    let Some(target) = self.textures.get_mut(id) else {
                        continue;
                    };
                    let [w, h] = image.size;
                    let [tw, th] = target.size;
                    for y in 0..h.min(th.saturating_sub(y0)) {
                        let width = w.min(tw.saturating_sub(x0));
                        let from = &image.pixels[y * w..y * w + width];
                        let at = (y0 + y) * tw + x0;
                        target.pixels[at..at + width].copy_from_slice(from);
                    }
                }
            }
        }
        for id in &delta.free {
            self.textures.remove(id);
        }
    }

    fn get(&self, id: TextureId) -> Option<Texture<'_>> {
        let image = self.textures.get(&id)?;
        let [w, h] = image.size;
        (w > 0 && h > 0 && image.pixels.len() >= w * h).then_some(Texture {
            pixels: &image.pixels,
            w,
            h,
        })
    }
}

/// A texture being sampled (a missing one samples as white, as egui's renderers fall back to).
#[derive(Clone, Copy)]
struct Texture<'a> {
    pixels: &'a [Color32],
    w: usize,
    h: usize,
}

impl Texture<'_> {
    /// Bilinear, with the taps at texel centres and clamped at the edges (egui's wgpu renderer in its
    /// predictable mode, and what GPUs do with linear filtering); premultiplied, 0–1.
    fn sample(&self, u: f32, v: f32) -> [f32; 4] {
        let (w, h) = (self.w, self.h);
        let x = u * w as f32 - 0.5;
        let y = v * h as f32 - 0.5;
        let (xi, yi) = (floor(x), floor(y));
        let (fx, fy) = (x - xi as f32, y - yi as f32);
        let clamp_x = |i: i64| i.clamp(0, w as i64 - 1) as usize;
        let clamp_y = |i: i64| i.clamp(0, h as i64 - 1) as usize;
        let (x0, y0) = (clamp_x(xi), clamp_y(yi));
        let px = |xx: usize, yy: usize| self.pixels[yy * w + xx].to_array();
        // On a texel's centre (glyphs drawn at their own size are), to within what a GPU's
        // filtering resolves (8 bits of a texel): that texel.
        if fx < 1.0 / 512.0 && fy < 1.0 / 512.0 {
            return px(x0, y0).map(|c| f32::from(c) / 255.0);
        }
        let (x1, y1) = (clamp_x(xi + 1), clamp_y(yi + 1));
        let (a, b, c, d) = (px(x0, y0), px(x1, y0), px(x0, y1), px(x1, y1));
        let mut out = [0.0f32; 4];
        for i in 0..4 {
            let top = f32::from(a[i]) + (f32::from(b[i]) - f32::from(a[i])) * fx;
            let bottom = f32::from(c[i]) + (f32::from(d[i]) - f32::from(c[i])) * fx;
            out[i] = (top + (bottom - top) * fy) / 255.0;
        }
        out
    }
}

/// An RGBA canvas in physical pixels (premultiplied while drawing, straight alpha once finished).
pub struct Canvas {
    pub width: usize,
    pub height: usize,
    /// Premultiplied RGBA, row-major.
    pixels: Vec<[u8; 4]>,
    /// The background is opaque, so every pixel stays so.
    opaque: bool,
}

impl Canvas {
    pub fn new(width: usize, height: usize, background: Color32) -> Self {
        Self {
            width,
            height,
            pixels: vec![background.to_array(); width * height],
            opaque: background.a() == 255,
        }
    }

    /// Fills every mesh of `primitives`, scaled by `pixels_per_point`, keeping nothing.
    pub fn draw(
        &mut self,
        primitives: &[ClippedPrimitive],
        textures: &TextureStore,
        pixels_per_point: f32,
    ) {
        self.draw_cached(
            primitives,
            textures,
            pixels_per_point,
            &mut RasterCache::default(),
        );
    }

    /// [`Self::draw`], with the pixels of shaded triangles kept in `cache` from one canvas to the
    /// next: the frames of an animation draw the same outlines and stripes again and again, and
    /// only their blending is done anew. The pixels are the same either way.
    pub fn draw_cached(
        &mut self,
        primitives: &[ClippedPrimitive],
        textures: &TextureStore,
        pixels_per_point: f32,
        cache: &mut RasterCache,
    ) {
        cache.fit(self.width, self.height);
        for p in primitives {
            let Primitive::Mesh(mesh) = &p.primitive else {
                continue;
            };
            let scissor = self.scissor(p.clip_rect, pixels_per_point);
            if scissor.x0 >= scissor.x1 || scissor.y0 >= scissor.y1 {
                continue;
            }
            let texture = textures.get(mesh.texture_id);
            // Most triangles share one texel (egui's white one): sampled once.
            let mut texels = TexelMemo::default();
            for tri in mesh.indices.chunks_exact(3) {
                let vertex = |i: u32| mesh.vertices.get(i as usize).copied();
                let (Some(a), Some(b), Some(c)) = (vertex(tri[0]), vertex(tri[1]), vertex(tri[2]))
                else {
                    continue;
                };
                let v = [a, b, c];
                let uniform = a.color == b.color && b.color == c.color;
                let same_uv = a.uv == b.uv && b.uv == c.uv;
                let kind = if uniform && (same_uv || texture.is_none()) {
                    Kind::Flat
                } else if same_uv || texture.is_none() {
                    Kind::Shaded(texels.at(texture, a.uv))
                } else {
                    // Glyphs sample a texture that grows from frame to frame: drawn afresh,
                    // straight onto the canvas.
                    self.flush(cache, texture, &mut texels, scissor, pixels_per_point);
                    if let Some(setup) = Setup::new(v, pixels_per_point) {
                        let shader = Shader::new(&setup, v, texture, uniform, same_uv);
                        self.textured(&setup, &shader, scissor);
                    }
                    continue;
                };
                if !cache.joins_batch(kind) {
                    self.flush(cache, texture, &mut texels, scissor, pixels_per_point);
                }
                cache.add_to_batch(v, kind);
            }
            self.flush(cache, texture, &mut texels, scissor, pixels_per_point);
        }
    }

    /// Draws the batch waiting in `cache`, from what it kept when the same batch was drawn before:
    /// one-colour triangles filled span by span, shaded ones blended pixel by pixel.
    fn flush(
        &mut self,
        cache: &mut RasterCache,
        texture: Option<Texture<'_>>,
        texels: &mut TexelMemo,
        s: Scissor,
        ppp: f32,
    ) {
        let width = self.width;
        match cache.kind() {
            Kind::Flat => {
                let pixels = &mut self.pixels;
                let spans = |v: [Vertex; 3], out: &mut Vec<Span>| {
                    if let Some(setup) = Setup::new(v, ppp) {
                        flat_spans(&setup, s, width, out);
                    }
                };
                cache.batch_spans(s, ppp, spans, |v, spans| {
                    let texel = texels.at(texture, v[0].uv);
                    let colour = v[0].color.to_array();
                    let src: [u8; 4] =
                        std::array::from_fn(|i| (f32::from(colour[i]) * texel[i] + 0.5) as u8);
                    if src != [0; 4] {
                        for span in spans {
                            let at = span.at as usize;
                            if let Some(row) = pixels.get_mut(at..at + span.len as usize) {
                                fill_span(row, src);
                            }
                        }
                    }
                });
            }
            Kind::Shaded(_) => {
                let runs = cache.batch_runs(s, ppp, |v, out| {
                    if let Some(setup) = Setup::new(v, ppp) {
                        let uniform = v[0].color == v[1].color && v[1].color == v[2].color;
                        let shader = Shader::new(&setup, v, texture, uniform, true);
                        shade(&setup, &shader, s, width, out);
                    }
                });
                blend(&mut self.pixels, runs);
            }
        }
    }

    /// The clip rectangle in whole pixels, rounded as egui's wgpu renderer rounds its scissor.
    fn scissor(&self, clip: Rect, ppp: f32) -> Scissor {
        let round = |v: f32, max: usize| ((v * ppp).round().max(0.0) as usize).min(max);
        let x0 = round(clip.min.x, self.width);
        let y0 = round(clip.min.y, self.height);
        Scissor {
            x0,
            y0,
            x1: round(clip.max.x, self.width).max(x0),
            y1: round(clip.max.y, self.height).max(y0),
        }
    }

    /// A textured triangle (a glyph), shaded and blended pixel by pixel.
    fn textured(&mut self, tri: &Setup, shader: &Shader<'_>, s: Scissor) {
        let (y0, y1) = tri.rows(s);
        if let Some((colour, texture, origin)) = shader.texel_per_pixel() {
            self.glyph(tri, s, colour, texture, origin);
            return;
        }
        for y in y0..y1 {
            let Some((x0, x1)) = tri.span(y, s) else {
                continue;
            };
            let cy = y as f32 + 0.5;
            let row = &mut self.pixels[y * self.width + x0..y * self.width + x1];
            for (k, dst) in row.iter_mut().enumerate() {
                let src = shader.at((x0 + k) as f32 + 0.5, cy);
                let keep = 1.0 - src[3];
                for (d, s) in dst.iter_mut().zip(src) {
                    *d = (s * 255.0 + f32::from(*d) * keep + 0.5) as u8;
                }
            }
        }
    }

    /// A glyph drawn at its own size: each pixel takes the texel under it (what bilinear sampling
    /// at a texel's centre gives), times the glyph's colour.
    fn glyph(
        &mut self,
        tri: &Setup,
        s: Scissor,
        colour: [f32; 4],
        texture: Texture<'_>,
        (tx0, ty0): (i64, i64),
    ) {
        let (w, h) = (texture.w as i64, texture.h as i64);
        let (y0, y1) = tri.rows(s);
        for y in y0..y1 {
            let Some((x0, x1)) = tri.span(y, s) else {
                continue;
            };
            let ty = (ty0 + y as i64).clamp(0, h - 1) as usize;
            let row = &mut self.pixels[y * self.width + x0..y * self.width + x1];
            for (k, dst) in row.iter_mut().enumerate() {
                let tx = (tx0 + (x0 + k) as i64).clamp(0, w - 1) as usize;
                let texel = texture.pixels[ty * texture.w + tx].to_array();
                let src: [f32; 4] =
                    std::array::from_fn(|i| (colour[i] * f32::from(texel[i]) / 255.0).min(1.0));
                let keep = 1.0 - src[3];
                for (d, s) in dst.iter_mut().zip(src) {
                    *d = (s * 255.0 + f32::from(*d) * keep + 0.5) as u8;
                }
            }
        }
    }

    /// The finished image as straight-alpha RGBA bytes.
    pub fn into_rgba(mut self) -> Vec<u8> {
        // Opaque pixels are the same in both; over an opaque background (an exported figure's),
        // blending keeps every pixel opaque.
        if !self.opaque {
            for px in self.pixels.iter_mut().filter(|p| p[3] != 255) {
                *px = straight(*px);
            }
        }
        self.pixels.into_flattened()
    }

    /// The colour at a pixel (straight alpha), for tests.
    pub fn pixel(&self, x: usize, y: usize) -> Option<[u8; 4]> {
        if x >= self.width {
            return None;
        }
        self.pixels.get(y * self.width + x).map(|p| straight(*p))
    }
}

/// Premultiplied to straight alpha.
fn straight(px: [u8; 4]) -> [u8; 4] {
    match px[3] {
        255 => px,
        0 => [0; 4],
        a => {
            let un =
                |c: u8| ((u32::from(c) * 255 + u32::from(a) / 2) / u32::from(a)).min(255) as u8;
            [un(px[0]), un(px[1]), un(px[2]), a]
        }
    }
}

/// The spans of a one-colour triangle, row by row.
fn flat_spans(tri: &Setup, s: Scissor, width: usize, out: &mut Vec<Span>) {
    let (y0, y1) = tri.rows(s);
    for y in y0..y1 {
        if let Some((x0, x1)) = tri.span(y, s) {
            out.push(Span {
                at: (y * width + x0) as u32,
                len: (x1 - x0) as u32,
            });
        }
    }
}

/// The texel last sampled, for the triangles that share it.
#[derive(Default)]
struct TexelMemo(Option<(egui::Pos2, [f32; 4])>);

impl TexelMemo {
    /// The texel at `uv` (white without a texture).
    fn at(&mut self, texture: Option<Texture<'_>>, uv: egui::Pos2) -> [f32; 4] {
        match (texture, self.0) {
            (None, _) => [1.0; 4],
            (Some(_), Some((at, texel))) if at == uv => texel,
            (Some(t), _) => {
                let texel = t.sample(uv.x, uv.y);
                self.0 = Some((uv, texel));
                texel
            }
        }
    }
}

/// Writes (opaque) or blends a premultiplied colour over a run of pixels.
fn fill_span(row: &mut [[u8; 4]], src: [u8; 4]) {
    if src[3] == 255 {
        row.fill(src);
        return;
    }
    let keep = 255 - u32::from(src[3]);
    for dst in row {
        for i in 0..4 {
            let d = u32::from(dst[i]) * keep;
            // d / 255, rounded, without a division.
            let scaled = (d + 128 + ((d + 128) >> 8)) >> 8;
            dst[i] = (u32::from(src[i]) + scaled).min(255) as u8;
        }
    }
}

/// The pixels a shaded triangle covers, each with its colour (premultiplied, 0–1): colour and uv
/// interpolated at each pixel centre, the texture sampled.
fn shade(tri: &Setup, shader: &Shader<'_>, s: Scissor, width: usize, out: &mut Vec<Run>) {
    let (y0, y1) = tri.rows(s);
    for y in y0..y1 {
        let Some((x0, x1)) = tri.span(y, s) else {
            continue;
        };
        let cy = y as f32 + 0.5;
        for x in x0..x1 {
            let src = shader.at(x as f32 + 0.5, cy);
            if src[3] > 0.0 || src[..3].iter().any(|c| *c > 0.0) {
                out.push(Run {
                    at: (y * width + x) as u32,
                    src,
                });
            }
        }
    }
}

/// Blends premultiplied colours over their pixels, as a GPU's blending into 8 bits does.
fn blend(pixels: &mut [[u8; 4]], runs: &[Run]) {
    for run in runs {
        let Some(dst) = pixels.get_mut(run.at as usize) else {
            continue;
        };
        let keep = 1.0 - run.src[3];
        for (d, s) in dst.iter_mut().zip(run.src) {
            // `as` saturates: a rounding without a call.
            *d = (s * 255.0 + f32::from(*d) * keep + 0.5) as u8;
        }
    }
}

mod cache;
mod triangle;

pub use cache::RasterCache;
use cache::{Kind, Run, Span};
use triangle::{floor, Scissor, Setup, Shader};

#[cfg(test)]
mod tests;
