//! The span rasterizer against a per-pixel reference (the barycentric test at every pixel centre of
//! every triangle's bounding box, in floating point), on meshes of random triangles: flat and shaded,
//! opaque and translucent, textured and not, clipped and not.

use super::triangle::Plane;
use super::*;
use egui::epaint::Mesh;
use egui::{pos2, Pos2};

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
    assert_eq!(corner, canvas.pixel(4, 5));
    assert_ne!(corner, Some([255, 255, 255, 255]));
}

#[test]
fn the_scissor_is_rounded_to_whole_pixels() {
    let mut mesh = Mesh::default();
    mesh.add_colored_rect(
        Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 10.0)),
        Color32::BLACK,
    );
    let prim = ClippedPrimitive {
        // 2.4 rounds to 2 and 6.6 to 7: columns 2 to 6 are drawn.
        clip_rect: Rect::from_min_max(pos2(2.4, 0.0), pos2(6.6, 10.0)),
        primitive: Primitive::Mesh(mesh),
    };
    let mut canvas = Canvas::new(10, 10, Color32::WHITE);
    canvas.draw(&[prim], &TextureStore::default(), 1.0);
    let row: Vec<u8> = (0..10)
        .map(|x| canvas.pixel(x, 4).map_or(9, |p| p[0]))
        .collect();
    assert_eq!(row, [255, 255, 0, 0, 0, 0, 0, 255, 255, 255]);
}

/// Sets texture 7 (8×8) as egui would.
fn set_texture(textures: &mut TextureStore, texels: Vec<Color32>) {
    let mut delta = egui::TexturesDelta::default();
    let image = ColorImage::new([8, 8], texels);
    let image = egui::epaint::ImageDelta::full(image, Default::default());
    delta.set.insert(TextureId::User(7), [image].into());
    textures.apply(&delta);
    delta.clear();
}

/// A small deterministic generator (no clock, no crate).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    fn float(&mut self, max: f32) -> f32 {
        (self.next() % 100_000) as f32 / 100_000.0 * max
    }

    /// Coordinates on a half-pixel grid half the time, so edges run through pixel centres.
    fn coordinate(&mut self, max: f32) -> f32 {
        if self.next().is_multiple_of(2) {
            (self.next() % (max as u32 * 2)) as f32 / 2.0
        } else {
            self.float(max)
        }
    }

    fn colour(&mut self, opaque: bool) -> Color32 {
        let a = if opaque {
            255
        } else {
            (self.next() % 256) as u8
        };
        let c = |g: &mut Self| (g.next() % 256) as u8;
        Color32::from_rgba_unmultiplied(c(self), c(self), c(self), a)
    }
}

/// The reference: every pixel centre of each triangle's bounding box tested and shaded in floating
/// point (the rasterizer this crate had before the spans).
fn reference(
    primitives: &[ClippedPrimitive],
    textures: &TextureStore,
    w: usize,
    h: usize,
) -> Vec<[f32; 4]> {
    let mut px = vec![[1.0f32, 1.0, 1.0, 1.0]; w * h];
    for p in primitives {
        let Primitive::Mesh(mesh) = &p.primitive else {
            continue;
        };
        let round = |v: f32, max: usize| (v.round().max(0.0) as usize).min(max);
        let (x0, y0) = (round(p.clip_rect.min.x, w), round(p.clip_rect.min.y, h));
        let (x1, y1) = (round(p.clip_rect.max.x, w), round(p.clip_rect.max.y, h));
        let texture = textures.get(mesh.texture_id);
        for tri in mesh.indices.chunks_exact(3) {
            let v = [0, 1, 2].map(|k| mesh.vertices[tri[k] as usize]);
            let Some(setup) = Setup::new(v, 1.0) else {
                continue;
            };
            let o = setup.order.map(|i| v[i]);
            let channel =
                |i: usize| Plane::through(&setup, o.map(|v| f32::from(v.color.to_array()[i])));
            let colour = [channel(0), channel(1), channel(2), channel(3)];
            let (u, tv) = (
                Plane::through(&setup, o.map(|v| v.uv.x)),
                Plane::through(&setup, o.map(|v| v.uv.y)),
            );
            for y in y0..y1 {
                for x in x0..x1 {
                    let (cx, cy) = (x as f32 + 0.5, y as f32 + 0.5);
                    if !(0..3).all(|i| setup.inside(i, cx, cy)) {
                        continue;
                    }
                    let mut src = [0.0f32; 4];
                    for (i, s) in src.iter_mut().enumerate() {
                        *s = colour[i].at(cx, cy) / 255.0;
                    }
                    if let Some(t) = texture {
                        let texel = t.sample(u.at(cx, cy), tv.at(cx, cy));
                        for (s, t) in src.iter_mut().zip(texel) {
                            *s *= t;
                        }
                    }
                    let dst = &mut px[y * w + x];
                    let keep = 1.0 - src[3];
                    for i in 0..4 {
                        dst[i] = src[i] + dst[i] * keep;
                    }
                }
            }
        }
    }
    px
}

