//! A small CPU rasterizer for egui's tessellated output, so that exports need no GPU and no display:
//! the same shapes the window shows are tessellated by egui and filled here, triangle by triangle,
//! with vertex colours, the font texture and premultiplied alpha blending (as egui's renderers do, in
//! gamma space).

use egui::epaint::{ClippedPrimitive, Primitive, Vertex};
use egui::{Color32, ColorImage, TextureId, TexturesDelta};
use std::collections::HashMap;

/// The textures egui asked for, kept up to date from each frame's [`TexturesDelta`].
#[derive(Default)]
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
                    for y in 0..h {
                        for x in 0..w {
                            let (tx, ty) = (x0 + x, y0 + y);
                            if tx < target.size[0] && ty < target.size[1] {
                                target.pixels[ty * target.size[0] + tx] = image.pixels[y * w + x];
                            }
                        }
                    }
                }
            }
        }
        for id in &delta.free {
            self.textures.remove(id);
        }
    }

    fn sample(&self, id: TextureId, u: f32, v: f32) -> Color32 {
        let Some(image) = self.textures.get(&id) else {
            return Color32::WHITE;
        };
        let [w, h] = image.size;
        if w == 0 || h == 0 {
            return Color32::WHITE;
        }
        // Bilinear, like the GPU renderers with linear filtering.
        let x = (u * w as f32 - 0.5).clamp(0.0, (w - 1) as f32);
        let y = (v * h as f32 - 0.5).clamp(0.0, (h - 1) as f32);
        let (x0, y0) = (x.floor() as usize, y.floor() as usize);
        let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
        let (fx, fy) = (x - x0 as f32, y - y0 as f32);
        let px = |xx: usize, yy: usize| image.pixels[yy * w + xx].to_array().map(f32::from);
        let (a, b, c, d) = (px(x0, y0), px(x1, y0), px(x0, y1), px(x1, y1));
        let mut out = [0u8; 4];
        for i in 0..4 {
            let top = a[i] + (b[i] - a[i]) * fx;
            let bottom = c[i] + (d[i] - c[i]) * fx;
            out[i] = (top + (bottom - top) * fy).round().clamp(0.0, 255.0) as u8;
        }
        Color32::from_rgba_premultiplied(out[0], out[1], out[2], out[3])
    }
}

/// An RGBA canvas in physical pixels (premultiplied while drawing, straight alpha once finished).
pub struct Canvas {
    pub width: usize,
    pub height: usize,
    /// Premultiplied RGBA, row-major.
    pixels: Vec<[f32; 4]>,
}

impl Canvas {
    pub fn new(width: usize, height: usize, background: Color32) -> Self {
        let bg = background.to_array().map(|c| f32::from(c) / 255.0);
        Self {
            width,
            height,
            pixels: vec![bg; width * height],
        }
    }

    /// Fills every mesh of `primitives`, scaled by `pixels_per_point`.
    pub fn draw(
        &mut self,
        primitives: &[ClippedPrimitive],
        textures: &TextureStore,
        pixels_per_point: f32,
    ) {
        for p in primitives {
            let Primitive::Mesh(mesh) = &p.primitive else {
                continue;
            };
            let clip = [
                (p.clip_rect.min.x * pixels_per_point).max(0.0),
                (p.clip_rect.min.y * pixels_per_point).max(0.0),
                (p.clip_rect.max.x * pixels_per_point).min(self.width as f32),
                (p.clip_rect.max.y * pixels_per_point).min(self.height as f32),
            ];
            for tri in mesh.indices.chunks_exact(3) {
                let vertex = |i: u32| mesh.vertices.get(i as usize).copied();
                let (Some(a), Some(b), Some(c)) = (vertex(tri[0]), vertex(tri[1]), vertex(tri[2]))
                else {
                    continue;
                };
                self.triangle([a, b, c], mesh.texture_id, textures, pixels_per_point, clip);
            }
        }
    }

