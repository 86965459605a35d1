//! Diagonal stripes clipped to a polygon, in screen space so they keep the same spacing at every zoom:
//! each stripe line is cut by the polygon's rings (even-odd), and the inside pieces are returned.

use egui::Pos2;

/// Which way the stripes lean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// Like `/`.
    Forward,
    /// Like `\`.
    Back,
}

/// The pieces of the stripes `spacing` points apart that lie inside the rings (screen coordinates).
pub fn stripes(rings: &[Vec<Pos2>], spacing: f32, lean: Lean) -> Vec<[Pos2; 2]> {
    // A stripe is the set of points where `key(p)` is constant; `along` orders points on it.
    let key = |p: Pos2| match lean {
        Lean::Forward => p.x + p.y,
        Lean::Back => p.x - p.y,
    };
    let (mut lo, mut hi) = (f32::INFINITY, f32::NEG_INFINITY);
    for p in rings.iter().flatten() {
        lo = lo.min(key(*p));
        hi = hi.max(key(*p));
    }
    if !(lo.is_finite() && hi.is_finite()) || spacing <= 0.0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut crossings: Vec<Pos2> = Vec::new();
    // Stripes sit on multiples of the spacing, so neighbouring districts' stripes line up.
    let mut k = (lo / spacing).ceil() * spacing;
    let mut guard = 0;
    while k <= hi && guard < 10_000 {
        guard += 1;
        crossings.clear();
        for ring in rings {
            let n = ring.len();
            for i in 0..n {
                let a = ring[i];
                let b = ring[(i + 1) % n];
                let (fa, fb) = (key(a) - k, key(b) - k);
                if (fa > 0.0) != (fb > 0.0) {
                    let t = fa / (fa - fb);
                    crossings.push(a + (b - a) * t);
                }
            }
        }
        crossings.sort_by(|p, q| p.x.total_cmp(&q.x));
        for pair in crossings.chunks_exact(2) {
            // A stripe through a vertex can give an empty piece.
            if (pair[1] - pair[0]).length_sq() > 1e-6 {
                out.push([pair[0], pair[1]]);
            }
        }
        k += spacing;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripes_stay_inside_a_square() {
        let square = vec![vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(100.0, 0.0),
            Pos2::new(100.0, 100.0),
            Pos2::new(0.0, 100.0),
        ]];
        let pieces = stripes(&square, 10.0, Lean::Forward);
        assert!(pieces.len() >= 18, "{}", pieces.len());
        for [a, b] in pieces {
            for p in [a, b] {
                assert!((-0.01..=100.01).contains(&p.x) && (-0.01..=100.01).contains(&p.y));
            }
        }
    }

    #[test]
    fn a_hole_cuts_the_stripes() {
        let outer = vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(100.0, 0.0),
            Pos2::new(100.0, 100.0),
            Pos2::new(0.0, 100.0),
        ];
        let hole = vec![
            Pos2::new(40.0, 40.0),
            Pos2::new(60.0, 40.0),
            Pos2::new(60.0, 60.0),
            Pos2::new(40.0, 60.0),
        ];
        let pieces = stripes(&[outer, hole], 10.0, Lean::Back);
        let centre = Pos2::new(50.0, 50.0);
        for [a, b] in pieces {
            // No piece passes through the hole's centre.
            let t = ((centre - a).dot(b - a) / (b - a).length_sq()).clamp(0.0, 1.0);
            assert!((a + (b - a) * t - centre).length() > 5.0);
        }
    }
}
