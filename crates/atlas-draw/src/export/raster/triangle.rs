//! One triangle in pixels: which pixel centres of each row it covers (its three edges, with the
//! top-left rule for centres on an edge), and the colour and texture coordinates across it.

use super::Texture;
use egui::epaint::Vertex;

/// The clip rectangle in whole pixels: columns `x0..x1`, rows `y0..y1`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Scissor {
    pub x0: usize,
    pub y0: usize,
    pub x1: usize,
    pub y1: usize,
}

/// A triangle in pixels, wound so that its area is positive.
pub(super) struct Setup {
    pub p: [(f32, f32); 3],
    /// Edge `i` runs from vertex `i + 1` to vertex `i + 2`.
    edges: [Edge; 3],
    inverse_area: f32,
    /// The vertex order after winding (indices into the original three).
    pub order: [usize; 3],
}

impl Setup {
    pub fn new(v: [Vertex; 3], ppp: f32) -> Option<Self> {
        let p = v.map(|v| (v.pos.x * ppp, v.pos.y * ppp));
        let area = edge(p[0], p[1], p[2]);
        if !area.is_finite() || area.abs() < 1e-9 {
            return None;
        }
        let (p, area, order) = if area > 0.0 {
            (p, area, [0, 1, 2])
        } else {
            ([p[0], p[2], p[1]], -area, [0, 2, 1])
        };
        let edges = [0, 1, 2].map(|i| Edge::new(p[(i + 1) % 3], p[(i + 2) % 3]));
        Some(Self {
            p,
            edges,
            inverse_area: 1.0 / area,
            order,
        })
    }

    /// The rows whose pixel centres the triangle may cover, inside the scissor.
    pub fn rows(&self, s: Scissor) -> (usize, usize) {
        let (lo, hi) = self
            .p
            .iter()
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), q| {
                (lo.min(q.1), hi.max(q.1))
            });
        let y0 = (ceil(lo - 0.5).max(0) as usize).max(s.y0);
        let y1 = ((floor(hi - 0.5) + 1).max(0) as usize).min(s.y1);
        (y0, y1.max(y0))
    }

    /// The edge `i` (from vertex `i + 1` to vertex `i + 2`) and whether the pixel centre `(cx, cy)`
    /// is on its inner side, with the top-left rule for centres on the edge itself.
    pub fn inside(&self, i: usize, cx: f32, cy: f32) -> bool {
        let (a, b) = (self.p[(i + 1) % 3], self.p[(i + 2) % 3]);
        let w = edge(a, b, (cx, cy));
        if w > 0.0 {
            return true;
        }
        if w < 0.0 {
            return false;
        }
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        (dy == 0.0 && dx < 0.0) || dy > 0.0
    }

    /// The columns of row `y` whose centres are inside, within the scissor.
    pub fn span(&self, y: usize, s: Scissor) -> Option<(usize, usize)> {
        let cy = y as f32 + 0.5;
        let (mut lo, mut hi) = (s.x0 as i64, s.x1 as i64); // columns lo..hi
        for (i, e) in self.edges.iter().enumerate() {
            if e.dy == 0.0 {
                if !self.inside(i, lo as f32 + 0.5, cy) {
                    return None;
                }
                continue;
            }
            // Where the edge crosses the row's centre line, in column-centre units: column k is
            // inside when `k < at` (or `k > at`, by the side the edge faces).
            let at = e.x + (cy - e.y) * e.slope - 0.5;
            // Far from a pixel centre, rounding cannot move the answer; near one, the exact test
            // at the centre (with the top-left rule) decides.
            let (below, above) = (floor(at), ceil(at));
            let near = (at - below as f32).min(above as f32 - at) < 1e-3 + at.abs() * 4e-6;
            let inside = |x: i64| self.inside(i, x as f32 + 0.5, cy);
            if e.dy > 0.0 {
                let mut last = below.clamp(lo - 1, hi - 1);
                if near {
                    while last + 1 < hi && inside(last + 1) {
                        last += 1;
                    }
                    while last >= lo && !inside(last) {
                        last -= 1;
                    }
                }
                hi = last + 1;
            } else {
                let mut first = above.clamp(lo, hi);
                if near {
                    while first > lo && inside(first - 1) {
                        first -= 1;
                    }
                    while first < hi && !inside(first) {
                        first += 1;
                    }
                }
                lo = first;
            }
            if lo >= hi {
                return None;
            }
        }
        Some((lo as usize, hi as usize))
    }
}

/// An edge of a triangle, from `(x, y)` going `dy` down, `slope` across per row.
#[derive(Debug, Clone, Copy)]
pub(super) struct Edge {
    x: f32,
    y: f32,
    dy: f32,
    slope: f32,
}

impl Edge {
    fn new(a: (f32, f32), b: (f32, f32)) -> Self {
        let dy = b.1 - a.1;
        Self {
            x: a.0,
            y: a.1,
            dy,
            slope: if dy == 0.0 { 0.0 } else { (b.0 - a.0) / dy },
        }
    }
}