    fn triangle(
        &mut self,
        v: [Vertex; 3],
        texture: TextureId,
        textures: &TextureStore,
        ppp: f32,
        clip: [f32; 4],
    ) {
        let p = v.map(|v| (v.pos.x * ppp, v.pos.y * ppp));
        let area = edge(p[0], p[1], p[2]);
        if area.abs() < 1e-9 {
            return;
        }
        let min_x = p
            .iter()
            .map(|q| q.0)
            .fold(f32::INFINITY, f32::min)
            .max(clip[0])
            .floor() as i64;
        let max_x = p
            .iter()
            .map(|q| q.0)
            .fold(f32::NEG_INFINITY, f32::max)
            .min(clip[2])
            .ceil() as i64;
        let min_y = p
            .iter()
            .map(|q| q.1)
            .fold(f32::INFINITY, f32::min)
            .max(clip[1])
            .floor() as i64;
        let max_y = p
            .iter()
            .map(|q| q.1)
            .fold(f32::NEG_INFINITY, f32::max)
            .min(clip[3])
            .ceil() as i64;
        let colours = v.map(|v| v.color.to_array().map(|c| f32::from(c) / 255.0));
        for y in min_y.max(0)..max_y.min(self.height as i64) {
            for x in min_x.max(0)..max_x.min(self.width as i64) {
                let c = (x as f32 + 0.5, y as f32 + 0.5);
                if c.0 < clip[0] || c.0 >= clip[2] || c.1 < clip[1] || c.1 >= clip[3] {
                    continue;
                }
                // Barycentric weights; the top-left rule keeps shared edges from being filled twice.
                let w0 = edge(p[1], p[2], c) / area;
                let w1 = edge(p[2], p[0], c) / area;
                let w2 = edge(p[0], p[1], c) / area;
                if !(covers(w0, p[1], p[2], area)
                    && covers(w1, p[2], p[0], area)
                    && covers(w2, p[0], p[1], area))
                {
                    continue;
                }
                let mut src = [0.0f32; 4];
                for (i, s) in src.iter_mut().enumerate() {
                    *s = w0 * colours[0][i] + w1 * colours[1][i] + w2 * colours[2][i];
                }
                let u = w0 * v[0].uv.x + w1 * v[1].uv.x + w2 * v[2].uv.x;
                let t = w0 * v[0].uv.y + w1 * v[1].uv.y + w2 * v[2].uv.y;
                let texel = textures
                    .sample(texture, u, t)
                    .to_array()
                    .map(|c| f32::from(c) / 255.0);
                for (s, t) in src.iter_mut().zip(texel) {
                    *s *= t;
                }
                let dst = &mut self.pixels[y as usize * self.width + x as usize];
                let keep = 1.0 - src[3];
                for i in 0..4 {
                    dst[i] = src[i] + dst[i] * keep;
                }
            }
        }
    }

    /// The finished image as straight-alpha RGBA bytes.
    pub fn into_rgba(self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.pixels.len() * 4);
        for px in self.pixels {
            let a = px[3].clamp(0.0, 1.0);
            for &channel in &px[..3] {
                let straight = if a > 0.0 { channel / a } else { 0.0 };
                out.push((straight * 255.0).round().clamp(0.0, 255.0) as u8);
            }
            out.push((a * 255.0).round() as u8);
        }
        out
    }

    /// The colour at a pixel (straight alpha), for tests.
    pub fn pixel(&self, x: usize, y: usize) -> Option<[u8; 4]> {
        let px = self.pixels.get(y * self.width + x)?;
        let a = px[3].clamp(0.0, 1.0);
        let c = |v: f32| {
            (if a > 0.0 { v / a } else { 0.0 } * 255.0)
                .round()
                .clamp(0.0, 255.0) as u8
        };
        Some([c(px[0]), c(px[1]), c(px[2]), (a * 255.0).round() as u8])
    }
}

fn edge(a: (f32, f32), b: (f32, f32), c: (f32, f32)) -> f32 {
    (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
}

/// Whether a barycentric weight puts the pixel inside, with the top-left rule on the edge itself.
fn covers(w: f32, a: (f32, f32), b: (f32, f32), area: f32) -> bool {
    if w > 0.0 {
        return true;
    }
    if w < 0.0 {
        return false;
    }
    // On the edge: fill only top or left edges (orientation-independent).
    let (dx, dy) = if area > 0.0 {
        (b.0 - a.0, b.1 - a.1)
    } else {
        (a.0 - b.0, a.1 - b.1)
    };
    (dy == 0.0 && dx < 0.0) || dy > 0.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::Mesh;
    use egui::{pos2, Rect};

    #[test]
    fn a_filled_rectangle_covers_its_pixels_exactly_once() {
        let mut mesh = Mesh::default();
        mesh.add_colored_rect(
            Rect::from_min_max(pos2(2.0, 2.0), pos2(6.0, 5.0)),
            Color32::from_rgb(200, 10, 10),
        );
        let prim = ClippedPrimitive {
            clip_rect: Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 10.0)),
            primitive: Primitive::Mesh(mesh),
        };
        let mut canvas = Canvas::new(10, 10, Color32::from_rgb(255, 255, 255));
        canvas.draw(&[prim], &TextureStore::default(), 1.0);
        assert_eq!(canvas.pixel(3, 3), Some([200, 10, 10, 255]));
        assert_eq!(canvas.pixel(2, 2), Some([200, 10, 10, 255]));
        assert_eq!(canvas.pixel(6, 3), Some([255, 255, 255, 255]));
        assert_eq!(canvas.pixel(1, 1), Some([255, 255, 255, 255]));
        // A half-transparent rectangle over it blends once, not twice along the diagonal.
        let mut mesh = Mesh::default();
        mesh.add_colored_rect(
            Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 10.0)),
            Color32::from_rgba_premultiplied(0, 0, 64, 128),
        );
        let prim = ClippedPrimitive {
            clip_rect: Rect::EVERYTHING,
            primitive: Primitive::Mesh(mesh),
        };
        canvas.draw(&[prim], &TextureStore::default(), 1.0);
        let corner = canvas.pixel(0, 0);
        // (4, 5) has its centre on the edge the two triangles share.
        let diagonal = canvas.pixel(4, 5);
        assert_eq!(corner, diagonal);
    }
}