fn random_mesh(g: &mut Lcg, size: f32, textured: bool) -> Mesh {
    let mut mesh = Mesh::default();
    if textured {
        mesh.texture_id = TextureId::User(7);
    }
    for t in 0..60 {
        let base = mesh.vertices.len() as u32;
        // Some triangles one colour (the fast path), some shaded; some opaque, some not.
        let flat = t % 2 == 0;
        let opaque = t % 3 != 0;
        // Shaded with one texel, as egui's feathered edges are (their uv is the white texel's).
        let one_texel = flat || t % 5 == 1;
        let first = g.colour(opaque);
        let uv = pos2(g.float(1.0), g.float(1.0));
        for _ in 0..3 {
            mesh.vertices.push(Vertex {
                pos: Pos2::new(g.coordinate(size), g.coordinate(size)),
                uv: if one_texel {
                    uv
                } else {
                    pos2(g.float(1.0), g.float(1.0))
                },
                color: if flat { first } else { g.colour(opaque) },
            });
        }
        mesh.indices.extend([base, base + 1, base + 2]);
    }
    mesh
}

#[test]
fn spans_match_the_per_pixel_reference_on_random_triangles() {
    let (w, h) = (48usize, 40usize);
    let mut textures = TextureStore::default();
    let mut g = Lcg(12345);
    let texels: Vec<Color32> = (0..64).map(|_| g.colour(false)).collect();
    set_texture(&mut textures, texels);
    let mut covered = 0;
    for round in 0..12 {
        let clip = if round % 3 == 0 {
            Rect::from_min_max(pos2(5.3, 7.6), pos2(40.2, 33.5))
        } else {
            Rect::EVERYTHING
        };
        let primitives = vec![ClippedPrimitive {
            clip_rect: clip,
            primitive: Primitive::Mesh(random_mesh(&mut g, w as f32, round % 2 == 1)),
        }];
        let mut canvas = Canvas::new(w, h, Color32::WHITE);
        canvas.draw(&primitives, &textures, 1.0);
        let expected = reference(&primitives, &textures, w, h);
        for y in 0..h {
            for x in 0..w {
                let got = canvas.pixels[y * w + x];
                let want = to_bytes(expected[y * w + x]);
                // Rounding to 8 bits after each triangle (as a GPU's framebuffer does) moves a pixel
                // under many translucent triangles by a few levels at most.
                let off = largest_difference(got, want);
                assert!(
                    off <= 4,
                    "round {round}, pixel ({x}, {y}): {got:?} against {want:?}"
                );
                covered += usize::from(want != [255; 4]);
            }
        }
    }
    assert!(covered > 5_000, "the triangles covered {covered} pixels");
}