/// `x.floor()` without a call into libm (which x86-64 without SSE 4.1 makes), for the values a
/// canvas has (`as` saturates far outside them, and NaN gives 0).
pub(super) fn floor(x: f32) -> i64 {
    let t = x as i64;
    t - i64::from((t as f32) > x)
}

/// `x.ceil()`, as [`floor`].
pub(super) fn ceil(x: f32) -> i64 {
    let t = x as i64;
    t + i64::from((t as f32) < x)
}

/// The edge function: twice the signed area of `a, b, c`.
pub(super) fn edge(a: (f32, f32), b: (f32, f32), c: (f32, f32)) -> f32 {
    (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
}

/// A value interpolated linearly over a triangle: `a·x + b·y + c`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Plane {
    pub a: f32,
    pub b: f32,
    pub c: f32,
}

impl Plane {
    pub fn through(tri: &Setup, values: [f32; 3]) -> Self {
        let [p0, p1, p2] = tri.p;
        let [v0, v1, v2] = values;
        let a = ((v1 - v0) * (p2.1 - p0.1) - (v2 - v0) * (p1.1 - p0.1)) * tri.inverse_area;
        let b = ((v2 - v0) * (p1.0 - p0.0) - (v1 - v0) * (p2.0 - p0.0)) * tri.inverse_area;
        Self {
            a,
            b,
            c: v0 - a * p0.0 - b * p0.1,
        }
    }

    pub fn at(&self, x: f32, y: f32) -> f32 {
        self.a * x + self.b * y + self.c
    }
}

/// A colour over a triangle, premultiplied, 0–1.
pub(super) enum Colour {
    Constant([f32; 4]),
    Varying([Plane; 4]),
}

/// How each pixel of a triangle is coloured: its colour, times the texture where the texture
/// coordinates vary (where they do not, the one texel is already in the colour).
pub(super) struct Shader<'a> {
    pub colour: Colour,
    pub texture: Option<(Texture<'a>, Plane, Plane)>,
}

impl<'a> Shader<'a> {
    pub fn new(
        tri: &Setup,
        v: [Vertex; 3],
        texture: Option<Texture<'a>>,
        uniform: bool,
        same_uv: bool,
    ) -> Self {
        let v = tri.order.map(|i| v[i]);
        let texel = match texture {
            Some(t) if same_uv => t.sample(v[0].uv.x, v[0].uv.y),
            _ => [1.0; 4],
        };
        let channel = |i: usize| {
            let values = v.map(|v| f32::from(v.color.to_array()[i]) / 255.0 * texel[i]);
            Plane::through(tri, values)
        };
        let colour = if uniform {
            Colour::Constant(std::array::from_fn(|i| {
                f32::from(v[0].color.to_array()[i]) / 255.0 * texel[i]
            }))
        } else {
            Colour::Varying([channel(0), channel(1), channel(2), channel(3)])
        };
        let texture = texture.filter(|_| !same_uv).map(|t| {
            (
                t,
                Plane::through(tri, v.map(|v| v.uv.x)),
                Plane::through(tri, v.map(|v| v.uv.y)),
            )
        });
        Self { colour, texture }
    }

    /// Where a one-colour triangle whose texture coordinates step one texel a pixel (a glyph drawn
    /// at its own size) samples texel centres: its colour, its texture, and the texel under the
    /// centre of pixel (0, 0) (the others follow from it by their offsets).
    pub fn texel_per_pixel(&self) -> Option<([f32; 4], Texture<'a>, (i64, i64))> {
        let (Colour::Constant(colour), Some((t, u, v))) = (&self.colour, &self.texture) else {
            return None;
        };
        let (w, h) = (t.w as f32, t.h as f32);
        let near = |x: f32, to: f32| (x - to).abs() < 1e-4;
        if !(near(u.a * w, 1.0) && near(u.b * w, 0.0) && near(v.a * h, 0.0) && near(v.b * h, 1.0)) {
            return None;
        }
        // The texel coordinates at the centre of pixel (0, 0).
        let (tx, ty) = (u.at(0.5, 0.5) * w - 0.5, v.at(0.5, 0.5) * h - 0.5);
        let on_centre = |x: f32| (x - x.round()).abs() < 1.0 / 512.0;
        (on_centre(tx) && on_centre(ty))
            .then(|| (*colour, *t, (tx.round() as i64, ty.round() as i64)))
    }

    /// The premultiplied colour (0–1) at a pixel centre: the colour there times the texel there.
    #[inline]
    pub fn at(&self, cx: f32, cy: f32) -> [f32; 4] {
        let mut src = match &self.colour {
            Colour::Constant(c) => *c,
            Colour::Varying(planes) => planes.map(|p| p.at(cx, cy)),
        };
        if let Some((t, u, v)) = &self.texture {
            let texel = t.sample(u.at(cx, cy), v.at(cx, cy));
            for (s, t) in src.iter_mut().zip(texel) {
                *s *= t;
            }
        }
        src.map(|c| c.clamp(0.0, 1.0))
    }
}