#[test]
fn kept_triangles_give_the_pixels_of_triangles_drawn_afresh() {
    let (w, h) = (48usize, 40usize);
    let mut g = Lcg(777);
    let mut textures = TextureStore::default();
    let texels: Vec<Color32> = (0..64).map(|_| g.colour(false)).collect();
    set_texture(&mut textures, texels);
    let meshes: Vec<Mesh> = (0..4)
        .map(|k| random_mesh(&mut g, w as f32, k % 2 == 1))
        .collect();
    let primitives = |meshes: &[Mesh]| -> Vec<ClippedPrimitive> {
        meshes
            .iter()
            .map(|m| ClippedPrimitive {
                clip_rect: Rect::EVERYTHING,
                primitive: Primitive::Mesh(m.clone()),
            })
            .collect()
    };
    let fresh = |prims: &[ClippedPrimitive], textures: &TextureStore| {
        let mut canvas = Canvas::new(w, h, Color32::WHITE);
        canvas.draw(prims, textures, 1.0);
        canvas.into_rgba()
    };
    let mut cache = RasterCache::new();
    let mut cached = |prims: &[ClippedPrimitive], textures: &TextureStore| {
        let mut canvas = Canvas::new(w, h, Color32::WHITE);
        canvas.draw_cached(prims, textures, 1.0, &mut cache);
        canvas.into_rgba()
    };
    let first = primitives(&meshes);
    assert!(cached(&first, &textures) == fresh(&first, &textures));
    // The same triangles in another order blend in another order; one mesh recoloured.
    let mut changed = meshes.clone();
    changed.reverse();
    for v in &mut changed[0].vertices {
        v.color =
            Color32::from_rgba_premultiplied(v.color.g(), v.color.b(), v.color.r(), v.color.a());
    }
    let second = primitives(&changed);
    assert!(cached(&second, &textures) == fresh(&second, &textures));
    // A texture that changes is sampled again.
    let texels: Vec<Color32> = (0..64).map(|_| g.colour(true)).collect();
    set_texture(&mut textures, texels);
    let after = cached(&first, &textures);
    let again = fresh(&first, &textures);
    let differ = after
        .chunks(4)
        .zip(again.chunks(4))
        .filter(|(a, b)| a != b)
        .count();
    assert!(after == again, "{differ} pixels differ");
    assert!(!cache.is_empty());
}

#[test]
fn a_glyph_at_its_own_size_takes_the_texels_under_its_pixels() {
    let (w, h) = (16usize, 14usize);
    let mut g = Lcg(99);
    let mut textures = TextureStore::default();
    set_texture(&mut textures, (0..64).map(|_| g.colour(false)).collect());
    // An 8×8 texture on an 8×8 quad at whole pixels: one texel a pixel, as egui lays glyphs out.
    let mut mesh = Mesh::with_texture(TextureId::User(7));
    mesh.add_rect_with_uv(
        Rect::from_min_size(pos2(3.0, 2.0), egui::vec2(8.0, 8.0)),
        Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
        Color32::from_rgba_premultiplied(200, 120, 40, 230),
    );
    let primitives = vec![ClippedPrimitive {
        clip_rect: Rect::EVERYTHING,
        primitive: Primitive::Mesh(mesh),
    }];
    let Some(texture) = textures.get(TextureId::User(7)) else {
        panic!("the texture is there");
    };
    let v = match &primitives[0].primitive {
        Primitive::Mesh(m) => [m.vertices[0], m.vertices[1], m.vertices[2]],
        Primitive::Callback(_) => panic!("a mesh"),
    };
    let setup = Setup::new(v, 1.0).expect("a triangle");
    let shader = Shader::new(&setup, v, Some(texture), true, false);
    assert!(shader.texel_per_pixel().is_some(), "the fast path is taken");
    let mut canvas = Canvas::new(w, h, Color32::WHITE);
    canvas.draw(&primitives, &textures, 1.0);
    let expected = reference(&primitives, &textures, w, h);
    for (i, (got, want)) in canvas.pixels.iter().zip(&expected).enumerate() {
        let want = to_bytes(*want);
        let off = largest_difference(*got, want);
        assert!(off <= 1, "pixel {i}: {got:?} against {want:?}");
    }
}

/// A reference pixel (0–1 per channel) in 8 bits.
fn to_bytes(pixel: [f32; 4]) -> [u8; 4] {
    pixel.map(|c| (c * 255.0).round().clamp(0.0, 255.0) as u8)
}

/// The largest difference between two pixels over their four channels.
fn largest_difference(a: [u8; 4], b: [u8; 4]) -> u8 {
    a.iter()
        .zip(b)
        .map(|(x, y)| x.abs_diff(y))
        .max()
        .unwrap_or(0)
}
